// Python's `string` module (CPython 3.11): the constants, capwords() and Template.
//
// Keyword arguments: capwords(s, sep=None) carries a `$sig`; Template.substitute and
// safe_substitute take `**kws` (a trailing `KwArgs`), like CPython's `(mapping, /, **kws)`.
//
// Template builds its regular expression from the class attributes `delimiter`, `idpattern`,
// `braceidpattern` and `flags`, so subclasses may change them as in CPython. The patterns
// are JS regular expressions; CPython's default idpattern `(?a:[_a-z][_a-z0-9]*)` is ASCII,
// as JS's case-insensitive matching is without the `u` flag. A subclass may set `pattern`
// itself (a string, compiled with re.VERBOSE as CPython's __init_subclass__ does, or a compiled
// pattern), with the groups `escaped`, `named`, `braced` and `invalid`.

import {
  cm, getitem, contains, kwrest, splitkw, str, mkclass, exc, matches, ValueError, KeyError, IndexError, format,
  repr, ascii, ga, mktuple, iter, len, set,
} from "./builtins.mjs";
import { withSig, method } from "./_shim.mjs";

export const __name__ = "string";

export const whitespace = " \t\n\r\x0b\x0c";
export const ascii_lowercase = "abcdefghijklmnopqrstuvwxyz";
export const ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const ascii_letters = ascii_lowercase + ascii_uppercase;
export const digits = "0123456789";
export const hexdigits = digits + "abcdef" + "ABCDEF";
export const octdigits = "01234567";
export const punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
export const printable = digits + ascii_letters + punctuation + whitespace;

/** capwords(s, sep=None): split, capitalize each word, join with sep (or a space). */
export const capwords = withSig(function capwords(s, sep) {
  const words = sep === undefined || sep === null ? cm(s, "split") : cm(s, "split", sep);
  return cm(sep === undefined || sep === null || sep === "" ? " " : sep, "join", words.map((w) => cm(w, "capitalize")));
}, "capwords", ["s", "sep"], { defaults: 1 });

const RE_IGNORECASE = 2;
const patterns = new Map();

/** The JS source of a Python regular expression as Template uses them. */
function jsRegex(src) {
  return src.replace(/\(\?a:/g, "(?:").replace(/\(\?P</g, "(?<");
}

/** The compiled placeholder pattern for a template's (class) attributes, cached. */
function patternOf(t) {
  const own = t.pattern;
  if (own !== undefined && own !== null) return ownPattern(t, own);
  const delim = t.delimiter, id = t.idpattern, bid = t.braceidpattern ?? t.idpattern;
  const flags = t.flags & RE_IGNORECASE ? "gi" : "g";
  const cacheKey = JSON.stringify([delim, id, bid, flags]);
  let re = patterns.get(cacheKey);
  if (re === undefined) {
    const d = delim.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
    re = new RegExp(
      `${d}(?:(?<escaped>${d})|(?<named>${jsRegex(id)})|\\{(?<braced>${jsRegex(bid)})\\}|(?<invalid>))`,
      flags,
    );
    patterns.set(cacheKey, re);
  }
  re.lastIndex = 0;
  return re;
}

/** A verbose-mode pattern without its whitespace and comments (outside character classes). */
function stripVerbose(src) {
  let out = "";
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === "\\") {
      out += c + (src[i + 1] ?? "");
      i++;
    } else if (inClass) {
      if (c === "]") inClass = false;
      out += c;
    } else if (c === "[") {
      inClass = true;
      out += c;
    } else if (c === "#") {
      while (i < src.length && src[i] !== "\n") i++;
    } else if (!/\s/.test(c)) {
      out += c;
    }
  }
  return out;
}

/** A subclass's own `pattern` (a string, or a compiled re pattern) as a JS regex. */
function ownPattern(t, p) {
  let src, verbose, icase;
  if (typeof p === "string") {
    src = p;
    verbose = true;
    icase = (t.flags & RE_IGNORECASE) !== 0;
  } else {
    src = ga(p, "pattern");
    const f = ga(p, "flags");
    verbose = (f & 64) !== 0;
    icase = (f & RE_IGNORECASE) !== 0;
  }
  const cacheKey = JSON.stringify(["own", src, verbose, icase]);
  let re = patterns.get(cacheKey);
  if (re === undefined) {
    re = new RegExp(jsRegex(verbose ? stripVerbose(src) : src), icase ? "gi" : "g");
    patterns.set(cacheKey, re);
  }
  re.lastIndex = 0;
  return re;
}

/** CPython's "Invalid placeholder" error for a match at UTF-16 index i of the template. */
function invalid(template, i) {
  const lines = cm([...template.slice(0, i)].join(""), "splitlines", true);
  let lineno = 1, colno = 1;
  if (lines.length) {
    lineno = lines.length;
    colno = [...template.slice(0, i)].length - [...lines.slice(0, -1).join("")].length;
  }
  return ValueError(`Invalid placeholder in string: line ${lineno}, col ${colno}`);
}

/** Look `name` up in **kws first, then in the mapping (CPython's ChainMap(kws, mapping)). */
function lookup(mapping, kws, name) {
  if (kws !== null && contains(kws, name)) return getitem(kws, name);
  return getitem(mapping, name);
}

/** The mapping and keywords of substitute(mapping={}, /, **kws). */
function mappingArgs(args) {
  const k = splitkw(args);
  const kws = k === null ? null : kwrest(k);
  if (args.length === 0) return [kws ?? kwrest(null), null];
  return [args[0], kws];
}

export const Template = mkclass("Template", [], (C) => {
  C.__module__ = "string";
  C.delimiter = "$";
  C.idpattern = "(?a:[_a-z][_a-z0-9]*)";
  C.braceidpattern = null;
  C.flags = RE_IGNORECASE;

  C.__init__ = method("Template.__init__", ["template"], function (template) {
    this.template = template;
    return null;
  });

  C.substitute = method("Template.substitute", [], function (...args) {
    const [mapping, kws] = mappingArgs(args);
    const template = this.template;
    return template.replace(patternOf(this), (...m) => {
      const groups = m[m.length - 1];
      const named = groups.named ?? groups.braced;
      if (named !== undefined) return str(lookup(mapping, kws, named));
      if (groups.escaped !== undefined) return this.delimiter;
      throw invalid(template, m[m.length - 3] + m[0].length); // where the empty `invalid` group is
    });
  }, { varargs: true, varkw: true });

  C.safe_substitute = method("Template.safe_substitute", [], function (...args) {
    const [mapping, kws] = mappingArgs(args);
    return this.template.replace(patternOf(this), (...m) => {
      const groups = m[m.length - 1];
      const named = groups.named ?? groups.braced;
      if (named !== undefined) {
        try {
          return str(lookup(mapping, kws, named));
        } catch (e) {
          if (matches(exc(e), KeyError)) return m[0];
          throw e;
        }
      }
      if (groups.escaped !== undefined) return this.delimiter;
      return m[0];
    });
  }, { varargs: true, varkw: true });

  C.get_identifiers = method("Template.get_identifiers", [], function () {
    const ids = [];
    for (const mo of this.template.matchAll(patternOf(this))) {
      const named = mo.groups.named ?? mo.groups.braced;
      if (named !== undefined && !ids.includes(named)) ids.push(named);
    }
    return ids;
  });

  C.is_valid = method("Template.is_valid", [], function () {
    for (const mo of this.template.matchAll(patternOf(this))) {
      if (mo.groups.invalid !== undefined) return false;
    }
    return true;
  });
});

// ================================================================== Formatter

/** `Formatter.parse`: (literal_text, field_name, format_spec, conversion) tuples, CPython's MarkupIterator. */
function parseFormat(fs) {
  const out = [];
  let i = 0;
  const n = fs.length;
  while (i < n) {
    let lit = "";
    let field = null;
    while (i < n) {
      const c = fs[i];
      if (c === "{") {
        if (fs[i + 1] === "{") {
          lit += "{";
          i += 2;
          out.push(mktuple(lit, null, null, null));
          lit = "";
          continue;
        }
        if (i + 1 >= n) throw ValueError("Single '{' encountered in format string");
        field = true;
        i++;
        break;
      }
      if (c === "}") {
        if (fs[i + 1] === "}") {
          lit += "}";
          i += 2;
          out.push(mktuple(lit, null, null, null));
          lit = "";
          continue;
        }
        throw ValueError("Single '}' encountered in format string");
      }
      lit += c;
      i++;
    }
    if (field === null) {
      if (lit !== "") out.push(mktuple(lit, null, null, null));
      break;
    }
    // The field up to its matching '}'.
    let depth = 1;
    let j = i;
    while (j < n && depth > 0) {
      if (fs[j] === "{") depth++;
      else if (fs[j] === "}") depth--;
      if (depth > 0) j++;
    }
    if (depth > 0) throw ValueError("expected '}' before end of string");
    const body = fs.slice(i, j);
    i = j + 1;
    let name = body, conv = null, spec = "";
    // The field name ends at the first '!' or ':' outside brackets.
    let k = 0, inBracket = false;
    for (; k < body.length; k++) {
      const ch = body[k];
      if (ch === "[") inBracket = true;
      else if (ch === "]") inBracket = false;
      else if (!inBracket && (ch === "!" || ch === ":")) break;
    }
    name = body.slice(0, k);
    let rest = body.slice(k);
    if (rest.startsWith("!")) {
      // CPython's MarkupIterator takes the closing brace as the conversion here.
      if (rest.length < 2) throw ValueError("unmatched '{' in format spec");
      conv = rest[1];
      rest = rest.slice(2);
      if (rest !== "" && !rest.startsWith(":")) throw ValueError("expected ':' after conversion specifier");
    }
    if (rest.startsWith(":")) spec = rest.slice(1);
    out.push(mktuple(lit, name, spec, conv));
  }
  return out;
}

export const Formatter = mkclass("Formatter", [], (C) => {
  C.__module__ = "string";

  C.format = method("Formatter.format", ["format_string"], function (fs, ...args) {
    const k = splitkw(args);
    return cm(this, "vformat", fs, mktuple(...args), kwrest(k));
  }, { varargs: true, varkw: true });

  C.vformat = method("Formatter.vformat", ["format_string", "args", "kwargs"], function (fs, args, kwargs) {
    const used = new Set();
    const auto = { n: 0, manual: false, auto: false };
    const result = vformatImpl(this, fs, args, kwargs, used, 2, auto);
    cm(this, "check_unused_args", set([...used]), args, kwargs);
    return result;
  });

  C.parse = method("Formatter.parse", ["format_string"], function (fs) {
    return parseFormat(fs);
  });

  C.get_field = method("Formatter.get_field", ["field_name", "args", "kwargs"], function (name, args, kwargs) {
    const m = /^([^.[]*)(.*)$/s.exec(name);
    const first = /^\d+$/.test(m[1]) ? Number(m[1]) : m[1];
    let obj = cm(this, "get_value", first, args, kwargs);
    let rest = m[2];
    while (rest !== "") {
      let mm;
      if ((mm = /^\.([^.[]*)/.exec(rest))) {
        if (mm[1] === "") throw ValueError("Empty attribute in format string");
        obj = ga(obj, mm[1]);
      } else if ((mm = /^\[([^\]]+)\]/.exec(rest))) {
        obj = getitem(obj, /^\d+$/.test(mm[1]) ? Number(mm[1]) : mm[1]);
      } else {
        throw ValueError("Only '.' or '[' may follow ']' in format field specifier");
      }
      rest = rest.slice(mm[0].length);
    }
    return mktuple(obj, first);
  });

  C.get_value = method("Formatter.get_value", ["key", "args", "kwargs"], function (key, args, kwargs) {
    // CPython's string.Formatter: `args[key]` (so "tuple index out of range").
    if (typeof key === "number") return getitem(args, key);
    return getitem(kwargs, key);
  });

  C.check_unused_args = method("Formatter.check_unused_args", ["used_args", "args", "kwargs"], function () {
    return null;
  });

  C.format_field = method("Formatter.format_field", ["value", "format_spec"], function (value, spec) {
    return format(value, spec);
  });

  C.convert_field = method("Formatter.convert_field", ["value", "conversion"], function (value, conv) {
    if (conv === null || conv === undefined) return value;
    if (conv === "s") return str(value);
    if (conv === "r") return repr(value);
    if (conv === "a") return ascii(value);
    throw ValueError(`Unknown conversion specifier ${conv}`);
  });
});

function vformatImpl(self, fs, args, kwargs, used, depth, auto) {
  if (depth < 0) throw ValueError("Max string recursion exceeded");
  let out = "";
  for (const t of iter(cm(self, "parse", fs))) {
    const [lit, name0, spec0, conv] = t;
    out += lit;
    if (name0 === null) continue;
    let name = name0;
    // string.Formatter._vformat's bookkeeping (auto.n is false once a manual index is seen).
    if (name === "") {
      if (auto.n === false) throw ValueError("cannot switch from manual field specification to automatic field numbering");
      name = String(auto.n++);
    } else if (/^\d+$/.test(name)) {
      if (auto.n) throw ValueError("cannot switch from manual field specification to automatic field numbering");
      auto.n = false;
    }
    const [obj0, argUsed] = cm(self, "get_field", name, args, kwargs);
    used.add(argUsed);
    const obj = cm(self, "convert_field", obj0, conv);
    const spec = vformatImpl(self, spec0, args, kwargs, used, depth - 1, auto);
    out += cm(self, "format_field", obj, spec);
  }
  return out;
}
