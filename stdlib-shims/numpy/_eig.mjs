// np.linalg.eig/eigvals of matrices with complex eigenvalues (ARCHITECTURE.md "Complex arrays").
// The WASM kernel (runtime/src/eigen.rs) reports them as unsupported; this is the same dgeev
// (dgebal, dgehd2, dorghr, dlahqr + dlanv2, ported step by step from eigen.rs, so the
// eigenvalues have its bits and order), with the eigenvectors of complex pairs found by back
// substitution on the quasi-triangular Schur form from LAPACK dtrevc3's starting vector (so
// the phase, hence the sign after dgeev's normalization, is LAPACK's), back-transformed by Q,
// undone from the balancing, scaled to unit 2-norm with the largest component real.
// The vector parts can differ from LAPACK's (dlaln2/dladiv, GEMM) in the last bits.

const EPS = 2.220446049250313e-16 / 2, ULP = 2.220446049250313e-16, SAFMIN = 2.2250738585072014e-308;

const sign = (a, b) => (b < 0 || Object.is(b, -0) ? -Math.abs(a) : Math.abs(a));
function dlapy2(x, y) {
  if (x !== x) return x;
  if (y !== y) return y;
  const xa = Math.abs(x), ya = Math.abs(y), w = Math.max(xa, ya), z = Math.min(xa, ya);
  return z === 0 || w > Number.MAX_VALUE ? w : w * Math.sqrt(1 + (z / w) * (z / w));
}
function sum(n, f) {
  let s = -0;
  for (let i = 0; i < n; i++) s += f(i);
  return s;
}
function dnrm2(x) {
  let scale = 0;
  for (const v of x) scale = Math.max(scale, Math.abs(v));
  if (scale === 0 || !Number.isFinite(scale)) return scale;
  if (scale > 1e150 || scale < 1e-150) return scale * Math.sqrt(sum(x.length, (i) => (x[i] / scale) * (x[i] / scale)));
  return Math.sqrt(sum(x.length, (i) => x[i] * x[i]));
}
/** dlarfg: returns [beta, tau]; x (an array) overwritten with v[1..]. */
function dlarfg(alpha, x) {
  if (x.length === 0) return [alpha, 0];
  let xnorm = dnrm2(x);
  if (xnorm === 0) return [alpha, 0];
  let beta = -sign(dlapy2(alpha, xnorm), alpha);
  const rsafmn = EPS / SAFMIN, safmn = SAFMIN / EPS;
  let knt = 0;
  if (Math.abs(beta) < safmn) {
    do {
      knt++;
      for (let i = 0; i < x.length; i++) x[i] *= rsafmn;
      beta *= rsafmn;
      alpha *= rsafmn;
    } while (!(Math.abs(beta) >= safmn || knt >= 20));
    xnorm = dnrm2(x);
    beta = -sign(dlapy2(alpha, xnorm), alpha);
  }
  const tau = (beta - alpha) / beta, s = 1 / (alpha - beta);
  for (let i = 0; i < x.length; i++) x[i] *= s;
  for (let i = 0; i < knt; i++) beta *= safmn;
  return [beta, tau];
}
function dlartg(f, g) {
  const safmax = 1 / SAFMIN, rtmin = Math.sqrt(SAFMIN), rtmax = Math.sqrt(safmax / 2), f1 = Math.abs(f), g1 = Math.abs(g);
  if (g === 0) return [1, 0, f];
  if (f === 0) return [0, sign(1, g), g1];
  if (f1 > rtmin && f1 < rtmax && g1 > rtmin && g1 < rtmax) {
    const d = Math.sqrt(f * f + g * g), r = sign(d, f);
    return [f1 / d, g / r, r];
  }
  const u = Math.min(safmax, Math.max(SAFMIN, f1, g1)), fs = f / u, gs = g / u, d = Math.sqrt(fs * fs + gs * gs), r = sign(d, f);
  return [Math.abs(fs) / d, gs / r, r * u];
}
function dlanv2(a, b, c, d) {
  const MULTPL = 4;
  let cs, sn;
  const safmn2 = 2 ** Math.trunc(Math.log(SAFMIN / EPS) / Math.log(2) / 2), safmx2 = 1 / safmn2;
  if (c === 0) {
    cs = 1;
    sn = 0;
  } else if (b === 0) {
    cs = 0;
    sn = 1;
    [a, d] = [d, a];
    b = -c;
    c = 0;
  } else if (a - d === 0 && sign(1, b) !== sign(1, c)) {
    cs = 1;
    sn = 0;
  } else {
    let temp = a - d, p = 0.5 * temp;
    const bcmax = Math.max(Math.abs(b), Math.abs(c)), bcmis = Math.min(Math.abs(b), Math.abs(c)) * sign(1, b) * sign(1, c);
    let scale = Math.max(Math.abs(p), bcmax), z = (p / scale) * p + (bcmax / scale) * bcmis;
    if (z >= MULTPL * EPS) {
      z = p + sign(Math.sqrt(scale) * Math.sqrt(z), p);
      a = d + z;
      d -= (bcmax / z) * bcmis;
      const tau = dlapy2(c, z);
      cs = z / tau;
      sn = c / tau;
      b -= c;
      c = 0;
    } else {
      let count = 0, sigma = b + c;
      for (;;) {
        count++;
        scale = Math.max(Math.abs(temp), Math.abs(sigma));
        if (scale >= safmx2) {
          sigma *= safmn2;
          temp *= safmn2;
          if (count <= 20) continue;
        }
        if (scale <= safmn2) {
          sigma *= safmx2;
          temp *= safmx2;
          if (count <= 20) continue;
        }
        break;
      }
      p = 0.5 * temp;
      let tau = dlapy2(sigma, temp);
      cs = Math.sqrt(0.5 * (1 + Math.abs(sigma) / tau));
      sn = -(p / (tau * cs)) * sign(1, sigma);
      const aa = a * cs + b * sn, bb = -a * sn + b * cs, cc = c * cs + d * sn, dd = -c * sn + d * cs;
      a = aa * cs + cc * sn;
      b = bb * cs + dd * sn;
      c = -aa * sn + cc * cs;
      d = -bb * sn + dd * cs;
      temp = 0.5 * (a + d);
      a = temp;
      d = temp;
      if (c !== 0) {
        if (b !== 0) {
          if (sign(1, b) === sign(1, c)) {
            const sab = Math.sqrt(Math.abs(b)), sac = Math.sqrt(Math.abs(c));
            p = sign(sab * sac, c);
            tau = 1 / Math.sqrt(Math.abs(b + c));
            a = temp + p;
            d = temp - p;
            b -= c;
            c = 0;
            const cs1 = sab * tau, sn1 = sac * tau, t = cs * cs1 - sn * sn1;
            sn = cs * sn1 + sn * cs1;
            cs = t;
          }
        } else {
          b = -c;
          c = 0;
          const t = cs;
          cs = -sn;
          sn = t;
        }
      }
    }
  }
  const v = c === 0 ? 0 : Math.sqrt(Math.abs(b)) * Math.sqrt(Math.abs(c));
  return [[a, b, c, d], [a, v, d, -v], [cs, sn]];
}

function dgebal(a, n) {
  const at = (i, j) => a[i - 1 + (j - 1) * n];
  const scale = new Array(n).fill(1);
  if (n === 0) return [1, 0, scale];
  const swap = (j, m, k, l) => {
    if (j === m) return;
    for (let i = 1; i <= l; i++) {
      const p = i - 1 + (j - 1) * n, q = i - 1 + (m - 1) * n;
      [a[p], a[q]] = [a[q], a[p]];
    }
    for (let i = k; i <= n; i++) {
      const p = j - 1 + (i - 1) * n, q = m - 1 + (i - 1) * n;
      [a[p], a[q]] = [a[q], a[p]];
    }
  };
  let k = 1, l = n, noconv = true;
  while (noconv) {
    noconv = false;
    for (let i = l; i >= 1; i--) {
      let iso = true;
      for (let j = 1; j <= l; j++) if (j !== i && at(i, j) !== 0) iso = false;
      if (iso) {
        scale[l - 1] = i;
        swap(i, l, k, l);
        noconv = true;
        if (l === 1) return [1, 1, scale];
        l--;
      }
    }
  }
  noconv = true;
  while (noconv) {
    noconv = false;
    for (let j = k; j <= l; j++) {
      let iso = true;
      for (let i = k; i <= l; i++) if (i !== j && at(i, j) !== 0) iso = false;
      if (iso) {
        scale[k - 1] = j;
        swap(j, k, k, l);
        noconv = true;
        k++;
      }
    }
  }
  for (let i = k - 1; i < l; i++) scale[i] = 1;
  const SCLFAC = 2, FACTOR = 0.95, sfmin1 = SAFMIN / ULP, sfmax1 = 1 / sfmin1, sfmin2 = sfmin1 * SCLFAC, sfmax2 = 1 / sfmin2;
  for (;;) {
    let nc = false;
    for (let i = k; i <= l; i++) {
      const col = [], row = [];
      for (let j = k; j <= l; j++) {
        col.push(at(j, i));
        row.push(at(i, j));
      }
      let c = dnrm2(col), r = dnrm2(row), ca = 0, ra = 0;
      for (let j = 1; j <= l; j++) ca = Math.max(ca, Math.abs(at(j, i)));
      for (let j = k; j <= n; j++) ra = Math.max(ra, Math.abs(at(i, j)));
      if (c === 0 || r === 0) continue;
      if (c + ca + r + ra !== c + ca + r + ra) return [k, l, scale];
      let g = r / SCLFAC, f = 1;
      const s = c + r;
      while (!(c >= g || Math.max(f, c, ca) >= sfmax2 || Math.min(r, g, ra) <= sfmin2)) {
        f *= SCLFAC;
        c *= SCLFAC;
        ca *= SCLFAC;
        r /= SCLFAC;
        g /= SCLFAC;
        ra /= SCLFAC;
      }
      g = c / SCLFAC;
      while (!(g < r || Math.max(r, ra) >= sfmax2 || Math.min(f, c, g, ca) <= sfmin2)) {
        f /= SCLFAC;
        c /= SCLFAC;
        g /= SCLFAC;
        ca /= SCLFAC;
        r *= SCLFAC;
        ra *= SCLFAC;
      }
      if (c + r >= FACTOR * s) continue;
      if (f < 1 && scale[i - 1] < 1 && f * scale[i - 1] <= sfmin1) continue;
      if (f > 1 && scale[i - 1] > 1 && scale[i - 1] >= sfmax1 / f) continue;
      const gi = 1 / f;
      scale[i - 1] *= f;
      nc = true;
      for (let j = k; j <= n; j++) a[i - 1 + (j - 1) * n] *= gi;
      for (let j = 1; j <= l; j++) a[j - 1 + (i - 1) * n] *= f;
    }
    if (!nc) break;
  }
  return [k, l, scale];
}

function dgehd2(a, n, ilo, ihi) {
  const ix = (i, j) => i - 1 + (j - 1) * n;
  const tau = new Array(Math.max(n - 1, 0)).fill(0);
  for (let i = ilo; i < ihi; i++) {
    const alpha = a[ix(i + 1, i)], x = [];
    for (let r = i + 2; r <= ihi; r++) x.push(a[ix(r, i)]);
    const [beta, t] = dlarfg(alpha, x);
    const v = [1, ...x];
    for (let o = 0, r = i + 2; r <= ihi; r++, o++) a[ix(r, i)] = x[o];
    if (t !== 0) {
      for (let r = 1; r <= ihi; r++) {
        const w = sum(v.length, (c) => a[ix(r, i + 1 + c)] * v[c]);
        for (let c = 0; c < v.length; c++) a[ix(r, i + 1 + c)] -= t * w * v[c];
      }
      for (let c = i + 1; c <= n; c++) {
        const w = sum(v.length, (r) => a[ix(i + 1 + r, c)] * v[r]);
        for (let r = 0; r < v.length; r++) a[ix(i + 1 + r, c)] -= t * w * v[r];
      }
    }
    a[ix(i + 1, i)] = beta;
    tau[i - 1] = t;
  }
  return tau;
}

function dorghr(a, n, ilo, ihi, tau) {
  const ix = (i, j) => i - 1 + (j - 1) * n;
  const q = new Float64Array(n * n);
  for (let i = 1; i <= n; i++) q[ix(i, i)] = 1;
  for (let i = ihi - 1; i >= ilo; i--) {
    const t = tau[i - 1];
    if (t === 0) continue;
    const v = [1];
    for (let r = i + 2; r <= ihi; r++) v.push(a[ix(r, i)]);
    for (let c = i + 1; c <= ihi; c++) {
      const w = sum(v.length, (r) => q[ix(i + 1 + r, c)] * v[r]);
      for (let r = 0; r < v.length; r++) q[ix(i + 1 + r, c)] -= t * w * v[r];
    }
  }
  return q;
}

function dlahqr(wantt, n, ilo, ihi, h, wr, wi, z) {
  const ix = (i, j) => i - 1 + (j - 1) * n;
  const H = (i, j) => h[ix(i, j)];
  const DAT1 = 0.75, DAT2 = -0.4375, KEXSH = 10;
  if (n === 0) return true;
  if (ilo === ihi) {
    wr[ilo - 1] = H(ilo, ilo);
    wi[ilo - 1] = 0;
    return true;
  }
  for (let j = ilo; j <= ihi - 3; j++) {
    h[ix(j + 2, j)] = 0;
    h[ix(j + 3, j)] = 0;
  }
  if (ilo + 2 <= ihi) h[ix(ihi, ihi - 2)] = 0;
  const nh = ihi - ilo + 1, iloz = ilo, ihiz = ihi, smlnum = SAFMIN * (nh / ULP);
  let i1 = 1, i2 = n;
  const itmax = 30 * Math.max(nh, 10);
  let kdefl = 0, i = ihi;
  for (;;) {
    let l = ilo;
    if (i < ilo) return true;
    let converged = false;
    for (let its = 0; its <= itmax; its++) {
      let k = i;
      while (k > l) {
        if (Math.abs(H(k, k - 1)) <= smlnum) break;
        let tst = Math.abs(H(k - 1, k - 1)) + Math.abs(H(k, k));
        if (tst === 0) {
          if (k >= ilo + 2) tst += Math.abs(H(k - 1, k - 2));
          if (k < ihi) tst += Math.abs(H(k + 1, k));
        }
        if (Math.abs(H(k, k - 1)) <= ULP * tst) {
          const hkk1 = Math.abs(H(k, k - 1)), hk1k = Math.abs(H(k - 1, k));
          const ab = Math.max(hkk1, hk1k), ba = Math.min(hkk1, hk1k);
          const hkk = Math.abs(H(k, k)), dif = Math.abs(H(k - 1, k - 1) - H(k, k));
          const aa = Math.max(hkk, dif), bb = Math.min(hkk, dif), s = aa + ab;
          if (ba * (ab / s) <= Math.max(smlnum, ULP * (bb * (aa / s)))) break;
        }
        k--;
      }
      l = k;
      if (l > ilo) h[ix(l, l - 1)] = 0;
      if (l + 1 >= i) {
        converged = true;
        break;
      }
      kdefl++;
      if (!wantt) {
        i1 = l;
        i2 = i;
      }
      let h11, h12, h21, h22;
      if (kdefl % (2 * KEXSH) === 0) {
        const s = Math.abs(H(i, i - 1)) + Math.abs(H(i - 1, i - 2));
        h11 = DAT1 * s + H(i, i);
        h12 = DAT2 * s;
        h21 = s;
        h22 = h11;
      } else if (kdefl % KEXSH === 0) {
        const s = Math.abs(H(l + 1, l)) + Math.abs(H(l + 2, l + 1));
        h11 = DAT1 * s + H(l, l);
        h12 = DAT2 * s;
        h21 = s;
        h22 = h11;
      } else {
        h11 = H(i - 1, i - 1);
        h21 = H(i, i - 1);
        h12 = H(i - 1, i);
        h22 = H(i, i);
      }
      const s0 = Math.abs(h11) + Math.abs(h12) + Math.abs(h21) + Math.abs(h22);
      let rt1r, rt1i, rt2r, rt2i;
      if (s0 === 0) rt1r = rt1i = rt2r = rt2i = 0;
      else {
        h11 /= s0;
        h21 /= s0;
        h12 /= s0;
        h22 /= s0;
        const tr = (h11 + h22) / 2, det = (h11 - tr) * (h22 - tr) - h12 * h21, rtdisc = Math.sqrt(Math.abs(det));
        if (det >= 0) {
          rt1r = tr * s0;
          rt2r = rt1r;
          rt1i = rtdisc * s0;
          rt2i = -rt1i;
        } else {
          const a = tr + rtdisc, b = tr - rtdisc;
          const r = Math.abs(a - h22) <= Math.abs(b - h22) ? a * s0 : b * s0;
          rt1r = r;
          rt2r = r;
          rt1i = 0;
          rt2i = 0;
        }
      }
      const v = [0, 0, 0];
      let m = i - 2;
      for (;;) {
        let h21s = H(m + 1, m);
        let s = Math.abs(H(m, m) - rt2r) + Math.abs(rt2i) + Math.abs(h21s);
        h21s = H(m + 1, m) / s;
        v[0] = h21s * H(m, m + 1) + (H(m, m) - rt1r) * ((H(m, m) - rt2r) / s) - rt1i * (rt2i / s);
        v[1] = h21s * (H(m, m) + H(m + 1, m + 1) - rt1r - rt2r);
        v[2] = h21s * H(m + 2, m + 1);
        s = Math.abs(v[0]) + Math.abs(v[1]) + Math.abs(v[2]);
        v[0] /= s;
        v[1] /= s;
        v[2] /= s;
        if (m === l) break;
        const h00 = Math.abs(H(m - 1, m - 1)) + Math.abs(H(m, m)) + Math.abs(H(m + 1, m + 1));
        if (Math.abs(H(m, m - 1)) * (Math.abs(v[1]) + Math.abs(v[2])) <= ULP * Math.abs(v[0]) * h00) break;
        m--;
      }
      for (let k2 = m; k2 < i; k2++) {
        const nr = Math.min(3, i - k2 + 1);
        if (k2 > m) for (let o = 0; o < nr; o++) v[o] = H(k2 + o, k2 - 1);
        const tail = v.slice(1, nr);
        const [beta, t1] = dlarfg(v[0], tail);
        v[0] = beta;
        for (let o = 0; o < tail.length; o++) v[1 + o] = tail[o];
        if (k2 > m) {
          h[ix(k2, k2 - 1)] = beta;
          h[ix(k2 + 1, k2 - 1)] = 0;
          if (k2 < i - 1) h[ix(k2 + 2, k2 - 1)] = 0;
        } else if (m > l) h[ix(k2, k2 - 1)] *= 1 - t1;
        const v2 = v[1], t2 = t1 * v2;
        if (nr === 3) {
          const v3 = v[2], t3 = t1 * v3;
          for (let j = k2; j <= i2; j++) {
            const sm = H(k2, j) + v2 * H(k2 + 1, j) + v3 * H(k2 + 2, j);
            h[ix(k2, j)] -= sm * t1;
            h[ix(k2 + 1, j)] -= sm * t2;
            h[ix(k2 + 2, j)] -= sm * t3;
          }
          for (let j = i1; j <= Math.min(k2 + 3, i); j++) {
            const sm = H(j, k2) + v2 * H(j, k2 + 1) + v3 * H(j, k2 + 2);
            h[ix(j, k2)] -= sm * t1;
            h[ix(j, k2 + 1)] -= sm * t2;
            h[ix(j, k2 + 2)] -= sm * t3;
          }
          if (z !== null) {
            for (let j = iloz; j <= ihiz; j++) {
              const sm = z[ix(j, k2)] + v2 * z[ix(j, k2 + 1)] + v3 * z[ix(j, k2 + 2)];
              z[ix(j, k2)] -= sm * t1;
              z[ix(j, k2 + 1)] -= sm * t2;
              z[ix(j, k2 + 2)] -= sm * t3;
            }
          }
        } else if (nr === 2) {
          for (let j = k2; j <= i2; j++) {
            const sm = H(k2, j) + v2 * H(k2 + 1, j);
            h[ix(k2, j)] -= sm * t1;
            h[ix(k2 + 1, j)] -= sm * t2;
          }
          for (let j = i1; j <= i; j++) {
            const sm = H(j, k2) + v2 * H(j, k2 + 1);
            h[ix(j, k2)] -= sm * t1;
            h[ix(j, k2 + 1)] -= sm * t2;
          }
          if (z !== null) {
            for (let j = iloz; j <= ihiz; j++) {
              const sm = z[ix(j, k2)] + v2 * z[ix(j, k2 + 1)];
              z[ix(j, k2)] -= sm * t1;
              z[ix(j, k2 + 1)] -= sm * t2;
            }
          }
        }
      }
    }
    if (!converged) return false;
    if (l === i) {
      wr[i - 1] = H(i, i);
      wi[i - 1] = 0;
    } else if (l + 1 === i) {
      const [mm, rt, [cs, sn]] = dlanv2(H(i - 1, i - 1), H(i - 1, i), H(i, i - 1), H(i, i));
      h[ix(i - 1, i - 1)] = mm[0];
      h[ix(i - 1, i)] = mm[1];
      h[ix(i, i - 1)] = mm[2];
      h[ix(i, i)] = mm[3];
      wr[i - 2] = rt[0];
      wi[i - 2] = rt[1];
      wr[i - 1] = rt[2];
      wi[i - 1] = rt[3];
      if (wantt) {
        for (let j = i + 1; j <= i2; j++) {
          const x = H(i - 1, j), y = H(i, j);
          h[ix(i - 1, j)] = cs * x + sn * y;
          h[ix(i, j)] = cs * y - sn * x;
        }
        for (let j = i1; j < i - 1; j++) {
          const x = H(j, i - 1), y = H(j, i);
          h[ix(j, i - 1)] = cs * x + sn * y;
          h[ix(j, i)] = cs * y - sn * x;
        }
      }
      if (z !== null) {
        for (let j = iloz; j <= ihiz; j++) {
          const x = z[ix(j, i - 1)], y = z[ix(j, i)];
          z[ix(j, i - 1)] = cs * x + sn * y;
          z[ix(j, i)] = cs * y - sn * x;
        }
      }
    }
    kdefl = 0;
    if (l < 2) return true;
    i = l - 1;
  }
}

/** Complex division (plain formula; the vectors are normalized afterwards). */
function cdivp(ar, ai, br, bi) {
  if (Math.abs(br) >= Math.abs(bi)) {
    const r = bi / br, d = br + bi * r;
    return [(ar + ai * r) / d, (ai - ar * r) / d];
  }
  const r = br / bi, d = br * r + bi;
  return [(ar * r + ai) / d, (ai * r - ar) / d];
}

/**
 * Eigenvectors (complex, column-major re/im) of the quasi-triangular `t` for each eigenvalue,
 * back-transformed by `q`.
 */
function vectors(t, n, q, wr, wi) {
  const ix = (i, j) => i - 1 + (j - 1) * n;
  const vre = new Float64Array(n * n), vim = new Float64Array(n * n);
  // Block structure: blk[j] = start row of the block containing j.
  const start = new Array(n + 1);
  for (let j = 1; j <= n; j++) start[j] = j > 1 && t[ix(j, j - 1)] !== 0 ? j - 1 : j;
  for (let ki = n; ki >= 1; ki--) {
    if (wi[ki - 1] < 0) continue; // the second of a pair: the conjugate of the first
    const xr = new Float64Array(n), xi = new Float64Array(n);
    let lr, li, top;
    if (wi[ki - 1] === 0) {
      lr = t[ix(ki, ki)];
      li = 0;
      xr[ki - 1] = 1;
      top = ki - 1;
    } else {
      // A pair in rows ki, ki+1 (the first has wi > 0): LAPACK's starting vector.
      const k = ki + 1, w = Math.sqrt(Math.abs(t[ix(k, k - 1)])) * Math.sqrt(Math.abs(t[ix(k - 1, k)]));
      lr = t[ix(k - 1, k - 1)];
      li = w;
      if (Math.abs(t[ix(k - 1, k)]) >= Math.abs(t[ix(k, k - 1)])) {
        xr[k - 2] = 1;
        xi[k - 1] = w / t[ix(k - 1, k)];
      } else {
        xr[k - 2] = -w / t[ix(k, k - 1)];
        xi[k - 1] = 1;
      }
      top = k - 2;
    }
    // Back substitution: (T(j,j) - lambda) x_j = -sum_{k>j} T(j,k) x_k, 2x2 blocks jointly.
    let j = top;
    while (j >= 1) {
      const s = start[j];
      const rhs = (r) => {
        let sr = 0, si = 0;
        for (let c = j + 1; c <= n; c++) {
          sr -= t[ix(r, c)] * xr[c - 1];
          si -= t[ix(r, c)] * xi[c - 1];
        }
        return [sr, si];
      };
      if (s === j) {
        const [br, bi] = rhs(j);
        const [u, v] = cdivp(br, bi, t[ix(j, j)] - lr, -li);
        xr[j - 1] = u;
        xi[j - 1] = v;
        j--;
      } else {
        // Rows j-1, j: [[a - l, b], [c, d - l]] x = rhs (Cramer's rule in complex arithmetic).
        const i0 = j - 1;
        let [b0r, b0i] = [0, 0], [b1r, b1i] = [0, 0];
        for (let c = j + 1; c <= n; c++) {
          b0r -= t[ix(i0, c)] * xr[c - 1];
          b0i -= t[ix(i0, c)] * xi[c - 1];
          b1r -= t[ix(j, c)] * xr[c - 1];
          b1i -= t[ix(j, c)] * xi[c - 1];
        }
        const ar = t[ix(i0, i0)] - lr, ai = -li, bb = t[ix(i0, j)], cc = t[ix(j, i0)], dr = t[ix(j, j)] - lr, di = -li;
        const detr = ar * dr - ai * di - bb * cc, deti = ar * di + ai * dr;
        const n0r = b0r * dr - b0i * di - bb * b1r, n0i = b0r * di + b0i * dr - bb * b1i;
        const n1r = ar * b1r - ai * b1i - cc * b0r, n1i = ar * b1i + ai * b1r - cc * b0i;
        [xr[i0 - 1], xi[i0 - 1]] = cdivp(n0r, n0i, detr, deti);
        [xr[j - 1], xi[j - 1]] = cdivp(n1r, n1i, detr, deti);
        j -= 2;
      }
    }
    for (let r = 1; r <= n; r++) {
      let sr = 0, si = 0;
      for (let k = 1; k <= n; k++) {
        sr += q[ix(r, k)] * xr[k - 1];
        si += q[ix(r, k)] * xi[k - 1];
      }
      vre[ix(r, ki)] = sr;
      vim[ix(r, ki)] = si;
    }
  }
  return [vre, vim];
}

function dgebak(v, n, ilo, ihi, scale) {
  for (let i = ilo; i <= ihi; i++) {
    const s = scale[i - 1];
    for (let c = 1; c <= n; c++) v[i - 1 + (c - 1) * n] *= s;
  }
  for (let ii = 1; ii <= n; ii++) {
    let i = ii;
    if (i >= ilo && i <= ihi) continue;
    if (i < ilo) i = ilo - ii;
    const k = scale[i - 1];
    if (k === i) continue;
    for (let c = 1; c <= n; c++) {
      const p = i - 1 + (c - 1) * n, q = k - 1 + (c - 1) * n;
      [v[p], v[q]] = [v[q], v[p]];
    }
  }
}

/**
 * dgeev of the row-major n x n matrix `a` (a Float64Array): `{wr, wi, vre, vim}` (vectors
 * row-major, null without `wantVectors`), or null when the iteration does not converge.
 */
export function geev(a, n, wantVectors) {
  const m = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) m[i + j * n] = a[i * n + j];
  const smlnum = Math.sqrt(SAFMIN) / ULP, bignum = 1 / smlnum;
  let anrm = 0;
  for (const v of m) anrm = v !== v ? NaN : Math.max(anrm, Math.abs(v));
  const cscale = anrm > 0 && anrm < smlnum ? smlnum : anrm > bignum ? bignum : null;
  if (cscale !== null) for (let i = 0; i < m.length; i++) m[i] = (m[i] / anrm) * cscale;
  const [ilo, ihi, scale] = dgebal(m, n);
  const tau = dgehd2(m, n, ilo, ihi);
  const z = wantVectors ? dorghr(m, n, ilo, ihi, tau) : null;
  for (let j = 1; j <= n; j++) for (let i = j + 2; i <= n; i++) m[i - 1 + (j - 1) * n] = 0;
  const wr = new Array(n).fill(0), wi = new Array(n).fill(0);
  for (let i = 1; i < ilo; i++) wr[i - 1] = m[i - 1 + (i - 1) * n];
  for (let i = ihi + 1; i <= n; i++) wr[i - 1] = m[i - 1 + (i - 1) * n];
  if (!dlahqr(wantVectors, n, ilo, ihi, m, wr, wi, z)) return null;
  let vre = null, vim = null;
  if (wantVectors) {
    [vre, vim] = vectors(m, n, z, wr, wi);
    dgebak(vre, n, ilo, ihi, scale);
    dgebak(vim, n, ilo, ihi, scale);
    for (let c = 0; c < n; c++) {
      const re = vre.subarray(c * n, (c + 1) * n), im = vim.subarray(c * n, (c + 1) * n);
      if (wi[c] === 0) {
        const s = 1 / dnrm2(re);
        for (let r = 0; r < n; r++) re[r] *= s;
      } else if (wi[c] > 0) {
        const s = 1 / dlapy2(dnrm2(re), dnrm2(im));
        let k = 0, best = -1;
        for (let r = 0; r < n; r++) {
          re[r] *= s;
          im[r] *= s;
        }
        for (let r = 0; r < n; r++) {
          const w = re[r] * re[r] + im[r] * im[r];
          if (w > best) {
            best = w;
            k = r;
          }
        }
        const [cs, sn] = dlartg(re[k], im[k]);
        for (let r = 0; r < n; r++) {
          const x = re[r], y = im[r];
          re[r] = cs * x + sn * y;
          im[r] = cs * y - sn * x;
        }
        im[k] = 0;
        // The conjugate pair's vector.
        const re2 = vre.subarray((c + 1) * n, (c + 2) * n), im2 = vim.subarray((c + 1) * n, (c + 2) * n);
        for (let r = 0; r < n; r++) {
          re2[r] = re[r];
          im2[r] = -im[r];
        }
      }
    }
  }
  if (cscale !== null) {
    for (let i = 0; i < n; i++) {
      wr[i] = (wr[i] / cscale) * anrm;
      wi[i] = (wi[i] / cscale) * anrm;
    }
  }
  const rowMajor = (v) => {
    if (v === null) return null;
    const out = new Float64Array(n * n);
    for (let k = 0; k < n * n; k++) out[k] = v[Math.floor(k / n) + (k % n) * n];
    return out;
  };
  return { wr, wi, vre: rowMajor(vre), vim: rowMajor(vim) };
}
