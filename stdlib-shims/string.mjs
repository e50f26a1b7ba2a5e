// Python's `string` module (CPython 3.11): the constants, capwords() and Template.
//
// Keyword arguments: capwords(s, sep=None) carries a `$sig`; Template.substitute and
// safe_substitute take `**kws` (a trailing `KwArgs`), like CPython's `(mapping, /, **kws)`.
//
// Template builds its regular expression from the class attributes `delimiter`, `idpattern`,
// `braceidpattern` and `flags`, so subclasses may change them as in CPython. The patterns
// are JS regular expressions; CPython's default idpattern `(?a:[_a-z][_a-z0-9]*)` is ASCII,
// as JS's case-insensitive matching is without the `u` flag. Overriding `pattern` itself
// is not supported.

import {
  cm, getitem, contains, kwrest, splitkw, str, mkclass, exc, matches, ValueError, KeyError,
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
