// Python's `re` module (CPython 3.11) on top of JavaScript's RegExp.
//
// A pattern is parsed by a port of CPython's re/_parser.py (same syntax, same `re.error`
// messages and positions, same group numbering and width rules), then translated to a JS
// RegExp with the `v` flag (code point semantics, nested classes) and the `d` flag (group
// indices). The translation spells out everything whose meaning differs between the engines:
//
//   - `\d`, `\w`, `\s` (and `\b`, `\B`) use Python's Unicode definitions for str patterns
//     (str.isdecimal, str.isalnum plus `_`, str.isspace), ASCII ones under re.ASCII;
//   - `.`, `^`, `$`, `\A`, `\Z` are written as lookarounds (JS's `m` and `s` flags are never
//     used), so inline flags can change them for part of a pattern;
//   - case-insensitive matching uses the JS `i` flag when the whole pattern is IGNORECASE
//     (Unicode), and otherwise lists each character's case variants as CPython defines them
//     (simple lowercase plus re/_casefix.py) where IGNORECASE applies;
//   - atomic groups and possessive repeats become `(?=(X))\N`;
//   - Python group numbers map to JS group numbers (the translation adds groups of its own).
//
// Matching follows CPython's _sre: pos/endpos, positions in code points (strings with astral
// characters are converted), and the 3.7+ rules for empty matches in findall, finditer, sub
// and split (an empty match is allowed right after a non-empty one; after an empty match the
// next one must not be empty at the same position).
//
// Not supported (re.error with a "pyjs:" message): conditional groups `(?(1)a|b)` and named
// `\N{...}` escapes. Known differences: a backreference to a group that did not participate
// matches the empty string (CPython fails), and captures inside a repeated group are reset on
// each iteration (JS semantics).

import {
  mkclass, mktuple, tuple_of, repr, callkw, typename, Dict, Exception, TypeError, ValueError,
  IndexError, OverflowError, KwArgs, splitkw, kwtake, kwnone, iter, len as pylen, getitem, eq,
  hash as pyhash, contains, NotImplemented, format as pyformat, mangleAttr, NotImplementedError, isinstance, bytes, bytearray,
} from "./builtins.mjs";
import { method, withSig } from "./_shim.mjs";

export const __name__ = "re";
export const __version__ = "2.2.1";

// ---------------------------------------------------------------- flags

const SRE_FLAG_TEMPLATE = 1;
const SRE_FLAG_IGNORECASE = 2;
const SRE_FLAG_LOCALE = 4;
const SRE_FLAG_MULTILINE = 8;
const SRE_FLAG_DOTALL = 16;
const SRE_FLAG_UNICODE = 32;
const SRE_FLAG_VERBOSE = 64;
const SRE_FLAG_DEBUG = 128;
const SRE_FLAG_ASCII = 256;

const FLAG_NAMES = [
  ["TEMPLATE", SRE_FLAG_TEMPLATE], ["IGNORECASE", SRE_FLAG_IGNORECASE], ["LOCALE", SRE_FLAG_LOCALE],
  ["MULTILINE", SRE_FLAG_MULTILINE], ["DOTALL", SRE_FLAG_DOTALL], ["UNICODE", SRE_FLAG_UNICODE],
  ["VERBOSE", SRE_FLAG_VERBOSE], ["DEBUG", SRE_FLAG_DEBUG], ["ASCII", SRE_FLAG_ASCII],
];

/** The names of flags as pattern reprs show them: `re.IGNORECASE|re.MULTILINE`. */
function flagsRepr(flags) {
  const parts = [];
  for (const [name, v] of FLAG_NAMES) {
    if (flags & v) {
      parts.push("re." + name);
      flags &= ~v;
    }
  }
  if (flags) parts.push("0x" + flags.toString(16));
  return parts.join("|");
}

/** A flags argument as a JS number (ints, bools and RegexFlag members). */
function flagValue(x) {
  if (x === undefined || x === null) return 0;
  if (typeof x === "number" && Number.isInteger(x)) return x;
  if (typeof x === "boolean") return x ? 1 : 0;
  if (x !== null && typeof x === "object" && typeof x.$flag === "number") return x.$flag;
  if (typeof x === "bigint") return Number(BigInt.asIntN(32, x));
  throw TypeError(`unsupported operand type(s) for &: '${typename(x)}' and 'int'`);
}

// RegexFlag members: int-like objects that print as `re.IGNORECASE` (an IntFlag in CPython).
function flagOf(v) {
  return v === undefined || v === null ? null : typeof v === "object" && typeof v.$flag === "number" ? v.$flag : typeof v === "boolean" ? +v : Number.isInteger(v) ? v : null;
}

export const RegexFlag = mkclass("RegexFlag", [], (C) => {
  C.__module__ = "re";
  const bin = (name, f) => {
    C[name] = method(`RegexFlag.${name}`, ["other"], function (o) {
      const v = flagOf(o);
      if (v === null) return NotImplementedValue();
      return mkflag(f(this.$flag, v));
    });
  };
  bin("__or__", (a, b) => a | b);
  bin("__ror__", (a, b) => a | b);
  bin("__and__", (a, b) => a & b);
  bin("__rand__", (a, b) => a & b);
  bin("__xor__", (a, b) => a ^ b);
  bin("__rxor__", (a, b) => a ^ b);
  const arith = (name, f) => {
    C[name] = method(`RegexFlag.${name}`, ["other"], function (o) {
      const v = flagOf(o);
      if (v === null) return NotImplementedValue();
      return f(this.$flag, v);
    });
  };
  arith("__add__", (a, b) => a + b);
  arith("__radd__", (a, b) => a + b);
  arith("__sub__", (a, b) => a - b);
  arith("__rsub__", (a, b) => b - a);
  arith("__mul__", (a, b) => a * b);
  arith("__rmul__", (a, b) => a * b);
  C.__invert__ = method("RegexFlag.__invert__", [], function () {
    return mkflag(~this.$flag & 511);
  });
  C.__eq__ = method("RegexFlag.__eq__", ["other"], function (o) {
    const v = flagOf(o);
    return v === null ? NotImplementedValue() : v === this.$flag;
  });
  C.__ne__ = method("RegexFlag.__ne__", ["other"], function (o) {
    const v = flagOf(o);
    return v === null ? NotImplementedValue() : v !== this.$flag;
  });
  for (const [name, f] of [["__lt__", (a, b) => a < b], ["__le__", (a, b) => a <= b], ["__gt__", (a, b) => a > b], ["__ge__", (a, b) => a >= b]]) {
    C[name] = method(`RegexFlag.${name}`, ["other"], function (o) {
      const v = flagOf(o);
      return v === null ? NotImplementedValue() : f(this.$flag, v);
    });
  }
  C.__hash__ = method("RegexFlag.__hash__", [], function () {
    return this.$flag;
  });
  C.__index__ = method("RegexFlag.__index__", [], function () {
    return this.$flag;
  });
  C.__int__ = C.__index__;
  C.__bool__ = method("RegexFlag.__bool__", [], function () {
    return this.$flag !== 0;
  });
  C.__repr__ = method("RegexFlag.__repr__", [], function () {
    if (this.$flag === 0) return "re.NOFLAG";
    return flagsRepr(this.$flag);
  });
  C.__str__ = C.__repr__;
  C.__format__ = method("RegexFlag.__format__", ["spec"], function (spec) {
    return spec === "" ? this.__str__() : formatInt(this.$flag, spec);
  });
});

function NotImplementedValue() {
  return NotImplemented;
}
const formatInt = (v, spec) => pyformat(v, spec);

const flagCache = new Map();
function mkflag(v) {
  let f = flagCache.get(v);
  if (f === undefined) {
    f = Object.create(RegexFlag);
    Object.defineProperty(f, "$flag", { value: v });
    f.value = v;
    let name = null;
    if (v !== 0) {
      const names = FLAG_NAMES.filter(([, b]) => v & b).map(([n]) => n);
      if (names.reduce((acc, n) => acc | FLAG_NAMES.find(([m]) => m === n)[1], 0) === v) name = names.join("|");
    } else name = "NOFLAG";
    f[mangleAttr("name")] = name;
    flagCache.set(v, f);
  }
  return f;
}

export const NOFLAG = mkflag(0);
export const TEMPLATE = mkflag(SRE_FLAG_TEMPLATE), T = TEMPLATE;
export const IGNORECASE = mkflag(SRE_FLAG_IGNORECASE), I = IGNORECASE;
export const LOCALE = mkflag(SRE_FLAG_LOCALE), L = LOCALE;
export const MULTILINE = mkflag(SRE_FLAG_MULTILINE), M = MULTILINE;
export const DOTALL = mkflag(SRE_FLAG_DOTALL), S = DOTALL;
export const UNICODE = mkflag(SRE_FLAG_UNICODE), U = UNICODE;
export const VERBOSE = mkflag(SRE_FLAG_VERBOSE), X = VERBOSE;
export const DEBUG = mkflag(SRE_FLAG_DEBUG);
export const ASCII = mkflag(SRE_FLAG_ASCII), A = ASCII;
// The members as class attributes too (`re.RegexFlag.VERBOSE`), long and short names.
for (const [k, v] of [["NOFLAG", NOFLAG], ["TEMPLATE", TEMPLATE], ["T", T], ["IGNORECASE", I], ["I", I], ["LOCALE", L],
  ["L", L], ["MULTILINE", M], ["M", M], ["DOTALL", S], ["S", S], ["UNICODE", U], ["U", U], ["VERBOSE", X], ["X", X],
  ["DEBUG", DEBUG], ["ASCII", A], ["A", A]]) {
  RegexFlag[k] = v;
}

// ---------------------------------------------------------------- re.error

export const error = mkclass("error", [Exception], (C) => {
  C.__module__ = "re";
  C.__init__ = method("error.__init__", ["msg", "pattern", "pos"], function (msg, pattern, pos) {
    if (pattern === undefined) pattern = null;
    if (pos === undefined) pos = null;
    this.msg = msg;
    this.pattern = pattern;
    this.pos = pos;
    let full = msg;
    if (pattern !== null && pos !== null) {
      full = `${msg} at position ${pos}`;
      const cps = Array.from(String(pattern));
      let line = 1, lastNl = -1;
      for (let i = 0; i < pos && i < cps.length; i++) {
        if (cps[i] === "\n") {
          line++;
          lastNl = i;
        }
      }
      this.lineno = line;
      this.colno = pos - lastNl;
      if (cps.includes("\n")) full = `${full} (line ${this.lineno}, column ${this.colno})`;
    } else {
      this.lineno = null;
      this.colno = null;
    }
    this.args = tuple_of([full]);
    return null;
  }, { defaults: 2 });
});
export const PatternError = error;

function reError(msg, pattern, pos) {
  return pattern === undefined ? error(msg) : error(msg, pattern, pos);
}

// ---------------------------------------------------------------- parser (re/_parser.py)

const MAXREPEAT = 4294967295;
const MAXGROUPS = 1073741823;
const MAXWIDTH = 2 ** 64;

const SPECIAL_CHARS = ".\\[{()*+?^$|";
const REPEAT_CHARS = "*+?{";
const DIGITS = "0123456789";
const OCTDIGITS = "01234567";
const HEXDIGITS = "0123456789abcdefABCDEF";
const ASCIILETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
const WHITESPACE = " \t\n\r\v\f";

const inSet = (c, set) => c !== null && c.length === 1 && set.includes(c);

const ESCAPES = {
  "\\a": 7, "\\b": 8, "\\f": 12, "\\n": 10, "\\r": 13, "\\t": 9, "\\v": 11, "\\\\": 92,
};

const CATEGORIES = {
  "\\A": ["AT", "AT_BEGINNING_STRING"],
  "\\b": ["AT", "AT_BOUNDARY"],
  "\\B": ["AT", "AT_NON_BOUNDARY"],
  "\\d": ["IN", [["CATEGORY", "DIGIT"]]],
  "\\D": ["IN", [["CATEGORY", "NOT_DIGIT"]]],
  "\\s": ["IN", [["CATEGORY", "SPACE"]]],
  "\\S": ["IN", [["CATEGORY", "NOT_SPACE"]]],
  "\\w": ["IN", [["CATEGORY", "WORD"]]],
  "\\W": ["IN", [["CATEGORY", "NOT_WORD"]]],
  "\\Z": ["AT", "AT_END_STRING"],
};

const FLAGS = {
  i: SRE_FLAG_IGNORECASE, L: SRE_FLAG_LOCALE, m: SRE_FLAG_MULTILINE, s: SRE_FLAG_DOTALL,
  x: SRE_FLAG_VERBOSE, a: SRE_FLAG_ASCII, t: SRE_FLAG_TEMPLATE, u: SRE_FLAG_UNICODE,
};
const TYPE_FLAGS = SRE_FLAG_ASCII | SRE_FLAG_LOCALE | SRE_FLAG_UNICODE;
const GLOBAL_FLAGS = SRE_FLAG_DEBUG | SRE_FLAG_TEMPLATE;

const REPEATCODES = new Set(["MIN_REPEAT", "MAX_REPEAT", "POSSESSIVE_REPEAT"]);
const UNITCODES = new Set(["ANY", "RANGE", "IN", "LITERAL", "NOT_LITERAL", "CATEGORY"]);

const cp = (c) => c.codePointAt(0);
const cplen = (s) => {
  let n = 0;
  for (const _ of s) n++;
  return n;
};

function isIdentifier(s) {
  return /^[\p{ID_Start}_][\p{ID_Continue}\u00B7\u0387\u1369-\u1371\u19DA]*$/u.test(s);
}

class ParseState {
  constructor() {
    this.flags = 0;
    this.groupdict = new Map();
    this.groupwidths = [null];
    this.lookbehindgroups = null;
    this.grouprefpos = new Map();
    this.closeOrder = [0];
  }
  get groups() {
    return this.groupwidths.length;
  }
  opengroup(name) {
    const gid = this.groups;
    this.groupwidths.push(null);
    if (this.groups > MAXGROUPS) throw reError("too many groups");
    if (name !== null) {
      const ogid = this.groupdict.get(name);
      if (ogid !== undefined) {
        throw reError(`redefinition of group name ${repr(name)} as group ${gid}; was group ${ogid}`);
      }
      this.groupdict.set(name, gid);
    }
    return gid;
  }
  closegroup(gid, p) {
    this.groupwidths[gid] = p.getwidth();
    this.closeOrder.push(gid);
  }
  checkgroup(gid) {
    return gid < this.groups && this.groupwidths[gid] !== null;
  }
  checklookbehindgroup(gid, source) {
    if (this.lookbehindgroups !== null) {
      if (!this.checkgroup(gid)) throw source.error("cannot refer to an open group");
      if (gid >= this.lookbehindgroups) throw source.error("cannot refer to group defined in the same lookbehind subpattern");
    }
  }
}

class SubPattern {
  constructor(state, data) {
    this.state = state;
    this.data = data ?? [];
    this.width = null;
  }
  get length() {
    return this.data.length;
  }
  getwidth() {
    if (this.width !== null) return this.width;
    let lo = 0, hi = 0;
    for (const [op, av] of this.data) {
      if (op === "BRANCH") {
        let i = MAXWIDTH, j = 0;
        for (const b of av[1]) {
          const [l, h] = b.getwidth();
          i = Math.min(i, l);
          j = Math.max(j, h);
        }
        lo += i;
        hi += j;
      } else if (op === "ATOMIC_GROUP") {
        const [i, j] = av.getwidth();
        lo += i;
        hi += j;
      } else if (op === "SUBPATTERN") {
        const [i, j] = av[3].getwidth();
        lo += i;
        hi += j;
      } else if (REPEATCODES.has(op)) {
        const [i, j] = av[2].getwidth();
        lo += i * av[0];
        if (av[1] === MAXREPEAT && j) hi = MAXWIDTH;
        else hi += j * av[1];
      } else if (UNITCODES.has(op)) {
        lo += 1;
        hi += 1;
      } else if (op === "GROUPREF") {
        const [i, j] = this.state.groupwidths[av];
        lo += i;
        hi += j;
      } else if (op === "GROUPREF_EXISTS") {
        let [i, j] = av[1].getwidth();
        if (av[2] !== null) {
          const [l, h] = av[2].getwidth();
          i = Math.min(i, l);
          j = Math.max(j, h);
        } else {
          i = 0;
        }
        lo += i;
        hi += j;
      }
    }
    this.width = [Math.min(lo, MAXWIDTH), Math.min(hi, MAXWIDTH)];
    return this.width;
  }
}

class Tokenizer {
  constructor(string) {
    this.string = string;
    this.chars = Array.from(string);
    this.index = 0;
    this.next = null;
    this.nextLen = 0;
    this._next();
  }
  _next() {
    let index = this.index;
    const chars = this.chars;
    if (index >= chars.length) {
      this.next = null;
      this.nextLen = 0;
      return;
    }
    let ch = chars[index];
    let n = 1;
    if (ch === "\\") {
      index++;
      if (index >= chars.length) throw reError("bad escape (end of pattern)", this.string, chars.length - 1);
      ch += chars[index];
      n = 2;
    }
    this.index = index + 1;
    this.next = ch;
    this.nextLen = n;
  }
  match(c) {
    if (c === this.next) {
      this._next();
      return true;
    }
    return false;
  }
  get() {
    const t = this.next;
    this._next();
    return t;
  }
  getwhile(n, charset) {
    let result = "";
    for (let k = 0; k < n; k++) {
      const c = this.next;
      if (!inSet(c, charset)) break;
      result += c;
      this._next();
    }
    return result;
  }
  getuntil(terminator, name) {
    let result = "";
    for (;;) {
      const c = this.next;
      this._next();
      if (c === null) {
        if (!result) throw this.error("missing " + name);
        throw this.error(`missing ${terminator}, unterminated name`, cplen(result));
      }
      if (c === terminator) {
        if (!result) throw this.error("missing " + name, 1);
        break;
      }
      result += c;
    }
    return result;
  }
  tell() {
    return this.index - this.nextLen;
  }
  seek(index) {
    this.index = index;
    this._next();
  }
  error(msg, offset = 0) {
    return reError(msg, this.string, this.tell() - offset);
  }
  checkgroupname(name, offset) {
    if (!isIdentifier(name)) throw this.error(`bad character in group name ${repr(name)}`, cplen(name) + offset);
  }
}

function escapeCodeValue(source, escape, c, len) {
  // \x, \u, \U, \N shared by _class_escape and _escape; returns a code or undefined.
  if (c === "x") {
    escape += source.getwhile(2, HEXDIGITS);
    if (cplen(escape) !== 4) throw source.error(`incomplete escape ${escape}`, cplen(escape));
    return ["LITERAL", parseInt(escape.slice(2), 16)];
  }
  if (c === "u") {
    escape += source.getwhile(4, HEXDIGITS);
    if (cplen(escape) !== 6) throw source.error(`incomplete escape ${escape}`, cplen(escape));
    return ["LITERAL", parseInt(escape.slice(2), 16)];
  }
  if (c === "U") {
    escape += source.getwhile(8, HEXDIGITS);
    if (cplen(escape) !== 10) throw source.error(`incomplete escape ${escape}`, cplen(escape));
    const v = parseInt(escape.slice(2), 16);
    if (v > 0x10ffff) throw source.error(`bad escape ${escape}`, cplen(escape));
    return ["LITERAL", v];
  }
  if (c === "N") {
    if (!source.match("{")) throw source.error("missing {");
    const charname = source.getuntil("}", "character name");
    throw source.error(`pyjs: named Unicode escape \\N{${charname}} is not supported`, cplen(charname) + 4);
  }
  return undefined;
}

function classEscape(source, escape) {
  const e = ESCAPES[escape];
  if (e !== undefined) return ["LITERAL", e];
  const code = CATEGORIES[escape];
  if (code && code[0] === "IN") return code;
  const c = escape.slice(1);
  const x = escapeCodeValue(source, escape, c);
  if (x !== undefined) return x;
  if (inSet(c, OCTDIGITS)) {
    escape += source.getwhile(2, OCTDIGITS);
    const v = parseInt(escape.slice(1), 8);
    if (v > 0o377) throw source.error(`octal escape value ${escape} outside of range 0-0o377`, cplen(escape));
    return ["LITERAL", v];
  }
  if (inSet(c, DIGITS)) throw source.error(`bad escape ${escape}`, cplen(escape));
  if (cplen(escape) === 2) {
    if (inSet(c, ASCIILETTERS)) throw source.error(`bad escape ${escape}`, cplen(escape));
    return ["LITERAL", cp(c)];
  }
  throw source.error(`bad escape ${escape}`, cplen(escape));
}

function escapeCode(source, escape, state) {
  const code = CATEGORIES[escape];
  if (code) return code;
  const e = ESCAPES[escape];
  if (e !== undefined) return ["LITERAL", e];
  const c = escape.slice(1);
  const x = escapeCodeValue(source, escape, c);
  if (x !== undefined) return x;
  if (c === "0") {
    escape += source.getwhile(2, OCTDIGITS);
    return ["LITERAL", parseInt(escape.slice(1), 8)];
  }
  if (inSet(c, DIGITS)) {
    if (inSet(source.next, DIGITS)) {
      escape += source.get();
      if (inSet(escape[1], OCTDIGITS) && inSet(escape[2], OCTDIGITS) && inSet(source.next, OCTDIGITS)) {
        escape += source.get();
        const v = parseInt(escape.slice(1), 8);
        if (v > 0o377) throw source.error(`octal escape value ${escape} outside of range 0-0o377`, escape.length);
        return ["LITERAL", v];
      }
    }
    const group = parseInt(escape.slice(1), 10);
    if (group < state.groups) {
      if (!state.checkgroup(group)) throw source.error("cannot refer to an open group", escape.length);
      state.checklookbehindgroup(group, source);
      return ["GROUPREF", group];
    }
    throw source.error(`invalid group reference ${group}`, escape.length - 1);
  }
  if (cplen(escape) === 2) {
    if (inSet(c, ASCIILETTERS)) throw source.error(`bad escape ${escape}`, cplen(escape));
    return ["LITERAL", cp(c)];
  }
  throw source.error(`bad escape ${escape}`, cplen(escape));
}

function uniq(items) {
  const seen = new Set();
  const out = [];
  for (const it of items) {
    const k = JSON.stringify(it);
    if (!seen.has(k)) {
      seen.add(k);
      out.push(it);
    }
  }
  return out;
}

function parseSub(source, state, verbose, nested) {
  const items = [];
  for (;;) {
    items.push(parseSeq(source, state, verbose, nested + 1, !nested && items.length === 0));
    if (!source.match("|")) break;
    if (!nested) verbose = state.flags & SRE_FLAG_VERBOSE;
  }
  if (items.length === 1) return items[0];
  const sub = new SubPattern(state);
  sub.data.push(["BRANCH", [null, items]]);
  return sub;
}

function parseSeq(source, state, verbose, nested, first = false) {
  const subpattern = new SubPattern(state);
  const data = subpattern.data;
  for (;;) {
    let thisTok = source.next;
    if (thisTok === null) break;
    if (thisTok === "|" || thisTok === ")") break;
    source.get();

    if (verbose) {
      if (inSet(thisTok, WHITESPACE)) continue;
      if (thisTok === "#") {
        for (;;) {
          thisTok = source.get();
          if (thisTok === null || thisTok === "\n") break;
        }
        continue;
      }
    }

    if (thisTok[0] === "\\") {
      data.push(escapeCode(source, thisTok, state));
    } else if (!SPECIAL_CHARS.includes(thisTok)) {
      data.push(["LITERAL", cp(thisTok)]);
    } else if (thisTok === "[") {
      const here = source.tell() - 1;
      let set = [];
      const negate = source.match("^");
      for (;;) {
        const t = source.get();
        if (t === null) throw source.error("unterminated character set", source.tell() - here);
        if (t === "]" && set.length) break;
        let code1;
        if (t[0] === "\\") code1 = classEscape(source, t);
        else code1 = ["LITERAL", cp(t)];
        if (source.match("-")) {
          const that = source.get();
          if (that === null) throw source.error("unterminated character set", source.tell() - here);
          if (that === "]") {
            if (code1[0] === "IN") code1 = code1[1][0];
            set.push(code1);
            set.push(["LITERAL", 45]);
            break;
          }
          let code2;
          if (that[0] === "\\") code2 = classEscape(source, that);
          else code2 = ["LITERAL", cp(that)];
          if (code1[0] !== "LITERAL" || code2[0] !== "LITERAL") {
            throw source.error(`bad character range ${t}-${that}`, cplen(t) + 1 + cplen(that));
          }
          const lo = code1[1], hi = code2[1];
          if (hi < lo) throw source.error(`bad character range ${t}-${that}`, cplen(t) + 1 + cplen(that));
          set.push(["RANGE", [lo, hi]]);
        } else {
          if (code1[0] === "IN") code1 = code1[1][0];
          set.push(code1);
        }
      }
      set = uniq(set);
      if (set.length === 1 && set[0][0] === "LITERAL") {
        data.push(negate ? ["NOT_LITERAL", set[0][1]] : set[0]);
      } else {
        if (negate) set.unshift(["NEGATE", null]);
        data.push(["IN", set]);
      }
    } else if (REPEAT_CHARS.includes(thisTok)) {
      const here = source.tell();
      let min, max;
      if (thisTok === "?") {
        min = 0;
        max = 1;
      } else if (thisTok === "*") {
        min = 0;
        max = MAXREPEAT;
      } else if (thisTok === "+") {
        min = 1;
        max = MAXREPEAT;
      } else {
        if (source.next === "}") {
          data.push(["LITERAL", cp(thisTok)]);
          continue;
        }
        min = 0;
        max = MAXREPEAT;
        let lo = "", hi = "";
        while (inSet(source.next, DIGITS)) lo += source.get();
        if (source.match(",")) {
          while (inSet(source.next, DIGITS)) hi += source.get();
        } else {
          hi = lo;
        }
        if (!source.match("}")) {
          data.push(["LITERAL", cp(thisTok)]);
          source.seek(here);
          continue;
        }
        if (lo) {
          min = Number(lo);
          if (min >= MAXREPEAT) throw OverflowError("the repetition number is too large");
        }
        if (hi) {
          max = Number(hi);
          if (max >= MAXREPEAT) throw OverflowError("the repetition number is too large");
          if (max < min) throw source.error("min repeat greater than max repeat", source.tell() - here);
        }
      }
      let item = data.length ? new SubPattern(state, data.slice(-1)) : null;
      if (!item || item.data[0][0] === "AT") throw source.error("nothing to repeat", source.tell() - here + thisTok.length);
      if (REPEATCODES.has(item.data[0][0])) throw source.error("multiple repeat", source.tell() - here + thisTok.length);
      if (item.data[0][0] === "SUBPATTERN") {
        const [group, add, del, p] = item.data[0][1];
        if (group === null && !add && !del) item = p;
      }
      let op = "MAX_REPEAT";
      if (source.match("?")) op = "MIN_REPEAT";
      else if (source.match("+")) op = "POSSESSIVE_REPEAT";
      data[data.length - 1] = [op, [min, max, item]];
    } else if (thisTok === ".") {
      data.push(["ANY", null]);
    } else if (thisTok === "(") {
      const start = source.tell() - 1;
      let capture = true, atomic = false, name = null, addFlags = 0, delFlags = 0;
      if (source.match("?")) {
        let char = source.get();
        if (char === null) throw source.error("unexpected end of pattern");
        if (char === "P") {
          if (source.match("<")) {
            name = source.getuntil(">", "group name");
            source.checkgroupname(name, 1);
          } else if (source.match("=")) {
            name = source.getuntil(")", "group name");
            source.checkgroupname(name, 1);
            const gid = state.groupdict.get(name);
            if (gid === undefined) throw source.error(`unknown group name ${repr(name)}`, cplen(name) + 1);
            if (!state.checkgroup(gid)) throw source.error("cannot refer to an open group", cplen(name) + 1);
            state.checklookbehindgroup(gid, source);
            data.push(["GROUPREF", gid]);
            continue;
          } else {
            char = source.get();
            if (char === null) throw source.error("unexpected end of pattern");
            throw source.error("unknown extension ?P" + char, cplen(char) + 2);
          }
        } else if (char === ":") {
          capture = false;
        } else if (char === "#") {
          for (;;) {
            if (source.next === null) throw source.error("missing ), unterminated comment", source.tell() - start);
            if (source.get() === ")") break;
          }
          continue;
        } else if ("=!<".includes(char)) {
          let dir = 1;
          let lookbehindgroups = null;
          if (char === "<") {
            char = source.get();
            if (char === null) throw source.error("unexpected end of pattern");
            if (!"=!".includes(char) || char.length !== 1) throw source.error("unknown extension ?<" + char, cplen(char) + 2);
            dir = -1;
            lookbehindgroups = state.lookbehindgroups;
            if (lookbehindgroups === null) state.lookbehindgroups = state.groups;
          }
          const p = parseSub(source, state, verbose, nested + 1);
          if (dir < 0 && lookbehindgroups === null) state.lookbehindgroups = null;
          if (!source.match(")")) throw source.error("missing ), unterminated subpattern", source.tell() - start);
          data.push([char === "=" ? "ASSERT" : "ASSERT_NOT", [dir, p]]);
          continue;
        } else if (char === "(") {
          const condname = source.getuntil(")", "group name");
          let condgroup;
          if (isIdentifier(condname)) {
            condgroup = state.groupdict.get(condname);
            if (condgroup === undefined) throw source.error(`unknown group name ${repr(condname)}`, cplen(condname) + 1);
          } else {
            if (!/^[0-9]+$/.test(condname)) throw source.error(`bad character in group name ${repr(condname)}`, cplen(condname) + 1);
            condgroup = Number(condname);
            if (!condgroup) throw source.error("bad group number", cplen(condname) + 1);
            if (condgroup >= MAXGROUPS) throw source.error(`invalid group reference ${condgroup}`, cplen(condname) + 1);
            if (!state.grouprefpos.has(condgroup)) state.grouprefpos.set(condgroup, source.tell() - cplen(condname) - 1);
          }
          state.checklookbehindgroup(condgroup, source);
          const yes = parseSeq(source, state, verbose, nested + 1);
          let no = null;
          if (source.match("|")) {
            no = parseSeq(source, state, verbose, nested + 1);
            if (source.next === "|") throw source.error("conditional backref with more than two branches");
          }
          if (!source.match(")")) throw source.error("missing ), unterminated subpattern", source.tell() - start);
          data.push(["GROUPREF_EXISTS", [condgroup, yes, no]]);
          continue;
        } else if (char === ">") {
          capture = false;
          atomic = true;
        } else if (char in FLAGS || char === "-") {
          const flags = parseFlags(source, state, char);
          if (flags === null) {
            if (!first || data.length) throw source.error("global flags not at the start of the expression", source.tell() - start);
            verbose = state.flags & SRE_FLAG_VERBOSE;
            continue;
          }
          [addFlags, delFlags] = flags;
          capture = false;
        } else {
          throw source.error("unknown extension ?" + char, cplen(char) + 1);
        }
      }
      let group = null;
      if (capture) {
        try {
          group = state.opengroup(name);
        } catch (e) {
          if (e !== null && typeof e === "object" && Object.getPrototypeOf(e) === error) {
            throw source.error(e.msg, cplen(name) + 1);
          }
          throw e;
        }
      }
      const subVerbose = (verbose || (addFlags & SRE_FLAG_VERBOSE)) && !(delFlags & SRE_FLAG_VERBOSE);
      const p = parseSub(source, state, subVerbose, nested + 1);
      if (!source.match(")")) throw source.error("missing ), unterminated subpattern", source.tell() - start);
      if (group !== null) state.closegroup(group, p);
      if (atomic) data.push(["ATOMIC_GROUP", p]);
      else data.push(["SUBPATTERN", [group, addFlags, delFlags, p]]);
    } else if (thisTok === "^") {
      data.push(["AT", "AT_BEGINNING"]);
    } else if (thisTok === "$") {
      data.push(["AT", "AT_END"]);
    }
  }
  // unpack non-capturing groups
  for (let i = data.length - 1; i >= 0; i--) {
    const [op, av] = data[i];
    if (op === "SUBPATTERN") {
      const [group, add, del, p] = av;
      if (group === null && !add && !del) data.splice(i, 1, ...p.data);
    }
  }
  return subpattern;
}

function parseFlags(source, state, char) {
  let addFlags = 0, delFlags = 0;
  if (char !== "-") {
    for (;;) {
      const flag = FLAGS[char];
      if (char === "L") throw source.error("bad inline flags: cannot use 'L' flag with a str pattern");
      addFlags |= flag;
      if ((flag & TYPE_FLAGS) && (addFlags & TYPE_FLAGS) !== flag) {
        throw source.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible");
      }
      char = source.get();
      if (char === null) throw source.error("missing -, : or )");
      if (char === ")" || char === "-" || char === ":") break;
      if (!(char in FLAGS)) {
        throw source.error(/^\p{L}$/u.test(char) ? "unknown flag" : "missing -, : or )", cplen(char));
      }
    }
  }
  if (char === ")") {
    state.flags |= addFlags;
    return null;
  }
  if (addFlags & GLOBAL_FLAGS) throw source.error("bad inline flags: cannot turn on global flag", 1);
  if (char === "-") {
    char = source.get();
    if (char === null) throw source.error("missing flag");
    if (!(char in FLAGS)) throw source.error(/^\p{L}$/u.test(char) ? "unknown flag" : "missing flag", cplen(char));
    for (;;) {
      const flag = FLAGS[char];
      if (flag & TYPE_FLAGS) throw source.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'");
      delFlags |= flag;
      char = source.get();
      if (char === null) throw source.error("missing :");
      if (char === ":") break;
      if (!(char in FLAGS)) throw source.error(/^\p{L}$/u.test(char) ? "unknown flag" : "missing :", cplen(char));
    }
  }
  if (delFlags & GLOBAL_FLAGS) throw source.error("bad inline flags: cannot turn off global flag", 1);
  if (addFlags & delFlags) throw source.error("bad inline flags: flag turned on and off", 1);
  return [addFlags, delFlags];
}

function fixFlags(flags) {
  if (flags & SRE_FLAG_LOCALE) throw ValueError("cannot use LOCALE flag with a str pattern");
  if (!(flags & SRE_FLAG_ASCII)) flags |= SRE_FLAG_UNICODE;
  else if (flags & SRE_FLAG_UNICODE) throw ValueError("ASCII and UNICODE flags are incompatible");
  return flags;
}

function parse(str, flags) {
  const source = new Tokenizer(str);
  const state = new ParseState();
  state.flags = flags;
  const p = parseSub(source, state, flags & SRE_FLAG_VERBOSE, 0);
  state.flags = fixFlags(state.flags);
  if (source.next !== null) throw source.error("unbalanced parenthesis");
  for (const [g, pos] of state.grouprefpos) {
    if (g >= state.groups) throw reError(`invalid group reference ${g}`, str, pos);
  }
  return p;
}

// ---------------------------------------------------------------- case folding

// re/_casefix.py: lowercase code -> other lowercase codes with the same uppercase.
const EXTRA_CASES = {
  0x69: [0x131], 0x73: [0x17f], 0xb5: [0x3bc], 0x131: [0x69], 0x17f: [0x73], 0x345: [0x3b9, 0x1fbe],
  0x390: [0x1fd3], 0x3b0: [0x1fe3], 0x3b2: [0x3d0], 0x3b5: [0x3f5], 0x3b8: [0x3d1], 0x3b9: [0x345, 0x1fbe],
  0x3ba: [0x3f0], 0x3bc: [0xb5], 0x3c0: [0x3d6], 0x3c1: [0x3f1], 0x3c2: [0x3c3], 0x3c3: [0x3c2],
  0x3c6: [0x3d5], 0x3d0: [0x3b2], 0x3d1: [0x3b8], 0x3d5: [0x3c6], 0x3d6: [0x3c0], 0x3f0: [0x3ba],
  0x3f1: [0x3c1], 0x3f5: [0x3b5], 0x432: [0x1c80], 0x434: [0x1c81], 0x43e: [0x1c82], 0x441: [0x1c83],
  0x442: [0x1c84, 0x1c85], 0x44a: [0x1c86], 0x463: [0x1c87], 0x1c80: [0x432], 0x1c81: [0x434],
  0x1c82: [0x43e], 0x1c83: [0x441], 0x1c84: [0x442, 0x1c85], 0x1c85: [0x442, 0x1c84], 0x1c86: [0x44a],
  0x1c87: [0x463], 0x1c88: [0xa64b], 0x1e61: [0x1e9b], 0x1e9b: [0x1e61], 0x1fbe: [0x345, 0x3b9],
  0x1fd3: [0x390], 0x1fe3: [0x3b0], 0xa64b: [0x1c88], 0xfb05: [0xfb06], 0xfb06: [0xfb05],
};

/** Simple lowercase mapping of one code point (what _sre.unicode_tolower returns). */
function lowerCp(c) {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  if (c === 0x130) return 0x69;
  const l = String.fromCodePoint(c).toLowerCase();
  const lc = l.codePointAt(0);
  return l.length === (lc > 0xffff ? 2 : 1) ? lc : c;
}

let revLower = null;
/** lowercase code point -> the other code points with that lowercase. */
function reverseLower() {
  if (revLower === null) {
    revLower = new Map();
    const add = (c) => {
      const l = lowerCp(c);
      if (l !== c) {
        let a = revLower.get(l);
        if (a === undefined) revLower.set(l, (a = []));
        a.push(c);
      }
    };
    for (let c = 0; c < 0x20000; c++) if (c < 0xd800 || c > 0xdfff) add(c);
    for (let c = 0x1e900; c < 0x1e960; c++) add(c);
  }
  return revLower;
}

/** The code points IGNORECASE lets `c` match (including c). */
function caseVariants(c, ascii) {
  if (ascii) {
    if (c >= 65 && c <= 90) return [c, c + 32];
    if (c >= 97 && c <= 122) return [c, c - 32];
    return [c];
  }
  const rl = reverseLower();
  const l = lowerCp(c);
  const out = new Set([c, l, ...(rl.get(l) ?? [])]);
  for (const f of EXTRA_CASES[l] ?? []) {
    out.add(f);
    for (const x of rl.get(f) ?? []) out.add(x);
  }
  return [...out];
}

// ---------------------------------------------------------------- translation to JS

const WORD_U = "\\p{L}\\p{N}_";
const WORD_A = "a-zA-Z0-9_";
const SPACE_U = "\\t-\\r\\u{1c}-\\u{20}\\u{85}\\u{a0}\\u{1680}\\u{2000}-\\u{200a}\\u{2028}\\u{2029}\\u{202f}\\u{205f}\\u{3000}";
const SPACE_A = "\\t-\\r\\u{20}";

function hexEsc(c) {
  return `\\u{${c.toString(16)}}`;
}

/** One code point as a JS (v-mode) pattern character, inside or outside a class. */
function litChar(c) {
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95) return String.fromCharCode(c);
  if (c >= 0xa0 && (c < 0xd800 || c > 0xdfff) && c !== 0xfeff && c < 0xfff0) return String.fromCodePoint(c);
  return hexEsc(c);
}

/**
 * I, i, U+0130 and U+0131 match one another under CPython's IGNORECASE (simple lowercase plus
 * re/_casefix.py) but not under JS's `i` flag (simple case folding): with that flag, they are
 * listed where they occur.
 */
const TURKISH_I = new Set([0x49, 0x69, 0x130, 0x131]);

/** Translates a parsed pattern to JS regex source, numbering JS groups as it goes. */
class Emitter {
  constructor(state, useJsI, base) {
    this.state = state;
    this.useJsI = useJsI;
    this.next = base + 1; // next JS group number
    this.groupMap = [0]; // Python group -> JS group
  }
  manualCase(flags) {
    return !this.useJsI && (flags & SRE_FLAG_IGNORECASE) !== 0;
  }
  seq(p, flags) {
    let out = "";
    for (const node of p.data) out += this.node(node, flags);
    return out;
  }
  charClassItem(c, flags) {
    if (this.manualCase(flags)) return caseVariants(c, flags & SRE_FLAG_ASCII).map(litChar).join("");
    if (this.useJsI && TURKISH_I.has(c)) return "Ii\u{130}\u{131}";
    return litChar(c);
  }
  category(cat, flags) {
    const ascii = flags & SRE_FLAG_ASCII;
    switch (cat) {
      case "DIGIT": return ascii ? "0-9" : "\\p{Nd}";
      case "NOT_DIGIT": return ascii ? "[^0-9]" : "\\P{Nd}";
      case "WORD": return ascii ? WORD_A : WORD_U;
      case "NOT_WORD": return ascii ? `[^${WORD_A}]` : `[^${WORD_U}]`;
      case "SPACE": return ascii ? SPACE_A : SPACE_U;
      case "NOT_SPACE": return ascii ? `[^${SPACE_A}]` : `[^${SPACE_U}]`;
    }
    throw new Error("bad category " + cat);
  }
  rangeItem(lo, hi, flags) {
    let out = `${litChar(lo)}-${litChar(hi)}`;
    if (this.useJsI && [...TURKISH_I].some((c) => lo <= c && c <= hi)) out += "Ii\\u{130}\\u{131}";
    if (this.manualCase(flags)) {
      const ascii = flags & SRE_FLAG_ASCII;
      const extra = new Set();
      if (ascii) {
        for (let c = Math.max(lo, 65); c <= Math.min(hi, 122); c++) for (const v of caseVariants(c, true)) extra.add(v);
      } else {
        for (let c = lo; c <= hi; c++) {
          if (c >= 0xd800 && c <= 0xdfff) continue;
          for (const v of caseVariants(c, false)) if (v < lo || v > hi) extra.add(v);
        }
      }
      for (const v of extra) if (v < lo || v > hi) out += litChar(v);
    }
    return out;
  }
  classBody(items, flags) {
    let out = "";
    for (const [op, av] of items) {
      if (op === "LITERAL") out += this.charClassItem(av, flags);
      else if (op === "RANGE") out += this.rangeItem(av[0], av[1], flags);
      else if (op === "CATEGORY") out += this.category(av, flags);
    }
    return out;
  }
  wordClass(flags) {
    return flags & SRE_FLAG_ASCII ? `[${WORD_A}]` : `[${WORD_U}]`;
  }
  node([op, av], flags) {
    switch (op) {
      case "LITERAL":
        if (this.manualCase(flags)) {
          const vs = caseVariants(av, flags & SRE_FLAG_ASCII);
          if (vs.length > 1) return `[${vs.map(litChar).join("")}]`;
        }
        if (this.useJsI && TURKISH_I.has(av)) return "[Ii\\u{130}\\u{131}]";
        return litChar(av);
      case "NOT_LITERAL":
        return `[^${this.charClassItem(av, flags)}]`;
      case "ANY":
        return flags & SRE_FLAG_DOTALL ? "[\\s\\S]" : "[^\\n]";
      case "IN": {
        let items = av, neg = false;
        if (items.length && items[0][0] === "NEGATE") {
          neg = true;
          items = items.slice(1);
        }
        return `[${neg ? "^" : ""}${this.classBody(items, flags)}]`;
      }
      case "AT":
        return this.at(av, flags);
      case "BRANCH":
        return `(?:${av[1].map((b) => this.seq(b, flags)).join("|")})`;
      case "SUBPATTERN": {
        const [group, add, del, p] = av;
        const f = (flags | add) & ~del;
        if (group === null) return `(?:${this.seq(p, f)})`;
        this.groupMap[group] = this.next++;
        return `(${this.seq(p, f)})`;
      }
      case "ATOMIC_GROUP": {
        const k = this.next++;
        return `(?=(${this.seq(av, flags)}))(?:\\${k})`;
      }
      case "MAX_REPEAT":
      case "MIN_REPEAT":
      case "POSSESSIVE_REPEAT": {
        const [min, max, item] = av;
        let q;
        if (min === 0 && max === 1) q = "?";
        else if (min === 0 && max === MAXREPEAT) q = "*";
        else if (min === 1 && max === MAXREPEAT) q = "+";
        else if (max === MAXREPEAT) q = `{${min},}`;
        else if (min === max) q = `{${min}}`;
        else q = `{${min},${max}}`;
        if (op === "MIN_REPEAT") q += "?";
        if (op === "POSSESSIVE_REPEAT") {
          const k = this.next++;
          return `(?=((?:${this.seq(item, flags)})${q}))(?:\\${k})`;
        }
        return `(?:${this.seq(item, flags)})${q}`;
      }
      case "GROUPREF":
        return `(?:\\${this.groupMap[av]})`;
      case "GROUPREF_EXISTS":
        throw reError("pyjs: conditional groups (?(group)yes|no) are not supported");
      case "ASSERT":
      case "ASSERT_NOT": {
        const [dir, p] = av;
        if (dir < 0) {
          const [lo, hi] = p.getwidth();
          if (lo !== hi) throw reError("look-behind requires fixed-width pattern");
        }
        const body = this.seq(p, flags);
        return `(?${dir < 0 ? "<" : ""}${op === "ASSERT" ? "=" : "!"}${body})`;
      }
    }
    throw new Error("re: unexpected node " + op);
  }
  at(kind, flags) {
    const ml = flags & SRE_FLAG_MULTILINE;
    switch (kind) {
      case "AT_BEGINNING_STRING":
        return "(?<![\\s\\S])";
      case "AT_END_STRING":
        return "(?![\\s\\S])";
      case "AT_BEGINNING":
        return ml ? "(?<![^\\n])" : "(?<![\\s\\S])";
      case "AT_END":
        return ml ? "(?![^\\n])" : "(?=\\n?(?![\\s\\S]))";
      case "AT_BOUNDARY": {
        const w = this.wordClass(flags);
        return `(?:(?<=${w})(?!${w})|(?<!${w})(?=${w}))`;
      }
      case "AT_NON_BOUNDARY": {
        const w = this.wordClass(flags);
        return `(?:(?<=${w})(?=${w})|(?<!${w})(?!${w})(?:(?<=[\\s\\S])|(?=[\\s\\S])))`;
      }
    }
    throw new Error("re: bad anchor " + kind);
  }
}

/**
 * Walk the parse tree: [mayRetry, usesScopedCaseChange]. `mayRetry` is false when a pattern
 * whose first match at a position is empty cannot match anything non-empty there (no lazy
 * repeat, no alternative that can match empty before another one), which spares the costly
 * "forced" search after each empty match.
 */
function analyze(p) {
  let alt = false, scopedI = false;
  const walk = (sp) => {
    for (const [op, av] of sp.data) {
      if (op === "BRANCH") {
        // After an empty match, only a lower-priority alternative could be non-empty.
        if (av[1].slice(0, -1).some((b) => b.getwidth()[0] === 0)) alt = true;
        av[1].forEach(walk);
      } else if (op === "SUBPATTERN") {
        if ((av[1] | av[2]) & (SRE_FLAG_IGNORECASE | SRE_FLAG_ASCII)) scopedI = true;
        walk(av[3]);
      } else if (op === "ATOMIC_GROUP") walk(av);
      else if (REPEATCODES.has(op)) {
        if (op === "MIN_REPEAT" && av[1] > av[0]) alt = true;
        walk(av[2]);
      } else if (op === "ASSERT" || op === "ASSERT_NOT") walk(av[1]);
      else if (op === "GROUPREF_EXISTS") {
        alt = true;
        walk(av[1]);
        if (av[2]) walk(av[2]);
      }
    }
  };
  walk(p);
  return [alt, scopedI];
}

/** The compiled form of a pattern: JS regexes for each way of matching, and the group map. */
class Program {
  constructor(pattern, flags) {
    const p = parse(pattern, flags);
    const state = p.state;
    this.flags = state.flags;
    this.groups = state.groups - 1;
    this.groupdict = state.groupdict;
    const [alt, scopedI] = analyze(p);
    this.mayRetry = alt;
    const gflags = this.flags;
    const useJsI = (gflags & SRE_FLAG_IGNORECASE) !== 0 && !(gflags & SRE_FLAG_ASCII) && !scopedI;
    const em = new Emitter(state, useJsI, 0);
    this.body = em.seq(p, gflags);
    this.groupMap = em.groupMap;
    this.jsFlags = "dv" + (useJsI ? "i" : "");
    // The group that closed last for each end position (for lastindex): its closing order.
    this.closeRank = new Array(state.groups).fill(0);
    state.closeOrder.forEach((g, i) => (this.closeRank[g] = i));
    this.p = p;
    this.useJsI = useJsI;
    this.rx = {};
    this.search(); // surface JS syntax errors at compile time
  }
  make(kind) {
    let src, fl;
    switch (kind) {
      case "search":
        src = this.body;
        fl = "g";
        break;
      case "match":
        src = this.body;
        fl = "y";
        break;
      case "full":
        src = `(?:${this.body})(?![\\s\\S])`;
        fl = "y";
        break;
      case "forced": {
        const em = new Emitter(this.p.state, this.useJsI, 1);
        src = `(?=([\\s\\S]*))(?:${em.seq(this.p, this.flags)})(?!\\1)`;
        fl = "y";
        break;
      }
    }
    try {
      return new RegExp(src, this.jsFlags + fl);
    } catch (e) {
      throw reError(`pyjs: cannot translate this pattern to a JavaScript regular expression (${e.message})`);
    }
  }
  search() {
    return (this.rx.search ??= this.make("search"));
  }
  get(kind) {
    return (this.rx[kind] ??= this.make(kind));
  }
}

// ---------------------------------------------------------------- strings and positions

/** A subject string with code point <-> code unit conversion (only needed with astral chars). */
class Subject {
  constructor(s) {
    this.s = s;
    this.astral = /[\uD800-\uDFFF]/.test(s);
    if (this.astral) {
      const cuOf = [];
      const cpOf = new Int32Array(s.length + 1);
      let k = 0;
      for (let i = 0; i < s.length; k++) {
        cuOf.push(i);
        cpOf[i] = k;
        const c = s.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
          const d = s.charCodeAt(i + 1);
          if (d >= 0xdc00 && d <= 0xdfff) {
            cpOf[i + 1] = k;
            i += 2;
            continue;
          }
        }
        i++;
      }
      cuOf.push(s.length);
      cpOf[s.length] = k;
      this.cuOf = cuOf;
      this.cpOf = cpOf;
      this.length = k;
    } else {
      this.length = s.length;
    }
  }
  cu(i) {
    return this.astral ? this.cuOf[i] : i;
  }
  cp(i) {
    return this.astral ? this.cpOf[i] : i;
  }
  /** The code unit index one code point after cu. */
  step(cu) {
    if (!this.astral) return cu + 1;
    return this.cuOf[this.cpOf[cu] + 1];
  }
}

/** The JS string of a str argument (a str subclass instance holds it in `$pv`). */
function checkString(s) {
  if (typeof s !== "string" && s !== null && typeof s === "object" && typeof s.$pv === "string") return s.$pv;
  if (typeof s !== "string") throw TypeError(`expected string or bytes-like object, got '${typename(s)}'`);
  return s;
}

function toIndex(x, dflt) {
  if (x === undefined || x === null) return dflt;
  if (typeof x === "number" && Number.isInteger(x)) return x;
  if (typeof x === "boolean") return +x;
  if (typeof x === "bigint") return x > 0n ? Infinity : -Infinity;
  if (x !== null && typeof x === "object" && typeof x.__index__ === "function") return toIndex(x.__index__(), dflt);
  throw TypeError(`'${typename(x)}' object cannot be interpreted as an integer`);
}

/** pos/endpos clamped to the string as _sre's state_init does: [pos, endpos] in code points. */
function bounds(subj, pos, endpos) {
  const n = subj.length;
  let a = toIndex(pos, 0), b = toIndex(endpos, n);
  if (a < 0) a = 0;
  else if (a > n) a = n;
  if (b < 0) b = 0;
  else if (b > n) b = n;
  return [a, b];
}

/** A matching session over one subject between pos and endpos (code units internally). */
class Scan {
  constructor(prog, subj, pos, endpos) {
    this.prog = prog;
    this.subj = subj;
    this.pos = pos;
    this.endpos = endpos;
    this.endCu = subj.cu(endpos);
    this.text = this.endCu === subj.s.length ? subj.s : subj.s.slice(0, this.endCu);
  }
  exec(kind, cu) {
    if (cu > this.endCu) return null;
    const rx = kind === "search" ? this.prog.search() : this.prog.get(kind);
    rx.lastIndex = cu;
    return rx.exec(this.text);
  }
  /** The next match for finditer/sub/split at `cu`, honouring must_advance. */
  next(cu, mustAdvance) {
    if (!mustAdvance) return [this.exec("search", cu), 0];
    let m = this.exec("match", cu);
    if (m !== null && m[0].length === 0) {
      m = this.prog.mayRetry ? this.exec("forced", cu) : null;
      if (m !== null) return [m, 1];
    }
    if (m !== null) return [m, 0];
    if (cu >= this.endCu) return [null, 0];
    return [this.exec("search", this.subj.step(cu)), 0];
  }
}

// ---------------------------------------------------------------- Match

function groupIndex(pat, g) {
  if (typeof g === "string") {
    const i = pat.$prog.groupdict.get(g);
    if (i !== undefined) return i;
    throw IndexError("no such group");
  }
  let i;
  try {
    i = typeof g === "number" && Number.isInteger(g) ? g : typeof g === "boolean" ? +g : (g !== null && typeof g === "object" && typeof g.__index__ === "function") ? toIndex(g) : NaN;
  } catch {
    i = NaN;
  }
  if (Number.isInteger(i) && i >= 0 && i <= pat.$prog.groups) return i;
  throw IndexError("no such group");
}

function makeMatch(pat, scan, m, shift) {
  const prog = pat.$prog;
  const subj = scan.subj;
  const n = prog.groups;
  const spans = new Array(2 * (n + 1)).fill(-1);
  const cus = new Array(2 * (n + 1)).fill(-1);
  const idx = m.indices;
  for (let g = 0; g <= n; g++) {
    const r = idx[g === 0 ? 0 : prog.groupMap[g] + shift];
    if (r !== undefined) {
      cus[2 * g] = r[0];
      cus[2 * g + 1] = r[1];
      spans[2 * g] = subj.cp(r[0]);
      spans[2 * g + 1] = subj.cp(r[1]);
    }
  }
  // lastindex: the group that closed last (latest end; among equal ends, the last to close).
  let last = null;
  for (let g = 1; g <= n; g++) {
    if (spans[2 * g] < 0) continue;
    if (last === null || spans[2 * g + 1] > spans[2 * last + 1] ||
      (spans[2 * g + 1] === spans[2 * last + 1] && prog.closeRank[g] > prog.closeRank[last])) last = g;
  }
  const mo = Object.create(Match);
  mo.$pat = pat;
  mo.$spans = spans;
  mo.$cus = cus;
  mo.$s = subj.s;
  mo.string = subj.s;
  mo.re = pat;
  mo.pos = scan.pos;
  mo.endpos = scan.endpos;
  mo.lastindex = last;
  let lastgroup = null;
  if (last !== null) for (const [name, gi] of prog.groupdict) if (gi === last) lastgroup = name;
  mo.lastgroup = lastgroup;
  return mo;
}

function groupStr(mo, g, dflt = null) {
  const a = mo.$cus[2 * g];
  if (a < 0) return dflt;
  return mo.$s.slice(a, mo.$cus[2 * g + 1]);
}

export const Match = mkclass("Match", [], (C) => {
  C.$tpname = "re.Match";
  C.__module__ = "re";
  C.__qualname__ = "Match";
  C.group = method("Match.group", [], function (...args) {
    if (args.length > 0 && args[args.length - 1] instanceof KwArgs) {
      throw TypeError("Match.group() takes no keyword arguments");
    }
    if (args.length === 0) return groupStr(this, 0);
    if (args.length === 1) return groupStr(this, groupIndex(this.$pat, args[0]));
    return tuple_of(args.map((a) => groupStr(this, groupIndex(this.$pat, a))));
  }, { varargs: true });
  C.__getitem__ = method("Match.__getitem__", ["g"], function (g) {
    return groupStr(this, groupIndex(this.$pat, g));
  });
  C.groups = method("Match.groups", ["default"], function (dflt) {
    if (dflt === undefined) dflt = null;
    const out = [];
    for (let g = 1; g <= this.$pat.$prog.groups; g++) out.push(groupStr(this, g, dflt));
    return tuple_of(out);
  }, { defaults: 1 });
  C.groupdict = method("Match.groupdict", ["default"], function (dflt) {
    if (dflt === undefined) dflt = null;
    const d = new Dict();
    for (const [name, g] of this.$pat.$prog.groupdict) d.set(name, groupStr(this, g, dflt));
    return d;
  }, { defaults: 1 });
  C.start = method("Match.start", ["group"], function (g) {
    return this.$spans[2 * groupIndex(this.$pat, g === undefined ? 0 : g)];
  }, { defaults: 1 });
  C.end = method("Match.end", ["group"], function (g) {
    return this.$spans[2 * groupIndex(this.$pat, g === undefined ? 0 : g) + 1];
  }, { defaults: 1 });
  C.span = method("Match.span", ["group"], function (g) {
    const i = groupIndex(this.$pat, g === undefined ? 0 : g);
    return mktuple(this.$spans[2 * i], this.$spans[2 * i + 1]);
  }, { defaults: 1 });
  C.expand = method("Match.expand", ["template"], function (template) {
    return expandTemplate(compileTemplate(this.$pat, template), this);
  });
  C.__repr__ = method("Match.__repr__", [], function () {
    let r = repr(groupStr(this, 0));
    const cps = Array.from(r);
    if (cps.length > 50) r = cps.slice(0, 50).join("");
    return `<re.Match object; span=(${this.$spans[0]}, ${this.$spans[1]}), match=${r}>`;
  });
  C.__copy__ = method("Match.__copy__", [], function () {
    return this;
  });
  C.__deepcopy__ = method("Match.__deepcopy__", ["memo"], function () {
    return this;
  });
});
Object.defineProperty(Match, "regs", {
  get() {
    if (this === Match) return undefined;
    const out = [];
    for (let g = 0; g <= this.$pat.$prog.groups; g++) out.push(mktuple(this.$spans[2 * g], this.$spans[2 * g + 1]));
    return tuple_of(out);
  },
  configurable: true,
});

// ---------------------------------------------------------------- replacement templates

function compileTemplate(pat, template) {
  template = checkString(template);
  const s = new Tokenizer(template);
  const groups = [];
  const literals = [];
  let literal = [];
  const prog = pat.$prog;
  const addgroup = (index, pos) => {
    if (index > prog.groups) throw s.error(`invalid group reference ${index}`, pos);
    if (literal.length) {
      literals.push(literal.join(""));
      literal = [];
    }
    groups.push([literals.length, index]);
    literals.push(null);
  };
  for (;;) {
    let t = s.get();
    if (t === null) break;
    if (t[0] === "\\") {
      const c = t.slice(1);
      if (c === "g") {
        if (!s.match("<")) throw s.error("missing <");
        const name = s.getuntil(">", "group name");
        let index;
        if (isIdentifier(name)) {
          index = prog.groupdict.get(name);
          if (index === undefined) throw IndexError(`unknown group name ${repr(name)}`);
        } else {
          if (!/^[0-9]+$/.test(name)) throw s.error(`bad character in group name ${repr(name)}`, cplen(name) + 1);
          index = Number(name);
          if (index >= MAXGROUPS) throw s.error(`invalid group reference ${index}`, cplen(name) + 1);
        }
        addgroup(index, cplen(name) + 1);
      } else if (c === "0") {
        if (inSet(s.next, OCTDIGITS)) {
          t += s.get();
          if (inSet(s.next, OCTDIGITS)) t += s.get();
        }
        literal.push(String.fromCharCode(parseInt(t.slice(1), 8) & 0xff));
      } else if (inSet(c, DIGITS)) {
        let isoctal = false;
        if (inSet(s.next, DIGITS)) {
          t += s.get();
          if (inSet(c, OCTDIGITS) && inSet(t[2], OCTDIGITS) && inSet(s.next, OCTDIGITS)) {
            t += s.get();
            isoctal = true;
            const v = parseInt(t.slice(1), 8);
            if (v > 0o377) throw s.error(`octal escape value ${t} outside of range 0-0o377`, t.length);
            literal.push(String.fromCodePoint(v));
          }
        }
        if (!isoctal) addgroup(Number(t.slice(1)), t.length - 1);
      } else {
        const e = ESCAPES[t];
        if (e !== undefined) literal.push(String.fromCharCode(e));
        else {
          if (inSet(c, ASCIILETTERS)) throw s.error(`bad escape ${t}`, cplen(t));
          literal.push(t);
        }
      }
    } else {
      literal.push(t);
    }
  }
  if (literal.length) literals.push(literal.join(""));
  return [groups, literals];
}

function expandTemplate([groups, literals], mo) {
  const out = literals.slice();
  for (const [index, group] of groups) out[index] = groupStr(mo, group) ?? "";
  return out.join("");
}

// ---------------------------------------------------------------- Pattern

function pycall(f, ...args) {
  return callkw(f, args, new Map());
}

function isCallable(x) {
  return typeof x === "function" || (x !== null && typeof x === "object" && typeof x.__call__ === "function");
}

function subx(pat, repl, string, count, wantCount) {
  string = checkString(string);
  count = toIndex(count, 0);
  let filter, callable = false, literal = null;
  if (isCallable(repl)) {
    filter = repl;
    callable = true;
  } else if (typeof repl === "string") {
    if (!repl.includes("\\")) literal = repl;
    else {
      const tpl = compileTemplate(pat, repl);
      if (tpl[0].length === 0 && tpl[1].length <= 1) literal = tpl[1][0] ?? "";
      else filter = tpl;
    }
  } else {
    throw TypeError(`decoding to str: need a bytes-like object, ${typename(repl)} found`);
  }
  const subj = new Subject(string);
  const scan = new Scan(pat.$prog, subj, 0, subj.length);
  const pieces = [];
  let n = 0, i = 0, cu = 0, must = false;
  while (count === 0 || n < count) {
    const [m, shift] = scan.next(cu, must);
    if (m === null) break;
    const b = m.index, e = b + m[0].length;
    if (i < b) pieces.push(string.slice(i, b));
    if (callable) {
      const item = pycall(filter, makeMatch(pat, scan, m, shift));
      if (item !== null && item !== undefined) {
        if (typeof item !== "string") throw TypeError(`sequence item ${pieces.length}: expected str instance, ${typename(item)} found`);
        pieces.push(item);
      }
    } else if (literal !== null) {
      pieces.push(literal);
    } else {
      pieces.push(expandTemplate(filter, makeMatch(pat, scan, m, shift)));
    }
    i = e;
    n++;
    must = e === b;
    cu = e;
  }
  if (i < string.length) pieces.push(string.slice(i));
  const r = pieces.join("");
  return wantCount ? mktuple(r, n) : r;
}

function* iterMatches(pat, string, pos, endpos) {
  string = checkString(string);
  const subj = new Subject(string);
  const [a, b] = bounds(subj, pos, endpos);
  if (a > b) return;
  const scan = new Scan(pat.$prog, subj, a, b);
  let cu = subj.cu(a), must = false;
  for (;;) {
    const [m, shift] = scan.next(cu, must);
    if (m === null) return;
    const e = m.index + m[0].length;
    yield [m, shift, scan];
    must = e === m.index;
    cu = e;
  }
}

function matchKind(pat, kind, string, pos, endpos) {
  string = checkString(string);
  const subj = new Subject(string);
  const [a, b] = bounds(subj, pos, endpos);
  if (a > b) return null;
  const scan = new Scan(pat.$prog, subj, a, b);
  const m = scan.exec(kind, subj.cu(a));
  return m === null ? null : makeMatch(pat, scan, m, 0);
}

const MAXSIZE = 9223372036854775807n;

export const Pattern = mkclass("Pattern", [], (C) => {
  C.$tpname = "re.Pattern";
  C.__module__ = "re";
  C.__qualname__ = "Pattern";
  const pm = (name, params, f, opts) => {
    C[name] = method(`Pattern.${name}`, params, f, opts);
  };
  pm("match", ["string", "pos", "endpos"], function (string, pos, endpos) {
    return matchKind(this, "match", string, pos, endpos);
  }, { defaults: 2 });
  pm("fullmatch", ["string", "pos", "endpos"], function (string, pos, endpos) {
    return matchKind(this, "full", string, pos, endpos);
  }, { defaults: 2 });
  pm("search", ["string", "pos", "endpos"], function (string, pos, endpos) {
    return matchKind(this, "search", string, pos, endpos);
  }, { defaults: 2 });
  pm("findall", ["string", "pos", "endpos"], function (string, pos, endpos) {
    const out = [];
    const n = this.$prog.groups;
    for (const [m, shift, scan] of iterMatches(this, string, pos, endpos)) {
      if (n === 0) out.push(m[0]);
      else {
        const mo = makeMatch(this, scan, m, shift);
        if (n === 1) out.push(groupStr(mo, 1, ""));
        else {
          const t = [];
          for (let g = 1; g <= n; g++) t.push(groupStr(mo, g, ""));
          out.push(tuple_of(t));
        }
      }
    }
    return out;
  }, { defaults: 2 });
  pm("finditer", ["string", "pos", "endpos"], function (string, pos, endpos) {
    const self = this;
    string = checkString(string);
    const it = iterMatches(self, string, pos, endpos);
    return (function* () {
      for (const [m, shift, scan] of it) yield makeMatch(self, scan, m, shift);
    })();
  }, { defaults: 2 });
  pm("split", ["string", "maxsplit"], function (string, maxsplit) {
    maxsplit = toIndex(maxsplit, 0);
    string = checkString(string);
    const out = [];
    const n = this.$prog.groups;
    let last = 0, count = 0;
    if (maxsplit >= 0) {
      for (const [m, shift, scan] of iterMatches(this, string)) {
        if (maxsplit && count >= maxsplit) break;
        out.push(string.slice(last, m.index));
        if (n > 0) {
          const mo = makeMatch(this, scan, m, shift);
          for (let g = 1; g <= n; g++) out.push(groupStr(mo, g));
        }
        count++;
        last = m.index + m[0].length;
      }
    }
    out.push(string.slice(last));
    return out;
  }, { defaults: 1 });
  pm("sub", ["repl", "string", "count"], function (repl, string, count) {
    return subx(this, repl, string, count, false);
  }, { defaults: 1 });
  pm("subn", ["repl", "string", "count"], function (repl, string, count) {
    return subx(this, repl, string, count, true);
  }, { defaults: 1 });
  pm("__repr__", [], function () {
    let r = repr(this.pattern);
    const cps = Array.from(r);
    if (cps.length > 200) r = cps.slice(0, 200).join("");
    let flags = this.$prog.flags;
    if ((flags & (SRE_FLAG_LOCALE | SRE_FLAG_UNICODE | SRE_FLAG_ASCII)) === SRE_FLAG_UNICODE) flags &= ~SRE_FLAG_UNICODE;
    return flags ? `re.compile(${r}, ${flagsRepr(flags)})` : `re.compile(${r})`;
  });
  pm("__eq__", ["other"], function (o) {
    if (o === null || typeof o !== "object" || Object.getPrototypeOf(o) !== Pattern) return NotImplemented;
    return o === this || (o.pattern === this.pattern && o.flags === this.flags);
  });
  pm("__ne__", ["other"], function (o) {
    if (o === null || typeof o !== "object" || Object.getPrototypeOf(o) !== Pattern) return NotImplemented;
    return !(o === this || (o.pattern === this.pattern && o.flags === this.flags));
  });
  pm("__hash__", [], function () {
    return pyhash(mktuple(this.pattern, this.flags));
  });
  pm("__copy__", [], function () {
    return this;
  });
  pm("__deepcopy__", ["memo"], function () {
    return this;
  });
});

const MappingProxy = mkclass("mappingproxy", [], (C) => {
  C.__module__ = "builtins";
  const pm = (name, params, f, opts) => {
    C[name] = method(`mappingproxy.${name}`, params, f, opts);
  };
  pm("__getitem__", ["key"], function (k) {
    return getitem(this.$d, k);
  });
  pm("__len__", [], function () {
    return this.$d.size;
  });
  pm("__iter__", [], function () {
    return iter(this.$d);
  });
  pm("__contains__", ["key"], function (k) {
    return contains(this.$d, k);
  });
  pm("keys", [], function () {
    return this.$d.keys === Dict.prototype.keys ? iter(this.$d) : this.$d.keys();
  });
  pm("get", ["key", "default"], function (k, d) {
    return this.$d.has(k) ? this.$d.get(k) : d === undefined ? null : d;
  }, { defaults: 1 });
  pm("items", [], function () {
    return tuple_of([...this.$d.entries()].map(([k, v]) => mktuple(k, v)));
  });
  pm("values", [], function () {
    return tuple_of([...this.$d.values()]);
  });
  pm("copy", [], function () {
    const d = new Dict();
    for (const [k, v] of this.$d.entries()) d.set(k, v);
    return d;
  });
  pm("__eq__", ["other"], function (o) {
    return eq(this.$d, o !== null && typeof o === "object" && Object.getPrototypeOf(o) === MappingProxy ? o.$d : o);
  });
  pm("__repr__", [], function () {
    return `mappingproxy(${repr(this.$d)})`;
  });
  pm("__str__", [], function () {
    return repr(this.$d);
  });
});

// ---------------------------------------------------------------- compile and the cache

const cache = new Map();
const MAXCACHE = 512;

function compilePattern(pattern, flags) {
  if (pattern !== null && typeof pattern === "object" && Object.getPrototypeOf(pattern) === Pattern) {
    if (flagValue(flags)) throw ValueError("cannot process flags argument with a compiled pattern");
    return pattern;
  }
  if (typeof pattern !== "string") {
    if (pattern !== null && typeof pattern === "object" && (isinstance(pattern, bytes) || isinstance(pattern, bytearray))) {
      throw NotImplementedError("re: bytes patterns are not supported by pyjs (decode the data and use a str pattern)");
    }
    throw TypeError("first argument must be string or compiled pattern");
  }
  const fv = flagValue(flags);
  const key = fv + "\0" + pattern;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const prog = new Program(pattern, fv);
  const pat = Object.create(Pattern);
  pat.$prog = prog;
  pat.pattern = pattern;
  pat.flags = prog.flags;
  pat.groups = prog.groups;
  const gi = new Dict();
  for (const [k, v] of prog.groupdict) gi.set(k, v);
  const mp = Object.create(MappingProxy);
  mp.$d = gi;
  pat.groupindex = mp;
  if (cache.size >= MAXCACHE) cache.delete(cache.keys().next().value);
  cache.set(key, pat);
  return pat;
}

// ---------------------------------------------------------------- module functions

function fnSig(f, name, params, defaults) {
  return withSig(f, name, params, { defaults });
}

export const compile = fnSig(function compile(pattern, flags) {
  return compilePattern(pattern, flags);
}, "compile", ["pattern", "flags"], 1);

export const match = fnSig(function match(pattern, string, flags) {
  return compilePattern(pattern, flags).match(string);
}, "match", ["pattern", "string", "flags"], 1);

export const fullmatch = fnSig(function fullmatch(pattern, string, flags) {
  return compilePattern(pattern, flags).fullmatch(string);
}, "fullmatch", ["pattern", "string", "flags"], 1);

export const search = fnSig(function search(pattern, string, flags) {
  return compilePattern(pattern, flags).search(string);
}, "search", ["pattern", "string", "flags"], 1);

export const sub = fnSig(function sub(pattern, repl, string, count, flags) {
  return subx(compilePattern(pattern, flags), repl, string, count, false);
}, "sub", ["pattern", "repl", "string", "count", "flags"], 2);

export const subn = fnSig(function subn(pattern, repl, string, count, flags) {
  return subx(compilePattern(pattern, flags), repl, string, count, true);
}, "subn", ["pattern", "repl", "string", "count", "flags"], 2);

export const split = fnSig(function split(pattern, string, maxsplit, flags) {
  return compilePattern(pattern, flags).split(string, maxsplit === undefined ? 0 : maxsplit);
}, "split", ["pattern", "string", "maxsplit", "flags"], 2);

export const findall = fnSig(function findall(pattern, string, flags) {
  return compilePattern(pattern, flags).findall(string);
}, "findall", ["pattern", "string", "flags"], 1);

export const finditer = fnSig(function finditer(pattern, string, flags) {
  return compilePattern(pattern, flags).finditer(string);
}, "finditer", ["pattern", "string", "flags"], 1);

export function purge() {
  cache.clear();
  return null;
}

export function template(pattern, flags) {
  return compilePattern(pattern, flagValue(flags) | SRE_FLAG_TEMPLATE);
}

const SPECIAL = new Set("()[]{}?*+-|^$\\.&~# \t\n\r\v\f");
export function escape(pattern) {
  if (typeof pattern !== "string") throw TypeError(`expected string or bytes-like object, got '${typename(pattern)}'`);
  let out = "";
  for (const ch of pattern) out += SPECIAL.has(ch) ? "\\" + ch : ch;
  return out;
}

/**
 * re.Scanner (undocumented, used by tokenizers): CPython joins the phrases into one
 * alternation of groups; trying each phrase in order at the current position is the same
 * (an alternation takes its first branch that matches there). `self.match` is the phrase's match.
 */
export const Scanner = mkclass("Scanner", [], (C) => {
  C.__module__ = "re";
  C.__init__ = method("Scanner.__init__", ["lexicon", "flags"], function (lexicon, flags) {
    this.lexicon = lexicon;
    this.$phrases = [];
    for (const entry of iter(lexicon)) {
      const [phrase, action] = Array.from(iter(entry));
      this.$phrases.push([compilePattern(phrase, flags === undefined ? 0 : flags), action]);
    }
    return null;
  }, { defaults: 1 });
  C.scan = method("Scanner.scan", ["string"], function (string) {
    string = checkString(string);
    const result = [];
    let i = 0, cu = 0;
    for (;;) {
      let m = null, action = null;
      for (const [pat, act] of this.$phrases) {
        m = matchKind(pat, "match", string, i, undefined);
        if (m !== null) {
          action = act;
          break;
        }
      }
      if (m === null) break;
      const j = m.$spans[1];
      if (i === j) break;
      if (isCallable(action)) {
        this.match = m;
        action = pycall(action, this, groupStr(m, 0));
      }
      if (action !== null) result.push(action);
      i = j;
      cu = m.$cus[1];
    }
    return mktuple(result, string.slice(cu));
  });
});

export const __all__ = [
  "match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer", "compile", "purge",
  "template", "escape", "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U", "ASCII",
  "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE", "UNICODE", "NOFLAG", "RegexFlag",
];
