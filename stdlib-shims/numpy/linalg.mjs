// `numpy.linalg`, and the matrix products the ndarray class uses. Kernels: runtime/src/linalg.rs
// and runtime/src/ops.rs (matmul/dot), through the stateless WASM boundary.

import { Tuple, mktuple, struct_seq, tuple_of, truthy, ValueError, TypeError, TMP } from "../builtins.mjs";
import { withSig, toNum } from "../_shim.mjs";
import * as M from "../_libm.mjs";
import {
  K, BOOL, INT, FLOAT, isArr, toArr, unpack, unscalar, kargs, kcall, skind, sval, scal, binary, flat, fromFlat,
  copyArr, unsupported, LinAlgError, AxisError, mk, unary, outData, broadcastShapes, broadcastTo,
} from "./_core.mjs";
import { hasFma, matmulFma } from "./_fma.mjs";
import { geev } from "./_eig.mjs";
import { cxWrap } from "./_cx.mjs";

export const __name__ = "numpy.linalg";
export { LinAlgError };

const EMPTY = [0, new Int32Array(0), new Float64Array(0)];

function call(name, a, b) {
  const A = toArr(a);
  const B = b === undefined ? null : toArr(b);
  // One kernel per operation (`linalg_inv`, ...), kept per program like the reductions.
  return kcall(K["linalg_" + name], ...kargs(A), ...(B === null ? EMPTY : kargs(B)));
}

function many(p, n) {
  const out = [];
  let pos = 0;
  for (let i = 0; i < n; i++) {
    const [a, next] = unpack(p, pos);
    out.push(a);
    pos = next;
  }
  return out;
}

const SIG = "(n?,k),(k,m?)->(n?,m?)";

/** The common dtype of a product and the operand's C-ordered data in it. */
function promoted(x, y) {
  return x.$dt === FLOAT || y.$dt === FLOAT ? FLOAT : x.$dt === INT || y.$dt === INT ? INT : BOOL;
}

function dataAs(a, dt) {
  const d = flat(a);
  if (dt === BOOL || d instanceof Float64Array) return d;
  return Float64Array.from(d);
}

/** Whether the 2-D `a` is the transpose of C-ordered data (Fortran order), and not C-ordered. */
function isF(a) {
  const [r, c] = a.$shape;
  return r > 1 && c > 1 && a.$strides[0] === 1 && a.$strides[1] === r;
}

/**
 * `n x k` times `k x m` blocks (C order, starting at `oa`/`ob`) into `out` at `oo`. float64
 * products with a vector or of small matrices run in JS (the kernel call costs more than the
 * arithmetic): each element sums `a[i, p] * b[p, j]` from 0.0 with p ascending, as
 * ops.rs::matmul_f64 does, so the results are the same bits. Others take the lean
 * `matmulBlock` kernel (ints wrap as NumPy's int64 do).
 */
function product(dt, a, oa, b, ob, n, k, m, out, oo) {
  if (dt === FLOAT && n > 1 && m > 1 && k <= 256 && n * k * m >= 4096 && hasFma()) {
    // Matrix products: NumPy's BLAS (OpenBLAS dgemm, for k up to its 256-deep block; row or
    // column vectors go through gemv/dot instead) accumulates each element with fused
    // multiply-adds, p ascending: hardware FMA where relaxed SIMD has it (`_fma.mjs`), ...
    matmulFma(a.subarray(oa, oa + n * k), false, b.subarray(ob, ob + k * m), false, n, k, m, out, oo);
    return;
  }
  if (dt === FLOAT && n > 1 && m > 1 && k <= 256 && n * k * m <= 32768) {
    // ... else emulated here (the same bits), so the results are its bits.
    for (let i = 0; i < n; i++) {
      const ai = oa + i * k, oi = oo + i * m;
      for (let j = 0; j < m; j++) out[oi + j] = 0;
      for (let p = 0; p < k; p++) {
        const v = a[ai + p], bp = ob + p * m;
        for (let j = 0; j < m; j++) out[oi + j] = fmaAcc(out[oi + j], v, b[bp + j]);
      }
    }
    return;
  }
  if (dt === FLOAT && m === 1) {
    matvec(a, oa, b, ob, n, k, out, oo);
    return;
  }
  if (dt === FLOAT && (n === 1 || n * k * m <= 32768)) {
    for (let i = 0; i < n; i++) {
      const ai = oa + i * k, oi = oo + i * m;
      for (let j = 0; j < m; j++) out[oi + j] = 0;
      for (let p = 0; p < k; p++) {
        const v = a[ai + p], bp = ob + p * m;
        for (let j = 0; j < m; j++) out[oi + j] += v * b[bp + j];
      }
    }
    return;
  }
  const r = K.matmulBlock(dt, n, k, m, a.subarray(oa, oa + n * k), b.subarray(ob, ob + k * m));
  out.set(r, oo);
}

/**
 * `out[oo + i] = a[i, :] @ b` for the C-ordered `n x k` block at `oa` and the `k` elements at
 * `ob`: each row's sum from 0, p ascending, four rows at a time (their sums interleaved, each in
 * its own order, so the bits are those of one row at a time).
 */
function matvec(a, oa, b, ob, n, k, out, oo) {
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    const a0 = oa + i * k, a1 = a0 + k, a2 = a1 + k, a3 = a2 + k;
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    for (let p = 0; p < k; p++) {
      const v = b[ob + p];
      s0 += a[a0 + p] * v;
      s1 += a[a1 + p] * v;
      s2 += a[a2 + p] * v;
      s3 += a[a3 + p] * v;
    }
    out[oo + i] = s0;
    out[oo + i + 1] = s1;
    out[oo + i + 2] = s2;
    out[oo + i + 3] = s3;
  }
  for (; i < n; i++) {
    const ai = oa + i * k;
    let s = 0;
    for (let p = 0; p < k; p++) s += a[ai + p] * b[ob + p];
    out[oo + i] = s;
  }
}

/** `a @ b`: stacks of matrices broadcast over their leading dimensions, as NumPy's matmul. */
export function matmulArr(a, b) {
  const c = a?.$sd?.matmul ?? b?.$sd?.matmul;
  if (c !== undefined) return c(a, b);
  const x = toArr(a), y = toArr(b);
  const nx = x.$shape.length, ny = y.$shape.length;
  if (nx === 0 || ny === 0) {
    throw ValueError("matmul: Input operand " + (nx === 0 ? 0 : 1) + " does not have enough dimensions (has 0, gufunc core with signature " + SIG + " requires 1)");
  }
  const sa = nx === 1 ? [1, x.$shape[0]] : x.$shape, sb = ny === 1 ? [y.$shape[0], 1] : y.$shape;
  const n = sa[sa.length - 2], k = sa[sa.length - 1], k2 = sb[sb.length - 2], m = sb[sb.length - 1];
  if (k !== k2) {
    throw ValueError(`matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature ${SIG} (size ${k2} is different from ${k})`);
  }
  const ba = sa.slice(0, -2), bb = sb.slice(0, -2), nd = Math.max(ba.length, bb.length);
  const batch = new Array(nd).fill(1);
  for (const s of [ba, bb]) {
    for (let i = 0; i < s.length; i++) {
      const o = nd - s.length + i;
      if (batch[o] === 1) batch[o] = s[i];
      else if (s[i] !== 1 && s[i] !== batch[o]) {
        const remap = (o, s) => `${shapeStrC(o)}->(${s.map((d) => d + ",").join("")}newaxis,newaxis)`;
        throw ValueError(`operands could not be broadcast together with remapped shapes [original->remapped]: ${remap(x.$shape, ba)} ${remap(y.$shape, bb)}  and requested shape (${n},${m})`);
      }
    }
  }
  if (nx === 2 && ny === 2 && x.$dt === FLOAT && y.$dt === FLOAT && n > 1 && m > 1 && n * k * m > 32768) {
    // Float64 matrices: the product kernel alone, on the C-ordered data, or on the data of a
    // transposed operand (`b.T`) as it is.
    const xt = isF(x), yt = isF(y);
    if (k <= 256 && hasFma()) {
      // OpenBLAS's bits, as the small products above (hardware FMA).
      const out = outData(FLOAT, n * m);
      matmulFma(xt ? x.$data.subarray(x.$off, x.$off + x.$size) : flat(x), xt, yt ? y.$data.subarray(y.$off, y.$off + y.$size) : flat(y), yt, n, k, m, out, 0);
      return fromFlat(FLOAT, [n, m], out);
    }
    const a = xt ? x.$data.subarray(x.$off, x.$off + x.$size) : flat(x);
    const b = yt ? y.$data.subarray(y.$off, y.$off + y.$size) : flat(y);
    return fromFlat(FLOAT, [n, m], K.matmulF64(a, xt, b, yt, n, k, m));
  }
  const dt = promoted(x, y), A = dataAs(x, dt), B = dataAs(y, dt);
  let nb = 1;
  for (const d of batch) nb *= d;
  const out = dt === BOOL ? new Uint8Array(nb * n * m) : new Float64Array(nb * n * m);
  // Block strides of each operand over the batch dimensions (0 where broadcast).
  const stA = bstr(ba, nd), stB = bstr(bb, nd), idx = new Array(nd).fill(0);
  for (let t = 0; t < nb; t++) {
    let oa = 0, ob = 0;
    for (let i = 0; i < nd; i++) {
      oa += idx[i] * stA[i];
      ob += idx[i] * stB[i];
    }
    product(dt, A, oa * n * k, B, ob * k * m, n, k, m, out, t * n * m);
    for (let i = nd - 1; i >= 0; i--) {
      if (++idx[i] < batch[i]) break;
      idx[i] = 0;
    }
  }
  const shape = batch.slice();
  if (nx > 1) shape.push(n);
  if (ny > 1) shape.push(m);
  return unscalar(fromFlat(dt, shape, out));
}

function bstr(s, nd) {
  const st = new Array(nd).fill(0);
  let acc = 1;
  for (let i = s.length - 1; i >= 0; i--) {
    if (s[i] !== 1) st[nd - s.length + i] = acc;
    acc *= s[i];
  }
  return st;
}

function shapeStrC(s) {
  return s.length === 1 ? `(${s[0]},)` : `(${s.join(",")})`;
}

function notAligned(sa, sb, ad, bd) {
  return ValueError(`shapes ${shapeStrC(sa)} and ${shapeStrC(sb)} not aligned: ${sa[ad]} (dim ${ad}) != ${sb[bd]} (dim ${bd})`);
}

/**
 * `s + a * b` rounded once (a fused multiply-add), emulated: Dekker's exact product and
 * Knuth's two-sum. Falls back to the unfused value for non-finite or huge operands.
 */
function fmaAcc(s, a, b) {
  const p = a * b, r = s + p;
  let t = 134217729 * a;
  const ah = t - (t - a), al = a - ah;
  t = 134217729 * b;
  const bh = t - (t - b), bl = b - bh;
  const e = ah * bh - p + ah * bl + al * bh + al * bl;
  const bb = r - s;
  const err = s - (r - bb) + (p - bb);
  const out = r + (err + e);
  return out === out ? out : r;
}

/** `np.dot(a, b)`. */
export function dotArr(a, b) {
  if (skind(a) >= 0 || skind(b) >= 0) return binary("multiply", a, b);
  const c = a?.$sd?.matmul ?? b?.$sd?.matmul;
  if (c !== undefined) return c(a, b);
  const x = toArr(a), y = toArr(b);
  const sa = x.$shape, sb = y.$shape, na = sa.length, nb = sb.length;
  if (na === 0 || nb === 0) return binary("multiply", x, y);
  if (nb > 2) throw unsupported("dot with a second operand of more than 2 dimensions");
  // The contracted dimension: the last of `a`, the first of `b`.
  if (sa[na - 1] !== sb[0]) throw notAligned(sa, sb, na - 1, 0);
  const k = sa[na - 1], n = na === 1 ? 1 : x.$size / Math.max(k, 1), m = nb === 2 ? sb[1] : 1;
  const rows = na === 1 ? 1 : k === 0 ? sa.slice(0, -1).reduce((p, d) => p * d, 1) : n;
  const dt = promoted(x, y), out = dt === BOOL ? new Uint8Array(rows * m) : new Float64Array(rows * m);
  product(dt, dataAs(x, dt), 0, dataAs(y, dt), 0, rows, k, m, out, 0);
  const shape = sa.slice(0, -1);
  if (nb === 2) shape.push(m);
  return unscalar(fromFlat(dt, shape, out));
}

const sig = (name, params, f, defaults = 0) => withSig(f, name, params, { defaults });

/**
 * `f` applied to each matrix of a stack (ndim > 2), results stacked under the leading shape
 * (`f` gives arrays or float scalars); plain matrices go to `f` directly.
 */
function perMatrix(a, f) {
  const A = copyArr(toArr(a));
  const nd = A.$shape.length;
  if (nd <= 2) return f(A);
  const lead = A.$shape.slice(0, -2), [r, c] = A.$shape.slice(-2), n = lead.reduce((p, q) => p * q, 1);
  const parts = [];
  for (let i = 0; i < n; i++) parts.push(f(fromFlat(A.$dt, [r, c], A.$data.slice(i * r * c, (i + 1) * r * c))));
  if (!isArr(parts[0])) return fromFlat(FLOAT, lead, Float64Array.from(parts, (x) => sval(x)));
  const sub = parts[0].$shape, k = parts[0].$size, out = new Float64Array(n * k);
  parts.forEach((p, i) => out.set(flat(p), i * k));
  return fromFlat(parts[0].$dt, [...lead, ...sub], out);
}

/** The order of a float64 square matrix for the blocked LU's direct kernels, else 0. */
function blockedN(A) {
  const s = A.$shape;
  return A.$dt === FLOAT && s.length === 2 && s[0] === s[1] && s[0] >= 32 ? s[0] : 0;
}

/**
 * A result of `inv`/`solve`'s float64 kernels: a new array nothing else references, marked as
 * the fresh temporary (lower/owned.rs `numpy_fresh_call`: `inv @ a` may write into it, and an
 * owned variable bound to it pools its data when rebound). Through `newResult` as in numpy.mjs
 * (a store into module state in an item's own function makes the shaker keep the item).
 */
function fresh(r) {
  TMP.fresh = r;
  return r;
}
function newResult(r) {
  return fresh(r);
}

export const inv = sig("inv", ["a"], (a) => {
  const A = toArr(a), n = blockedN(A);
  // Float64 matrices of 32 rows and up: the blocked LU's kernel on the data as it is (the same
  // bits as the generic kernel, without its copies).
  if (n > 0) return newResult(fromFlat(FLOAT, [n, n], kcall(K.linalgInvF64, flat(A), n)));
  return perMatrix(A, (m) => unpack(call("inv", m))[0]);
});
/** (sign, logdet) as NumPy's umath_linalg computes them, from the LU diagonal. */
function slog(a) {
  const [s, d] = many(call("lu_diag", a), 2);
  let sign = s.$data[0], logdet = 0;
  for (let x of d.$data) {
    if (x < 0) {
      sign = -sign;
      x = -x;
    }
    logdet += M.log(x);
  }
  if (d.$data.some((x) => x === 0)) return [0, -Infinity];
  return [sign, logdet];
}

export const det = sig("det", ["a"], (a) => perMatrix(a, (m) => {
  const [sign, logdet] = slog(m);
  return scal(FLOAT, sign * M.exp(logdet));
}));
export const solve = sig("solve", ["a", "b"], (a, b) => {
  const A = toArr(a), n = blockedN(A), B = toArr(b), sb = B.$shape;
  if (n > 0 && B.$dt === FLOAT && sb[0] === n && (sb.length === 1 || (sb.length === 2 && sb[1] > 0))) {
    return newResult(fromFlat(FLOAT, sb.slice(), kcall(K.linalgSolveF64, flat(A), n, flat(B), sb.length === 1 ? 1 : sb[1])));
  }
  if (A.$shape.length > 2 || sb.length > 2) return solveStack(A, B);
  return unpack(call("solve", A, B))[0];
});
/**
 * `solve` of stacks: NumPy 2 takes `b` as one vector when it is 1-D, else as a stack of
 * matrices (..., M, K) whose leading axes broadcast with `a`'s; one kernel call per matrix.
 */
function solveStack(A, B) {
  if (A.$shape.length < 2) throw LinAlgError(`${A.$shape.length}-dimensional array given. Array must be at least two-dimensional`);
  const vec = B.$shape.length === 1, sa = A.$shape.slice(-2), sb = vec ? B.$shape.slice() : B.$shape.slice(-2);
  const lead = broadcastShapes(A.$shape.slice(0, -2), vec ? [] : B.$shape.slice(0, -2));
  const n = lead.reduce((p, q) => p * q, 1), ka = sa[0] * sa[1], kb = sb.reduce((p, q) => p * q, 1);
  const Ad = flat(copyArr(broadcastTo(A, [...lead, ...sa]), FLOAT)), Bd = flat(copyArr(vec ? B : broadcastTo(B, [...lead, ...sb]), FLOAT));
  const out = new Float64Array(n * kb);
  for (let i = 0; i < n; i++) {
    const m = fromFlat(FLOAT, sa.slice(), Ad.slice(i * ka, (i + 1) * ka));
    const r = unpack(call("solve", m, fromFlat(FLOAT, sb.slice(), vec ? Bd.slice() : Bd.slice(i * kb, (i + 1) * kb))))[0];
    out.set(flat(r), i * kb);
  }
  return fromFlat(FLOAT, [...lead, ...sb], out);
}
export const cholesky = sig("cholesky", ["a", "upper"], (a, up) => {
  const L = unpack(call("cholesky", a))[0];
  if (up === undefined || up === null || !truthy(up)) return L;
  // upper=True: U = L.T (the last two axes swapped, copied to C order).
  const n = L.$shape.length, sh = L.$shape.slice(), st = L.$strides.slice();
  [sh[n - 1], sh[n - 2]] = [sh[n - 2], sh[n - 1]];
  [st[n - 1], st[n - 2]] = [st[n - 2], st[n - 1]];
  return copyArr(mk(L.$dt, sh, st, L.$off, L.$data));
}, 1);
export const slogdet = sig("slogdet", ["a"], (a) => {
  const A = toArr(a);
  if (A.$shape.length > 2) {
    const signs = [], logs = [];
    perMatrix(A, (m) => {
      const [s, l] = slog(m);
      signs.push(s);
      logs.push(l);
      return 0;
    });
    const lead = A.$shape.slice(0, -2);
    return struct_seq("SlogdetResult", ["sign", "logabsdet"], fromFlat(FLOAT, lead, Float64Array.from(signs)), fromFlat(FLOAT, lead.slice(), Float64Array.from(logs)));
  }
  const [sign, logdet] = slog(A);
  return struct_seq("SlogdetResult", ["sign", "logabsdet"], scal(FLOAT, sign), scal(FLOAT, logdet));
});
export const qr = sig("qr", ["a", "mode"], (a, mode) => {
  if (mode !== undefined && mode !== "reduced" && mode !== "r") throw unsupported(`linalg.qr(mode=${JSON.stringify(mode)})`);
  const [q, r] = many(call("qr", a), 2);
  if (mode === "r") return r;
  return struct_seq("QRResult", ["Q", "R"], q, r);
}, 1);
// UPLO picks the triangle LAPACK's dsyevd reads ("L" by default, as in NumPy): true for "U".
// (Kernel names are whole string literals passed to `call`: the per-program kernel analysis
// keeps the kernels named that way, stdlib-shims/CONTRACT.md.)
function upper(u) {
  if (u === undefined) return false;
  const s = typeof u === "string" ? u.toUpperCase() : u;
  if (s === "L") return false;
  if (s === "U") return true;
  throw ValueError("UPLO argument must be 'L' or 'U'");
}
export const eigh = sig("eigh", ["a", "UPLO"], (a, u) => {
  const [w, v] = many(upper(u) ? call("eigh_u", a) : call("eigh", a), 2);
  return struct_seq("EighResult", ["eigenvalues", "eigenvectors"], w, v);
}, 1);
export const eigvalsh = sig("eigvalsh", ["a", "UPLO"], (a, u) => unpack(upper(u) ? call("eigvalsh_u", a) : call("eigvalsh", a))[0], 1);
/** The kernel's `eig`/`eigvals`, or for complex eigenvalues (which it reports) numpy/_eig.mjs's dgeev. */
function geevCx(name, a, vectors) {
  try {
    return [call(name, a), null];
  } catch (e) {
    if (!/complex eigenvalues/.test(String(e?.args?.[0] ?? e?.message))) throw e;
  }
  const A = copyArr(toArr(a), FLOAT), n = A.$shape[0], g = geev(flat(A), n, vectors);
  if (g === null) throw LinAlgError("Eigenvalues did not converge");
  const w = cxWrap(fromFlat(FLOAT, [n], Float64Array.from(g.wr)), fromFlat(FLOAT, [n], Float64Array.from(g.wi)));
  return [null, vectors ? [w, cxWrap(fromFlat(FLOAT, [n, n], g.vre), fromFlat(FLOAT, [n, n], g.vim))] : w];
}
export const eig = sig("eig", ["a"], (a) => {
  const [p, c] = geevCx("eig", a, true);
  const [w, v] = p !== null ? many(p, 2) : c;
  return struct_seq("EigResult", ["eigenvalues", "eigenvectors"], w, v);
});
export const eigvals = sig("eigvals", ["a"], (a) => {
  const [p, c] = geevCx("eigvals", a, false);
  return p !== null ? unpack(p)[0] : c;
});

/** Singular values of a 2-D array, descending (runtime/src/svd.rs). */
function svdvals(a) {
  return flat(many(call("svd_r", copyArr(toArr(a), FLOAT)), 3)[1]);
}
export const svd = sig("svd", ["a", "full_matrices", "compute_uv", "hermitian"], (a, full, uv) => {
  const A = copyArr(toArr(a), FLOAT);
  if (A.$shape.length > 2) throw unsupported("linalg.svd of a stack of matrices");
  if (uv !== undefined && !truthy(uv)) return many(call("svd_r", A), 3)[1];
  const [u, sv, vh] = many(full === undefined || truthy(full) ? call("svd", A) : call("svd_r", A), 3);
  return struct_seq("SVDResult", ["U", "S", "Vh"], u, sv, vh);
}, 3);
export const cond = sig("cond", ["x", "p"], (x, p) => {
  const A = copyArr(toArr(x), FLOAT);
  if (A.$shape.length !== 2) throw unsupported("linalg.cond of a stack of matrices");
  const pn = p === undefined || p === null ? 2 : typeof p === "string" || p instanceof String ? NaN : toNum(p);
  if (pn === 2 || pn === -2) {
    const s = svdvals(A);
    const r = pn === -2 ? s[s.length - 1] / s[0] : s[0] / s[s.length - 1];
    return scal(FLOAT, r);
  }
  return scal(FLOAT, sval(norm(A, p)) * sval(norm(inv(A), p)));
}, 1);

// Shaken per entry (kernels.rs): `norm_svd` is a word the compiler adds only to programs that
// may call `norm` with ord 2, -2, 'nuc' or an ord it cannot see (compiler/src/semantic.rs,
// NORM_SVD), so that other programs ship no SVD kernel. The key is built, not written, so the
// lookup below does not keep the entry by itself.
const NORM_ORD = { norm_svd: svdvals };
// `norm(x, ord, axis=(r, c))`: shaken the same way, on the word `np_pow` the compiler adds to
// every program that passes `norm` an `ord` (semantic.rs, NP_POW).
const NORM_AXES = { np_pow: matrixNorms };

export const norm = sig("norm", ["x", "ord", "axis", "keepdims"], (x, ord, axis, keepdims) => {
  if (x?.$b !== undefined && (ord === undefined || ord === null) && (axis === undefined || axis === null)) {
    // NumPy: sqrt(x.real.dot(x.real) + x.imag.dot(x.imag)).
    const sq = (d) => {
      let s = 0;
      for (let i = 0; i < d.length; i++) s += d[i] * d[i];
      return s;
    };
    return scal(FLOAT, Math.sqrt(sq(flat(x.$a)) + sq(flat(x.$b))));
  }
  const a = copyArr(toArr(x), FLOAT);
  const nd = a.$shape.length;
  const hasOrd = ord !== undefined && ord !== null;
  const vecAxis = axis !== undefined && axis !== null && !(axis instanceof Tuple || Array.isArray(axis));
  if (hasOrd && typeof ord === "string" && (vecAxis || ((axis === undefined || axis === null) && nd === 1))) {
    throw ValueError(`Invalid norm order '${ord}' for vectors`);
  }
  if ((axis === undefined || axis === null) && !hasOrd) {
    const d = flat(a);
    let s = 0;
    for (let i = 0; i < d.length; i++) s += d[i] * d[i];
    return scal(FLOAT, Math.sqrt(s));
  }
  if (axis !== undefined && axis !== null) {
    let axes = null;
    if (axis instanceof Tuple || Array.isArray(axis)) {
      // A 1-tuple is the vector norm along that axis; a 2-tuple with ord None/'fro' is the
      // Frobenius norm of each matrix, sqrt(add.reduce(x*x, axis)) as NumPy computes it.
      const t = [...axis].map((v) => (sval(v) < 0 ? sval(v) + nd : sval(v)));
      if (t.length === 1) return norm(a, ord, t[0], keepdims);
      if (t.length !== 2) throw unsupported("linalg.norm with a tuple axis and this ord");
      if (t[0] === t[1]) throw ValueError("Duplicate axes given.");
      if (hasOrd && ord !== "fro") {
        const mn = NORM_AXES["np_" + "pow"];
        if (mn === undefined) throw unsupported("linalg.norm with a tuple axis and this ord");
        return mn(a, ord, t, keepdims === true);
      }
      axes = Int32Array.of(Math.min(t[0], t[1]), Math.max(t[0], t[1]));
    }
    const ax = axes ? 0 : sval(axis) < 0 ? sval(axis) + nd : sval(axis);
    for (const v of axes || [ax]) if (v < 0 || v >= nd) throw AxisError(`axis ${v < 0 ? v - nd : v} is out of bounds for array of dimension ${nd}`);
    if (hasOrd && !axes && toNum(ord) !== 2) {
      // Vector norms along one axis, as NumPy computes them (add.reduce of |x|, |x|**p, ...).
      const o = toNum(ord), ab = unary("absolute", a);
      const kd = keepdims === true, axes = Int32Array.of(ax);
      const red = (r) => unpack(r)[0];
      let out;
      if (o === Infinity) out = red(K.reduce_max(...kargs(ab), true, axes, kd, 0));
      else if (o === -Infinity) out = red(K.reduce_min(...kargs(ab), true, axes, kd, 0));
      else if (o === 0) out = red(K.reduce_sum(...kargs(copyArr(toArr(binary("not_equal", a, 0)), FLOAT)), true, axes, kd, 0));
      else if (o === 1) out = red(K.reduce_sum(...kargs(ab), true, axes, kd, 0));
      else {
        out = red(K.reduce_sum(...kargs(toArr(binary("power", ab, o))), true, axes, kd, 0));
        out = toArr(binary("power", out, 1 / o));
      }
      return unscalar(out);
    }
    const sq = binary("multiply", a, a);
    const r = K.reduce_sum(...kargs(sq), true, axes || Int32Array.of(ax), keepdims === true, 0);
    const out = unpack(r)[0];
    const d = out.$data;
    for (let i = 0; i < d.length; i++) d[i] = Math.sqrt(d[i]);
    return unscalar(out);
  }
  const o = ord === "fro" ? null : typeof ord === "string" || ord instanceof String ? NaN : toNum(ord);
  const d = flat(a);
  if (nd === 1) {
    if (o === Infinity) return scal(FLOAT, d.reduce((m, v) => Math.max(m, Math.abs(v)), 0));
    if (o === -Infinity) return scal(FLOAT, d.reduce((m, v) => Math.min(m, Math.abs(v)), Infinity));
    if (o === 0) return scal(FLOAT, d.reduce((m, v) => m + (v !== 0 ? 1 : 0), 0));
    if (o === 1) return scal(FLOAT, kcall(K.pairwiseSum, d.map(Math.abs)));
    if (o === 2 || o === null) return norm(a);
    return scal(FLOAT, Math.pow(kcall(K.pairwiseSum, d.map((v) => Math.pow(Math.abs(v), o))), 1 / o));
  }
  if (nd === 2) {
    const [r, c] = a.$shape;
    if (o === null) return norm(a);
    if (o === 1 || o === Infinity || o === -1 || o === -Infinity) {
      // Largest (smallest for negative ord) absolute column (ord 1) or row (ord inf) sum.
      const cols = o === 1 || o === -1;
      let best = o > 0 ? 0 : Infinity;
      const outer = cols ? c : r, inner = cols ? r : c;
      for (let i = 0; i < outer; i++) {
        let s = 0;
        for (let j = 0; j < inner; j++) s += Math.abs(cols ? d[j * c + i] : d[i * c + j]);
        best = o > 0 ? Math.max(best, s) : Math.min(best, s);
      }
      return scal(FLOAT, best);
    }
    if (o === 2 || o === -2 || ord === "nuc") {
      const svdOf = NORM_ORD["norm_" + "svd"];
      if (svdOf === undefined) throw new Error(`pyjs: linalg.norm with ord=${ord} was compiled without its SVD`);
      const sv = svdOf(a);
      if (ord === "nuc") {
        let t = 0;
        for (const v of sv) t += v;
        return scal(FLOAT, t);
      }
      return scal(FLOAT, o === 2 ? sv[0] : sv[sv.length - 1]);
    }
    throw ValueError("Invalid norm order for matrices.");
  }
  throw unsupported(`linalg.norm with ord=${ord}`);
}, 3);

/** `norm(a, ord, axis=(r, c))` for a matrix ord: the 2-D norm of each (r, c) matrix. */
function matrixNorms(a, ord, t, kd) {
  const sh = a.$shape, nd = sh.length, p = [...sh.keys()].filter((i) => i !== t[0] && i !== t[1]).concat(t);
  if (t.some((v) => v < 0 || v >= nd)) throw AxisError(`axis ${t.find((v) => v < 0 || v >= nd)} is out of bounds for array of dimension ${nd}`);
  const r = perMatrix(mk(FLOAT, p.map((i) => sh[i]), p.map((i) => a.$strides[i]), a.$off, a.$data), (m) => norm(m, ord));
  return kd ? fromFlat(FLOAT, sh.map((s, i) => (t.includes(i) ? 1 : s)), Float64Array.of(...flat(toArr(r)))) : r;
}

function minNorm(A, B, cutoff) {
  const [u, sv, vh] = many(call("svd_r", A), 3);
  const s = flat(sv), [m, k] = u.$shape, n = vh.$shape[1], ut = flat(u), vt = flat(vh);
  const vec = B.$shape.length === 1, q = vec ? 1 : B.$shape[1], bd = flat(B);
  // c = diag(1/s) U.T b (k x q), then x = Vh.T c (n x q).
  const c = new Float64Array(k * q);
  for (let i = 0; i < k; i++) {
    if (!(s[i] > cutoff)) continue;
    for (let t = 0; t < q; t++) {
      let acc = 0;
      for (let j = 0; j < m; j++) acc += ut[j * k + i] * bd[j * q + t];
      c[i * q + t] = acc / s[i];
    }
  }
  const x = new Float64Array(n * q);
  for (let j = 0; j < n; j++) for (let t = 0; t < q; t++) {
    let acc = 0;
    for (let i = 0; i < k; i++) acc += vt[i * n + j] * c[i * q + t];
    x[j * q + t] = acc;
  }
  return fromFlat(FLOAT, vec ? [n] : [n, q], x);
}
export const lstsq = sig("lstsq", ["a", "b", "rcond"], (a, b, rcond) => {
  const A = copyArr(toArr(a), FLOAT), B = copyArr(toArr(b), FLOAT);
  // Shape errors are the kernel's (NumPy's messages).
  if (B.$shape.length > 2) throw LinAlgError(`${B.$shape.length}-dimensional array given. Array must be two-dimensional`);
  if (A.$shape.length !== 2 || B.$shape.length < 1 || B.$shape.length > 2 || B.$shape[0] !== A.$shape[0]) unpack(call("lstsq", A, B));
  const [m, n] = A.$shape;
  const s = svdvals(A);
  // LAPACK's rank: singular values above rcond (default eps * max(m, n)) times the largest.
  const rc = rcond === undefined || rcond === null ? 2.220446049250313e-16 * Math.max(m, n) : toNum(sval(rcond));
  const smax = s.length > 0 ? Math.max(...s) : 0;
  const rank = s.filter((v) => v > (rc < 0 ? 2.220446049250313e-16 : rc) * smax).length;
  // Rank-deficient or underdetermined: dgelsd's minimum-norm solution, V diag(1/s) U.T b over the kept values.
  const x = rank < Math.min(m, n) || m < n ? minNorm(A, B, (rc < 0 ? 2.220446049250313e-16 : rc) * smax) : unpack(call("lstsq", A, B))[0];
  // Residuals: squared 2-norms of b - a @ x per column, when m > n (full rank).
  let resid;
  if (m > n && rank === n) {
    const r = binary("subtract", B, matmulArr(A, x));
    const rr = binary("multiply", r, r);
    const sums = unpack(K.reduce_sum(...kargs(rr), true, Int32Array.of(0), false, 0))[0];
    resid = sums.$shape.length === 0 ? fromFlat(FLOAT, [1], Float64Array.of(sums.$data[0])) : sums;
  } else resid = fromFlat(FLOAT, [0], new Float64Array(0));
  return mktuple(x, resid, rank, fromFlat(FLOAT, [s.length], Float64Array.from(s)));
}, 1);

export const matrix_rank = sig("matrix_rank", ["A", "tol"], (a, tol) => {
  const A = copyArr(toArr(a), FLOAT);
  if (A.$shape.length < 2) return flat(A).some((v) => v !== 0) ? 1 : 0;
  if (A.$shape.length > 2) return copyArr(perMatrix(A, (m) => matrix_rank(m, tol)), INT);
  const [m, n] = A.$shape;
  const s = svdvals(A);
  const t = tol === undefined || tol === null ? Math.max(...s) * Math.max(m, n) * 2.220446049250313e-16 : toNum(sval(tol));
  return scal(INT, s.filter((v) => v > t).length);
}, 1);

export const matrix_power = sig("matrix_power", ["a", "n"], (a, n) => {
  let k = sval(n);
  let A = toArr(a);
  const sh = A.$shape;
  if (sh.length < 2 || sh[sh.length - 1] !== sh[sh.length - 2]) throw LinAlgError("Last 2 dimensions of the array must be square");
  if (k < 0) {
    A = inv(A);
    k = -k;
  }
  let result = null;
  let base = A;
  while (k > 0) {
    if (k & 1) result = result === null ? base : matmulArr(result, base);
    base = matmulArr(base, base);
    k >>= 1;
  }
  if (result === null) {
    const n0 = A.$shape[0], d = new Float64Array(n0 * n0);
    for (let i = 0; i < n0; i++) d[i * n0 + i] = 1;
    return fromFlat(A.$dt === BOOL ? INT : A.$dt, [n0, n0], d);
  }
  return result;
});

export const pinv = sig("pinv", ["a", "rcond", "hermitian"], (a, rcond) => {
  // NumPy's: reciprocals of the singular values above rcond * max(s), then Vh.T @ (s[:, None] * U.T).
  const A = copyArr(toArr(a), FLOAT);
  if (A.$shape.length !== 2) throw unsupported("linalg.pinv of a stack of matrices");
  const [u, sv, vh] = many(call("svd_r", A), 3);
  const s = flat(sv), rc = rcond === undefined || rcond === null ? 1e-15 : toNum(sval(rcond));
  const cutoff = rc * Math.max(...s);
  const inv_s = Float64Array.from(s, (v) => (v > cutoff ? 1 / v : 0));
  const [m, k] = u.$shape;
  const ut = flat(u), st = new Float64Array(k * m);
  for (let i = 0; i < k; i++) for (let j = 0; j < m; j++) st[i * m + j] = inv_s[i] * ut[j * k + i];
  const vhT = copyArr(mk(FLOAT, [vh.$shape[1], vh.$shape[0]], [1, vh.$shape[1]], 0, flat(vh)));
  return matmulArr(vhT, fromFlat(FLOAT, [k, m], st));
}, 2);

export const multi_dot = sig("multi_dot", ["arrays"], (arrs) => {
  const xs = Array.from(arrs);
  return xs.slice(1).reduce((acc, x) => dotArr(acc, x), xs[0]);
});

void TypeError;
void isArr;
