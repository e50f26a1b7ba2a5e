// Python's `json` module (CPython 3.11): dumps, dump, loads, load, JSONEncoder, JSONDecoder,
// JSONDecodeError.
//
// The encoder follows Lib/json/encoder.py (`_make_iterencode`): the same type tests in the same
// order, float repr, `NaN`/`Infinity`, key coercion, `sort_keys`, `indent`, `separators`,
// `default`, circular-reference detection. The decoder follows Modules/_json.c's scanner, so
// JSONDecodeError messages and positions (`Expecting value: line 1 column 1 (char 0)`) are
// CPython's. Positions are counted in code points, as Python indexes strings.

import {
  mkclass, repr, str, iter, arr, cm, ga, callkw, splitkw, kwtake, kwnone, isinstance, typename,
  mkfloat, fval, normInt, tuple_of, mktuple, Dict, Tuple, PyFloat, KwArgs, dict, int, float, list, tuple,
  truthy, sorted, ValueError, TypeError, object,
} from "./builtins.mjs";
import { method, withSig } from "./_shim.mjs";

export const __name__ = "json";

// ================================================================== errors

/** JSONDecodeError(msg, doc, pos): a ValueError with msg, doc, pos, lineno, colno. */
export const JSONDecodeError = mkclass("JSONDecodeError", [ValueError], (C) => {
  C.__module__ = "json.decoder";
  C.__init__ = method("JSONDecodeError.__init__", ["msg", "doc", "pos"], function (msg, doc, pos) {
    const before = Array.from(doc).slice(0, pos).join("");
    const lineno = (before.match(/\n/g)?.length ?? 0) + 1;
    const nl = before.lastIndexOf("\n");
    const colno = nl < 0 ? pos + 1 : Array.from(before.slice(nl)).length;
    const errmsg = `${msg}: line ${lineno} column ${colno} (char ${pos})`;
    this.args = tuple_of([errmsg]);
    this.msg = msg;
    this.doc = doc;
    this.pos = pos;
    this.lineno = lineno;
    this.colno = colno;
    return null;
  });
  C.__reduce__ = method("JSONDecodeError.__reduce__", [], function () {
    return mktuple(JSONDecodeError, mktuple(this.msg, this.doc, this.pos));
  });
});

// ================================================================== encoding strings

const ESC = { '"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f" };

function hex4(c) {
  return "\\u" + c.toString(16).padStart(4, "0");
}

/** encode_basestring_ascii: every non-printable-ASCII character escaped. */
function encodeAscii(s) {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c <= 0x7e && ch !== '"' && ch !== "\\") out += ch;
    else out += ESC[ch] ?? hex4(c); // astral characters are already two UTF-16 units
  }
  return out + '"';
}

/** encode_basestring: only quotes, backslashes and control characters escaped. */
function encodeUnicode(s) {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    const c = s.charCodeAt(i);
    if (c < 0x20 || ch === '"' || ch === "\\") out += ESC[ch] ?? hex4(c);
    else out += ch;
  }
  return out + '"';
}

// ================================================================== encoder

function isStr(x) {
  return typeof x === "string" || (x !== null && typeof x === "object" && x.$isclass === true && isinstance(x, str));
}

function isFloat(x) {
  return (typeof x === "number" && !Number.isInteger(x)) || x instanceof PyFloat ||
    (x !== null && typeof x === "object" && x.$isclass === true && isinstance(x, float));
}

function isIntLike(x) {
  return (typeof x === "number" && Number.isInteger(x)) || typeof x === "bigint" ||
    (x !== null && typeof x === "object" && x.$isclass === true && isinstance(x, int));
}

/** int.__repr__(o) for an int or an instance of an int subclass. */
function intStr(x) {
  if (typeof x === "number" || typeof x === "bigint") return String(x);
  if (typeof x === "boolean") return x ? "1" : "0";
  return String(int(x));
}

/** A str instance's plain string. */
function strValue(x) {
  if (typeof x === "string") return x;
  // The str content itself, as CPython's encoder reads it (not `__str__`: a `str`-mixin Enum
  // member encodes as its value).
  if (typeof x.$pv === "string") return x.$pv;
  if (typeof x._value_ === "string") return x._value_;
  return str(x) ?? x.toString();
}

function isList(x) {
  return Array.isArray(x);
}

function isDict(x) {
  return x instanceof Dict;
}

/** The options of an encoder, from JSONEncoder's keyword arguments. */
function encoderOptions(o) {
  let indent = o.indent ?? null;
  if (indent !== null && typeof indent !== "string") {
    const n = Number(indent);
    indent = n > 0 ? " ".repeat(n) : "";
  }
  let itemSep, keySep;
  if (o.separators != null) {
    const seps = arr(o.separators);
    if (seps.length !== 2) throw ValueError(`too many values to unpack (expected 2)`);
    [itemSep, keySep] = seps;
  } else if (indent !== null) {
    itemSep = ",";
    keySep = ": ";
  } else {
    itemSep = ", ";
    keySep = ": ";
  }
  return {
    skipkeys: truthy(o.skipkeys ?? false),
    ensureAscii: truthy(o.ensure_ascii ?? true),
    checkCircular: truthy(o.check_circular ?? true),
    allowNan: truthy(o.allow_nan ?? true),
    sortKeys: truthy(o.sort_keys ?? false),
    indent,
    itemSep,
    keySep,
    default: o.default ?? null,
  };
}

function floatStr(x, opts) {
  // A float subclass instance holds its value in `$pv` (CPython encodes float.__repr__ of it).
  const v = fval(x !== null && typeof x === "object" && x.$pv !== undefined ? x.$pv : x);
  let text;
  if (Number.isNaN(v)) text = "NaN";
  else if (v === Infinity) text = "Infinity";
  else if (v === -Infinity) text = "-Infinity";
  else return repr(mkfloat(v));
  if (!opts.allowNan) throw ValueError(`Out of range float values are not JSON compliant`);
  return text;
}

/**
 * Encode `o` to a list of chunks. `defaultFn(o)` is the encoder's default (raising TypeError
 * unless overridden).
 */
function encode(o, opts, defaultFn) {
  const out = [];
  const markers = opts.checkCircular ? new Set() : null;
  const encStr = opts.ensureAscii ? encodeAscii : encodeUnicode;
  const { indent, itemSep, keySep } = opts;

  const enter = (x) => {
    if (markers === null) return;
    if (markers.has(x)) throw ValueError("Circular reference detected");
    markers.add(x);
  };
  const leave = (x) => {
    if (markers !== null) markers.delete(x);
  };

  const scalar = (x) => {
    // The tests every container item goes through (str, None, True, False, int, float).
    if (typeof x === "string") return encStr(x);
    if (x === null || x === undefined) return "null";
    if (x === true) return "true";
    if (x === false) return "false";
    if (typeof x === "number") return Number.isInteger(x) ? String(x) : floatStr(x, opts);
    if (typeof x === "bigint") return String(x);
    if (x instanceof PyFloat) return floatStr(x, opts);
    if (isStr(x)) return encStr(strValue(x));
    if (isIntLike(x)) return intStr(x);
    if (isFloat(x)) return floatStr(x, opts);
    return undefined;
  };

  const value = (x, level) => {
    const s = scalar(x);
    if (s !== undefined) {
      out.push(s);
      return;
    }
    if (isList(x)) return listOut(x, level);
    if (isDict(x)) return dictOut(x, level);
    enter(x);
    const replacement = defaultFn(x);
    value(replacement, level);
    leave(x);
  };

  // Chunks as Lib/json/encoder.py's _iterencode_list yields them (iterencode shows them).
  const listOut = (lst, level) => {
    if (lst.length === 0) {
      out.push("[]");
      return;
    }
    enter(lst);
    let buf = "[";
    let sep = itemSep;
    let inner = level;
    if (indent !== null) {
      inner = level + 1;
      const nl = "\n" + indent.repeat(inner);
      sep = itemSep + nl;
      buf += nl;
    }
    let first = true;
    for (const v of Array.from(lst)) {
      if (!first) buf = sep;
      first = false;
      const s = scalar(v);
      if (s !== undefined) out.push(buf + s);
      else {
        out.push(buf);
        value(v, inner);
      }
    }
    if (indent !== null) out.push("\n" + indent.repeat(level));
    out.push("]");
    leave(lst);
  };

  const dictOut = (d, level) => {
    if (d.size === 0) {
      out.push("{}");
      return;
    }
    enter(d);
    out.push("{");
    let sep = itemSep;
    let inner = level;
    if (indent !== null) {
      inner = level + 1;
      const nl = "\n" + indent.repeat(inner);
      sep = itemSep + nl;
      out.push(nl);
    }
    let items = Array.from(d.entries());
    if (opts.sortKeys) {
      const keys = sorted(items.map(([k]) => k));
      const byKey = new Dict();
      for (const [k, v] of items) byKey.set(k, v);
      items = keys.map((k) => [k, byKey.get(k)]);
    }
    let first = true;
    for (let [k, v] of items) {
      if (typeof k === "string") {
        // fine
      } else if (isStr(k)) k = strValue(k);
      else if (isFloat(k)) k = floatStr(k, opts);
      else if (k === true) k = "true";
      else if (k === false) k = "false";
      else if (k === null || k === undefined) k = "null";
      else if (isIntLike(k)) k = intStr(k);
      else if (opts.skipkeys) continue;
      else throw TypeError(`keys must be str, int, float, bool or None, not ${typename(k)}`);
      if (!first) out.push(sep);
      first = false;
      out.push(encStr(k), keySep);
      const sv = scalar(v);
      if (sv !== undefined) out.push(sv);
      else value(v, inner);
    }
    if (indent !== null) out.push("\n" + indent.repeat(level));
    out.push("}");
    leave(d);
  };

  value(o, 0);
  return out;
}

function notSerializable(o) {
  throw TypeError(`Object of type ${typename(o)} is not JSON serializable`);
}

const ENCODER_KW = ["skipkeys", "ensure_ascii", "check_circular", "allow_nan", "sort_keys", "indent", "separators", "default"];

/** JSONEncoder(*, skipkeys=False, ensure_ascii=True, ..., default=None) */
export const JSONEncoder = mkclass("JSONEncoder", [], (C) => {
  C.__module__ = "json.encoder";
  C.item_separator = ", ";
  C.key_separator = ": ";
  C.__init__ = method("JSONEncoder.__init__", [], function (...args) {
    const k = splitkw(args);
    if (args.length > 0) throw TypeError(`JSONEncoder.__init__() takes 1 positional argument but ${args.length + 1} were given`);
    const o = {};
    for (const name of ENCODER_KW) {
      const v = kwtake(k, name);
      if (v !== undefined) o[name] = v;
    }
    kwnone(k, "JSONEncoder.__init__");
    this.skipkeys = o.skipkeys ?? false;
    this.ensure_ascii = o.ensure_ascii ?? true;
    this.check_circular = o.check_circular ?? true;
    this.allow_nan = o.allow_nan ?? true;
    this.sort_keys = o.sort_keys ?? false;
    this.indent = o.indent ?? null;
    // As CPython: the instance's separators only when `separators` or `indent` is given (a
    // subclass's class-level item_separator/key_separator apply otherwise).
    const opts = encoderOptions(o);
    if (o.separators !== undefined && o.separators !== null) {
      this.item_separator = opts.itemSep;
      this.key_separator = opts.keySep;
    } else if (this.indent !== null) {
      this.item_separator = opts.itemSep;
    }
    if (o.default !== undefined && o.default !== null) this.default = o.default;
    return null;
  }, { kwonly: ENCODER_KW });
  C.default = method("JSONEncoder.default", ["o"], function (o) {
    notSerializable(o);
  });
  // As CPython: encode joins what `self.iterencode(o, _one_shot=True)` yields (a subclass may
  // override it), and a one-shot encoding without indent is one chunk (the C encoder's).
  C.encode = method("JSONEncoder.encode", ["o"], function (o) {
    const it = cm(this, "iterencode", o, true);
    return (Array.isArray(it) ? it : arr(it)).join("");
  });
  C.iterencode = method("JSONEncoder.iterencode", ["o", "_one_shot"], function (o, oneShot) {
    const chunks = encoderChunks(this, o);
    return iter(oneShot !== undefined && truthy(oneShot) && this.indent === null ? [chunks.join("")] : chunks);
  }, { defaults: 1 });
});

function encoderChunks(enc, o) {
  const opts = encoderOptions({
    skipkeys: enc.skipkeys,
    ensure_ascii: enc.ensure_ascii,
    check_circular: enc.check_circular,
    allow_nan: enc.allow_nan,
    sort_keys: enc.sort_keys,
    indent: enc.indent,
  });
  opts.itemSep = enc.item_separator;
  opts.keySep = enc.key_separator;
  const dflt = (x) => cm(enc, "default", x);
  return encode(o, opts, dflt);
}

/** Keyword arguments of dumps/dump as a plain object (and `cls`), checked. */
function dumpsOptions(k, fname) {
  const o = {};
  for (const name of ENCODER_KW) {
    const v = kwtake(k, name);
    if (v !== undefined) o[name] = v;
  }
  const cls = kwtake(k, "cls");
  return { o, cls: cls ?? null, rest: k };
}

/** dumps (or, with `chunks`, dump's chunks: an iterable of strings) of obj. */
function dumpsImpl(obj, k, chunks = false) {
  const { o, cls, rest } = dumpsOptions(k);
  const extra = rest === null ? new Map() : rest.map;
  if (cls === null && extra.size === 0) {
    const opts = encoderOptions(o);
    const dflt = o.default !== undefined && o.default !== null ? o.default : notSerializable;
    const out = encode(obj, opts, dflt);
    return chunks ? out : out.join("");
  }
  const kw = new Map(extra);
  for (const name of ENCODER_KW) if (o[name] !== undefined) kw.set(name, o[name]);
  const enc = callkw(cls ?? JSONEncoder, [], kw);
  return chunks ? cm(enc, "iterencode", obj) : cm(enc, "encode", obj);
}

/** dumps(obj, *, skipkeys=False, ensure_ascii=True, ..., sort_keys=False, **kw) */
export function dumps(obj, ...rest) {
  const k = splitkw(rest);
  if (rest.length > 0) throw TypeError(`dumps() takes 1 positional argument but ${rest.length + 1} were given`);
  if (obj === undefined) throw TypeError("dumps() missing 1 required positional argument: 'obj'");
  return dumpsImpl(obj, k);
}

/** dump(obj, fp, *, ...): write dumps(obj) to fp. */
export function dump(obj, fp, ...rest) {
  const k = splitkw(rest);
  if (rest.length > 0) throw TypeError(`dump() takes 2 positional arguments but ${rest.length + 2} were given`);
  if (fp === undefined) throw TypeError("dump() missing 1 required positional argument: 'fp'");
  // CPython writes the chunks of iterencode one by one.
  for (const chunk of iter(dumpsImpl(obj, k, true))) cm(fp, "write", chunk);
  return null;
}

// ================================================================== decoder

const WS = new Set([" ", "\t", "\n", "\r"]);

class StopAt {
  constructor(idx) {
    this.idx = idx;
  }
}

/** A decoder over string s with the given hooks. */
function makeScanner(s, hooks) {
  const n = s.length;
  const fail = (msg, pos) => {
    throw JSONDecodeError(msg, s, cpPos(s, pos));
  };
  const skip = (i) => {
    while (i < n && WS.has(s[i])) i++;
    return i;
  };

  const scanString = (begin) => {
    // begin: index after the opening quote. Returns [string, index after closing quote].
    let chunks = "";
    let end = begin;
    for (;;) {
      let next = end;
      let c = "";
      for (; next < n; next++) {
        c = s[next];
        if (c === '"' || c === "\\") break;
        if (hooks.strict && s.charCodeAt(next) <= 0x1f) fail("Invalid control character at", next);
      }
      if (next >= n) fail("Unterminated string starting at", begin - 1);
      chunks += s.slice(end, next);
      next++;
      if (c === '"') return [chunks, next];
      if (next === n) fail("Unterminated string starting at", begin - 1);
      c = s[next];
      if (c !== "u") {
        end = next + 1;
        const map = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };
        const r = map[c];
        if (r === undefined) fail("Invalid \\escape", end - 2);
        chunks += r;
      } else {
        next++;
        end = next + 4;
        if (end >= n) fail("Invalid \\uXXXX escape", next - 1);
        const h = s.slice(next, end);
        if (!/^[0-9a-fA-F]{4}$/.test(h)) fail("Invalid \\uXXXX escape", end - 5);
        let code = parseInt(h, 16);
        next = end;
        if (code >= 0xd800 && code <= 0xdbff && end + 6 < n && s[next] === "\\" && s[next + 1] === "u") {
          const h2 = s.slice(end + 2, end + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(h2)) fail("Invalid \\uXXXX escape", end + 1);
          const c2 = parseInt(h2, 16);
          if (c2 >= 0xdc00 && c2 <= 0xdfff) {
            code = 0x10000 + ((code - 0xd800) << 10) + (c2 - 0xdc00);
            end += 6;
          }
        }
        chunks += String.fromCodePoint(code);
      }
    }
  };

  const scanOnce = (idx) => {
    if (idx >= n) throw new StopAt(idx);
    const c = s[idx];
    switch (c) {
      case '"':
        return scanString(idx + 1);
      case "{":
        return parseObject(idx + 1);
      case "[":
        return parseArray(idx + 1);
      case "n":
        if (s.startsWith("null", idx)) return [null, idx + 4];
        break;
      case "t":
        if (s.startsWith("true", idx)) return [true, idx + 4];
        break;
      case "f":
        if (s.startsWith("false", idx)) return [false, idx + 5];
        break;
      case "N":
        if (s.startsWith("NaN", idx)) return [hooks.parseConstant("NaN"), idx + 3];
        break;
      case "I":
        if (s.startsWith("Infinity", idx)) return [hooks.parseConstant("Infinity"), idx + 8];
        break;
      case "-":
        if (s.startsWith("-Infinity", idx)) return [hooks.parseConstant("-Infinity"), idx + 9];
        break;
    }
    return parseNumber(idx);
  };

  const isDigit = (i) => i < n && s[i] >= "0" && s[i] <= "9";

  const parseNumber = (start) => {
    let i = start;
    if (s[i] === "-") i++;
    if (i < n && s[i] >= "1" && s[i] <= "9") {
      i++;
      while (isDigit(i)) i++;
    } else if (i < n && s[i] === "0") {
      i++;
    } else {
      throw new StopAt(start);
    }
    let isFloat_ = false;
    if (i < n - 1 && s[i] === "." && isDigit(i + 1)) {
      isFloat_ = true;
      i += 2;
      while (isDigit(i)) i++;
    }
    if (i < n - 1 && (s[i] === "e" || s[i] === "E")) {
      let e = i + 1;
      if (e < n - 1 && (s[e] === "-" || s[e] === "+")) e++;
      if (isDigit(e)) {
        while (isDigit(e)) e++;
        isFloat_ = true;
        i = e;
      }
    }
    const text = s.slice(start, i);
    if (isFloat_) return [hooks.parseFloat(text), i];
    return [hooks.parseInt(text), i];
  };

  const scanValue = (idx) => {
    try {
      return scanOnce(idx);
    } catch (e) {
      if (e instanceof StopAt) fail("Expecting value", e.idx);
      throw e;
    }
  };

  const parseObject = (idx) => {
    const pairs = [];
    idx = skip(idx);
    if (idx >= n || s[idx] !== "}") {
      for (;;) {
        if (idx >= n || s[idx] !== '"') fail("Expecting property name enclosed in double quotes", idx);
        let key;
        [key, idx] = scanString(idx + 1);
        idx = skip(idx);
        if (idx >= n || s[idx] !== ":") fail("Expecting ':' delimiter", idx);
        idx = skip(idx + 1);
        let val;
        [val, idx] = scanValue(idx);
        pairs.push([key, val]);
        idx = skip(idx);
        if (idx < n && s[idx] === "}") break;
        if (idx >= n || s[idx] !== ",") fail("Expecting ',' delimiter", idx);
        idx = skip(idx + 1);
      }
    }
    idx++;
    if (hooks.objectPairsHook !== null) return [hooks.objectPairsHook(pairs.map(([k, v]) => mktuple(k, v))), idx];
    const d = new Dict();
    for (const [k, v] of pairs) d.set(k, v);
    if (hooks.objectHook !== null) return [hooks.objectHook(d), idx];
    return [d, idx];
  };

  const parseArray = (idx) => {
    const out = [];
    idx = skip(idx);
    if (idx >= n || s[idx] !== "]") {
      for (;;) {
        let val;
        [val, idx] = scanValue(idx);
        out.push(val);
        idx = skip(idx);
        if (idx < n && s[idx] === "]") break;
        if (idx >= n || s[idx] !== ",") fail("Expecting ',' delimiter", idx);
        idx = skip(idx + 1);
      }
    }
    return [out, idx + 1];
  };

  return { scanValue, skip, fail };
}

/** A UTF-16 index of s as a code point index. */
function cpPos(s, i) {
  let n = i;
  for (let j = 0; j < i; j++) {
    const c = s.charCodeAt(j);
    if (c >= 0xd800 && c <= 0xdbff && j + 1 < i) {
      const d = s.charCodeAt(j + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        j++;
      }
    }
  }
  return n;
}

/** A code point index of s as a UTF-16 index. */
function utf16Pos(s, cp) {
  let i = 0;
  for (let k = 0; k < cp && i < s.length; k++) {
    const c = s.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return i;
}

function defaultParseInt(text) {
  const v = Number(text);
  if (Number.isSafeInteger(v)) return v === 0 ? 0 : v;
  return normInt(BigInt(text));
}

function defaultParseFloat(text) {
  return mkfloat(Number(text));
}

function defaultConstant(name) {
  return mkfloat(name === "NaN" ? NaN : name === "Infinity" ? Infinity : -Infinity);
}

const DECODER_KW = ["object_hook", "parse_float", "parse_int", "parse_constant", "strict", "object_pairs_hook"];

function hooksFrom(o) {
  const some = (v) => v !== undefined && v !== null;
  return {
    objectHook: some(o.object_hook) ? o.object_hook : null,
    objectPairsHook: some(o.object_pairs_hook) ? (pairs) => o.object_pairs_hook(pairs) : null,
    parseFloat: some(o.parse_float) ? o.parse_float : defaultParseFloat,
    parseInt: some(o.parse_int) ? o.parse_int : defaultParseInt,
    parseConstant: some(o.parse_constant) ? o.parse_constant : defaultConstant,
    strict: o.strict === undefined ? true : truthy(o.strict),
  };
}

/** raw_decode: [value, end] (end as a UTF-16 index) for the JSON value at UTF-16 index idx. */
function rawDecode(s, hooks, idx) {
  const sc = makeScanner(s, hooks);
  return sc.scanValue(idx);
}

function decode(s, hooks) {
  const sc = makeScanner(s, hooks);
  const start = sc.skip(0);
  const [value, end0] = sc.scanValue(start);
  const end = sc.skip(end0);
  if (end !== s.length) sc.fail("Extra data", end);
  return value;
}

/** JSONDecoder(*, object_hook=None, parse_float=None, ...) */
export const JSONDecoder = mkclass("JSONDecoder", [], (C) => {
  C.__module__ = "json.decoder";
  C.__init__ = method("JSONDecoder.__init__", [], function (...args) {
    const k = splitkw(args);
    if (args.length > 0) throw TypeError(`JSONDecoder.__init__() takes 1 positional argument but ${args.length + 1} were given`);
    for (const name of DECODER_KW) {
      const v = kwtake(k, name);
      this[name] = v === undefined ? (name === "strict" ? true : null) : v;
    }
    kwnone(k, "JSONDecoder.__init__");
    return null;
  }, { kwonly: DECODER_KW });
  C.decode = method("JSONDecoder.decode", ["s"], function (s) {
    return decode(s, hooksOf(this));
  });
  C.raw_decode = method("JSONDecoder.raw_decode", ["s", "idx"], function (s, idx) {
    const at = utf16Pos(s, idx === undefined ? 0 : Number(idx));
    let r;
    try {
      r = rawDecode(s, hooksOf(this), at);
    } catch (e) {
      throw e;
    }
    return mktuple(r[0], cpPos(s, r[1]));
  }, { defaults: 1 });
});

function hooksOf(dec) {
  const o = {};
  for (const name of DECODER_KW) o[name] = dec[name] ?? undefined;
  if (dec.strict === null) o.strict = undefined;
  return hooksFrom(o);
}

/** bytes given to loads: Lib/json/__init__.py's detect_encoding, then decode. */
function decodeJsonBytes(b) {
  const n = cm(b, "__len__");
  const at = (i) => (i < n ? cm(b, "__getitem__", i) : -1);
  const [b0, b1, b2, b3] = [at(0), at(1), at(2), at(3)];
  let enc = "utf-8";
  if ((b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff) || (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0)) enc = "utf-32";
  else if ((b0 === 0xfe && b1 === 0xff) || (b0 === 0xff && b1 === 0xfe)) enc = "utf-16";
  else if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) enc = "utf-8-sig";
  else if (n >= 4) {
    if (b0 === 0) enc = b1 !== 0 ? "utf-16-be" : "utf-32-be";
    else if (b1 === 0) enc = b2 !== 0 || b3 !== 0 ? "utf-16-le" : "utf-32-le";
  } else if (n === 2) {
    if (b0 === 0) enc = "utf-16-be";
    else if (b1 === 0) enc = "utf-16-le";
  }
  if (enc === "utf-8-sig") return cm(b, "decode", "utf-8", "surrogatepass").slice(1);
  return cm(b, "decode", enc, "surrogatepass");
}

/** loads(s, *, cls=None, object_hook=None, parse_float=None, ...) */
export function loads(s, ...rest) {
  const k = splitkw(rest);
  if (rest.length > 0) throw TypeError(`loads() takes 1 positional argument but ${rest.length + 1} were given`);
  if (s === undefined) throw TypeError("loads() missing 1 required positional argument: 's'");
  if (typeof s !== "string") {
    if (s !== null && typeof s === "object" && s.$isclass === true && isinstance(s, str)) s = strValue(s);
    else if (typename(s) === "bytes" || typename(s) === "bytearray") s = decodeJsonBytes(s);
    else throw TypeError(`the JSON object must be str, bytes or bytearray, not ${typename(s)}`);
  }
  if (s.startsWith("\ufeff")) throw JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0);
  const o = {};
  for (const name of DECODER_KW) {
    const v = kwtake(k, name);
    if (v !== undefined) o[name] = v;
  }
  const cls = kwtake(k, "cls");
  const extra = k === null ? new Map() : k.map;
  if ((cls === undefined || cls === null) && extra.size === 0) return decode(s, hooksFrom(o));
  const kw = new Map(extra);
  for (const name of DECODER_KW) if (o[name] !== undefined) kw.set(name, o[name]);
  const dec = callkw(cls ?? JSONDecoder, [], kw);
  return cm(dec, "decode", s);
}

/** load(fp, *, ...): loads(fp.read()). */
export function load(fp, ...rest) {
  const text = cm(fp, "read");
  return loads(text, ...rest);
}

withSig(dumps, "dumps", ["obj"], { kwonly: ["skipkeys", "ensure_ascii", "check_circular", "allow_nan", "cls", "indent", "separators", "default", "sort_keys"], varkw: true });
withSig(dump, "dump", ["obj", "fp"], { kwonly: ["skipkeys", "ensure_ascii", "check_circular", "allow_nan", "cls", "indent", "separators", "default", "sort_keys"], varkw: true });
withSig(loads, "loads", ["s"], { kwonly: ["cls", "object_hook", "parse_float", "parse_int", "parse_constant", "object_pairs_hook"], varkw: true });
withSig(load, "load", ["fp"], { kwonly: ["cls", "object_hook", "parse_float", "parse_int", "parse_constant", "object_pairs_hook"], varkw: true });

/** The `json.decoder` / `json.encoder` submodules' main names. */
export const decoder = { JSONDecoder, JSONDecodeError, __name__: "json.decoder" };
export const encoder = { JSONEncoder, __name__: "json.encoder" };
