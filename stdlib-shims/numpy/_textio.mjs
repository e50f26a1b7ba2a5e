// `numpy.loadtxt`, `numpy.genfromtxt` and `numpy.savetxt` (re-exported by numpy.mjs): text
// parsed with Python's float syntax, NumPy's shapes (squeezed, then `ndmin`) and messages. In a
// file of their own: what they import from the core (`open`, %-formatting) ships only with them.
import { KwArgs, Tuple, tuple_of, iter, str, repr, ValueError, TypeError, AttributeError, open as pyOpen, cm as pyCm, mod as pyMod, hasattr as pyHasattr } from "../builtins.mjs";
import { withSig, toNum } from "../_shim.mjs";
import { BOOL, INT, FLOAT, DT_NAMES, fromFlat, copyArr, flat, dtcode, skind, sval, pyval, unsupported, smallDt, toArr } from "./_core.mjs";

const ND_SIG = (name, params, f, defaults = 0, opts = {}) => withSig(f, name, params, { defaults, ...opts });
const truthyArg = (x) => x !== undefined && x !== null && x !== false && sval(x) !== 0;
function intArg(x) {
  if (typeof x === "number" && Number.isInteger(x)) return x;
  if (typeof x === "boolean") return +x;
  if (skind(x) === INT) return sval(x);
  throw TypeError(`'${typeof x}' object cannot be interpreted as an integer`);
}
/** A C-ordered array's data under a new shape. */
const reshaped = (a, shape) => fromFlat(a.$dt, shape, flat(copyArr(a)));
/** The transpose of a 1-D or 2-D array, copied. */
function transposed(a) {
  if (a.$shape.length < 2) return a;
  const [r, c] = a.$shape, d = flat(copyArr(a)), out = a.$dt === BOOL ? new Uint8Array(r * c) : new Float64Array(r * c);
  for (let i = 0; i < r; i++) for (let j = 0; j < c; j++) out[j * r + i] = d[i * c + j];
  return fromFlat(a.$dt, [c, r], out);
}
/** The lines of `fname`: a path (read whole), a file-like object (its `read()`), or strings. */
function textLines(fname) {
  let text;
  if (typeof fname === "string") {
    const f = pyOpen(fname);
    try {
      text = pyCm(f, "read");
    } finally {
      pyCm(f, "close");
    }
  } else if (fname !== null && typeof fname === "object" && !Array.isArray(fname) && !(fname instanceof Tuple) && hasRead(fname)) text = pyCm(fname, "read");
  else return Array.from(iter(fname), (x) => String(x).replace(/\r?\n$/, ""));
  const lines = String(text).split("\n");
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  return lines.map((l) => l.replace(/\r$/, ""));
}
function hasRead(f) {
  try {
    return pyHasattr(f, "read");
  } catch {
    return false;
  }
}

const stripComment = (line, comments) => {
  for (const c of comments) {
    const i = line.indexOf(c);
    if (i >= 0) line = line.slice(0, i);
  }
  return line;
};
const commentList = (c) => (c === undefined ? ["#"] : c === null ? [] : typeof c === "string" ? [c] : Array.from(iter(c), String));
const splitFields = (line, delimiter) => (delimiter === undefined || delimiter === null ? line.trim().split(/\s+/) : line.split(delimiter));
/** Python's float() of a field (surrounding whitespace allowed), or null. */
function parseField(s) {
  const t = s.trim().toLowerCase().replace(/_/g, (m, i, str) => (/\d_\d/.test(str.slice(i - 1, i + 2)) ? "" : "_"));
  if (/^[+-]?(inf|infinity)$/.test(t)) return t[0] === "-" ? -Infinity : Infinity;
  if (/^[+-]?nan$/.test(t)) return NaN;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(t)) return null;
  return Number(t);
}
function usecolsList(usecols, ncol) {
  if (usecols === undefined || usecols === null) return null;
  const cols = skind(usecols) >= 0 ? [intArg(usecols)] : Array.from(iter(usecols), (c) => intArg(c));
  return cols.map((c) => {
    const j = c < 0 ? c + ncol : c;
    if (j < 0 || j >= ncol) throw ValueError(`invalid column index ${c} at row 1 with ${ncol} columns`);
    return j;
  });
}
/** NumPy's final shape: squeezed unless that goes under `ndmin`, then ndmin 1 or 2 (`.T`). */
function shapeRows(rows, ncol, dt, ndmin) {
  const n = rows.length, data = dt === BOOL ? new Uint8Array(n * ncol) : new Float64Array(n * ncol);
  rows.forEach((r, i) => data.set(r, i * ncol));
  let arr = fromFlat(dt, n === 0 ? [0] : [n, ncol], data);
  const nm = ndmin === undefined || ndmin === null ? 0 : intArg(ndmin);
  if (arr.$shape.length > nm) arr = reshaped(arr, arr.$shape.filter((d) => d !== 1));
  if (arr.$shape.length < nm) arr = nm === 1 ? reshaped(arr, [arr.$size]) : transposed(reshaped(arr, [1, arr.$size]));
  return arr;
}

export const loadtxt = ND_SIG("loadtxt", ["fname", "dtype", "comments", "delimiter", "converters", "skiprows", "usecols", "unpack", "ndmin", "encoding", "max_rows"], function (fname, dt, comments, delimiter, converters, skiprows, usecols, unpack, ndmin, encoding, maxRows, k) {
  if (converters !== undefined && converters !== null) throw unsupported("loadtxt(converters=...)");
  if (k instanceof KwArgs && (k.map.get("quotechar") ?? null) !== null) throw unsupported("loadtxt(quotechar=...)");
  const code = dt === undefined || dt === null ? FLOAT : dtcode(dt);
  if (smallDt(dt) !== undefined) throw unsupported("loadtxt of small dtypes");
  const cm = commentList(comments);
  const lines = textLines(fname).slice(skiprows === undefined || skiprows === null ? 0 : intArg(skiprows));
  const limit = maxRows === undefined || maxRows === null ? Infinity : intArg(maxRows);
  const rows = [];
  let ncol = -1, cols = null;
  for (const raw of lines) {
    if (rows.length >= limit) break;
    const line = stripComment(raw, cm);
    if (line.trim() === "") continue;
    const fields = splitFields(line, delimiter);
    if (ncol === -1) {
      ncol = fields.length;
      cols = usecolsList(usecols, ncol);
    } else if (fields.length !== ncol && cols === null) {
      throw ValueError(`the number of columns changed from ${ncol} to ${fields.length} at row ${rows.length + 1}; use \`usecols\` to select a subset and avoid this error`);
    }
    const pick = cols ?? fields.map((_, j) => j);
    rows.push(pick.map((j) => {
      const v = j < fields.length ? parseField(fields[j]) : null;
      if (v === null) throw ValueError(`could not convert string '${(fields[j] ?? "").trim()}' to ${DT_NAMES[code]} at row ${rows.length}, column ${j + 1}.`);
      return code === INT ? Math.trunc(v) : code === BOOL ? (v !== 0 ? 1 : 0) : v;
    }));
  }
  const arr = shapeRows(rows, cols?.length ?? Math.max(ncol, 0), code, ndmin);
  return unpack !== undefined && unpack !== null && truthyArg(unpack) ? transposed(arr) : arr;
}, 10, { kwonly: ["quotechar", "like"] });

export const genfromtxt = ND_SIG("genfromtxt", ["fname", "dtype", "comments", "delimiter", "skip_header", "skip_footer", "converters", "missing_values", "filling_values", "usecols", "names", "excludelist", "deletechars", "replace_space", "autostrip", "case_sensitive", "defaultfmt", "unpack", "usemask", "loose", "invalid_raise", "max_rows", "encoding"], function (fname, dt, comments, delimiter, skipHeader, skipFooter, converters, missing, filling, usecols, names, ex, del, rs, as, cs, df, unpack, usemask, loose, invalidRaise, maxRows, encoding, k) {
  if (converters !== undefined && converters !== null) throw unsupported("genfromtxt(converters=...)");
  if (names !== undefined && names !== null && names !== false) throw unsupported("genfromtxt(names=...) (structured arrays)");
  if (usemask !== undefined && usemask !== null && truthyArg(usemask)) throw unsupported("genfromtxt(usemask=True)");
  if (dt === null || (typeof dt === "string" && dt === "None")) throw unsupported("genfromtxt(dtype=None)");
  const code = dt === undefined ? FLOAT : dtcode(dt);
  if (smallDt(dt) !== undefined) throw unsupported("genfromtxt of small dtypes");
  const fill = filling === undefined || filling === null ? (code === FLOAT ? NaN : -1) : toNum(filling);
  const cm = commentList(comments);
  let lines = textLines(fname).slice(skipHeader === undefined || skipHeader === null ? 0 : intArg(skipHeader));
  const sf = skipFooter === undefined || skipFooter === null ? 0 : intArg(skipFooter);
  const data = [];
  lines.forEach((raw, i) => {
    const line = stripComment(raw, cm);
    if (line.trim() !== "") data.push([i, line]);
  });
  let body = sf > 0 ? data.slice(0, Math.max(data.length - sf, 0)) : data;
  if (maxRows !== undefined && maxRows !== null) body = body.slice(0, intArg(maxRows));
  const rows = [], bad = [];
  let ncol = -1, cols = null;
  const first = skipHeader === undefined || skipHeader === null ? 0 : intArg(skipHeader);
  for (const [i, line] of body) {
    const fields = splitFields(line, delimiter);
    if (ncol === -1) {
      ncol = fields.length;
      cols = usecolsList(usecols, ncol);
    } else if (fields.length !== ncol && cols === null) {
      bad.push(`    Line #${i + 1 + first} (got ${fields.length} columns instead of ${ncol})`);
      continue;
    }
    const pick = cols ?? fields.map((_, j) => j);
    rows.push(pick.map((j) => {
      const v = j < fields.length ? parseField(fields[j]) : null;
      const x = v === null ? fill : v;
      return code === INT ? Math.trunc(x) : code === BOOL ? (x !== 0 ? 1 : 0) : x;
    }));
  }
  if (bad.length > 0 && (invalidRaise === undefined || invalidRaise === null || truthyArg(invalidRaise))) throw ValueError(`Some errors were detected !\n${bad.join("\n")}`);
  const arr = shapeRows(rows, cols?.length ?? Math.max(ncol, 0), code, k instanceof KwArgs ? k.map.get("ndmin") : 0);
  return unpack !== undefined && unpack !== null && truthyArg(unpack) ? transposed(arr) : arr;
}, 22, { kwonly: ["ndmin", "like"] });

export const savetxt = ND_SIG("savetxt", ["fname", "X", "fmt", "delimiter", "newline", "header", "footer", "comments", "encoding"], function (fname, X, fmt, delimiter, newline, header, footer, comments) {
  let a = toArr(X);
  if (a.$shape.length === 0 || a.$shape.length > 2) throw ValueError(`Expected 1D or 2D array, got ${a.$shape.length}D array instead`);
  if (a.$shape.length === 1) a = reshaped(a, [a.$shape[0], 1]);
  const ncol = a.$shape[1], dl = delimiter ?? " ", nl = newline ?? "\n", cmt = comments ?? "# ";
  fmt = fmt ?? "%.18e";
  let format;
  if (Array.isArray(fmt) || fmt instanceof Tuple) {
    const fs = Array.from(fmt, String);
    if (fs.length !== ncol) throw AttributeError(`fmt has wrong shape.  ${str(fmt)}`);
    format = fs.join(dl);
  } else if (typeof fmt === "string") {
    const n = fmt.split("%").length - 1;
    if (n === 1) format = Array(ncol).fill(fmt).join(dl);
    else if (n !== ncol) throw ValueError(`fmt has wrong number of % formats:  ${fmt}`);
    else format = fmt;
  } else throw ValueError(`invalid fmt: ${repr(fmt)}`);
  let out = "";
  if (header !== undefined && header !== null && header.length > 0) out += cmt + header.replaceAll("\n", "\n" + cmt) + nl;
  const c = copyArr(a), d = c.$data;
  for (let i = 0; i < a.$shape[0]; i++) {
    const row = [];
    for (let j = 0; j < ncol; j++) row.push(pyval(c.$dt, d[i * ncol + j]));
    out += pyMod(format, tuple_of(row)) + nl;
  }
  if (footer !== undefined && footer !== null && footer.length > 0) out += cmt + footer.replaceAll("\n", "\n" + cmt) + nl;
  if (typeof fname === "string") {
    const f = pyOpen(fname, "w");
    try {
      pyCm(f, "write", out);
    } finally {
      pyCm(f, "close");
    }
  } else pyCm(fname, "write", out);
  return null;
}, 7);
