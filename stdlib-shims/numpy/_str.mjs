// NumPy string arrays (dtype '<U<n>', ARCHITECTURE.md "String arrays"). Like a small-dtype array
// (numpy/_core.mjs), a string array is a wrapper `{$a, $sd}` around an ordinary storage array:
// here an int64 array of ids into one table of interned strings (`STRS`, id 0 is ""), so
// indexing, slicing (views share the ids), reshapes, masks and fancy indexing are the storage's.
// `$sd` is the descriptor of '<U<n>' (n code points; n = 0 is the flexible `str`/'U' of a
// `dtype=` argument). Ordering goes through `ranks`: every id's place among all interned
// strings in code-point order, so sorting, argsort, searchsorted and unique run on numbers.
// This file ships only with programs the compiler finds may make a string array
// (semantic.rs NP_STR: numpy.mjs's STR_GATE entry calls `strInit`).

import {
  mkclass, Tuple, mktuple, mkfloat, object, bool, repr, str, TypeError, ValueError, IndexError, NotImplemented, Ellipsis, int, float, hash, typename, truthy,
} from "../builtins.mjs";
import { method, withSig } from "../_shim.mjs";
import { str_methods as SM } from "../rt/str.mjs";
import {
  BOOL, INT, FLOAT, dtcode, fromFlat, isArr, flat, copyArr, getitem, setitem, skind, sval, isNpScalar, scal, dtype, generic, unsupported,
  STRH, UFuncTypeError, tolist, K, broadcastShapes, broadcastTo, TRUE_, FALSE_, formatNested, toArr, PRINT_LEGACY,
} from "./_core.mjs";

const STRS = [""], IDS = new Map([["", 0]]);
/** The id of string `s` (interned). */
function sid(s) {
  let i = IDS.get(s);
  if (i === undefined) {
    i = STRS.length;
    STRS.push(s);
    IDS.set(s, i);
  }
  return i;
}
/** Length in code points (NumPy counts UCS4 characters). */
function cpLen(s) {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        n--;
        i++;
      }
    }
  }
  return n;
}
/** `s` cut to `n` code points (NumPy truncates silently on assignment), trailing NULs dropped. */
function cut(s, n) {
  if (s.length > n && cpLen(s) > n) s = Array.from(s).slice(0, n).join("");
  return s.endsWith("\0") ? s.replace(/\0+$/, "") : s;
}
/** Code-point order (UTF-16 order differs above the BMP). */
function cmpStr(a, b) {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i), y = b.codePointAt(i);
    if (x !== y) return x < y ? -1 : 1;
    if (x > 0xffff) i++;
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}
let RANKS = null, RANKN = 0;
/** Every id's rank among all interned strings, in code-point order ("" is 0). */
function ranks() {
  if (RANKN !== STRS.length) {
    const order = STRS.map((_, i) => i).sort((i, j) => cmpStr(STRS[i], STRS[j]));
    RANKS = new Float64Array(STRS.length);
    for (let r = 0; r < order.length; r++) RANKS[order[r]] = r;
    RANKN = STRS.length;
  }
  return RANKS;
}

export const DTypePromotionError = mkclass("DTypePromotionError", [TypeError], (C) => {
  C.__module__ = "numpy.exceptions";
});

// ---------------------------------------------------------------------------- descriptors

const SDS = new Map();
const SH = { P: null };
function strSd(n) {
  let sd = SDS.get(n);
  if (sd === undefined) {
    sd = {
      name: n === 0 ? "<U0" : `<U${n}`, kind: "U", n, size: 4 * n, char: "U", st: INT, cls: null, dt: null, sh: SH,
      bin: strBin, un: strUn, red: strRed, clip: strNo("clip"), round: strNo("round"), arr: strArr, arange: strNo("arange"), rtype: strNo("result_type"),
      pick: (x, y) => (hasStr(x) || hasStr(y) ? FLEX() : undefined), seq: strSeq, out: (sd2, r) => out(sd2, r), conv: (x) => (pstr(x) !== undefined || Array.isArray(x) || x instanceof Tuple ? strOp(x) ?? undefined : undefined), multi: strMulti, fixed: strNo("this function"), keep: strKeep, rank: strRank,
      dtype() { return strDt(this); },
    };
    sd.cls = str_;
    SDS.set(n, sd);
  }
  return sd;
}
const strNo = (what) => () => {
  throw unsupported(`${what} of str arrays`);
};
function FLEX() {
  return strSd(0);
}

/** The descriptor a `dtype=` argument names, if it is a str dtype ('U5', '<U5', 'U', str, np.str_). */
function strDtArg(x) {
  if (x === str || x === str_) return FLEX();
  if (typeof x === "string") {
    if (x === "str" || x === "U" || x === "<U" || x === "unicode") return FLEX();
    const m = /^[<=|]?U(\d+)$/.exec(x);
    if (m !== null) return strSd(+m[1]);
  }
  return undefined;
}

function strDt(sd) {
  if (sd.dt === null) {
    const D = Object.create(dtype);
    const nm = sd.n === 0 ? "<U0" : sd.name;
    const rtf = (f) => {
      f.$rt = true;
      return f;
    };
    D.__repr__ = rtf(() => `dtype('${nm}')`);
    D.__str__ = rtf(() => nm);
    D.__eq__ = rtf((o) => {
      const d = o?.$code ?? strDtArg(o);
      return d !== undefined && d.kind === "U" && d.n === sd.n;
    });
    D.__ne__ = rtf((o) => !D.__eq__(o));
    D.__hash__ = rtf(() => hash(nm));
    for (const [k, v] of [["name$", `str${32 * sd.n}`], ["kind", "U"], ["itemsize", sd.size], ["char", "U"], ["type", str_], ["str$", nm]]) {
      Object.defineProperty(D, k, { get: () => v, configurable: true });
    }
    Object.defineProperty(D, "str", { get: () => nm, configurable: true });
    const d = Object.create(D);
    d.$code = sd;
    sd.dt = d;
  }
  return sd.dt;
}

// ---------------------------------------------------------------------------- scalars

/** `np.str_`: a subclass of str (instances hold the value in `$pv`, rt/object.mjs installPrim). */
export const str_ = mkclass("str_", [str, generic], (C) => {
  C.__module__ = "numpy";
  C.__repr__ = function () {
    return PRINT_LEGACY.v ? repr(this.$pv) : `np.str_(${repr(this.$pv)})`;
  };
  C.__repr__.$rt = true;
});

function sscal(s) {
  const o = Object.create(str_);
  o.$pv = s;
  return o;
}
/** A Python str from a str, np.str_ or str subclass value, else undefined. */
const pstr = (v) => (typeof v === "string" ? v : typeof v?.$pv === "string" ? v.$pv : undefined);

// ---------------------------------------------------------------------------- arrays

function wrap(sd, a) {
  const w = Object.create(SH.P ?? strProto());
  w.$a = a;
  w.$sd = sd;
  w.$v1 = null;
  return w;
}
/** A storage result as a string array (0-d: an np.str_), tuples' first item only. */
function out(sd, r) {
  if (r instanceof Tuple) return mktuple(out(sd, r[0]), ...Array.from(r).slice(1));
  if (isArr(r)) return r.$shape.length === 0 ? sscal(STRS[r.$data[r.$off]]) : wrap(sd, r);
  if (isNpScalar(r)) return sscal(STRS[r.v]);
  return r;
}
const isStrA = (x) => x?.$a !== undefined && x.$sd.kind === "U";

/** NumPy's str() of a number stored as `dt` (astype(str)). */
function numStr(dt, v) {
  if (dt === BOOL) return v ? "True" : "False";
  if (dt === INT) return BigInt(v).toString();
  return repr(mkfloat(v));
}
const NUM_N = [5, 21, 32];

/** Nested sequence `x` as [shape, leaves (strings), needed width]. */
function leavesOf(x, exact) {
  const shape = [], leaves = [];
  let w = 0, hasStr = false;
  const isSeq = (v) => Array.isArray(v) || v instanceof Tuple;
  for (let v = x; ;) {
    if (isStrA(v) || isArr(v)) {
      shape.push(...(v.$a ?? v).$shape);
      break;
    }
    if (!isSeq(v)) break;
    shape.push(v.length);
    if (v.length === 0) break;
    v = v[0];
  }
  const ragged = (depth) => {
    throw ValueError(`setting an array element with a sequence. The requested array has an inhomogeneous shape after ${depth} dimensions. The detected shape was (${shape.slice(0, depth).join(", ")}${depth === 1 ? "," : ""}) + inhomogeneous part.`);
  };
  const fill = (v, depth) => {
    const s = pstr(v);
    if (s !== undefined) {
      if (depth !== shape.length) ragged(depth);
      hasStr = true;
      leaves.push(s);
      w = Math.max(w, cpLen(s));
      return;
    }
    if (isStrA(v) || isArr(v)) {
      const a = v.$a ?? v, rest = shape.slice(depth);
      if (a.$shape.length !== rest.length || a.$shape.some((d, i) => d !== rest[i])) ragged(depth);
      const d = flat(a);
      if (isStrA(v)) {
        for (let i = 0; i < d.length; i++) leaves.push(STRS[d[i]]);
        hasStr = true;
        w = Math.max(w, v.$sd.n);
      } else {
        if (v.$sd !== undefined) throw unsupported("str arrays from small-dtype arrays");
        for (let i = 0; i < d.length; i++) leaves.push(numStr(a.$dt, d[i]));
        w = Math.max(w, NUM_N[a.$dt]);
      }
      return;
    }
    const k = skind(v);
    if (k >= 0) {
      if (depth !== shape.length) ragged(depth);
      if (v?.$sd !== undefined) throw unsupported("str arrays from small-dtype values");
      const t = numStr(k, sval(v));
      leaves.push(t);
      w = Math.max(w, exact ? t.length : NUM_N[k]);
      return;
    }
    if (isSeq(v)) {
      if (depth >= shape.length || v.length !== shape[depth]) ragged(depth);
      for (const it of v) fill(it, depth + 1);
      return;
    }
    if (v == null) throw unsupported("array with dtype=object (None)");
    throw unsupported(`array with dtype=object (${typename(v)} objects)`);
  };
  fill(x, 0);
  return [shape, leaves, w, hasStr];
}

/** Whether `x` is a str or a (nested) sequence holding one. */
function hasStr(x) {
  if (pstr(x) !== undefined) return true;
  if (!Array.isArray(x) && !(x instanceof Tuple)) return false;
  for (const v of x) if (hasStr(v)) return true;
  return false;
}
/** `x` (anything array-like) as a string array of descriptor `sd` (flexible: as wide as needed). */
function toStr(x, sd, exact) {
  if (isStrA(x) && (sd.n === 0 || sd.n === x.$sd.n)) return x;
  const [shape, leaves, w] = leavesOf(x, exact);
  const n = sd.n === 0 ? Math.max(w, 1) : sd.n, data = new Float64Array(leaves.length);
  for (let i = 0; i < leaves.length; i++) data[i] = sid(cut(leaves[i], n));
  return wrap(strSd(n), fromFlat(INT, shape, data));
}
/** `sd.arr`: np.array/asarray with a str dtype; `fillv` given: `a` is zeros to fill with it (np.full/zeros/empty). */
function strArr(x, sd, copy, fillv) {
  if (fillv !== undefined) {
    const s = fillv === 0 ? "" : pstr(fillv) ?? leavesOf(fillv)[1][0];
    const n = sd.n === 0 ? Math.max(1, cpLen(s)) : sd.n;
    const w = wrap(strSd(n), x);
    if (s !== "") x.$data.fill(sid(cut(s, n)));
    return w;
  }
  const r = toStr(x, sd, true);
  return copy && r === x ? wrap(r.$sd, copyArr(r.$a)) : r;
}
/** `sd.seq`: a nested list holding strings (numpy/_core.mjs asarray); `dt`: a legacy dtype to parse them as. */
function strSeq(x, dt) {
  const w = toStr(x, FLEX());
  return dt === undefined || dt === null ? w : astype(w, dt);
}

/** `w.astype(dt)`. */
function astype(w, dt) {
  const sd = STRH.dt(dt);
  if (sd !== undefined) return toStr(w, sd);
  const code = typeof dt === "number" ? dt : dtypeCode(dt);
  const d = flat(w.$a), o = new Float64Array(d.length);
  for (let i = 0; i < d.length; i++) {
    const s = STRS[d[i]];
    if (code === BOOL) o[i] = s !== "" ? 1 : 0;
    else if (code === INT) {
      let v;
      try {
        v = int(s);
      } catch {
        throw ValueError(`invalid literal for int() with base 10: ${repr(sscal(s))}`);
      }
      o[i] = Number(v);
    } else {
      try {
        o[i] = sval(float(s));
      } catch {
        throw ValueError(`could not convert string to float: ${repr(sscal(s))}`);
      }
    }
  }
  return fromFlat(code, w.$a.$shape.slice(), code === BOOL ? Uint8Array.from(o) : o);
}
function dtypeCode(dt) {
  if (dt === object || dt === "O" || dt === "object") throw unsupported("array with dtype=object");
  return dtcode(dt);
}

// ---------------------------------------------------------------------------- comparisons, ufuncs

const CMP = { equal: (c) => c === 0, not_equal: (c) => c !== 0, less: (c) => c < 0, less_equal: (c) => c <= 0, greater: (c) => c > 0, greater_equal: (c) => c >= 0 };
/** A str operand as a storage array of ids, or null when it is not a str (array). */
function strOp(x) {
  if (isStrA(x)) return x;
  const s = pstr(x);
  if (s !== undefined) return wrap(strSd(Math.max(1, cpLen(s))), fromFlat(INT, [], Float64Array.of(sid(s))));
  if (Array.isArray(x) || x instanceof Tuple) {
    return hasStr(x) || x.length === 0 ? toStr(x, FLEX()) : null;
  }
  return null;
}
function nameOf(x) {
  const w = strOp(x);
  if (w !== null) return `dtype('${w.$sd.name}')`;
  if (isArr(x)) return `dtype('${["bool", "int64", "float64"][x.$dt]}')`;
  const s = pstr(x);
  if (s !== undefined) return `dtype('<U${Math.max(1, cpLen(s))}')`;
  const k = skind(x);
  return k === FLOAT ? "dtype('float64')" : k === INT ? "dtype('int64')" : k === BOOL ? "dtype('bool')" : `dtype('O')`;
}
function noLoop(name, x, y) {
  if (name === "multiply" && (skind(x) === INT || skind(y) === INT || x?.$dt === INT || y?.$dt === INT)) return TypeError("The 'out' kwarg is necessary. Use numpy.strings.multiply without it.");
  if (name === "divide") return TypeError("ufunc 'divide' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''");
  return UFuncTypeError(`ufunc '${name}' did not contain a loop with signature matching types (${nameOf(x)}, ${nameOf(y)}) -> None`);
}
/** Elementwise `f(s, t)` over broadcast str operands, into a `dt` array (0-d: a scalar). */
function bmap(X, Y, dt, f) {
  const a = X.$a, b = Y.$a, shape = broadcastShapes(a.$shape, b.$shape);
  const da = flat(broadcastTo(a, shape)), db = flat(broadcastTo(b, shape)), n = da.length;
  const o = dt === BOOL ? new Uint8Array(n) : new Float64Array(n);
  for (let i = 0; i < n; i++) o[i] = f(STRS[da[i]], STRS[db[i]]);
  return fromFlat(dt, shape, o);
}
function strBin(name, x, y) {
  const X = strOp(x), Y = strOp(y);
  const c = CMP[name];
  if (c !== undefined) {
    if (X === null || Y === null) {
      if (name === "equal" || name === "not_equal") {
        const A_ = X ?? Y, o = X === null ? x : y, sh = broadcastShapes(A_.$a.$shape, isArr(o) ? o.$shape : Array.isArray(o) || o instanceof Tuple ? toArr(o).$shape : []);
        const r = new Uint8Array(sh.reduce((p, q) => p * q, 1)).fill(name === "equal" ? 0 : 1);
        return sh.length === 0 ? (r[0] ? TRUE_ : FALSE_) : fromFlat(BOOL, sh, r);
      }
      // Comparisons name the DType classes.
      const cls = (v) => `<class 'numpy.dtypes.${isStrA(v) || pstr(v) !== undefined ? "Str" : ["Bool", "Int64", "Float64"][isArr(v) ? v.$dt : skind(v)] ?? "Object"}DType'>`;
      throw UFuncTypeError(`ufunc '${name}' did not contain a loop with signature matching types (${cls(x)}, ${cls(y)}) -> None`);
    }
    const r = bmap(X, Y, BOOL, (s, t) => (c(cmpStr(s, t)) ? 1 : 0));
    return r.$shape.length === 0 ? (r.$data[0] ? TRUE_ : FALSE_) : r;
  }
  if (name === "add" && X !== null && Y !== null) {
    const r = bmap(X, Y, INT, (s, t) => sid(s + t));
    return out(strSd(X.$sd.n + Y.$sd.n), r);
  }
  throw noLoop(name, x, y);
}
function strUn(name) {
  throw UFuncTypeError(`ufunc '${name}' did not contain a loop with signature matching types <class 'numpy.dtypes.StrDType'> -> None`);
}
function strRed(red, name, w) {
  const sd = w.$sd;
  if (name === "sum" || name === "mean" || name === "cumsum") {
    throw TypeError(`the resolved dtypes are not compatible with add.reduce. Resolved (dtype('${sd.name}'), dtype('${sd.name}'), dtype('<U${2 * sd.n}'))`);
  }
  if (name === "max" || name === "min") throw UFuncTypeError(`ufunc '${name === "max" ? "maximum" : "minimum"}' did not contain a loop with signature matching types (dtype('${sd.name}'), dtype('${sd.name}')) -> None`);
  if (name === "prod") throw UFuncTypeError(`ufunc 'multiply' did not contain a loop with signature matching types (dtype('${sd.name}'), dtype('${sd.name}')) -> None`);
  throw unsupported(`${name} of str arrays`);
}

/** `f` of storage arrays of ids with the promoted (widest) str dtype; numbers are refused as NumPy does. */
function strMulti(f, xs) {
  let n = 1;
  const ws = xs.map((x) => {
    const w = isArr(x) ? toStr(x, FLEX()) : strOp(x);
    if (w === null) {
      const k = isArr(x) ? x.$dt : skind(x);
      throw DTypePromotionError(`The DType <class 'numpy.dtypes.StrDType'> could not be promoted by <class 'numpy.dtypes.${k === BOOL ? "BoolDType" : k === INT ? (isArr(x) ? "Int64DType" : "_PyLongDType") : isArr(x) ? "Float64DType" : "_PyFloatDType"}'>. This means that no common DType exists for the given inputs. For example they cannot be stored in a single array unless the dtype is \`object\`. The full list of DTypes is: (<class 'numpy.dtypes.StrDType'>, <class 'numpy.dtypes.${k === BOOL ? "BoolDType" : k === INT ? (isArr(x) ? "Int64DType" : "_PyLongDType") : isArr(x) ? "Float64DType" : "_PyFloatDType"}'>)`);
    }
    n = Math.max(n, w.$sd.n);
    return w.$a;
  });
  return out(strSd(n), f(ws));
}
/** `f` of the storage with ids replaced by global ranks (order-dependent functions: sort, unique), back to ids. */
function strKeep(x, f) {
  const rk = ranks(), inv = new Float64Array(rk.length);
  for (let i = 0; i < rk.length; i++) inv[rk[i]] = i;
  const d = flat(x.$a), rd = new Float64Array(d.length);
  for (let i = 0; i < d.length; i++) rd[i] = rk[d[i]];
  const r = f(fromFlat(INT, x.$a.$shape.slice(), rd));
  const back = (a) => {
    if (!isArr(a)) return isNpScalar(a) ? sscal(STRS[inv[a.v]]) : a;
    const v = flat(a), o = new Float64Array(v.length);
    for (let i = 0; i < v.length; i++) o[i] = inv[v[i]];
    return out(x.$sd, fromFlat(INT, a.$shape.slice(), o));
  };
  return r instanceof Tuple ? mktuple(back(r[0]), ...Array.from(r).slice(1)) : back(r);
}
/** Numeric stand-in for order- and equality-based functions (argsort, searchsorted, isin, nonzero): global ranks. */
function strRank(x) {
  const w = isStrA(x) ? x : strOp(x);
  if (w === null) return x?.$a ?? x;
  const rk = ranks(), d = flat(w.$a), o = new Float64Array(d.length);
  for (let i = 0; i < d.length; i++) o[i] = rk[d[i]];
  return fromFlat(INT, w.$a.$shape.slice(), o);
}

/** NumPy's `aquicksort` (introsort, insertion sort under 17 elements): argsort's order of equal strings. */
export function argsortStr(v) {
  const n = v.length, t = new Float64Array(n);
  for (let i = 0; i < n; i++) t[i] = i;
  const less = (i, j) => v[i] < v[j];
  const stack = [];
  let pl = 0, pr = n - 1, cdepth = 2 * (31 - Math.clz32(Math.max(n, 1)));
  const sw = (i, j) => { const x = t[i]; t[i] = t[j]; t[j] = x; };
  for (;;) {
    if (cdepth < 0) throw unsupported("argsort of this str array (NumPy's heapsort fallback)");
    while (pr - pl > 16) {
      const pm = pl + ((pr - pl) >> 1);
      if (less(t[pm], t[pl])) sw(pm, pl);
      if (less(t[pr], t[pm])) sw(pr, pm);
      if (less(t[pm], t[pl])) sw(pm, pl);
      const vp = t[pm];
      let pi = pl, pj = pr - 1;
      sw(pm, pj);
      for (;;) {
        do ++pi; while (less(t[pi], vp));
        do --pj; while (less(vp, t[pj]));
        if (pi >= pj) break;
        sw(pi, pj);
      }
      sw(pi, pr - 1);
      if (pi - pl < pr - pi) {
        stack.push(pi + 1, pr, --cdepth);
        pr = pi - 1;
      } else {
        stack.push(pl, pi - 1, --cdepth);
        pl = pi + 1;
      }
    }
    for (let pi = pl + 1; pi <= pr; pi++) {
      const vi = t[pi];
      let pj = pi;
      while (pj > pl && less(vi, t[pj - 1])) {
        t[pj] = t[pj - 1];
        pj--;
      }
      t[pj] = vi;
    }
    if (stack.length === 0) break;
    cdepth = stack.pop();
    pr = stack.pop();
    pl = stack.pop();
  }
  return t;
}

// ---------------------------------------------------------------------------- printing

function printOpts() {
  const o = K.getPrintOptions();
  return { threshold: o[2], edge: o[3], width: o[4] };
}
/** NumPy's `_formatArray` with each element's Python repr (no padding for str). */
function formatArr(w, sep, prefix, width) {
  const a = w.$a, shape = a.$shape, d = flat(a), o = printOpts(), lw = width ?? o.width;
  const summ = a.$size > o.threshold, edge = o.edge, nd = shape.length;
  const strides = [];
  for (let i = nd - 1, s = 1; i >= 0; i--) {
    strides[i] = s;
    s *= shape[i];
  }
  if (nd === 0) return repr(STRS[d[0]]);
  if (a.$size === 0) return "[]";
  return formatNested(shape, strides, summ, edge, sep, " ".repeat(prefix.length + 1), lw, (k) => repr(STRS[d[k]]));
}
function strRepr(w) {
  const a = w.$a, nm = w.$sd.name;
  if (a.$shape.length === 0) return `array(${repr(STRS[flat(a)[0]])}, dtype='${nm}')`;
  const body = "array(" + formatArr(w, ", ", "array(", printOpts().width - 1) + ")";
  const tail = a.$size === 0 && a.$shape.length > 1 ? `shape=(${a.$shape.join(", ")}), dtype='${nm}')` : `dtype='${nm}')`;
  const base = body.slice(0, -1) + ",";
  const last = base.length - (base.lastIndexOf("\n") + 1);
  return base + (last + tail.length + 1 > printOpts().width ? "\n      " : " ") + tail;
}
function strStr(w) {
  const a = w.$a;
  if (a.$shape.length === 0) return STRS[flat(a)[0]];
  return formatArr(w, " ", "");
}
/** `np.array2string` of a string array. */
export function strArray2string(w, mlw, sep, prefix) {
  return formatArr(w, sep ?? " ", prefix ?? "", mlw ?? undefined);
}

// ---------------------------------------------------------------------------- the array class

function strProto() {
  const nd = Object.getPrototypeOf(fromFlat(INT, [0], new Float64Array(0)));
  const P = Object.create(Object.getPrototypeOf(nd));
  const no = (k) => function () {
    throw unsupported(`ndarray.${k} of str arrays`);
  };
  for (const k of Object.getOwnPropertyNames(nd)) {
    const d = Object.getOwnPropertyDescriptor(nd, k);
    if (k.startsWith("$") || !(d.get !== undefined || typeof d.value === "function") || k === "__hash__" || k === "__new__" || k === "__init__" || k === "__class__") Object.defineProperty(P, k, d);
    else if (d.get !== undefined) Object.defineProperty(P, k, { get: no(k), configurable: true });
    else {
      P[k] = no(k);
      P[k].$rt = true;
    }
  }
  const rtf = (f) => {
    f.$rt = true;
    return f;
  };
  // Views and copies keep the dtype (their storage shares the ids as NumPy's views share data).
  for (const k of "reshape ravel flatten copy transpose squeeze swapaxes repeat take".split(" ")) {
    const f = nd[k];
    if (typeof f !== "function") continue;
    P[k] = function (...args) {
      return out(this.$sd, f.apply(this.$a, args));
    };
  }
  for (const k of ["nonzero"]) {
    const f = nd[k];
    P[k] = function (...args) {
      return f.apply(this.$a, args);
    };
  }
  const getters = {
    shape() { return mktuple(...this.$a.$shape); },
    ndim() { return this.$a.$shape.length; },
    size() { return this.$a.$size; },
    dtype() { return strDt(this.$sd); },
    itemsize() { return this.$sd.size; },
    nbytes() { return this.$sd.size * this.$a.$size; },
    T() { return wrap(this.$sd, nd.transpose.call(this.$a)); },
    flat() { return wrap(this.$sd, nd.ravel.call(this.$a)).__iter__(); },
  };
  for (const [k, f] of Object.entries(getters)) Object.defineProperty(P, k, { get: f, configurable: true });
  P.__repr__ = rtf(function () { return strRepr(this); });
  P.__str__ = rtf(function () { return strStr(this); });
  P.__format__ = rtf(function (spec) {
    if (spec === "" ) return strStr(this);
    throw TypeError("unsupported format string passed to numpy.ndarray.__format__");
  });
  P.__len__ = rtf(function () { return nd.__len__.call(this.$a); });
  P.__bool__ = rtf(function () { return nd.__bool__.call(this.$a); });
  P.__iter__ = rtf(function () {
    const n = nd.__len__.call(this.$a), o = new Array(n);
    for (let i = 0; i < n; i++) o[i] = out(this.$sd, getitem(this.$a, i));
    return o[Symbol.iterator]();
  });
  P.__getitem__ = rtf(function (k) {
    if (isStrA(k)) throw IndexError("arrays used as indices must be of integer (or boolean) type");
    if (k?.$a !== undefined) k = k.$a;
    return out(this.$sd, getitem(this.$a, k));
  });
  P.__setitem__ = rtf(function (k, v) {
    if (k?.$a !== undefined) k = k.$a;
    const n = this.$sd.n, s = pstr(v);
    if (s !== undefined) setitem(this.$a, k, sid(cut(s, n)));
    else if (skind(v) >= 0) setitem(this.$a, k, sid(cut(leavesOf(v)[1][0], n)));
    else setitem(this.$a, k, toStr(v, strSd(n)).$a);
    return null;
  });
  P.__contains__ = rtf(function (v) {
    const r = strBin("equal", this, v);
    return isArr(r) ? r.$data.some((x, i) => x !== 0) : r === TRUE_;
  });
  for (const [d, u] of Object.entries({ eq: "equal", ne: "not_equal", lt: "less", le: "less_equal", gt: "greater", ge: "greater_equal" })) {
    P[`__${d}__`] = rtf(function (o) {
      if (strOp(o) === null && !isArr(o) && skind(o) < 0 && o?.$a === undefined) {
        if (d !== "eq" && d !== "ne") return NotImplemented;
      }
      return strBin(u, this, o);
    });
  }
  P.__add__ = rtf(function (o) {
    return strOp(o) === null ? NotImplemented : strBin("add", this, o);
  });
  P.__radd__ = rtf(function (o) {
    return strOp(o) === null ? NotImplemented : strBin("add", o, this);
  });
  for (const u of ["negative", "positive", "absolute", "invert"]) P[`__${u === "negative" ? "neg" : u === "positive" ? "pos" : u === "absolute" ? "abs" : u}__`] = rtf(() => strUn(u));
  for (const [d, u] of Object.entries({ sub: "subtract", mul: "multiply", truediv: "divide", floordiv: "floor_divide", mod: "remainder", pow: "power" })) {
    P[`__${d}__`] = rtf(function (o) { throw noLoop(u, this, o); });
    P[`__r${d}__`] = rtf(function (o) { throw noLoop(u, o, this); });
  }
  P.$arith = function (sym, o, reflected) {
    if (sym === "+" && strOp(o) !== null) return reflected ? strBin("add", o, this) : strBin("add", this, o);
    return undefined;
  };
  const m = (k, params, f, defaults) => {
    P[k] = method(`ndarray.${k}`, params, f, { defaults });
  };
  m("astype", ["dtype", "order", "casting", "subok", "copy"], function (dt) { return astype(this, dt); }, 4);
  m("tolist", [], function () {
    const l = tolist(this.$a);
    const fix = (x) => (Array.isArray(x) ? x.map(fix) : STRS[Number(x)]);
    return fix(l);
  }, 0);
  m("item", ["args"], function (...args) {
    if (args.length === 0 && this.$a.$size !== 1) throw ValueError("can only convert an array of size 1 to a Python scalar");
    const r = args.length === 0 ? flat(this.$a)[0] : sval(getitem(this.$a, args.length === 1 ? args[0] : mktuple(...args)));
    return STRS[r];
  }, 0);
  m("fill", ["value"], function (v) {
    P.__setitem__.call(this, Ellipsis, v);
    return null;
  }, 0);
  m("sort", ["axis", "kind", "order"], function (axis) {
    const r = strKeep(this, (s) => STRH.sort(s, axis === undefined ? -1 : axis));
    this.$a.$shape.length === 0 || P.__setitem__.call(this, Ellipsis, r);
    return null;
  }, 3);
  m("argsort", ["axis", "kind", "order"], function (axis, kind) { return STRH.argsort(this, axis, kind); }, 3);
  for (const r of ["sum", "mean", "max", "min", "prod", "cumsum"]) {
    m(r, ["axis", "dtype", "out", "keepdims"], function () { return strRed(null, r, this); }, 4);
  }
  return (SH.P = P);
}

/** Hooks numpy/_core.mjs and numpy.mjs call (set when the program may make a string array). */
export function strInit(bool_, sort, argsort) {
  STRH.bool = bool_;
  STRH.sort = sort;
  STRH.argsort = argsort;
  STRH.sd = FLEX();
  STRH.dt = strDtArg;
  str_.$sd = FLEX();
}

// ---------------------------------------------------------------------------- np.char / np.strings

/** `f(s, ...)` over the strings of `x` (broadcast with array arguments `more`), into dtype `kind`: "U" (width from the results), INT or BOOL. */
function cmap(name, x, f, kind = "U", ...more) {
  const keepW = kind === "K";
  if (keepW) kind = "U";
  const X = strOp(x);
  if (X === null) throw UFuncTypeError(`string operation on non-string array`);
  let shape = X.$a.$shape;
  const ops = more.map((m) => {
    if (m === undefined || m === null) return null;
    const w = pstr(m) !== undefined || Array.isArray(m) || isStrA(m) ? strOp(m) : null;
    const a = w !== null ? w.$a : isArr(m) ? m : Array.isArray(m) ? fromFlat(INT, [m.length], Float64Array.from(m, sval)) : null;
    if (a !== null) shape = broadcastShapes(shape, a.$shape);
    return a === null ? [m] : [a, w !== null];
  });
  const d = flat(broadcastTo(X.$a, shape)), n = d.length;
  const cols = ops.map((o) => (o === null ? null : o.length === 1 ? null : flat(broadcastTo(o[0], shape))));
  const res = new Array(n);
  let w = 1;
  for (let i = 0; i < n; i++) {
    const args = ops.map((o, j) => (o === null ? undefined : o.length === 1 ? (pstr(o[0]) ?? (skind(o[0]) >= 0 ? sval(o[0]) : o[0])) : o[1] ? STRS[cols[j][i]] : cols[j][i]));
    res[i] = f(STRS[d[i]], ...args);
    if (kind === "U") w = Math.max(w, cpLen(res[i]));
  }
  if (kind === "U") {
    const o = new Float64Array(n);
    for (let i = 0; i < n; i++) o[i] = sid(res[i]);
    return wrap(strSd(keepW ? Math.max(w, X.$sd.n) : w), fromFlat(INT, shape.slice(), o));
  }
  const o = kind === BOOL ? Uint8Array.from(res, (v) => (v ? 1 : 0)) : Float64Array.from(res);
  const r = fromFlat(kind, shape.slice(), o);
  return shape.length === 0 ? (kind === BOOL ? (o[0] ? TRUE_ : FALSE_) : scal(INT, o[0])) : r;
}
const ws = (chars) => (chars === undefined || chars === null ? null : pstr(chars));
function pad(s, width, fill, how) {
  const n = cpLen(s), w = Number(width);
  if (n >= w) return s;
  const k = w - n, f = fill ?? " ";
  if (how === "l") return s + f.repeat(k);
  if (how === "r") return f.repeat(k) + s;
  const left = Math.floor(k / 2) + (k & w & 1);
  return f.repeat(left) + s + f.repeat(k - left);
}
export const CHAR = {
  upper: (a) => cmap("upper", a, (s) => SM.upper(s), "K"),
  lower: (a) => cmap("lower", a, (s) => SM.lower(s), "K"),
  capitalize: (a) => cmap("capitalize", a, (s) => SM.capitalize(s), "K"),
  title: (a) => cmap("title", a, (s) => SM.title(s), "K"),
  swapcase: (a) => cmap("swapcase", a, (s) => SM.swapcase(s), "K"),
  strip: (a, chars) => cmap("strip", a, (s) => (ws(chars) === null ? SM.strip(s) : SM.strip(s, ws(chars))), "K"),
  lstrip: (a, chars) => cmap("lstrip", a, (s) => (ws(chars) === null ? SM.lstrip(s) : SM.lstrip(s, ws(chars))), "K"),
  rstrip: (a, chars) => cmap("rstrip", a, (s) => (ws(chars) === null ? SM.rstrip(s) : SM.rstrip(s, ws(chars))), "K"),
  add: (a, b) => strBin("add", a, b),
  multiply: (a, k) => cmap("multiply", a, (s, n) => s.repeat(Math.max(0, Number(n))), "U", k),
  center: (a, w, f) => cmap("center", a, (s, n) => pad(s, n, ws(f), "c"), "U", w),
  ljust: (a, w, f) => cmap("ljust", a, (s, n) => pad(s, n, ws(f), "l"), "U", w),
  rjust: (a, w, f) => cmap("rjust", a, (s, n) => pad(s, n, ws(f), "r"), "U", w),
  zfill: (a, w) => cmap("zfill", a, (s, n) => SM.zfill(s, Number(n)), "U", w),
  replace: (a, o, n, c) => cmap("replace", a, (s, x, y) => (c === undefined || c === null ? SM.replace(s, x, y) : SM.replace(s, x, y, c)), "U", o, n),
  startswith: (a, p) => cmap("startswith", a, (s, x) => s.startsWith(x), BOOL, p),
  endswith: (a, p) => cmap("endswith", a, (s, x) => s.endsWith(x), BOOL, p),
  find: (a, p) => cmap("find", a, (s, x) => Number(SM.find(s, x)), INT, p),
  rfind: (a, p) => cmap("rfind", a, (s, x) => Number(SM.rfind(s, x)), INT, p),
  count: (a, p) => cmap("count", a, (s, x) => Number(SM.count(s, x)), INT, p),
  str_len: (a) => cmap("str_len", a, (s) => cpLen(s), INT),
  isdigit: (a) => cmap("isdigit", a, (s) => truthy(SM.isdigit(s)), BOOL),
  isalpha: (a) => cmap("isalpha", a, (s) => truthy(SM.isalpha(s)), BOOL),
  isnumeric: (a) => cmap("isnumeric", a, (s) => truthy(SM.isnumeric(s)), BOOL),
  isspace: (a) => cmap("isspace", a, (s) => truthy(SM.isspace(s)), BOOL),
  isupper: (a) => cmap("isupper", a, (s) => truthy(SM.isupper(s)), BOOL),
  islower: (a) => cmap("islower", a, (s) => truthy(SM.islower(s)), BOOL),
  equal: (a, b) => strBin("equal", a, b),
  not_equal: (a, b) => strBin("not_equal", a, b),
  less: (a, b) => strBin("less", a, b),
  greater: (a, b) => strBin("greater", a, b),
};

/** The `numpy.char` / `numpy.strings` namespace (numpy/char.mjs lists the names for the compiler). */
export function charNs() {
  const F = (name, params, defaults) => withSig((...a) => CHAR[name](...a), name, params, { defaults });
  return {
    upper: F("upper", ["a"], 0),
    lower: F("lower", ["a"], 0),
    capitalize: F("capitalize", ["a"], 0),
    title: F("title", ["a"], 0),
    swapcase: F("swapcase", ["a"], 0),
    strip: F("strip", ["a", "chars"], 1),
    lstrip: F("lstrip", ["a", "chars"], 1),
    rstrip: F("rstrip", ["a", "chars"], 1),
    add: F("add", ["x1", "x2"], 0),
    multiply: F("multiply", ["a", "i"], 0),
    center: F("center", ["a", "width", "fillchar"], 1),
    ljust: F("ljust", ["a", "width", "fillchar"], 1),
    rjust: F("rjust", ["a", "width", "fillchar"], 1),
    zfill: F("zfill", ["a", "width"], 0),
    replace: F("replace", ["a", "old", "new", "count"], 1),
    startswith: F("startswith", ["a", "prefix"], 0),
    endswith: F("endswith", ["a", "suffix"], 0),
    find: F("find", ["a", "sub"], 0),
    rfind: F("rfind", ["a", "sub"], 0),
    count: F("count", ["a", "sub"], 0),
    str_len: F("str_len", ["a"], 0),
    isdigit: F("isdigit", ["a"], 0),
    isalpha: F("isalpha", ["a"], 0),
    isnumeric: F("isnumeric", ["a"], 0),
    isspace: F("isspace", ["a"], 0),
    isupper: F("isupper", ["a"], 0),
    islower: F("islower", ["a"], 0),
    equal: F("equal", ["x1", "x2"], 0),
    not_equal: F("not_equal", ["x1", "x2"], 0),
    less: F("less", ["x1", "x2"], 0),
    greater: F("greater", ["x1", "x2"], 0),
  };
}
