// numpy.fft (ARCHITECTURE.md "Complex arrays"): fft/ifft/rfft/irfft/fft2/ifft2 with n=, axis=
// and norm=, fftfreq/rfftfreq, fftshift/ifftshift. A mixed-radix Cooley-Tukey transform in JS
// over the parts of complex arrays (numpy/_cx.mjs); radix 4, 2, 3, 5 and generic odd passes with
// twiddles from cos/sin of reduced angles. Not pocketfft's exact pass structure: results agree
// with NumPy's to about 1e-15 relative, not always to the last bit.

import { TypeError, ValueError } from "../builtins.mjs";
import { withSig } from "../_shim.mjs";
import { FLOAT, INT, fromFlat, flat, copyArr, isArr, skind, sval, unsupported, toArr } from "./_core.mjs";
import { cxWrap, cxSplit } from "./_cx.mjs";

const sig = (name, params, f, defaults = 0) => withSig(f, `numpy.fft.${name}`, params, { defaults });

/** cos and sin of 2 pi k / n, reduced to the first octant so both are accurate. */
function twiddle(k, n) {
  k %= n;
  if (k < 0) k += n;
  // 8k/n in [0, 8): octant and the angle within it.
  let oct = Math.floor((8 * k) / n), r = 8 * k - oct * n;
  let c, s;
  const ang = (x) => (2 * Math.PI * x) / (8 * n);
  if (oct % 2 === 0) {
    const t = ang(r);
    c = Math.cos(t);
    s = Math.sin(t);
  } else {
    const t = ang(n - r);
    c = Math.sin(t);
    s = Math.cos(t);
  }
  // Rotate by the octant's quarter turns.
  const q = oct >> 1;
  for (let i = 0; i < q; i++) [c, s] = [-s, c];
  return [c, s];
}

function smallestFactor(n) {
  if (n % 4 === 0) return 4;
  if (n % 2 === 0) return 2;
  for (let p = 3; p * p <= n; p += 2) if (n % p === 0) return p;
  return n;
}

/** DFT of `n` values x[off + j*stride] (sign -1 forward, +1 backward) into out[oo + k]. */
function rec(xr, xi, off, stride, n, sign, orr, oi, oo) {
  if (n === 1) {
    orr[oo] = xr[off];
    oi[oo] = xi[off];
    return;
  }
  const p = smallestFactor(n), m = n / p;
  if (p === n && n > 5) {
    // A prime length: the direct sum.
    for (let k = 0; k < n; k++) {
      let sr = 0, si = 0;
      for (let j = 0; j < n; j++) {
        const [c, s] = twiddle(j * k, n), ar = xr[off + j * stride], ai = xi[off + j * stride], ss = sign * s;
        sr += ar * c - ai * ss;
        si += ar * ss + ai * c;
      }
      orr[oo + k] = sr;
      oi[oo + k] = si;
    }
    return;
  }
  // The p interleaved sub-sequences, each transformed into out[oo + j*m ...].
  for (let j = 0; j < p; j++) rec(xr, xi, off + j * stride, stride * p, m, sign, orr, oi, oo + j * m);
  const tr = new Float64Array(p), ti = new Float64Array(p);
  for (let k = 0; k < m; k++) {
    // Twiddled inputs of this butterfly.
    for (let j = 0; j < p; j++) {
      const ur = orr[oo + j * m + k], ui = oi[oo + j * m + k];
      if (j === 0 || k === 0) {
        tr[j] = ur;
        ti[j] = ui;
      } else {
        const [c, s0] = twiddle(j * k, n), s = sign * s0;
        tr[j] = ur * c - ui * s;
        ti[j] = ur * s + ui * c;
      }
    }
    if (p === 2) {
      orr[oo + k] = tr[0] + tr[1];
      oi[oo + k] = ti[0] + ti[1];
      orr[oo + m + k] = tr[0] - tr[1];
      oi[oo + m + k] = ti[0] - ti[1];
    } else if (p === 4) {
      const ar = tr[0] + tr[2], ai = ti[0] + ti[2], br = tr[0] - tr[2], bi = ti[0] - ti[2];
      const cr = tr[1] + tr[3], ci = ti[1] + ti[3], dr = tr[1] - tr[3], di = ti[1] - ti[3];
      // (d * sign i)
      const er = -sign * di, ei = sign * dr;
      orr[oo + k] = ar + cr;
      oi[oo + k] = ai + ci;
      orr[oo + m + k] = br + er;
      oi[oo + m + k] = bi + ei;
      orr[oo + 2 * m + k] = ar - cr;
      oi[oo + 2 * m + k] = ai - ci;
      orr[oo + 3 * m + k] = br - er;
      oi[oo + 3 * m + k] = bi - ei;
    } else {
      for (let q = 0; q < p; q++) {
        let sr = 0, si = 0;
        for (let j = 0; j < p; j++) {
          const [c, s0] = twiddle(j * q, p), s = sign * s0;
          sr += tr[j] * c - ti[j] * s;
          si += tr[j] * s + ti[j] * c;
        }
        orr[oo + q * m + k] = sr;
        oi[oo + q * m + k] = si;
      }
    }
  }
}

/** The transform of one row (Float64Arrays of length n), scaled by `f`. */
function c2c(xr, xi, sign, f) {
  const n = xr.length, orr = new Float64Array(n), oi = new Float64Array(n);
  if (n > 0) rec(xr, xi, 0, 1, n, sign, orr, oi, 0);
  if (f !== 1) {
    for (let i = 0; i < n; i++) {
      orr[i] *= f;
      oi[i] *= f;
    }
  }
  return [orr, oi];
}

function normFactor(norm, n, inverse) {
  if (norm === undefined || norm === null || norm === "backward") return inverse ? 1 / n : 1;
  if (norm === "ortho") return 1 / Math.sqrt(n);
  if (norm === "forward") return inverse ? 1 : 1 / n;
  throw ValueError(`Invalid norm value ${norm}; should be "backward", "ortho" or "forward".`);
}

/**
 * `f(re, im)` (rows of length n, giving [re, im] rows of length `outN`) applied along `axis` of
 * `x` (complex or real), its length first cut or zero-padded to `n`.
 */
function alongAxis(x, n, axis, outN, f, realOut) {
  let [a, b] = cxSplit(x);
  if (typeof a === "number") throw ValueError("Invalid number of FFT data points (0) specified.");
  const nd = a.$shape.length;
  if (nd === 0) throw ValueError("Invalid number of FFT data points (1) specified.");
  let ax = axis === undefined || axis === null ? -1 : sval(axis);
  if (ax < -nd || ax >= nd) throw ValueError(`axis ${ax} is out of bounds for array of dimension ${nd}`);
  if (ax < 0) ax += nd;
  const shape = a.$shape.slice(), len = shape[ax];
  const N = n === undefined || n === null ? len : sval(n);
  if (!(N >= 1)) throw ValueError(`Invalid number of FFT data points (${N}) specified.`);
  const M = outN(N);
  // C-ordered data with `axis` last.
  const perm = [...Array(nd).keys()].filter((i) => i !== ax).concat([ax]);
  const ar = permute(a, perm), ai = permute(b, perm);
  const rows = ar.length / Math.max(len, 1);
  const outShape = perm.map((i) => shape[i]);
  outShape[nd - 1] = M;
  const orr = new Float64Array(rows * M), oi = new Float64Array(rows * M);
  for (let r = 0; r < rows; r++) {
    const xr = new Float64Array(N), xi = new Float64Array(N);
    const c = Math.min(N, len);
    xr.set(ar.subarray(r * len, r * len + c));
    xi.set(ai.subarray(r * len, r * len + c));
    const [yr, yi] = f(xr, xi, N);
    orr.set(yr.subarray(0, M), r * M);
    oi.set(yi.subarray(0, M), r * M);
  }
  // Back to the original axis order.
  const inv = new Array(nd);
  perm.forEach((p, i) => (inv[p] = i));
  const back = (d) => {
    const t = fromFlat(FLOAT, outShape.slice(), d);
    return fromFlat(FLOAT, inv.map((i) => outShape[i]), permute(t, inv));
  };
  if (realOut) return back(orr);
  return cxWrap(back(orr), back(oi));
}

/** The elements of `a` in C order of its axes permuted by `perm` (a copy). */
function permute(a, perm) {
  const c = copyArr(a, FLOAT), sh = c.$shape, nd = sh.length, d = c.$data;
  const st = new Array(nd);
  for (let i = nd - 1, s = 1; i >= 0; i--) {
    st[i] = s;
    s *= sh[i];
  }
  const psh = perm.map((i) => sh[i]), pst = perm.map((i) => st[i]), n = d.length, out = new Float64Array(n), idx = new Array(nd).fill(0);
  for (let k = 0; k < n; k++) {
    let off = 0;
    for (let i = 0; i < nd; i++) off += idx[i] * pst[i];
    out[k] = d[off];
    for (let i = nd - 1; i >= 0; i--) {
      if (++idx[i] < psh[i]) break;
      idx[i] = 0;
    }
  }
  return out;
}

export const fft = sig("fft", ["a", "n", "axis", "norm", "out"], (a, n, axis, norm, out) => {
  noOut(out);
  return alongAxis(a, n, axis, (N) => N, (xr, xi, N) => c2c(xr, xi, -1, normFactor(norm, N, false)));
}, 4);
export const ifft = sig("ifft", ["a", "n", "axis", "norm", "out"], (a, n, axis, norm, out) => {
  noOut(out);
  return alongAxis(a, n, axis, (N) => N, (xr, xi, N) => c2c(xr, xi, 1, normFactor(norm, N, true)));
}, 4);
export const rfft = sig("rfft", ["a", "n", "axis", "norm", "out"], (a, n, axis, norm, out) => {
  noOut(out);
  if (a?.$b !== undefined) throw TypeError("ufunc 'rfft_n_even' did not contain a loop with signature matching types");
  return alongAxis(a, n, axis, (N) => Math.floor(N / 2) + 1, (xr, xi, N) => c2c(xr, xi.fill(0), -1, normFactor(norm, N, false)));
}, 4);
export const irfft = sig("irfft", ["a", "n", "axis", "norm", "out"], (a, n, axis, norm, out) => {
  noOut(out);
  const [p] = cxSplit(a);
  const nd = p.$shape.length;
  let ax = axis === undefined || axis === null ? -1 : sval(axis);
  if (ax < 0) ax += nd;
  const m = p.$shape[ax], N = n === undefined || n === null ? 2 * (m - 1) : sval(n);
  if (!(N >= 1)) throw ValueError(`Invalid number of FFT data points (${N}) specified.`);
  const h = Math.floor(N / 2) + 1;
  // The Hermitian spectrum of length N from its first h values (imaginary parts of the DC and
  // Nyquist terms ignored, as pocketfft's c2r does).
  return alongAxis(a, h, axis, () => N, (xr, xi) => {
    const fr = new Float64Array(N), fi = new Float64Array(N);
    for (let k = 0; k < h; k++) {
      fr[k] = xr[k];
      fi[k] = k === 0 || (N % 2 === 0 && k === N / 2) ? 0 : xi[k];
    }
    for (let k = h; k < N; k++) {
      fr[k] = xr[N - k];
      fi[k] = -xi[N - k];
    }
    const [yr] = c2c(fr, fi, 1, normFactor(norm, N, true));
    return [yr, new Float64Array(N)];
  }, true);
}, 4);

function axes2(x, s, axes, norm, inverse) {
  const ax = axes === undefined || axes === null ? [-2, -1] : Array.from(axes).map(sval);
  const ss = s === undefined || s === null ? null : Array.from(s).map(sval);
  let r = x;
  for (let i = ax.length - 1; i >= 0; i--) {
    const f = inverse ? ifft : fft;
    r = f(r, ss === null ? null : ss[i], ax[i], norm);
  }
  return r;
}
export const fft2 = sig("fft2", ["a", "s", "axes", "norm", "out"], (a, s, axes, norm, out) => {
  noOut(out);
  return axes2(a, s, axes, norm, false);
}, 4);
export const ifft2 = sig("ifft2", ["a", "s", "axes", "norm", "out"], (a, s, axes, norm, out) => {
  noOut(out);
  return axes2(a, s, axes, norm, true);
}, 4);
export const fftn = sig("fftn", ["a", "s", "axes", "norm", "out"], (a, s, axes, norm, out) => {
  noOut(out);
  const nd = toArrShape(a).length;
  return axes2(a, s, axes ?? [...Array(nd).keys()], norm, false);
}, 4);
export const ifftn = sig("ifftn", ["a", "s", "axes", "norm", "out"], (a, s, axes, norm, out) => {
  noOut(out);
  const nd = toArrShape(a).length;
  return axes2(a, s, axes ?? [...Array(nd).keys()], norm, true);
}, 4);
function toArrShape(a) {
  const [p] = cxSplit(a);
  return typeof p === "number" ? [] : p.$shape;
}
function noOut(out) {
  if (out !== undefined && out !== null) throw unsupported("fft.fft(out=...)");
}

export const fftfreq = sig("fftfreq", ["n", "d", "device"], (n, d) => {
  const N = sval(n), val = 1.0 / (N * (d === undefined ? 1.0 : Number(sval(d))));
  const out = new Float64Array(N), h = Math.floor((N - 1) / 2) + 1;
  for (let i = 0; i < h; i++) out[i] = i * val;
  for (let i = h, k = -Math.floor(N / 2); i < N; i++, k++) out[i] = k * val;
  return fromFlat(FLOAT, [N], out);
}, 2);
export const rfftfreq = sig("rfftfreq", ["n", "d", "device"], (n, d) => {
  const N = sval(n), val = 1.0 / (N * (d === undefined ? 1.0 : Number(sval(d)))), h = Math.floor(N / 2) + 1;
  const out = new Float64Array(h);
  for (let i = 0; i < h; i++) out[i] = i * val;
  return fromFlat(FLOAT, [h], out);
}, 2);

function shift(x, axes, inverse) {
  const isCx = x?.$b !== undefined;
  const a = isCx ? x.$a : isArr(x) ? x : toArr(x);
  const nd = a.$shape.length;
  const ax = axes === undefined || axes === null ? [...Array(nd).keys()] : skind(axes) >= 0 ? [sval(axes)] : Array.from(axes).map(sval);
  const roll = (arr) => {
    let r = copyArr(arr);
    for (let k of ax) {
      if (k < 0) k += nd;
      const len = r.$shape[k], s = inverse ? -Math.floor(len / 2) : Math.floor(len / 2);
      r = rollAxis(r, s, k);
    }
    return r;
  };
  return isCx ? cxWrap(roll(x.$a), roll(x.$b)) : roll(a);
}
function rollAxis(a, s, k) {
  const shape = a.$shape, len = shape[k], d = flat(a), out = new Float64Array(d.length);
  const inner = shape.slice(k + 1).reduce((p, q) => p * q, 1), outer = shape.slice(0, k).reduce((p, q) => p * q, 1);
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < len; i++) {
      const j = (((i + s) % len) + len) % len;
      out.set(d.subarray((o * len + i) * inner, (o * len + i + 1) * inner), (o * len + j) * inner);
    }
  }
  return fromFlat(a.$dt, shape.slice(), a.$dt === FLOAT || a.$dt === INT ? out : Uint8Array.from(out));
}
export const fftshift = sig("fftshift", ["x", "axes"], (x, axes) => shift(x, axes, false), 1);
export const ifftshift = sig("ifftshift", ["x", "axes"], (x, axes) => shift(x, axes, true), 1);
