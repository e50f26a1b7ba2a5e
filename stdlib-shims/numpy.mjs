// `numpy` (a NumPy 2.1 subset): the ndarray class and the module functions. The core
// (array objects, scalars, broadcasting, indexing, kernels) is numpy/_core.mjs; linear algebra
// and random numbers are numpy/linalg.mjs and numpy/random.mjs, also reachable as attributes.
// Anything else is a compile-time error naming it (`numpy.X is not supported by pyjs`).

import {
  mkclass, KwArgs, callkw, format, Tuple, mktuple, tuple_of, PyFloat, mkfloat, repr, str, iter, len, arr,
  TypeError, ValueError, IndexError, KeyError, NotImplemented, Ellipsis, int, float, bool, typename, TMP, ZeroDivisionError, RuntimeError, NotImplementedError,
} from "./builtins.mjs";
import { method, withSig, toNum } from "./_shim.mjs";
import {
  K, BOOL, INT, FLOAT, DT_NAMES, mk, viewOf, fromFlat, isArr, isC, flat, f64, copyArr, unpack, result, unscalar, kargs, kcall,
  dtype, dtypeObj, dtcode, scal, skind, sval, isNpScalar, pyval, float64, int64, bool_, TRUE_, FALSE_,
  toArr, asarray as asarray_, broadcastShapes, broadcastMulti, broadcastTo, binary, inplace, unary, ufuncRound, assign,
  getitem, setitem, nonzeroArrays, arrRepr, arrStr, tolist, setNdarrayClass, scalarOps, isOperand, cstrides,
  shapeStr, newData, castNum, unsupported, AxisError, LinAlgError, pyErr, release, recycle, outData, unFloat, sinLoop, cosLoop,
  v1Data, UFuncTypeError, readOnly, PRINT_HOOK, PRINT_LEGACY, generic, number, integer, signedinteger, inexact, floating,
  smallDt, float32, int8, uint8, int16, uint16, int32, uint32, uint64, unsignedinteger, STRH,
} from "./numpy/_core.mjs";
import { strInit, argsortStr, str_, strArray2string, charNs } from "./numpy/_str.mjs";
import { cxInit, CX, cxArray2string, cxWrap, complex128, complexfloating } from "./numpy/_cx.mjs";
import * as linalg from "./numpy/linalg.mjs";
import * as random from "./numpy/random.mjs";
import * as fft from "./numpy/fft.mjs";
import { matmulArr, dotArr } from "./numpy/linalg.mjs";
import { sliding_window_view } from "./numpy/lib/stride_tricks.mjs";

// Submodules as attributes (a multi-line export: not part of `from numpy import *`).
export {
  linalg,
  random,
  fft,
};
export { str_ };
export { complex128, complex128 as cdouble, complexfloating };
// `np.char` / `np.strings` (numpy/char.mjs names them for the compiler).
export const char = charNs();
export const strings = char;

export const __name__ = "numpy";
export const __version__ = "2.1.3";
export const pi = Math.PI;
export const e = Math.E;
export const inf = Infinity;
export const nan = NaN;
export const euler_gamma = 0.5772156649015329;
export const newaxis = null;
export { dtype, float64, int64, bool_, AxisError, TRUE_ as True_, FALSE_ as False_ };
export { generic, number, integer, signedinteger, inexact, floating } from "./numpy/_core.mjs";
// Small dtypes (ARCHITECTURE.md "Small dtypes"): shipped only with programs naming one.
export { float32, int8, uint8, int16, uint16, int32, uint32, uint64, unsignedinteger };
export const double = float64;
export const int_ = int64;
export { bool_ as bool };

const ND_SIG = (name, params, f, defaults = 0, opts = {}) => withSig(f, name, params, { defaults, ...opts });

// ============================================================================ argument helpers

function opt(x) {
  return x === undefined || x === null ? undefined : x;
}

/** A `dtype=` argument: a legacy code or a small-dtype descriptor. */
function dtArgS(x) {
  return smallDt(x) ?? dtArg(x);
}
function dtArg(x) {
  return x === undefined || x === null ? undefined : dtcode(x);
}

function intArg(x, what = "an integer") {
  if (typeof x === "number" && Number.isInteger(x)) return x;
  if (typeof x === "boolean") return +x;
  if (x instanceof int64 || (isNpScalar(x) && Number.isInteger(x.v))) return x.v;
  if (typeof x === "bigint") return Number(x);
  if (x != null && typeof x === "object" && typeof x.__index__ === "function") return Number(x.__index__());
  throw TypeError(`'${typename(x)}' object cannot be interpreted as an integer`);
}

/** A shape argument: an int or a sequence of ints. */
function shapeArg(s) {
  if (Array.isArray(s) || s instanceof Tuple) return Array.from(s, (d) => checkDim(intArg(d)));
  if (isArr(s)) return Array.from(flat(s), (d) => checkDim(d));
  return [checkDim(intArg(s))];
}

function checkDim(d) {
  if (d < 0) throw ValueError("negative dimensions are not allowed");
  return d;
}

function normAxis(ax, nd, prefix = "") {
  ax = intArg(ax);
  if (ax < -nd || ax >= nd) throw AxisError(`${prefix}axis ${ax} is out of bounds for array of dimension ${nd}`);
  return ax < 0 ? ax + nd : ax;
}

/** `axis=` for the kernels: [has_axis, Int32Array]. */
function axesArg(axis) {
  if (axis === undefined || axis === null) return [false, new Int32Array(0)];
  if (Array.isArray(axis) || axis instanceof Tuple) return [true, Int32Array.from(axis, (x) => intArg(x))];
  return [true, Int32Array.of(intArg(axis))];
}

function pyShape(shape) {
  return tuple_of(shape);
}

function kw(args) {
  const last = args[args.length - 1];
  if (last instanceof KwArgs) {
    args.pop();
    return last.map;
  }
  return new Map();
}

// ============================================================================ ndarray

/** `np.array`-style conversion of an argument (arrays pass through). */
const A = (x) => toArr(x);
/**
 * The storage array of a small-dtype array (ARCHITECTURE.md "Small dtypes") for functions whose
 * result does not depend on the dtype (indices, counts, masks); `intOnly`: not for float32.
 */
/** `x` as a string array when it is a (nested) sequence holding str values (only in programs that may make one). */
const SW = (x) => (STRH.sd !== null && x?.$a === undefined ? STRH.sd.conv(x) ?? x : x);
const S_ = (x) => (x?.$b !== undefined ? toArr(x) : STRH.sd !== null ? STRH.sd.rank(x) : x?.$a ?? x);
// Several operands ranked together: every string interned before any is ranked (a later new
// string would shift the ranks of the earlier ones).
const SS = (...xs) => xs.map(SW).map(S_);

function reduceK(name, a, axis, keepdims, ddof = 0) {
  if (a?.$a !== undefined) return a.$sd.red((n, s, ax, d, kd) => reduceK(n, s, ax, kd, ddof), name, a, axis, undefined, keepdims, ddof);
  a = A(a);
  keepdims = keepdims === true || (keepdims !== undefined && keepdims !== null && keepdims !== false && !!sval(keepdims));
  if ((axis === undefined || axis === null) && !keepdims && a.$size > 0) {
    const fast = a.$dt === FLOAT ? fastReduce(name, a, ddof) : fastReduceInt(name, a);
    if (fast !== undefined) return fast;
  }
  if ((name === "argmax" || name === "argmin") && (Array.isArray(axis) || axis instanceof Tuple)) {
    throw TypeError(`'${axis instanceof Tuple ? "tuple" : "list"}' object cannot be interpreted as an integer`);
  }
  const [has, axes] = axesArg(axis);
  if (has) for (const x of axes) normAxis(x, Math.max(a.$shape.length, 1));
  // One kernel per reduction (`reduce_sum`, ...): the compiler keeps only those whose name is
  // a word of the program or a literal argument in the runtime code it ships (kernels.rs).
  const r = result(kcall(K["reduce_" + name], ...kargs(a), has, axes, keepdims, ddof));
  return INT_EXACT[name] !== undefined && a.$dt !== FLOAT ? exactIntReduce(name, a, has, r) : r;
}

// int64 sums and products computed in doubles are exact below 2**53; beyond, the whole-array
// forms are recomputed with BigInt (wrapping modulo 2**64 as NumPy does), axis forms are an error.
const INT_EXACT = { sum: 0n, prod: 1n, cumsum: 0n, cumprod: 1n };
function bigResult(r) {
  if (isArr(r)) {
    if (r.$dt !== INT) return false;
    const d = flat(r);
    for (let i = 0; i < d.length; i++) if (d[i] >= 9007199254740992 || d[i] <= -9007199254740992) return true;
    return false;
  }
  return skind(r) === INT && Math.abs(sval(r)) >= 9007199254740992;
}
function exactIntReduce(name, a, has, r) {
  if (!bigResult(r)) return r;
  if (has && a.$shape.length > 1) throw unsupported(`${name} of int64 values beyond 2**53 along an axis`);
  const d = flat(a), out = [];
  let acc = INT_EXACT[name];
  const mul = name === "prod" || name === "cumprod";
  for (let i = 0; i < d.length; i++) {
    acc = BigInt.asIntN(64, mul ? acc * BigInt(d[i]) : acc + BigInt(d[i]));
    out.push(acc);
  }
  const num = (b) => {
    const v = Number(b);
    if (BigInt(v) !== b) throw unsupported(`int64 value ${b} (int64 values beyond 2**53 that a double cannot hold exactly)`);
    return v;
  };
  if (name === "sum" || name === "prod") {
    const v = num(acc);
    return isArr(r) ? fromFlat(INT, r.$shape.slice(), Float64Array.of(v)) : scal(INT, v);
  }
  return fromFlat(INT, r.$shape.slice(), Float64Array.from(out, num));
}

/** NumPy's pairwise summation (`pairwise_sum_DOUBLE`), for contiguous float64 data. */
export function pairwiseSum(d, lo, n) {
  if (n < 8) {
    let res = 0;
    for (let i = lo; i < lo + n; i++) res += d[i];
    return res;
  }
  if (n <= 128) {
    let r0 = d[lo], r1 = d[lo + 1], r2 = d[lo + 2], r3 = d[lo + 3], r4 = d[lo + 4], r5 = d[lo + 5], r6 = d[lo + 6], r7 = d[lo + 7];
    const body = n - (n % 8);
    for (let i = lo + 8; i < lo + body; i += 8) {
      r0 += d[i]; r1 += d[i + 1]; r2 += d[i + 2]; r3 += d[i + 3];
      r4 += d[i + 4]; r5 += d[i + 5]; r6 += d[i + 6]; r7 += d[i + 7];
    }
    let res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
    for (let i = lo + body; i < lo + n; i++) res += d[i];
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return pairwiseSum(d, lo, n2) + pairwiseSum(d, lo + n2, n - n2);
}

/** NumPy sums contiguous data in blocks of 8192 elements (its buffer size), pairwise within. */
function npSum(d) {
  const n = d.length;
  if (n <= 8192) return pairwiseSum(d, 0, n);
  let s = 0;
  for (let i = 0; i < n; i += 8192) s += pairwiseSum(d, i, Math.min(8192, n - i));
  return s;
}

// Whole-array loops over float64 data, each in a function of its own that returns a number right
// after its loop: V8's on-stack-replaced code for a loop deoptimizes at the loop exit on every
// later call when code after the loop (a call, a store) had not run before it was compiled.
// Four accumulators through Math.max/Math.min (NaN-propagating, branch-free; about 2x the
// single compare-and-branch loop). Math.max(-0, 0) is 0 where NumPy's loop keeps the first of
// equal elements, so a zero result is redone by `firstZero`.
function maxF64(d) {
  const n = d.length, e = n - (n & 3);
  let m0 = d[0], m1 = m0, m2 = m0, m3 = m0;
  for (let i = e; i < n; i++) m0 = Math.max(m0, d[i]);
  for (let i = 0; i < e; i += 4) {
    m0 = Math.max(m0, d[i]); m1 = Math.max(m1, d[i + 1]); m2 = Math.max(m2, d[i + 2]); m3 = Math.max(m3, d[i + 3]);
  }
  return Math.max(Math.max(m0, m1), Math.max(m2, m3));
}
function minF64(d) {
  const n = d.length, e = n - (n & 3);
  let m0 = d[0], m1 = m0, m2 = m0, m3 = m0;
  for (let i = e; i < n; i++) m0 = Math.min(m0, d[i]);
  for (let i = 0; i < e; i += 4) {
    m0 = Math.min(m0, d[i]); m1 = Math.min(m1, d[i + 1]); m2 = Math.min(m2, d[i + 2]); m3 = Math.min(m3, d[i + 3]);
  }
  return Math.min(Math.min(m0, m1), Math.min(m2, m3));
}
/** The first zero of `d` (one exists), with its sign. */
function firstZero(d) {
  return d[d.indexOf(0)];
}
/** The index of the first NaN of `d` (one exists). */
function firstNaN(d) {
  for (let i = 0; i < d.length; i++) if (d[i] !== d[i]) return i;
  return 0;
}
// argmax/argmin: the extreme value (or NaN) first, then its first index (`indexOf` is native).
function argMaxF64(d) {
  const m = maxF64(d);
  return m !== m ? firstNaN(d) : d.indexOf(m);
}
function argMinF64(d) {
  const m = minF64(d);
  return m !== m ? firstNaN(d) : d.indexOf(m);
}

/**
 * NumPy's `_var` of contiguous float64 data `d`: the mean (pairwise sum / n), the squared
 * deviations `(x - mean) * (x - mean)` (pooled scratch data), their pairwise sum / (n - ddof).
 */
function varF64(d, ddof) {
  const n = d.length, mean = npSum(d) / n, sq = outData(FLOAT, n);
  sqDev(d, mean, sq, n);
  const r = npSum(n === sq.length ? sq : sq.subarray(0, n)) / (n - ddof);
  recycle(sq);
  return r;
}
function sqDev(d, mean, sq, n) {
  for (let i = 0; i < n; i++) {
    const t = d[i] - mean;
    sq[i] = t * t;
  }
}
/** `np.cumsum` of contiguous float64 data: NumPy's sequential additions. */
function cumsumF64(d, out) {
  let s = (out[0] = d[0]); // (not 0 + d[0]: a leading -0.0 stays -0.0)
  for (let i = 1; i < d.length; i++) out[i] = s += d[i];
}

/** Whether `a`'s elements fill its data in Fortran order (a transposed C-contiguous array). */
function isF(a) {
  let expect = 1;
  const sh = a.$shape, st = a.$strides;
  for (let i = 0; i < sh.length; i++) {
    if (sh[i] !== 1) {
      if (st[i] !== expect) return false;
      expect *= sh[i];
    }
  }
  return true;
}

function fastReduce(name, a, ddof) {
  // NumPy reduces a Fortran-ordered array (`m.T`) in memory order, so its sums add in that
  // order; argmax/argmin need C order.
  const mem = !isC(a);
  if (mem && (!isF(a) || name.startsWith("arg"))) return undefined;
  const d = mem ? a.$data.subarray(a.$off, a.$off + a.$size) : flat(a);
  // std/var (tested by prefix, like argmin below), when n - ddof is positive (NumPy warns otherwise).
  if ((name.startsWith("st") || name.startsWith("va")) && d.length - ddof > 0) {
    const v = varF64(d, ddof);
    return scal(FLOAT, name.startsWith("st") ? Math.sqrt(v) : v);
  }
  switch (name) {
    case "sum": return scal(FLOAT, npSum(d));
    case "mean": return scal(FLOAT, npSum(d) / d.length);
    case "max": {
      const m = maxF64(d);
      return scal(FLOAT, m === 0 ? firstZero(d) : m);
    }
    case "min": {
      const m = minF64(d);
      return scal(FLOAT, m === 0 ? firstZero(d) : m);
    }
  }
  // argmax/argmin: the first extreme value, or the first NaN. (Tested by prefix: a literal
  // "argmin" here would keep its WebAssembly kernel in every program, kernels.rs.)
  if (name === "argmax") return scal(INT, argMaxF64(d));
  if (name.startsWith("argmi")) return scal(INT, argMinF64(d));
  return undefined;
}

// One loop per element type, so each stays monomorphic.
function sumBool(d) {
  const n = d.length;
  // Four bytes per word read (exact for any byte values) when the data is word-aligned.
  if (n >= 64 && (d.byteOffset & 3) === 0) {
    let s = 0;
    for (let i = n & ~3; i < n; i++) s += d[i];
    return s + sumWords(new Uint32Array(d.buffer, d.byteOffset, n >> 2));
  }
  let s = 0;
  for (let i = 0; i < n; i++) s += d[i];
  return s;
}
function sumWords(w) {
  let s = 0;
  for (let j = 0; j < w.length; j++) {
    const x = w[j];
    s += (x & 255) + ((x >>> 8) & 255) + ((x >>> 16) & 255) + (x >>> 24);
  }
  return s;
}

function sumInt(d) {
  let s = 0;
  for (let i = 0; i < d.length; i++) s += d[i];
  return s;
}

/** Whole-array sums/means/min/max of int and bool data (exact below 2**53). */
function fastReduceInt(name, a) {
  if (!isC(a)) return undefined;
  const d = flat(a);
  switch (name) {
    case "sum": {
      const s = d instanceof Uint8Array ? sumBool(d) : sumInt(d);
      return Number.isSafeInteger(s) ? scal(INT, s) : undefined;
    }
    case "any": {
      for (let i = 0; i < d.length; i++) if (d[i] !== 0) return TRUE_;
      return FALSE_;
    }
    case "all": {
      for (let i = 0; i < d.length; i++) if (d[i] === 0) return FALSE_;
      return TRUE_;
    }
  }
  return undefined;
}

function ddofArg(x) {
  return x === undefined || x === null ? 0 : toNum(x);
}

/** Rows of a (sub)array along the first axis, for iteration. */
function rows(a) {
  if (a.$shape.length === 0) throw TypeError("iteration over a 0-d array");
  const n = a.$shape[0], out = new Array(n);
  for (let i = 0; i < n; i++) out[i] = getitem(a, i);
  return out;
}

function reshapeArr(a, shape) {
  const size = a.$size;
  let unknown = -1, known = 1;
  shape.forEach((d, i) => {
    if (d === -1) {
      if (unknown >= 0) throw ValueError("can only specify one unknown dimension");
      unknown = i;
    } else if (d < 0) throw ValueError("negative dimensions not allowed");
    else known *= d;
  });
  const sh = shape.slice();
  if (unknown >= 0) {
    if (known === 0 || size % known !== 0) throw ValueError(`cannot reshape array of size ${size} into shape ${shapeStrC(shape)}`);
    sh[unknown] = size / known;
  }
  if (numel(sh) !== size) throw ValueError(`cannot reshape array of size ${size} into shape ${shapeStrC(shape)}`);
  if (isC(a)) return viewOf(a, mk(a.$dt, sh, cstrides(sh), a.$off, a.$data));
  const c = copyArr(a);
  return viewOf(c, mk(c.$dt, sh, cstrides(sh), 0, c.$data));
}

/** NumPy's convert_shape_to_string: leading unknown (-1) dims skipped, later ones "newaxis". */
function shapeStrC(s) {
  let i = 0;
  while (i < s.length && s[i] < 0) i++;
  if (i === s.length) return "()";
  let out = `(${s[i++]}`;
  for (; i < s.length; i++) out += s[i] < 0 ? ",newaxis" : `,${s[i]}`;
  return out + (s.length === 1 ? ",)" : ")");
}

function numel(s) {
  let n = 1;
  for (const d of s) n *= d;
  return n;
}

function shapeVarargs(args) {
  if (args.length === 1) {
    const s = args[0];
    if (Array.isArray(s) || s instanceof Tuple) return Array.from(s, (d) => intArg(d));
    return [intArg(s)];
  }
  return args.map((d) => intArg(d));
}

function transposeArr(a, axes) {
  const nd = a.$shape.length;
  let perm;
  if (axes === undefined || axes === null || (Array.isArray(axes) && axes.length === 0)) perm = [...Array(nd).keys()].reverse();
  else {
    if (axes.length !== nd) throw ValueError("axes don't match array");
    perm = Array.from(axes, (x) => normAxis(x, nd));
    if (new Set(perm).size !== nd) throw ValueError("repeated axis in transpose");
  }
  return viewOf(a, mk(a.$dt, perm.map((p) => a.$shape[p]), perm.map((p) => a.$strides[p]), a.$off, a.$data));
}

/** `ndarray.name(...)` as a method object (`method` in _shim.mjs). */
const M = (name, params, f, defaults = 0, opts = {}) => method(`ndarray.${name}`, params, f, { defaults, ...opts });
const notRt = (f) => ((f.$rt = undefined), f);
const redMethod = (r) => [["axis", "dtype", "out", "keepdims"], function (axis, dt, out, keepdims, k) { noOut(`ndarray.${r}`, out);
  if (k instanceof KwArgs) return redKw(r, this, axis, dt, keepdims, k, 0);
  return reduceWithDtype(r, this, axis, dt, keepdims);
}, 4, { kwonly: r === "sum" || r === "prod" || r === "max" || r === "min" ? ["initial", "where"] : ["where"] }];
const varMethod = (r) => [["axis", "dtype", "out", "ddof", "keepdims"], function (axis, dt, out, ddof, keepdims, k) { noOut(`ndarray.${r}`, out);
  if (k instanceof KwArgs) return redKw(r, this, axis, dt, keepdims, k, ddofArg(ddof));
  return reduceK(r, this, axis, keepdims, ddofArg(ddof));
}, 5, { kwonly: ["where"] }];

// The ndarray methods that are not dunders: a table the compiler shakes per entry (kernels.rs),
// so a method ships only when its name is a word of the program or of the runtime code that
// ships (with `getattr`/`dir`/... all of them). Dunders stay in the class body (protocols).
const ndarray_methods = {
  __proto__: null,
  reshape: notRt(M("reshape", [], function (...args) {
    const k = kw(args);
    const order = k.get("order");
    k.delete("order");
    if (args.length === 0 && k.has("shape")) args = [k.get("shape")];
    return reshapeOrder(this, shapeVarargs(args), order);
  }, 0, { varargs: true, varkw: true })),
  ravel: M("ravel", ["order"], function (order) { return ravel(this, order); }, 1),
  flatten: M("flatten", ["order"], function (order) { return copyArr(ravel(this, order)); }, 1),
  transpose: M("transpose", [], function (...axes) {
    if (axes.length === 1 && (Array.isArray(axes[0]) || axes[0] instanceof Tuple)) axes = Array.from(axes[0]);
    return transposeArr(this, axes.length ? axes : undefined);
  }, 0, { varargs: true }),
  swapaxes: M("swapaxes", ["axis1", "axis2"], function (i, j) { return swapaxes(this, i, j); }),
  squeeze: M("squeeze", ["axis"], function (axis) { return squeeze(this, axis); }, 1),
  astype: M("astype", ["dtype", "order", "casting", "subok", "copy"], function (dt, order, casting, subok, copy) {
    STRH.cast?.(this, dt, casting);
    const sd = smallDt(dt);
    if (sd !== undefined) return sd.arr(this, sd, true);
    const d = dtcode(dt);
    return d === this.$dt && copy !== undefined && !truthyArg(copy) ? this : copyArr(this, d);
  }, 4),
  copy: M("copy", ["order"], function (order) { return orderCopy(this, order ?? "C"); }, 1),
  view: M("view", ["dtype"], function () { return viewOf(this, mk(this.$dt, this.$shape.slice(), this.$strides.slice(), this.$off, this.$data)); }, 1),
  tolist: M("tolist", [], function () { return tolist(this); }),
  item: M("item", [], function (...args) {
    if (args.length === 0) {
      if (this.$size !== 1) throw ValueError("can only convert an array of size 1 to a Python scalar");
      return pyval(this.$dt, flat(this)[0]);
    }
    if (args.length === 1 && args[0] instanceof Tuple) args = Array.from(args[0]);
    const i = args[0], j = i < 0 ? i + this.$size : i;
    if (args.length === 1 && typeof i === "number" && !(j >= 0 && j < this.$size)) throw IndexError(`index ${i} is out of bounds for size ${this.$size}`);
    const v = args.length === 1 && typeof i === "number" ? scal(this.$dt, flat(this)[j]) : getitem(this, tuple_of(args));
    return pyval(this.$dt, sval(v));
  }, 0, { varargs: true }),
  fill: M("fill", ["value"], function (v) { assign(this, v); return null; }),
  sum: M("sum", ...redMethod("sum")),
  prod: M("prod", ...redMethod("prod")),
  mean: M("mean", ...redMethod("mean")),
  min: M("min", ...redMethod("min")),
  max: M("max", ...redMethod("max")),
  any: M("any", ...redMethod("any")),
  all: M("all", ...redMethod("all")),
  std: M("std", ...varMethod("std")),
  var: M("var", ...varMethod("var")),
  argmin: M("argmin", ["axis", "out", "keepdims"], function (axis, out, keepdims) { noOut("ndarray.argmin", out); return reduceK("argmin", this, axis, keepdims); }, 3),
  argmax: M("argmax", ["axis", "out", "keepdims"], function (axis, out, keepdims) { noOut("ndarray.argmax", out); return reduceK("argmax", this, axis, keepdims); }, 3),
  cumsum: M("cumsum", ["axis", "dtype", "out"], function (axis, dt, out) { noOut("ndarray.cumsum", out); return reduceWithDtype("cumsum", this, axis, dt, false); }, 3),
  cumprod: M("cumprod", ["axis", "dtype", "out"], function (axis, dt, out) { noOut("ndarray.cumprod", out); return reduceWithDtype("cumprod", this, axis, dt, false); }, 3),
  clip: M("clip", ["min", "max", "out"], function (lo, hi, out) {
    const r = clipImpl(this, lo, hi);
    return noArg(out) ? r : ufuncOut("clip", r, out);
  }, 3),
  round: M("round", ["decimals", "out"], function (d, out) {
    const r = ufuncRound(this, d === undefined ? 0 : intArg(d));
    return noArg(out) ? r : ufuncOut("round", r, out);
  }, 2),
  sort: M("sort", ["axis", "kind", "order"], function (axis) {
    assign(this, sort(this, axis === undefined ? -1 : axis));
    return null;
  }, 3),
  argsort: M("argsort", ["axis", "kind", "order"], function (axis) { return argsort(this, axis === undefined ? -1 : axis); }, 3),
  dot: M("dot", ["b", "out"], function (b, out) { noOut("ndarray.dot", out); return dot(this, b); }, 1),
  nonzero: M("nonzero", [], function () { return nonzeroImpl(this); }),
  repeat: M("repeat", ["repeats", "axis"], function (r, axis) { return repeat(this, r, axis); }, 1),
  diagonal: M("diagonal", ["offset", "axis1", "axis2"], function (k, a1, a2) { return readOnly(diagonal(this, k, a1, a2)); }, 3),
  trace: M("trace", ["offset", "axis1", "axis2", "dtype", "out"], function (k, a1, a2, $u3, out) { noOut("ndarray.trace", out); return trace(this, k, a1, a2); }, 5),
  take: M("take", ["indices", "axis", "out", "mode"], function (idx, axis, out, mode) { noOut("ndarray.take", out); return take(this, idx, axis, undefined, mode); }, 3),
  put: M("put", ["indices", "values", "mode"], function (idx, v, mode) { return put(this, idx, v, mode); }, 1),
  compress: M("compress", ["condition", "axis", "out"], function (c, axis, out) { noOut("ndarray.compress", out); return compress(c, this, axis); }, 2),
  choose: M("choose", ["choices", "out", "mode"], function (ch, out, mode) { return choose(this, ch, out, mode); }, 2),
  searchsorted: M("searchsorted", ["v", "side", "sorter"], function (v, side, sorter) { return searchsorted(this, v, side, sorter); }, 2),
  conj: M("conj", [], function () { return this; }),
  conjugate: M("conjugate", [], function () { return this; }),
};

/** `a.flags.writeable = False` (and setflags): True again only where the data's owner is writeable. */
function setWriteable(a, w) {
  if (!w) {
    readOnly(a);
    return;
  }
  // NumPy asks the array that owns the data (views' bases collapse to it).
  let owner = a;
  while (owner.$base !== null && owner.$base !== undefined) owner = owner.$base;
  if (owner !== a && owner.$ro === true) throw ValueError("cannot set WRITEABLE flag to True of this array");
  a.$ro = false;
  a.$v1 = v1Data(a);
}
/** Contiguity as NumPy's flags report it (length-1 axes ignored; `order` "C" or "F"). */
function contig(a, order) {
  if (a.$size <= 1) return true;
  let expect = 1;
  const sh = a.$shape, st = a.$strides, nd = sh.length;
  for (let k = 0; k < nd; k++) {
    const i = order === "C" ? nd - 1 - k : k;
    if (sh[i] !== 1) {
      if (st[i] !== expect) return false;
      expect *= sh[i];
    }
  }
  return true;
}
const FLAG_KEYS = {
  C_CONTIGUOUS: "c_contiguous", CONTIGUOUS: "c_contiguous", C: "c_contiguous", F_CONTIGUOUS: "f_contiguous",
  FORTRAN: "f_contiguous", F: "f_contiguous", OWNDATA: "owndata", O: "owndata", WRITEABLE: "writeable", W: "writeable",
  ALIGNED: "aligned", A: "aligned", WRITEBACKIFCOPY: "writebackifcopy", X: "writebackifcopy",
};
/** `a.flags`: NumPy's flagsobj (read live from the array, `writeable` settable). */
const FLAGS = mkclass("flagsobj", [], (C) => {
  C.__module__ = "numpy";
  const rt = (f) => ((f.$rt = true), f);
  const get = {
    c_contiguous() { return contig(this.$a, "C"); },
    f_contiguous() { return contig(this.$a, "F"); },
    owndata() { return this.$a.$base === null || this.$a.$base === undefined; },
    writeable() { return this.$a.$ro !== true; },
    aligned() { return true; },
    writebackifcopy() { return false; },
    fnc() { return contig(this.$a, "F") && !contig(this.$a, "C"); },
    forc() { return contig(this.$a, "F") || contig(this.$a, "C"); },
  };
  for (const [k, f] of Object.entries(get)) {
    const d = { get: f, enumerable: true, configurable: true };
    if (k === "writeable") d.set = function (v) { setWriteable(this.$a, truthyArg(v)); };
    Object.defineProperty(C, k, d);
  }
  C.__getitem__ = rt(function (k) {
    const name = typeof k === "string" ? FLAG_KEYS[k] : undefined;
    if (name === undefined) throw KeyError("Unknown flag");
    return this[name];
  });
  C.__setitem__ = rt(function (k, v) {
    if (FLAG_KEYS[k] !== "writeable") throw KeyError("Unknown flag");
    setWriteable(this.$a, truthyArg(v));
    return null;
  });
  C.__repr__ = rt(function () {
    const b = (x) => (x ? "True" : "False");
    return ["C_CONTIGUOUS", "F_CONTIGUOUS", "OWNDATA", "WRITEABLE", "ALIGNED", "WRITEBACKIFCOPY"]
      .map((k) => `  ${k} : ${b(this[FLAG_KEYS[k]])}\n`).join("");
  });
});

export const ndarray = mkclass("ndarray", [], (C) => {
  C.__module__ = "numpy";
  C.__new__ = function (cls, shape) {
    const s = shapeArg(shape);
    return fromFlat(FLOAT, s, new Float64Array(numel(s)));
  };
  C.__init__ = function () {
    return null;
  };
  C.__hash__ = null;
  const rt = (f) => ((f.$rt = true), f);
  C.__repr__ = rt(function () {
    return arrRepr(this);
  });
  C.__str__ = rt(function () {
    return arrStr(this);
  });
  C.__format__ = rt(function (spec) {
    if (spec === "") return str(this);
    if (this.$shape.length === 0) return str(this);
    throw TypeError("unsupported format string passed to numpy.ndarray.__format__");
  });
  C.__len__ = rt(function () {
    if (this.$shape.length === 0) throw TypeError("len() of unsized object");
    return this.$shape[0];
  });
  C.__iter__ = rt(function () {
    return rows(this)[Symbol.iterator]();
  });
  C.__getitem__ = rt(function (k) {
    return getitem(this, k);
  });
  C.__setitem__ = rt(function (k, v) {
    setitem(this, k, v);
    return null;
  });
  C.__contains__ = rt(function (v) {
    // A loop rather than the `any` reduction, which would then ship with every NumPy program.
    const d = flat(toArr(binary("equal", this, v)));
    for (let i = 0; i < d.length; i++) if (d[i] !== 0) return true;
    return false;
  });
  C.__bool__ = rt(function () {
    if (this.$size === 1) return flat(this)[0] !== 0;
    if (this.$size === 0) return false;
    throw ValueError("The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()");
  });
  const scalarOnly = (what) => function () {
    if (this.$size !== 1) throw TypeError(`only length-1 arrays can be converted to Python scalars`);
    return what(this.$dt, flat(this)[0]);
  };
  C.__float__ = rt(scalarOnly((dt, v) => mkfloat(v)));
  C.__int__ = rt(scalarOnly((dt, v) => pyval(INT, Math.trunc(v) + 0)));
  C.__index__ = rt(function () {
    if (this.$size !== 1 || this.$dt === FLOAT || this.$shape.length !== 0) {
      throw TypeError("only integer scalar arrays can be converted to a scalar index");
    }
    return flat(this)[0] + 0;
  });
  scalarOps(C);
  // The operators of rt/num.mjs come here before their dunder dispatch (`$arith`); `a op= b`
  // keeps __iop__ (in place).
  // (`**` and `pow(a, b)` arrive as rt/num.mjs's POW, whose symbol is its TypeError's wording.)
  const ARITH = { "+": "add", "-": "subtract", "*": "multiply", "/": "true_divide", "** or pow()": "power", "@": null };
  C.$arith = function (sym, o, reflected, inplace) {
    const u = ARITH[sym];
    if (u === undefined || inplace === true || !isOperand(o)) return undefined;
    // A marked dead temporary operand (rt/num.mjs `tmp`) can take the result.
    let into = null, dead = null;
    if (TMP.t0 !== null) {
      into = takeTmp(this);
      // Both operands dead (`x * y - z * w`): one takes the result, the other's data is pooled.
      if (into === null) into = takeTmp(o);
      else if (o !== this) dead = takeTmp(o);
    }
    let r;
    if (u === null) r = reflected ? matmulArr(o, this) : matmulArr(this, o);
    else r = reflected ? binary(u, o, this, into) : binary(u, this, o, into);
    if (isArr(r)) TMP.fresh = r;
    if (into !== null) releaseUnused(into, r);
    if (dead !== null) releaseUnused(dead, r);
    return r;
  };
  // Rich comparisons used as values (rt/num.mjs `richValueOp`): a new bool array, the fresh
  // temporary an owned variable may take (`m = d > 0.5`, lower/owned.rs).
  const CMPV = { __eq__: "equal", __ne__: "not_equal", __lt__: "less", __le__: "less_equal", __gt__: "greater", __ge__: "greater_equal" };
  C.$cmpv = function (dunder, o) {
    if (!isOperand(o)) return undefined;
    const r = binary(CMPV[dunder], this, o);
    if (isArr(r)) TMP.fresh = r;
    return r;
  };
  C.__matmul__ = rt(function (o) {
    if (!isOperand(o)) return NotImplemented;
    return matmulArr(this, o);
  });
  C.__rmatmul__ = rt(function (o) {
    if (!isOperand(o)) return NotImplemented;
    return matmulArr(o, this);
  });
  C.__neg__ = rt(function () {
    return unary("negative", this);
  });
  C.__pos__ = rt(function () {
    return unary("positive", this);
  });
  C.__abs__ = rt(function () {
    return unary("absolute", this);
  });
  C.__invert__ = rt(function () {
    return unary("invert", this);
  });
  const ipairs = {
    iadd: "add", isub: "subtract", imul: "multiply", itruediv: "true_divide", ifloordiv: "floor_divide",
    imod: "remainder", ipow: "power", iand: "bitwise_and", ior: "bitwise_or", ixor: "bitwise_xor",
    ilshift: "left_shift", irshift: "right_shift",
  };
  for (const [d, u] of Object.entries(ipairs)) {
    C[`__${d}__`] = rt(function (o) {
      if (!isOperand(o)) return NotImplemented;
      return inplace(u, this, o);
    });
  }
  C.__imatmul__ = rt(function (o) {
    const r = matmulArr(this, o);
    assign(this, r);
    return this;
  });
  C.__copy__ = rt(function () {
    return copyArr(this);
  });
  C.__deepcopy__ = rt(function () {
    return copyArr(this);
  });

  const props = {
    shape() { return pyShape(this.$shape); },
    ndim() { return this.$shape.length; },
    size() { return this.$size; },
    dtype() { return dtypeObj(this.$dt); },
    T() { return transposeArr(this); },
    itemsize() { return this.$dt === BOOL ? 1 : 8; },
    nbytes() { return this.$size * (this.$dt === BOOL ? 1 : 8); },
    strides() { return tuple_of(this.$strides.map((s) => s * (this.$dt === BOOL ? 1 : 8))); },
    real() { return this; },
    // A real array's imaginary part: read-only zeros, as NumPy's.
    imag() { return readOnly(fromFlat(this.$dt, this.$shape.slice(), newData(this.$dt, this.$size))); },
    mT() {
      const nd = this.$shape.length;
      if (nd < 2) throw ValueError("matrix transpose with ndim < 2 is undefined");
      return transposeArr(this, [...Array(nd - 2).keys(), nd - 1, nd - 2]);
    },
    flat() { return mkFlatiter(this); },
    base() { return this.$base; },
  };
  props.flags = function () {
    const f = Object.create(FLAGS);
    f.$a = this;
    return f;
  };
  // The other attributes and methods of NumPy's ndarray: a clear error, not an AttributeError.
  for (const k of ["ctypes", "data", "device"]) {
    props[k] = function () {
      throw unsupported(`ndarray.${k}`);
    };
  }
  for (const [k, f] of Object.entries(props)) Object.defineProperty(C, k, { get: f, enumerable: true, configurable: true });
  Object.defineProperty(C, "shape", {
    get: props.shape,
    set(s) {
      const r = reshapeArr(this, shapeArg(s));
      if (r.$data !== this.$data) throw AttributeError_("Incompatible shape for in-place modification. Use `.reshape()` to make a copy with the desired shape.");
      this.$shape = r.$shape;
      this.$strides = r.$strides;
      this.$v1 = v1Data(this);
    },
    enumerable: true,
    configurable: true,
  });

  Object.assign(C, ndarray_methods);
  C.setflags = M("setflags", ["write", "align", "uic"], function (write, align, uic) {
    if (!noArg(align) || !noArg(uic)) throw unsupported("ndarray.setflags(align=..., uic=...)");
    if (!noArg(write)) setWriteable(this, truthyArg(write));
    return null;
  }, 3);
  for (const k of ["argpartition", "byteswap", "dump", "dumps", "getfield", "partition",
    "resize", "setfield", "to_device", "tobytes", "tofile"]) {
    C[k] = M(k, [], function () {
      throw unsupported(`ndarray.${k}`);
    }, 0, { varargs: true, varkw: true });
  }
});
setNdarrayClass(ndarray);

function AttributeError_(m) {
  return TypeError(m);
}

function reduceWithDtype(name, a, axis, dt, keepdims) {
  if (a?.$a !== undefined) return a.$sd.red(reduceWithDtype, name, a, axis, dt, keepdims);
  const sd = smallDt(dt);
  if (sd !== undefined) return sd.red(reduceWithDtype, name, sd.arr(A(a), sd, false), axis, dt, keepdims);
  a = A(a);
  if (name.startsWith("cums") && (dt === undefined || dt === null) && (axis === undefined || axis === null) && a.$dt === FLOAT && a.$size > 0 && isC(a)) {
    const out = outData(FLOAT, a.$size);
    cumsumF64(flat(a), out);
    return fromFlat(FLOAT, [a.$size], out);
  }
  if (dt !== undefined && dt !== null) a = copyArr(a, dtcode(dt));
  return reduceK(name, a, axis, keepdims);
}

// ============================================================================ creation

export const array = ND_SIG("array", ["object", "dtype", "copy", "order", "subok", "ndmin"], function (x, dt, copy, order, subok, ndmin) {
  const sd = smallDt(dt);
  if (sd !== undefined || x?.$a !== undefined || (x?.$sd !== undefined && x.v !== undefined && (dt === undefined || dt === null))) {
    if (ndmin !== undefined && ndmin !== null) throw unsupported("array(ndmin=...) of small dtypes");
    return (sd ?? x.$sd).arr(x, sd ?? x.$sd, copy !== false && copy !== null);
  }
  const d = dtArg(dt);
  // copy=None copies only when needed, copy=False never (NumPy 2).
  const noCopy = copy === null || copy === false || (copy !== undefined && copy !== true && !truthyArg(copy));
  let a;
  if (noCopy && isArr(x) && (d === undefined || d === null || d === x.$dt)) a = x;
  else if (copy === false || (noCopy && copy !== null)) {
    throw ValueError(
      "Unable to avoid copy while creating an array as requested.\nIf using `np.array(obj, copy=False)` replace it with `np.asarray(obj)` to allow a copy when needed (no behavior change in NumPy 1.x).\nFor more details, see https://numpy.org/devdocs/numpy_2_0_migration_guide.html#adapting-to-changes-in-the-copy-keyword.",
    );
  } else a = isArr(x) ? orderCopy(x, order ?? "K", d ?? x.$dt) : order === "F" ? orderCopy(asarray_(x, d), "F") : asarray_(x, d);
  if (ndmin !== undefined && ndmin !== null) {
    const n = intArg(ndmin);
    while (a.$shape.length < n) a = reshapeArr(a, [1, ...a.$shape]);
  }
  return a;
}, 5);

/** A copy of `a` laid out for `order=` ("F": first index fastest; "K"/"A": F only when `a` is
 * Fortran- but not C-contiguous; else C), as NumPy's copies are. */
function orderCopy(a, order, dt) {
  const c = copyArr(a, dt ?? a.$dt);
  if (order === undefined || order === null || a.$shape.length < 2 || !fOrder(a, order)) return c;
  const t = copyArr(transposeArr(c));
  return mk(t.$dt, c.$shape.slice(), t.$strides.slice().reverse(), 0, t.$data);
}
export const asfortranarray = ND_SIG("asfortranarray", ["a", "dtype"], function (x, dt) {
  const a = asarray_(x, dtArg(dt));
  if (a.$shape.length < 2 || (!isC(a) && isC(transposeArr(a)))) return a;
  return orderCopy(a, "F");
}, 1);
export const asarray = ND_SIG("asarray", ["a", "dtype", "order"], function (x, dt) {
  const sd = smallDt(dt);
  if (sd !== undefined || x?.$a !== undefined || (x?.$sd !== undefined && x.v !== undefined && (dt === undefined || dt === null))) return (sd ?? x.$sd).arr(x, sd ?? x.$sd, false);
  return asarray_(x, dtArg(dt));
}, 2);
export const asanyarray = asarray;
export const ascontiguousarray = ND_SIG("ascontiguousarray", ["a", "dtype"], function (x, dt) {
  const a = asarray_(x, dtArg(dt));
  return isC(a) ? a : copyArr(a);
}, 1);

function filled(shape, dt, v) {
  const sd = typeof dt === "object" ? dt : undefined;
  if (sd !== undefined) {
    const w = sd.arr(filled(shape, sd.st, 0), sd, false, v);
    if (v !== 0) w.__setitem__(Ellipsis, v);
    return w;
  }
  const s = shapeArg(shape);
  const data = outData(dt, numel(s)).fill(v); // pooled (cleared) or fresh
  return fromFlat(dt, s, data);
}

export const zeros = ND_SIG("zeros", ["shape", "dtype", "order"], function (shape, dt) {
  return filled(shape, dtArgS(dt) ?? FLOAT, 0);
}, 2);
export const ones = ND_SIG("ones", ["shape", "dtype", "order"], function (shape, dt) {
  return filled(shape, dtArgS(dt) ?? FLOAT, 1);
}, 2);
export const empty = ND_SIG("empty", ["shape", "dtype", "order"], function (shape, dt) {
  return filled(shape, dtArgS(dt) ?? FLOAT, 0);
}, 2);
export const full = ND_SIG("full", ["shape", "fill_value", "dtype", "order"], function (shape, v, dt) {
  const sd = smallDt(dt) ?? (dt === undefined || dt === null ? v?.$sd ?? STRH.sd?.pick(v) : undefined);
  if (sd !== undefined) return filled(shape, sd, v);
  const k = skind(v);
  if (k < 0) {
    const s = shapeArg(shape), a = filled(s, dtArg(dt) ?? A(v).$dt, 0);
    assign(a, v);
    return a;
  }
  const d = dtArg(dt) ?? k;
  return filled(shape, d, castNum(d, sval(v)));
}, 2);
const like = (name, v) => ND_SIG(name, ["a", "dtype", "order", "subok", "shape"], function (a, dt, order, subok, shape) {
  if (a?.$a !== undefined) return filled(shape ?? a.$a.$shape, dtArgS(dt) ?? a.$sd, v);
  a = A(a);
  return filled(shape ?? a.$shape, dtArgS(dt) ?? a.$dt, v);
}, 4);
export const zeros_like = like("zeros_like", 0);
export const ones_like = like("ones_like", 1);
export const empty_like = like("empty_like", 0);
export const full_like = ND_SIG("full_like", ["a", "fill_value", "dtype", "order", "subok", "shape"], function (a, v, dt) {
  if (a?.$a !== undefined || smallDt(dt) !== undefined) return filled(a?.$a !== undefined ? a.$a.$shape : A(a).$shape, dtArgS(dt) ?? a.$sd ?? A(a).$dt, v);
  a = A(a);
  const r = filled(a.$shape, dtArg(dt) ?? a.$dt, 0);
  assign(r, v);
  return r;
}, 4);

export const arange = ND_SIG("arange", ["start", "stop", "step", "dtype"], function (start, stop, step, dt) {
  if (stop === undefined || stop === null) {
    stop = start;
    start = 0;
  }
  if (step === undefined || step === null) step = 1;
  const allInt = [start, stop, step].every((x) => { const k = skind(x); return k === INT || k === BOOL; });
  if ([start, stop, step].some((x) => skind(x) < 0)) throw TypeError(`unsupported operand type(s) for -: '${typename(stop)}' and '${typename(start)}'`);
  const s = sval(step);
  if (s === 0) throw ZeroDivisionError_(!allInt);
  // As creation.rs::arange (NumPy's): the length from float division; ints as start + i * step,
  // floats from the first two values (start + i * (second - first)).
  const x0 = sval(start), len0 = Math.ceil((sval(stop) - x0) / s);
  if (len0 !== len0) throw ValueError("arange: cannot compute length");
  const n = len0 > 0 ? len0 : 0;
  if (n > 2 ** 31) throw ValueError("Maximum allowed size exceeded");
  const out = new Float64Array(n);
  if (allInt) for (let i = 0; i < n; i++) out[i] = x0 + i * s;
  else if (n > 0) {
    out[0] = x0;
    if (n > 1) {
      const second = x0 + s, delta = second - x0;
      out[1] = second;
      for (let i = 2; i < n; i++) out[i] = x0 + i * delta;
    }
  }
  let a = fromFlat(allInt ? INT : FLOAT, [n], out);
  const sd = smallDt(dt);
  if (sd !== undefined) return sd.arange(sd, a);
  const d = dtArg(dt);
  if (d !== undefined && d !== a.$dt) a = copyArr(a, d);
  return a;
}, 3);

function ZeroDivisionError_(isFloat) {
  return ZeroDivisionError(isFloat ? "float division by zero" : "division by zero");
}

export const linspace = ND_SIG("linspace", ["start", "stop", "num", "endpoint", "retstep", "dtype", "axis"], function (start, stop, num, endpoint, retstep, dt, axis) {
  noArgV("linspace(axis=...)", axis, 0);
  const sd = smallDt(dt);
  if (sd !== undefined) {
    // Small dtypes: the float64 samples (floored for the ints) cast, as NumPy's astype.
    const r = linspace(start, stop, num, endpoint, retstep, sd.kind === "f" ? null : int);
    return r instanceof Tuple ? mktuple(sd.arr(r[0], sd, true), r[1]) : sd.arr(r, sd, true);
  }
  const n = num === undefined ? 50 : intArg(num);
  if (n < 0) throw ValueError(`Number of samples, ${n}, must be non-negative.`);
  const ep = endpoint === undefined ? true : !!sval(endpoint);
  if (skind(start) < 0 || skind(stop) < 0) return linspaceArr(toArr(start), toArr(stop), n, ep, retstep === true, dtArg(dt));
  let a = fromFlat(FLOAT, [n], linspaceData(toNum(start), toNum(stop), n, ep));
  const d = dtArg(dt);
  if (d !== undefined && d !== FLOAT) {
    const src = flat(a), out = newData(d, src.length);
    for (let i = 0; i < src.length; i++) out[i] = d === INT ? Math.floor(src[i]) : src[i] !== 0 ? 1 : 0;
    a = fromFlat(d, a.$shape, out);
  }
  if (retstep === true) {
    const div = ep ? n - 1 : n;
    // NumPy's step is a Python float nan when there is no step.
    return mktuple(a, div > 0 ? scal(FLOAT, (toNum(stop) - toNum(start)) / div) : NaN);
  }
  return a;
}, 6);

/**
 * NumPy's float64 `linspace` samples, in its order of operations (creation.rs::linspace):
 * `i * step + start`, or `i / div * delta + start` when the step underflows to zero.
 */
function linspaceData(start, stop, n, ep) {
  const out = new Float64Array(n), div = ep ? n - 1 : n, delta = stop - start;
  const e = ep && n > 1 ? n - 1 : n;
  if (e < n) out[e] = stop;
  if (div > 0) {
    const step = delta / div;
    if (step === 0) for (let i = 0; i < e; i++) out[i] = (i / div) * delta + start;
    else for (let i = 0; i < e; i++) out[i] = i * step + start;
  } else for (let i = 0; i < e; i++) out[i] = i * delta + start;
  return out;
}

/** `linspace` with array endpoints: samples along a new first axis, as NumPy computes them. */
function linspaceArr(S, E, n, ep, retstep, d) {
  const shape = broadcastShapes(S.$shape, E.$shape), m = shape.reduce((p, q) => p * q, 1);
  const s = flat(copyArr(broadcastTo(S, shape), FLOAT)), e = flat(copyArr(broadcastTo(E, shape), FLOAT));
  const div = ep ? n - 1 : n, delta = new Float64Array(m), step = new Float64Array(m);
  let anyZero = false;
  for (let j = 0; j < m; j++) {
    delta[j] = e[j] - s[j];
    step[j] = div > 0 ? delta[j] / div : NaN;
    if (step[j] === 0) anyZero = true;
  }
  const out = new Float64Array(n * m);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      const y = div > 0 ? (anyZero ? (i / div) * delta[j] : i * step[j]) : i * delta[j];
      out[i * m + j] = ep && n > 1 && i === n - 1 ? e[j] : y + s[j];
    }
  }
  let a = fromFlat(FLOAT, [n, ...shape], out);
  if (d !== undefined && d !== FLOAT) {
    const o2 = newData(d, out.length);
    for (let i = 0; i < out.length; i++) o2[i] = d === INT ? Math.floor(out[i]) : out[i] !== 0 ? 1 : 0;
    a = fromFlat(d, [n, ...shape], o2);
  }
  return retstep ? mktuple(a, fromFlat(FLOAT, shape.slice(), step)) : a;
}

export const eye = ND_SIG("eye", ["N", "M", "k", "dtype", "order"], function (n, m, k, dt) {
  n = intArg(n);
  m = m === undefined || m === null ? n : intArg(m);
  k = k === undefined ? 0 : intArg(k);
  const d = dtArg(dt) ?? FLOAT;
  const a = filled([n, m], d, 0);
  for (let i = 0; i < n; i++) {
    const j = i + k;
    if (j >= 0 && j < m) a.$data[i * m + j] = 1;
  }
  return newResult(a);
}, 4);
export const identity = ND_SIG("identity", ["n", "dtype"], function (n, dt) {
  return eye(n, undefined, 0, dt);
}, 1);

export const diag = ND_SIG("diag", ["v", "k"], function (v, k) {
  v = A(v);
  k = k === undefined ? 0 : intArg(k);
  if (v.$shape.length === 1) {
    const n = v.$shape[0], m = n + Math.abs(k), out = filled([m, m], v.$dt, 0), src = flat(v);
    for (let i = 0; i < n; i++) {
      const r = k >= 0 ? i : i - k, c = k >= 0 ? i + k : i;
      out.$data[r * m + c] = src[i];
    }
    return out;
  }
  if (v.$shape.length === 2) return diagonal(v, k);
  throw ValueError("Input must be 1- or 2-d.");
}, 1);

export const diagflat = ND_SIG("diagflat", ["v", "k"], function (v, k) {
  return diag(ravel(A(v)), k);
}, 1);

// `np.binary_repr` / `np.base_repr`, NumPy's Python code over exact (BigInt) integers.
const bigOf = (x) => (typeof x === "bigint" ? x : BigInt(sval(x)));
export const binary_repr = ND_SIG("binary_repr", ["num", "width"], function (num, width) {
  const n = bigOf(num), w = width === undefined || width === null ? null : intArg(width);
  const check = (bw) => {
    if (w !== null && w < bw) throw ValueError(`Insufficient bit width=${w} provided for binwidth=${bw}`);
  };
  if (n === 0n) return "0".repeat(w || 1);
  if (n > 0n) {
    const b = n.toString(2);
    check(b.length);
    return b.padStart(w === null ? b.length : Math.max(b.length, w), "0");
  }
  if (w === null) return "-" + (-n).toString(2);
  let pw = (-n).toString(2).length;
  if (2n ** BigInt(pw - 1) === -n) pw--;
  const b = (2n ** BigInt(pw + 1) + n).toString(2);
  check(b.length);
  return "1".repeat(Math.max(b.length, w) - b.length) + b;
}, 1);
export const base_repr = ND_SIG("base_repr", ["number", "base", "padding"], function (number, base, padding) {
  const b = base === undefined ? 2 : intArg(base), p = padding === undefined ? 0 : intArg(padding);
  if (b > 36) throw ValueError("Bases greater than 36 not handled in base_repr.");
  if (b < 2) throw ValueError("Bases less than 2 not handled in base_repr.");
  const n = bigOf(number), r = (n < 0n ? -n : n).toString(b).toUpperCase();
  return (n < 0n ? "-" : "") + (p > 0 ? "0".repeat(p) : "") + (r === "0" && p > 0 ? "" : r);
}, 2);

// `np.packbits` / `np.unpackbits` of the flattened array (axis=None), uint8 results.
export const packbits = ND_SIG("packbits", ["a", "axis", "bitorder"], function (a, axis, order) {
  if (axis !== undefined && axis !== null) throw unsupported("packbits(axis=...)");
  const x = a?.$a !== undefined ? (a.$sd.kind === "f" ? null : a.$a) : A(a);
  if (x === null || x.$dt === FLOAT) throw TypeError("Expected an input array of integer or boolean data type");
  const v = flat(ravel(x)), n = Math.ceil(v.length / 8), out = new Float64Array(n), little = order === "little";
  for (let i = 0; i < v.length; i++) if (v[i]) out[i >> 3] += 1 << (little ? i & 7 : 7 - (i & 7));
  return array(fromFlat(INT, [n], out), uint8);
}, 2);
export const unpackbits = ND_SIG("unpackbits", ["a", "axis", "count", "bitorder"], function (a, axis, count, order) {
  if (a?.$sd?.name !== "uint8" || a.$a === undefined) throw TypeError("Expected an input array of unsigned byte data type");
  if (axis !== undefined && axis !== null) throw unsupported("unpackbits(axis=...)");
  const v = flat(ravel(a.$a)), little = order === "little";
  let n = v.length * 8;
  if (count !== undefined && count !== null) n = intArg(count) < 0 ? Math.max(0, n + intArg(count)) : intArg(count);
  const out = new Float64Array(n);
  for (let i = 0; i < Math.min(n, v.length * 8); i++) out[i] = (v[i >> 3] >> (little ? i & 7 : 7 - (i & 7))) & 1;
  return array(fromFlat(INT, [n], out), uint8);
}, 3);

function diagonal(a, k = 0, ax1 = 0, ax2 = 1) {
  a = A(a);
  k = intArg(k ?? 0);
  const nd = a.$shape.length;
  if (nd < 2) throw ValueError("diag requires an array of at least two dimensions");
  ax1 = normAxis(intArg(ax1 ?? 0), nd);
  ax2 = normAxis(intArg(ax2 ?? 1), nd);
  if (ax1 === ax2) throw ValueError("axis1 and axis2 cannot be the same");
  // The other axes first, then the diagonal (NumPy's order).
  const shape = [], strides = [];
  for (let i = 0; i < nd; i++) {
    if (i !== ax1 && i !== ax2) {
      shape.push(a.$shape[i]);
      strides.push(a.$strides[i]);
    }
  }
  const r = a.$shape[ax1], c = a.$shape[ax2];
  const n = Math.max(0, k >= 0 ? Math.min(r, c - k) : Math.min(r + k, c));
  const off = a.$off + (k >= 0 ? k * a.$strides[ax2] : -k * a.$strides[ax1]);
  shape.push(n);
  strides.push(a.$strides[ax1] + a.$strides[ax2]);
  return copyArr(mk(a.$dt, shape, strides, n > 0 ? off : a.$off, a.$data));
}
export const diagonal_ = diagonal;

export const copy = ND_SIG("copy", ["a", "order", "subok"], function (a, order) {
  if (a?.$a !== undefined) return a.$sd.keep(a, (s) => copy(s));
  return isArr(a) ? orderCopy(a, order ?? "K") : copyArr(A(a));
}, 2);

export const meshgrid = ND_SIG("meshgrid", [], function (...xs) {
  const k = kw(xs);
  const indexing = k.get("indexing") ?? "xy";
  if (indexing !== "xy" && indexing !== "ij") throw ValueError("Valid values for `indexing` are 'xy' and 'ij'.");
  const sparse = truthyArg(k.get("sparse")), copy = k.has("copy") ? truthyArg(k.get("copy")) : true;
  const arrs = xs.map((x) => ravel(A(x)));
  const n = arrs.length;
  const shape = arrs.map((a) => a.$size);
  if (indexing === "xy" && n >= 2) [shape[0], shape[1]] = [shape[1], shape[0]];
  const out = arrs.map((a, i) => {
    const s = new Array(n).fill(1);
    let ax = i;
    if (indexing === "xy" && n >= 2 && i < 2) ax = 1 - i;
    s[ax] = a.$size;
    if (sparse) return copy ? copyArr(reshapeArr(a, s)) : reshapeArr(a, s);
    return copyArr(broadcastTo(reshapeArr(a, s), shape));
  });
  return tuple_of(out);
}, 0, { varargs: true, varkw: true });

// ============================================================================ dtype predicates
// pyjs has three dtypes (bool < int64 < float64): each one casts safely to the next, so promotion
// is the larger code and a safe or same-kind cast goes up.

/** The dtype code of an array, NumPy scalar, Python scalar (NEP 50: its kind), dtype or type. */
function dtOf(x) {
  if (isArr(x)) return x.$dt;
  const k = skind(x);
  if (k >= 0) return k;
  return dtcode(x);
}
const ABSTRACT = [generic, number, integer, signedinteger, inexact, floating];
export const issubdtype = ND_SIG("issubdtype", ["arg1", "arg2"], function (a, b) {
  const sa = sdAmong([a]), sb = sdAmong([b]);
  if (sa !== undefined || sb !== undefined) {
    const ca = sa?.cls ?? [bool_, int64, float64][isArr(a) ? a.$dt : dtcode(a)];
    return ABSTRACT.includes(b) || b === unsignedinteger ? ca.$mro.includes(b) : ca === (sb?.cls ?? [bool_, int64, float64][dtcode(b)]);
  }
  const C = [bool_, int64, float64][isArr(a) ? a.$dt : dtcode(a)];
  if (ABSTRACT.includes(b)) return C.$mro.includes(b);
  return C === [bool_, int64, float64][dtcode(b)];
});
export const can_cast = ND_SIG("can_cast", ["from_", "to", "casting"], function (from, to, casting) {
  if (typeof from === "number" || typeof from === "boolean" || from instanceof PyFloat) {
    throw TypeError("can_cast() does not support Python ints, floats, and complex because the result used to depend on the value.\nThis change was part of adopting NEP 50, we may explicitly allow them again in the future.");
  }
  return castOk(castKS(from), castKS(to), casting ?? "safe");
}, 1);
/** A dtype (or array, scalar) as [kind rank (b u i f c), itemsize, name] for NumPy's casting rules. */
function castKS(x) {
  const sd = smallDt(x) ?? (x?.$a !== undefined || (x?.$sd !== undefined && x.v !== undefined) ? x.$sd : undefined);
  if (sd !== undefined) return ["buifc".indexOf(sd.kind), sd.size, sd.name];
  const d = isArr(x) ? x.$dt : skind(x) >= 0 ? skind(x) : dtcode(x);
  return [[0, 2, 3][d], d === BOOL ? 1 : 8, DT_NAMES[d]];
}
function castOk([fk, fn], [tk, tn], c) {
  if (c === "unsafe") return true;
  if (c === "no" || c === "equiv") return fk === tk && fn === tn;
  if (c !== "safe" && c !== "same_kind") throw ValueError(`casting must be one of 'no', 'equiv', 'safe', 'same_kind', or 'unsafe' (got ${repr(c)})`);
  const safe = fk === 0 || (tk !== 0 && (fk === tk ? tn >= fn : fk === 1 && tk === 2 ? tn > fn : fk <= 2 && tk === 3 ? tn >= Math.min(8, 2 * fn) : fk <= 2 && tk === 4 ? tn >= 2 * Math.min(8, 2 * fn) : fk === 3 && tk === 4 && tn >= 2 * fn));
  return safe || (c === "same_kind" && (fk === 1 ? tk >= 1 : fk >= 2 && tk >= fk));
}

// Shaken per entry (kernels.rs): `np_casting` is a word the compiler adds only to programs that
// pass `casting=` (compiler/src/semantic.rs, NP_CASTING); only they check astype's argument.
const CAST_GATE = {
  np_casting: () => (STRH.cast = (a, dt, c) => {
    if (c === undefined || c === "unsafe") return;
    const f = castKS(a), t = castKS(dt);
    if (!castOk(f, t, c)) throw TypeError(`Cannot cast array data from dtype('${f[2]}') to dtype('${t[2]}') according to the rule '${c}'`);
  }),
};
CAST_GATE["np_" + "casting"]?.();
/** The small-dtype descriptor among `xs` (dtypes, arrays, scalars), or undefined. */
function sdAmong(xs) {
  for (const x of xs) {
    const s = smallDt(x) ?? (x?.$a !== undefined || (x?.$sd !== undefined && x.v !== undefined) ? x.$sd : undefined);
    if (s !== undefined) return s;
  }
  return undefined;
}
export const result_type = ND_SIG("result_type", [], function (...xs) {
  if (xs.length === 0) throw ValueError("at least one array or dtype is required");
  const sd = sdAmong(xs);
  if (sd !== undefined) return sd.rtype(xs);
  return dtypeObj(Math.max(...xs.map(dtOf)));
}, 0, { varargs: true });
export const promote_types = ND_SIG("promote_types", ["type1", "type2"], function (a, b) {
  const sd = sdAmong([a, b]);
  if (sd !== undefined) return sd.rtype([a, b]);
  return dtypeObj(Math.max(dtcode(a), dtcode(b)));
});

/** `np.ix_(a, b, ...)`: open-mesh index arrays (1-D sequences reshaped to broadcast against each other). */
export const ix_ = ND_SIG("ix_", [], function (...xs) {
  const n = xs.length;
  return tuple_of(xs.map((x, i) => {
    let a = A(x);
    if (a.$shape.length !== 1) throw ValueError("Cross index must be 1 dimensional");
    if (a.$dt === BOOL) a = nonzero(a)[0];
    else if (a.$dt === FLOAT && a.$size > 0) throw IndexError("arrays used as indices must be of integer (or boolean) type");
    const s = new Array(n).fill(1);
    s[i] = a.$size;
    return reshapeArr(copyArr(a, a.$size === 0 ? INT : a.$dt), s);
  }));
}, 0, { varargs: true });

export const tile = ND_SIG("tile", ["A", "reps"], function (a, reps) {
  if (a?.$a !== undefined) return a.$sd.keep(a, (s) => tile(s, reps));
  a = A(a);
  let r = Array.isArray(reps) || reps instanceof Tuple ? Array.from(reps, (x) => intArg(x)) : [intArg(reps)];
  if (r.some((x) => x < 0)) throw ValueError("negative dimensions are not allowed");
  let nd = Math.max(a.$shape.length, r.length);
  while (r.length < nd) r.unshift(1);
  let shape = a.$shape.slice();
  while (shape.length < nd) shape.unshift(1);
  let cur = reshapeArr(isC(a) ? a : copyArr(a), shape);
  for (let ax = 0; ax < nd; ax++) {
    if (r[ax] !== 1) cur = concatenateList(new Array(r[ax]).fill(cur), ax);
  }
  return r.every((x) => x === 1) ? copyArr(cur) : cur;
});

export const repeat = ND_SIG("repeat", ["a", "repeats", "axis"], function repeat_(a, repeats, axis) {
  if (a?.$a !== undefined) return a.$sd.keep(a, (s) => repeat(s, repeats, axis));
  a = A(a);
  if (axis === undefined || axis === null) {
    a = ravel(a);
    axis = 0;
  }
  const ax = normAxis(axis, a.$shape.length);
  const n = a.$shape[ax];
  let reps = Array.isArray(repeats) || repeats instanceof Tuple || isArr(repeats) ? Array.from(isArr(repeats) ? flat(repeats) : repeats, (x) => intArg(x)) : [intArg(repeats)];
  if (reps.some((x) => x < 0)) throw ValueError("negative dimensions are not allowed");
  if (reps.length === 1) reps = new Array(n).fill(reps[0]);
  if (reps.length !== n) throw ValueError(`operands could not be broadcast together with shape (${n},) (${reps.length},)`);
  const parts = [];
  for (let i = 0; i < n; i++) {
    const row = take1(a, i, ax);
    for (let t = 0; t < reps[i]; t++) parts.push(row);
  }
  if (parts.length === 0) {
    const shape = a.$shape.slice();
    shape[ax] = 0;
    return filled(shape, a.$dt, 0);
  }
  return stackList(parts, ax);
}, 1);

/** a.take(i, axis) as a view of one index along `ax` (that axis removed). */
function take1(a, i, ax) {
  const shape = a.$shape.slice(), strides = a.$strides.slice();
  const off = a.$off + i * strides[ax];
  shape.splice(ax, 1);
  strides.splice(ax, 1);
  return viewOf(a, mk(a.$dt, shape, strides, off, a.$data));
}

// ============================================================================ shape

export const reshape = ND_SIG("reshape", ["a", "newshape", "order", "shape"], function (a, s, order, shape) {
  if (a?.$a !== undefined) return a.$sd.keep(a, (t) => reshape(t, s, order, shape));
  return reshapeOrder(A(a), shapeVarargs([s ?? shape]), order);
}, 3);

/**
 * `order=` of reshape/ravel/flatten: "F" reads and writes the elements with the first index
 * varying fastest (a reshape of the transpose, transposed back); "A"/"K" are "F" for an array
 * that is Fortran- but not C-contiguous (a transpose), else "C".
 */
function fOrder(a, order) {
  if (order === undefined || order === null || order === "C") return false;
  if (order === "F") return true;
  if (order === "A" || order === "K") return !isC(a) && isC(transposeArr(a));
  throw ValueError(`order must be one of 'C', 'F', 'A', or 'K' (got '${typeof order === "string" ? order : repr(order)}')`);
}
function reshapeOrder(a, shape, order) {
  if (!fOrder(a, order)) return reshapeArr(a, shape);
  return transposeArr(reshapeArr(transposeArr(a), shape.slice().reverse()));
}

export function ravel(a, order) {
  if (a?.$a !== undefined) return a.$sd.keep(a, (t) => ravel(t, order));
  a = A(a);
  const f = fOrder(a, order), src = f ? transposeArr(a) : a;
  const r = reshapeArr(src, [a.$size]);
  if (!isC(src)) r.$base = null; // a copy, as in NumPy
  else if (f) r.$base = a.$base === null ? a : a.$base;
  return r;
}
withSig(ravel, "ravel", ["a", "order"], { defaults: 1 });

export const transpose = ND_SIG("transpose", ["a", "axes"], function (a, axes) {
  if (a?.$a !== undefined) return a.$sd.keep(a, (s) => transpose(s, axes));
  return transposeArr(A(a), axes === null ? undefined : axes);
}, 1);

export const swapaxes = ND_SIG("swapaxes", ["a", "axis1", "axis2"], function swapaxes_(a, i, j) {
  a = A(a);
  const nd = a.$shape.length;
  i = normAxis(i, nd, "axis1: ");
  j = normAxis(j, nd, "axis2: ");
  const perm = [...Array(nd).keys()];
  [perm[i], perm[j]] = [perm[j], perm[i]];
  return transposeArr(a, perm);
});

export const moveaxis = ND_SIG("moveaxis", ["a", "source", "destination"], function (a, s, d) {
  a = A(a);
  const nd = a.$shape.length;
  if (typeof s === "number" && typeof d === "number") {
    s = normAxis(s, nd, "source: ");
    d = normAxis(d, nd, "destination: ");
    const order = [...Array(nd).keys()].filter((x) => x !== s);
    order.splice(d, 0, s);
    return transposeArr(a, order);
  }
  // Sequences of axes, as NumPy's normalize_axis_tuple and its sorted insertion.
  const axes = (x, w) => {
    const r = (Array.isArray(x) || x instanceof Tuple ? Array.from(x) : [x]).map((v) => normAxis(v, nd, `${w}: `));
    if (new Set(r).size !== r.length) throw ValueError(`repeated axis in \`${w}\` argument`);
    return r;
  };
  const ss = axes(s, "source"), ds = axes(d, "destination");
  if (ss.length !== ds.length) throw ValueError("`source` and `destination` arguments must have the same number of elements");
  const order = [...Array(nd).keys()].filter((x) => !ss.includes(x));
  for (const [dst, src] of ds.map((v, i) => [v, ss[i]]).sort((p, q) => p[0] - q[0] || p[1] - q[1])) order.splice(dst, 0, src);
  return transposeArr(a, order);
});

export const rollaxis = ND_SIG("rollaxis", ["a", "axis", "start"], function (a, axis, start) {
  a = A(a);
  const n = a.$shape.length, ax = normAxis(axis, n);
  let st = start === undefined ? 0 : intArg(start);
  if (st < 0) st += n;
  if (!(st >= 0 && st < n + 1)) throw AxisError(`'start' arg requires ${-n} <= start < ${n + 1}, but ${st} was passed in`);
  if (ax < st) st--;
  const order = [...Array(n).keys()].filter((x) => x !== ax);
  order.splice(st, 0, ax);
  return transposeArr(a, order);
}, 1);

export const expand_dims = ND_SIG("expand_dims", ["a", "axis"], function (a, axis) {
  if (a?.$a !== undefined) return a.$sd.keep(a, (s) => expand_dims(s, axis));
  a = A(a);
  const axes = Array.isArray(axis) || axis instanceof Tuple ? Array.from(axis, (x) => intArg(x)) : [intArg(axis)];
  const nd = a.$shape.length + axes.length;
  const norm = axes.map((x) => normAxis(x, nd)).sort((x, y) => x - y);
  const shape = a.$shape.slice(), strides = a.$strides.slice();
  for (const x of norm) {
    shape.splice(x, 0, 1);
    strides.splice(x, 0, 0);
  }
  return viewOf(a, mk(a.$dt, shape, strides, a.$off, a.$data));
});

export const squeeze = ND_SIG("squeeze", ["a", "axis"], function (a, axis) {
  if (a?.$a !== undefined) return a.$sd.keep(a, (s) => squeeze(s, axis));
  a = A(a);
  const nd = a.$shape.length;
  let drop;
  if (axis === undefined || axis === null) drop = a.$shape.map((d, i) => (d === 1 ? i : -1)).filter((i) => i >= 0);
  else {
    drop = (Array.isArray(axis) || axis instanceof Tuple ? Array.from(axis) : [axis]).map((x) => normAxis(x, nd));
    for (const x of drop) if (a.$shape[x] !== 1) throw ValueError("cannot select an axis to squeeze out which has size not equal to one");
  }
  const shape = [], strides = [];
  for (let i = 0; i < nd; i++) {
    if (!drop.includes(i)) {
      shape.push(a.$shape[i]);
      strides.push(a.$strides[i]);
    }
  }
  return viewOf(a, mk(a.$dt, shape, strides, a.$off, a.$data));
}, 1);

export const atleast_3d = ND_SIG("atleast_3d", ["a"], function (a) {
  a = A(a);
  const sh = a.$shape;
  if (sh.length === 0) return reshapeArr(a, [1, 1, 1]);
  if (sh.length === 1) return reshapeArr(a, [1, sh[0], 1]);
  if (sh.length === 2) return reshapeArr(a, [sh[0], sh[1], 1]);
  return a;
});
export const atleast_1d = ND_SIG("atleast_1d", ["a"], function (a) {
  if (a?.$a !== undefined) return a.$a.$shape.length === 0 ? reshape(a, [1]) : a;
  a = A(a);
  return a.$shape.length === 0 ? reshapeArr(a, [1]) : a;
});
export const atleast_2d = ND_SIG("atleast_2d", ["a"], function (a) {
  a = A(a);
  if (a.$shape.length === 0) return reshapeArr(a, [1, 1]);
  if (a.$shape.length === 1) return reshapeArr(a, [1, a.$shape[0]]);
  return a;
});

function seqArg(xs, name) {
  if (isArr(xs)) return rows(xs);
  if (!(Array.isArray(xs) || xs instanceof Tuple)) xs = arr(xs);
  if (xs.length === 0) throw ValueError("need at least one array to concatenate");
  return Array.from(xs, A);
}

function concatenateList(arrs, ax) {
  const nd = arrs[0].$shape.length;
  if (nd === 0) throw ValueError("zero-dimensional arrays cannot be concatenated");
  ax = normAxis(ax, nd);
  let dt = 0;
  for (let i = 0; i < arrs.length; i++) {
    const a = arrs[i];
    if (a.$shape.length !== nd) {
      throw ValueError(`all the input arrays must have same number of dimensions, but the array at index 0 has ${nd} dimension(s) and the array at index ${i} has ${a.$shape.length} dimension(s)`);
    }
    for (let d = 0; d < nd; d++) {
      if (d !== ax && a.$shape[d] !== arrs[0].$shape[d]) {
        throw ValueError(`all the input array dimensions except for the concatenation axis must match exactly, but along dimension ${d}, the array at index 0 has size ${arrs[0].$shape[d]} and the array at index ${i} has size ${a.$shape[d]}`);
      }
    }
    dt = Math.max(dt, a.$dt);
  }
  const shape = arrs[0].$shape.slice();
  shape[ax] = arrs.reduce((s, a) => s + a.$shape[ax], 0);
  if (ax === 0) {
    // Along the first axis the result's data is each operand's, in C order, one after another.
    const d = outData(dt, numel(shape));
    for (let i = 0, pos = 0; i < arrs.length; i++) {
      const f = flat(arrs[i]);
      d.set(f, pos);
      pos += f.length;
    }
    return fromFlat(dt, shape, d);
  }
  const out = filled(shape, dt, 0);
  let pos = 0;
  for (const a of arrs) {
    const n = a.$shape[ax];
    const strides = out.$strides.slice();
    const view = mk(dt, a.$shape.slice(), strides, pos * out.$strides[ax], out.$data);
    assign(view, a);
    pos += n;
  }
  return out;
}

function stackList(arrs, ax) {
  const s0 = arrs[0].$shape;
  for (const a of arrs) if (a.$shape.length !== s0.length || a.$shape.some((d, i) => d !== s0[i])) throw ValueError("all input arrays must have the same shape");
  const nd = s0.length + 1;
  ax = normAxis(ax, nd);
  return concatenateList(arrs.map((a) => expand_dims(a, ax)), ax);
}

export const concatenate = ND_SIG("concatenate", ["arrays", "axis", "out", "dtype"], function (xs, axis, out) { noOut("concatenate", out);
  if (sdAmong(Array.from(xs)) !== undefined) return sdAmong(Array.from(xs)).multi((v) => concatenate(v, axis), Array.from(xs));
  let arrs = seqArg(xs);
  if (axis === null) return concatenateList(arrs.map((a) => ravel(a)), 0);
  return concatenateList(arrs, axis === undefined ? 0 : intArg(axis));
}, 3);
export const stack = ND_SIG("stack", ["arrays", "axis", "out"], function (xs, axis, out) { noOut("stack", out);
  if (sdAmong(Array.from(xs)) !== undefined) return sdAmong(Array.from(xs)).multi((v) => stack(v, axis), Array.from(xs));
  return stackList(seqArg(xs), axis === undefined ? 0 : intArg(axis));
}, 2);
/** `np.block`: nested lists of arrays, the innermost lists joined along the last axis, each
 * level out along the axis before (arrays first get leading 1s up to the result's ndim). */
export const block = ND_SIG("block", ["arrays"], function (xs) {
  if (xs instanceof Tuple) {
    throw TypeError("arrays is a tuple. Only lists can be used to arrange blocks, and np.block does not allow implicit conversion from tuple to ndarray.");
  }
  let depth = -1, nd = 0;
  const walk = (x, d, path) => {
    if (Array.isArray(x)) {
      if (x.length === 0) throw ValueError(`List at ${path === "" ? "arrays" : "arrays" + path} cannot be empty`);
      x.forEach((e, i) => walk(e, d + 1, `${path}[${i}]`));
      return;
    }
    if (x instanceof Tuple) throw TypeError(`arrays${path} is a tuple. Only lists can be used to arrange blocks, and np.block does not allow implicit conversion from tuple to ndarray.`);
    if (depth === -1) depth = d;
    else if (depth !== d) {
      throw ValueError(`List depths are mismatched. First element was at depth ${depth}, but there is an element at depth ${d} (arrays${path})`);
    }
    nd = Math.max(nd, A(x).$shape.length);
  };
  walk(xs, 0, "");
  nd = Math.max(nd, depth);
  const build = (x, d) => {
    if (!Array.isArray(x)) {
      const a = A(x);
      return a.$shape.length === nd ? a : reshapeArr(a, [...Array(nd - a.$shape.length).fill(1), ...a.$shape]);
    }
    const parts = x.map((e) => build(e, d + 1));
    return concatenateList(parts, nd - (depth - d));
  };
  const r = build(xs, 0);
  return Array.isArray(xs) ? r : copyArr(r);
});

export const vstack = ND_SIG("vstack", ["tup"], function (xs) {
  if (sdAmong(Array.from(xs)) !== undefined) return sdAmong(Array.from(xs)).multi((v) => vstack(v), Array.from(xs));
  return concatenateList(seqArg(xs).map((a) => atleast_2d(a)), 0);
});
export const row_stack = vstack;
export const hstack = ND_SIG("hstack", ["tup"], function (xs) {
  if (sdAmong(Array.from(xs)) !== undefined) return sdAmong(Array.from(xs)).multi((v) => hstack(v), Array.from(xs));
  const arrs = seqArg(xs).map((a) => atleast_1d(a));
  return concatenateList(arrs, arrs[0].$shape.length === 1 ? 0 : 1);
});
export const column_stack = ND_SIG("column_stack", ["tup"], function (xs) {
  if (sdAmong(Array.from(xs)) !== undefined) return sdAmong(Array.from(xs)).multi((v) => column_stack(v), Array.from(xs));
  const arrs = seqArg(xs).map((a) => (a.$shape.length < 2 ? reshapeArr(atleast_1d(a), [atleast_1d(a).$size, 1]) : a));
  return concatenateList(arrs, 1);
});
export const dstack = ND_SIG("dstack", ["tup"], function (xs) {
  const arrs = seqArg(xs).map((a) => {
    a = atleast_2d(a);
    return a.$shape.length === 2 ? reshapeArr(a, [...a.$shape, 1]) : a;
  });
  return concatenateList(arrs, 2);
});

function splitImpl(name, a, ind, axis, equal) {
  a = A(a);
  const ax = normAxis(axis === undefined ? 0 : axis, a.$shape.length);
  const n = a.$shape[ax];
  let bounds;
  if (Array.isArray(ind) || ind instanceof Tuple || isArr(ind)) {
    const idx = Array.from(isArr(ind) ? flat(ind) : ind, (x) => intArg(x));
    bounds = [0, ...idx, n];
  } else {
    const k = intArg(ind);
    if (k <= 0) throw ValueError("number sections must be larger than 0.");
    if (equal && n % k !== 0) throw ValueError("array split does not result in an equal division");
    const each = Math.floor(n / k), extra = n % k;
    bounds = [0];
    for (let i = 0; i < k; i++) bounds.push(bounds[i] + each + (i < extra ? 1 : 0));
  }
  const out = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const norm = (v) => Math.min(Math.max(v < 0 ? v + n : v, 0), n);
    const lo = norm(bounds[i]), hi = Math.max(norm(bounds[i + 1]), lo);
    const shape = a.$shape.slice();
    shape[ax] = hi - lo;
    out.push(viewOf(a, mk(a.$dt, shape, a.$strides.slice(), a.$off + (hi > lo ? lo * a.$strides[ax] : 0), a.$data)));
  }
  return out;
}
export const split = ND_SIG("split", ["ary", "indices_or_sections", "axis"], function (a, ind, axis) {
  return splitImpl("split", a, ind, axis, true);
}, 1);
export const array_split = ND_SIG("array_split", ["ary", "indices_or_sections", "axis"], function (a, ind, axis) {
  return splitImpl("array_split", a, ind, axis, false);
}, 1);

// ============================================================================ ufuncs

/** `x` when it is a dead temporary (marked by rt/num.mjs `tmp`), its mark taken; else null. */
function takeTmp(x) {
  if (x === null || typeof x !== "object") return null;
  if (x === TMP.t0) {
    TMP.t0 = TMP.t1;
    TMP.t1 = null;
    return x;
  }
  if (x === TMP.t1) {
    TMP.t1 = null;
    return x;
  }
  return null;
}

// Arrays a variable owned when it is rebound (rt/num.mjs `rebind_own`) go back to the pool.
TMP.release = release;

/**
 * A fused elementwise expression (`$fuse`, lower/typed.rs `spec_fused`): kernel `k(out, n, A, S, U)`
 * over the data of the arrays `arrs` and the raw scalars `sc` (`U(name)`: a unary ufunc's float loop function), when every array is float64,
 * C-contiguous and of one shape with at least one dimension; null otherwise (the caller then
 * evaluates the operators one by one). Dead temporary operands (`$tmp`) give their data to the
 * result or the pool, as `$arith` does.
 */
function fuseArrays(k, arrs, sc, fl = 0, c = 0, e = 0) {
  const a0 = arrs[0];
  if (!isArr(a0)) return null;
  const shape = a0.$shape;
  let same = true, anyInt = false, anyFloat = false;
  for (let j = 0; j < arrs.length; j++) {
    let x = arrs[j];
    if (j > 0 && x !== a0) {
      if (!isArr(x)) {
        // A Python or NumPy number operand: a 0-d operand (broadcast).
        if (typeof x === "bigint") return null;
        const kd = skind(x);
        if (kd < 0) return null;
        // (`arrs` is the compiled call's own array literal.)
        arrs[j] = x = { $dt: kd === FLOAT ? FLOAT : INT, $shape: [], $strides: [], $off: 0, $size: 1, $data: Float64Array.of(sval(x)) };
      }
      const s = x.$shape;
      if (same && s.length === shape.length) {
        for (let d = 0; d < s.length; d++) if (s[d] !== shape[d]) same = false;
      } else same = false;
    }
    if (x.$dt === FLOAT) anyFloat = true;
    else if (x.$dt === INT) anyInt = true;
    else return null;
    if (!isC(x)) return null;
  }
  if (anyInt && !fuseIntsExact(arrs, sc, fl || anyFloat, c, e)) return null;
  if (!same) return fuseBroadcast(k, arrs, sc);
  const nd = shape.length, n = a0.$size;
  if (nd === 0) return null;
  const data = new Array(arrs.length);
  for (let j = 0; j < arrs.length; j++) {
    const x = arrs[j], d = x.$data;
    data[j] = x.$off === 0 && d.length === n ? d : d.subarray(x.$off, x.$off + n);
  }
  // A dead temporary operand (whole, unshared float data) takes the result; others go to the pool.
  // (Each kernel reads element i of every operand before writing element i.)
  let out = null, dead = null;
  if (TMP.t0 !== null) {
    for (let j = 0; j < arrs.length; j++) {
      const t = takeTmp(arrs[j]);
      if (t === null) continue;
      if (out === null && t.$dt === FLOAT && t.$off === 0 && t.$data.length === n) out = t.$data;
      else (dead ??= []).push(t);
    }
  }
  if (out === null) out = outData(FLOAT, n);
  k(out, n, data, sc, unFloat);
  if (dead !== null) for (const t of dead) release(t);
  const r = fromFlat(FLOAT, shape.slice(), out);
  TMP.fresh = r;
  return r;
}

/**
 * Whether a fused kernel computes NumPy's bits with int64 operands (read as doubles): `c * M**e`
 * (lower/typed.rs `fuse_ints`; `e` is 0 when an int64 node could make -0, or when the result
 * would be int64: no fusion) bounds every int64 intermediate for operands up to `M`, and must
 * stay below 2**53. Operands must be non-negative (no -0 from an int product).
 */
function fuseIntsExact(arrs, sc, fl, c, e) {
  if (!fl || !e) return false;
  let m = 1;
  for (let j = 0; j < sc.length; j++) {
    const v = sc[j];
    if (!(v >= 0)) return false;
    if (Number.isInteger(v) && v > m) m = v;
  }
  for (let j = 0; j < arrs.length; j++) {
    const x = arrs[j];
    if (x.$dt !== INT) continue;
    const d = x.$data;
    for (let i = x.$off, end = x.$off + x.$size; i < end; i++) {
      const v = d[i];
      if (v > m) m = v;
      else if (v < 0) return false;
    }
  }
  return c * m ** e < 9007199254740992;
}

const FUSE_ROW_MIN = 8;
/**
 * `fuseArrays` for operands of different shapes: the broadcast result one row (last axis) at a
 * time, each operand's row a view of its data or, when it broadcasts along the last axis, its
 * element repeated in a scratch row. Null when the shapes do not broadcast or rows are short.
 */
function fuseBroadcast(k, arrs, sc) {
  let nd = 0;
  for (const x of arrs) if (x.$shape.length > nd) nd = x.$shape.length;
  if (nd === 0) return null;
  const shape = new Array(nd).fill(1);
  for (const x of arrs) {
    const s = x.$shape, o = nd - s.length;
    for (let d = 0; d < s.length; d++) {
      if (s[d] === shape[o + d] || s[d] === 1) continue;
      if (shape[o + d] !== 1) return null;
      shape[o + d] = s[d];
    }
  }
  const last = shape[nd - 1];
  let n = 1;
  for (let d = 0; d < nd; d++) n *= shape[d];
  if (last < FUSE_ROW_MIN || n === 0) return null;
  const na = arrs.length, rows = n / last;
  // Per operand: C strides over the broadcast shape (0 along broadcast axes), whether its
  // rows are whole, the current row's offset and view.
  const st = [], whole = [], off = new Array(na).fill(-1), view = new Array(na), row = new Array(na);
  for (let j = 0; j < na; j++) {
    const x = arrs[j], s = x.$shape, o = nd - s.length, str = new Array(nd).fill(0);
    let acc = 1;
    for (let d = s.length - 1; d >= 0; d--) {
      if (s[d] !== 1) str[o + d] = acc;
      acc *= s[d];
    }
    st.push(str);
    whole.push(s.length > 0 && s[s.length - 1] === last);
    if (!whole[j]) view[j] = new Float64Array(last);
  }
  // Rows are computed into one scratch row and copied out (a `subarray` per row costs more).
  const out = outData(FLOAT, n), idx = new Array(nd).fill(0), orow = rows === 1 ? out : new Float64Array(last);
  for (let r = 0; r < rows; r++) {
    for (let j = 0; j < na; j++) {
      const x = arrs[j], str = st[j];
      let p = x.$off;
      for (let d = 0; d < nd - 1; d++) p += idx[d] * str[d];
      if (p !== off[j]) {
        off[j] = p;
        if (whole[j]) view[j] = x.$data.subarray(p, p + last);
        else view[j].fill(x.$data[p]);
      }
      row[j] = view[j];
    }
    k(orow, last, row, sc, unFloat);
    if (orow !== out) out.set(orow, r * last);
    for (let d = nd - 2; d >= 0; d--) {
      if (++idx[d] < shape[d]) break;
      idx[d] = 0;
    }
  }
  if (TMP.t0 !== null) for (let j = 0; j < na; j++) {
    const t = takeTmp(arrs[j]);
    if (t !== null) release(t);
  }
  const res = fromFlat(FLOAT, shape, out);
  TMP.fresh = res;
  return res;
}
TMP.fuse = fuseArrays;

/** Pools the data of the dead temporary `t` unless the result `r` took it. */
function releaseUnused(t, r) {
  if (!isArr(r) || r.$data !== t.$data) release(t);
}

// Ufunc results are new arrays (`TMP.fresh`); a dead temporary argument may take the result.
/**
 * A ufunc's result, marked as the fresh temporary (`$tmp`). Not inlined into the ufuncs: a
 * `ufunc1("sqrt")` call must store nothing itself, so kernels.rs does not take
 * `export const sqrt = ufunc1("sqrt")` for a registration and ships it only when named.
 */
function fresh(r) {
  if (isArr(r)) TMP.fresh = r;
  return r;
}
/**
 * `fresh` for the NumPy functions whose result is new (`np.where`, `np.clip`, ...: lower/owned.rs
 * `numpy_fresh_call`). Through this function, not `fresh` itself: an item calling a function that
 * stores into module state is a registration to the shaker (kernels.rs) and would always ship.
 */
function newResult(r) {
  return fresh(r);
}
/**
 * `out=` and `where=` of a ufunc-like call, applied to its full result `r`: the values are
 * written into `out` (NumPy's same_kind casting and broadcast checks), only where `where` is
 * True. Without `out`, the positions `where` leaves out are 0 (NumPy leaves them uninitialized).
 */
function ufuncOut(name, r, out, where) {
  if (out instanceof Tuple) {
    if (out.length !== 1) throw ValueError("The 'out' tuple must have exactly one entry per ufunc output");
    out = out.at(0);
  }
  const hasOut = out !== undefined && out !== null;
  if (hasOut && !isArr(out)) throw TypeError("return arrays must be of ArrayType");
  const R = isArr(r) ? r : toArr(r);
  let dst;
  if (hasOut) {
    dst = out;
    if (R.$dt > dst.$dt) {
      throw UFuncTypeError(`Cannot cast ufunc '${name}' output from dtype('${DT_NAMES[R.$dt]}') to dtype('${DT_NAMES[dst.$dt]}') with casting rule 'same_kind'`);
    }
    const sh = broadcastShapes(dst.$shape, R.$shape);
    if (sh.length !== dst.$shape.length || sh.some((d, i) => d !== dst.$shape[i])) {
      throw ValueError(`non-broadcastable output operand with shape ${shapeStrC(dst.$shape)} doesn't match the broadcast shape ${shapeStrC(sh)}`);
    }
  } else dst = fromFlat(R.$dt, R.$shape.slice(), outData(R.$dt, R.$size).fill(0));
  if (where === undefined || where === null || where === true) {
    assign(dst, R);
    return dst;
  }
  const m = copyArr(broadcastTo(A(where), dst.$shape), BOOL);
  setitem(dst, m, getitem(broadcastTo(R, dst.$shape), m));
  return dst;
}
const noArg = (x) => x === undefined || x === null;
/** An argument pyjs does not implement, given a value other than its default: a clear error. */
function noArgV(what, v, ...dflt) {
  if (v !== undefined && v !== null && !dflt.includes(v)) throw unsupported(what);
}
function noOut(name, out) {
  if (out !== undefined && out !== null) throw unsupported(`${name}(out=...)`);
}
function ufunc1(name, impl = name, fast = null) {
  return ufuncAttrs(ND_SIG(name, ["x", "out", "where", "dtype"], function (x, out, where) {
    if (!noArg(out) || !noArg(where)) return ufuncOut(name, unary(impl, x, null, fast), out, where);
    const into = TMP.t0 !== null ? takeTmp(x) : null;
    const r = fresh(unary(impl, x, into, fast));
    if (into !== null) releaseUnused(into, r);
    return r;
  }, 3), name, 1);
}
const UFUNC_IDENTITY = { add: 0, multiply: 1, logical_and: true, logical_or: false, logical_xor: false, bitwise_and: -1, bitwise_or: 0, bitwise_xor: 0 };
/** A ufunc's repr (`<ufunc 'add'>`) and its `nin`/`nout`/`nargs`/`identity` attributes (the
 * ufuncs made here have one output: divmod/modf/frexp are plain functions). */
function ufuncAttrs(f, name, nin) {
  f.$repr = `<ufunc '${name}'>`;
  f.__name__ = name;
  f.nin = nin;
  f.nout = 1;
  f.nargs = nin + 1;
  f.identity = UFUNC_IDENTITY[name] ?? null;
  return f;
}
/** A binary ufunc's `dtype=`: both inputs cast to it ('same_kind'), so the loop runs in it. */
function ufuncDtype(name, dt, x, y) {
  if (smallDt(dt) !== undefined) throw unsupported(`${name}(dtype=...) of small dtypes`);
  const c = dtcode(dt);
  return [x, y].map((v, i) => {
    const a = A(v);
    if (a.$dt === c) return a;
    if (a.$dt > c) throw UFuncTypeError(`Cannot cast ufunc '${name}' input ${i} from dtype('${DT_NAMES[a.$dt]}') to dtype('${DT_NAMES[c]}') with casting rule 'same_kind'`);
    return copyArr(a, c);
  });
}
function ufunc2(name, impl = name) {
  return ufuncMethods(ND_SIG(name, ["x1", "x2", "out", "where", "dtype"], function (x, y, out, where, dt) {
    if (dt !== undefined && dt !== null) [x, y] = ufuncDtype(name, dt, x, y);
    if (!noArg(out) || !noArg(where)) return ufuncOut(name, binary(impl, x, y), out, where);
    let into = null, dead = null;
    if (TMP.t0 !== null) {
      into = takeTmp(x);
      if (into === null) into = takeTmp(y);
      else if (y !== x) dead = takeTmp(y);
    }
    const r = fresh(binary(impl, x, y, into));
    if (into !== null) releaseUnused(into, r);
    if (dead !== null) releaseUnused(dead, r);
    return r;
  }, 3), name, impl);
}

export const sqrt = ufunc1("sqrt");
export const exp = ufunc1("exp");
export const log = ufunc1("log");
export const log2 = ufunc1("log2");
export const log10 = ufunc1("log10");
export const expm1 = ufunc1("expm1");
export const log1p = ufunc1("log1p");
export const exp2 = ufunc1("exp2");
export const cbrt = ufunc1("cbrt");
export const sin = ufunc1("sin", "sin", sinLoop);
export const cos = ufunc1("cos", "cos", cosLoop);
export const tan = ufunc1("tan");
export const arcsin = ufunc1("arcsin");
export const arccos = ufunc1("arccos");
export const arctan = ufunc1("arctan");
export const sinh = ufunc1("sinh");
export const cosh = ufunc1("cosh");
export const tanh = ufunc1("tanh");
export const arcsinh = ufunc1("arcsinh");
export const arccosh = ufunc1("arccosh");
export const arctanh = ufunc1("arctanh");
export const floor = ufunc1("floor");
export const ceil = ufunc1("ceil");
export const trunc = ufunc1("trunc");
export const fix = ufunc1("fix");
export const rint = ufunc1("rint");
export const absolute = ufunc1("absolute");
export const fabs = ufunc1("fabs");
export const sign = ufunc1("sign");
export const negative = ufunc1("negative");
export const positive = ufunc1("positive");
export const abs = absolute;
export const square = ufunc1("square");
export const reciprocal = ufunc1("reciprocal");
export const spacing = ufunc1("spacing");
export const isnan = ufunc1("isnan");
export const isinf = ufunc1("isinf");
export const isfinite = ufunc1("isfinite");
export const signbit = ufunc1("signbit");
export const logical_not = ufunc1("logical_not");
/** Float64 elementwise helper: `f` per element, a np.float64 for a scalar argument. */
function mapF(x, f, dt = FLOAT) {
  if (skind(x) >= 0) return scal(dt, f(toNum(x)));
  const X = A(x), src = flat(copyArr(X, FLOAT)), out = newData(dt, src.length);
  for (let i = 0; i < src.length; i++) out[i] = f(src[i]);
  return fromFlat(dt, X.$shape.slice(), out);
}
// Scratch buffers are made per call: a function storing into a top-level binding would be a
// "registrar" to the shaker (kernels.rs) and ship with every NumPy program.
function nextafter1(x, y) {
  if (x !== x || y !== y) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  const F64B = new Float64Array(1), U64B = new BigUint64Array(F64B.buffer);
  F64B[0] = x;
  if ((y > x) === (x > 0)) U64B[0] += 1n;
  else U64B[0] -= 1n;
  return F64B[0];
}
function frexp1(x) {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  let e = 0, m = Math.abs(x);
  if (m < 2.2250738585072014e-308) {
    m *= 2 ** 64;
    e = -64;
  }
  const F64B = new Float64Array(1), U64B = new BigUint64Array(F64B.buffer);
  F64B[0] = m;
  const be = Number((U64B[0] >> 52n) & 0x7ffn);
  e += be - 1022;
  U64B[0] = (U64B[0] & 0x800fffffffffffffn) | (1022n << 52n);
  return [x < 0 ? -F64B[0] : F64B[0], e];
}
function ldexp1(x, e) {
  if (x === 0 || !Number.isFinite(x)) return x;
  while (e > 1000) {
    x *= 2 ** 1000;
    e -= 1000;
  }
  while (e < -1000) {
    // Two steps near the subnormal range so the one rounding is the last multiply's.
    if (e < -2000 || Math.abs(x) * 2 ** -1000 >= 2.2250738585072014e-308) {
      x *= 2 ** -1000;
      e += 1000;
    } else break;
  }
  if (e < -1022) {
    const [m, me] = frexp1(x);
    return m * 2 ** (me + e) || m * 2 ** -1022 * 2 ** (me + e + 1022);
  }
  return x * 2 ** e;
}
export const nextafter = ND_SIG("nextafter", ["x1", "x2"], function (x1, x2) {
  if (skind(x1) >= 0 && skind(x2) >= 0) return scal(FLOAT, nextafter1(toNum(x1), toNum(x2)));
  let shape = broadcastShapes(A(x1).$shape, A(x2).$shape);
  const X = flat(copyArr(broadcastTo(A(x1), shape), FLOAT)), Y = flat(copyArr(broadcastTo(A(x2), shape), FLOAT));
  return fromFlat(FLOAT, shape.slice(), Float64Array.from(X, (v, i) => nextafter1(v, Y[i])));
});
export const modf = ND_SIG("modf", ["x"], function (x) {
  const frac = (v) => (v !== v ? v : Number.isFinite(v) && v !== Math.trunc(v) ? v - Math.trunc(v) : v < 0 || Object.is(v, -0) ? -0 : 0);
  return tuple_of([mapF(x, frac), mapF(x, (v) => Math.trunc(v))]);
});
// `np.frexp`: mantissas (float64) and int32 exponents (a small dtype: ships only with frexp).
export const frexp = ND_SIG("frexp", ["x"], function (x) {
  if (skind(x) >= 0) {
    const [m, e] = frexp1(toNum(x));
    return mktuple(scal(FLOAT, m), int32.__new__(int32, e));
  }
  const X = A(x), src = flat(copyArr(X, FLOAT)), M = new Float64Array(src.length), E = new Float64Array(src.length);
  for (let i = 0; i < src.length; i++) [M[i], E[i]] = frexp1(src[i]);
  return mktuple(fromFlat(FLOAT, X.$shape.slice(), M), int32.__new__(int32, fromFlat(INT, X.$shape.slice(), E)));
});
export const ldexp = ND_SIG("ldexp", ["x1", "x2"], function (x1, x2) {
  // Small-dtype integer exponents (frexp's int32): their int64 storage.
  if (x2?.$sd !== undefined && x2.$sd.kind !== "f") x2 = x2.$a !== undefined ? x2.$a : x2.v;
  if (A(x2).$dt === FLOAT) throw TypeError("ufunc 'ldexp' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''");
  if (skind(x1) >= 0 && skind(x2) >= 0) return scal(FLOAT, ldexp1(toNum(x1), sval(x2)));
  const shape = broadcastShapes(A(x1).$shape, A(x2).$shape);
  const X = flat(copyArr(broadcastTo(A(x1), shape), FLOAT)), E = flat(copyArr(broadcastTo(A(x2), shape), INT));
  return fromFlat(FLOAT, shape.slice(), Float64Array.from(X, (v, i) => ldexp1(v, E[i])));
});
export const sinc = ND_SIG("sinc", ["x"], function (x) {
  const y = binary("multiply", Math.PI, where(binary("equal", x, 0), 1.0e-20, x));
  return binary("true_divide", unary("sin", y), y);
});
export const unwrap = ND_SIG("unwrap", ["p", "discont", "axis", "period"], function (p, discont, axis, period) {
  const P = A(p);
  if (P.$shape.length !== 1) throw unsupported("unwrap of a multi-dimensional array");
  noArgV("unwrap(axis=...)", axis, -1, 0);
  if (P.$dt !== FLOAT && (period === undefined || period === null || skind(period) === INT)) throw unsupported("unwrap of an integer array");
  const per = period === undefined || period === null ? 2 * Math.PI : toNum(period);
  const disc = discont === undefined || discont === null ? per / 2 : toNum(discont);
  const f = flat(copyArr(P, FLOAT)), n = f.length, out = Float64Array.from(f);
  const hi = per / 2, lo = -hi;
  const pmod = (a, b) => {
    let m = a % b;
    if (m !== 0) {
      if ((b < 0) !== (m < 0)) m += b;
    } else m = b < 0 ? -0 : 0;
    return m;
  };
  let acc = 0;
  for (let i = 1; i < n; i++) {
    const dd = f[i] - f[i - 1];
    let ddmod = pmod(dd - lo, per) + lo;
    if (ddmod === lo && dd > 0) ddmod = hi;
    let corr = ddmod - dd;
    if (Math.abs(dd) < disc) corr = 0;
    acc += corr;
    out[i] = f[i] + acc;
  }
  return fromFlat(FLOAT, [n], out);
}, 3);
export const isposinf = ND_SIG("isposinf", ["x", "out"], function (x, out) { noOut("isposinf", out);
  return logical_and(isinf(x), logical_not(signbit(x)));
}, 1);
export const isneginf = ND_SIG("isneginf", ["x", "out"], function (x, out) { noOut("isneginf", out);
  return logical_and(isinf(x), signbit(x));
}, 1);
export const invert = ufunc1("invert");
export const bitwise_not = invert;
export const deg2rad = ufunc1("deg2rad");
export const rad2deg = ufunc1("rad2deg");
export const degrees = ufunc1("degrees");
export const radians = ufunc1("radians");
export const add = ufunc2("add");
export const subtract = ufunc2("subtract");
export const multiply = ufunc2("multiply");
export const divide = ufunc2("divide", "true_divide");
export const true_divide = divide;
export const floor_divide = ufunc2("floor_divide");
export const power = ufunc2("power");
export const mod = ufunc2("remainder");
export const remainder = mod;
export const maximum = ufunc2("maximum");
export const minimum = ufunc2("minimum");
export const fmax = ufunc2("fmax");
export const fmin = ufunc2("fmin");
export const arctan2 = ufunc2("arctan2");
export const hypot = ufunc2("hypot");
export const equal = ufunc2("equal");
export const not_equal = ufunc2("not_equal");
export const less = ufunc2("less");
export const less_equal = ufunc2("less_equal");
export const greater = ufunc2("greater");
export const greater_equal = ufunc2("greater_equal");
export const logical_and = ufunc2("logical_and");
export const logical_or = ufunc2("logical_or");
export const logical_xor = ufunc2("logical_xor");
export const bitwise_and = ufunc2("bitwise_and");
export const bitwise_or = ufunc2("bitwise_or");
export const bitwise_xor = ufunc2("bitwise_xor");

export const float_power = ND_SIG("float_power", ["x1", "x2"], function (x, y) {
  return binary("power", toArr(x, FLOAT), y);
});

export const round = ND_SIG("round", ["a", "decimals", "out"], function (a, d, out) {
  const r = ufuncRound(isArr(a) || skind(a) >= 0 || a?.$sd !== undefined ? a : A(a), d === undefined ? 0 : intArg(d));
  return noArg(out) ? newResult(r) : ufuncOut("round", r, out);
}, 2);
export const around = round;

export const clip = ND_SIG("clip", ["a", "a_min", "a_max", "out"], function (a, lo, hi, out) {
  if (a?.$sd !== undefined && (a.$a !== undefined || a.v !== undefined) && noArg(out)) return a.$sd.clip(a, lo, hi);
  // NumPy 2.1: no bounds is a plain copy.
  if ((lo === undefined || lo === null) && (hi === undefined || hi === null)) return newResult(copyArr(isArr(a) || skind(a) >= 0 ? A(a) : A(a)));
  const r = clipImpl(isArr(a) || skind(a) >= 0 ? a : A(a), lo, hi);
  return noArg(out) ? newResult(r) : ufuncOut("clip", r, out);
}, 1);
// (A function of its own returning after its loop: inlined in clipImpl, the on-stack-replaced
// loop deoptimized at its exit on every call.)
function clipF64(src, o, out, n, l, h) {
  for (let i = 0; i < n; i++) {
    const v = src[o + i];
    let r = Math.min(Math.max(v, l), h);
    if (r === 0) {
      r = l > v ? l : v;
      r = h < r ? h : r;
    }
    out[i] = r;
  }
}
function clipImpl(a, lo, hi) {
  const hasLo = lo !== undefined && lo !== null, hasHi = hi !== undefined && hi !== null;
  if (isArr(a) && a.$dt === FLOAT && isC(a) && (!hasLo || skind(lo) >= 0) && (!hasHi || skind(hi) >= 0)) {
    // A contiguous float64 array between scalar bounds: one pass, branch-free Math.max/min
    // (fast on unpredictable data); a zero result is redone by the general rule, where a
    // tie keeps the element's sign.
    const l = hasLo ? sval(lo) : -Infinity, h = hasHi ? sval(hi) : Infinity;
    if (l === l && h === h) {
      const n = a.$size, out = outData(FLOAT, n);
      clipF64(a.$data, a.$off, out, n, l, h);
      return fromFlat(FLOAT, a.$shape.slice(), out);
    }
  }
  let r = a;
  // Bounds first: a tie keeps the element (np.clip(-0.0, 0.0, 1.0) is -0.0).
  if (lo !== undefined && lo !== null) r = binary("maximum", lo, r);
  if (hi !== undefined && hi !== null) r = binary("minimum", hi, r);
  return r;
}

// np.where's loops, each a function of its own (an on-stack-replaced loop inlined in `where`
// deoptimized at its exit on every call).
function whereSS(cf, xv, yv, out) {
  for (let i = 0; i < out.length; i++) out[i] = cf[i] ? xv : yv;
}
function whereSA(cf, xv, yf, out) {
  for (let i = 0; i < out.length; i++) out[i] = cf[i] ? xv : yf[i];
}
function whereAS(cf, xf, yv, out) {
  for (let i = 0; i < out.length; i++) out[i] = cf[i] ? xf[i] : yv;
}
function whereAA(cf, xf, yf, out) {
  for (let i = 0; i < out.length; i++) out[i] = cf[i] ? xf[i] : yf[i];
}
export const where = ND_SIG("where", ["condition", "x", "y"], function (c, x, y) {
  if (x === undefined && y === undefined) return nonzeroImpl(c);
  if (x === undefined || y === undefined) throw ValueError("either both or neither of x and y should be given");
  const sd = x?.$sd ?? y?.$sd ?? STRH.sd?.pick(x, y);
  if (sd !== undefined) return sd.multi((v) => where(S_(c), v[0], v[1]), [x, y]);
  const C_ = A(c), X = A(x), Y = A(y);
  let shape;
  try {
    shape = broadcastShapes(broadcastShapes(C_.$shape, X.$shape), Y.$shape);
  } catch {
    throw ValueError(`operands could not be broadcast together with shapes ${shapeStrC(C_.$shape)} ${shapeStrC(X.$shape)} ${shapeStrC(Y.$shape)} `);
  }
  const dt = Math.max(X.$dt, Y.$dt);
  // A contiguous bool condition of the result's shape, each choice a single value or a
  // contiguous array of that shape: no broadcast copies (a lower dtype's values are the same numbers).
  const whole = (t) => t.$shape.length === shape.length && isC(t) && t.$shape.every((d, i) => d === shape[i]);
  if (shape.length > 0 && C_.$dt === BOOL && whole(C_) && (X.$size === 1 || whole(X)) && (Y.$size === 1 || whole(Y))) {
    const cf = flat(C_), out = outData(dt, cf.length);
    if (X.$size === 1 && Y.$size === 1) whereSS(cf, X.$data[X.$off], Y.$data[Y.$off], out);
    else if (X.$size === 1) whereSA(cf, X.$data[X.$off], flat(Y), out);
    else if (Y.$size === 1) whereAS(cf, flat(X), Y.$data[Y.$off], out);
    else {
      const xf = flat(X), yf = flat(Y);
      whereAA(cf, xf, yf, out);
    }
    return newResult(fromFlat(dt, shape, out));
  }
  const cf = flat(copyArr(broadcastTo(C_, shape), BOOL)), xf = flat(copyArr(broadcastTo(X, shape), dt)), yf = flat(copyArr(broadcastTo(Y, shape), dt));
  const out = newData(dt, cf.length);
  for (let i = 0; i < out.length; i++) out[i] = cf[i] ? xf[i] : yf[i];
  return shape.length === 0 ? scal(dt, out[0]) : newResult(fromFlat(dt, shape, out));
}, 2);

export const nonzero = ND_SIG("nonzero", ["a"], function (a) {
  a = S_(a);
  return nonzeroImpl(a);
});
function nonzeroImpl(a) {
  a = A(a);
  if (a.$shape.length === 0) throw ValueError("Calling nonzero on 0d arrays is not allowed. Use np.atleast_1d(scalar).nonzero() instead. If the context of this error is of the form `arr[nonzero(cond)]`, just use `arr[cond]`.");
  return tuple_of(nonzeroArrays(a));
}

export const flatnonzero = ND_SIG("flatnonzero", ["a"], function (a) {
  a = S_(a);
  return nonzeroArrays(ravel(A(a)))[0];
});

export const argwhere = ND_SIG("argwhere", ["a"], function (a) {
  a = S_(a);
  a = A(a);
  const nz = nonzeroArrays(a.$shape.length === 0 ? reshapeArr(a, [1]) : a);
  const n = nz[0].$size, k = a.$shape.length;
  const out = new Float64Array(n * k);
  for (let i = 0; i < n; i++) for (let j = 0; j < k; j++) out[i * k + j] = nz[j].$data[i];
  return fromFlat(INT, [n, k], out);
});

export const count_nonzero = ND_SIG("count_nonzero", ["a", "axis", "keepdims"], function (a, axis, keepdims) {
  a = S_(a);
  const r = reduceK("count_nonzero", a, axis, keepdims);
  // A Python int for axis=None, an np.int64 when an axis (tuple) reduces to one value.
  return isArr(r) ? r : axis === undefined || axis === null ? pyval(INT, sval(r)) : scal(INT, sval(r));
}, 2);

// ============================================================================ reductions

// A dead temporary argument (`np.max(np.abs(d))`: `$tmp`, lower/call.rs) goes to the buffer pool.
function red(name) {
  return ND_SIG(name, ["a", "axis", "dtype", "out", "keepdims"], function (a, axis, dt, out, keepdims, k) { noOut(name, out);
    if (k instanceof KwArgs) return redKw(name, a, axis, dt, keepdims, k, 0);
    return poolTmp(a, reduceWithDtype(name, a, axis, dt, keepdims));
  }, 4, { kwonly: name === "sum" || name === "prod" ? ["initial", "where"] : ["where"] });
}

// ---------------------------------------------------------------- reductions with where=/initial=
// Gated like ARR_PRINT: the entry ships only with the word `np_redwhere`, which semantic.rs adds
// (NP_RED_WHERE) to programs passing a `where=` or `initial=` keyword (or `**kw`).
const RED_GATE = {
  np_redwhere: redWhere,
};
function redKw(name, a, axis, dt, keepdims, k, ddof) {
  const f = RED_GATE["np_" + "redwhere"];
  if (f === undefined) throw NotImplementedError("pyjs: this program reduces with where=/initial= in a way the compiler did not foresee (semantic.rs NP_RED_WHERE)");
  return f(name, a, axis, dt, keepdims, k.map.get("initial"), k.map.get("where"), ddof);
}
/**
 * NumPy's masked reduction: the reduced axes moved last; each output starts from `initial` (or
 * the identity) and takes the selected elements. Sums follow NumPy's loops: along the trailing
 * axes of a C-ordered array each run of selected elements is summed pairwise and added to the
 * accumulator (the masked inner loop), otherwise elements are added one by one.
 */
function redWhere(name, a, axis, dt, keepdims, initial, where, ddof) {
  if (a?.$a !== undefined || a?.$b !== undefined || a?.$sd !== undefined) throw unsupported(`${name}(where=/initial=) of this dtype`);
  a = A(a);
  const moments = name === "mean" || name === "std" || name === "var";
  if (dt !== undefined && dt !== null) a = copyArr(a, dtcode(dt));
  else if (moments) a = copyArr(a, FLOAT);
  const nd = a.$shape.length;
  const ax = axis === undefined || axis === null ? [...Array(nd).keys()] : Array.isArray(axis) || axis instanceof Tuple ? Array.from(axis, (x) => normAxis(x, nd)) : [normAxis(axis, nd)];
  if (ax.some((x, i) => ax.indexOf(x) !== i)) throw ValueError("duplicate value in 'axis'");
  const rest = [...Array(nd).keys()].filter((i) => !ax.includes(i));
  const m = ax.reduce((p, i) => p * a.$shape[i], 1), no = rest.reduce((p, i) => p * a.$shape[i], 1);
  const perm = [...rest, ...ax];
  const d = flat(copyArr(transposeArr(a, perm)));
  let w = null;
  if (where !== undefined && where !== null && where !== true) {
    const W = A(where);
    if (W.$dt !== BOOL) throw TypeError(`Cannot cast array data from dtype('${DT_NAMES[W.$dt]}') to dtype('bool') according to the rule 'safe'`);
    w = flat(copyArr(transposeArr(broadcastTo(W, a.$shape), perm)));
  }
  const sel = (i) => w === null || w[i] !== 0;
  const trailing = isC(a) && ax.every((x) => x >= nd - ax.length);
  const hasInit = initial !== undefined && initial !== null;
  const init = hasInit ? sval(initial) : 0;
  const isMax = name === "max", isMin = name === "min";
  if ((isMax || isMin) && !hasInit && w !== null) {
    throw ValueError(`reduction operation '${isMax ? "maximum" : "minimum"}' does not have an identity, so to use a where mask one has to specify 'initial'`);
  }
  const sumOf = (vals, o, start) => {
    let acc = start;
    const base = o * m;
    if (!trailing || a.$dt !== FLOAT) {
      for (let j = 0; j < m; j++) if (sel(base + j)) acc += vals[base + j];
      return acc;
    }
    for (let j = 0; j < m;) {
      if (!sel(base + j)) {
        j++;
        continue;
      }
      let e = j;
      while (e < m && sel(base + e)) e++;
      acc += pairwiseSum(vals, base + j, e - j);
      j = e;
    }
    return acc;
  };
  const count = (o) => {
    let c = 0;
    for (let j = 0; j < m; j++) if (sel(o * m + j)) c++;
    return c;
  };
  const outDt = moments ? FLOAT : name === "any" || name === "all" ? BOOL : a.$dt === BOOL && (name === "sum" || name === "prod") ? INT : a.$dt;
  const out = outDt === BOOL ? new Uint8Array(no) : new Float64Array(no);
  let sq = null;
  for (let o = 0; o < no; o++) {
    let v;
    if (name === "sum") v = sumOf(d, o, init);
    else if (name === "prod") {
      v = hasInit ? init : 1;
      for (let j = 0; j < m; j++) if (sel(o * m + j)) v *= d[o * m + j];
    } else if (isMax || isMin) {
      if (!hasInit && m === 0) throw ValueError(`zero-size array to reduction operation ${isMax ? "maximum" : "minimum"} which has no identity`);
      v = hasInit ? init : d[o * m];
      for (let j = hasInit ? 0 : 1; j < m; j++) {
        const x = d[o * m + j];
        if (sel(o * m + j) && v === v && (x !== x || (isMax ? x > v : x < v))) v = x;
      }
    } else if (name === "any" || name === "all") {
      v = name === "all" ? 1 : 0;
      for (let j = 0; j < m; j++) if (sel(o * m + j) && (d[o * m + j] !== 0) === (name === "any")) v = name === "any" ? 1 : 0;
    } else {
      const c = count(o), mu = sumOf(d, o, 0) / c;
      if (name === "mean") v = mu;
      else {
        sq ??= new Float64Array(d.length);
        for (let j = o * m; j < (o + 1) * m; j++) sq[j] = (d[j] - mu) * (d[j] - mu);
        const r = sumOf(sq, o, 0) / Math.max(c - ddof, 0);
        v = name === "std" ? Math.sqrt(r) : r;
      }
    }
    out[o] = v;
  }
  const shape = truthyArg(keepdims ?? false) ? a.$shape.map((x, i) => (ax.includes(i) ? 1 : x)) : rest.map((i) => a.$shape[i]);
  if (shape.length === 0) return scal(outDt, out[0]);
  return fromFlat(outDt, shape, out);
}
function poolTmp(a, r) {
  if (TMP.t0 !== null && takeTmp(a) !== null) releaseUnused(a, r);
  return r;
}
export const sum = red("sum");
export const prod = red("prod");
export const mean = red("mean");
export const any = red("any");
export const all = red("all");
export const min = ND_SIG("min", ["a", "axis", "out", "keepdims"], function (a, axis, out, keepdims, k) { noOut("min", out);
  if (k instanceof KwArgs) return redKw("min", a, axis, null, keepdims, k, 0);
  return poolTmp(a, reduceK("min", a, axis, keepdims));
}, 3, { kwonly: ["initial", "where"] });
export const max = ND_SIG("max", ["a", "axis", "out", "keepdims"], function (a, axis, out, keepdims, k) { noOut("max", out);
  if (k instanceof KwArgs) return redKw("max", a, axis, null, keepdims, k, 0);
  return poolTmp(a, reduceK("max", a, axis, keepdims));
}, 3, { kwonly: ["initial", "where"] });
export const amin = min;
export const amax = max;
export const ptp = ND_SIG("ptp", ["a", "axis", "out", "keepdims"], function (a, axis, out, keepdims) { noOut("ptp", out);
  return reduceK("ptp", a, axis, keepdims);
}, 3);
export const std = ND_SIG("std", ["a", "axis", "dtype", "out", "ddof", "keepdims"], function (a, axis, dt, out, ddof, keepdims, k) { noOut("std", out);
  if (k instanceof KwArgs) return redKw("std", a, axis, dt, keepdims, k, ddofArg(ddof));
  return reduceK("std", a, axis, keepdims, ddofArg(ddof));
}, 5, { kwonly: ["where"] });
export const var_ = ND_SIG("var", ["a", "axis", "dtype", "out", "ddof", "keepdims"], function (a, axis, dt, out, ddof, keepdims, k) { noOut("var", out);
  if (k instanceof KwArgs) return redKw("var", a, axis, dt, keepdims, k, ddofArg(ddof));
  return reduceK("var", a, axis, keepdims, ddofArg(ddof));
}, 5, { kwonly: ["where"] });
export { var_ as var };
export const argmin = ND_SIG("argmin", ["a", "axis", "out", "keepdims"], function (a, axis, out, keepdims) { noOut("argmin", out);
  return reduceK("argmin", a, axis, keepdims);
}, 3);
export const argmax = ND_SIG("argmax", ["a", "axis", "out", "keepdims"], function (a, axis, out, keepdims) { noOut("argmax", out);
  return reduceK("argmax", a, axis, keepdims);
}, 3);
export const cumsum = ND_SIG("cumsum", ["a", "axis", "dtype", "out"], function (a, axis, dt, out) {
  const r = reduceWithDtype("cumsum", a, axis, dt, false);
  return noArg(out) ? newResult(r) : accOut("cumsum", r, out);
}, 3);
export const cumprod = ND_SIG("cumprod", ["a", "axis", "dtype", "out"], function (a, axis, dt, out) {
  const r = reduceWithDtype("cumprod", a, axis, dt, false);
  return noArg(out) ? r : accOut("cumprod", r, out);
}, 3);
/** `out=` of a cumulative operation: the result (computed first, so `out` may be the input) cast
 * into `out`, which must have the result's shape (NumPy casts unsafely here, as astype). */
function accOut(name, r, out) {
  if (out instanceof Tuple && out.length === 1) out = out.at(0);
  if (!isArr(out)) throw TypeError("return arrays must be of ArrayType");
  const R = A(r);
  if (out.$shape.length !== R.$shape.length || out.$shape.some((d, i) => d !== R.$shape[i])) {
    throw ValueError("provided out is the wrong size for the accumulation.");
  }
  assign(out, R.$dt === out.$dt ? R : copyArr(R, out.$dt));
  return out;
}
/** A small-dtype (float32, int32, ...) operand of a nan-function: NaNs (float32 only) as `fill`. */
const sdNan = (a) => a?.$a !== undefined && a.$b === undefined;
const sdNanFill = (a, fill) => (a.$sd.kind === "f" ? a.$sd.keep(a, (s) => nanFill(s, fill)) : a);
function nanFill(a, fill) {
  const c = copyArr(A(a));
  for (let i = 0; i < c.$data.length; i++) if (c.$data[i] !== c.$data[i]) c.$data[i] = fill;
  return c;
}
export const nansum = ND_SIG("nansum", ["a", "axis", "dtype", "out", "keepdims"], function (a, axis, dt, out, keepdims, k) { noOut("nansum", out);
  if (sdNan(a) && !(k instanceof KwArgs)) return sum(sdNanFill(a, 0), axis, dt, undefined, keepdims);
  if (k instanceof KwArgs) return redKw("sum", nanTo0(a), axis, dt, keepdims, k, 0);
  return reduceK("nansum", a, axis, keepdims);
}, 4, { kwonly: ["initial", "where"] });
export const nanmean = ND_SIG("nanmean", ["a", "axis", "dtype", "out", "keepdims"], function (a, axis, dt, out, keepdims, k) { noOut("nanmean", out);
  if (sdNan(a) && !(k instanceof KwArgs) && a.$sd.kind === "f" && (dt === undefined || dt === null)) {
    // NumPy's: the float32 sum with NaNs as 0, divided by the count in double, rounded to float32.
    const tot = sum(sdNanFill(a, 0), axis, undefined, undefined, keepdims);
    const cnt = reduceK("sum", unary("logical_not", unary("isnan", a.$a)), axis, keepdims);
    const q = binary("true_divide", tot?.$a ?? (tot?.v !== undefined ? tot.v : tot), cnt);
    if (!isArr(q)) return a.$sd.keep(a, () => scal(FLOAT, Math.fround(sval(q))));
    for (let i = 0; i < q.$data.length; i++) q.$data[i] = Math.fround(q.$data[i]);
    return a.$sd.keep(a, () => q);
  }
  if (k instanceof KwArgs) {
    // NumPy's: the sum with NaNs as 0 over the count of non-NaN selected elements.
    const w = k.map.get("where"), ok = unary("logical_not", unary("isnan", A(a)));
    const tot = redKw("sum", nanTo0(a), axis, dt, keepdims, k, 0);
    const cnt = redKw("sum", ok, axis, null, keepdims, new KwArgs(new Map(w === undefined ? [] : [["where", w]])), 0);
    return binary("true_divide", tot, cnt);
  }
  return reduceK("nanmean", a, axis, keepdims);
}, 4, { kwonly: ["where"] });
function nanTo0(a) {
  const c = copyArr(A(a));
  if (c.$dt === FLOAT) for (let i = 0; i < c.$data.length; i++) if (c.$data[i] !== c.$data[i]) c.$data[i] = 0;
  return c;
}
function nanred(name, base) {
  return ND_SIG(name, ["a", "axis", "out", "keepdims"], function f(a, axis, out, keepdims) { noOut(name, out);
    if (sdNan(a)) return a.$sd.keep(a, (s) => f(s, axis, out, keepdims));
    a = A(a);
    const fillv = base === "max" ? -Infinity : Infinity;
    const c = copyArr(a, a.$dt);
    const d = c.$data;
    let m = null;
    for (let i = 0; i < d.length; i++) {
      if (d[i] !== d[i]) {
        d[i] = fillv;
        (m ??= new Float64Array(d.length))[i] = 1;
      }
    }
    const r = reduceK(base, c, axis, keepdims);
    if (m === null) return r;
    // An all-NaN slice gives NaN (NumPy also warns "All-NaN slice encountered").
    const all = reduceK("min", fromFlat(FLOAT, c.$shape.slice(), m), axis, keepdims);
    if (!isArr(r)) return sval(all) === 1 ? scal(FLOAT, NaN) : r;
    const rd = flat(r), ad = flat(all);
    for (let i = 0; i < rd.length; i++) if (ad[i] === 1) rd[i] = NaN;
    return r;
  }, 3);
}
export const nanmax = nanred("nanmax", "max");
export const nanmin = nanred("nanmin", "min");
/**
 * A reduction over a tuple of axes as one over the last axis: those axes moved to the end and
 * merged (`f(b, -1)`), the result reshaped back for `keepdims`.
 */
function overAxes(a, axis, keepdims, f) {
  const nd = a.$shape.length, ax = Array.from(axis, (x) => normAxis(x, Math.max(nd, 1)));
  if (ax.some((x, i) => ax.indexOf(x) !== i)) throw ValueError("duplicate value in 'axis'");
  const rest = [...Array(nd).keys()].filter((i) => !ax.includes(i));
  const t = transposeArr(a, [...rest, ...ax]);
  const m = ax.reduce((p, i) => p * a.$shape[i], 1);
  const b = reshapeArr(copyArr(t), [...rest.map((i) => a.$shape[i]), m]);
  const r = f(b, -1);
  if (!truthyArg(keepdims)) return r;
  const R = A(r), lead = R.$shape.length - rest.length;
  return reshapeArr(R, [...R.$shape.slice(0, lead), ...a.$shape.map((x, i) => (ax.includes(i) ? 1 : x))]);
}

export const median = ND_SIG("median", ["a", "axis", "out", "overwrite_input", "keepdims"], function (a, axis, out, ow, keepdims) { noOut("median", out);
  a = A(a);
  if (Array.isArray(axis) || axis instanceof Tuple) return overAxes(a, axis, keepdims, (b, x) => reduceK("median", b, x, false));
  return reduceK("median", a, axis, keepdims);
}, 4);
function pct(name, scale) {
  const pctFn = ND_SIG(name, ["a", "q", "axis", "out", "overwrite_input", "method", "keepdims"], function (a, q, axis, out, ow, meth, keepdims) { noOut(name, out);
    a = A(a);
    if (meth !== undefined && !(meth in PCT_METHODS)) {
      throw ValueError(`'${str(meth)}' is not a valid method. Use one of: dict_keys(['inverted_cdf', 'averaged_inverted_cdf', 'closest_observation', 'interpolated_inverted_cdf', 'hazen', 'weibull', 'linear', 'median_unbiased', 'normal_unbiased', 'lower', 'higher', 'midpoint', 'nearest'])`);
    }
    if ((Array.isArray(axis) || axis instanceof Tuple) && Array.from(axis).length !== 1) {
      return overAxes(a, axis, keepdims, (b, x) => pctFn(b, q, x, undefined, undefined, meth));
    }
    const [has, axes] = axesArg(axis);
    const kd = keepdims === true;
    const one = (qq) => {
      const v = toNum(qq) * scale;
      if (!(v >= 0 && v <= 100)) throw ValueError(scale === 100 ? "Quantiles must be in the range [0, 1]" : "Percentiles must be in the range [0, 100]");
      if (meth !== undefined && meth !== "linear") return pctMethod(a, scale === 100 ? toNum(qq) : toNum(qq) / 100, has, has ? axes[0] : 0, kd, meth);
      return unpack(kcall(K.percentile, ...kargs(a), v, has, has ? axes[0] : 0, kd))[0];
    };
    if (skind(q) >= 0) return unscalar(one(q));
    const qs = Array.from(flat(A(q)));
    return stackList(qs.map((x) => one(x)), 0);
  }, 5);
  return pctFn;
}
// NumPy's `_QuantileMethods` other than linear: [alpha, beta] of `_compute_virtual_index` for the
// continuous ones, a string for the others (their own index rules in `pctMethod`).
const PCT_METHODS = {
  linear: "linear", lower: "lower", higher: "higher", nearest: "nearest", midpoint: "midpoint",
  inverted_cdf: "inverted_cdf", averaged_inverted_cdf: "averaged_inverted_cdf", closest_observation: "closest_observation",
  interpolated_inverted_cdf: [0, 1], hazen: [0.5, 0.5], weibull: [0, 0], median_unbiased: [1 / 3, 1 / 3], normal_unbiased: [3 / 8, 3 / 8],
};
/** Quantile `q` (a fraction) by the methods other than linear, as NumPy's `_quantile` picks them. */
function pctMethod(a, q, has, axis, kd, meth) {
  if (a.$dt === BOOL) throw TypeError("numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.");
  const nd = a.$shape.length, ax = has ? normAxis(axis, Math.max(nd, 1)) : 0;
  const src = has && nd > 0 ? copyArr(moveaxis(a, ax, -1)) : copyArr(ravel(a));
  const n = src.$shape[src.$shape.length - 1] ?? 1, d = flat(src), lanes = n === 0 ? 0 : d.length / n;
  if (n === 0) throw IndexError("index -1 is out of bounds for axis 0 with size 0");
  const kind = PCT_METHODS[meth];
  const discrete = kind === "lower" || kind === "higher" || kind === "nearest" || kind === "inverted_cdf" || kind === "closest_observation";
  const outDt = discrete ? a.$dt : FLOAT, out = newData(outDt, lanes);
  const vi = q * (n - 1);
  // The discrete CDF methods' index (`_discret_interpolation_to_boundaries`), clipped at 0.
  const discreteIndex = () => {
    const idx = kind === "inverted_cdf" ? n * q - 1 : n * q - 1 - 0.5;
    const prev = Math.floor(idx), g = idx - prev;
    const cond = kind === "inverted_cdf" ? g === 0 : g === 0 && prev % 2 === 1;
    const r = cond ? prev : prev + 1;
    return r < 0 ? 0 : r;
  };
  // Continuous methods: a virtual index, its gamma, and NumPy's `_lerp`.
  const lerp = (x, y, t) => {
    const diff = y - x;
    return t >= 0.5 ? y - diff * (1 - t) : x + diff * t;
  };
  const virt = Array.isArray(kind) ? n * q + (kind[0] + q * (1 - kind[0] - kind[1])) - 1 : kind === "averaged_inverted_cdf" ? n * q - 1 : 0;
  const rint = (x) => {
    const r = Math.round(x);
    return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
  };
  for (let l = 0; l < lanes; l++) {
    const v = Array.from(d.subarray(l * n, (l + 1) * n));
    if (v.some((x) => x !== x)) {
      out[l] = NaN;
      continue;
    }
    v.sort((x, y) => x - y);
    const lo = Math.floor(vi), hi = Math.min(lo + 1, n - 1);
    if (meth === "lower") out[l] = v[lo];
    else if (meth === "higher") out[l] = v[Math.ceil(vi)];
    else if (meth === "nearest") out[l] = v[rint(vi)];
    else if (meth === "midpoint") out[l] = vi === lo ? v[lo] : v[hi] - (v[hi] - v[lo]) * 0.5;
    else if (discrete) out[l] = v[discreteIndex()];
    else {
      let p = Math.floor(virt), nx = p + 1;
      if (virt >= n - 1) p = nx = n - 1;
      else if (virt < 0) p = nx = 0;
      let g = virt - (virt >= n - 1 ? -1 : p);
      if (kind === "averaged_inverted_cdf") g = g === 0 ? 0.5 : 1;
      out[l] = lerp(v[p], v[nx], g);
    }
  }
  let shape = has && nd > 0 ? a.$shape.filter((_, i) => i !== ax) : [];
  if (kd) shape = has && nd > 0 ? a.$shape.map((x, i) => (i === ax ? 1 : x)) : a.$shape.map(() => 1);
  return fromFlat(outDt, shape, out);
}
export const percentile = pct("percentile", 1);
export const quantile = pct("quantile", 100);

// `np.nanpercentile` / `np.nanquantile` as NumPy computes them: each lane (or the flattened array)
// with its NaNs dropped goes through the plain function; an all-NaN lane gives nan.
function nanPct(name, base) {
  return ND_SIG(name, ["a", "q", "axis", "out", "overwrite_input", "method", "keepdims"], function (a, q, axis, out, ow, meth, keepdims) { noOut(name, out);
    a = A(a);
    const kd = keepdims !== undefined && keepdims !== null && truthyArg(keepdims);
    const plain = (x, ax) => base(x, q, ax, undefined, undefined, meth, kd ? true : undefined);
    if (a.$dt !== FLOAT || !flat(a).some((x) => x !== x)) return plain(a, axis);
    if ((Array.isArray(axis) || axis instanceof Tuple) && Array.from(axis).length !== 1) throw unsupported(`${name} over several axes of an array with NaNs`);
    const qShape = skind(q) >= 0 ? [] : A(q).$shape;
    const lane = (v) => {
      const kept = Float64Array.from(v).filter((x) => x === x);
      if (kept.length === 0) return Float64Array.from({ length: numel(qShape) }, () => NaN);
      const r = base(fromFlat(FLOAT, [kept.length], kept), q, undefined, undefined, undefined, meth);
      return isArr(r) ? flat(copyArr(r, FLOAT)) : Float64Array.of(sval(r));
    };
    if (axis === undefined || axis === null) {
      const r = lane(flat(copyArr(a)));
      const shape = [...qShape, ...(kd ? a.$shape.map(() => 1) : [])];
      return shape.length === 0 ? scal(FLOAT, r[0]) : fromFlat(FLOAT, shape, r);
    }
    const ax0 = Array.isArray(axis) || axis instanceof Tuple ? Array.from(axis)[0] : axis;
    const nd = a.$shape.length, ax = normAxis(ax0, nd);
    const moved = copyArr(moveaxis(a, ax, -1)), n = a.$shape[ax], d = moved.$data;
    const lanesShape = kd ? a.$shape.map((x, i) => (i === ax ? 1 : x)) : moved.$shape.slice(0, -1);
    const lanes = numel(moved.$shape.slice(0, -1)), nq = numel(qShape), res = new Float64Array(nq * lanes);
    for (let l = 0; l < lanes; l++) {
      const r = lane(d.subarray(l * n, (l + 1) * n));
      for (let j = 0; j < nq; j++) res[j * lanes + l] = r[j];
    }
    const shape = [...qShape, ...lanesShape];
    return shape.length === 0 ? scal(FLOAT, res[0]) : fromFlat(FLOAT, shape, res);
  }, 5);
}
export const nanpercentile = nanPct("nanpercentile", percentile);
export const nanquantile = nanPct("nanquantile", quantile);
export const average = ND_SIG("average", ["a", "axis", "weights", "returned", "keepdims"], function (a, axis, w, returned, keepdims) {
  a = A(a);
  const kd = truthyArg(keepdims);
  if (w === undefined || w === null) {
    const avg = reduceK("mean", a, axis, kd);
    if (!truthyArg(returned)) return avg;
    const cnt = scal(FLOAT, axis === undefined || axis === null ? a.$size : a.$size / Math.max(A(avg).$size, 1));
    return mktuple(avg, isArr(avg) ? binary("add", binary("multiply", avg, 0), cnt) : cnt);
  }
  let W = A(w);
  if (W.$shape.length !== a.$shape.length) {
    if (axis === undefined || axis === null) throw TypeError("Axis must be specified when shapes of a and weights differ.");
    if (W.$shape.length !== 1) throw TypeError("1D weights expected when shapes of a and weights differ.");
    const ax = normAxis(axis, a.$shape.length);
    if (W.$shape[0] !== a.$shape[ax]) throw ValueError("Length of weights not compatible with specified axis.");
    const s = new Array(a.$shape.length).fill(1);
    s[ax] = W.$shape[0];
    W = reshapeArr(W, s);
  }
  W = copyArr(W, FLOAT);
  const den = reduceK("sum", W, axis, kd);
  if (flat(A(den)).some((v) => v === 0)) throw ZeroDivisionError("Weights sum to zero, can't be normalized");
  const avg = binary("true_divide", reduceK("sum", binary("multiply", copyArr(a, FLOAT), W), axis, kd), den);
  if (!truthyArg(returned)) return avg;
  return mktuple(avg, isArr(avg) ? copyArr(broadcastTo(A(den), avg.$shape)) : den);
}, 4);

// ============================================================================ sorting and searching

/** Applies f(values Float64Array|Uint8Array) -> same-length array along `axis`. */
function alongAxis(a, axis, outDt, f) {
  a = A(a);
  if (axis === null) {
    a = ravel(a);
    axis = 0;
  }
  if (a.$shape.length === 0) return f(flat(a));
  const nd = a.$shape.length, ax = normAxis(axis, nd);
  const perm = [...Array(nd).keys()].filter((x) => x !== ax).concat([ax]);
  const moved = copyArr(transposeArr(a, perm));
  const n = a.$shape[ax], rowsN = moved.$size / (n || 1);
  const out = newData(outDt, moved.$size);
  for (let r = 0; r < rowsN; r++) {
    const res = f(moved.$data.subarray(r * n, (r + 1) * n));
    out.set(res, r * n);
  }
  const res = fromFlat(outDt, moved.$shape, out);
  const inv = new Array(nd);
  perm.forEach((p, i) => (inv[p] = i));
  return copyArr(transposeArr(res, inv));
}

const numCmp = (x, y) => (x < y ? -1 : x > y ? 1 : x === y ? 0 : x !== x ? (y !== y ? 0 : 1) : -1);

/**
 * `v` (a typed array) sorted by `numCmp`, stably: NaN last, and -0.0 and 0.0 equal, so a run of
 * zeros keeps their input order. The engine's numeric sort (no comparator: native, several
 * times faster than a JS comparator) orders -0 before 0, so such a run is rewritten in input order.
 */
function sortedF64(v) {
  const s = Float64Array.from(v).sort();
  const n = s.length;
  let lo = 0, hi = n;
  // The zeros, if any, are one run [z0, z1): binary search for its ends.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (s[mid] < 0) lo = mid + 1;
    else hi = mid;
  }
  const z0 = lo;
  if (z0 === n || s[z0] !== 0 || !Object.is(s[z0], -0)) return s;
  let z1 = z0;
  while (z1 < n && s[z1] === 0) z1++;
  if (Object.is(s[z1 - 1], -0)) return s; // only negative zeros
  for (let i = 0, k = z0; k < z1; i++) if (v[i] === 0) s[k++] = v[i];
  return s;
}

/**
 * The indices that sort `v` (a typed array) by `numCmp`, ties in index order: the same as
 * `[...keys].sort((i, j) => numCmp(v[i], v[j]) || i - j)`. An LSD radix sort of each value's
 * bits, mapped to unsigned 64-bit keys in numeric order (-0.0 as 0.0, every NaN one key after
 * +inf), is stable and runs in a few passes instead of a JS comparator's n log n calls.
 */
function argsortStable(v) {
  const n = v.length;
  const idx = new Uint32Array(n);
  for (let i = 0; i < n; i++) idx[i] = i;
  if (n < 64) {
    const a = Array.from(idx);
    a.sort((i, j) => numCmp(v[i], v[j]) || i - j);
    idx.set(a);
    return idx;
  }
  const f = Float64Array.from(v), u = new Uint32Array(f.buffer);
  let hi = new Uint32Array(n), lo = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    let h = u[2 * i + 1], l = u[2 * i];
    if ((h & 0x7ff00000) === 0x7ff00000 && ((h & 0xfffff) | l) !== 0) {
      h = 0xfff80000;
      l = 0;
    } else if (h === 0x80000000 && l === 0) h = 0x80000000;
    else if (h & 0x80000000) {
      h = ~h >>> 0;
      l = ~l >>> 0;
    } else h = (h | 0x80000000) >>> 0;
    hi[i] = h;
    lo[i] = l;
  }
  // 11-bit digits (2048 buckets fit the cache): lo[0:11), lo[11:22), lo[22:32), the same of hi.
  const cnt = new Uint32Array(2048);
  let hi2 = new Uint32Array(n), lo2 = new Uint32Array(n), idx2 = new Uint32Array(n), ix = idx;
  for (let pass = 0; pass < 6; pass++) {
    const key = pass < 3 ? lo : hi, sh = (pass % 3) * 11, B = pass % 3 === 2 ? 1024 : 2048, mask = B - 1;
    cnt.fill(0);
    for (let i = 0; i < n; i++) cnt[(key[i] >>> sh) & mask]++;
    if (cnt[(key[0] >>> sh) & mask] === n) continue; // every key has this digit
    for (let d = 0, sum = 0; d < B; d++) {
      const c = cnt[d];
      cnt[d] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const p = cnt[(key[i] >>> sh) & mask]++;
      hi2[p] = hi[i];
      lo2[p] = lo[i];
      idx2[p] = ix[i];
    }
    let t = hi; hi = hi2; hi2 = t;
    t = lo; lo = lo2; lo2 = t;
    t = ix; ix = idx2; idx2 = t;
  }
  return ix;
}

export const sort = ND_SIG("sort", ["a", "axis", "kind", "order"], function (a, axis) {
  a = SW(a);
  if (a?.$a !== undefined) return a.$sd.keep(a, (s) => (a.$b !== undefined ? toArr(a) : sort(s, axis)));
  a = A(a);
  // A vector of numbers: sorted straight into the result (`sortedF64` copies).
  if (a.$shape.length === 1 && a.$dt !== BOOL && (axis === undefined || axis === null || axis === -1 || axis === 0)) {
    return newResult(fromFlat(a.$dt, [a.$size], sortedF64(flat(a))));
  }
  return newResult(alongAxis(a, axis === undefined ? -1 : axis, a.$dt, sortedF64));
}, 3);
export const argsort = ND_SIG("argsort", ["a", "axis", "kind", "order"], function (a, axis, kind) {
  a = SW(a);
  if (a?.$sd?.kind === "U") return STRH.argsort(a, axis, kind);
  a = S_(a);
  return alongAxis(a, axis === undefined ? -1 : axis, INT, (v) => Float64Array.from(argsortStable(v)));
}, 3);

export const unique = ND_SIG("unique", ["ar", "return_index", "return_inverse", "return_counts", "axis", "equal_nan"], function (x, ri, rv, rc, axis, eqn) {
  x = SW(x);
  if (x?.$a !== undefined) return x.$sd.keep(x, (s) => (x.$b !== undefined ? toArr(x) : unique(s, ri, rv, rc, axis, eqn)));
  const eqNan = eqn === undefined || eqn === null || truthyArg(eqn);
  if (axis !== undefined && axis !== null) return uniqueAxis(A(x), axis, ri, rv, rc);
  const orig = A(x), a = ravel(orig);
  const v = flat(a), n = v.length;
  const wantI = truthyArg(ri), wantV = truthyArg(rv), wantC = truthyArg(rc);
  if (!wantI && !wantV && a.$dt === INT && n >= 256) {
    const r = uniqueSmallInts(v, wantC);
    if (r !== null) return wantC ? tuple_of([fromFlat(INT, [r[0].length], r[0]), fromFlat(INT, [r[1].length], r[1])]) : fromFlat(INT, [r[0].length], r[0]);
  }
  // Sorted values; with the stable order's indices when the first occurrences or the inverse
  // are asked for. Equal values (0.0 and -0.0; every NaN) keep the first in sorted order.
  let sv, idx = null;
  if (wantI || wantV) {
    idx = argsortStable(v);
    sv = new Float64Array(n);
    for (let i = 0; i < n; i++) sv[i] = v[idx[i]];
  } else sv = sortedF64(v);
  const vals = new Float64Array(n), first = wantI ? new Float64Array(n) : null;
  const counts = wantC ? new Float64Array(n) : null, inverse = wantV ? new Float64Array(n) : null;
  let m = 0;
  for (let i = 0; i < n; i++) {
    const y = sv[i];
    if (m > 0 && (vals[m - 1] === y || (eqNan && y !== y && vals[m - 1] !== vals[m - 1]))) {
      if (counts !== null) counts[m - 1]++;
    } else {
      vals[m] = y;
      if (first !== null) first[m] = idx[i];
      if (counts !== null) counts[m] = 1;
      m++;
    }
    if (inverse !== null) inverse[idx[i]] = m - 1;
  }
  const u = fromFlat(a.$dt, [m], a.$dt === BOOL ? Uint8Array.from(vals.subarray(0, m)) : vals.slice(0, m));
  if (!wantI && !wantV && !wantC) return u;
  const out = [u];
  if (wantI) out.push(fromFlat(INT, [m], first.slice(0, m)));
  // NumPy 2: the inverse has the input's shape (axis=None).
  if (wantV) out.push(fromFlat(INT, orig.$shape.slice(), inverse));
  if (wantC) out.push(fromFlat(INT, [m], counts.slice(0, m)));
  return tuple_of(out);
}, 5);

/**
 * `np.unique` of int64 data spanning a range of at most about 4n values: a count per value in
 * the range instead of a sort (the same sorted distinct values and counts), or null.
 */
function uniqueSmallInts(v, wantC) {
  const lo = minInt(v), hi = maxInt(v), span = hi - lo + 1;
  if (!(span <= 4 * v.length + 1024 && span <= 1 << 26)) return null;
  const cnt = new Int32Array(span);
  countInts(v, lo, cnt);
  let m = 0;
  for (let k = 0; k < span; k++) if (cnt[k] !== 0) m++;
  const vals = new Float64Array(m), counts = wantC ? new Float64Array(m) : null;
  for (let k = 0, j = 0; k < span; k++) {
    if (cnt[k] === 0) continue;
    vals[j] = k + lo + 0; // (+0: no -0 value)
    if (counts !== null) counts[j] = cnt[k];
    j++;
  }
  return [vals, counts];
}
function minInt(v) {
  let m = v[0];
  for (let i = 1; i < v.length; i++) if (v[i] < m) m = v[i];
  return m;
}
function maxInt(v) {
  let m = v[0];
  for (let i = 1; i < v.length; i++) if (v[i] > m) m = v[i];
  return m;
}
function countInts(v, lo, cnt) {
  for (let i = 0; i < v.length; i++) cnt[v[i] - lo]++;
}

/** `np.unique(a, axis=k)`: the distinct subarrays along `k`, in lexicographic order of their
 * elements (NumPy compares them as structured records, field by field). */
function uniqueAxis(a, axis, ri, rv, rc) {
  const nd = a.$shape.length, ax = normAxis(axis, nd);
  const moved = copyArr(moveaxis(a, ax, 0)), n = moved.$shape[0], rest = moved.$shape.slice(1), m = numel(rest);
  const d = flat(moved);
  if (a.$dt === FLOAT && d.some((x) => x !== x)) throw unsupported("unique with axis of an array holding NaN");
  const cmp = (i, j) => {
    for (let k = 0; k < m; k++) {
      const x = d[i * m + k], y = d[j * m + k];
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  };
  const idx = Array.from({ length: n }, (_, i) => i).sort((i, j) => cmp(i, j) || i - j);
  const first = [], counts = [], inverse = new Float64Array(n);
  for (const i of idx) {
    const last = first.length - 1;
    if (last >= 0 && cmp(first[last], i) === 0) counts[last]++;
    else {
      first.push(i);
      counts.push(1);
    }
    inverse[i] = first.length - 1;
  }
  const data = newData(a.$dt, first.length * m);
  first.forEach((i, r) => data.set(d.subarray(i * m, (i + 1) * m), r * m));
  const u = moveaxis(fromFlat(a.$dt, [first.length, ...rest], data), 0, ax);
  if (!truthyArg(ri) && !truthyArg(rv) && !truthyArg(rc)) return u;
  const out = [u];
  if (truthyArg(ri)) out.push(fromFlat(INT, [first.length], Float64Array.from(first)));
  if (truthyArg(rv)) out.push(fromFlat(INT, [n], inverse));
  if (truthyArg(rc)) out.push(fromFlat(INT, [counts.length], Float64Array.from(counts)));
  return tuple_of(out);
}

function truthyArg(x) {
  return x !== undefined && x !== null && x !== false && sval(x) !== 0;
}

export const searchsorted = ND_SIG("searchsorted", ["a", "v", "side", "sorter"], function (a, v, side, sorter) {
  [a, v] = SS(a, v);
  TOO_DEEP(a);
  let s = flat(A(a));
  if (side !== undefined && side !== "left" && side !== "right") {
    throw ValueError(`search side must be 'left' or 'right' (got ${repr(side)})`);
  }
  if (sorter !== undefined && sorter !== null) {
    const o = Array.from(flat(A(sorter)), (i) => intArg(i));
    if (o.length !== s.length) throw ValueError("sorter.size must equal a.size");
    s = Float64Array.from(o, (i) => {
      if (i < 0 || i >= s.length) throw ValueError("Sorter index out of range.");
      return s[i];
    });
  }
  const right = side === "right";
  // NumPy orders nan after every number.
  const lt = (p, q) => p < q || (q !== q && p === p);
  const find = (x) => {
    let lo = 0, hi = s.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (right ? !lt(x, s[mid]) : lt(s[mid], x)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  if (skind(v) >= 0) return scal(INT, find(sval(v)));
  const V = A(v), src = flat(V), out = new Float64Array(src.length);
  for (let i = 0; i < src.length; i++) out[i] = find(src[i]);
  return fromFlat(INT, V.$shape.slice(), out);
}, 2);

// ============================================================================ products

export const dot = ND_SIG("dot", ["a", "b", "out"], function (a, b, out) { noOut("dot", out);
  return dotArr(a, b);
}, 1);
export const matmul = ND_SIG("matmul", ["x1", "x2", "out"], function (a, b, out) { noOut("matmul", out);
  return matmulArr(a, b);
}, 1);
export const vdot = ND_SIG("vdot", ["a", "b"], function (a, b) {
  return dotArr(ravel(A(a)), ravel(A(b)));
});
export const outer = ND_SIG("outer", ["a", "b", "out"], function (a, b, out) { noOut("outer", out);
  const x = ravel(A(a)), y = ravel(A(b));
  return binary("multiply", reshapeArr(x, [x.$size, 1]), reshapeArr(y, [1, y.$size]));
}, 1);
export const inner = ND_SIG("inner", ["a", "b"], function (a, b) {
  const x = A(a), y = A(b);
  if (x.$shape.length <= 1 && y.$shape.length <= 1) return dotArr(x, y);
  return dotArr(x, transposeArr(y));
});
export const trace = ND_SIG("trace", ["a", "offset", "axis1", "axis2", "dtype", "out"], function trace_(a, k, a1, a2, dt, out) {
  noOut("trace", out);
  return reduceK("sum", diagonal(A(a), k ?? 0, a1, a2), A(a).$shape.length > 2 ? -1 : null, false);
}, 5);
export const cross = ND_SIG("cross", ["a", "b"], function (a, b) {
  const x = flat(A(a)), y = flat(A(b));
  const ok = (n) => n === 2 || n === 3;
  if (A(a).$shape.length === 1 && A(b).$shape.length === 1 && (!ok(x.length) || !ok(y.length))) {
    throw ValueError("incompatible dimensions for cross product\n(dimension must be 2 or 3)");
  }
  const dt = Math.max(A(a).$dt, A(b).$dt);
  if (x.length === 3 && y.length === 3 && A(a).$shape.length === 1 && A(b).$shape.length === 1) {
    return fromFlat(dt, [3], Float64Array.of(x[1] * y[2] - x[2] * y[1], x[2] * y[0] - x[0] * y[2], x[0] * y[1] - x[1] * y[0]));
  }
  // Stacks of 3-vectors along the last axis, broadcast against each other.
  const sa = A(a).$shape, sb = A(b).$shape;
  if (sa.length === 0 || sb.length === 0 || sa[sa.length - 1] !== 3 || sb[sb.length - 1] !== 3) throw unsupported("cross of non-3-vectors");
  const shape = [...broadcastShapes(sa.slice(0, -1), sb.slice(0, -1)), 3];
  const X = flat(copyArr(broadcastTo(A(a), shape), FLOAT)), Y = flat(copyArr(broadcastTo(A(b), shape), FLOAT));
  const out = new Float64Array(X.length);
  for (let i = 0; i < out.length; i += 3) {
    out[i] = X[i + 1] * Y[i + 2] - X[i + 2] * Y[i + 1];
    out[i + 1] = X[i + 2] * Y[i] - X[i] * Y[i + 2];
    out[i + 2] = X[i] * Y[i + 1] - X[i + 1] * Y[i];
  }
  return fromFlat(dt, shape, out);
});

// ============================================================================ signal and numerics

function correlateImpl(a, v, mode, name) {
  a = A(a);
  v = A(v);
  // Read-only float64 data: the array's own when it is float64 and contiguous.
  const f64 = (t) => (t.$dt === FLOAT && isC(t) ? flat(t) : flat(copyArr(ravel(t), FLOAT)));
  const x = f64(a);
  let y = f64(v);
  const dt = Math.max(a.$dt, v.$dt);
  const n = x.length, m = y.length;
  if (n === 0) throw ValueError("a cannot be empty");
  if (m === 0) throw ValueError("v cannot be empty");
  mode = mode ?? (name === "convolve" ? "full" : "valid");
  if (name === "convolve") y = Float64Array.from(y).reverse();
  let lo = 0, len_ = n + m - 1;
  if (mode === "same") {
    len_ = Math.max(n, m);
    lo = Math.floor((n + m - 1 - len_) / 2);
  } else if (mode === "valid") {
    len_ = Math.max(n, m) - Math.min(n, m) + 1;
    lo = Math.min(n, m) - 1;
  } else if (mode !== "full") throw ValueError(`mode must be one of 'valid', 'same', or 'full' (got ${repr(mode)})`);
  // The part [lo, lo + len_) of the full correlation:
  // out[k] = sum_j x[j] * y[j - k + (m - 1)], k in [0, n + m - 1).
  const out = corrLoop(x, y, outData(FLOAT, len_), lo, n, m);
  if (dt === BOOL) return fromFlat(BOOL, [out.length], Uint8Array.from(out, (t) => (t !== 0 ? 1 : 0)));
  return fromFlat(dt, [out.length], out);
}
// out[k] = sum over ascending j of x[j] * y[j - lag], lag = k + lo - (m - 1), added up one `y`
// element at a time over the whole output (long inner loops; each out[k] sees the same additions
// in the same order as a per-k sum starting from 0). Returns right after its loop (ARCHITECTURE.md).
function corrLoop(x, y, out, lo, n, m) {
  const len = out.length;
  out.fill(0);
  for (let jj = 0; jj < m; jj++) {
    const c = y[jj], sh = lo - (m - 1) + jj; // j = k + sh
    const k0 = sh < 0 ? -sh : 0, k1 = n - sh < len ? n - sh : len;
    for (let k = k0; k < k1; k++) out[k] += x[k + sh] * c;
  }
  return out;
}
const TOO_DEEP = (...xs) => {
  for (const x of xs) if (x?.$a === undefined && x?.$b === undefined && A(x).$shape.length > 1) throw ValueError("object too deep for desired array");
};
export const convolve = ND_SIG("convolve", ["a", "v", "mode"], function (a, v, mode) {
  TOO_DEEP(a, v);
  // numpy.convolve swaps the inputs so the longer one comes first.
  if (A(v).$size > A(a).$size) [a, v] = [v, a];
  return correlateImpl(a, v, mode, "convolve");
}, 1);
export const correlate = ND_SIG("correlate", ["a", "v", "mode"], function (a, v, mode) {
  TOO_DEEP(a, v);
  return correlateImpl(a, v, mode, "correlate");
}, 1);

export const roll = ND_SIG("roll", ["a", "shift", "axis"], function (a, shift, axis) {
  if (a?.$a !== undefined) return a.$sd.keep(a, (s) => roll(s, shift, axis));
  a = A(a);
  if (axis === undefined || axis === null) {
    const r = rollAxis(ravel(a), intArg(shift), 0);
    return reshapeArr(r, a.$shape);
  }
  const axes = Array.isArray(axis) || axis instanceof Tuple ? Array.from(axis) : [axis];
  const shifts = Array.isArray(shift) || shift instanceof Tuple ? Array.from(shift) : axes.map(() => shift);
  let r = a;
  axes.forEach((ax, i) => (r = rollAxis(r, intArg(shifts[i]), normAxis(ax, a.$shape.length))));
  return r === a ? copyArr(a) : r;
}, 1);

function rollAxis(a, s, ax) {
  const n = a.$shape[ax];
  if (n === 0) return copyArr(a);
  s = ((s % n) + n) % n;
  if (s === 0) return copyArr(a);
  if (a.$shape.length === 1) {
    const d = flat(a), out = outData(a.$dt, n);
    out.set(d.subarray(n - s), 0);
    out.set(d.subarray(0, n - s), s);
    return fromFlat(a.$dt, [n], out);
  }
  const parts = splitImpl("roll", a, [n - s], ax, false);
  return concatenateList([parts[1], parts[0]], ax);
}

export const diff = ND_SIG("diff", ["a", "n", "axis", "prepend", "append"], function (a, n, axis, pre, app) {
  if (a?.$a !== undefined) return a.$sd.fixed((s) => diff(s, n, axis, pre, app), a);
  a = A(a);
  n = n === undefined ? 1 : intArg(n);
  if (n < 0) throw ValueError(`order must be non-negative but got ${n}`);
  const ax = normAxis(axis === undefined ? -1 : axis, a.$shape.length);
  // prepend=/append=: joined along the axis first (a scalar as one slice of a's shape).
  const edge = (v) => {
    const e = A(v);
    if (e.$shape.length > 0) return e;
    const sh = a.$shape.slice();
    sh[ax] = 1;
    return broadcast_to(e, tuple_of(sh));
  };
  if ((pre !== undefined && pre !== null) || (app !== undefined && app !== null)) {
    const parts = [];
    if (pre !== undefined && pre !== null) parts.push(edge(pre));
    parts.push(a);
    if (app !== undefined && app !== null) parts.push(edge(app));
    a = concatenateList(parts, ax);
  }
  let r = a;
  for (let t = 0; t < n; t++) {
    const m = r.$shape[ax];
    const hi = splitImpl("diff", r, [1], ax, false)[1], lo = splitImpl("diff", r, [Math.max(m - 1, 0)], ax, false)[0];
    r = r.$dt === BOOL ? binary("not_equal", hi, lo) : binary("subtract", hi, lo);
  }
  return r;
}, 4);

// `bins='auto'` and NumPy's other estimators (`_hist_bin_selectors`): the number of equal bins
// over [lo, hi] from the bin width the estimator picks for the data in range.
function histBins(a, v, name, lo, hi, weights) {
  const sel = ["auto", "fd", "doane", "scott", "rice", "sturges", "sqrt", "stone"];
  if (!sel.includes(name)) throw ValueError(`${repr(name)} is not a valid estimator for \`bins\``);
  if (name === "stone") throw unsupported("histogram with bins='stone'");
  if (weights !== undefined && weights !== null) throw TypeError("Automated estimation of the number of bins is not supported for weighted data");
  const x = v.filter((t) => t >= lo && t <= hi), n = x.length;
  if (n === 0) return 1;
  const xa = fromFlat(FLOAT, [n], x);
  let mn = Infinity, mx = -Infinity;
  for (const t of x) {
    if (t < mn) mn = t;
    if (t > mx) mx = t;
  }
  const ptp = mx - mn, sd = () => toNum(std(xa));
  const sturges = () => ptp / (Math.log2(n) + 1);
  const fd = () => {
    const q = flat(A(percentile(xa, tuple_of([mkfloat(75), mkfloat(25)]))));
    return 2 * (q[0] - q[1]) * n ** (-1 / 3);
  };
  let w;
  if (name === "sqrt") w = ptp / Math.sqrt(n);
  else if (name === "sturges") w = sturges();
  else if (name === "rice") w = ptp / (2 * n ** (1 / 3));
  else if (name === "scott") w = (24 * Math.PI ** 0.5 / n) ** (1 / 3) * sd();
  else if (name === "fd") w = fd();
  else if (name === "auto") {
    const f = fd();
    w = f ? Math.min(f, sturges()) : sturges();
  } else {
    w = 0;
    const sigma = sd();
    if (n > 2 && sigma > 0) {
      const sg1 = Math.sqrt(6 * (n - 2) / ((n + 1) * (n + 3)));
      let m = 0;
      for (const t of x) m += t;
      const t3 = fromFlat(FLOAT, [n], x.map((t) => ((t - m / n) / sigma) ** 3));
      const g1 = toNum(mean(t3));
      w = ptp / (1 + Math.log2(n) + Math.log2(1 + Math.abs(g1) / sg1));
    }
  }
  if (!w) return 1;
  if (A(a).$dt !== FLOAT && w < 1) w = 1;
  return Math.ceil((hi - lo) / w);
}
export const histogram_bin_edges = ND_SIG("histogram_bin_edges", ["a", "bins", "range", "weights"], function (a, bins, range, weights) {
  return histogram(a, bins, range, undefined, weights)[1];
}, 3);
export const histogram = ND_SIG("histogram", ["a", "bins", "range", "density", "weights"], function (a, bins, range, density, weights) {
  if (a?.$sd?.kind !== "f") a = S_(a);
  const v = flat(copyArr(ravel(A(a)), FLOAT));
  let edges;
  if (bins !== undefined && bins !== null && typeof bins !== "string" && skind(bins) < 0) {
    edges = ravel(A(bins));
    const e = flat(edges);
    for (let i = 1; i < e.length; i++) if (e[i] < e[i - 1]) throw ValueError("`bins` must increase monotonically, when an array");
  } else {
    const est = typeof bins === "string";
    let nb = bins === undefined || bins === null ? 10 : est ? 1 : intArg(bins);
    if (nb < 1) throw ValueError("`bins` must be positive, when an integer");
    let lo, hi;
    if (range !== undefined && range !== null) {
      const r = Array.from(range);
      lo = toNum(r[0]);
      hi = toNum(r[1]);
      if (lo > hi) throw ValueError("max must be larger than min in range parameter.");
      if (!Number.isFinite(lo) || !Number.isFinite(hi)) throw ValueError(`supplied range of [${str(r[0])}, ${str(r[1])}] is not finite`);
    } else if (v.length === 0) {
      lo = 0;
      hi = 1;
    } else {
      lo = Infinity;
      hi = -Infinity;
      for (const x of v) {
        if (x < lo || x !== x) lo = x;
        if (x > hi || x !== x) hi = x;
      }
      if (!Number.isFinite(lo) || !Number.isFinite(hi)) throw ValueError(`autodetected range of [${str(mkfloat(lo))}, ${str(mkfloat(hi))}] is not finite`);
    }
    if (lo === hi) {
      lo -= 0.5;
      hi += 0.5;
    }
    if (est) nb = histBins(a, v, bins, lo, hi, weights);
    edges = unpack(kcall(K.linspace, lo, hi, nb + 1, true))[0];
  }
  const e = flat(copyArr(edges, FLOAT)), nb = e.length - 1;
  const counts = new Float64Array(nb);
  const w = weights === undefined || weights === null ? null : flat(copyArr(ravel(A(weights)), FLOAT));
  const first = e[0], last = e[nb];
  const uniform = bins === undefined || bins === null || typeof bins === "string" || skind(bins) >= 0;
  const norm = nb / (last - first);
  for (let i = 0; i < v.length; i++) {
    const x = v[i];
    if (!(x >= first && x <= last)) continue;
    let idx;
    if (uniform) {
      idx = Math.floor((x - first) * norm);
      if (idx === nb) idx--;
      if (x < e[idx]) idx--;
      else if (x >= e[idx + 1] && idx !== nb - 1) idx++;
    } else {
      let lo = 0, hi = e.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (!(x < e[mid])) lo = mid + 1;
        else hi = mid;
      }
      idx = Math.min(lo - 1, nb - 1);
    }
    counts[idx] += w === null ? 1 : w[i];
  }
  let h = fromFlat(w === null ? INT : FLOAT, [nb], counts);
  if (density === true) {
    const total = counts.reduce((s, x) => s + x, 0);
    const d = new Float64Array(nb);
    for (let i = 0; i < nb; i++) d[i] = counts[i] / total / (e[i + 1] - e[i]);
    h = fromFlat(FLOAT, [nb], d);
  }
  return mktuple(h, edges);
}, 4);

export const polyval = ND_SIG("polyval", ["p", "x"], function (p, x) {
  const coeffs = rows(A(p));
  let y = skind(x) >= 0 || isCx(x) ? scal(FLOAT, 0) : binary("multiply", A(x), 0);
  if (x?.$b !== undefined) y = binary("multiply", x, 0);
  if (skind(x) >= 0 && A(p).$dt !== FLOAT) y = scal(A(p).$dt === BOOL ? INT : A(p).$dt, 0);
  for (const c of coeffs) y = binary("add", binary("multiply", y, x), c);
  return y;
});

export const polyfit = ND_SIG("polyfit", ["x", "y", "deg", "rcond", "full", "w", "cov"], function (x, y, deg, rcond, full, w, cov) {
  const d = intArg(deg);
  if (d < 0) throw ValueError("expected deg >= 0");
  if (A(x).$shape.length !== 1) throw TypeError("expected 1D vector for x");
  if (A(x).$size === 0) throw TypeError("expected non-empty vector for x");
  if (A(y).$shape.length < 1 || A(y).$shape.length > 2) throw TypeError("expected 1D or 2D array for y");
  if (A(x).$shape[0] !== A(y).$shape[0]) throw TypeError("expected x and y to have same length");
  const X = flat(copyArr(ravel(A(x)), FLOAT)), Y = A(y);
  const m = X.length, n = d + 1;
  const van = new Float64Array(m * n);
  for (let i = 0; i < m; i++) {
    let v = 1;
    for (let j = n - 1; j >= 0; j--) {
      van[i * n + j] = v;
      v *= X[i];
    }
  }
  let Yw = copyArr(Y, FLOAT);
  if (w !== undefined && w !== null) {
    const W = flat(copyArr(ravel(A(w)), FLOAT));
    if (A(w).$shape.length !== 1) throw TypeError("expected a 1-d array for weights");
    if (W.length !== m) throw TypeError("expected w and y to have the same length");
    for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) van[i * n + j] *= W[i];
    const yd = flat(Yw), k = yd.length / m;
    for (let i = 0; i < m; i++) for (let t = 0; t < k; t++) yd[i * k + t] *= W[i];
    Yw = fromFlat(FLOAT, Y.$shape.slice(), yd);
  }
  const scale = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    let s = 0;
    for (let i = 0; i < m; i++) s += van[i * n + j] * van[i * n + j];
    scale[j] = Math.sqrt(s);
  }
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) van[i * n + j] /= scale[j];
  const lhs = fromFlat(FLOAT, [m, n], van);
  const rc = rcond === undefined || rcond === null ? m * 2.220446049250313e-16 : toNum(rcond);
  const res = linalg.lstsq(lhs, Yw, rc);
  const c = res.at(0);
  const cf = flat(c), out = new Float64Array(cf.length);
  const k = cf.length / n;
  for (let j = 0; j < n; j++) for (let t = 0; t < k; t++) out[j * k + t] = cf[j * k + t] / scale[j];
  const coef = fromFlat(FLOAT, c.$shape.slice(), out);
  if (full !== undefined && truthyArg(full)) return mktuple(coef, res.at(1), res.at(2), res.at(3), rcond === undefined || rcond === null ? scal(FLOAT, rc) : rcond);
  if (cov !== undefined && cov !== null && truthyArg(cov)) {
    // NumPy: inv(lhs.T @ lhs) / outer(scale, scale), times resids / (m - order) unless 'unscaled'.
    const vb = flat(copyArr(linalg.inv(matmulArr(transpose(lhs), lhs)), FLOAT));
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) vb[i * n + j] /= scale[i] * scale[j];
    const unscaled = typeof cov === "string" && cov === "unscaled";
    if (!unscaled && m <= n) throw ValueError("the number of data points must exceed order to scale the covariance matrix");
    const rs = unscaled ? null : flat(copyArr(res.at(1), FLOAT));
    if (Y.$shape.length === 1) {
      if (rs !== null) for (let i = 0; i < n * n; i++) vb[i] *= rs.length === 0 ? NaN : rs[0] / (m - n);
      return mktuple(coef, fromFlat(FLOAT, [n, n], vb));
    }
    const k = Y.$shape[1], out3 = new Float64Array(n * n * k);
    for (let i = 0; i < n * n; i++) for (let t = 0; t < k; t++) out3[i * k + t] = vb[i] * (rs === null ? 1 : rs[t] / (m - n));
    return mktuple(coef, fromFlat(FLOAT, [n, n, k], out3));
  }
  return coef;
}, 4);

export const interp = ND_SIG("interp", ["x", "xp", "fp", "left", "right", "period"], function (x, xp, fp, left, right, period) {
  let xs = flat(copyArr(ravel(A(xp)), FLOAT)), fs = flat(copyArr(ravel(A(fp)), FLOAT));
  if (period !== undefined && period !== null) {
    // NumPy's periodic case: x and xp reduced modulo |period| (Python's sign rule), xp sorted
    // with fp, and one wrapped point added at each end; left/right are ignored.
    let per = toNum(period);
    if (per === 0) throw ValueError("period must be a non-zero value");
    per = Math.abs(per);
    if (A(xp).$shape.length !== 1 || A(fp).$shape.length !== 1) throw ValueError("Data points must be 1-D sequences");
    if (xs.length !== fs.length) throw ValueError("fp and xp are not of the same length");
    const pmod = (v) => {
      const r = v % per;
      return r !== 0 && r < 0 ? r + per : r === 0 ? 0 : r;
    };
    const xm = Array.from(xs, pmod);
    const order = xm.map((_, i) => i).sort((i, j) => xm[i] - xm[j] || i - j);
    const n0 = order.length;
    const xs2 = new Float64Array(n0 + 2), fs2 = new Float64Array(n0 + 2);
    for (let i = 0; i < n0; i++) {
      xs2[i + 1] = xm[order[i]];
      fs2[i + 1] = fs[order[i]];
    }
    xs2[0] = xs2[n0] - per;
    fs2[0] = fs2[n0];
    xs2[n0 + 1] = xs2[1] + per;
    fs2[n0 + 1] = fs2[1];
    xs = xs2;
    fs = fs2;
    left = right = null;
    if (skind(x) >= 0) x = pmod(toNum(x));
    else {
      const X = copyArr(A(x), FLOAT), d = X.$data;
      for (let i = 0; i < d.length; i++) d[i] = pmod(d[i]);
      x = X;
    }
  }
  if (xs.length === 0) throw ValueError("array of sample points is empty");
  if (xs.length !== fs.length) throw ValueError("fp and xp are not of the same length.");
  const L = left === undefined || left === null ? fs[0] : toNum(left);
  const R = right === undefined || right === null ? fs[fs.length - 1] : toNum(right);
  const n = xs.length;
  const one = (v) => {
    if (v !== v) return v;
    if (v < xs[0]) return L;
    if (v > xs[n - 1]) return R;
    if (v === xs[n - 1]) return fs[n - 1];
    let lo = 0, hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (!(v < xs[mid])) lo = mid + 1;
      else hi = mid;
    }
    const j = lo - 1;
    if (j >= n - 1) return fs[n - 1];
    if (v === xs[j]) return fs[j];
    const slope = (fs[j + 1] - fs[j]) / (xs[j + 1] - xs[j]);
    let r = slope * (v - xs[j]) + fs[j];
    if (r !== r) {
      r = slope * (v - xs[j + 1]) + fs[j + 1];
      if (r !== r && fs[j] === fs[j + 1]) r = fs[j];
    }
    return r;
  };
  if (skind(x) >= 0) return scal(FLOAT, one(sval(x)));
  const X = A(x), src = flat(X), out = new Float64Array(src.length);
  for (let i = 0; i < src.length; i++) out[i] = one(src[i]);
  return fromFlat(FLOAT, X.$shape.slice(), out);
}, 3);

function iscloseArr(a, b, rtol, atol, equalNan) {
  if (isCx(a) || isCx(b)) {
    // Complex operands: |a - b| <= atol + rtol * |b| (finite values).
    const r = binary("less_equal", unary("absolute", binary("subtract", a, b)), binary("add", atol, binary("multiply", rtol, unary("absolute", b))));
    return isArr(r) ? [r.$shape, flat(r)] : [[], [sval(r) ? 1 : 0]];
  }
  const x = A(a), y = A(b);
  const shape = broadcastShapes(x.$shape, y.$shape);
  const xf = flat(copyArr(broadcastTo(x, shape), FLOAT)), yf = flat(copyArr(broadcastTo(y, shape), FLOAT));
  const out = new Uint8Array(xf.length);
  for (let i = 0; i < out.length; i++) {
    const p = xf[i], q = yf[i];
    if (p === q) out[i] = 1;
    else if (p !== p || q !== q) out[i] = equalNan && p !== p && q !== q ? 1 : 0;
    else if (!Number.isFinite(p) || !Number.isFinite(q)) out[i] = 0;
    else out[i] = Math.abs(p - q) <= atol + rtol * Math.abs(q) ? 1 : 0;
  }
  return [shape, out];
}
export const isclose = ND_SIG("isclose", ["a", "b", "rtol", "atol", "equal_nan"], function (a, b, rtol, atol, en) {
  const [shape, out] = iscloseArr(a, b, rtol === undefined ? 1e-5 : toNum(rtol), atol === undefined ? 1e-8 : toNum(atol), truthyArg(en));
  return shape.length === 0 ? (out[0] ? TRUE_ : FALSE_) : fromFlat(BOOL, shape, out);
}, 3);
export const allclose = ND_SIG("allclose", ["a", "b", "rtol", "atol", "equal_nan"], function (a, b, rtol, atol, en) {
  const [, out] = iscloseArr(a, b, rtol === undefined ? 1e-5 : toNum(rtol), atol === undefined ? 1e-8 : toNum(atol), truthyArg(en));
  return out.every((v) => v === 1);
}, 3);
export const array_equal = ND_SIG("array_equal", ["a1", "a2", "equal_nan"], function (a, b, en) {
  const [x, y] = SS(a, b).map(A);
  if (x.$shape.length !== y.$shape.length || x.$shape.some((d, i) => d !== y.$shape[i])) return false;
  const p = flat(x), q = flat(y);
  for (let i = 0; i < p.length; i++) if (!(p[i] === q[i] || (truthyArg(en) && p[i] !== p[i] && q[i] !== q[i]))) return false;
  return true;
}, 1);
export const array_equiv = ND_SIG("array_equiv", ["a1", "a2"], function (a, b) {
  try {
    return sval(reduceK("all", binary("equal", a, b))) !== 0;
  } catch {
    return false;
  }
});

export const shape = ND_SIG("shape", ["a"], function (a) {
  return pyShape(A(a).$shape);
});
export const ndim = ND_SIG("ndim", ["a"], function (a) {
  return A(a).$shape.length;
});
export const size = ND_SIG("size", ["a", "axis"], function (a, axis) {
  a = A(a);
  if (axis === undefined || axis === null) return a.$size;
  return a.$shape[normAxis(intArg(axis), a.$shape.length)];
}, 1);

export const isscalar = ND_SIG("isscalar", ["element"], function (x) {
  return skind(x) >= 0 || typeof x === "string";
});

/** NumPy 2's `cumulative_sum`/`cumulative_prod`: `axis` required past 1-D, `include_initial`
 * puts the identity first along the axis. */
function cumulative(name, base, ident) {
  return ND_SIG(name, ["x", "axis", "dtype", "out", "include_initial"], function (x, axis, dt, out, init) {
    x = A(x);
    if (noArg(axis)) {
      if (x.$shape.length > 1) throw ValueError("For arrays which have more than one dimension ``axis`` argument is required.");
      axis = 0;
      if (x.$shape.length === 0) x = reshapeArr(x, [1]);
    }
    let r = A(reduceWithDtype(base, x, axis, dt, false));
    if (truthyArg(init)) {
      const ax = normAxis(axis, r.$shape.length), sh = r.$shape.slice();
      sh[ax] = 1;
      r = concatenate([fromFlat(r.$dt, sh, outData(r.$dt, numel(sh)).fill(ident)), r], ax);
    }
    return noArg(out) ? r : accOut(name, r, out);
  }, 4);
}
export const cumulative_sum = cumulative("cumulative_sum", "cumsum", 0);
export const cumulative_prod = cumulative("cumulative_prod", "cumprod", 1);

// ============================================================================ printing

export const set_printoptions = ND_SIG("set_printoptions", ["precision", "threshold", "edgeitems", "linewidth", "suppress", "nanstr", "infstr", "formatter", "sign", "floatmode", "legacy", "override_repr"], function (precision, threshold, edgeitems, linewidth, suppress, nanstr, infstr, formatter, sgn, floatmode, legacy, overrideRepr) {
  // Sizes beyond an i32 (threshold=sys.maxsize, np.inf) mean "never": clamp for the kernel.
  const n = (x) => (x === undefined || x === null ? -1 : typeof x === "number" && x === Infinity ? 2147483647 : Math.min(intArg(x), 2147483647));
  // The defaults (what get_printoptions() reports) are accepted: set_printoptions(**saved) works.
  const dflt = { nanstr: "nan", infstr: "inf" };
  for (const [k, v] of [["nanstr", nanstr], ["infstr", infstr], ["override_repr", overrideRepr]]) {
    if (v !== undefined && v !== null && v !== dflt[k]) throw unsupported(`set_printoptions(${k}=...)`);
  }
  // legacy="1.25": NumPy 1's scalar reprs (1.5, not np.float64(1.5)); other legacy modes raise.
  if (legacy !== undefined && legacy !== null) {
    if (legacy !== false && legacy !== "1.25") throw unsupported(`set_printoptions(legacy=${repr(legacy)})`);
    PRINT_LEGACY.v = legacy === "1.25";
  }
  // NumPy resets the formatter on every call that does not pass one.
  if (formatter !== undefined && formatter !== null) {
    pickFormatter(formatter, FLOAT);
    setPrintFormatter(formatter);
  } else setPrintFormatter(null);
  K.setPrintOptions(n(precision), suppress === undefined || suppress === null ? -1 : truthyArg(suppress) ? 1 : 0, n(threshold), n(edgeitems), n(linewidth), floatmode ?? "", signArg(sgn));
  if (floatmode !== undefined && floatmode !== null) PRINT_FLOATMODE.v = floatmode;
  return null;
}, 12);
const PRINT_FLOATMODE = { v: "maxprec" };
const PRINT_FORMATTER = { v: null };
function setPrintFormatter(f) {
  PRINT_FORMATTER.v = f;
  PRINT_HOOK.f = f === null ? null : formattedPrint;
}
/** str/repr of an array under a global formatter (NumPy's array_str/array_repr through
 * array2string): null where the formatter has no entry for the dtype (the kernels print). */
function formattedPrint(a, isStr) {
  const f = pickFormatter(PRINT_FORMATTER.v, a.$dt);
  if (f === null) return null;
  if (a.$shape.length === 0) {
    if (isStr) return null; // str of a 0-d array is str of its scalar
    return `array(${callFmt(f, scal(a.$dt, a.$data[a.$off]))})`;
  }
  if (a.$size === 0) return null;
  const o = K.getPrintOptions(), summary = a.$size > o[2] ? "..." : "";
  if (isStr) return formatArrayWith(a, f, o[4], " ", " ", o[3], summary);
  return `array(${formatArrayWith(a, f, o[4] - 1, " ".repeat(7), ", ", o[3], summary)})`;
}
function callFmt(f, x) {
  const r = f(x);
  if (typeof r !== "string") throw TypeError(`formatter returned ${typename(r)}, not str`);
  return r;
}

/** `sign=` of the print functions: "" (leave as is) when not given. */
function signArg(sgn) {
  if (sgn === undefined || sgn === null) return "";
  if (sgn !== "-" && sgn !== "+" && sgn !== " ") throw ValueError(`sign option must be one of ' ', '+', or '-'`);
  return sgn;
}

/** `with np.printoptions(...)`: set_printoptions for the block, the old options restored after. */
export const printoptions = ND_SIG("printoptions", ["precision", "threshold", "edgeitems", "linewidth", "suppress", "nanstr", "infstr", "formatter", "sign", "floatmode", "legacy", "override_repr"], function (...args) {
  let saved = null;
  return {
    __enter__() {
      const o = K.getPrintOptions();
      saved = [o[0], o[1] ? 1 : 0, o[2], o[3], o[4], PRINT_FLOATMODE.v, String.fromCharCode(o[5]), PRINT_FORMATTER.v, PRINT_LEGACY.v];
      set_printoptions(...args);
      return get_printoptions();
    },
    __exit__() {
      K.setPrintOptions(...saved.slice(0, 7));
      PRINT_FLOATMODE.v = saved[5];
      setPrintFormatter(saved[7]);
      PRINT_LEGACY.v = saved[8];
      return false;
    },
  };
}, 12);

export const get_printoptions = ND_SIG("get_printoptions", [], function () {
  const o = K.getPrintOptions();
  return mkdictFrom([["edgeitems", o[3]], ["threshold", o[2]], ["floatmode", PRINT_FLOATMODE.v], ["precision", o[0]], ["suppress", o[1] !== 0], ["linewidth", o[4]],
    ["nanstr", "nan"], ["infstr", "inf"], ["sign", String.fromCharCode(o[5])], ["formatter", PRINT_FORMATTER.v], ["legacy", PRINT_LEGACY.v ? "1.25" : false], ["override_repr", null]]);
});

import { Dict } from "./builtins.mjs";
function mkdictFrom(pairs) {
  const d = new Dict();
  for (const [k, v] of pairs) d.set(k, v);
  return d;
}

/** Runs `f` with the global line width (and precision/suppress/threshold/edgeitems/floatmode when given) temporarily set. */
function withPrintOpts(mlw, precision, suppress, f, threshold, edgeitems, floatmode, sgn) {
  const o = K.getPrintOptions(), fm = PRINT_FLOATMODE.v;
  const n = (x) => (x === undefined || x === null ? -1 : intArg(x));
  K.setPrintOptions(n(precision), suppress === undefined || suppress === null ? -1 : truthyArg(suppress) ? 1 : 0, n(threshold), n(edgeitems), n(mlw), floatmode ?? "", signArg(sgn));
  try {
    return f();
  } finally {
    K.setPrintOptions(o[0], o[1] ? 1 : 0, o[2], o[3], o[4], fm, String.fromCharCode(o[5]));
  }
}

export const array2string = ND_SIG("array2string", ["a", "max_line_width", "precision", "suppress_small", "separator", "prefix", "style", "formatter", "threshold", "edgeitems", "sign", "floatmode", "suffix"], function (a, mlw, precision, suppress, separator, prefix, style, formatter, threshold, edgeitems, sgn, floatmode, suffix) {
  // NumPy only narrows the line by the suffix's length (it does not print it).
  if (suffix !== undefined && suffix !== null && plen(suffix) > 0) mlw = (mlw === undefined || mlw === null ? K.getPrintOptions()[4] : intArg(mlw)) - plen(suffix);
  if (a?.$sd?.kind === "U") return strArray2string(a, mlw, separator, prefix);
  if (a?.$b !== undefined) return cxArray2string(a, mlw, separator, prefix);
  a = A(a);
  if (formatter === undefined || formatter === null) formatter = PRINT_FORMATTER.v;
  if (formatter !== undefined && formatter !== null) {
    const f = pickFormatter(formatter, a.$dt);
    if (f !== null && a.$size > 0) {
      const o = K.getPrintOptions();
      const n = (x, d) => (x === undefined || x === null ? d : intArg(x));
      return withPrintOpts(undefined, undefined, undefined, () => formatArrayWith(a, f, n(mlw, o[4]), " ".repeat(1 + plen(prefix ?? "")), separator ?? " ", n(edgeitems, o[3]), a.$size > n(threshold, o[2]) ? "..." : ""), undefined, undefined, undefined, sgn);
    }
  }
  const call = () => kcall(K.array2string, ...kargs(a), precision === undefined || precision === null ? -1 : intArg(precision), suppress === undefined || suppress === null ? -1 : truthyArg(suppress) ? 1 : 0, separator ?? " ", prefix ?? "");
  return withPrintOpts(mlw, undefined, undefined, call, threshold, edgeitems, floatmode, sgn);
}, 12);

// array2string(formatter=...): NumPy's `_formatArray` over the strings the user's callables make.
const FMT_KEYS = { [BOOL]: ["bool"], [INT]: ["int", "int_kind"], [FLOAT]: ["float", "float_kind"] };
function pickFormatter(formatter, dt) {
  if (!(formatter instanceof Dict)) throw unsupported(`array2string(formatter=) given a ${typename(formatter)}`);
  for (const k of formatter.keys()) {
    if (typeof k !== "string" || !["all", "bool", "int", "float", "int_kind", "float_kind"].includes(k)) {
      if (["timedelta", "datetime", "longfloat", "complexfloat", "longcomplexfloat", "void", "numpystr", "object", "complex_kind", "str_kind"].includes(k)) continue;
      throw unsupported(`array2string(formatter=) key ${repr(k)}`);
    }
  }
  for (const k of [...FMT_KEYS[dt], "all"]) {
    const f = formatter.has(k) ? formatter.get(k) : null;
    if (f !== null && f !== undefined) return f;
  }
  return null;
}
const plen = (x) => [...x].length;
function extendLine(st, line, word, width, prefix) {
  let needsWrap = plen(line) + plen(word) > width;
  if (plen(line) <= plen(prefix)) needsWrap = false;
  if (needsWrap) {
    st.s += line.trimEnd() + "\n";
    line = prefix;
  }
  return line + word;
}
function extendLinePretty(st, line, word, width, prefix) {
  const words = word.split("\n");
  if (words.length === 1) return extendLine(st, line, word, width, prefix);
  const maxLen = Math.max(...words.map(plen));
  let indent;
  if (plen(line) + maxLen > width && plen(line) > plen(prefix)) {
    st.s += line.trimEnd() + "\n";
    line = prefix + words[0];
    indent = prefix;
  } else {
    indent = " ".repeat(plen(line));
    line += words[0];
  }
  for (const w of words.slice(1)) {
    st.s += line.trimEnd() + "\n";
    line = indent + w;
  }
  return line + " ".repeat(maxLen - plen(words[words.length - 1]));
}
function formatArrayWith(a, fmt, lineWidth, nextLinePrefix, separator, edgeItems, summaryInsert) {
  const c = copyArr(a), d = flat(c), shape = c.$shape, strides = cstrides(shape), nd = shape.length;
  const word = (off) => {
    const r = fmt(scal(a.$dt, d[off]));
    if (typeof r !== "string") throw TypeError(`formatter returned ${typename(r)}, not str`);
    return r;
  };
  const sepR = separator.trimEnd();
  const rec = (axis, off, hanging, currWidth) => {
    if (axis === nd) return word(off);
    const nextHanging = hanging + " ", nextWidth = currWidth - 1, len = shape[axis];
    const showSummary = summaryInsert !== "" && 2 * edgeItems < len;
    const leading = showSummary ? edgeItems : 0, trailing = showSummary ? edgeItems : len;
    const at = (i) => off + (i < 0 ? len + i : i) * strides[axis];
    let out;
    if (nd - axis === 1) {
      const elemWidth = currWidth - Math.max(plen(sepR), 1);
      const st = { s: "" };
      let line = hanging;
      for (let i = 0; i < leading; i++) line = extendLinePretty(st, line, rec(axis + 1, at(i), nextHanging, nextWidth), elemWidth, hanging) + separator;
      if (showSummary) line = extendLine(st, line, summaryInsert, elemWidth, hanging) + separator;
      for (let i = trailing; i > 1; i--) line = extendLinePretty(st, line, rec(axis + 1, at(-i), nextHanging, nextWidth), elemWidth, hanging) + separator;
      line = extendLinePretty(st, line, rec(axis + 1, at(-1), nextHanging, nextWidth), elemWidth, hanging);
      out = st.s + line;
    } else {
      out = "";
      const lineSep = sepR + "\n".repeat(nd - axis - 1);
      for (let i = 0; i < leading; i++) out += hanging + rec(axis + 1, at(i), nextHanging, nextWidth) + lineSep;
      if (showSummary) out += hanging + summaryInsert + lineSep;
      for (let i = trailing; i > 1; i--) out += hanging + rec(axis + 1, at(-i), nextHanging, nextWidth) + lineSep;
      out += hanging + rec(axis + 1, at(-1), nextHanging, nextWidth);
    }
    return "[" + [...out].slice(plen(hanging)).join("") + "]";
  };
  return rec(0, 0, nextLinePrefix, lineWidth);
}

function floatFmtArgs(name, x, precision, unique, trim, sgn, padLeft, minDigits) {
  const ok = isNpScalar(x) || typeof x === "number" || typeof x === "boolean" || x instanceof PyFloat || typeof x === "bigint";
  if (!ok) throw unsupported(`${name} of a ${typename(x)}`);
  const v = isNpScalar(x) ? Number(sval(x)) : toNum(x);
  const u = unique === undefined || unique === null ? true : truthyArg(unique);
  const p = precision === undefined || precision === null ? -1 : intArg(precision);
  if (precision !== undefined && precision !== null && p < 0) throw ValueError("precision must be >= 0");
  if (!u && p < 0) throw TypeError("in non-unique mode `precision` must be supplied");
  const t = trim === undefined || trim === null ? "k" : trim;
  if (!["k", ".", "0", "-"].includes(t)) throw TypeError(`if supplied, trim must be 'k', '.', '0' or '-' found \`${String(t).padStart(100)}\``);
  const md = minDigits === undefined || minDigits === null ? -1 : intArg(minDigits);
  if (md >= 0 && p >= 0 && md > p) throw ValueError("min_digits must be less than or equal to precision");
  const pad = (q) => (q === undefined || q === null ? -1 : intArg(q));
  return [v, p, u, t, sgn === undefined || sgn === null ? false : truthyArg(sgn), pad(padLeft), md];
}

export const format_float_positional = ND_SIG("format_float_positional", ["x", "precision", "unique", "fractional", "trim", "sign", "pad_left", "pad_right", "min_digits"], function (x, precision, unique, fractional, trim, sgn, padLeft, padRight, minDigits) {
  if (fractional !== undefined && fractional !== null && !truthyArg(fractional)) throw unsupported("format_float_positional(fractional=False)");
  const [v, p, u, t, sg, pl, md] = floatFmtArgs("format_float_positional", x, precision, unique, trim, sgn, padLeft, minDigits);
  return K.formatFloatPositional(v, p, u, t, sg, pl, padRight === undefined || padRight === null ? -1 : intArg(padRight), md);
}, 8);

export const format_float_scientific = ND_SIG("format_float_scientific", ["x", "precision", "unique", "trim", "sign", "pad_left", "exp_digits", "min_digits"], function (x, precision, unique, trim, sgn, padLeft, expDigits, minDigits) {
  const [v, p, u, t, sg, pl, md] = floatFmtArgs("format_float_scientific", x, precision, unique, trim, sgn, padLeft, minDigits);
  return K.formatFloatScientific(v, p, u, t, sg, pl, expDigits === undefined || expDigits === null ? -1 : intArg(expDigits), md);
}, 7);
export const array_repr = ND_SIG("array_repr", ["arr", "max_line_width", "precision", "suppress_small"], function (a, mlw, precision, suppress) {
  return withPrintOpts(mlw, precision, suppress, () => (a?.$a !== undefined ? repr(a) : arrRepr(A(a))));
}, 3);
export const array_str = ND_SIG("array_str", ["a", "max_line_width", "precision", "suppress_small"], function (a, mlw, precision, suppress) {
  return withPrintOpts(mlw, precision, suppress, () => (a?.$a !== undefined ? str(a) : arrStr(A(a))));
}, 3);

// ============================================================================ misc

export const may_share_memory = ND_SIG("may_share_memory", ["a", "b"], function (a, b) {
  return isArr(a) && isArr(b) && a.$data === b.$data;
});
export const shares_memory = may_share_memory;

export const broadcast_to = ND_SIG("broadcast_to", ["array", "shape"], function (a, s) {
  a = A(a);
  const shape = shapeArg(s), n = shape.length, k = a.$shape.length;
  if (k > n) throw ValueError("input operand has more dimensions than allowed by the axis remapping");
  for (let i = 0; i < k; i++) {
    const d = a.$shape[i], t = shape[n - k + i];
    if (d !== t && d !== 1) {
      throw ValueError(`operands could not be broadcast together with remapped shapes [original->remapped]: ${shapeStrC(a.$shape)}  and requested shape ${shapeStrC(shape)}`);
    }
  }
  // A read-only view, as NumPy's (writing to it raises "assignment destination is read-only").
  return readOnly(broadcastTo(a, shape));
});
export const broadcast_shapes = ND_SIG("broadcast_shapes", [], function (...xs) {
  return tuple_of(broadcastMulti(xs.map((x) => (skind(x) >= 0 ? [sval(x)] : Array.from(x, (d) => sval(d))))));
}, 0, { varargs: true });
export const broadcast_arrays = ND_SIG("broadcast_arrays", [], function (...xs) {
  const arrs = xs.map(A);
  const s = broadcastMulti(arrs.map((a) => a.$shape));
  return tuple_of(arrs.map((a) => broadcastTo(a, s)));
}, 0, { varargs: true });

// Floating-point error handling: pyjs never raises FloatingPointError or prints, and warnings
// go nowhere, so 'ignore' and 'warn' are what it does; the other modes raise NotImplementedError.
const ERR_STATE = { divide: "warn", over: "warn", under: "ignore", invalid: "warn" };
const errDict = () => mkdictFrom(["divide", "over", "under", "invalid"].map((k) => [k, ERR_STATE[k]]));
function setErrState(xs) {
  const k = kw(xs);
  const upd = {};
  for (const [name, v] of k) {
    if (v === null || v === undefined) continue;
    if (!(name in ERR_STATE) && name !== "all" && name !== "call") throw TypeError(`seterr() got an unexpected keyword argument '${name}'`);
    if (name === "call") throw unsupported("seterr(call=...)");
    if (!["ignore", "warn", "raise", "call", "print", "log"].includes(v)) throw ValueError(`invalid error mode ${repr(v)}`);
    if (v !== "ignore" && v !== "warn") throw unsupported(`floating-point error mode ${repr(v)} (errstate/seterr)`);
    if (name === "all") for (const e in ERR_STATE) upd[e] ??= v;
    else upd[name] = v;
  }
  const old = { ...ERR_STATE };
  Object.assign(ERR_STATE, upd);
  return old;
}
export const errstate = ND_SIG("errstate", [], function (...xs) {
  let saved = null;
  return {
    __enter__() { saved = setErrState(xs); return null; },
    __exit__() { if (saved !== null) Object.assign(ERR_STATE, saved); return false; },
  };
}, 0, { varargs: true, varkw: true });
export const seterr = ND_SIG("seterr", [], function (...xs) {
  const old = errDict();
  setErrState(xs);
  return old;
}, 0, { varargs: true, varkw: true });
export const geterr = ND_SIG("geterr", [], function () {
  return errDict();
});
// `np.exceptions` (numpy/exceptions.mjs for `import numpy.exceptions` and the compile-time
// check of its names): `$plain` makes its attribute reads return the classes themselves.
export const exceptions = { $plain: true, AxisError };

export { LinAlgError, pyErr };

// ============================================================================ more functions
// (flips, triangles, set operations, counting, statistics helpers, element insertion/removal)

import { PySlice } from "./rt/containers.mjs";

export const left_shift = ufunc2("left_shift");
export const right_shift = ufunc2("right_shift");
export const fmod = ufunc2("fmod");
export const gcd = ufunc2("gcd");
export const lcm = ufunc2("lcm");
export const copysign = ufunc2("copysign");
export const heaviside = ufunc2("heaviside");
export const logaddexp = ufunc2("logaddexp");
export const logaddexp2 = ufunc2("logaddexp2");

const isSeq = (x) => Array.isArray(x) || x instanceof Tuple || isArr(x);
const intList = (x) => Array.from(isArr(x) ? flat(x) : x, (v) => intArg(v));

/** A view of `a` reversed along the axes in `axes` (normalized). */
function flipAxes(a, axes) {
  const strides = a.$strides.slice();
  let off = a.$off;
  for (const ax of axes) {
    const n = a.$shape[ax];
    if (n > 0) off += (n - 1) * strides[ax];
    strides[ax] = -strides[ax];
  }
  return viewOf(a, mk(a.$dt, a.$shape.slice(), strides, off, a.$data));
}
export const flip = ND_SIG("flip", ["m", "axis"], function (m, axis) {
  if (m?.$a !== undefined) return m.$sd.keep(m, (s) => flip(s, axis));
  m = A(m);
  const nd = m.$shape.length;
  const axes = axis === undefined || axis === null ? [...Array(nd).keys()] : (isSeq(axis) ? intList(axis) : [intArg(axis)]).map((x) => normAxis(x, nd));
  return flipAxes(m, axes);
}, 1);
export const fliplr = ND_SIG("fliplr", ["m"], function (m) {
  if (m?.$a !== undefined) return m.$sd.keep(m, (s) => fliplr(s));
  m = A(m);
  if (m.$shape.length < 2) throw ValueError("Input must be >= 2-d.");
  return flipAxes(m, [1]);
});
export const flipud = ND_SIG("flipud", ["m"], function (m) {
  if (m?.$a !== undefined) return m.$sd.keep(m, (s) => flipud(s));
  m = A(m);
  if (m.$shape.length < 1) throw ValueError("Input must be >= 1-d.");
  return flipAxes(m, [0]);
});
export const rot90 = ND_SIG("rot90", ["m", "k", "axes"], function (m, k, axes) {
  if (m?.$a !== undefined) return m.$sd.keep(m, (s) => rot90(s, k, axes));
  m = A(m);
  const nd = m.$shape.length;
  const [a0, a1] = axes === undefined ? [0, 1] : intList(axes).map((x) => normAxis(x, nd));
  k = ((((k === undefined ? 1 : intArg(k)) % 4) + 4) % 4);
  if (k === 0) return m;
  if (k === 2) return flipAxes(m, [a0, a1]);
  const perm = [...Array(nd).keys()];
  [perm[a0], perm[a1]] = [perm[a1], perm[a0]];
  return k === 1 ? transposeArr(flipAxes(m, [a1]), perm) : flipAxes(transposeArr(m, perm), [a1]);
}, 2);

function triangle(m, k, upper) {
  m = A(m);
  if (m.$shape.length < 2) m = broadcastTo(m, [m.$shape[0], m.$shape[0]]);
  const out = copyArr(m), nd = out.$shape.length;
  const r = out.$shape[nd - 2], c = out.$shape[nd - 1], d = out.$data;
  k = k === undefined ? 0 : intArg(k);
  for (let base = 0; base < d.length; base += r * c) {
    for (let i = 0; i < r; i++) {
      for (let j = 0; j < c; j++) if (upper ? j - i < k : j - i > k) d[base + i * c + j] = 0;
    }
  }
  return out;
}
export const triu = ND_SIG("triu", ["m", "k"], function (m, k) {
  return triangle(m, k, true);
}, 1);
export const tril = ND_SIG("tril", ["m", "k"], function (m, k) {
  return triangle(m, k, false);
}, 1);
// NumPy's np.diagonal / a.diagonal() are read-only views.
const diagonalFn = ND_SIG("diagonal", ["a", "offset", "axis1", "axis2"], function (a, k, a1, a2) {
  return readOnly(diagonal(a, k, a1, a2));
}, 3);
export { diagonalFn as diagonal };

export const fill_diagonal = ND_SIG("fill_diagonal", ["a", "val", "wrap"], function (a, val, wrap) {
  const nd = a.$shape.length;
  if (nd < 2) throw ValueError("array must be at least 2-d");
  if (nd > 2 && a.$shape.some((d) => d !== a.$shape[0])) throw ValueError("All dimensions of input must be of equal length");
  const vals = skind(val) >= 0 ? [sval(val)] : Array.from(flat(A(val)));
  if (vals.length === 0) return null;
  if (nd === 2 && a.$shape[0] > a.$shape[1] && truthyArg(wrap)) {
    // NumPy steps through `a.flat` by ncols + 1 to the end: the diagonal restarts after a blank row.
    const [r, c] = a.$shape, size = r * c;
    for (let t = 0, idx = 0; idx < size; t++, idx += c + 1) {
      const i = Math.floor(idx / c), j = idx % c;
      assign(mk(a.$dt, [], [], a.$off + i * a.$strides[0] + j * a.$strides[1], a.$data), vals[t % vals.length]);
    }
    return null;
  }
  const n = Math.min(...a.$shape);
  let step = 0;
  for (const s of a.$strides) step += s;
  for (let i = 0; i < n; i++) assign(mk(a.$dt, [], [], a.$off + i * step, a.$data), vals[i % vals.length]);
  return null;
}, 1);

// `np.triu_indices(n, k=0, m=None)` / `np.tril_indices`: the row and column indices of the
// triangle, in row-major order (NumPy takes them from a boolean mask).
function triIndices(n, k, m, upper) {
  n = intArg(n);
  k = k === undefined || k === null ? 0 : intArg(k);
  m = m === undefined || m === null ? n : intArg(m);
  const rows = [], cols = [];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      if (upper ? j - i >= k : j - i <= k) {
        rows.push(i);
        cols.push(j);
      }
    }
  }
  return tuple_of([fromFlat(INT, [rows.length], Float64Array.from(rows)), fromFlat(INT, [cols.length], Float64Array.from(cols))]);
}
export const triu_indices = ND_SIG("triu_indices", ["n", "k", "m"], function (n, k, m) {
  return triIndices(n, k, m, true);
}, 2);
export const tril_indices = ND_SIG("tril_indices", ["n", "k", "m"], function (n, k, m) {
  return triIndices(n, k, m, false);
}, 2);
function triFrom(name, arr, k, upper) {
  arr = A(arr);
  if (arr.$shape.length !== 2) throw ValueError("input array must be 2-d");
  return triIndices(arr.$shape[0], k, arr.$shape[1], upper);
}
export const triu_indices_from = ND_SIG("triu_indices_from", ["arr", "k"], function (arr, k) {
  return triFrom("triu_indices_from", arr, k, true);
}, 1);
export const tril_indices_from = ND_SIG("tril_indices_from", ["arr", "k"], function (arr, k) {
  return triFrom("tril_indices_from", arr, k, false);
}, 1);

export const take = ND_SIG("take", ["a", "indices", "axis", "out", "mode"], function (a, idx, axis, out, mode) { noOut("take", out);
  if (a?.$a !== undefined) return a.$sd.keep(a, (s) => take(s, idx, axis, out, mode));
  noArgV("take(mode=...)", mode, "raise", "wrap", "clip");
  a = A(a);
  if (mode === "wrap" || mode === "clip") idx = modeIndex(idx, axis === undefined || axis === null ? a.$size : a.$shape[normAxis(axis, a.$shape.length)], mode);
  if (axis === undefined || axis === null) return getitem(ravel(a), idx);
  const nd = a.$shape.length, ax = normAxis(axis, nd);
  if (ax === 0) return getitem(a, idx);
  const perm = [ax, ...[...Array(nd).keys()].filter((x) => x !== ax)];
  const r = getitem(transposeArr(a, perm), idx);
  if (!isArr(r)) return r;
  const k = r.$shape.length - (nd - 1);
  // r's axes: k index axes, then a's other axes in order; move the index axes to `ax`.
  const order = [];
  for (let i = 0; i < ax; i++) order.push(k + i);
  for (let i = 0; i < k; i++) order.push(i);
  for (let i = ax; i < nd - 1; i++) order.push(k + i);
  return copyArr(transposeArr(r, order));
}, 3);

/** Indices under `mode="wrap"` (modulo n) or `"clip"` (into 0..n-1, negatives to 0), as NumPy's take/put/choose. */
function modeIndex(idx, n, mode) {
  const one = (i) => (mode === "wrap" ? ((i % n) + n) % n : i < 0 ? 0 : i >= n ? n - 1 : i);
  if (skind(idx) >= 0) return one(sval(idx));
  const c = copyArr(A(idx), INT), d = c.$data;
  for (let i = 0; i < d.length; i++) d[i] = one(d[i]);
  return c;
}

/** `np.put(a, ind, v)`: `a.flat[ind] = v`, `v` repeated as needed (C-contiguous `a`). */
export const put = ND_SIG("put", ["a", "ind", "v", "mode"], function (a, ind, v, mode) {
  noArgV("put(mode=...)", mode, "raise", "wrap", "clip");
  if (!isArr(a)) throw TypeError(`argument 1 must be numpy.ndarray, not ${typename(a)}`);
  if (!isC(a)) throw unsupported("put into a non-contiguous array");
  if (a.$ro === true) throw ValueError("assignment destination is read-only");
  const n = a.$size;
  const I = flat(copyArr(ravel(A(ind)), INT));
  const V = flat(copyArr(ravel(A(v)), a.$dt));
  if (I.length === 0) return null;
  if (V.length === 0) return null;
  for (let k = 0; k < I.length; k++) {
    let i = I[k];
    if (mode === "wrap" || mode === "clip") i = modeIndex(i, n, mode);
    else {
      if (i < -n || i >= n) throw IndexError(`index ${i} is out of bounds for axis 0 with size ${n}`);
      if (i < 0) i += n;
    }
    a.$data[a.$off + i] = V[k % V.length];
  }
  return null;
}, 1);

/** `np.place` (values cycled over the True positions) and `np.putmask` (`values[i % n]` at position i). */
function maskPut(name, a, mask, v) {
  if (!isArr(a)) throw TypeError(name === "place" ? `place() argument 1 must be numpy.ndarray, not ${typename(a)}` : "putmask: first argument must be an array");
  if (!isC(a)) throw unsupported(`${name} into a non-contiguous array`);
  if (a.$ro === true) throw ValueError("assignment destination is read-only");
  const M = flat(copyArr(ravel(A(mask)), BOOL)), V = flat(copyArr(ravel(A(v)), a.$dt));
  if (M.length !== a.$size) throw ValueError(`${name}: mask and data must be the same size`);
  if (V.length === 0) {
    if (name === "place" && M.some((x) => x)) throw ValueError("Cannot insert from an empty array!");
    return null;
  }
  for (let i = 0, k = 0; i < M.length; i++) if (M[i]) a.$data[a.$off + i] = V[(name === "place" ? k++ : i) % V.length];
  return null;
}
export const place = ND_SIG("place", ["arr", "mask", "vals"], function (a, mask, v) {
  return maskPut("place", a, mask, v);
});
export const putmask = ND_SIG("putmask", ["a", "mask", "values"], function (a, mask, v) {
  return maskPut("putmask", a, mask, v);
});

/** `np.choose(a, choices)`: `choices[a[i]][i]`, everything broadcast together. */
export const choose = ND_SIG("choose", ["a", "choices", "out", "mode"], function (a, choices, out, mode) { noOut("choose", out);
  noArgV("choose(mode=...)", mode, "raise", "wrap", "clip");
  const idx = A(a), cs = seqArg(choices).map(A);
  if (idx.$dt === FLOAT) throw TypeError("Cannot cast array data from dtype('float64') to dtype('int64') according to the rule 'safe'");
  let shape = idx.$shape;
  for (const c of cs) shape = broadcastShapes(shape, c.$shape);
  const dt = cs.reduce((m, c) => Math.max(m, c.$dt), BOOL);
  const I = flat(copyArr(broadcastTo(idx, shape), INT)), C = cs.map((c) => flat(copyArr(broadcastTo(c, shape), dt)));
  const res = newData(dt, I.length), n = cs.length;
  for (let i = 0; i < I.length; i++) {
    let k = I[i];
    if (mode === "wrap" || mode === "clip") k = modeIndex(k, n, mode);
    else if (k < 0 || k >= n) throw ValueError("invalid entry in choice array");
    res[i] = C[k][i];
  }
  return fromFlat(dt, shape.slice(), res);
}, 2);

export const logspace = ND_SIG("logspace", ["start", "stop", "num", "endpoint", "base", "dtype", "axis"], function (start, stop, num, endpoint, base, dt, axis) {
  noArgV("logspace(axis=...)", axis, 0);
  const y = linspace(start, stop, num === undefined ? 50 : num, endpoint === undefined ? true : endpoint);
  let r = binary("power", base === undefined ? 10.0 : isArr(base) ? base : toNum(base), y);
  if (dt !== undefined && dt !== null) r = copyArr(A(r), dtcode(dt));
  return r;
}, 5);
export const geomspace = ND_SIG("geomspace", ["start", "stop", "num", "endpoint", "dtype", "axis"], function (start, stop, num, endpoint, $dt, axis) {
  noArgV("geomspace(axis=...)", axis, 0);
  const s = toNum(start), e = toNum(stop);
  if (s === 0 || e === 0) throw ValueError("Geometric sequence cannot include zero");
  const n = num === undefined ? 50 : intArg(num), ep = endpoint === undefined ? true : truthyArg(endpoint);
  const sign = s < 0 && e < 0 ? -1 : 1;
  const ls = Math.log10(sign * s), le = Math.log10(sign * e);
  const r = A(logspace(ls, le, n, ep, 10.0));
  const d = r.$data;
  for (let i = 0; i < d.length; i++) d[i] *= sign;
  if (n > 0) d[0] = s;
  if (n > 1 && ep) d[n - 1] = e;
  return r;
}, 4);

export const nan_to_num = ND_SIG("nan_to_num", ["x", "copy", "nan", "posinf", "neginf"], function (x, cp, nanv, posinf, neginf) {
  const scalar = skind(x) >= 0;
  const a = A(x);
  if (a.$dt !== FLOAT) return scalar ? x : copyArr(a);
  const out = copyArr(a), d = out.$data;
  const nv = nanv === undefined || nanv === null ? 0 : toNum(nanv);
  const pv = posinf === undefined || posinf === null ? Number.MAX_VALUE : toNum(posinf);
  const mv = neginf === undefined || neginf === null ? -Number.MAX_VALUE : toNum(neginf);
  for (let i = 0; i < d.length; i++) {
    const v = d[i];
    if (v !== v) d[i] = nv;
    else if (v === Infinity) d[i] = pv;
    else if (v === -Infinity) d[i] = mv;
  }
  return scalar || out.$shape.length === 0 ? scal(FLOAT, d[0]) : out;
}, 4);

/** numpy.cov: rows are variables unless rowvar=False; normalized by N - 1 (or N with bias). */
export const cov = ND_SIG("cov", ["m", "y", "rowvar", "bias", "ddof", "fweights", "aweights", "dtype"], function (m, y, rowvar, bias, ddof, fw, aw) {
  let X = atleast_2d(copyArr(A(m), FLOAT));
  const rv = rowvar === undefined || truthyArg(rowvar);
  if (!rv && X.$shape[0] !== 1) X = transposeArr(X);
  if (y !== undefined && y !== null) {
    let Y = atleast_2d(copyArr(A(y), FLOAT));
    if (!rv && Y.$shape[0] !== 1) Y = transposeArr(Y);
    X = concatenateList([X, Y], 0);
  }
  const dd = ddof === undefined || ddof === null ? (truthyArg(bias) ? 0 : 1) : intArg(ddof);
  const n = X.$shape[1];
  // Weights as NumPy's cov: frequency (integer counts) times analytic weights.
  let w = null, awA = null;
  const weights = (v, what) => {
    const W = copyArr(A(v), FLOAT);
    if (what === "fweights" && flat(W).some((x) => x !== Math.floor(x))) throw TypeError("fweights must be integer");
    if (W.$shape.length > 1) throw RuntimeError(`cannot handle multidimensional ${what}`);
    if (W.$shape[0] !== n) throw RuntimeError(`incompatible numbers of samples and ${what}`);
    if (flat(W).some((x) => x < 0)) throw ValueError(`${what} cannot be negative`);
    return W;
  };
  if (fw !== undefined && fw !== null) w = weights(fw, "fweights");
  if (aw !== undefined && aw !== null) {
    awA = weights(aw, "aweights");
    w = w === null ? awA : binary("multiply", w, awA);
  }
  let avg, fact;
  if (w === null) {
    avg = reduceK("mean", X, 1, false);
    fact = n - dd;
  } else {
    const wb = broadcastTo(reshapeArr(w, [1, n]), X.$shape);
    const wsum = sval(reduceK("sum", w, null, false));
    avg = binary("true_divide", reduceK("sum", binary("multiply", X, wb), 1, false), wsum);
    if (dd === 0) fact = wsum;
    else if (awA === null) fact = wsum - dd;
    else fact = wsum - (dd * sval(reduceK("sum", binary("multiply", w, awA), null, false))) / wsum;
  }
  if (fact <= 0) fact = 0.0;
  const Xc = binary("subtract", X, reshapeArr(A(avg), [X.$shape[0], 1]));
  const XT = w === null ? copyArr(transposeArr(Xc)) : copyArr(transposeArr(binary("multiply", Xc, reshapeArr(w, [1, n]))));
  let c = dotArr(Xc, XT);
  c = binary("multiply", c, 1 / fact);
  return unscalar(squeeze(c));
}, 7);

export const corrcoef = ND_SIG("corrcoef", ["x", "y", "rowvar", "bias", "ddof", "dtype"], function (x, y, rowvar) {
  const c = cov(x, y, rowvar === undefined ? true : rowvar);
  if (!isArr(c)) return binary("true_divide", c, c);
  const n = c.$shape[0], d = c.$data, sd = new Float64Array(n);
  for (let i = 0; i < n; i++) sd[i] = Math.sqrt(d[i * n + i]);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) d[i * n + j] /= sd[i];
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) d[i * n + j] /= sd[j];
  for (let i = 0; i < d.length; i++) if (d[i] > 1) d[i] = 1; else if (d[i] < -1) d[i] = -1;
  return c;
}, 5);

export const bincount = ND_SIG("bincount", ["x", "weights", "minlength"], function (x, weights, minlength) {
  if (x?.$sd?.kind !== "f") x = S_(x);
  const a = A(x);
  if (a.$shape.length !== 1) throw ValueError("object too deep for desired array");
  if (a.$dt === FLOAT) throw TypeError("Cannot cast array data from dtype('float64') to dtype('int64') according to the rule 'safe'");
  const v = flat(a);
  let n = minlength === undefined || minlength === null ? 0 : intArg(minlength);
  for (const x of v) {
    if (x < 0) throw ValueError("'list' argument must have no negative elements");
    if (x + 1 > n) n = x + 1;
  }
  const w = weights === undefined || weights === null ? null : flat(copyArr(A(weights), FLOAT));
  const out = new Float64Array(n);
  for (let i = 0; i < v.length; i++) out[v[i]] += w === null ? 1 : w[i];
  return fromFlat(w === null ? INT : FLOAT, [n], out);
}, 2);

export const digitize = ND_SIG("digitize", ["x", "bins", "right"], function (x, bins, right) {
  x = S_(x);
  const b = flat(copyArr(A(bins), FLOAT));
  let inc = true, dec = true;
  for (let i = 1; i < b.length; i++) {
    if (b[i] < b[i - 1]) inc = false;
    if (b[i] > b[i - 1]) dec = false;
  }
  if (!inc && !dec) throw ValueError("bins must be monotonically increasing or decreasing");
  const side = truthyArg(right) ? "left" : "right";
  if (inc) return searchsorted(fromFlat(FLOAT, [b.length], b), x, side);
  const rev = Float64Array.from(b).reverse();
  return binary("subtract", b.length, searchsorted(fromFlat(FLOAT, [b.length], rev), x, side));
}, 1);

export const isin = ND_SIG("isin", ["element", "test_elements", "assume_unique", "invert", "kind"], function (el, test, au, invert) {
  [el, test] = SS(el, test);
  const a = A(el), t = new Set(flat(A(test)));
  const v = flat(a), out = new Uint8Array(v.length), inv = truthyArg(invert);
  for (let i = 0; i < v.length; i++) out[i] = (t.has(v[i]) && v[i] === v[i]) !== inv ? 1 : 0; // NaN is in nothing (nan != nan)
  return a.$shape.length === 0 ? (out[0] ? TRUE_ : FALSE_) : fromFlat(BOOL, a.$shape.slice(), out);
}, 3);
export const in1d = ND_SIG("in1d", ["ar1", "ar2", "assume_unique", "invert", "kind"], function (a, b, au, invert) {
  [a, b] = SS(a, b);
  return isin(ravel(a), b, au, invert);
}, 3);

function setResult(vals, dt) {
  const s = sortedF64(vals);
  return fromFlat(dt, [s.length], dt === BOOL ? Uint8Array.from(s) : s);
}
// Set operations of two string arrays: the same code over their global ranks (both interned
// first), mapped back to strings of `w`'s dtype (ar1's for setdiff1d, else the wider one).
function strSet(a, b, f, first) {
  const x = SW(a), y = SW(b);
  if (x?.$sd?.kind !== "U" || y?.$sd?.kind !== "U") return undefined;
  const w = first ? x : concatenate([ravel(x), ravel(y)]);
  return w.$sd.keep(w, () => f(S_(x), S_(y)));
}
export const intersect1d = ND_SIG("intersect1d", ["ar1", "ar2", "assume_unique", "return_indices"], function (a, b, $au, ri) {
  if (!truthyArg(ri ?? false)) {
    const r = strSet(a, b, (p, q) => intersect1d(p, q));
    if (r !== undefined) return r;
  }
  const x = A(a), y = A(b), t = new Set(flat(y));
  if (ri !== undefined && ri !== null && truthyArg(ri)) {
    // The sorted common values and each one's first index in ar1 and in ar2 (NumPy's unique
    // with return_index on both, then a mergesort of the two).
    const fx = flat(ravel(x)), fy = flat(ravel(y));
    const vals = setResult([...new Set(fx)].filter((v) => t.has(v) && v === v), Math.max(x.$dt, y.$dt));
    const vs = flat(vals);
    const i1 = Float64Array.from(vs, (v) => fx.indexOf(v)), i2 = Float64Array.from(vs, (v) => fy.indexOf(v));
    return tuple_of([vals, fromFlat(INT, [vs.length], i1), fromFlat(INT, [vs.length], i2)]);
  }
  // NumPy compares neighbours after sorting: NaN equals nothing, so it is never in an intersection.
  return setResult([...new Set(flat(x))].filter((v) => t.has(v) && v === v), Math.max(x.$dt, y.$dt));
}, 2);
export const union1d = ND_SIG("union1d", ["ar1", "ar2"], function (a, b) {
  const r = strSet(a, b, (p, q) => union1d(p, q));
  if (r !== undefined) return r;
  const x = A(a), y = A(b);
  return setResult([...new Set([...flat(x), ...flat(y)])], Math.max(x.$dt, y.$dt));
});
export const setdiff1d = ND_SIG("setdiff1d", ["ar1", "ar2", "assume_unique"], function (a, b) {
  const r = strSet(a, b, (p, q) => setdiff1d(p, q), true);
  if (r !== undefined) return r;
  const x = A(a), t = new Set(flat(A(b)));
  return setResult([...new Set(flat(x))].filter((v) => !t.has(v) || v !== v), x.$dt);
}, 1);
export const setxor1d = ND_SIG("setxor1d", ["ar1", "ar2", "assume_unique"], function (a, b) {
  const r = strSet(a, b, (p, q) => setxor1d(p, q));
  if (r !== undefined) return r;
  const x = A(a), y = A(b), sx = new Set(flat(x)), sy = new Set(flat(y));
  const only = (p, q) => [...p].filter((v) => !q.has(v) || v !== v);
  return setResult([...only(sx, sy), ...only(sy, sx)], Math.max(x.$dt, y.$dt));
}, 1);

export const unravel_index = ND_SIG("unravel_index", ["indices", "shape", "order"], function (indices, shp) {
  const dims = shapeArg(shp), total = numel(dims);
  const scalar = skind(indices) >= 0;
  const I = A(indices), v = flat(I);
  const outs = dims.map(() => new Float64Array(v.length));
  for (let i = 0; i < v.length; i++) {
    let x = v[i];
    if (I.$dt === FLOAT) throw TypeError("only int indices permitted");
    if (x < 0 || x >= total) throw ValueError(`index ${x} is out of bounds for array with size ${total}`);
    for (let d = dims.length - 1; d >= 0; d--) {
      outs[d][i] = x % dims[d];
      x = Math.floor(x / dims[d]);
    }
  }
  return tuple_of(outs.map((o) => (scalar ? scal(INT, o[0]) : fromFlat(INT, I.$shape.slice(), o))));
}, 1);
export const ravel_multi_index = ND_SIG("ravel_multi_index", ["multi_index", "dims", "mode", "order"], function (mi, dimsArg, mode, order) {
  noArgV("ravel_multi_index(order=...)", order, "C");
  const dims = shapeArg(dimsArg);
  const modes = mode === undefined || mode === null ? [] : typeof mode === "string" ? dims.map(() => mode) : Array.from(mode);
  for (const m of modes) if (m !== "raise" && m !== "wrap" && m !== "clip") throw ValueError(`clipmode must be one of 'clip', 'raise', or 'wrap' (got '${str(m)}')`);
  const idx = Array.from(mi, (x, d) => (modes[d] === "wrap" || modes[d] === "clip" ? A(modeIndex(A(x), dims[d], modes[d])) : A(x)));
  let r = scal(INT, 0);
  idx.forEach((x, d) => {
    for (const v of flat(x)) if (v < 0 || v >= dims[d]) throw ValueError("invalid entry in coordinates array");
    r = binary("add", binary("multiply", r, dims[d]), x);
  });
  return r;
}, 2);

export const lexsort = ND_SIG("lexsort", ["keys", "axis"], function (keys, axis) {
  noArgV("lexsort(axis=...)", axis, -1);
  const ks = (isArr(keys) ? rows(keys) : SS(...keys).map(A)).map((k) => flat(k));
  const n = ks.length ? ks[0].length : 0;
  const idx = Array.from({ length: n }, (_, i) => i);
  idx.sort((i, j) => {
    for (let k = ks.length - 1; k >= 0; k--) {
      const c = numCmp(ks[k][i], ks[k][j]);
      if (c !== 0) return c;
    }
    return i - j;
  });
  return fromFlat(INT, [n], Float64Array.from(idx));
}, 1);

export const hsplit = ND_SIG("hsplit", ["ary", "indices_or_sections"], function (a, ind) {
  a = A(a);
  if (a.$shape.length === 0) throw ValueError("hsplit only works on arrays of 1 or more dimensions");
  return splitImpl("split", a, ind, a.$shape.length > 1 ? 1 : 0, true);
});
export const vsplit = ND_SIG("vsplit", ["ary", "indices_or_sections"], function (a, ind) {
  a = A(a);
  if (a.$shape.length < 2) throw ValueError("vsplit only works on arrays of 2 or more dimensions");
  return splitImpl("split", a, ind, 0, true);
});
export const dsplit = ND_SIG("dsplit", ["ary", "indices_or_sections"], function (a, ind) {
  a = A(a);
  if (a.$shape.length < 3) throw ValueError("dsplit only works on arrays of 3 or more dimensions");
  return splitImpl("split", a, ind, 2, true);
});

export const resize = ND_SIG("resize", ["a", "new_shape"], function (a, s) {
  a = A(a);
  if ((Array.isArray(s) || s instanceof Tuple ? Array.from(s, (d) => sval(d)) : [sval(s)]).some((d) => d < 0)) {
    throw ValueError("all elements of `new_shape` must be non-negative");
  }
  const shape = shapeArg(s), n = numel(shape), src = flat(a), out = newData(a.$dt, n);
  if (src.length > 0) for (let i = 0; i < n; i++) out[i] = src[i % src.length];
  return fromFlat(a.$dt, shape, out);
});

export const append = ND_SIG("append", ["arr", "values", "axis"], function (arr, values, axis) {
  if (axis === undefined || axis === null) return concatenateList([ravel(A(arr)), ravel(A(values))], 0);
  return concatenateList([A(arr), A(values)], intArg(axis));
}, 1);

/** Positions along an axis of length n selected by an int, a slice or a sequence (normalized). */
function positions(obj, n, ax = 0) {
  if (obj instanceof PySlice) {
    const [start, stop, step] = obj.indices(n);
    const out = [];
    for (let i = start; step > 0 ? i < stop : i > stop; i += step) out.push(i);
    return out;
  }
  const list = skind(obj) >= 0 ? [intArg(obj)] : intList(A(obj));
  return list.map((i) => {
    if (i < -n || i >= n) throw IndexError(`index ${i} is out of bounds for axis ${ax} with size ${n}`);
    return i < 0 ? i + n : i;
  });
}
export const delete_ = ND_SIG("delete", ["arr", "obj", "axis"], function (arr, obj, axis) {
  let a = A(arr);
  if (axis === undefined || axis === null) a = ravel(a);
  const ax = normAxis(axis ?? 0, a.$shape.length), n = a.$shape[ax];
  let drop;
  if (isArr(obj) && obj.$dt === BOOL) drop = new Set(Array.from(flat(obj), (v, i) => (v ? i : -1)).filter((i) => i >= 0));
  else drop = new Set(positions(obj, n, ax));
  const keep = [];
  for (let i = 0; i < n; i++) if (!drop.has(i)) keep.push(i);
  return take(a, fromFlat(INT, [keep.length], Float64Array.from(keep)), ax);
}, 1);
export { delete_ as delete };

export const insert = ND_SIG("insert", ["arr", "obj", "values", "axis"], function (arr, obj, values, axis) {
  let a = A(arr);
  if (axis === undefined || axis === null) a = ravel(a);
  const nd = a.$shape.length, ax = normAxis(axis ?? 0, nd), n = a.$shape[ax];
  const vals = copyArr(A(values), a.$dt);
  if (skind(obj) >= 0) {
    let i = intArg(obj);
    if (i < -n || i > n) throw IndexError(`index ${i} is out of bounds for axis ${ax} with size ${n}`);
    if (i < 0) i += n;
    // values get a.ndim dims with their own length along `ax` (1 for a scalar).
    let v = vals;
    while (v.$shape.length < nd) v = reshapeArr(v, [1, ...v.$shape]);
    if (v.$shape.length > nd) throw ValueError("could not broadcast values into the array");
    v = moveaxis(v, 0, ax);
    const shape = a.$shape.slice();
    shape[ax] = v.$shape[ax];
    v = broadcastTo(v, shape);
    const [lo, hi] = splitImpl("insert", a, [i], ax, false);
    return concatenateList([lo, v, hi], ax);
  }
  if (nd !== 1) throw unsupported("insert with a sequence of positions on a multi-dimensional array");
  const pos = skind(obj) >= 0 ? [intArg(obj)] : obj instanceof PySlice ? positions(obj, n) : intList(A(obj));
  const vv = flat(broadcastTo(ravel(vals), [pos.length]));
  const items = pos.map((p, k) => [p < 0 ? p + n : p, k]).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const src = flat(a), out = [];
  let j = 0;
  for (let i = 0; i <= n; i++) {
    while (j < items.length && items[j][0] === i) out.push(vv[items[j++][1]]);
    if (i < n) out.push(src[i]);
  }
  return fromFlat(a.$dt, [out.length], a.$dt === BOOL ? Uint8Array.from(out) : Float64Array.from(out));
}, 1);

/** `np.vander(x, N, increasing)`: columns of powers, each the previous one times x (NumPy's multiply.accumulate). */
export const vander = ND_SIG("vander", ["x", "N", "increasing"], function (x, N, increasing) {
  const a = A(x);
  if (a.$shape.length !== 1) throw ValueError("x must be a one-dimensional array or sequence.");
  const m = a.$size, n = N === undefined || N === null ? m : intArg(N);
  const dt = a.$dt === BOOL ? INT : a.$dt, xs = flat(copyArr(a, dt)), out = new Float64Array(m * n);
  const inc = increasing !== undefined && truthyArg(increasing);
  for (let i = 0; i < m; i++) {
    let v = 1;
    for (let j = 0; j < n; j++) {
      out[i * n + (inc ? j : n - 1 - j)] = v;
      v = j === 0 ? xs[i] : v * xs[i];
    }
  }
  return fromFlat(dt, [m, n], out);
}, 2);

export const ediff1d = ND_SIG("ediff1d", ["ary", "to_end", "to_begin"], function (a, end, begin) {
  a = ravel(A(a));
  const d = diff(a);
  if (noArg(end) && noArg(begin)) return d;
  // to_begin/to_end: raveled, cast to the input's dtype (same_kind only), around the differences.
  const edge = (v, what) => {
    if (noArg(v)) return null;
    const e = ravel(A(v));
    if (e.$dt > a.$dt) throw TypeError(`dtype of \`${what}\` must be compatible with input \`ary\` under the \`same_kind\` rule.`);
    return copyArr(e, a.$dt);
  };
  const parts = [edge(begin, "to_begin"), A(d), edge(end, "to_end")].filter((x) => x !== null);
  return concatenate(parts.map((x) => (x.$dt === A(d).$dt ? x : copyArr(x, A(d).$dt))));
}, 2);

/** Gradient by central differences (second-order inside, first-order at the edges). */
export const gradient = ND_SIG("gradient", [], function (f, ...rest) {
  const k = kw(rest);
  f = copyArr(A(f), FLOAT);
  const nd = f.$shape.length;
  let axes = [...Array(nd).keys()];
  if (k.has("axis") && k.get("axis") !== null) {
    const ax = k.get("axis");
    axes = (isSeq(ax) ? intList(ax) : [intArg(ax)]).map((x) => normAxis(x, nd));
  }
  const eo = k.has("edge_order") ? intArg(k.get("edge_order")) : 1;
  if (eo !== 1 && eo !== 2) throw ValueError("'edge_order' greater than 2 not supported");
  const spacing = rest.length === 0 ? axes.map(() => 1) : rest.length === 1 && axes.length > 1 ? axes.map(() => rest[0]) : rest;
  const outs = axes.map((ax, i) => {
    const n = f.$shape[ax];
    if (n < eo + 1) throw ValueError("Shape of array too small to calculate a numerical gradient, at least (edge_order + 1) elements are required.");
    const sp = spacing[i];
    const moved = copyArr(moveaxis(f, ax, -1)), d = moved.$data, out = new Float64Array(d.length);
    let xs = skind(sp) >= 0 ? null : flat(copyArr(A(sp), FLOAT));
    let h = xs === null ? toNum(sp) : 0;
    if (xs !== null && xs.length > 1) {
      // NumPy: coordinates with one constant difference are the scalar-spacing case.
      const h0 = xs[1] - xs[0];
      let same = true;
      for (let j = 2; j < xs.length && same; j++) same = xs[j] - xs[j - 1] === h0;
      if (same) {
        h = h0;
        xs = null;
      }
    }
    for (let base = 0; base < d.length; base += n) {
      if (xs === null) {
        for (let j = 1; j < n - 1; j++) out[base + j] = (d[base + j + 1] - d[base + j - 1]) / (2.0 * h);
        if (eo === 2) {
          out[base] = (-1.5 / h) * d[base] + (2.0 / h) * d[base + 1] + (-0.5 / h) * d[base + 2];
          out[base + n - 1] = (0.5 / h) * d[base + n - 3] + (-2.0 / h) * d[base + n - 2] + (1.5 / h) * d[base + n - 1];
        } else {
          out[base] = (d[base + 1] - d[base]) / h;
          out[base + n - 1] = (d[base + n - 1] - d[base + n - 2]) / h;
        }
      } else if (eo === 2) {
        for (let j = 1; j < n - 1; j++) {
          const h1 = xs[j] - xs[j - 1], h2 = xs[j + 1] - xs[j];
          const a = -h2 / (h1 * (h1 + h2)), b = (h2 - h1) / (h1 * h2), c = h1 / (h2 * (h1 + h2));
          out[base + j] = a * d[base + j - 1] + b * d[base + j] + c * d[base + j + 1];
        }
        let dx1 = xs[1] - xs[0], dx2 = xs[2] - xs[1];
        let a = -(2.0 * dx1 + dx2) / (dx1 * (dx1 + dx2)), b = (dx1 + dx2) / (dx1 * dx2), c = -dx1 / (dx2 * (dx1 + dx2));
        out[base] = a * d[base] + b * d[base + 1] + c * d[base + 2];
        dx1 = xs[n - 2] - xs[n - 3];
        dx2 = xs[n - 1] - xs[n - 2];
        a = dx2 / (dx1 * (dx1 + dx2));
        b = -(dx2 + dx1) / (dx1 * dx2);
        c = (2.0 * dx2 + dx1) / (dx2 * (dx1 + dx2));
        out[base + n - 1] = a * d[base + n - 3] + b * d[base + n - 2] + c * d[base + n - 1];
      } else {
        for (let j = 1; j < n - 1; j++) {
          const h1 = xs[j] - xs[j - 1], h2 = xs[j + 1] - xs[j];
          const a = -h2 / (h1 * (h1 + h2)), b = (h2 - h1) / (h1 * h2), c = h1 / (h2 * (h1 + h2));
          out[base + j] = a * d[base + j - 1] + b * d[base + j] + c * d[base + j + 1];
        }
        out[base] = (d[base + 1] - d[base]) / (xs[1] - xs[0]);
        out[base + n - 1] = (d[base + n - 1] - d[base + n - 2]) / (xs[n - 1] - xs[n - 2]);
      }
    }
    return copyArr(moveaxis(fromFlat(FLOAT, moved.$shape, out), -1, ax));
  });
  return outs.length === 1 ? outs[0] : tuple_of(outs);
}, 0, { varargs: true, varkw: true });

export const trapezoid = ND_SIG("trapezoid", ["y", "x", "dx", "axis"], function (y, x, dx, axis) {
  y = A(y);
  const nd = y.$shape.length, ax = normAxis(axis === undefined ? -1 : axis, nd), n = y.$shape[ax];
  let d;
  if (x === undefined || x === null) d = dx === undefined ? 1.0 : toNum(dx);
  else {
    d = diff(A(x));
    if (d.$shape.length === 1 && nd > 1) {
      const s = new Array(nd).fill(1);
      s[ax] = d.$shape[0];
      d = reshapeArr(d, s);
    }
  }
  const [lo, hi] = [splitImpl("t", y, [Math.max(n - 1, 0)], ax, false)[0], splitImpl("t", y, [1], ax, false)[1]];
  const terms = binary("true_divide", binary("multiply", d, binary("add", hi, lo)), 2.0);
  return reduceK("sum", terms, ax, false);
}, 3);
export const trapz = trapezoid;

// nan-aware statistics, as NumPy computes them: NaNs replaced (by 0 for sums) in place.
function nanMask(a) {
  a = copyArr(A(a), A(a).$dt === BOOL ? INT : A(a).$dt);
  const d = a.$data, mask = new Uint8Array(d.length);
  for (let i = 0; i < d.length; i++) if (d[i] !== d[i]) {
    d[i] = 0;
    mask[i] = 1;
  }
  return [a, fromFlat(BOOL, a.$shape.slice(), mask)];
}
function nanVar(a, axis, ddof, keepdims) {
  const [arr, mask] = nanMask(a);
  const cnt = reduceK("sum", unary("logical_not", mask), axis, true);
  const avg = binary("true_divide", reduceK("sum", arr, axis, true), cnt);
  const dev = binary("subtract", arr, avg), dd = dev.$data, md = mask.$data;
  for (let i = 0; i < dd.length; i++) if (md[i]) dd[i] = 0;
  const dof = binary("subtract", cnt, ddof), v = binary("true_divide", reduceK("sum", binary("multiply", dev, dev), axis, true), dof);
  // NumPy's nanvar: NaN where the degrees of freedom are not positive.
  for (let i = 0, vd = v.$data, od = A(dof).$data; i < vd.length; i++) if (od[i] <= 0) vd[i] = NaN;
  return keepdims ? v : axis === undefined || axis === null ? unscalar(reshapeArr(A(v), [])) : squeeze(v, axis);
}
export const nanvar = ND_SIG("nanvar", ["a", "axis", "dtype", "out", "ddof", "keepdims"], function (a, axis, dt, out, ddof, keepdims) { noOut("nanvar", out);
  return nanVar(a, axis, ddofArg(ddof), truthyArg(keepdims));
}, 5);
export const nanstd = ND_SIG("nanstd", ["a", "axis", "dtype", "out", "ddof", "keepdims"], function (a, axis, dt, out, ddof, keepdims) { noOut("nanstd", out);
  return unary("sqrt", nanVar(a, axis, ddofArg(ddof), truthyArg(keepdims)));
}, 5);
export const nanprod = ND_SIG("nanprod", ["a", "axis", "dtype", "out", "keepdims"], function (a, axis, dt, out, keepdims) { noOut("nanprod", out);
  const [arr, mask] = nanMask(a), d = arr.$data, md = mask.$data;
  for (let i = 0; i < d.length; i++) if (md[i]) d[i] = 1;
  return reduceK("prod", arr, axis, keepdims);
}, 4);
export const nancumsum = ND_SIG("nancumsum", ["a", "axis", "dtype", "out"], function (a, axis, $u2, out) { noOut("nancumsum", out);
  return reduceK("cumsum", nanMask(a)[0], axis, false);
}, 3);
export const nancumprod = ND_SIG("nancumprod", ["a", "axis", "dtype", "out"], function (a, axis, $u2, out) { noOut("nancumprod", out);
  const [arr, mask] = nanMask(a), d = arr.$data, md = mask.$data;
  for (let i = 0; i < d.length; i++) if (md[i]) d[i] = 1;
  return reduceK("cumprod", arr, axis, false);
}, 3);
function nanArg(name, fillv) {
  return ND_SIG(name, ["a", "axis", "out", "keepdims"], function (a, axis, out, keepdims) { noOut(name, out);
    if (sdNan(a)) a = a.$a;
    const c = copyArr(A(a)), d = c.$data;
    let m = null;
    for (let i = 0; i < d.length; i++) if (d[i] !== d[i]) {
      d[i] = fillv;
      (m ??= new Float64Array(d.length))[i] = 1;
    }
    // Any all-NaN slice along the axis raises (NumPy checks np.all(isnan(a), axis).any()).
    if (m !== null && flat(A(reduceK("min", fromFlat(FLOAT, c.$shape.slice(), m), axis, false))).some((v) => v === 1)) {
      throw ValueError("All-NaN slice encountered");
    }
    return name === "nanargmax" ? reduceK("argmax", c, axis, keepdims) : reduceK("argmin", c, axis, keepdims);
  }, 3);
}
export const nanargmax = nanArg("nanargmax", -Infinity);
export const nanargmin = nanArg("nanargmin", Infinity);
export const nanmedian = ND_SIG("nanmedian", ["a", "axis", "out", "overwrite_input", "keepdims"], function (a, axis, out, ow, keepdims) { noOut("nanmedian", out);
  a = A(a);
  const lane = (v) => {
    const s = Float64Array.from(v).filter((x) => x === x).sort();
    const m = s.length;
    if (m === 0) return NaN;
    return m % 2 ? s[(m - 1) >> 1] : (s[m / 2 - 1] + s[m / 2]) / 2;
  };
  if (axis === undefined || axis === null) {
    const r = scal(FLOAT, lane(flat(a)));
    return truthyArg(keepdims) ? fromFlat(FLOAT, a.$shape.map(() => 1), Float64Array.of(sval(r))) : r;
  }
  const nd = a.$shape.length, ax = normAxis(axis, nd);
  const moved = copyArr(moveaxis(copyArr(a, FLOAT), ax, -1)), n = a.$shape[ax], d = moved.$data;
  const outShape = moved.$shape.slice(0, -1), res = new Float64Array(numel(outShape));
  for (let i = 0; i < res.length; i++) res[i] = lane(d.subarray(i * n, (i + 1) * n));
  const r = fromFlat(FLOAT, outShape, res);
  return truthyArg(keepdims) ? expand_dims(r, ax) : unscalar(r);
}, 4);

export const kron = ND_SIG("kron", ["a", "b"], function (a, b) {
  a = A(a);
  b = A(b);
  if (a.$shape.length > 2 || b.$shape.length > 2) throw unsupported("kron of arrays with more than 2 dimensions");
  const nd = Math.max(a.$shape.length, b.$shape.length);
  const sa = a.$shape.slice(), sb = b.$shape.slice();
  while (sa.length < nd) sa.unshift(1);
  while (sb.length < nd) sb.unshift(1);
  if (nd === 1) return ravel(binary("multiply", reshapeArr(a, [sa[0], 1]), reshapeArr(b, [1, sb[0]])));
  const o = binary("multiply", reshapeArr(a, [sa[0], 1, sa[1], 1]), reshapeArr(b, [1, sb[0], 1, sb[1]]));
  return reshapeArr(o, [sa[0] * sb[0], sa[1] * sb[1]]);
});


// `np.tensordot` as NumPy computes it: both operands transposed and reshaped to 2-D, one `dot`
// (so the sums are the same BLAS-order sums as `dot`), the result reshaped.
export const tensordot = ND_SIG("tensordot", ["a", "b", "axes"], function (a, b, axes) {
  a = A(a);
  b = A(b);
  let axA, axB;
  if (axes === undefined) axes = 2;
  if (Array.isArray(axes) || axes instanceof Tuple || isArr(axes)) {
    const two = Array.from(isArr(axes) ? rows(axes) : arr(axes));
    if (two.length !== 2) throw ValueError("Axes must consist of two sequences.");
    const seq = (x) => (isArr(x) ? Array.from(flat(x)) : typeof x === "object" && x !== null && !isNpScalar(x) ? Array.from(arr(x), (v) => intArg(v)) : [intArg(x)]);
    [axA, axB] = [seq(two[0]), seq(two[1])];
  } else {
    const n = intArg(axes);
    if (n < 0) throw ValueError("Axes must be non-negative");
    axA = [...Array(n).keys()].map((k) => k - n);
    axB = [...Array(n).keys()];
  }
  const sa = a.$shape, sb = b.$shape, nda = sa.length, ndb = sb.length;
  let equal = axA.length === axB.length;
  if (equal) {
    for (let k = 0; k < axA.length; k++) {
      if (sa.at(axA[k]) !== sb.at(axB[k])) { equal = false; break; }
      if (axA[k] < 0) axA[k] += nda;
      if (axB[k] < 0) axB[k] += ndb;
    }
  }
  if (!equal) throw ValueError("shape-mismatch for sum");
  const notA = [...Array(nda).keys()].filter((k) => !axA.includes(k));
  const notB = [...Array(ndb).keys()].filter((k) => !axB.includes(k));
  const n2 = axA.reduce((p, ax) => p * sa[ax], 1);
  const at = reshapeArr(transposeArr(a, [...notA, ...axA]), [notA.reduce((p, ax) => p * sa[ax], 1), n2]);
  const bt = reshapeArr(transposeArr(b, [...axB, ...notB]), [n2, notB.reduce((p, ax) => p * sb[ax], 1)]);
  return reshapeArr(dotArr(at, bt), [...notA.map((ax) => sa[ax]), ...notB.map((ax) => sb[ax])]);
}, 1);

// `np.einsum(subscripts, *operands)`, NumPy's c_einsum (the default `optimize=False`): output
// labels explicit after `->` or, implicitly, the labels seen once in ASCII order after the
// broadcast `...` dimensions. One operand with nothing summed is a view (`'ij->ji'`, `'ii->i'`),
// as in NumPy. Sums run over the summed labels in row-major order one product at a time
// (NumPy's inner loops unroll, so float sums whose rounding depends on order may differ in the
// last bit; exact sums agree).
function einsumLabels(spec, nd, k) {
  const out = [];
  let ell = -1;
  for (let i = 0; i < spec.length; i++) {
    const c = spec[i];
    if (c === ".") {
      if (spec.slice(i, i + 3) !== "..." || ell >= 0) {
        throw ValueError(`einstein sum subscripts string contains a '.' that is not part of an ellipsis ('...') in ${k < 0 ? "the output" : `operand ${k}`}`);
      }
      ell = out.length;
      out.push("...");
      i += 2;
    } else if (/[A-Za-z]/.test(c)) out.push(c);
    else if (c !== " ") throw ValueError(`invalid subscript '${c}' in einstein sum subscripts string, subscripts must be letters`);
  }
  if (k < 0) return out;
  const named = out.length - (ell >= 0 ? 1 : 0);
  if (named > nd) throw ValueError(`einstein sum subscripts string contains too many subscripts for operand ${k}`);
  if (ell < 0 && named < nd) {
    throw ValueError("operand has more dimensions than subscripts given in einstein sum, but no '...' ellipsis provided to broadcast the extra dimensions.");
  }
  // Expand `...` into one pseudo-label per broadcast dimension, right-aligned ("0" is the last).
  if (ell >= 0) {
    const m = nd - named, dims = [];
    for (let j = m - 1; j >= 0; j--) dims.push(String(j));
    out.splice(ell, 1, ...dims);
  }
  return out;
}

/** x86-64 NumPy's SSE2 `sum_of_arr`: two lanes, blocks of four vectors summed pairwise. */
function einsumSumArr(d, off, n) {
  let l0 = 0, l1 = 0, i = 0;
  for (; n - i >= 8; i += 8) {
    const p = off + i;
    l0 = (d[p] + d[p + 2] + (d[p + 4] + d[p + 6])) + l0;
    l1 = (d[p + 1] + d[p + 3] + (d[p + 5] + d[p + 7])) + l1;
  }
  for (; i < n; i += 2) {
    l0 = d[off + i] + l0;
    l1 = (i + 1 < n ? d[off + i + 1] : 0) + l1;
  }
  return l0 + l1;
}
/** Its `sum_of_products_contig_contig_outstride0_two`: multiply then add, last product first. */
function einsumDot(a, oa, b, ob, n) {
  let l0 = 0, l1 = 0, i = 0;
  for (; n - i >= 8; i += 8) {
    const p = oa + i, q = ob + i;
    l0 = a[p] * b[q] + (a[p + 2] * b[q + 2] + (a[p + 4] * b[q + 4] + (a[p + 6] * b[q + 6] + l0)));
    l1 = a[p + 1] * b[q + 1] + (a[p + 3] * b[q + 3] + (a[p + 5] * b[q + 5] + (a[p + 7] * b[q + 7] + l1)));
  }
  for (; i < n; i += 2) {
    l0 = a[oa + i] * b[ob + i] + l0;
    l1 = (i + 1 < n ? a[oa + i + 1] * b[ob + i + 1] : 0) + l1;
  }
  return l0 + l1;
}

/**
 * NumPy's c_einsum loop for float64 operands (no casting, so the iterator never buffers): the
 * iteration axes sorted as npyiter_find_best_axis_ordering does over the inputs' strides, the
 * output allocated in that order (summed axes stride 0), adjacent axes coalesced, then per
 * outer index the inner-loop kernel einsum_sumprod picks from the inner strides. Returns the
 * output array with NumPy's strides.
 */
function einsumF64(ops, strides, iterShape, no) {
  const nd = iterShape.length, nops = ops.length;
  const perm = [];
  for (let i = nd - 1; i >= 0; i--) perm.push(i); // perm[0]: the innermost iteration axis
  for (let i0 = 1; i0 < nd; i0++) {
    let ipos = i0;
    const j0 = perm[i0];
    for (let i1 = i0 - 1; i1 >= 0; i1--) {
      let ambig = true, swap = false;
      const j1 = perm[i1];
      for (let q = 0; q < nops; q++) {
        const s0 = strides[q][j0], s1 = strides[q][j1];
        if (s0 !== 0 && s1 !== 0) {
          if (Math.abs(s1) <= Math.abs(s0)) swap = false;
          else if (ambig) swap = true;
          ambig = false;
        }
      }
      if (!ambig) {
        if (swap) ipos = i1;
        else break;
      }
    }
    if (ipos !== i0) {
      for (let k = i0; k > ipos; k--) perm[k] = perm[k - 1];
      perm[ipos] = j0;
    }
  }
  // The output, allocated C-like in the iterator's order.
  const ost = new Array(nd).fill(0);
  let run = 1;
  for (const ax of perm) {
    if (ax < no) {
      ost[ax] = run;
      run *= iterShape[ax];
    }
  }
  const nOut = run, outData = new Float64Array(nOut);
  // Axis data innermost first: [shape, strides of each input, output stride].
  let axes = perm.map((ax) => ({ n: iterShape[ax], s: [...strides.map((st) => st[ax]), ost[ax]] }));
  const coalesced = [];
  for (const ax of axes) {
    const prev = coalesced[coalesced.length - 1];
    if (prev !== undefined && prev.s.every((s0, k) => (prev.n === 1 && s0 === 0) || (ax.n === 1 && ax.s[k] === 0) || s0 * prev.n === ax.s[k])) {
      prev.n *= ax.n;
      prev.s = prev.s.map((s0, k) => (s0 === 0 ? ax.s[k] : s0));
    } else coalesced.push({ n: ax.n, s: ax.s.slice() });
  }
  axes = coalesced;
  const inner = axes[0] ?? { n: 1, s: new Array(nops + 1).fill(0) };
  const outer = axes.slice(1);
  const n = inner.n, is = inner.s, so = is[nops];
  const datas = ops.map((a) => a.$data);
  const ptr = new Array(nops + 1);
  const idx = new Array(outer.length).fill(0);
  const total = outer.reduce((p, a) => p * a.n, 1);
  const kind = (s) => (s === 0 ? 0 : s === 1 ? 1 : 2);
  for (let t = 0; t < total && n > 0; t++) {
    for (let q = 0; q <= nops; q++) {
      let p = q < nops ? ops[q].$off : 0;
      for (let k = 0; k < outer.length; k++) p += idx[k] * outer[k].s[q];
      ptr[q] = p;
    }
    const po = ptr[nops];
    if (nops === 1 && is[0] === 1 && so === 0) outData[po] = einsumSumArr(datas[0], ptr[0], n) + outData[po];
    else if (nops === 2 && so === 0 && kind(is[0]) === 0 && kind(is[1]) === 1) {
      outData[po] = outData[po] + datas[0][ptr[0]] * einsumSumArr(datas[1], ptr[1], n);
    } else if (nops === 2 && so === 0 && kind(is[0]) === 1 && kind(is[1]) === 0) {
      outData[po] = outData[po] + einsumSumArr(datas[0], ptr[0], n) * datas[1][ptr[1]];
    } else if (nops === 2 && so === 0 && is[0] === 1 && is[1] === 1) {
      outData[po] = outData[po] + einsumDot(datas[0], ptr[0], datas[1], ptr[1], n);
    } else if (so === 0) {
      let acc = 0;
      for (let i = 0; i < n; i++) {
        let prod = datas[0][ptr[0] + i * is[0]];
        for (let q = 1; q < nops; q++) prod *= datas[q][ptr[q] + i * is[q]];
        acc += prod;
      }
      outData[po] = acc + outData[po];
    } else {
      for (let i = 0; i < n; i++) {
        let prod = datas[0][ptr[0] + i * is[0]];
        for (let q = 1; q < nops; q++) prod *= datas[q][ptr[q] + i * is[q]];
        outData[po + i * so] = prod + outData[po + i * so];
      }
    }
    for (let k = 0; k < outer.length; k++) {
      if (++idx[k] < outer[k].n) break;
      idx[k] = 0;
    }
  }
  return mk(FLOAT, iterShape.slice(0, no), ost.slice(0, no), 0, outData);
}

export const einsum = ND_SIG("einsum", [], function (spec, ...rest) {
  const k = kw(rest);
  for (const [name, v] of k) {
    if (name === "optimize" || ((name === "dtype" || name === "out" || name === "order" || name === "casting") && (v === null || v === undefined))) continue;
    if (name === "order" || name === "casting") continue;
    throw unsupported(`einsum with ${name}=`);
  }
  if (typeof spec !== "string" && !(spec instanceof String)) {
    // The interleaved form einsum(op0, sublist0, op1, sublist1, ..., [sublist_out]): axis labels
    // 0-25 are 'A'-'Z' and 26-51 'a'-'z' in NumPy's subscripts string.
    const all = [spec, ...rest], ops = [], subs = [];
    const lab = (sub) => Array.from(sub, (x) => {
      if (x === Ellipsis) return "...";
      const v = sval(x);
      if (!Number.isInteger(v) || v < 0 || v >= 52) throw ValueError("subscript is not within the valid range [0, 52)");
      return String.fromCharCode(v < 26 ? 65 + v : 71 + v);
    }).join("");
    let i = 0;
    for (; i + 1 < all.length; i += 2) {
      ops.push(all[i]);
      subs.push(lab(all[i + 1]));
    }
    spec = subs.join(",") + (i < all.length ? "->" + lab(all[i]) : "");
    rest = ops;
  }
  spec = String(spec);
  const ops = rest.map((x) => A(x));
  for (const a of ops) if (a.$dt !== BOOL && a.$dt !== INT && a.$dt !== FLOAT) throw unsupported("einsum of this dtype");
  const arrow = spec.indexOf("->");
  const lhs = arrow >= 0 ? spec.slice(0, arrow) : spec;
  const parts = lhs.split(",");
  // (NumPy's two messages are worded the other way round from what happened: kept verbatim.)
  if (parts.length < ops.length) throw ValueError("fewer operands provided to einstein sum function than specified in the subscripts string");
  if (parts.length > ops.length) throw ValueError("more operands provided to einstein sum function than specified in the subscripts string");
  const labels = parts.map((p, i) => einsumLabels(p, ops[i].$shape.length, i));
  // Sizes per label (broadcast dims of `...` broadcast against each other; 1 stretches).
  const size = new Map();
  let nEll = 0;
  for (let i = 0; i < ops.length; i++) {
    const L = labels[i], sh = ops[i].$shape;
    const seen = new Map();
    for (let d = 0; d < L.length; d++) {
      const c = L[d];
      if (/[0-9]/.test(c)) nEll = Math.max(nEll, +c + 1);
      if (seen.has(c) && seen.get(c) !== sh[d]) {
        throw ValueError(`dimensions in single operand for collapsing index '${c}' don't match (${seen.get(c)} != ${sh[d]})`);
      }
      seen.set(c, sh[d]);
    }
  }
  // Output labels.
  let outL;
  if (arrow >= 0) {
    const o = einsumLabels(spec.slice(arrow + 2), 0, -1);
    outL = [];
    for (const c of o) {
      if (c === "...") {
        for (let j = nEll - 1; j >= 0; j--) outL.push(String(j));
        continue;
      }
      if (outL.includes(c)) throw ValueError(`einstein sum subscripts string includes output subscript '${c}' multiple times`);
      if (!labels.some((L) => L.includes(c))) throw ValueError(`einstein sum subscripts string included output subscript '${c}' which never appeared in an input`);
      outL.push(c);
    }
    // Without `...` in the output, broadcast dimensions are summed over (NumPy allows it only
    // when they are all of length 1 or absent; summing is what it does in that case).
    if (!o.includes("...")) {
      for (const L of labels) {
        if (L.some((c) => /[0-9]/.test(c))) throw unsupported("einsum with '...' in the inputs but not in the output");
      }
    }
  } else {
    const counts = new Map();
    for (const L of labels) for (const c of L) counts.set(c, (counts.get(c) ?? 0) + 1);
    outL = [];
    for (let j = nEll - 1; j >= 0; j--) outL.push(String(j));
    const once = [...counts.keys()].filter((c) => /[A-Za-z]/.test(c) && counts.get(c) === 1).sort();
    outL.push(...once);
  }
  const sumL = [];
  for (const L of labels) for (const c of L) if (!outL.includes(c) && !sumL.includes(c)) sumL.push(c);
  sumL.sort();
  const iterL = [...outL, ...sumL];
  // Label sizes, broadcasting 1s; a mismatch is NumPy's nditer message.
  let bad = false;
  for (let i = 0; i < ops.length; i++) {
    const L = labels[i], sh = ops[i].$shape;
    for (let d = 0; d < L.length; d++) {
      const c = L[d], n = sh[d];
      if (!size.has(c) || size.get(c) === 1) size.set(c, n);
      else if (n !== 1 && n !== size.get(c)) bad = true;
    }
  }
  if (bad) {
    const s = (sh) => `(${sh.join(",")}${sh.length === 1 ? "," : ""})`;
    const parts2 = ops.map((a, i) => {
      const L = labels[i];
      const remap = iterL.map((c) => {
        const ds = L.map((x, d) => (x === c ? d : -1)).filter((d) => d >= 0);
        return ds.length ? a.$shape[ds[0]] : -1;
      });
      return `${s(a.$shape)}->${shapeStrC(remap)} `;
    });
    throw ValueError("operands could not be broadcast together with remapped shapes [original->remapped]: " + parts2.join(""));
  }
  const dt = ops.reduce((m, a) => Math.max(m, a.$dt), 0);
  const outShape = outL.map((c) => size.get(c));
  // Per operand, the stride of each iteration label (summed over repeated labels: a diagonal).
  const strides = ops.map((a, i) => iterL.map((c) => {
    let st = 0;
    labels[i].forEach((x, d) => {
      if (x === c && a.$shape[d] !== 1) st += a.$strides[d];
    });
    return st;
  }));
  if (ops.length === 1 && sumL.length === 0) {
    const a = ops[0];
    return viewOf(a, mk(a.$dt, outShape, strides[0], a.$off, a.$data));
  }
  if (ops.every((a) => a.$dt === FLOAT)) {
    const r = einsumF64(ops, strides, iterL.map((c) => size.get(c)), outL.length);
    return outL.length === 0 ? scal(FLOAT, r.$data[0]) : r;
  }
  const sumShape = sumL.map((c) => size.get(c));
  const nOut = numel(outShape), nSum = numel(sumShape), no = outL.length, ns = sumL.length;
  const out = new Float64Array(nOut);
  const oIdx = new Array(no).fill(0), sIdx = new Array(ns).fill(0);
  const nops = ops.length;
  const base = new Array(nops);
  for (let o = 0; o < nOut; o++) {
    for (let q = 0; q < nops; q++) {
      let off = ops[q].$off;
      for (let d = 0; d < no; d++) off += oIdx[d] * strides[q][d];
      base[q] = off;
    }
    let acc = 0; // NumPy adds every product into a zeroed output
    sIdx.fill(0);
    for (let s = 0; s < nSum; s++) {
      let prod = 1;
      for (let q = 0; q < nops; q++) {
        let off = base[q];
        for (let d = 0; d < ns; d++) off += sIdx[d] * strides[q][no + d];
        prod = q === 0 ? ops[q].$data[off] : prod * ops[q].$data[off];
      }
      acc += prod;
      for (let d = ns - 1; d >= 0; d--) {
        if (++sIdx[d] < sumShape[d]) break;
        sIdx[d] = 0;
      }
    }
    out[o] = dt === BOOL ? (acc !== 0 ? 1 : 0) : acc;
    for (let d = no - 1; d >= 0; d--) {
      if (++oIdx[d] < outShape[d]) break;
      oIdx[d] = 0;
    }
  }
  if (no === 0) return scal(dt, out[0]);
  return fromFlat(dt, outShape, dt === BOOL ? Uint8Array.from(out) : out);
}, 0, { varargs: true, varkw: true });

export const lib = { stride_tricks: { sliding_window_view } };

// `np.select`: the first true condition picks its choice, `default` elsewhere (NumPy applies
// `where` from the last condition to the first).
export const select = ND_SIG("select", ["condlist", "choicelist", "default"], function (condlist, choicelist, dflt) {
  const conds = Array.from(isArr(condlist) ? rows(condlist) : arr(condlist));
  const choices = Array.from(isArr(choicelist) ? rows(choicelist) : arr(choicelist));
  if (conds.length !== choices.length) throw ValueError("list of cases must be same length as list of conditions");
  if (conds.length === 0) throw ValueError("select with an empty condition list is not possible");
  const cs = conds.map((c, i) => {
    const ca = A(c);
    if (ca.$dt !== BOOL) throw TypeError(`invalid entry ${i} in condlist: should be boolean ndarray`);
    return ca;
  });
  // String choices with a number default: NumPy finds no common DType.
  const dk = dflt === undefined ? INT : isArr(dflt) || isNpScalar(dflt) ? -1 : skind(dflt);
  if (dk > BOOL && STRH.sd !== null && choices.every((c) => SW(c)?.$sd?.kind === "U")) {
    const dn = dk === FLOAT ? "_PyFloat" : "_PyLong";
    const all = [...choices.map(() => "StrDType"), `${dn}DType`].map((n) => `<class 'numpy.dtypes.${n}'>`).join(", ");
    throw TypeError(`Choicelist and default value do not have a common dtype: The DType <class 'numpy.dtypes.${dn}DType'> could not be promoted by <class 'numpy.dtypes.StrDType'>. This means that no common DType exists for the given inputs. For example they cannot be stored in a single array unless the dtype is \`object\`. The full list of DTypes is: (${all})`);
  }
  let r = A(dflt === undefined ? 0 : dflt);
  for (let i = cs.length - 1; i >= 0; i--) r = where(cs[i], choices[i], r);
  return isArr(r) || r?.$a !== undefined ? r : A(r);
}, 1);

// `np.extract(condition, arr)`: the elements of the flattened `arr` where the flattened condition is true.
export const extract = ND_SIG("extract", ["condition", "arr"], function (cond, a) {
  a = ravel(A(a));
  const idx = nonzeroArrays(ravel(A(cond)))[0];
  return getitem(a, idx);
});

// `np.mgrid[...]` / `np.ogrid[...]` (NumPy's `nd_grid`): a slice gives `arange`; a tuple of slices
// gives the dense grids (mgrid, one array of shape (k, n1, ..., nk)) or the open ones (ogrid, a
// tuple of broadcastable arrays), each value `index * step + start`. Complex steps (a point
// count) are not supported.
function ndGridSlices(key, sparse) {
  if (key instanceof PySlice) {
    const n = (x) => (x === null || x === undefined ? undefined : x);
    if (key.step !== null && skind(key.step) < 0) throw unsupported(`${sparse ? "ogrid" : "mgrid"} with a complex step`);
    return arange(key.start ?? 0, n(key.stop), n(key.step));
  }
  const keys = key instanceof Tuple ? Array.from(key) : null;
  if (keys === null || keys.some((k) => !(k instanceof PySlice))) throw unsupported(`${sparse ? "ogrid" : "mgrid"}[...] with something other than slices`);
  let allInt = true;
  const parts = keys.map((k) => {
    const start = k.start ?? 0, step = k.step ?? 1, stop = k.stop;
    for (const x of [start, stop, step]) {
      const kind = skind(x);
      if (kind < 0) throw x === null ? TypeError("unsupported operand type(s) for -: 'NoneType' and 'int'") : unsupported(`${sparse ? "ogrid" : "mgrid"} with a complex step`);
      if (kind !== INT && kind !== BOOL) allInt = false;
    }
    const size = Math.ceil((sval(stop) - sval(start)) / sval(step));
    return { start: sval(start), step: sval(step), size: size > 0 ? size : 0 };
  });
  const dt = allInt ? INT : FLOAT, nd = parts.length, sizes = parts.map((p) => p.size);
  if (sparse) {
    return tuple_of(parts.map((p, k) => {
      const out = new Float64Array(p.size);
      for (let i = 0; i < p.size; i++) out[i] = i * p.step + p.start;
      return fromFlat(dt, sizes.map((d, j) => (j === k ? d : 1)), out);
    }));
  }
  const total = sizes.reduce((a, b) => a * b, 1), out = new Float64Array(nd * total);
  const strides = cstrides(sizes);
  for (let k = 0; k < nd; k++) {
    const { start, step, size } = parts[k], st = strides[k];
    for (let i = 0; i < total; i++) out[k * total + i] = (Math.floor(i / st) % size) * step + start;
  }
  return fromFlat(dt, [nd, ...sizes], out);
}
const ND_GRID = mkclass("nd_grid", [], (C) => {
  C.__module__ = "numpy.lib._index_tricks_impl";
});
const MGRID = mkclass("MGridClass", [ND_GRID], (C) => {
  C.__module__ = "numpy.lib._index_tricks_impl";
  C.__getitem__ = function (key) {
    return ndGridSlices(key, false);
  };
});
const OGRID = mkclass("OGridClass", [ND_GRID], (C) => {
  C.__module__ = "numpy.lib._index_tricks_impl";
  C.__getitem__ = function (key) {
    return ndGridSlices(key, true);
  };
});
export const mgrid = Object.create(MGRID);
export const ogrid = Object.create(OGRID);

// `np.histogramdd` / `np.histogram2d` as NumPy bins: per dimension `linspace` edges over the
// data (or `range`), a sample's bin by `searchsorted(edges, v, side="right")`, values on the
// last edge counted in the last bin, outliers dropped; float counts.
function outerEdges(col, rng) {
  let lo, hi;
  if (rng !== undefined && rng !== null) {
    [lo, hi] = Array.from(arr(rng), (v) => toNum(v));
    if (lo > hi) throw ValueError("max must be larger than min in range parameter.");
    if (!Number.isFinite(lo) || !Number.isFinite(hi)) throw ValueError(`supplied range of [${repr(mkfloat(lo))}, ${repr(mkfloat(hi))}] is not finite`);
  } else if (col.length === 0) [lo, hi] = [0, 1];
  else {
    lo = Infinity;
    hi = -Infinity;
    for (const v of col) {
      if (v !== v) { lo = hi = NaN; break; }
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    if (!Number.isFinite(lo) || !Number.isFinite(hi)) throw ValueError(`autodetected range of [${repr(mkfloat(lo))}, ${repr(mkfloat(hi))}] is not finite`);
  }
  if (lo === hi) [lo, hi] = [lo - 0.5, hi + 0.5];
  return [lo, hi];
}
function histogramddImpl(cols, bins, range, density, weights) {
  const D = cols.length, n = cols[0].length;
  const binsList = skind(bins) >= 0 ? Array(D).fill(bins) : Array.from(arr(bins));
  if (binsList.length !== D) throw ValueError("The dimension of bins must be equal to the dimension of the sample x.");
  const rangeList = range === undefined || range === null ? Array(D).fill(null) : Array.from(arr(range));
  if (rangeList.length !== D) throw ValueError("range argument must have one entry per dimension");
  const edges = [], nbin = [];
  for (let i = 0; i < D; i++) {
    const b = binsList[i];
    if (skind(b) >= 0) {
      const k = intArg(b);
      if (k < 1) throw ValueError(`\`bins[${i}]\` must be positive, when an integer`);
      const [lo, hi] = outerEdges(cols[i], rangeList[i]);
      edges.push(copyArr(A(linspace(mkfloat(lo), mkfloat(hi), k + 1)), FLOAT));
    } else {
      const e = A(b), f = flat(e);
      for (let j = 1; j < f.length; j++) if (f[j - 1] > f[j]) throw ValueError(`\`bins[${i}]\` must be monotonically increasing, when an array`);
      edges.push(e);
    }
    nbin.push(edges[i].$size + 1);
  }
  const total = nbin.reduce((p, q) => p * q, 1), hist = new Float64Array(total);
  const w = weights === undefined || weights === null ? null : flat(copyArr(ravel(A(weights)), FLOAT));
  const cs = cstrides(nbin);
  const ef = edges.map((e) => flat(copyArr(e, FLOAT)));
  for (let s = 0; s < n; s++) {
    let pos = 0;
    for (let i = 0; i < D; i++) {
      const e = ef[i], v = cols[i][s];
      // searchsorted side="right": the number of edges <= v (NaN sorts last).
      let lo = 0, hi = e.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (v !== v ? e[mid] === e[mid] || e[mid] !== e[mid] : e[mid] <= v) lo = mid + 1;
        else hi = mid;
      }
      let idx = lo;
      if (v === e[e.length - 1]) idx -= 1;
      pos += idx * cs[i];
    }
    hist[pos] += w === null ? 1 : w[s];
  }
  let h = getitem(fromFlat(FLOAT, nbin, hist), tuple_of(nbin.map((m) => new PySlice(1, m - 1, null))));
  h = copyArr(h);
  if (density !== undefined && density !== null && truthyArg(density)) {
    const sum = sval(reduceK("sum", h, null, false));
    for (let i = 0; i < D; i++) {
      const shape = Array(D).fill(1);
      shape[i] = nbin[i] - 2;
      h = binary("divide", h, reshapeArr(diff(edges[i]), shape));
    }
    h = binary("divide", h, sum);
  }
  return [h, edges];
}
export const histogramdd = ND_SIG("histogramdd", ["sample", "bins", "range", "density", "weights"], function (sample, bins, range, density, weights) {
  let cols;
  if (isArr(sample)) {
    const a = copyArr(sample, FLOAT);
    if (a.$shape.length !== 2) throw unsupported("histogramdd of a sample that is not (N, D)");
    const [N, D] = a.$shape, d = flat(a);
    cols = Array.from({ length: D }, (_, j) => Float64Array.from({ length: N }, (_, i) => d[i * D + j]));
  } else cols = Array.from(arr(sample), (c) => flat(copyArr(ravel(A(c)), FLOAT)));
  const [h, edges] = histogramddImpl(cols, bins === undefined ? 10 : bins, range, density, weights);
  return tuple_of([h, edges]);
}, 4);
export const histogram2d = ND_SIG("histogram2d", ["x", "y", "bins", "range", "density", "weights"], function (x, y, bins, range, density, weights) {
  if (bins === undefined) bins = 10;
  if (skind(bins) < 0) {
    const b = Array.from(isArr(bins) ? rows(bins) : arr(bins));
    if (b.length !== 1 && b.length !== 2) bins = [A(bins), A(bins)];
  }
  const xs = flat(copyArr(ravel(A(x)), FLOAT)), ys = flat(copyArr(ravel(A(y)), FLOAT));
  if (xs.length !== ys.length) throw ValueError("x and y must have the same length.");
  const [h, edges] = histogramddImpl([xs, ys], bins, range, density, weights);
  return tuple_of([h, edges[0], edges[1]]);
}, 4);

// ============================================================================ index tricks
// `np.r_[...]` / `np.c_[...]` (NumPy's AxisConcatenator): slices become `arange`s, scalars and
// sequences arrays, all cast to one dtype and concatenated (r_: along axis 0, at least 1-D;
// c_: along the last axis, at least 2-D with 1-D items as columns). String directives and
// complex (point-count) steps are not supported.
function axisConcat(key, rowMode) {
  const items = key instanceof Tuple ? Array.from(key) : [key];
  const objs = [];
  let dt = -1;
  for (const item of items) {
    let a;
    if (typeof item === "string") throw unsupported(`${rowMode ? "r_" : "c_"}[...] with a string directive`);
    if (item instanceof PySlice) {
      if (item.step !== null && skind(item.step) < 0) throw unsupported(`${rowMode ? "r_" : "c_"}[...] with a complex step`);
      a = arange(item.start ?? 0, item.stop, item.step ?? 1);
      if (!rowMode) a = reshapeArr(a, [a.$size, 1]);
      dt = Math.max(dt, a.$dt);
    } else if (skind(item) >= 0 && !isArr(item)) {
      a = A(item);
      a = reshapeArr(a, rowMode ? [1] : [1, 1]);
      // With only bool/int64/float64, NumPy's result_type of the items is the highest kind.
      dt = Math.max(dt, a.$dt);
    } else {
      a = A(item);
      const nd = a.$shape.length;
      if (rowMode) {
        if (nd === 0) a = reshapeArr(a, [1]);
      } else if (nd === 0) a = reshapeArr(a, [1, 1]);
      else if (nd === 1) a = reshapeArr(a, [a.$size, 1]);
      dt = Math.max(dt, a.$dt);
    }
    objs.push(a);
  }
  if (objs.length === 0) return fromFlat(FLOAT, [0], new Float64Array(0));
  const cast = objs.map((o) => (o.$dt === dt ? o : copyArr(o, dt)));
  return concatenateList(cast, rowMode ? 0 : cast[0].$shape.length - 1);
}
const AXIS_CONCAT = mkclass("AxisConcatenator", [], (C) => {
  C.__module__ = "numpy.lib._index_tricks_impl";
});
const RCLASS = mkclass("RClass", [AXIS_CONCAT], (C) => {
  C.__module__ = "numpy.lib._index_tricks_impl";
  C.__getitem__ = function (key) {
    return axisConcat(key, true);
  };
});
const CCLASS = mkclass("CClass", [AXIS_CONCAT], (C) => {
  C.__module__ = "numpy.lib._index_tricks_impl";
  C.__getitem__ = function (key) {
    return axisConcat(key, false);
  };
});
export const r_ = Object.create(RCLASS);
export const c_ = Object.create(CCLASS);

/** The fancy index `arr[...]` of take/put_along_axis: `indices` on `axis`, aranges elsewhere. */
function alongAxisIndex(arr, indices, axis) {
  const nd = arr.$shape.length;
  if (indices.$dt === FLOAT || indices.$dt === BOOL) throw IndexError("`indices` must be an integer array");
  if (indices.$shape.length !== nd) throw ValueError("`indices` and `arr` must have the same number of dimensions");
  const ax = normAxis(axis, nd);
  const parts = [];
  for (let d = 0; d < nd; d++) {
    if (d === ax) parts.push(indices);
    else {
      const shape = arr.$shape.map((_, j) => (j === d ? arr.$shape[d] : 1));
      parts.push(fromFlat(INT, shape, Float64Array.from({ length: arr.$shape[d] }, (_, i) => i)));
    }
  }
  return tuple_of(parts);
}
export const take_along_axis = ND_SIG("take_along_axis", ["arr", "indices", "axis"], function (arr, indices, axis) {
  arr = A(arr);
  indices = A(indices);
  if (axis === null) {
    if (indices.$shape.length !== 1) throw ValueError("when axis=None, `indices` must have a single dimension.");
    return take_along_axis(ravel(arr), indices, 0);
  }
  return getitem(arr, alongAxisIndex(arr, indices, axis));
});
export const put_along_axis = ND_SIG("put_along_axis", ["arr", "indices", "values", "axis"], function (arr, indices, values, axis) {
  if (!isArr(arr)) throw TypeError("put_along_axis needs an ndarray");
  indices = A(indices);
  if (axis === null) {
    if (indices.$shape.length !== 1) throw ValueError("when axis=None, `indices` must have a single dimension.");
    if (!isC(arr)) throw unsupported("put_along_axis(axis=None) on a non-contiguous array");
    setitem(ravel(arr), alongAxisIndex(ravel(arr), indices, 0), values);
    return null;
  }
  setitem(arr, alongAxisIndex(arr, indices, axis), values);
  return null;
});

/** `np.indices(dimensions)`: the index grids, one per dimension (shape (N, *dimensions)). */
export const indices = ND_SIG("indices", ["dimensions", "dtype", "sparse"], function (dims, dt, sparse) {
  if (sparse !== undefined && sparse !== null && truthyArg(sparse)) throw unsupported("indices(sparse=True)");
  const shape = shapeArg(dims), nd = shape.length, total = numel(shape), cs = cstrides(shape);
  const out = new Float64Array(nd * total);
  for (let k = 0; k < nd; k++) for (let i = 0; i < total; i++) out[k * total + i] = Math.floor(i / cs[k]) % shape[k];
  const r = fromFlat(INT, [nd, ...shape], out);
  const d = dtArg(dt);
  return d !== undefined && d !== INT ? copyArr(r, d) : r;
}, 2);
/** `np.fromfunction(f, shape, dtype=float, **kw)`: `f(*np.indices(shape, dtype), **kw)`. */
export const fromfunction = ND_SIG("fromfunction", [], function (f, shape, ...rest) {
  const k = kw(rest);
  if (rest.length) throw TypeError(`fromfunction() takes 2 positional arguments but ${2 + rest.length} were given`);
  let dt = FLOAT;
  if (k.has("dtype")) {
    dt = dtArg(k.get("dtype")) ?? FLOAT;
    k.delete("dtype");
  }
  if (k.has("like")) throw unsupported("fromfunction(like=...)");
  const args = rows(copyArr(indices(shape), dt));
  return k.size ? callkw(f, args, k) : f(...args);
}, 0, { varargs: true, varkw: true });
export const diag_indices = ND_SIG("diag_indices", ["n", "ndim"], function (n, ndim) {
  n = intArg(n);
  const k = ndim === undefined ? 2 : intArg(ndim);
  const idx = fromFlat(INT, [n], Float64Array.from({ length: n }, (_, i) => i));
  return tuple_of(Array.from({ length: k }, () => idx));
}, 1);
export const diag_indices_from = ND_SIG("diag_indices_from", ["arr"], function (arr) {
  arr = A(arr);
  if (arr.$shape.length < 2) throw ValueError("input array must be at least 2-d");
  if (arr.$shape.some((d) => d !== arr.$shape[0])) throw ValueError("All dimensions of input must be of equal length");
  return diag_indices(arr.$shape[0], arr.$shape.length);
});
/** `np.tri(N, M=None, k=0, dtype=float)`: ones at and below the k-th diagonal. */
export const tri = ND_SIG("tri", ["N", "M", "k", "dtype"], function (n, m, k, dt) {
  n = intArg(n);
  m = m === undefined || m === null ? n : intArg(m);
  k = k === undefined ? 0 : intArg(k);
  const d = dtArg(dt) ?? FLOAT, out = newData(d, n * m);
  for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) out[i * m + j] = j - i <= k ? 1 : 0;
  return fromFlat(d, [n, m], out);
}, 3);
export const compress = ND_SIG("compress", ["condition", "a", "axis", "out"], function (cond, a, axis, out) {
  noOut("compress", out);
  a = A(a);
  const c = ravel(A(cond));
  const nd = a.$shape.length;
  const src = axis === undefined || axis === null ? ravel(a) : a;
  const ax = axis === undefined || axis === null ? 0 : normAxis(axis, nd);
  const n = src.$shape[ax], cf = flat(c);
  if (cf.length > n) throw IndexError(`index ${n} is out of bounds for axis ${ax} with size ${n}`);
  const keep = [];
  for (let i = 0; i < cf.length; i++) if (cf[i] !== 0) keep.push(i);
  const idx = fromFlat(INT, [keep.length], Float64Array.from(keep));
  return take(src, idx, ax);
}, 2);
export const trim_zeros = ND_SIG("trim_zeros", ["filt", "trim"], function (filt, trim) {
  const a = A(filt);
  if (a.$shape.length !== 1) throw unsupported("trim_zeros of a non-1-D array");
  const t = trim === undefined ? "fb" : String(trim).toLowerCase();
  const f = flat(a);
  let lo = 0, hi = f.length;
  if (t.includes("f")) while (lo < hi && f[lo] === 0) lo++;
  if (t.includes("b")) while (hi > lo && f[hi - 1] === 0) hi--;
  return getitem(a, new PySlice(lo, hi, null));
}, 1);

// ============================================================================ poly1d
// `np.poly1d` and the coefficient-array functions it uses (numpy/lib/_polynomial_impl.py).

const atl1 = (x) => (isPoly(x) ? x.coeffs : (x = A(x)).$shape.length === 0 ? reshapeArr(x, [1]) : x);
const isPoly = (x) => x != null && (typeof x === "object" || typeof x === "function") && x.$poly1d === true && x !== POLY1D;
const polyOut = (truepoly, v) => (truepoly ? poly1d(v) : v);

export const poly = ND_SIG("poly", ["seq_of_zeros"], function (z) {
  let a = atl1(z);
  const sh = a.$shape;
  if (sh.length === 2 && sh[0] === sh[1] && sh[0] !== 0) a = linalg.eigvals(a);
  else if (sh.length !== 1) throw ValueError("input must be 1d or non-empty square 2d array.");
  const zs = flat(copyArr(a, FLOAT));
  if (zs.length === 0) return mkfloat(1.0);
  let r = fromFlat(FLOAT, [1], Float64Array.of(1));
  for (const zero of zs) r = convolve(r, fromFlat(FLOAT, [2], Float64Array.of(1, -zero)), "full");
  return r;
});
export const polydiv = ND_SIG("polydiv", ["u", "v"], function (u, v) {
  const truepoly = isPoly(u) || isPoly(v);
  const U = flat(copyArr(atl1(u), FLOAT)), V = flat(copyArr(atl1(v), FLOAT));
  const m = U.length - 1, n = V.length - 1, scale = 1.0 / V[0];
  const q = new Float64Array(Math.max(m - n + 1, 1)), r = Float64Array.from(U);
  for (let k = 0; k < m - n + 1; k++) {
    const d = scale * r[k];
    q[k] = d;
    for (let j = 0; j <= n; j++) r[k + j] -= d * V[j];
  }
  let start = 0;
  while (Math.abs(r[start]) <= 1e-8 && r.length - start > 1) start++;
  const Q = fromFlat(FLOAT, [q.length], q), R = fromFlat(FLOAT, [r.length - start], r.slice(start));
  return tuple_of(truepoly ? [poly1d(Q), poly1d(R)] : [Q, R]);
});
export const polyadd = ND_SIG("polyadd", ["a1", "a2"], function (a1, a2) {
  const truepoly = isPoly(a1) || isPoly(a2);
  a1 = atl1(a1);
  a2 = atl1(a2);
  const diff = a2.$size - a1.$size;
  let val;
  if (diff === 0) val = binary("add", a1, a2);
  else if (diff > 0) val = binary("add", concatenateList([zerosDt(diff, a1.$dt), a1], 0), a2);
  else val = binary("add", a1, concatenateList([zerosDt(-diff, a2.$dt), a2], 0));
  return polyOut(truepoly, val);
});
export const polysub = ND_SIG("polysub", ["a1", "a2"], function (a1, a2) {
  const truepoly = isPoly(a1) || isPoly(a2);
  a1 = atl1(a1);
  a2 = atl1(a2);
  const diff = a2.$size - a1.$size;
  let val;
  if (diff === 0) val = binary("subtract", a1, a2);
  else if (diff > 0) val = binary("subtract", concatenateList([zerosDt(diff, a1.$dt), a1], 0), a2);
  else val = binary("subtract", a1, concatenateList([zerosDt(-diff, a2.$dt), a2], 0));
  return polyOut(truepoly, val);
});
export const polymul = ND_SIG("polymul", ["a1", "a2"], function (a1, a2) {
  const truepoly = isPoly(a1) || isPoly(a2);
  return polyOut(truepoly, convolve(atl1(a1), atl1(a2)));
});
export const polyder = ND_SIG("polyder", ["p", "m"], function polyder_(p, m) {
  m = m === undefined ? 1 : intArg(m);
  if (m < 0) throw ValueError("Order of derivative must be positive (see polyint)");
  const truepoly = isPoly(p);
  p = isPoly(p) ? p.coeffs : A(p);
  let val = p;
  for (let i = 0; i < m; i++) {
    const k = val.$size - 1;
    val = binary("multiply", getitem(val, new PySlice(null, -1, null)), arange(k, 0, -1));
  }
  return polyOut(truepoly, val);
}, 1);
export const polyint = ND_SIG("polyint", ["p", "m", "k"], function polyint_(p, m, k) {
  m = m === undefined ? 1 : intArg(m);
  if (m < 0) throw ValueError("Order of integral must be positive (see polyder)");
  let ks = ravel(A(k === undefined || k === null ? [] : k));
  if (ks.$size === 0) ks = zerosDt(Math.max(m, 1), FLOAT);
  if (ks.$size === 1 && m > 1) ks = binary("multiply", getitem(ks, 0), onesF(m));
  if (ks.$size < m) throw ValueError("k must be a scalar or a rank-1 array of length 1 or >m.");
  const truepoly = isPoly(p);
  let val = isPoly(p) ? p.coeffs : A(p);
  for (let i = 0; i < m; i++) {
    val = concatenateList([binary("divide", val, arange(val.$size, 0, -1)), A([getitem(ks, i)])], 0);
  }
  return polyOut(truepoly, val);
}, 2);

function zerosDt(n, dt) {
  return fromFlat(dt, [n], new Float64Array(n));
}
function onesF(n) {
  return fromFlat(FLOAT, [n], new Float64Array(n).fill(1));
}

/** `_raise_power`: the exponents moved to a line above the terms. */
function raisePower(astr, wrap = 70) {
  let n = 0, line1 = "", line2 = "", output = " ";
  const re = /\*\*([0-9]*)/g;
  for (;;) {
    re.lastIndex = n;
    const mat = re.exec(astr);
    if (mat === null) break;
    const power = mat[1], partstr = astr.slice(n, mat.index);
    n = mat.index + mat[0].length;
    const toadd2 = partstr + " ".repeat(Math.max(power.length - 1, 0));
    const toadd1 = " ".repeat(Math.max(partstr.length - 1, 0)) + power;
    if (line2.length + toadd2.length > wrap || line1.length + toadd1.length > wrap) {
      output += line1 + "\n" + line2 + "\n ";
      line1 = toadd1;
      line2 = toadd2;
    } else {
      line2 += toadd2;
      line1 += toadd1;
    }
  }
  output += line1 + "\n" + line2;
  return output + astr.slice(n);
}

const POLY1D = mkclass("poly1d", [], (C) => {
  C.__module__ = "numpy";
  C.__hash__ = null;
  for (const name of ["roots", "r"]) {
    Object.defineProperty(C, name, {
      get() {
        return rootsOf(this.coeffs);
      },
      enumerable: true,
      configurable: true,
    });
  }
  C.__init__ = method("poly1d.__init__", ["c_or_r", "r", "variable"], function (c, r, variable) {
    if (isPoly(c)) {
      setPolyCoeffs(this, c.coeffs);
      this.variable = variable === undefined || variable === null ? c.variable : variable;
      return null;
    }
    if (r !== undefined && truthyArg(r)) throw unsupported("poly1d(..., r=True)");
    let a = atl1(c);
    if (a.$shape.length > 1) throw ValueError("Polynomial must be 1d only.");
    const f = flat(a);
    let first = 0;
    while (first < f.length && f[first] === 0) first++;
    a = first === f.length ? zerosDt(1, a.$dt) : first > 0 ? getitem(a, new PySlice(first, null, null)) : a;
    setPolyCoeffs(this, a);
    this.variable = variable === undefined || variable === null ? "x" : variable;
    return null;
  }, { defaults: 2 });
  C.$poly1d = true;
  C.__repr__ = method("poly1d.__repr__", [], function () {
    const vals = repr(this.coeffs);
    return `poly1d(${vals.slice(6, -1)})`;
  });
  C.__len__ = method("poly1d.__len__", [], function () {
    return this.order;
  });
  C.__str__ = method("poly1d.__str__", [], function () {
    let thestr = "0";
    const v = this.variable;
    const all = Array.from(flat(this.coeffs));
    let lead = all.findIndex((x) => x !== 0);
    const coeffs = lead < 0 ? [] : all.slice(lead);
    const N = coeffs.length - 1;
    const fmt = (q) => {
      let s = format(mkfloat(q), ".4g");
      if (s.endsWith(".0000")) s = s.slice(0, -5);
      return s;
    };
    coeffs.forEach((coeff, k) => {
      const coefstr = fmt(coeff), power = N - k;
      let newstr;
      if (power === 0) newstr = coefstr !== "0" ? coefstr : k === 0 ? "0" : "";
      else if (power === 1) newstr = coefstr === "0" ? "" : coefstr === "b" ? v : `${coefstr} ${v}`;
      else newstr = coefstr === "0" ? "" : coefstr === "b" ? `${v}**${power}` : `${coefstr} ${v}**${power}`;
      if (k > 0) {
        if (newstr !== "") thestr = newstr.startsWith("-") ? `${thestr} - ${newstr.slice(1)}` : `${thestr} + ${newstr}`;
      } else thestr = newstr;
    });
    return raisePower(thestr);
  });
  C.__call__ = method("poly1d.__call__", ["val"], function (val) {
    if (isPoly(val)) throw unsupported("poly1d(poly1d) composition");
    return polyval(this.coeffs, val);
  });
  C.__neg__ = method("poly1d.__neg__", [], function () {
    return poly1d(unary("negative", this.coeffs));
  });
  C.__pos__ = method("poly1d.__pos__", [], function () {
    return this;
  });
  const scalarLike = (o) => !isPoly(o) && !isArr(o) && !Array.isArray(o) && !(o instanceof Tuple) && skind(o) >= 0;
  C.__mul__ = method("poly1d.__mul__", ["other"], function (o) {
    return scalarLike(o) ? poly1d(binary("multiply", this.coeffs, o)) : poly1d(convolve(this.coeffs, poly1d(o).coeffs));
  });
  C.__rmul__ = method("poly1d.__rmul__", ["other"], function (o) {
    return scalarLike(o) ? poly1d(binary("multiply", o, this.coeffs)) : poly1d(convolve(this.coeffs, poly1d(o).coeffs));
  });
  C.__add__ = method("poly1d.__add__", ["other"], function (o) {
    return poly1d(polyadd(this.coeffs, poly1d(o).coeffs));
  });
  C.__radd__ = C.__add__;
  C.__sub__ = method("poly1d.__sub__", ["other"], function (o) {
    return poly1d(polysub(this.coeffs, poly1d(o).coeffs));
  });
  C.__rsub__ = method("poly1d.__rsub__", ["other"], function (o) {
    return poly1d(polysub(poly1d(o).coeffs, this.coeffs));
  });
  C.__truediv__ = method("poly1d.__truediv__", ["other"], function (o) {
    if (!scalarLike(o)) throw unsupported("poly1d / poly1d (polydiv)");
    return poly1d(binary("divide", this.coeffs, o));
  });
  C.__pow__ = method("poly1d.__pow__", ["val"], function (val) {
    if (!scalarLike(val) || Math.trunc(sval(val)) !== sval(val) || sval(val) < 0) throw ValueError("Power to non-negative integers only.");
    let res = A([1]);
    for (let i = 0; i < sval(val); i++) res = convolve(this.coeffs, res);
    return poly1d(res);
  });
  C.__eq__ = method("poly1d.__eq__", ["other"], function (o) {
    if (!isPoly(o)) return NotImplemented;
    if (this.coeffs.$size !== o.coeffs.$size) return false;
    const a = flat(this.coeffs), b = flat(o.coeffs);
    return a.every((x, i) => x === b[i]);
  });
  C.__ne__ = method("poly1d.__ne__", ["other"], function (o) {
    if (!isPoly(o)) return NotImplemented;
    return !this.__eq__(o);
  });
  C.__getitem__ = method("poly1d.__getitem__", ["val"], function (val) {
    const p = intArg(val);
    if (p > this.order || p < 0) return scal(this.coeffs.$dt, 0);
    return getitem(this.coeffs, this.order - p);
  });
  C.__iter__ = method("poly1d.__iter__", [], function () {
    return rows(this.coeffs)[Symbol.iterator]();
  });
  C.deriv = method("poly1d.deriv", ["m"], function (m) {
    return poly1d(polyder(this.coeffs, m === undefined ? 1 : m));
  }, { defaults: 1 });
  C.integ = method("poly1d.integ", ["m", "k"], function (m, k) {
    return poly1d(polyint(this.coeffs, m === undefined ? 1 : m, k === undefined ? 0 : k));
  }, { defaults: 2 });
});
/** `np.roots`: the eigenvalues of the companion matrix, as NumPy's `roots` builds it (complex
 * roots raise linalg's NotImplementedError: no complex dtype). */
function rootsOf(p) {
  const a = atl1(p);
  if (a.$shape.length !== 1) throw ValueError("Input must be a rank-1 array.");
  const f = flat(copyArr(a, FLOAT));
  let first = 0, last = f.length - 1;
  while (first < f.length && f[first] === 0) first++;
  if (first === f.length) return fromFlat(FLOAT, [0], new Float64Array(0));
  while (f[last] === 0) last--;
  const trailing = f.length - 1 - last;
  const c = f.subarray(first, last + 1), N = c.length;
  let r = new Float64Array(0), ri = null;
  if (N > 1) {
    const m = new Float64Array((N - 1) * (N - 1));
    for (let i = 1; i < N - 1; i++) m[i * (N - 1) + i - 1] = 1;
    for (let j = 0; j < N - 1; j++) m[j] = -c[j + 1] / c[0];
    const w = linalg.eigvals(fromFlat(FLOAT, [N - 1, N - 1], m));
    // Complex roots: a complex array (numpy/_cx.mjs), its parts padded alike.
    if (w.$b !== undefined) ri = flat(w.$b);
    r = flat(w.$b !== undefined ? w.$a : w);
  }
  const pad = (d) => {
    const out = new Float64Array(d.length + trailing);
    out.set(d);
    return fromFlat(FLOAT, [out.length], out);
  };
  return ri === null ? pad(r) : cxWrap(pad(r), pad(ri));
}
export const roots = ND_SIG("roots", ["p"], (p) => rootsOf(p));

function setPolyCoeffs(p, a) {
  p.coeffs = p.c = p.coef = p.coefficients = a;
  p.order = p.o = a.$size - 1;
}
export const poly1d = POLY1D;

// ============================================================================ ufunc methods
// `np.add.reduce`, `np.maximum.accumulate`, `np.subtract.outer`, ... on the binary ufuncs.

function ufuncReduce(name, a, axis, keepdims) {
  a = A(a);
  if (axis === undefined) axis = 0;
  const kd = truthyArg(keepdims);
  switch (name) {
    case "add": return reduceK("sum", a, axis, kd);
    case "multiply": return reduceK("prod", a, axis, kd);
    case "maximum": return reduceK("max", a, axis, kd);
    case "minimum": return reduceK("min", a, axis, kd);
    case "logical_and": return reduceK("all", a, axis, kd);
    case "logical_or": return reduceK("any", a, axis, kd);
  }
  if (axis === null) {
    a = ravel(a);
    axis = 0;
  }
  const ax = normAxis(axis, a.$shape.length), n = a.$shape[ax];
  if (n === 0) throw ValueError(`zero-size array to reduction operation ${name} which has no identity`);
  let acc = take1(a, 0, ax);
  for (let i = 1; i < n; i++) acc = binary(name, acc, take1(a, i, ax));
  if (!isArr(acc)) acc = A(acc);
  acc = copyArr(acc);
  return kd ? expand_dims(acc, ax) : unscalar(acc);
}

/** The operand of `ufunc.reduce`/`accumulate`: cast to `dtype=`; bool to int64 for add and
 * multiply (NumPy's reduction default), anything to bool for the logical ufuncs. */
function ufuncRedIn(name, a, dt) {
  a = A(a);
  let c = null;
  if (dt !== undefined && dt !== null) {
    if (smallDt(dt) !== undefined) throw unsupported(`${name} reductions with a small dtype=`);
    c = dtcode(dt);
  } else if (a.$dt === BOOL && (name === "add" || name === "multiply")) c = INT;
  else if (name.startsWith("logical_")) c = BOOL;
  return c === null || c === a.$dt ? a : copyArr(a, c);
}
function ufuncAccumulate(name, a, axis) {
  a = A(a);
  const ax = normAxis(axis === undefined || axis === null ? 0 : axis, a.$shape.length), n = a.$shape[ax];
  if (n === 0) return copyArr(a);
  const parts = [A(take1(a, 0, ax))];
  for (let i = 1; i < n; i++) parts.push(A(binary(name, parts[i - 1], take1(a, i, ax))));
  const dt = parts.reduce((m, p) => Math.max(m, p.$dt), 0);
  return stackList(parts.map((p) => (p.$dt === dt ? p : copyArr(p, dt))), ax);
}

/** `f.reduce`, `f.accumulate`, `f.outer` of a binary ufunc (attached as each is made, so only
 * the ufuncs a program uses ship). */
/** `ufunc.reduceat`: a reduction over each `a[indices[i]:indices[i+1]]` along `axis` (just
 * `a[indices[i]]` where the next index is not larger), the last one to the end. */
function ufuncReduceat(name, a, indices, axis) {
  a = A(a);
  const nd = a.$shape.length;
  if (nd === 0) throw TypeError(`cannot reduceat a 0-d array`);
  const ax = normAxis(axis, nd), n = a.$shape[ax];
  const idx = Array.from(flat(ravel(A(indices))));
  if (idx.some((i) => !Number.isInteger(i))) throw TypeError("Cannot cast array data from dtype('float64') to dtype('int64') according to the rule 'safe'");
  const moved = moveaxis(a, ax, 0), parts = [];
  for (let k = 0; k < idx.length; k++) {
    const i = idx[k];
    if (i < 0 || i >= n) throw IndexError(`index ${i} out-of-bounds in ${name}.reduceat [0, ${n})`);
    const j = k + 1 < idx.length ? idx[k + 1] : n;
    if (j > n) throw IndexError(`index ${j} out-of-bounds in ${name}.reduceat [0, ${n})`);
    const r = j > i ? ufuncReduce(name, getitem(moved, new PySlice(i, j, null)), 0, false) : getitem(moved, i);
    parts.push(A(r));
  }
  const dt = parts.reduce((m, p) => Math.max(m, p.$dt), a.$dt === BOOL && name === "add" ? INT : 0);
  return stackList(parts.map((p) => (p.$dt === dt ? p : copyArr(p, dt))), ax);
}

function ufuncMethods(f, name, impl) {
  f.reduce = withSig(function (a, axis, dt, out, keepdims, initial, where) {
    noOut(`${name}.reduce`, out);
    if (initial !== undefined || (!noArg(where) && where !== true)) {
      // The masked reductions of the reductions these ufuncs make (np.add.reduce is np.sum, ...).
      const r = { add: "sum", multiply: "prod", maximum: "max", minimum: "min", logical_or: "any", logical_and: "all" }[impl];
      if (r === undefined || (initial !== undefined && (r === "any" || r === "all"))) throw unsupported(`${name}.reduce(${initial !== undefined ? "initial" : "where"}=...)`);
      const m = new Map();
      if (initial !== undefined) m.set("initial", initial);
      if (!noArg(where)) m.set("where", where);
      return redKw(r, a, axis === undefined ? 0 : axis, dt, keepdims, new KwArgs(m), 0);
    }
    return ufuncReduce(impl, dt === undefined || dt === null ? a : ufuncRedIn(impl, a, dt), axis, keepdims);
  }, "reduce", ["array", "axis", "dtype", "out", "keepdims", "initial", "where"], { defaults: 6 });
  f.accumulate = withSig(function (a, axis, dt, out) {
    if (smallDt(dt) !== undefined && (impl === "add" || impl === "multiply")) return (impl === "add" ? cumsum : cumprod)(a, axis ?? 0, dt);
    const r = ufuncAccumulate(impl, ufuncRedIn(impl, a, dt), axis);
    return noArg(out) ? r : accOut(`${name}.accumulate`, r, out);
  }, "accumulate", ["array", "axis", "dtype", "out"], { defaults: 3 });
  f.outer = withSig(function (a, b) {
    const x = A(a), y = A(b);
    return binary(impl, reshapeArr(x, [...x.$shape, ...y.$shape.map(() => 1)]), y);
  }, "outer", ["A", "B"], { varkw: true });
  f.reduceat = withSig(function (a, indices, axis, dt, out) {
    noOut(`${name}.reduceat`, out);
    return ufuncReduceat(impl, a, indices, axis === undefined || axis === null ? 0 : axis);
  }, "reduceat", ["array", "indices", "axis", "dtype", "out"], { defaults: 3 });
  f.at = withSig(function (a, indices, b) {
    ufuncAt(impl, a, indices, b);
    return null;
  }, "at", ["a", "indices", "b"], { defaults: 1 });
  return ufuncAttrs(f, name, 2);
}

/** `np.add.at(a, indices, b)`: unbuffered in place, so repeated indices apply repeatedly. */
function ufuncAt(name, a, indices, b) {
  if (!isArr(a)) throw TypeError("ufunc.at() first argument must be a NumPy array");
  if (b === undefined || b === null) throw unsupported(`${name}.at without b`);
  const tup = indices instanceof Tuple;
  const parts = (tup ? Array.from(indices) : [indices]).map((x) => (isArr(x) || Array.isArray(x) || x instanceof Tuple ? A(x) : x));
  let shape = [];
  for (const p of parts) if (isArr(p)) shape = broadcastShapes(shape, p.$shape);
  const n = numel(shape);
  const flats = parts.map((p) => (isArr(p) ? flat(copyArr(broadcastTo(p, shape))) : null));
  const bb = skind(b) >= 0 ? null : A(b);
  // `b` broadcasts against `a[indices]`: the indices' shape, then the dimensions of `a` they
  // leave (each index then updates a sub-array, `np.add.at(sums, labels, points)`).
  const plain = parts.every((p) => isArr(p) || skind(p) >= 0);
  const rest = plain ? a.$shape.slice(parts.length) : [];
  const m = numel(rest);
  const full = [...shape, ...rest];
  const bflat = bb === null ? null : flat(copyArr(broadcastTo(bb, full.length === 0 && bb.$shape.length === 0 ? [] : full)));
  for (let i = 0; i < n; i++) {
    const key = parts.map((p, j) => (flats[j] === null ? p : flats[j][i]));
    const k = tup ? tuple_of(key) : key[0];
    const v = bflat === null ? b : rest.length === 0 ? scal(bb.$dt, bflat[i]) : fromFlat(bb.$dt, rest.slice(), bflat.slice(i * m, (i + 1) * m));
    setitem(a, k, binary(name, getitem(a, k), v));
  }
}

// ============================================================================ type limits and callables

// NumPy's texts for `str(np.finfo(...))` / `str(np.iinfo(...))`.
const D = "-".repeat(63);
const FINFO = mkclass("finfo", [], (C) => {
  C.__module__ = "numpy";
  C.__repr__ = function () {
    return this.bits === 32 ? "finfo(resolution=1e-06, min=-3.4028235e+38, max=3.4028235e+38, dtype=float32)" : "finfo(resolution=1e-15, min=-1.7976931348623157e+308, max=1.7976931348623157e+308, dtype=float64)";
  };
  C.__str__ = function () {
    return this.bits === 32
      ? `Machine parameters for float32\n${D}\nprecision =   6   resolution = 1.0000000e-06\nmachep =    -23   eps =        1.1920929e-07\nnegep =     -24   epsneg =     5.9604645e-08\nminexp =   -126   tiny =       1.1754944e-38\nmaxexp =    128   max =        3.4028235e+38\nnexp =        8   min =        -max\nsmallest_normal = 1.1754944e-38   smallest_subnormal = 1.4012985e-45\n${D}\n`
      : `Machine parameters for float64\n${D}\nprecision =  15   resolution = 1.0000000000000001e-15\nmachep =    -52   eps =        2.2204460492503131e-16\nnegep =     -53   epsneg =     1.1102230246251565e-16\nminexp =  -1022   tiny =       2.2250738585072014e-308\nmaxexp =   1024   max =        1.7976931348623157e+308\nnexp =       11   min =        -max\nsmallest_normal = 2.2250738585072014e-308   smallest_subnormal = 4.9406564584124654e-324\n${D}\n`;
  };
});
export const finfo = ND_SIG("finfo", ["dtype"], function (dt) {
  const sd = sdAmong([dt]);
  if (sd !== undefined) {
    if (sd.kind !== "f") throw ValueError(`data type <class 'numpy.${sd.name}'> not inexact`);
    const o = Object.create(FINFO), f = (v) => sd.cls.__new__(sd.cls, v);
    Object.assign(o, {
      eps: f(1.1920928955078125e-7), max: f(3.4028234663852886e38), min: f(-3.4028234663852886e38),
      tiny: f(1.1754943508222875e-38), smallest_normal: f(1.1754943508222875e-38), smallest_subnormal: f(1.401298464324817e-45),
      resolution: f(1e-6), epsneg: f(5.960464477539063e-8), bits: 32, precision: 6, dtype: sd.dtype(),
    });
    return o;
  }
  if (dt !== undefined && dt !== null && dtcode(isArr(dt) ? dt.$dt : dt) !== FLOAT) throw unsupported("finfo of a non-float64 dtype");
  const o = Object.create(FINFO);
  Object.assign(o, {
    eps: scal(FLOAT, 2.220446049250313e-16), max: scal(FLOAT, Number.MAX_VALUE), min: scal(FLOAT, -Number.MAX_VALUE),
    tiny: scal(FLOAT, 2.2250738585072014e-308), smallest_normal: scal(FLOAT, 2.2250738585072014e-308),
    smallest_subnormal: scal(FLOAT, 5e-324), resolution: scal(FLOAT, 1e-15), epsneg: scal(FLOAT, 1.1102230246251565e-16),
    bits: 64, precision: 15, dtype: dtypeObj(FLOAT),
  });
  return o;
});
const IINFO = mkclass("iinfo", [], (C) => {
  C.__module__ = "numpy";
  C.__repr__ = function () {
    return "iinfo(min=-9223372036854775808, max=9223372036854775807, dtype=int64)";
  };
  C.__str__ = function () {
    return `Machine parameters for ${str(this.dtype)}\n${D}\nmin = ${this.min}\nmax = ${this.max}\n${D}\n`;
  };
});
export const iinfo = ND_SIG("iinfo", ["int_type"], function (t) {
  const sd = sdAmong([t]);
  if (sd !== undefined) {
    if (sd.kind === "f") throw ValueError(`Invalid integer data type 'f'.`);
    const o = Object.create(IINFO);
    Object.assign(o, { max: sd.size === 8 ? 18446744073709551615n : sd.hi, min: sd.lo, bits: sd.size * 8, dtype: sd.dtype() });
    o.__repr__ = () => `iinfo(min=${sd.lo}, max=${o.max}, dtype=${sd.name})`;
    return o;
  }
  const o = Object.create(IINFO);
  Object.assign(o, { max: 9223372036854775807n, min: -9223372036854775808n, bits: 64, dtype: dtypeObj(INT) });
  return o;
});

/** Calls a Python callable with positional arguments. */
const pycall = (f, ...args) => f(...args);

export const apply_along_axis = ND_SIG("apply_along_axis", [], function (f, axis, arr, ...rest) {
  const k = kw(rest);
  if (k.size) throw unsupported("apply_along_axis with keyword arguments for the function");
  const a = A(arr), nd = a.$shape.length, ax = normAxis(axis, nd);
  const moved = moveaxis(a, ax, -1), outer = moved.$shape.slice(0, -1), n = numel(outer);
  const res = [];
  const idx = new Array(outer.length).fill(0);
  for (let i = 0; i < n; i++) {
    let row = moved;
    for (const j of idx) row = take1(row, j, 0);
    res.push(A(pycall(f, row, ...rest)));
    for (let d = outer.length - 1; d >= 0; d--) {
      if (++idx[d] < outer[d]) break;
      idx[d] = 0;
    }
  }
  if (res.length === 0) throw ValueError("Cannot apply_along_axis when any iteration dimensions are 0");
  const dt = res.reduce((m, r) => Math.max(m, r.$dt), 0);
  let out = stackList(res.map((r) => copyArr(r, dt)), 0);
  out = reshapeArr(out, [...outer, ...res[0].$shape]);
  // The function's result axes go where `axis` was.
  const k0 = res[0].$shape.length;
  if (k0 === 0) return out;
  const perm = [];
  for (let i = 0; i < ax; i++) perm.push(i);
  for (let i = 0; i < k0; i++) perm.push(outer.length + i);
  for (let i = ax; i < outer.length; i++) perm.push(i);
  return copyArr(transposeArr(out, perm));
}, 0, { varargs: true, varkw: true });

export const vectorize = ND_SIG("vectorize", ["pyfunc", "otypes", "doc", "excluded", "cache", "signature"], function (f, otypes) {
  const vf = function (...args) {
    const k = kw(args);
    if (k.size) throw unsupported("calling a vectorized function with keyword arguments");
    const arrs = args.map(A);
    let shape = [];
    for (const a of arrs) shape = broadcastShapes(shape, a.$shape);
    const flats = arrs.map((a) => flat(copyArr(broadcastTo(a, shape))));
    const n = numel(shape), vals = [];
    for (let i = 0; i < n; i++) vals.push(pycall(f, ...arrs.map((a, j) => scal(a.$dt, flats[j][i]))));
    if (n === 0) return fromFlat(FLOAT, shape, new Float64Array(0));
    let out = asarray_(vals);
    if (otypes !== undefined && otypes !== null) out = copyArr(out, dtcode(Array.from(otypes)[0]));
    out = reshapeArr(out, shape);
    return shape.length === 0 ? unscalar(out) : out;
  };
  return withSig(vf, "vectorize", [], { varargs: true, varkw: true });
}, 5);

export const piecewise = ND_SIG("piecewise", ["x", "condlist", "funclist"], function (x, condlist, funclist) {
  const X = A(x);
  let conds = skind(condlist) >= 0 || (isArr(condlist) && condlist.$shape.length === X.$shape.length && X.$shape.length > 0 && condlist.$dt === BOOL && !(isArr(condlist) && condlist.$shape.length > X.$shape.length)) ? [condlist] : Array.from(isArr(condlist) ? rows(condlist) : condlist);
  const funcs = Array.from(funclist);
  const out = binary("multiply", X, 0);
  const O = isArr(out) ? out : A(out);
  const od = O.$data;
  const xf = flat(X);
  conds = conds.map((c) => flat(copyArr(broadcastTo(A(c), X.$shape), BOOL)));
  if (funcs.length === conds.length + 1) {
    const other = new Uint8Array(xf.length);
    for (let i = 0; i < xf.length; i++) other[i] = conds.some((c) => c[i]) ? 0 : 1;
    conds.push(other);
  }
  conds.forEach((c, j) => {
    const fn = funcs[j];
    const sel = [];
    for (let i = 0; i < xf.length; i++) if (c[i]) sel.push(i);
    if (sel.length === 0) return;
    let vals;
    if (typeof fn === "function") vals = flat(copyArr(A(pycall(fn, fromFlat(X.$dt, [sel.length], Float64Array.from(sel, (i) => xf[i])))), O.$dt));
    else vals = sel.map(() => sval(fn));
    sel.forEach((i, t) => (od[i] = vals.length === 1 ? vals[0] : vals[t]));
  });
  return X.$shape.length === 0 ? unscalar(O) : O;
});

// `a.flat`: iteration over the elements in C order, indexing and assignment as on `a.ravel()`
// (assignments write through to `a`).
const FLATITER = mkclass("flatiter", [], (C) => {
  C.__module__ = "numpy";
  const rt = (f) => ((f.$rt = true), f);
  C.__iter__ = rt(function () {
    const a = this.$a;
    return iter(Array.from(flat(a), (v) => scal(a.$dt, v)))[Symbol.iterator]();
  });
  C.__len__ = rt(function () {
    return this.$a.$size;
  });
  C.__getitem__ = rt(function (k) {
    return getitem(flatView(this.$a), k);
  });
  C.__setitem__ = rt(function (k, v) {
    const a = this.$a;
    if (isC(a)) setitem(ravel(a), k, v);
    else {
      const c = copyArr(a);
      setitem(ravel(c), k, v);
      assign(a, c);
    }
    return null;
  });
});
function flatView(a) {
  return isC(a) ? ravel(a) : ravel(copyArr(a));
}
function mkFlatiter(a) {
  const o = Object.create(FLATITER);
  o.$a = a;
  Object.defineProperty(o, "base", { value: a, enumerable: false });
  return o;
}

/** `pad_width`/`constant_values` broadcast to `(ndim, 2)` as NumPy's `_as_pairs` does. */
function padPairs(x, nd, conv) {
  const P = A(x), d = flat(copyArr(P, P.$dt));
  const sh = P.$shape;
  const ok = sh.length <= 2 && (sh.length < 2 || sh[0] === 1 || sh[0] === nd) && (sh.length < 1 || sh[sh.length - 1] === 1 || sh[sh.length - 1] === 2);
  if (!ok) throw ValueError(`operands could not be broadcast together with remapped shapes [original->remapped]: ${shapeStr(sh).replace(/ /g, "")}  and requested shape (${nd},2)`);
  const out = [];
  for (let i = 0; i < nd; i++) {
    const r = sh.length === 2 && sh[0] === nd ? i : 0;
    const w = sh.length === 0 ? 1 : sh[sh.length - 1];
    out.push([conv(d[r * w]), conv(d[r * w + (w === 2 ? 1 : 0)])]);
  }
  return out;
}

export const pad = ND_SIG("pad", ["array", "pad_width", "mode", "constant_values", "end_values", "reflect_type", "stat_length"], function (array, width, mode, cv, ev, rtype, slen) {
  if (array?.$a !== undefined) return array.$sd.keep(array, (x) => pad(x, width, mode, cv, ev, rtype, slen));
  const a = A(array), nd = a.$shape.length;
  mode = mode === undefined ? "constant" : mode;
  const lineModes = ["linear_ramp", "maximum", "mean", "median", "minimum"];
  if (!["constant", "edge", "wrap", "reflect", "symmetric", ...lineModes].includes(mode)) {
    if (mode === "empty") throw unsupported(`pad(mode=${repr(mode)})`);
    throw ValueError(`mode ${repr(mode)} is not supported`);
  }
  const pw = padPairs(width, nd, (v) => {
    if (!Number.isInteger(v)) throw TypeError("`pad_width` must be of integral type.");
    if (v < 0) throw ValueError("index can't contain negative values");
    return v;
  });
  const odd = rtype === "odd";
  if (lineModes.includes(mode) || (odd && (mode === "reflect" || mode === "symmetric"))) return padLines(a, pw, mode, ev, slen);
  const cvs = padPairs(cv === undefined ? 0 : cv, nd, (v) => castNum(a.$dt, v));
  const shape = a.$shape.map((n, i) => n + pw[i][0] + pw[i][1]);
  // Per axis, the source index of each output index, or -1 / -2 for the before / after pad.
  const maps = a.$shape.map((n, ax) => {
    const [b] = pw[ax], m = new Int32Array(shape[ax]);
    const mod = (k, p) => ((k % p) + p) % p;
    for (let j = 0; j < m.length; j++) {
      const k = j - b;
      if (k >= 0 && k < n) m[j] = k;
      else if (mode === "constant") m[j] = k < 0 ? -1 : -2;
      else if (n === 0) throw ValueError(`can't extend empty axis ${ax} using modes other than 'constant' or 'empty'`);
      else if (mode === "edge") m[j] = k < 0 ? 0 : n - 1;
      else if (mode === "wrap") m[j] = mod(k, n);
      else if (mode === "symmetric") {
        const t = mod(k, 2 * n);
        m[j] = t < n ? t : 2 * n - 1 - t;
      } else {
        const p = 2 * n - 2, t = p === 0 ? 0 : mod(k, p);
        m[j] = t < n ? t : p - t;
      }
    }
    return m;
  });
  const size = shape.reduce((p, q) => p * q, 1), out = newData(a.$dt, size), src = a.$data;
  const idx = shape.map(() => 0);
  for (let f = 0; f < size; f++) {
    let off = a.$off, val;
    for (let d = nd - 1; d >= 0; d--) {
      const s = maps[d][idx[d]];
      if (s < 0) {
        val = cvs[d][s === -1 ? 0 : 1];
        break;
      }
      off += s * a.$strides[d];
    }
    out[f] = val === undefined ? src[off] : val;
    for (let d = nd - 1; d >= 0; d--) {
      if (++idx[d] < shape[d]) break;
      idx[d] = 0;
    }
  }
  return fromFlat(a.$dt, shape, out);
}, 5);

// `np.pad`'s modes that compute values (linear_ramp, the statistics, reflect_type='odd'), as
// NumPy's _arraypad_impl does them: axis after axis over the padded array, each 1-d line along
// the axis (earlier axes' pads included, later axes' original area only) padded on its own.
function padLines(a, pw, mode, ev, slen) {
  const nd = a.$shape.length, shape = a.$shape.map((n, i) => n + pw[i][0] + pw[i][1]);
  const isInt = a.$dt !== FLOAT, size = shape.reduce((p, q) => p * q, 1), buf = new Float64Array(size);
  const cs = cstrides(shape), src = flat(a);
  if (a.$size > 0) {
    const idx = a.$shape.map(() => 0);
    for (let f = 0; f < src.length; f++) {
      let o = 0;
      for (let d = 0; d < nd; d++) o += (idx[d] + pw[d][0]) * cs[d];
      buf[o] = src[f];
      for (let d = nd - 1; d >= 0; d--) {
        if (++idx[d] < a.$shape[d]) break;
        idx[d] = 0;
      }
    }
  } else if (mode !== "linear_ramp" && pw.some((p, ax) => a.$shape[ax] === 0 && (p[0] || p[1]))) {
    const ax = pw.findIndex((p, i) => a.$shape[i] === 0 && (p[0] || p[1]));
    throw ValueError(`can't extend empty axis ${ax} using modes other than 'constant' or 'empty'`);
  }
  const evs = mode === "linear_ramp" ? padPairs(ev === undefined || ev === null ? 0 : ev, nd, (v) => toNum(v)) : null;
  const sls = slen === undefined || slen === null ? null : padPairs(slen, nd, (v) => {
    if (!Number.isInteger(v)) throw TypeError("`stat_length` must be of integral type.");
    if (v < 0) throw ValueError("index can't contain negative values");
    return v;
  });
  const rint = (x) => {
    const r = Math.round(x);
    return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
  };
  for (let ax = 0; ax < nd; ax++) {
    const [L, R] = pw[ax], n = a.$shape[ax], len = shape[ax], st = cs[ax];
    if (L === 0 && R === 0) continue;
    // The lines of this axis: their start offsets.
    const starts = [];
    const ranges = shape.map((m, d) => (d < ax ? [0, m] : d === ax ? [0, 1] : [pw[d][0], pw[d][0] + a.$shape[d]]));
    if (ranges.every(([lo, hi]) => hi > lo)) {
      const idx = ranges.map(([lo]) => lo);
      for (;;) {
        let o = 0;
        for (let d = 0; d < nd; d++) o += idx[d] * cs[d];
        starts.push(o);
        let d = nd - 1;
        for (; d >= 0; d--) {
          if (++idx[d] < ranges[d][1]) break;
          idx[d] = ranges[d][0];
        }
        if (d < 0) break;
      }
    }
    const line = new Float64Array(len);
    const get = (o) => { for (let i = 0; i < len; i++) line[i] = buf[o + i * st]; };
    const put = (o) => { for (let i = 0; i < len; i++) buf[o + i * st] = isInt ? Math.trunc(line[i]) : line[i]; };
    if (mode === "linear_ramp") {
      // NumPy's linspace(end, edge, width, endpoint=False) per side; a zero step anywhere on a
      // side makes that whole side `i / width * delta + start`.
      const [e0, e1] = evs[ax];
      let z0 = false, z1 = false;
      for (const o of starts) {
        get(o);
        if ((line[L] - e0) / L === 0) z0 = true;
        if ((line[L + n - 1] - e1) / R === 0) z1 = true;
      }
      const ramp = (start, stop, w, z, i) => {
        const delta = stop - start, y = z ? (i / w) * delta + start : i * (delta / w) + start;
        return isInt ? Math.floor(y) : y;
      };
      for (const o of starts) {
        get(o);
        const l0 = line[L], r0 = line[L + n - 1];
        for (let i = 0; i < L; i++) line[i] = ramp(e0, l0, L, z0, i);
        for (let i = 0; i < R; i++) line[len - 1 - i] = ramp(e1, r0, R, z1, i);
        put(o);
      }
    } else if (mode === "reflect" || mode === "symmetric") {
      const edge = mode === "symmetric";
      for (const o of starts) {
        get(o);
        if (n === 1) line.fill(line[L]);
        else {
          let l = L, r = R;
          while (l > 0 || r > 0) {
            let old = len - r - l, off;
            if (edge) {
              old = Math.floor(old / n) * n;
              off = 1;
            } else {
              old = Math.floor((old - 1) / (n - 1)) * (n - 1);
              off = 0;
            }
            if (l > 0) {
              const c = Math.min(old, l), e = line[l], stop = l - off, chunk = [];
              for (let j = stop + c; j > stop; j--) chunk.push(2 * e - line[j]);
              for (let j = 0; j < c; j++) line[l - c + j] = chunk[j];
              l -= c;
            }
            if (r > 0) {
              const c = Math.min(old, r), e = line[len - r - 1], start = len - r + off - 2, chunk = [];
              for (let j = start; j > start - c; j--) chunk.push(2 * e - line[j]);
              for (let j = 0; j < c; j++) line[len - r + j] = chunk[j];
              r -= c;
            }
          }
        }
        put(o);
      }
    } else {
      let ll = sls === null ? n : Math.min(sls[ax][0], n), rl = sls === null ? n : Math.min(sls[ax][1], n);
      if ((ll === 0 || rl === 0) && (mode === "maximum" || mode === "minimum")) throw ValueError("stat_length of 0 yields no value for padding");
      const stat = (lo, m) => {
        const v = line.slice(lo, lo + m);
        let r;
        if (mode === "maximum") r = v.reduce((p, q) => (q > p || q !== q ? q : p));
        else if (mode === "minimum") r = v.reduce((p, q) => (q < p || q !== q ? q : p));
        else if (mode === "mean") r = (ax === nd - 1 ? npSum(v) : v.reduce((p, q) => p + q, 0)) / m;
        else {
          const srt = Array.from(v).sort((p, q) => p - q), h = m >> 1;
          r = v.some((x) => x !== x) ? NaN : m % 2 ? srt[h] : (srt[h - 1] + srt[h]) / 2;
        }
        return isInt ? rint(r) : r;
      };
      for (const o of starts) {
        get(o);
        const lv = stat(L, ll), rv = ll === n && rl === n ? lv : stat(L + n - rl, rl);
        for (let i = 0; i < L; i++) line[i] = lv;
        for (let i = 0; i < R; i++) line[len - 1 - i] = rv;
        put(o);
      }
    }
  }
  return fromFlat(a.$dt, shape, a.$dt === BOOL ? Uint8Array.from(buf, (x) => (x ? 1 : 0)) : a.$dt === FLOAT ? buf : Float64Array.from(buf));
}

/** Every index of `shape` in C order, as tuples. */
function ndIndices(shape) {
  const n = shape.reduce((p, q) => p * q, 1), out = [];
  const idx = shape.map(() => 0);
  for (let k = 0; k < n; k++) {
    out.push(mktuple(...idx));
    for (let d = shape.length - 1; d >= 0; d--) {
      if (++idx[d] < shape[d]) break;
      idx[d] = 0;
    }
  }
  return out;
}
// Iterators over a list built up front (NumPy's are lazy classes; the values are the same).
export const ndenumerate = ND_SIG("ndenumerate", ["arr"], function (x) {
  const a = A(x), v = flat(a);
  return iter(ndIndices(a.$shape).map((t, i) => mktuple(t, scal(a.$dt, v[i]))));
});
export function ndindex(...shape) {
  if (shape.length === 1 && (shape[0] instanceof Tuple || Array.isArray(shape[0]))) shape = Array.from(shape[0]);
  return iter(ndIndices(shape.map((d) => intArg(d))));
}

// Parts of real and complex values (complex arrays: numpy/_cx.mjs, `$a`/`$b` are their parts).
const isCx = (x) => x?.$b !== undefined || (x?.$re !== undefined && x.$sd !== undefined) || (x?.$sd?.kind === "c" && x.$a === undefined);
export const real = ND_SIG("real", ["val"], function (x) {
  if (isCx(x)) return x.$b !== undefined ? x.$a : scal(FLOAT, x.$re);
  return skind(x) >= 0 ? x : A(x);
});
export const imag = ND_SIG("imag", ["val"], function (x) {
  if (isCx(x)) return x.$b !== undefined ? x.$b : scal(FLOAT, x.$im);
  return skind(x) >= 0 ? scal(A(x).$dt, 0) : filled(A(x).$shape, A(x).$dt, 0);
});
export const conj = ND_SIG("conj", ["x"], function (x) {
  if (isCx(x)) return unary("conjugate", x);
  return skind(x) >= 0 ? x : copyArr(A(x));
});
export const conjugate = conj;
export const isreal = ND_SIG("isreal", ["x"], function (x) {
  if (isCx(x)) return binary("equal", imag(x), 0);
  const a = A(x);
  return a.$shape.length === 0 ? TRUE_ : filled(a.$shape, BOOL, 1);
});
export const iscomplex = ND_SIG("iscomplex", ["x"], function (x) {
  if (isCx(x)) return binary("not_equal", imag(x), 0);
  const a = A(x);
  return a.$shape.length === 0 ? FALSE_ : filled(a.$shape, BOOL, 0);
});
export const iscomplexobj = ND_SIG("iscomplexobj", ["x"], function (x) {
  return isCx(x) || (Array.isArray(x) && asarray(x)?.$b !== undefined);
});
export const isrealobj = ND_SIG("isrealobj", ["x"], function (x) {
  return !iscomplexobj(x);
});
/** `np.angle(z, deg=False)`: arctan2 of the parts (180/pi as Python computes it for `deg`). */
export const angle = ND_SIG("angle", ["z", "deg"], function (z, deg) {
  const c = isCx(z) || (Array.isArray(z) && asarray(z)?.$b !== undefined);
  const a = binary("arctan2", c ? imag(z) : 0, c ? real(z) : z);
  return deg !== undefined && truthyArg(deg) ? binary("multiply", a, 180 / Math.PI) : a;
}, 1);

export const divmod = ND_SIG("divmod", ["x1", "x2", "out", "where", "dtype"], function (x, y, out, where) {
  noOut("divmod", out);
  if (!noArg(where) && where !== true) throw unsupported("divmod(where=...)");
  return mktuple(binary("floor_divide", x, y), binary("remainder", x, y));
}, 3);

// Shaken per entry (kernels.rs): `np_str` is a word the compiler adds only to programs that may
// make a NumPy string array (compiler/src/semantic.rs, NP_STR), so that other programs ship none
// of numpy/_str.mjs. The key is built, not written, so the lookup does not keep the entry.
const STR_GATE = {
  np_str: () => strInit(bool_, (s, axis) => sort(s, axis), (a, axis, kind) => alongAxis(S_(a), axis === undefined || axis === null ? -1 : axis, INT, (v) => (kind === "stable" || kind === "mergesort" ? Float64Array.from(argsortStable(v)) : argsortStr(v)))),
};
STR_GATE["np_" + "str"]?.();

// Shaken per entry (kernels.rs): `np_cx` is a word the compiler adds only to programs that may
// make a complex array (compiler/src/semantic.rs, NP_CX), so that others ship none of numpy/_cx.mjs.
const CX_GATE = {
  np_cx: () => {
    cxInit({ dtcode, floatmode: () => PRINT_FLOATMODE.v });
    STRH.cx = (x) => (/^(complex(128)?|D|<?c16|cdouble|complex_)$/.test(x) ? CX : undefined);
  },
};
CX_GATE["np_" + "cx"]?.();

// Text files: numpy/_textio.mjs (its imports of the core ask for nothing unless it ships).
export { loadtxt, genfromtxt, savetxt } from "./numpy/_textio.mjs";

// ============================================================================ NumPy 2 names, windows, small helpers

// The array-API aliases NumPy 2 added: the same ufuncs and functions under their new names.
export const acos = arccos;
export const acosh = arccosh;
export const asin = arcsin;
export const asinh = arcsinh;
export const atan = arctan;
export const atanh = arctanh;
export const atan2 = arctan2;
export const pow = power;
export const bitwise_invert = invert;
export const bitwise_left_shift = left_shift;
export const bitwise_right_shift = right_shift;
export const concat = concatenate;
export const permute_dims = ND_SIG("permute_dims", ["a", "axes"], function (a, axes) {
  return transpose(a, axes);
}, 1);
export const matrix_transpose = ND_SIG("matrix_transpose", ["x"], function (x) {
  const a = A(x), nd = a.$shape.length;
  if (nd < 2) throw ValueError(`Input array must be at least 2-dimensional, but it is ${nd}`);
  return swapaxes(a, -1, -2);
});
export const astype = ND_SIG("astype", ["x", "dtype"], function (x, dt, k) {
  if (!isArr(x) && x?.$a === undefined) throw TypeError(`Input should be a NumPy array. It is a ${typename(x)} instead.`);
  const copy = k instanceof KwArgs ? k.map.get("copy") : undefined;
  return callkw(x.astype, [x, dt], new Map(copy === undefined ? [] : [["copy", copy]]));
}, 0, { kwonly: ["copy", "device"] });
export const unstack = ND_SIG("unstack", ["x"], function (x, k) {
  const a = A(x), ax = normAxis(k instanceof KwArgs ? (k.map.get("axis") ?? 0) : 0, a.$shape.length);
  const m = moveaxis(a, ax, 0);
  return tuple_of(Array.from({ length: a.$shape[ax] }, (_, i) => getitem(m, i)));
}, 0, { kwonly: ["axis"] });
export const vecdot = ND_SIG("vecdot", ["x1", "x2"], function (x1, x2, k) {
  // One dot product per pair of vectors along `axis` (the last by default), broadcast.
  const ax = k instanceof KwArgs ? (k.map.get("axis") ?? -1) : -1;
  let a = A(x1), b = A(x2);
  const sh = broadcastShapes(a.$shape, b.$shape);
  if (sh.length === 0) throw ValueError("vecdot: Input operand 0 does not have enough dimensions");
  a = moveaxis(broadcastTo(a, sh), ax, -1);
  b = moveaxis(broadcastTo(b, sh), ax, -1);
  const lead = a.$shape.slice(0, -1), n = lead.reduce((p, q) => p * q, 1), m = a.$shape[a.$shape.length - 1];
  const A2 = reshapeArr(copyArr(a), [n, m]), B2 = reshapeArr(copyArr(b), [n, m]);
  const parts = Array.from({ length: n }, (_, i) => dot(getitem(A2, i), getitem(B2, i)));
  if (lead.length === 0) return parts[0];
  return reshapeArr(asarray_(parts), lead);
}, 0, { kwonly: ["axis", "out", "dtype", "casting", "order", "subok", "signature"] });
export const iterable = ND_SIG("iterable", ["y"], function (y) {
  try {
    iter(y);
    return true;
  } catch {
    return false;
  }
});
export const fromiter = ND_SIG("fromiter", ["iter", "dtype", "count"], function (it, dt, count) {
  const n = count === undefined || count === null ? -1 : intArg(count);
  const vals = [];
  for (const v of iter(it)) {
    if (n >= 0 && vals.length >= n) break;
    vals.push(v);
  }
  if (n >= 0 && vals.length < n) throw ValueError(`iterator too short: Expected ${n} but iterator had only ${vals.length} items.`);
  return array(vals, dt);
}, 1, { kwonly: ["like"] });
export const copyto = ND_SIG("copyto", ["dst", "src", "casting", "where"], function (dst, src, casting, where) {
  if (!isArr(dst)) throw TypeError(`copyto() argument 1 must be numpy.ndarray, not ${typename(dst)}`);
  const k = skind(src), s = k >= 0 ? toArr(src) : A(src);
  if ((casting ?? "same_kind") === "same_kind" && s.$dt > dst.$dt) {
    throw TypeError(`Cannot cast ${k >= 0 ? "scalar" : "array data"} from dtype('${DT_NAMES[s.$dt]}') to dtype('${DT_NAMES[dst.$dt]}') according to the rule 'same_kind'`);
  }
  const sb = copyArr(broadcastTo(s, dst.$shape), dst.$dt);
  if (where === undefined || where === null || where === true) {
    assign(dst, sb);
    return null;
  }
  const w = flat(copyArr(broadcastTo(A(where), dst.$shape), BOOL)), v = flat(sb);
  const idx = [];
  for (let i = 0; i < w.length; i++) if (w[i]) idx.push(i);
  const cur = copyArr(dst), cd = flat(cur);
  for (const i of idx) cd[i] = v[i];
  assign(dst, cur);
  return null;
}, 2);

import { struct_seq } from "./builtins.mjs";
export const unique_values = ND_SIG("unique_values", ["x"], function (x) {
  return unique(x);
});
export const unique_counts = ND_SIG("unique_counts", ["x"], function (x) {
  const r = unique(x, false, false, true);
  return struct_seq("UniqueCountsResult", ["values", "counts"], r.at(0), r.at(1));
});
export const unique_inverse = ND_SIG("unique_inverse", ["x"], function (x) {
  const r = unique(x, false, true, false);
  return struct_seq("UniqueInverseResult", ["values", "inverse_indices"], r.at(0), reshapeArr(A(r.at(1)), A(x).$shape.slice()));
});
export const unique_all = ND_SIG("unique_all", ["x"], function (x) {
  const r = unique(x, true, true, true);
  return struct_seq("UniqueAllResult", ["values", "indices", "inverse_indices", "counts"], r.at(0), r.at(1), reshapeArr(A(r.at(2)), A(x).$shape.slice()), r.at(3));
});

/** NumPy's window functions: `n = arange(1 - M, M, 2)` (float), then its formulas. */
function windowN(M) {
  const m = toNum(M);
  if (m < 1) return null;
  const n = [];
  for (let v = 1 - m; v < m; v += 2) n.push(v);
  return [m, fromFlat(FLOAT, [n.length], Float64Array.from(n))];
}
function cosTerm(n, m, c) {
  return cos(binary("true_divide", binary("multiply", c * Math.PI, n), m - 1));
}
function windowOf(M, f) {
  const w = windowN(M);
  if (w === null) return fromFlat(FLOAT, [0], new Float64Array(0));
  if (w[0] === 1) return fromFlat(FLOAT, [1], Float64Array.of(1));
  return f(w[1], w[0]);
}
export const hanning = ND_SIG("hanning", ["M"], function (M) {
  return windowOf(M, (n, m) => binary("add", 0.5, binary("multiply", 0.5, cosTerm(n, m, 1))));
});
export const hamming = ND_SIG("hamming", ["M"], function (M) {
  return windowOf(M, (n, m) => binary("add", 0.54, binary("multiply", 0.46, cosTerm(n, m, 1))));
});
export const blackman = ND_SIG("blackman", ["M"], function (M) {
  return windowOf(M, (n, m) => binary("add", binary("add", 0.42, binary("multiply", 0.5, cosTerm(n, m, 1))), binary("multiply", 0.08, cosTerm(n, m, 2))));
});
export const bartlett = ND_SIG("bartlett", ["M"], function (M) {
  return windowOf(M, (n, m) => {
    const r = binary("true_divide", n, m - 1), d = flat(copyArr(r)), nd = flat(n);
    return fromFlat(FLOAT, [d.length], Float64Array.from(d, (x, i) => (nd[i] <= 0 ? 1 + x : 1 - x)));
  });
});
