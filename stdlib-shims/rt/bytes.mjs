// bytes and bytearray, and the codecs str.encode / bytes.decode use (utf-8, ascii, latin-1).
//
// A bytes object is an instance of the builtin class `bytes` (`Object.create(bytes)`, like
// range) holding its content as a latin-1 JS string in `$s` (one char per byte, 0..255): JS
// string operations are then exact byte operations, and the string is the hash/equality key.
// A bytearray holds a JS array of byte values in `$a`. Both speak the generic dunder protocol
// (`__getitem__`, `__len__`, `__eq__`, ...), so the hot paths of the runtime never test for them.

import {
  builtinClass, rm, object, NotImplemented, params, typename, isinstance, cm, KwArgs, sliceIndices, rangeArg as indexArg, str, int,
  TypeError, ValueError, IndexError, LookupError, UnicodeDecodeError, UnicodeEncodeError, OverflowError,
  NotImplementedError, addr, mkclass,
} from "./object.mjs";
import * as ctr from "./containers.mjs";
import { iter, binary_io } from "./core.mjs";
import { percent_format, str_methods } from "./str.mjs";
import { int_methods } from "./num.mjs";

// ---------------------------------------------------------------------------------------------
// Construction and access

export function mkbytes(s) {
  const b = Object.create(bytes);
  b.$s = s;
  return b;
}

function mkbytearray(a) {
  const b = Object.create(bytearray);
  b.$a = a;
  return b;
}

/** A bytes literal: its bytes as a latin-1 string. */
export function bytes_lit(s) {
  return mkbytes(s);
}

export function isBytes(x) {
  return x !== null && typeof x === "object" && typeof x.$s === "string" && x.$isclass === true;
}

function isByteArray(x) {
  return x !== null && typeof x === "object" && Array.isArray(x.$a) && x.$isclass === true;
}

function fromCodes(a) {
  let s = "";
  for (let i = 0; i < a.length; i += 8192) s += String.fromCharCode.apply(null, a.slice(i, i + 8192));
  return s;
}

function toCodes(s) {
  const a = new Array(s.length);
  for (let i = 0; i < s.length; i++) a[i] = s.charCodeAt(i);
  return a;
}

/** The content of a bytes-like object as a latin-1 string, or null. */
function content(x) {
  if (isBytes(x)) return x.$s;
  if (isByteArray(x)) return fromCodes(x.$a);
  if (isMemoryview(x)) return mvContent(x);
  return null;
}

/** Content of a bytes-like argument, else CPython's TypeError. */
function need(x) {
  const s = content(x);
  if (s === null) throw TypeError(`a bytes-like object is required, not '${typename(x)}'`);
  return s;
}

/** A result of the same kind as `self` (bytes methods of a bytearray give bytearrays). */
function like(self, s) {
  return isByteArray(self) ? mkbytearray(toCodes(s)) : mkbytes(s);
}

function byteValue(v) {
  if (typeof v === "boolean") v = +v;
  if (typeof v !== "number" || !Number.isInteger(v)) {
    if (typeof v === "bigint") throw ValueError("byte must be in range(0, 256)");
    v = indexArg(v);
  }
  if (v < 0 || v > 255) throw ValueError("byte must be in range(0, 256)");
  return v;
}

/** The bytes of `src` as a latin-1 string, for bytes(src) / bytearray(src). */
function fromSource(name, src, encoding, errors) {
  if (src === undefined) {
    if (encoding !== undefined || errors !== undefined) throw TypeError("encoding or errors without sequence argument");
    return "";
  }
  if (typeof src === "string") {
    if (encoding === undefined) throw TypeError("string argument without an encoding");
    return encode(src, encoding, errors);
  }
  if (encoding !== undefined) throw TypeError("encoding without a string argument");
  if (errors !== undefined) throw TypeError("errors without a string argument");
  const c = content(src);
  if (c !== null) return c;
  if (typeof src === "number" && Number.isInteger(src)) {
    if (src < 0) throw ValueError("negative count");
    return "\0".repeat(src);
  }
  if (typeof src === "bigint") throw OverflowError("cannot fit 'int' into an index-sized integer");
  if (typeof src === "boolean") return "\0".repeat(+src);
  if (src !== null && typeof src === "object" && src.$isclass === true && typeof src.__bytes__ === "function" && name === "bytes") {
    const r = cm(src, "__bytes__");
    if (!isBytes(r)) throw TypeError(`__bytes__ returned non-bytes (type ${typename(r)})`);
    return r.$s;
  }
  if (src !== null && typeof src === "object" && src.$isclass === true && typeof src.__index__ === "function") {
    return "\0".repeat(indexArg(src));
  }
  let it;
  try {
    it = iter(src);
  } catch (e) {
    if (isinstance(e, TypeError)) throw TypeError(`cannot convert '${typename(src)}' object to ${name}`);
    throw e;
  }
  const a = [];
  for (const v of it) {
    if (typeof v !== "number" && typeof v !== "boolean" && !(v !== null && typeof v === "object" && v.$isclass === true && v.__index__)) {
      if (typeof v !== "bigint") throw TypeError(`'${typename(v)}' object cannot be interpreted as an integer`);
    }
    const n = typeof v === "bigint" ? -1 : byteValue2(v);
    if (n < 0 || n > 255) throw ValueError("bytes must be in range(0, 256)");
    a.push(n);
  }
  return fromCodes(a);
}

function byteValue2(v) {
  if (typeof v === "boolean") return +v;
  if (typeof v === "number") return v;
  return indexArg(v);
}

/** Split a trailing KwArgs: [positional, Map|null]. */
function kwsplit(args) {
  const n = args.length;
  if (n > 0 && args[n - 1] instanceof KwArgs) return [args.slice(0, -1), args[n - 1].map];
  return [args, null];
}


export const bytes = builtinClass("bytes", [object], function bytes(...args) {
  const [src, encoding, errors] = params("bytes", args, ["source", "encoding", "errors"]);
  return mkbytes(fromSource("bytes", src, encoding, errors));
});

export const bytearray = builtinClass("bytearray", [object], function bytearray(...args) {
  const [src, encoding, errors] = params("bytearray", args, ["source", "encoding", "errors"]);
  return mkbytearray(toCodes(fromSource("bytearray", src, encoding, errors)));
});

// ---------------------------------------------------------------------------------------------
// Codecs

function normEncoding(enc, how = "encode") {
  if (enc === undefined || enc === null) return "utf-8";
  if (typeof enc !== "string") throw TypeError(`encode() argument 'encoding' must be str, not ${typename(enc)}`);
  const e = enc.toLowerCase().replace(/_/g, "-");
  switch (e) {
    case "utf-8": case "utf8": case "u8": case "utf":
      return "utf-8";
    case "ascii": case "us-ascii": case "646":
      return "ascii";
    case "latin-1": case "latin1": case "iso-8859-1": case "iso8859-1": case "8859": case "l1": case "cp819": case "latin":
      return "latin-1";
    case "utf-16": case "utf16": case "u16":
      return "utf-16";
    case "utf-16-le": case "utf-16le": case "utf-16-be": case "utf-16be":
      return e.replace("16le", "16-le").replace("16be", "16-be");
    case "utf-32": case "utf32": case "u32":
      return "utf-32";
    case "utf-32-le": case "utf-32le": case "utf-32-be": case "utf-32be":
      return e.replace("32le", "32-le").replace("32be", "32-be");
    case "unicode-escape": case "raw-unicode-escape":
      return e;
    case "utf-8-sig":
      return e;
    case "cp1252": case "windows-1252": case "1252":
      return "cp1252";
    case "iso-8859-15": case "iso8859-15": case "latin-9": case "latin9": case "l9":
      return "iso8859-15";
    case "rot13": case "rot-13": case "hex": case "hex-codec": case "base64": case "base-64":
    case "base64-codec": case "zlib": case "zip": case "zlib-codec": case "quopri": case "uu": case "bz2":
      // bytes-to-bytes and str-to-str codecs: only codecs.encode/decode take them.
      throw LookupError(`'${enc}' is not a text encoding; use codecs.${how}() to handle arbitrary codecs`);
  }
  throw LookupError(`unknown encoding: ${enc}`);
}

// Single-byte code pages (CPython's charmap codecs): the code point of bytes 0x80..0xff, -1
// where the byte is undefined.
const CP1252_HIGH = [8364, -1, 8218, 402, 8222, 8230, 8224, 8225, 710, 8240, 352, 8249, 338, -1, 381, -1,
  -1, 8216, 8217, 8220, 8221, 8226, 8211, 8212, 732, 8482, 353, 8250, 339, -1, 382, 376];
const CHARMAPS = new Map();
function charmap(enc) {
  let t = CHARMAPS.get(enc);
  if (t !== undefined) return t;
  const dec = [];
  for (let b = 0; b < 256; b++) dec.push(b);
  if (enc === "cp1252") for (let b = 0x80; b < 0xa0; b++) dec[b] = CP1252_HIGH[b - 0x80];
  if (enc === "iso8859-15") {
    const d = { 0xa4: 0x20ac, 0xa6: 0x160, 0xa8: 0x161, 0xb4: 0x17d, 0xb8: 0x17e, 0xbc: 0x152, 0xbd: 0x153, 0xbe: 0x178 };
    for (const [b, cp] of Object.entries(d)) dec[Number(b)] = cp;
  }
  const encMap = new Map();
  dec.forEach((cp, b) => {
    if (cp >= 0) encMap.set(cp, b);
  });
  t = { dec, enc: encMap };
  CHARMAPS.set(enc, t);
  return t;
}

function encodeCharmap(s, enc, err) {
  const { enc: m } = charmap(enc);
  const cps = Array.from(s);
  let out = "";
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i].codePointAt(0);
    const b = m.get(cp);
    if (b !== undefined) {
      out += String.fromCharCode(b);
      continue;
    }
    switch (err) {
      case "ignore":
        break;
      case "replace":
        out += "?";
        break;
      case "backslashreplace":
        out += charEscape(cp);
        break;
      case "xmlcharrefreplace":
        out += `&#${cp};`;
        break;
      case "surrogateescape":
        if (cp >= 0xdc80 && cp <= 0xdcff) {
          out += String.fromCharCode(cp - 0xdc00);
          break;
        }
      // falls through
      default: {
        let j = i + 1;
        while (j < cps.length && !m.has(cps[j].codePointAt(0))) j++;
        throw UnicodeEncodeError("charmap", s, i, j, "character maps to <undefined>");
      }
    }
  }
  return out;
}

function decodeCharmap(s, enc, err) {
  const { dec } = charmap(enc);
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const cp = dec[s.charCodeAt(i)];
    out += cp >= 0 ? String.fromCharCode(cp) : decodeError(err, "charmap", s, i, i + 1, "character maps to <undefined>");
  }
  return out;
}

function checkErrors(errors) {
  if (errors === undefined || errors === null) return "strict";
  if (typeof errors !== "string") throw TypeError(`argument 'errors' must be str, not ${typename(errors)}`);
  return errors;
}

function hex2(n) {
  return n.toString(16).padStart(2, "0");
}

function charEscape(cp) {
  if (cp < 0x100) return "\\x" + hex2(cp);
  if (cp < 0x10000) return "\\u" + cp.toString(16).padStart(4, "0");
  return "\\U" + cp.toString(16).padStart(8, "0");
}

/** The bytes of code unit `u` (`width` bytes), little- or big-endian. */
function unitBytes(u, width, big) {
  let out = "";
  for (let k = 0; k < width; k++) out += String.fromCharCode((u >>> (8 * (big ? width - 1 - k : k))) & 255);
  return out;
}

/** str -> UTF-16/UTF-32 bytes (`utf-16` and `utf-32` start with a little-endian BOM, as on CPython here). */
function encodeWide(s, enc, err) {
  const width = enc.startsWith("utf-16") ? 2 : 4;
  const big = enc.endsWith("-be");
  let out = enc === "utf-16" || enc === "utf-32" ? unitBytes(0xfeff, width, false) : "";
  const cps = Array.from(s);
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i].codePointAt(0);
    if (cp >= 0xd800 && cp <= 0xdfff) {
      if (err === "ignore") continue;
      if (err === "replace") {
        out += unitBytes(0x3f, width, big);
        continue;
      }
      throw UnicodeEncodeError(enc, s, i, i + 1, "surrogates not allowed");
    }
    if (width === 4 || cp < 0x10000) out += unitBytes(cp, width, big);
    else out += unitBytes(0xd800 + ((cp - 0x10000) >> 10), 2, big) + unitBytes(0xdc00 + ((cp - 0x10000) & 0x3ff), 2, big);
  }
  return out;
}

/** UTF-16/UTF-32 bytes -> str; `utf-16`/`utf-32` read a BOM, else little-endian. */
function decodeWide(s, enc, err) {
  const width = enc.startsWith("utf-16") ? 2 : 4;
  let big = enc.endsWith("-be");
  let i = 0;
  if (enc === "utf-16" || enc === "utf-32") {
    if (s.startsWith(unitBytes(0xfeff, width, false))) i = width;
    else if (s.startsWith(unitBytes(0xfeff, width, true))) {
      i = width;
      big = true;
    }
  }
  const unit = (at) => {
    let u = 0;
    for (let k = 0; k < width; k++) u = u * 256 + s.charCodeAt(at + (big ? k : width - 1 - k));
    return u;
  };
  let out = "";
  while (i < s.length) {
    if (i + width > s.length) {
      out += decodeError(err, enc, s, i, s.length, "truncated data");
      break;
    }
    const u = unit(i);
    if (width === 4) {
      if (u > 0x10ffff || (u >= 0xd800 && u <= 0xdfff)) {
        out += decodeError(err, enc, s, i, i + 4, u > 0x10ffff ? "code point not in range(0x110000)" : "code point in surrogate code point range(0xd800, 0xe000)");
      } else out += String.fromCodePoint(u);
      i += 4;
      continue;
    }
    if (u >= 0xd800 && u <= 0xdbff) {
      if (i + 4 > s.length) {
        out += decodeError(err, enc, s, i, s.length, "unexpected end of data");
        break;
      }
      const lo = unit(i + 2);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        out += String.fromCodePoint(0x10000 + ((u - 0xd800) << 10) + (lo - 0xdc00));
        i += 4;
        continue;
      }
      out += decodeError(err, enc, s, i, i + 2, "illegal UTF-16 surrogate");
      i += 2;
      continue;
    }
    if (u >= 0xdc00 && u <= 0xdfff) {
      out += decodeError(err, enc, s, i, i + 2, "illegal encoding");
      i += 2;
      continue;
    }
    out += String.fromCharCode(u);
    i += 2;
  }
  return out;
}

/** str -> `unicode_escape` (`raw`: `raw_unicode_escape`) bytes, as a latin-1 string. */
function encodeEscape(s, raw) {
  let out = "";
  for (const ch of s) {
    const cp = ch.codePointAt(0);
    if (raw) out += cp < 0x100 ? ch : charEscape(cp);
    else if (cp === 0x5c) out += "\\\\";
    else if (cp === 9) out += "\\t";
    else if (cp === 10) out += "\\n";
    else if (cp === 13) out += "\\r";
    else if (cp >= 0x20 && cp < 0x7f) out += ch;
    else out += charEscape(cp);
  }
  return out;
}

const SIMPLE_ESCAPES = { "\\": "\\", "'": "'", '"': '"', a: "\x07", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v", "\n": "" };

/** `unicode_escape` (`raw`: `raw_unicode_escape`) bytes (a latin-1 string) -> str. */
function decodeEscape(s, raw, err) {
  const enc = raw ? "rawunicodeescape" : "unicodeescape";
  let out = "";
  let i = 0;
  const n = s.length;
  while (i < n) {
    const c = s[i];
    if (c !== "\\" || i + 1 >= n) {
      if (c === "\\" && !raw) {
        out += decodeError(err, enc, s, i, n, "\\ at end of string");
        break;
      }
      out += c;
      i++;
      continue;
    }
    const d = s[i + 1];
    if (raw && d !== "u" && d !== "U") {
      out += c;
      i++;
      continue;
    }
    if (!raw && Object.hasOwn(SIMPLE_ESCAPES, d)) {
      out += SIMPLE_ESCAPES[d];
      i += 2;
      continue;
    }
    if (!raw && d >= "0" && d <= "7") {
      let j = i + 1;
      while (j < n && j < i + 4 && s[j] >= "0" && s[j] <= "7") j++;
      out += String.fromCodePoint(parseInt(s.slice(i + 1, j), 8));
      i = j;
      continue;
    }
    const width = d === "x" && !raw ? 2 : d === "u" ? 4 : d === "U" ? 8 : 0;
    if (width === 0) {
      out += c + d;
      i += 2;
      continue;
    }
    let j = i + 2;
    while (j < n && j < i + 2 + width && /[0-9a-fA-F]/.test(s[j])) j++;
    if (j < i + 2 + width) {
      out += decodeError(err, enc, s, i, j, `truncated \\${d}${"X".repeat(width)} escape`);
      i = j;
      continue;
    }
    const cp = parseInt(s.slice(i + 2, j), 16);
    if (cp > 0x10ffff) {
      out += decodeError(err, enc, s, i, j, raw ? "\\Uxxxxxxxx out of range" : "illegal Unicode character");
      i = j;
      continue;
    }
    out += String.fromCodePoint(cp);
    i = j;
  }
  return out;
}

/** str -> latin-1 string of its bytes in `encoding`. */
export function encode(s, encoding, errors) {
  const enc = normEncoding(encoding);
  const err = checkErrors(errors);
  if (enc === "unicode-escape" || enc === "raw-unicode-escape") return encodeEscape(s, enc === "raw-unicode-escape");
  if (enc.startsWith("utf-16") || enc.startsWith("utf-32")) return encodeWide(s, enc, err);
  if (enc === "cp1252" || enc === "iso8859-15") return encodeCharmap(s, enc, err);
  if (enc === "utf-8-sig") return "\xef\xbb\xbf" + encode(s, "utf-8", err);
  const limit = enc === "ascii" ? 0x80 : enc === "latin-1" ? 0x100 : 0x110000;
  const cps = Array.from(s);
  let out = "";
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i].codePointAt(0);
    const surrogate = cp >= 0xd800 && cp <= 0xdfff;
    if (cp < limit && !(enc === "utf-8" && surrogate)) {
      if (enc !== "utf-8" || cp < 0x80) out += String.fromCharCode(cp);
      else out += utf8Of(cp);
      continue;
    }
    switch (err) {
      case "ignore":
        break;
      case "replace":
        out += "?";
        break;
      case "backslashreplace":
        out += charEscape(cp);
        break;
      case "xmlcharrefreplace":
        out += `&#${cp};`;
        break;
      case "surrogateescape":
        // Bytes that `decode(..., "surrogateescape")` turned into U+DC80..U+DCFF go back.
        if (cp >= 0xdc80 && cp <= 0xdcff) {
          out += String.fromCharCode(cp - 0xdc00);
          break;
        }
      // falls through
      case "surrogatepass":
        if (err === "surrogatepass" && enc === "utf-8" && surrogate) {
          out += utf8Of(cp);
          break;
        }
      // falls through
      case "strict":
      default: {
        let j = i + 1;
        while (j < cps.length && (cps[j].codePointAt(0) >= limit || (enc === "utf-8" && isSurr(cps[j])))) j++;
        const why = enc === "utf-8" ? "surrogates not allowed" : `ordinal not in range(${limit})`;
        throw UnicodeEncodeError(enc, s, i, j, why);
      }
    }
  }
  return out;
}

function isSurr(ch) {
  const c = ch.codePointAt(0);
  return c >= 0xd800 && c <= 0xdfff;
}

function utf8Of(cp) {
  if (cp < 0x800) return String.fromCharCode(0xc0 | (cp >> 6), 0x80 | (cp & 63));
  if (cp < 0x10000) return String.fromCharCode(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  return String.fromCharCode(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
}

/** latin-1 string of bytes -> str, decoding `encoding`. */
export function decode(s, encoding, errors) {
  const enc = normEncoding(encoding, "decode");
  const err = checkErrors(errors);
  if (enc === "latin-1") return s;
  if (enc === "unicode-escape" || enc === "raw-unicode-escape") return decodeEscape(s, enc === "raw-unicode-escape", err);
  if (enc.startsWith("utf-16") || enc.startsWith("utf-32")) return decodeWide(s, enc, err);
  if (enc === "cp1252" || enc === "iso8859-15") return decodeCharmap(s, enc, err);
  if (enc === "utf-8-sig") return decode(s.startsWith("\xef\xbb\xbf") ? s.slice(3) : s, "utf-8", err);
  if (enc === "ascii") {
    if (/^[\x00-\x7f]*$/.test(s)) return s;
    let out = "";
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c < 0x80) out += s[i];
      else out += decodeError(err, "ascii", s, i, i + 1, "ordinal not in range(128)");
    }
    return out;
  }
  if (/^[\x00-\x7f]*$/.test(s)) return s;
  let out = "";
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      out += s[i++];
      continue;
    }
    let need, lo = 0x80, hi = 0xbf, cp;
    if (c >= 0xc2 && c <= 0xdf) { need = 1; cp = c & 0x1f; }
    else if (c >= 0xe0 && c <= 0xef) { need = 2; cp = c & 0x0f; if (c === 0xe0) lo = 0xa0; if (c === 0xed) hi = 0x9f; }
    else if (c >= 0xf0 && c <= 0xf4) { need = 3; cp = c & 0x07; if (c === 0xf0) lo = 0x90; if (c === 0xf4) hi = 0x8f; }
    else {
      out += decodeError(err, "utf-8", s, i, i + 1, "invalid start byte");
      i++;
      continue;
    }
    let j = i + 1, bad = null;
    for (let k = 0; k < need; k++, j++) {
      if (j >= n) { bad = "unexpected end of data"; break; }
      const d = s.charCodeAt(j);
      if (d < (k === 0 ? lo : 0x80) || d > (k === 0 ? hi : 0xbf)) { bad = "invalid continuation byte"; break; }
      cp = (cp << 6) | (d & 0x3f);
    }
    if (bad !== null) {
      out += decodeError(err, "utf-8", s, i, j, bad);
      i = j;
      continue;
    }
    out += String.fromCodePoint(cp);
    i = j;
  }
  return out;
}

function decodeError(err, enc, s, start, end, why) {
  switch (err) {
    case "ignore":
      return "";
    case "replace":
      return "\ufffd";
    case "backslashreplace": {
      let r = "";
      for (let k = start; k < end; k++) r += "\\x" + hex2(s.charCodeAt(k));
      return r;
    }
    case "surrogateescape": {
      let r = "";
      for (let k = start; k < end; k++) r += String.fromCharCode(0xdc00 + s.charCodeAt(k));
      return r;
    }
  }
  throw UnicodeDecodeError(enc, mkbytes(s), start, end, why);
}

/** `str.encode(encoding="utf-8", errors="strict")`. */
export function str_encode(s, ...args) {
  const [encoding, errors] = params("encode", args, ["encoding", "errors"]);
  return mkbytes(encode(s, encoding, errors));
}

// ---------------------------------------------------------------------------------------------
// repr

export function bytes_repr(s, alwaysEscapeApos = false) {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = "b" + quote;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x5c) out += "\\\\";
    else if (c === 0x09) out += "\\t";
    else if (c === 0x0a) out += "\\n";
    else if (c === 0x0d) out += "\\r";
    else if (c < 0x20 || c >= 0x7f) out += "\\x" + hex2(c);
    else if (s[i] === quote || (alwaysEscapeApos && c === 0x27)) out += "\\" + s[i];
    else out += s[i];
  }
  return out + quote;
}

let StrArg = null;
/**
 * A str argument of `bytes % args`: %s/%b reject it as CPython does, %r/%a give its ASCII repr,
 * and the numeric conversions name its type 'str' in their errors.
 */
function strArg(v) {
  StrArg ??= mkclass("str", [object], (C) => {
    C.__str__ = rm(() => {
      throw TypeError("%b requires a bytes-like object, or an object that implements __bytes__, not 'str'");
    });
    C.__repr__ = rm((o) => {
      let out = "";
      for (const ch of str_methods.__repr__(o.$v)) {
        const c = ch.codePointAt(0);
        out += c < 0x80 ? ch : c < 0x100 ? "\\x" + hex2(c) : c < 0x10000 ? "\\u" + c.toString(16).padStart(4, "0") : "\\U" + c.toString(16).padStart(8, "0");
      }
      return out;
    });
  }, null);
  const o = Object.create(StrArg);
  o.$v = v;
  return o;
}

let BytesArg = null;
/**
 * A bytes-like argument of `bytes % args`: %s/%b give its bytes, %r/%a its repr, %c its one
 * byte; the numeric conversions name its type 'bytes' in their errors.
 */
function bytesArg(v) {
  BytesArg ??= mkclass("bytes", [object], (C) => {
    C.__str__ = rm((o) => content(o.$v));
    C.__repr__ = rm((o) => cm(o.$v, "__repr__"));
    // %c takes a length-1 bytes as its byte (percentConvert reads an index there).
    C.__index__ = rm((o) => {
      const c = content(o.$v);
      if (c.length !== 1) throw TypeError("%c requires an integer in range(256) or a single byte");
      return c.charCodeAt(0);
    });
  }, null);
  const o = Object.create(BytesArg);
  o.$v = v;
  return o;
}

function reprOf(self) {
  const s = content(self);
  // CPython's bytearray repr escapes `'` even inside `"` quotes: bytearray(b"a\'b").
  return isByteArray(self) ? `bytearray(${bytes_repr(s, true)})` : bytes_repr(s);
}

// ---------------------------------------------------------------------------------------------
// Methods shared by bytes and bytearray (self is either; results follow `self`'s type)

const WS = " \t\n\r\x0b\x0c";
const isWs = (ch) => WS.includes(ch);
const isDigit = (c) => c >= 48 && c <= 57;
const isUpperC = (c) => c >= 65 && c <= 90;
const isLowerC = (c) => c >= 97 && c <= 122;

function sliceArgs(n, start, end) {
  const clamp = (v, d) => {
    if (v === undefined || v === null) return d;
    let i = indexArg(v);
    if (i < 0) i = Math.max(0, i + n);
    return Math.min(i, n);
  };
  return [clamp(start, 0), clamp(end, n)];
}

/** The `sub` argument of find/count/...: bytes-like or an int byte. */
function subArg(x) {
  if (typeof x === "number" || typeof x === "boolean" || typeof x === "bigint") return String.fromCharCode(byteValue(x));
  const s = content(x);
  if (s === null) {
    throw TypeError(`argument should be integer or bytes-like object, not '${typename(x)}'`);
  }
  return s;
}

function findIn(s, sub, start, end, reverse) {
  const [lo, hi] = sliceArgs(s.length, start, end);
  if (hi - lo < sub.length || lo > s.length) return -1;
  const part = s.slice(lo, hi);
  const i = reverse ? part.lastIndexOf(sub) : part.indexOf(sub);
  return i < 0 ? -1 : i + lo;
}

function stripChars(name, chars) {
  if (chars === undefined || chars === null) return WS;
  const s = content(chars);
  if (s === null) throw TypeError(`a bytes-like object is required, not '${typename(chars)}'`);
  return s;
}

function doStrip(s, chars, left, right) {
  let i = 0, j = s.length;
  if (left) while (i < j && chars.includes(s[i])) i++;
  if (right) while (j > i && chars.includes(s[j - 1])) j--;
  return s.slice(i, j);
}

function splitWs(s, maxsplit) {
  const out = [];
  let i = 0;
  const n = s.length;
  while (true) {
    while (i < n && isWs(s[i])) i++;
    if (i >= n) break;
    if (maxsplit >= 0 && out.length >= maxsplit) {
      out.push(s.slice(i));
      break;
    }
    let j = i;
    while (j < n && !isWs(s[j])) j++;
    out.push(s.slice(i, j));
    i = j;
  }
  return out;
}

function rsplitWs(s, maxsplit) {
  const out = [];
  let j = s.length;
  while (true) {
    while (j > 0 && isWs(s[j - 1])) j--;
    if (j <= 0) break;
    if (maxsplit >= 0 && out.length >= maxsplit) {
      out.push(s.slice(0, j));
      break;
    }
    let i = j;
    while (i > 0 && !isWs(s[i - 1])) i--;
    out.push(s.slice(i, j));
    j = i;
  }
  return out.reverse();
}

function splitSep(s, sep, maxsplit) {
  if (sep.length === 0) throw ValueError("empty separator");
  const out = [];
  let i = 0;
  while (maxsplit < 0 || out.length < maxsplit) {
    const k = s.indexOf(sep, i);
    if (k < 0) break;
    out.push(s.slice(i, k));
    i = k + sep.length;
  }
  out.push(s.slice(i));
  return out;
}

function rsplitSep(s, sep, maxsplit) {
  if (sep.length === 0) throw ValueError("empty separator");
  const out = [];
  let j = s.length;
  while (maxsplit < 0 || out.length < maxsplit) {
    const k = s.lastIndexOf(sep, j - sep.length);
    if (k < 0 || j - sep.length < 0) break;
    out.push(s.slice(k + sep.length, j));
    j = k;
  }
  out.push(s.slice(0, j));
  return out.reverse();
}

function maxsplitArg(v) {
  return v === undefined || v === null ? -1 : indexArg(v);
}

function mapBytes(s, f) {
  let out = "";
  for (let i = 0; i < s.length; i++) out += String.fromCharCode(f(s.charCodeAt(i)));
  return out;
}

const upperC = (c) => (isLowerC(c) ? c - 32 : c);
const lowerC = (c) => (isUpperC(c) ? c + 32 : c);

function predicate(f, emptyValue = false) {
  return rm((self) => {
    const s = content(self);
    if (s.length === 0) return emptyValue;
    for (let i = 0; i < s.length; i++) if (!f(s.charCodeAt(i))) return false;
    return true;
  });
}

function startsEnds(self, args, ends) {
  const [prefix, start, end] = args;
  const s = content(self);
  const [lo, hi] = sliceArgs(s.length, start, end);
  const part = s.slice(lo, hi);
  const test = (p) => {
    const ps = content(p);
    if (ps === null) {
      throw TypeError(`${ends ? "endswith" : "startswith"} first arg must be bytes or a tuple of bytes, not ${typename(p)}`);
    }
    if (lo > s.length) return false;
    return ends ? part.endsWith(ps) : part.startsWith(ps);
  };
  if (prefix instanceof ctr.Tuple) return prefix.some(test);
  return test(prefix);
}

function justify(self, width, fill, how) {
  const s = content(self);
  const w = indexArg(width);
  let f = " ";
  if (fill !== undefined) {
    const fs = content(fill);
    if (fs === null || fs.length !== 1) {
      throw TypeError(`${how}() argument 2 must be a byte string of length 1, not ${typename(fill)}`);
    }
    f = fs;
  }
  if (w <= s.length) return like(self, s);
  const pad = w - s.length;
  if (how === "ljust") return like(self, s + f.repeat(pad));
  if (how === "rjust") return like(self, f.repeat(pad) + s);
  const left = Math.floor(pad / 2) + (pad & w & 1);
  return like(self, f.repeat(left) + s + f.repeat(pad - left));
}

function hexOf(s, sep, bytesPerSep) {
  let parts = [];
  for (let i = 0; i < s.length; i++) parts.push(hex2(s.charCodeAt(i)));
  if (sep === undefined) return parts.join("");
  const sp = typeof sep === "string" ? sep : content(sep);
  if (sp === null) throw TypeError(`object of type '${typename(sep)}' has no len()`);
  if (sp.length !== 1) throw ValueError("sep must be length 1.");
  if (sp.charCodeAt(0) > 127) throw ValueError("sep must be ASCII.");
  let n = bytesPerSep === undefined ? 1 : indexArg(bytesPerSep);
  if (n === 0) return parts.join("");
  const groups = [];
  const k = Math.abs(n);
  if (n > 0) {
    for (let end = parts.length; end > 0; end -= k) groups.unshift(parts.slice(Math.max(0, end - k), end).join(""));
  } else {
    for (let i = 0; i < parts.length; i += k) groups.push(parts.slice(i, i + k).join(""));
  }
  return groups.join(sp);
}

function fromhex(cls, str) {
  if (typeof str !== "string") throw TypeError(`fromhex() argument must be str, not ${typename(str)}`);
  let out = "";
  let i = 0;
  while (i < str.length) {
    const ch = str[i];
    if (ch === " " || ch === "\t" || ch === "\n" || ch === "\r" || ch === "\x0b" || ch === "\x0c") {
      i++;
      continue;
    }
    const hi = parseInt(ch, 16), lo = i + 1 < str.length ? parseInt(str[i + 1], 16) : NaN;
    if (Number.isNaN(hi) || !/[0-9a-fA-F]/.test(ch)) throw ValueError(`non-hexadecimal number found in fromhex() arg at position ${i}`);
    if (Number.isNaN(lo) || !/[0-9a-fA-F]/.test(str[i + 1])) {
      throw ValueError(`non-hexadecimal number found in fromhex() arg at position ${i + 1}`);
    }
    out += String.fromCharCode(hi * 16 + lo);
    i += 2;
  }
  return cls === bytearray ? mkbytearray(toCodes(out)) : mkbytes(out);
}

function compare(op) {
  return rm((self, other) => {
    const b = content(other);
    if (b === null) return NotImplemented;
    const a = content(self);
    switch (op) {
      case "eq": return a === b;
      case "ne": return a !== b;
      case "lt": return a < b;
      case "le": return a <= b;
      case "gt": return a > b;
      case "ge": return a >= b;
    }
  });
}

function getitem(self, k) {
  const s = content(self);
  if (k instanceof ctr.PySlice) {
    const [lo, hi, step, n] = sliceIndices(k, s.length);
    if (step === 1) return like(self, s.slice(lo, hi));
    let out = "";
    for (let i = 0, j = lo; i < n; i++, j += step) out += s[j];
    return like(self, out);
  }
  if (typeof k !== "number" && typeof k !== "boolean" && typeof k !== "bigint" && !(k !== null && typeof k === "object" && k.__index__)) {
    throw TypeError(`byte indices must be integers or slices, not ${typename(k)}`);
  }
  let i = typeof k === "number" ? k : typeof k === "bigint" ? Number(k) : indexArg(k);
  if (i < 0) i += s.length;
  if (i < 0 || i >= s.length) throw IndexError(isByteArray(self) ? "bytearray index out of range" : "index out of range");
  return s.charCodeAt(i);
}

function* byteIterGen(self) {
  if (isByteArray(self)) {
    const a = self.$a;
    for (let i = 0; i < a.length; i++) yield a[i];
  } else {
    const s = self.$s;
    for (let i = 0; i < s.length; i++) yield s.charCodeAt(i);
  }
}

function byteIter(self) {
  const it = byteIterGen(self);
  it.$typename = isByteArray(self) ? "bytearray_iterator" : "bytes_iterator";
  return it;
}

const shared = {
  __len__: rm((self) => (isByteArray(self) ? self.$a.length : self.$s.length)),
  __bool__: rm((self) => (isByteArray(self) ? self.$a.length : self.$s.length) !== 0),
  __iter__: rm(byteIter),
  __getitem__: rm(getitem),
  __contains__: rm((self, x) => {
    const s = content(self);
    if (typeof x === "number" || typeof x === "boolean" || typeof x === "bigint") return s.includes(String.fromCharCode(byteValue(x)));
    const sub = content(x);
    if (sub === null) {
      if (x !== null && typeof x === "object" && x.__index__) return s.includes(String.fromCharCode(byteValue(x)));
      throw TypeError(`a bytes-like object is required, not '${typename(x)}'`);
    }
    return s.includes(sub);
  }),
  __eq__: compare("eq"),
  __ne__: compare("ne"),
  __lt__: compare("lt"),
  __le__: compare("le"),
  __gt__: compare("gt"),
  __ge__: compare("ge"),
  __add__: rm((self, other) => {
    const b = content(other);
    if (b === null) {
      if (isByteArray(self)) throw TypeError(`can't concat ${typename(other)} to bytearray`);
      throw TypeError(`can't concat ${typename(other)} to bytes`);
    }
    return like(self, content(self) + b);
  }),
  __mul__: rm((self, n) => {
    if (typeof n !== "number" && typeof n !== "boolean" && !(n !== null && typeof n === "object" && n.__index__)) return NotImplemented;
    const k = indexArg(n);
    return like(self, k <= 0 ? "" : content(self).repeat(k));
  }),
  __mod__: rm((self, args) => {
    const conv = (v) => {
      if (typeof v === "string") return strArg(v);
      return content(v) !== null ? bytesArg(v) : v;
    };
    let a;
    if (args instanceof ctr.Tuple) a = ctr.tuple_of(args.map(conv));
    else if (args instanceof ctr.Dict) {
      // `%(key)b`: the keys are looked up as the format's bytes (its latin-1 text here).
      a = ctr.mkdict([]);
      for (const k of args) ctr.dict_methods.__setitem__.call(a, content(k) ?? k, conv(ctr.getitem(args, k)));
    } else a = conv(args);
    // `%b` is bytes' name for `%s`.
    const fmt = content(self).replace(/%%|%(\([^)]*\))?([-+ #0]*(?:\*|\d+)?(?:\.(?:\*|\d+))?[hlL]?)b/g, (m, key, rest) => (m === "%%" ? m : `%${key ?? ""}${rest}s`));
    return like(self, percent_format(fmt, a));
  }),
  __repr__: rm(reprOf),
  __str__: rm(reprOf),
  decode: rm((self, ...args) => {
    const [encoding, errors] = params("decode", args, ["encoding", "errors"]);
    return decode(content(self), encoding, errors);
  }),
  hex: rm((self, ...args) => {
    const [sep, n] = params("hex", args, ["sep", "bytes_per_sep"]);
    return hexOf(content(self), sep, n);
  }),
  count: rm((self, sub, start, end) => {
    const s = content(self), t = subArg(sub);
    const [lo, hi] = sliceArgs(s.length, start, end);
    if (lo > s.length) return 0;
    const part = s.slice(lo, hi);
    if (t.length === 0) return part.length + 1;
    let c = 0;
    for (let i = part.indexOf(t); i >= 0; i = part.indexOf(t, i + t.length)) c++;
    return c;
  }),
  find: rm((self, sub, start, end) => findIn(content(self), subArg(sub), start, end, false)),
  rfind: rm((self, sub, start, end) => findIn(content(self), subArg(sub), start, end, true)),
  index: rm((self, sub, start, end) => {
    const i = findIn(content(self), subArg(sub), start, end, false);
    if (i < 0) throw ValueError("subsection not found");
    return i;
  }),
  rindex: rm((self, sub, start, end) => {
    const i = findIn(content(self), subArg(sub), start, end, true);
    if (i < 0) throw ValueError("subsection not found");
    return i;
  }),
  startswith: rm((self, ...args) => startsEnds(self, args, false)),
  endswith: rm((self, ...args) => startsEnds(self, args, true)),
  join: rm((self, iterable) => {
    const parts = [];
    let i = 0;
    for (const v of iter(iterable)) {
      const c = content(v);
      if (c === null) throw TypeError(`sequence item ${i}: expected a bytes-like object, ${typename(v)} found`);
      parts.push(c);
      i++;
    }
    return like(self, parts.join(content(self)));
  }),
  split: rm((self, ...args) => {
    const [sep, maxsplit] = params("split", args, ["sep", "maxsplit"]);
    const s = content(self), m = maxsplitArg(maxsplit);
    const parts = sep === undefined || sep === null ? splitWs(s, m) : splitSep(s, need(sep), m);
    return parts.map((p) => like(self, p));
  }),
  rsplit: rm((self, ...args) => {
    const [sep, maxsplit] = params("rsplit", args, ["sep", "maxsplit"]);
    const s = content(self), m = maxsplitArg(maxsplit);
    const parts = sep === undefined || sep === null ? rsplitWs(s, m) : rsplitSep(s, need(sep), m);
    return parts.map((p) => like(self, p));
  }),
  splitlines: rm((self, ...args) => {
    const [keepends] = params("splitlines", args, ["keepends"]);
    const s = content(self), out = [];
    let i = 0;
    while (i < s.length) {
      let j = i;
      while (j < s.length && s[j] !== "\n" && s[j] !== "\r") j++;
      let k = j;
      if (k < s.length) k += s[k] === "\r" && s[k + 1] === "\n" ? 2 : 1;
      out.push(like(self, s.slice(i, keepends ? k : j)));
      i = k;
    }
    return out;
  }),
  partition: rm((self, sep) => {
    const s = content(self), t = need(sep);
    if (t.length === 0) throw ValueError("empty separator");
    const i = s.indexOf(t);
    if (i < 0) return ctr.mktuple(like(self, s), like(self, ""), like(self, ""));
    return ctr.mktuple(like(self, s.slice(0, i)), like(self, t), like(self, s.slice(i + t.length)));
  }),
  rpartition: rm((self, sep) => {
    const s = content(self), t = need(sep);
    if (t.length === 0) throw ValueError("empty separator");
    const i = s.lastIndexOf(t);
    if (i < 0) return ctr.mktuple(like(self, ""), like(self, ""), like(self, s));
    return ctr.mktuple(like(self, s.slice(0, i)), like(self, t), like(self, s.slice(i + t.length)));
  }),
  strip: rm((self, chars) => like(self, doStrip(content(self), stripChars("strip", chars), true, true))),
  lstrip: rm((self, chars) => like(self, doStrip(content(self), stripChars("lstrip", chars), true, false))),
  rstrip: rm((self, chars) => like(self, doStrip(content(self), stripChars("rstrip", chars), false, true))),
  removeprefix: rm((self, p) => {
    const s = content(self), t = need(p);
    return like(self, s.startsWith(t) ? s.slice(t.length) : s);
  }),
  removesuffix: rm((self, p) => {
    const s = content(self), t = need(p);
    return like(self, t.length && s.endsWith(t) ? s.slice(0, s.length - t.length) : s);
  }),
  replace: rm((self, old, repl, count) => {
    const s = content(self), o = need(old), r = need(repl);
    let n = count === undefined || count === null ? -1 : indexArg(count);
    if (n < 0) n = Infinity;
    let out = "", i = 0, done = 0;
    if (o.length === 0) {
      for (; i <= s.length && done < n; i++, done++) out += r + (i < s.length ? s[i] : "");
      return like(self, out + s.slice(i));
    }
    while (done < n) {
      const k = s.indexOf(o, i);
      if (k < 0) break;
      out += s.slice(i, k) + r;
      i = k + o.length;
      done++;
    }
    return like(self, out + s.slice(i));
  }),
  upper: rm((self) => like(self, mapBytes(content(self), upperC))),
  lower: rm((self) => like(self, mapBytes(content(self), lowerC))),
  swapcase: rm((self) => like(self, mapBytes(content(self), (c) => (isUpperC(c) ? c + 32 : isLowerC(c) ? c - 32 : c)))),
  capitalize: rm((self) => {
    const s = content(self);
    return like(self, mapBytes(s.slice(0, 1), upperC) + mapBytes(s.slice(1), lowerC));
  }),
  title: rm((self) => {
    const s = content(self);
    let out = "", prev = false;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      const cased = isUpperC(c) || isLowerC(c);
      out += String.fromCharCode(cased ? (prev ? lowerC(c) : upperC(c)) : c);
      prev = cased;
    }
    return like(self, out);
  }),
  isdigit: predicate(isDigit),
  isalpha: predicate((c) => isUpperC(c) || isLowerC(c)),
  isalnum: predicate((c) => isUpperC(c) || isLowerC(c) || isDigit(c)),
  isspace: predicate((c) => WS.includes(String.fromCharCode(c))),
  isascii: predicate((c) => c < 0x80, true),
  isupper: rm((self) => {
    const s = content(self);
    let cased = false;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (isLowerC(c)) return false;
      if (isUpperC(c)) cased = true;
    }
    return cased;
  }),
  istitle: rm((self) => {
    const s = content(self);
    let cased = false, prev = false;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (isUpperC(c)) {
        if (prev) return false;
        prev = cased = true;
      } else if (isLowerC(c)) {
        if (!prev) return false;
        prev = cased = true;
      } else prev = false;
    }
    return cased;
  }),
  islower: rm((self) => {
    const s = content(self);
    let cased = false;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (isUpperC(c)) return false;
      if (isLowerC(c)) cased = true;
    }
    return cased;
  }),
  center: rm((self, w, f) => justify(self, w, f, "center")),
  ljust: rm((self, w, f) => justify(self, w, f, "ljust")),
  rjust: rm((self, w, f) => justify(self, w, f, "rjust")),
  zfill: rm((self, width) => {
    const s = content(self), w = indexArg(width);
    if (w <= s.length) return like(self, s);
    const sign = s[0] === "+" || s[0] === "-" ? s[0] : "";
    return like(self, sign + "0".repeat(w - s.length) + s.slice(sign.length));
  }),
  expandtabs: rm((self, tabsize) => {
    const s = content(self), t = tabsize === undefined ? 8 : indexArg(tabsize);
    let out = "", col = 0;
    for (const ch of s) {
      if (ch === "\t") {
        const k = t > 0 ? t - (col % t) : 0;
        out += " ".repeat(k);
        col += k;
      } else {
        out += ch;
        col = ch === "\n" || ch === "\r" ? 0 : col + 1;
      }
    }
    return like(self, out);
  }),
  translate: rm((self, table, del) => {
    const s = content(self);
    const t = table === null || table === undefined ? null : need(table);
    if (t !== null && t.length !== 256) throw ValueError("translation table must be 256 characters long");
    const d = del === undefined ? "" : need(del);
    let out = "";
    for (const ch of s) if (!d.includes(ch)) out += t === null ? ch : t[ch.charCodeAt(0)];
    return like(self, out);
  }),
};

Object.assign(bytes, shared, {
  __hash__: rm((self) => ctr.hash_value(self.$s)),
  __rmul__: shared.__mul__,
  __getnewargs__: rm((self) => ctr.mktuple(mkbytes(self.$s))),
  fromhex: (s) => fromhex(bytes, s),
  maketrans: (a, b) => {
    const x = need(a), y = need(b);
    if (x.length !== y.length) throw ValueError("maketrans arguments must have same length");
    const t = [];
    for (let i = 0; i < 256; i++) t.push(i);
    for (let i = 0; i < x.length; i++) t[x.charCodeAt(i)] = y.charCodeAt(i);
    return mkbytes(fromCodes(t));
  },
});
bytes.$final = false;

// ---------------------------------------------------------------------------------------------
// bytearray: the shared methods plus mutation

function setBytes(self, k, v) {
  const a = self.$a;
  if (k instanceof ctr.PySlice) {
    let vals;
    if (typeof v === "number" || typeof v === "boolean") throw TypeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    const c = content(v);
    vals = c !== null ? toCodes(c) : toCodes(fromSource("bytearray", v));
    const [lo, hi, step, n] = sliceIndices(k, a.length);
    if (step === 1) {
      a.splice(lo, Math.max(0, hi - lo), ...vals);
      return;
    }
    if (vals.length !== n) {
      throw ValueError(`attempt to assign bytes of size ${vals.length} to extended slice of size ${n}`);
    }
    for (let i = 0, j = lo; i < n; i++, j += step) a[j] = vals[i];
    return;
  }
  let i = indexArg(k);
  if (i < 0) i += a.length;
  if (i < 0 || i >= a.length) throw IndexError("bytearray index out of range");
  a[i] = byteValue(v);
}

Object.assign(bytearray, shared, {
  __hash__: null,
  __rmul__: shared.__mul__,
  __setitem__: rm(setBytes),
  __delitem__: rm((self, k) => {
    const a = self.$a;
    if (k instanceof ctr.PySlice) {
      const [lo, hi, step, n] = sliceIndices(k, a.length);
      if (step === 1) {
        a.splice(lo, Math.max(0, hi - lo));
        return;
      }
      const drop = new Set();
      for (let i = 0, j = lo; i < n; i++, j += step) drop.add(j);
      self.$a = a.filter((_, i) => !drop.has(i));
      return;
    }
    let i = indexArg(k);
    if (i < 0) i += a.length;
    if (i < 0 || i >= a.length) throw IndexError("bytearray index out of range");
    a.splice(i, 1);
  }),
  __iadd__: rm((self, other) => {
    const c = content(other);
    if (c === null) throw TypeError(`can't concat ${typename(other)} to bytearray`);
    for (let i = 0; i < c.length; i++) self.$a.push(c.charCodeAt(i));
    return self;
  }),
  __imul__: rm((self, n) => {
    const k = indexArg(n);
    const a = self.$a.slice();
    self.$a.length = 0;
    for (let i = 0; i < k; i++) for (const v of a) self.$a.push(v);
    return self;
  }),
  append: rm((self, v) => {
    self.$a.push(byteValue(v));
    return null;
  }),
  extend: rm((self, v) => {
    const c = content(v);
    if (c !== null) for (let i = 0; i < c.length; i++) self.$a.push(c.charCodeAt(i));
    else {
      if (typeof v === "string") throw TypeError("'str' object cannot be interpreted as an integer");
      for (const x of toCodes(fromSource("bytearray", v))) self.$a.push(x);
    }
    return null;
  }),
  insert: rm((self, i, v) => {
    const a = self.$a;
    let k = indexArg(i);
    if (k < 0) k = Math.max(0, k + a.length);
    a.splice(Math.min(k, a.length), 0, byteValue(v));
    return null;
  }),
  pop: rm((self, i) => {
    const a = self.$a;
    if (a.length === 0) throw IndexError("pop from empty bytearray");
    let k = i === undefined ? a.length - 1 : indexArg(i);
    if (k < 0) k += a.length;
    if (k < 0 || k >= a.length) throw IndexError("pop index out of range");
    return a.splice(k, 1)[0];
  }),
  remove: rm((self, v) => {
    const a = self.$a, b = byteValue(v);
    const k = a.indexOf(b);
    if (k < 0) throw ValueError("value not found in bytearray");
    a.splice(k, 1);
    return null;
  }),
  clear: rm((self) => {
    self.$a.length = 0;
    return null;
  }),
  reverse: rm((self) => {
    self.$a.reverse();
    return null;
  }),
  copy: rm((self) => mkbytearray(self.$a.slice())),
  fromhex: (s) => fromhex(bytearray, s),
  maketrans: bytes.maketrans,
});

// ---------------------------------------------------------------------------------------------
// int.to_bytes / int.from_bytes

export function int_to_bytes(n, ...args) {
  const [length, byteorder, signed] = params("to_bytes", args, ["length", "byteorder", "signed"]);
  const len = length === undefined ? 1 : indexArg(length);
  const order = byteorder === undefined ? "big" : byteorder;
  if (order !== "big" && order !== "little") throw ValueError("byteorder must be either 'little' or 'big'");
  const sig = signed === true;
  let v = BigInt(typeof n === "boolean" ? +n : n);
  if (v < 0n) {
    if (!sig) throw OverflowError("can't convert negative int to unsigned");
    v += 1n << BigInt(8 * len);
    if (v < 0n || (len > 0 && v < 1n << BigInt(8 * len - 1))) throw OverflowError("int too big to convert");
  } else if (v >= 1n << BigInt(8 * len - (sig ? 1 : 0)) || (len === 0 && v !== 0n)) {
    throw OverflowError("int too big to convert");
  }
  const out = new Array(len);
  for (let i = len - 1; i >= 0; i--) {
    out[i] = Number(v & 255n);
    v >>= 8n;
  }
  if (order === "little") out.reverse();
  return mkbytes(fromCodes(out));
}

export function int_from_bytes(...args) {
  const [src, byteorder, signed] = params("from_bytes", args, ["bytes", "byteorder", "signed"]);
  let s = content(src);
  if (s === null) s = fromSource("bytes", src);
  const order = byteorder === undefined ? "big" : byteorder;
  if (order !== "big" && order !== "little") throw ValueError("byteorder must be either 'little' or 'big'");
  const codes = toCodes(s);
  if (order === "little") codes.reverse();
  let v = 0n;
  for (const c of codes) v = (v << 8n) | BigInt(c);
  if (signed === true && codes.length > 0 && codes[0] >= 128) v -= 1n << BigInt(8 * codes.length);
  return Number.isSafeInteger(Number(v)) && BigInt(Number(v)) === v ? Number(v) : v;
}

// ---------------------------------------------------------------------------------------------
// memoryview: a view of a bytes or bytearray (format 'B', one dimension), `$obj` the object
// viewed, and item i its byte `$start + i * $step`, `$len` items. A view of a bytearray sees
// (and, through __setitem__, makes) its changes.

function isMemoryview(x) {
  return x !== null && typeof x === "object" && x.$mvobj !== undefined && x.$isclass === true;
}

function mkview(obj, start, step, len) {
  const v = Object.create(memoryview);
  v.$mvobj = obj;
  v.$start = start;
  v.$step = step;
  v.$len = len;
  v.$released = false;
  return v;
}

function mvLive(v) {
  if (v.$released) throw ValueError("operation forbidden on released memoryview object");
  return v;
}

function mvByte(v, i) {
  const o = v.$mvobj, j = v.$start + i * v.$step;
  return isBytes(o) ? o.$s.charCodeAt(j) : o.$a[j];
}

function mvContent(v) {
  mvLive(v);
  const o = v.$mvobj;
  if (v.$step === 1) return isBytes(o) ? o.$s.slice(v.$start, v.$start + v.$len) : fromCodes(o.$a.slice(v.$start, v.$start + v.$len));
  let out = "";
  for (let i = 0; i < v.$len; i++) out += String.fromCharCode(mvByte(v, i));
  return out;
}

export const memoryview = builtinClass("memoryview", [object], function memoryview(...args) {
  const [obj] = params("memoryview", args, ["object"]);
  if (isMemoryview(obj)) return mkview(mvLive(obj).$mvobj, obj.$start, obj.$step, obj.$len);
  if (isBytes(obj)) return mkview(obj, 0, 1, obj.$s.length);
  if (isByteArray(obj)) return mkview(obj, 0, 1, obj.$a.length);
  throw TypeError(`memoryview: a bytes-like object is required, not '${typename(obj)}'`);
});

// The attributes, as getters (anchored on `memoryview`: they ship only with it).
Object.defineProperties(memoryview, {
  obj: { get() { return mvLive(this).$mvobj; }, configurable: true },
  readonly: { get() { return isBytes(mvLive(this).$mvobj); }, configurable: true },
  nbytes: { get() { return mvLive(this).$len; }, configurable: true },
  format: { get() { return mvLive(this) && "B"; }, configurable: true },
  itemsize: { get() { return mvLive(this) && 1; }, configurable: true },
  ndim: { get() { return mvLive(this) && 1; }, configurable: true },
  shape: { get() { return ctr.mktuple(mvLive(this).$len); }, configurable: true },
  strides: { get() { return ctr.mktuple(mvLive(this).$step); }, configurable: true },
  contiguous: { get() { return mvLive(this).$step === 1 || this.$len <= 1; }, configurable: true },
  released: { get() { return this.$released; }, configurable: true },
});

Object.assign(memoryview, {
  __len__: rm((self) => mvLive(self).$len),
  __getitem__: rm((self, k) => {
    mvLive(self);
    if (k instanceof ctr.PySlice) {
      const [lo, , step, n] = sliceIndices(k, self.$len);
      return mkview(self.$mvobj, self.$start + lo * self.$step, self.$step * step, n);
    }
    let i = indexArg(k);
    if (i < 0) i += self.$len;
    if (i < 0 || i >= self.$len) throw IndexError("index out of bounds on dimension 1");
    return mvByte(self, i);
  }),
  __setitem__: rm((self, k, val) => {
    mvLive(self);
    if (isBytes(self.$mvobj)) throw TypeError("cannot modify read-only memory");
    const a = self.$mvobj.$a;
    if (k instanceof ctr.PySlice) {
      const [lo, , step, n] = sliceIndices(k, self.$len);
      const c = content(val);
      if (c === null) throw TypeError(`a bytes-like object is required, not '${typename(val)}'`);
      if (c.length !== n) throw ValueError("memoryview assignment: lvalue and rvalue have different structures");
      for (let i = 0; i < n; i++) a[self.$start + (lo + i * step) * self.$step] = c.charCodeAt(i);
      return null;
    }
    let i = indexArg(k);
    if (i < 0) i += self.$len;
    if (i < 0 || i >= self.$len) throw IndexError("index out of bounds on dimension 1");
    if (typeof val !== "number" && typeof val !== "boolean") throw TypeError(`memoryview: invalid type for format 'B'`);
    if (val < 0 || val > 255) throw ValueError("memoryview: invalid value for format 'B'");
    a[self.$start + i * self.$step] = +val;
    return null;
  }),
  __iter__: rm((self) => {
    const n = mvLive(self).$len;
    const out = [];
    for (let i = 0; i < n; i++) out.push(mvByte(self, i));
    return out[Symbol.iterator]();
  }),
  __eq__: rm((self, other) => {
    if (self === other) return true;
    if (self.$released) return false;
    const c = isMemoryview(other) && other.$released ? null : content(other);
    return c === null ? (isMemoryview(other) ? false : NotImplemented) : c === mvContent(self);
  }),
  __ne__: rm((self, other) => {
    const r = memoryview.__eq__.call(self, other);
    return r === NotImplemented ? r : !r;
  }),
  __hash__: rm((self) => {
    if (!isBytes(mvLive(self).$mvobj)) throw ValueError("cannot hash writable memoryview object");
    return ctr.hash_value(mvContent(self));
  }),
  __repr__: rm((self) => `<${self.$released ? "released " : ""}memory at ${addr(self)}>`),
  __enter__: rm((self) => mvLive(self)),
  __exit__: rm((self) => {
    self.$released = true;
    return false;
  }),
  release: rm((self) => {
    self.$released = true;
    return null;
  }),
  tobytes: rm((self) => mkbytes(mvContent(self))),
  tolist: rm((self) => toCodes(mvContent(self))),
  hex: rm((self, ...a) => shared.hex.call(mkbytes(mvContent(self)), ...a)),
  toreadonly: rm((self) => mkview(mvLive(self).$mvobj, self.$start, self.$step, self.$len)),
  cast: rm((self, fmt, shape) => {
    mvLive(self);
    if (typeof fmt !== "string") throw TypeError(`cast() argument 'format' must be str, not ${typename(fmt)}`);
    if (fmt !== "B" || (shape !== undefined && shape !== null)) throw NotImplementedError(`memoryview.cast: only format 'B' is supported by pyjs, not '${fmt}'`);
    if (self.$step !== 1 && self.$len > 1) throw TypeError("memoryview: casts are restricted to C-contiguous views");
    return mkview(self.$mvobj, self.$start, 1, self.$len);
  }),
});
memoryview.$final = true;

// Hooks into the str and int method tables and the str constructor (those files do not import
// this one, which keeps the module graph free of evaluation-order cycles). The bundler keeps a
// `X_methods.name = ...` entry only when `name` can be looked up, and the `str.$decode` hook only
// with `bytes` (a program without bytes objects decodes nothing: rt/object.mjs's `strArgs`).
str_methods.encode = str_encode;
int_methods.to_bytes = int_to_bytes;
// A class method: reachable as `int.from_bytes` before the method tables are installed.
int.from_bytes = int_methods.from_bytes = (...args) => int_from_bytes(...(typeof args[0] === "function" && args[0].$isclass === true ? args.slice(1) : args));
function hook(owner, target, name, f) {
  target[name] = f;
}
// Binary files (`open(f, "rb")`, rt/core.mjs) make and take bytes objects through these.
hook(bytes, binary_io, "mkbytes", mkbytes);
hook(bytes, binary_io, "content", content);
hook(bytes, binary_io, "encode", encode);
hook(bytes, binary_io, "decode", decode);
hook(bytes, str, "$decode", (...args) => {
  const [x, encoding, errors] = params("str", args, ["object", "encoding", "errors"]);
  if (x === undefined) return "";
  if (encoding === undefined && errors === undefined) return str(x);
  const c = content(x);
  if (c === null) {
    if (typeof x === "string") throw TypeError("decoding str is not supported");
    throw TypeError(`decoding to str: need a bytes-like object, ${typename(x)} found`);
  }
  return decode(c, encoding, errors);
});
