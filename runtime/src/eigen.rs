//! Eigen-decompositions that follow LAPACK step by step, so `np.linalg.eig`/`eigvals`/`eigh`/
//! `eigvalsh` give NumPy's eigenvalue order and eigenvector signs (NumPy links OpenBLAS'
//! reference LAPACK).
//!
//! - General matrices ([`dgeev`]): balance (`dgebal` 'B': permutations, then powers-of-2
//!   scaling), Householder reduction to Hessenberg form (`dgehd2`), the orthogonal factor
//!   (`dorghr`), the double-shift QR iteration with `dlanv2` standardisation of 2x2 blocks
//!   (`dlahqr`, what `dhseqr` runs below order 75), right eigenvectors of the triangular factor
//!   with back-transformation (`dtrevc3`), undoing the balancing (`dgebak`) and normalising each
//!   real eigenvector to unit 2-norm (`dgeev`).
//! - Symmetric matrices ([`dsyevd`]): tridiagonal reduction from the lower triangle (`dsytd2`),
//!   implicit QL/QR on the tridiagonal with the rotations accumulated from the identity
//!   (`dsteqr`, with `dlaev2`/`dlartg`/`dlasr`), then the Householder factor applied (`dormtr`);
//!   eigenvalues ascending. LAPACK's `dstedc` runs `dsteqr` up to order 25 and divide and conquer
//!   above; here `dsteqr` is used for every order (same eigenvalues, orthonormal vectors, but the
//!   signs of vectors above order 25 may differ from NumPy's).
//!
//! Matrices are column-major (`a[i + j * n]`, LAPACK's layout) and the code keeps LAPACK's
//! 1-based loop indices through the `at!` macro so each step can be checked against the
//! reference. Results differ from NumPy's in the last bits only (OpenBLAS uses FMA kernels).

const EPS: f64 = f64::EPSILON / 2.0; // dlamch('E')
const ULP: f64 = f64::EPSILON; // dlamch('P')
const SAFMIN: f64 = f64::MIN_POSITIVE; // dlamch('S')

/// Element `(i, j)` (1-based) of a column-major matrix with leading dimension `n`.
macro_rules! at {
    ($m:expr, $n:expr, $i:expr, $j:expr) => {
        $m[($i - 1) + ($j - 1) * $n]
    };
}

fn sign(a: f64, b: f64) -> f64 {
    // Fortran SIGN(A, B): |A| with the sign bit of B.
    a.abs().copysign(b)
}

fn dlapy2(x: f64, y: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    let (xa, ya) = (x.abs(), y.abs());
    let w = xa.max(ya);
    let z = xa.min(ya);
    if z == 0.0 || w > f64::MAX {
        w
    } else {
        w * (1.0 + (z / w) * (z / w)).sqrt()
    }
}

fn dnrm2(x: &[f64]) -> f64 {
    let scale = x.iter().fold(0.0f64, |m, v| m.max(v.abs()));
    if scale == 0.0 || !scale.is_finite() {
        return scale;
    }
    if scale > 1e150 || scale < 1e-150 {
        let s: f64 = x.iter().map(|v| (v / scale) * (v / scale)).sum();
        return scale * s.sqrt();
    }
    x.iter().map(|v| v * v).sum::<f64>().sqrt()
}

/// `dlarfg`: the elementary reflector `H = I - tau v v^T` with `H [alpha; x] = [beta; 0]`.
/// Overwrites `x` with `v[1..]` and returns `(beta, tau)`.
fn dlarfg(alpha: f64, x: &mut [f64]) -> (f64, f64) {
    if x.is_empty() {
        return (alpha, 0.0);
    }
    let xnorm = dnrm2(x);
    if xnorm == 0.0 {
        return (alpha, 0.0);
    }
    let mut alpha = alpha;
    let mut beta = -sign(dlapy2(alpha, xnorm), alpha);
    let rsafmn = EPS / SAFMIN;
    let safmn = SAFMIN / EPS;
    let mut knt = 0;
    if beta.abs() < safmn {
        loop {
            knt += 1;
            x.iter_mut().for_each(|v| *v *= rsafmn);
            beta *= rsafmn;
            alpha *= rsafmn;
            if beta.abs() >= safmn || knt >= 20 {
                break;
            }
        }
        let xnorm = dnrm2(x);
        beta = -sign(dlapy2(alpha, xnorm), alpha);
    }
    let tau = (beta - alpha) / beta;
    let s = 1.0 / (alpha - beta);
    x.iter_mut().for_each(|v| *v *= s);
    for _ in 0..knt {
        beta *= safmn;
    }
    (beta, tau)
}

/// `dlartg` (LAPACK 3.10+): `[c s; -s c] [f; g] = [r; 0]` with `c >= 0`.
fn dlartg(f: f64, g: f64) -> (f64, f64, f64) {
    let safmax = 1.0 / SAFMIN;
    let rtmin = SAFMIN.sqrt();
    let rtmax = (safmax / 2.0).sqrt();
    let (f1, g1) = (f.abs(), g.abs());
    if g == 0.0 {
        (1.0, 0.0, f)
    } else if f == 0.0 {
        (0.0, sign(1.0, g), g1)
    } else if f1 > rtmin && f1 < rtmax && g1 > rtmin && g1 < rtmax {
        let d = (f * f + g * g).sqrt();
        let r = sign(d, f);
        (f1 / d, g / r, r)
    } else {
        let u = safmax.min(SAFMIN.max(f1).max(g1));
        let (fs, gs) = (f / u, g / u);
        let d = (fs * fs + gs * gs).sqrt();
        let r = sign(d, f);
        (fs.abs() / d, gs / r, r * u)
    }
}

/// `dlanv2`: Schur factorisation of a real 2x2 block in standard form. Returns the new
/// `(a, b, c, d)`, the eigenvalues `(rt1r, rt1i, rt2r, rt2i)` and the rotation `(cs, sn)`.
#[allow(clippy::type_complexity)]
fn dlanv2(a: f64, b: f64, c: f64, d: f64) -> ([f64; 4], [f64; 4], (f64, f64)) {
    const MULTPL: f64 = 4.0;
    let (mut a, mut b, mut c, mut d) = (a, b, c, d);
    let (mut cs, mut sn);
    let safmn2 = 2f64.powi(((SAFMIN / EPS).ln() / 2f64.ln() / 2.0) as i32);
    let safmx2 = 1.0 / safmn2;
    if c == 0.0 {
        cs = 1.0;
        sn = 0.0;
    } else if b == 0.0 {
        cs = 0.0;
        sn = 1.0;
        std::mem::swap(&mut a, &mut d);
        b = -c;
        c = 0.0;
    } else if (a - d) == 0.0 && sign(1.0, b) != sign(1.0, c) {
        cs = 1.0;
        sn = 0.0;
    } else {
        let mut temp = a - d;
        let mut p = 0.5 * temp;
        let bcmax = b.abs().max(c.abs());
        let bcmis = b.abs().min(c.abs()) * sign(1.0, b) * sign(1.0, c);
        let mut scale = p.abs().max(bcmax);
        let mut z = (p / scale) * p + (bcmax / scale) * bcmis;
        if z >= MULTPL * EPS {
            // Real eigenvalues.
            z = p + sign(scale.sqrt() * z.sqrt(), p);
            a = d + z;
            d -= (bcmax / z) * bcmis;
            let tau = dlapy2(c, z);
            cs = z / tau;
            sn = c / tau;
            b -= c;
            c = 0.0;
        } else {
            // Complex or (almost) equal real eigenvalues: make the diagonal equal.
            let mut count = 0;
            let mut sigma = b + c;
            loop {
                count += 1;
                scale = temp.abs().max(sigma.abs());
                if scale >= safmx2 {
                    sigma *= safmn2;
                    temp *= safmn2;
                    if count <= 20 {
                        continue;
                    }
                }
                if scale <= safmn2 {
                    sigma *= safmx2;
                    temp *= safmx2;
                    if count <= 20 {
                        continue;
                    }
                }
                break;
            }
            p = 0.5 * temp;
            let mut tau = dlapy2(sigma, temp);
            cs = (0.5 * (1.0 + sigma.abs() / tau)).sqrt();
            sn = -(p / (tau * cs)) * sign(1.0, sigma);
            let aa = a * cs + b * sn;
            let bb = -a * sn + b * cs;
            let cc = c * cs + d * sn;
            let dd = -c * sn + d * cs;
            a = aa * cs + cc * sn;
            b = bb * cs + dd * sn;
            c = -aa * sn + cc * cs;
            d = -bb * sn + dd * cs;
            temp = 0.5 * (a + d);
            a = temp;
            d = temp;
            if c != 0.0 {
                if b != 0.0 {
                    if sign(1.0, b) == sign(1.0, c) {
                        // Real eigenvalues: reduce to upper triangular form.
                        let sab = b.abs().sqrt();
                        let sac = c.abs().sqrt();
                        p = sign(sab * sac, c);
                        tau = 1.0 / (b + c).abs().sqrt();
                        a = temp + p;
                        d = temp - p;
                        b -= c;
                        c = 0.0;
                        let cs1 = sab * tau;
                        let sn1 = sac * tau;
                        let t = cs * cs1 - sn * sn1;
                        sn = cs * sn1 + sn * cs1;
                        cs = t;
                    }
                } else {
                    b = -c;
                    c = 0.0;
                    let t = cs;
                    cs = -sn;
                    sn = t;
                }
            }
        }
    }
    let (rt1r, rt2r) = (a, d);
    let (rt1i, rt2i) = if c == 0.0 {
        (0.0, 0.0)
    } else {
        let v = b.abs().sqrt() * c.abs().sqrt();
        (v, -v)
    };
    ([a, b, c, d], [rt1r, rt1i, rt2r, rt2i], (cs, sn))
}

/// `dgebal` with JOB = 'B'. Returns `(ilo, ihi, scale)` (1-based `ilo..=ihi`); `scale[j-1]`
/// holds the permutation index (as a float, 1-based) outside `ilo..=ihi` and the scaling
/// factor inside, as LAPACK stores them.
fn dgebal(a: &mut [f64], n: usize) -> (usize, usize, Vec<f64>) {
    let mut scale = vec![1.0; n];
    if n == 0 {
        return (1, 0, scale);
    }
    let swap = |a: &mut [f64], j: usize, m: usize, k: usize, l: usize| {
        if j == m {
            return;
        }
        for i in 1..=l {
            a.swap((i - 1) + (j - 1) * n, (i - 1) + (m - 1) * n);
        }
        for i in k..=n {
            a.swap((j - 1) + (i - 1) * n, (m - 1) + (i - 1) * n);
        }
    };
    // LAPACK 3.12's search (what OpenBLAS 0.3.27 ships): each sweep keeps going down (rows) or
    // up (columns) after a swap instead of restarting, which decides the eigenvalue order.
    let mut k = 1usize;
    let mut l = n;
    // Rows isolating an eigenvalue: push them down.
    let mut noconv = true;
    while noconv {
        noconv = false;
        for i in (1..=l).rev() {
            if (1..=l).all(|j| j == i || at!(a, n, i, j) == 0.0) {
                scale[l - 1] = i as f64;
                swap(a, i, l, k, l);
                noconv = true;
                if l == 1 {
                    return (1, 1, scale);
                }
                l -= 1;
            }
        }
    }
    // Columns isolating an eigenvalue: push them left.
    let mut noconv = true;
    while noconv {
        noconv = false;
        for j in k..=l {
            if (k..=l).all(|i| i == j || at!(a, n, i, j) == 0.0) {
                scale[k - 1] = j as f64;
                swap(a, j, k, k, l);
                noconv = true;
                k += 1;
            }
        }
    }
    for s in &mut scale[k - 1..l] {
        *s = 1.0;
    }
    // Iterative scaling by powers of 2 for norm reduction.
    const SCLFAC: f64 = 2.0;
    const FACTOR: f64 = 0.95;
    let sfmin1 = SAFMIN / ULP;
    let sfmax1 = 1.0 / sfmin1;
    let sfmin2 = sfmin1 * SCLFAC;
    let sfmax2 = 1.0 / sfmin2;
    loop {
        let mut noconv = false;
        for i in k..=l {
            let col: Vec<f64> = (k..=l).map(|j| at!(a, n, j, i)).collect();
            let row: Vec<f64> = (k..=l).map(|j| at!(a, n, i, j)).collect();
            let mut c = dnrm2(&col);
            let mut r = dnrm2(&row);
            let mut ca = (1..=l).map(|j| at!(a, n, j, i).abs()).fold(0.0, f64::max);
            let mut ra = (k..=n).map(|j| at!(a, n, i, j).abs()).fold(0.0, f64::max);
            if c == 0.0 || r == 0.0 {
                continue;
            }
            if (c + ca + r + ra).is_nan() {
                return (k, l, scale);
            }
            let mut g = r / SCLFAC;
            let mut f: f64 = 1.0;
            let s = c + r;
            while !(c >= g || f.max(c).max(ca) >= sfmax2 || r.min(g).min(ra) <= sfmin2) {
                f *= SCLFAC;
                c *= SCLFAC;
                ca *= SCLFAC;
                r /= SCLFAC;
                g /= SCLFAC;
                ra /= SCLFAC;
            }
            g = c / SCLFAC;
            while !(g < r || r.max(ra) >= sfmax2 || f.min(c).min(g).min(ca) <= sfmin2) {
                f /= SCLFAC;
                c /= SCLFAC;
                g /= SCLFAC;
                ca /= SCLFAC;
                r *= SCLFAC;
                ra *= SCLFAC;
            }
            if c + r >= FACTOR * s {
                continue;
            }
            if f < 1.0 && scale[i - 1] < 1.0 && f * scale[i - 1] <= sfmin1 {
                continue;
            }
            if f > 1.0 && scale[i - 1] > 1.0 && scale[i - 1] >= sfmax1 / f {
                continue;
            }
            let g = 1.0 / f;
            scale[i - 1] *= f;
            noconv = true;
            for j in k..=n {
                at!(a, n, i, j) *= g;
            }
            for j in 1..=l {
                at!(a, n, j, i) *= f;
            }
        }
        if !noconv {
            break;
        }
    }
    (k, l, scale)
}

/// `dgehd2`: Householder reduction of rows/columns `ilo..=ihi` to upper Hessenberg form.
/// The reflectors stay below the subdiagonal of `a`; returns `tau` (1-based: `tau[i-1]`).
fn dgehd2(a: &mut [f64], n: usize, ilo: usize, ihi: usize) -> Vec<f64> {
    let mut tau = vec![0.0; n.saturating_sub(1)];
    for i in ilo..ihi {
        let alpha = at!(a, n, i + 1, i);
        let mut x: Vec<f64> = (i + 2..=ihi).map(|r| at!(a, n, r, i)).collect();
        let (beta, t) = dlarfg(alpha, &mut x);
        let mut v = vec![1.0];
        v.extend_from_slice(&x);
        for (o, r) in (i + 2..=ihi).enumerate() {
            at!(a, n, r, i) = x[o];
        }
        // A(1:ihi, i+1:ihi) := A (I - t v v^T)
        if t != 0.0 {
            for r in 1..=ihi {
                let w: f64 = (0..v.len()).map(|c| at!(a, n, r, i + 1 + c) * v[c]).sum();
                for (c, vc) in v.iter().enumerate() {
                    at!(a, n, r, i + 1 + c) -= t * w * vc;
                }
            }
            // A(i+1:ihi, i+1:n) := (I - t v v^T) A
            for c in i + 1..=n {
                let w: f64 = (0..v.len()).map(|r| at!(a, n, i + 1 + r, c) * v[r]).sum();
                for (r, vr) in v.iter().enumerate() {
                    at!(a, n, i + 1 + r, c) -= t * w * vr;
                }
            }
        }
        at!(a, n, i + 1, i) = beta;
        tau[i - 1] = t;
    }
    tau
}

/// `dorghr`: the orthogonal matrix `Q = H(ilo) ... H(ihi-1)` of [`dgehd2`].
fn dorghr(a: &[f64], n: usize, ilo: usize, ihi: usize, tau: &[f64]) -> Vec<f64> {
    let mut q = vec![0.0; n * n];
    for i in 1..=n {
        at!(q, n, i, i) = 1.0;
    }
    for i in (ilo..ihi).rev() {
        let t = tau[i - 1];
        if t == 0.0 {
            continue;
        }
        let mut v = vec![1.0];
        v.extend((i + 2..=ihi).map(|r| at!(a, n, r, i)));
        for c in i + 1..=ihi {
            let w: f64 = (0..v.len()).map(|r| at!(q, n, i + 1 + r, c) * v[r]).sum();
            for (r, vr) in v.iter().enumerate() {
                at!(q, n, i + 1 + r, c) -= t * w * vr;
            }
        }
    }
    q
}

/// `dlahqr`: eigenvalues of the Hessenberg matrix `h` (rows/columns `ilo..=ihi`), and with
/// `wantt` the quasi-triangular Schur form; with `z` the Schur vectors accumulated into it.
/// Returns false when the iteration does not converge.
#[allow(clippy::too_many_arguments)]
fn dlahqr(
    wantt: bool,
    n: usize,
    ilo: usize,
    ihi: usize,
    h: &mut [f64],
    wr: &mut [f64],
    wi: &mut [f64],
    mut z: Option<&mut Vec<f64>>,
) -> bool {
    const DAT1: f64 = 0.75;
    const DAT2: f64 = -0.4375;
    const KEXSH: usize = 10;
    if n == 0 {
        return true;
    }
    if ilo == ihi {
        wr[ilo - 1] = at!(h, n, ilo, ilo);
        wi[ilo - 1] = 0.0;
        return true;
    }
    for j in ilo..=ihi.saturating_sub(3) {
        at!(h, n, j + 2, j) = 0.0;
        at!(h, n, j + 3, j) = 0.0;
    }
    if ilo + 2 <= ihi {
        at!(h, n, ihi, ihi - 2) = 0.0;
    }
    let nh = ihi - ilo + 1;
    let (iloz, ihiz) = (ilo, ihi);
    let smlnum = SAFMIN * (nh as f64 / ULP);
    let (mut i1, mut i2) = (1usize, n);
    let itmax = 30 * nh.max(10);
    let mut kdefl: usize = 0;
    let mut i = ihi;
    loop {
        let mut l = ilo;
        if i < ilo {
            return true;
        }
        let mut converged = false;
        for _its in 0..=itmax {
            // Look for a single small subdiagonal element.
            let mut k = i;
            while k > l {
                if at!(h, n, k, k - 1).abs() <= smlnum {
                    break;
                }
                let mut tst = at!(h, n, k - 1, k - 1).abs() + at!(h, n, k, k).abs();
                if tst == 0.0 {
                    if k >= ilo + 2 {
                        tst += at!(h, n, k - 1, k - 2).abs();
                    }
                    if k < ihi {
                        tst += at!(h, n, k + 1, k).abs();
                    }
                }
                if at!(h, n, k, k - 1).abs() <= ULP * tst {
                    let hkk1 = at!(h, n, k, k - 1).abs();
                    let hk1k = at!(h, n, k - 1, k).abs();
                    let ab = hkk1.max(hk1k);
                    let ba = hkk1.min(hk1k);
                    let hkk = at!(h, n, k, k).abs();
                    let dif = (at!(h, n, k - 1, k - 1) - at!(h, n, k, k)).abs();
                    let aa = hkk.max(dif);
                    let bb = hkk.min(dif);
                    let s = aa + ab;
                    if ba * (ab / s) <= smlnum.max(ULP * (bb * (aa / s))) {
                        break;
                    }
                }
                k -= 1;
            }
            l = k;
            if l > ilo {
                at!(h, n, l, l - 1) = 0.0;
            }
            if l + 1 >= i {
                converged = true;
                break;
            }
            kdefl += 1;
            if !wantt {
                i1 = l;
                i2 = i;
            }
            let (mut h11, mut h12, mut h21, mut h22);
            if kdefl % (2 * KEXSH) == 0 {
                let s = at!(h, n, i, i - 1).abs() + at!(h, n, i - 1, i - 2).abs();
                h11 = DAT1 * s + at!(h, n, i, i);
                h12 = DAT2 * s;
                h21 = s;
                h22 = h11;
            } else if kdefl % KEXSH == 0 {
                let s = at!(h, n, l + 1, l).abs() + at!(h, n, l + 2, l + 1).abs();
                h11 = DAT1 * s + at!(h, n, l, l);
                h12 = DAT2 * s;
                h21 = s;
                h22 = h11;
            } else {
                h11 = at!(h, n, i - 1, i - 1);
                h21 = at!(h, n, i, i - 1);
                h12 = at!(h, n, i - 1, i);
                h22 = at!(h, n, i, i);
            }
            let s = h11.abs() + h12.abs() + h21.abs() + h22.abs();
            let (rt1r, rt1i, rt2r, rt2i);
            if s == 0.0 {
                rt1r = 0.0;
                rt1i = 0.0;
                rt2r = 0.0;
                rt2i = 0.0;
            } else {
                h11 /= s;
                h21 /= s;
                h12 /= s;
                h22 /= s;
                let tr = (h11 + h22) / 2.0;
                let det = (h11 - tr) * (h22 - tr) - h12 * h21;
                let rtdisc = det.abs().sqrt();
                if det >= 0.0 {
                    rt1r = tr * s;
                    rt2r = rt1r;
                    rt1i = rtdisc * s;
                    rt2i = -rt1i;
                } else {
                    let a = tr + rtdisc;
                    let b = tr - rtdisc;
                    let r = if (a - h22).abs() <= (b - h22).abs() { a * s } else { b * s };
                    rt1r = r;
                    rt2r = r;
                    rt1i = 0.0;
                    rt2i = 0.0;
                }
            }
            // Look for two consecutive small subdiagonal elements.
            let mut v = [0.0f64; 3];
            let mut m = i - 2;
            loop {
                let h21s = at!(h, n, m + 1, m);
                let s = (at!(h, n, m, m) - rt2r).abs() + rt2i.abs() + h21s.abs();
                let h21s = at!(h, n, m + 1, m) / s;
                v[0] = h21s * at!(h, n, m, m + 1) + (at!(h, n, m, m) - rt1r) * ((at!(h, n, m, m) - rt2r) / s)
                    - rt1i * (rt2i / s);
                v[1] = h21s * (at!(h, n, m, m) + at!(h, n, m + 1, m + 1) - rt1r - rt2r);
                v[2] = h21s * at!(h, n, m + 2, m + 1);
                let s = v[0].abs() + v[1].abs() + v[2].abs();
                v[0] /= s;
                v[1] /= s;
                v[2] /= s;
                if m == l {
                    break;
                }
                let h00 = at!(h, n, m - 1, m - 1).abs() + at!(h, n, m, m).abs() + at!(h, n, m + 1, m + 1).abs();
                if at!(h, n, m, m - 1).abs() * (v[1].abs() + v[2].abs()) <= ULP * v[0].abs() * h00 {
                    break;
                }
                m -= 1;
            }
            // Double-shift QR step.
            for k in m..i {
                let nr = 3.min(i - k + 1);
                if k > m {
                    for (o, vo) in v.iter_mut().enumerate().take(nr) {
                        *vo = at!(h, n, k + o, k - 1);
                    }
                }
                let (beta, t1) = {
                    let (head, tail) = v.split_at_mut(1);
                    let r = dlarfg(head[0], &mut tail[..nr - 1]);
                    head[0] = r.0;
                    r
                };
                if k > m {
                    at!(h, n, k, k - 1) = beta;
                    at!(h, n, k + 1, k - 1) = 0.0;
                    if k < i - 1 {
                        at!(h, n, k + 2, k - 1) = 0.0;
                    }
                } else if m > l {
                    at!(h, n, k, k - 1) *= 1.0 - t1;
                }
                let v2 = v[1];
                let t2 = t1 * v2;
                if nr == 3 {
                    let v3 = v[2];
                    let t3 = t1 * v3;
                    for j in k..=i2 {
                        let sum = at!(h, n, k, j) + v2 * at!(h, n, k + 1, j) + v3 * at!(h, n, k + 2, j);
                        at!(h, n, k, j) -= sum * t1;
                        at!(h, n, k + 1, j) -= sum * t2;
                        at!(h, n, k + 2, j) -= sum * t3;
                    }
                    for j in i1..=(k + 3).min(i) {
                        let sum = at!(h, n, j, k) + v2 * at!(h, n, j, k + 1) + v3 * at!(h, n, j, k + 2);
                        at!(h, n, j, k) -= sum * t1;
                        at!(h, n, j, k + 1) -= sum * t2;
                        at!(h, n, j, k + 2) -= sum * t3;
                    }
                    if let Some(z) = z.as_deref_mut() {
                        for j in iloz..=ihiz {
                            let sum = at!(z, n, j, k) + v2 * at!(z, n, j, k + 1) + v3 * at!(z, n, j, k + 2);
                            at!(z, n, j, k) -= sum * t1;
                            at!(z, n, j, k + 1) -= sum * t2;
                            at!(z, n, j, k + 2) -= sum * t3;
                        }
                    }
                } else if nr == 2 {
                    for j in k..=i2 {
                        let sum = at!(h, n, k, j) + v2 * at!(h, n, k + 1, j);
                        at!(h, n, k, j) -= sum * t1;
                        at!(h, n, k + 1, j) -= sum * t2;
                    }
                    for j in i1..=i {
                        let sum = at!(h, n, j, k) + v2 * at!(h, n, j, k + 1);
                        at!(h, n, j, k) -= sum * t1;
                        at!(h, n, j, k + 1) -= sum * t2;
                    }
                    if let Some(z) = z.as_deref_mut() {
                        for j in iloz..=ihiz {
                            let sum = at!(z, n, j, k) + v2 * at!(z, n, j, k + 1);
                            at!(z, n, j, k) -= sum * t1;
                            at!(z, n, j, k + 1) -= sum * t2;
                        }
                    }
                }
            }
        }
        if !converged {
            return false;
        }
        if l == i {
            wr[i - 1] = at!(h, n, i, i);
            wi[i - 1] = 0.0;
        } else if l + 1 == i {
            let (m, rt, (cs, sn)) =
                dlanv2(at!(h, n, i - 1, i - 1), at!(h, n, i - 1, i), at!(h, n, i, i - 1), at!(h, n, i, i));
            at!(h, n, i - 1, i - 1) = m[0];
            at!(h, n, i - 1, i) = m[1];
            at!(h, n, i, i - 1) = m[2];
            at!(h, n, i, i) = m[3];
            wr[i - 2] = rt[0];
            wi[i - 2] = rt[1];
            wr[i - 1] = rt[2];
            wi[i - 1] = rt[3];
            if wantt {
                for j in i + 1..=i2 {
                    let (x, y) = (at!(h, n, i - 1, j), at!(h, n, i, j));
                    at!(h, n, i - 1, j) = cs * x + sn * y;
                    at!(h, n, i, j) = cs * y - sn * x;
                }
                for j in i1..i - 1 {
                    let (x, y) = (at!(h, n, j, i - 1), at!(h, n, j, i));
                    at!(h, n, j, i - 1) = cs * x + sn * y;
                    at!(h, n, j, i) = cs * y - sn * x;
                }
            }
            if let Some(z) = z.as_deref_mut() {
                for j in iloz..=ihiz {
                    let (x, y) = (at!(z, n, j, i - 1), at!(z, n, j, i));
                    at!(z, n, j, i - 1) = cs * x + sn * y;
                    at!(z, n, j, i) = cs * y - sn * x;
                }
            }
        }
        kdefl = 0;
        if l < 2 {
            return true;
        }
        i = l - 1;
    }
}

/// What [`dgeev`] computes.
pub struct Geev {
    /// Real and imaginary parts of the eigenvalues, in LAPACK's order.
    pub wr: Vec<f64>,
    pub wi: Vec<f64>,
    /// Right eigenvectors (column-major, unit 2-norm columns) when every eigenvalue is real
    /// and vectors were asked for; empty otherwise.
    pub vr: Vec<f64>,
}

/// `dgeev` (JOBVL = 'N', JOBVR = 'V' or 'N') of the row-major `n x n` matrix `a`.
/// `None` when the QR iteration fails to converge.
pub fn dgeev(a: &[f64], n: usize, want_vectors: bool) -> Option<Geev> {
    let mut m = vec![0.0; n * n];
    for i in 0..n {
        for j in 0..n {
            m[i + j * n] = a[i * n + j];
        }
    }
    if n == 0 {
        return Some(Geev { wr: vec![], wi: vec![], vr: vec![] });
    }
    // Scale A if its largest element is outside [smlnum, bignum].
    let smlnum = SAFMIN.sqrt() / ULP;
    let bignum = 1.0 / smlnum;
    let anrm = m.iter().fold(0.0f64, |x, v| if v.is_nan() { f64::NAN } else { x.max(v.abs()) });
    let cscale = if anrm > 0.0 && anrm < smlnum {
        Some(smlnum)
    } else if anrm > bignum {
        Some(bignum)
    } else {
        None
    };
    if let Some(c) = cscale {
        m.iter_mut().for_each(|v| *v = *v / anrm * c);
    }
    let (ilo, ihi, scale) = dgebal(&mut m, n);
    let tau = dgehd2(&mut m, n, ilo, ihi);
    let mut z = if want_vectors { Some(dorghr(&m, n, ilo, ihi, &tau)) } else { None };
    // The reflectors below the subdiagonal are not part of H.
    for j in 1..=n {
        for i in j + 2..=n {
            at!(m, n, i, j) = 0.0;
        }
    }
    let mut wr = vec![0.0; n];
    let mut wi = vec![0.0; n];
    for i in (1..ilo).chain(ihi + 1..=n) {
        wr[i - 1] = at!(m, n, i, i);
    }
    if !dlahqr(want_vectors, n, ilo, ihi, &mut m, &mut wr, &mut wi, z.as_mut()) {
        return None;
    }
    let mut vr = vec![];
    if let (Some(q), true) = (z, wi.iter().all(|&v| v == 0.0)) {
        vr = dtrevc3_real(&m, n, &q);
        dgebak(&mut vr, n, ilo, ihi, &scale);
        for c in 0..n {
            let col = &mut vr[c * n..(c + 1) * n];
            let s = 1.0 / dnrm2(col);
            col.iter_mut().for_each(|v| *v *= s);
        }
    }
    if let Some(c) = cscale {
        wr.iter_mut().for_each(|v| *v = *v / c * anrm);
        wi.iter_mut().for_each(|v| *v = *v / c * anrm);
    }
    Some(Geev { wr, wi, vr })
}

/// `dtrevc3` (SIDE = 'R', HOWMNY = 'B') for an upper triangular `t` (all eigenvalues real):
/// solves `(T - t_kk I) x = 0` with `x_k = 1` by back substitution and returns `Q x` for
/// every `k` (column-major).
fn dtrevc3_real(t: &[f64], n: usize, q: &[f64]) -> Vec<f64> {
    let smlnum = SAFMIN * (n as f64 / ULP);
    let bignum = (1.0 - ULP) / smlnum;
    let laln_bignum = 1.0 / (2.0 * SAFMIN);
    // 1-norms of the strictly upper part of each column (overflow guard).
    let cnorm: Vec<f64> = (1..=n).map(|j| (1..j).map(|i| at!(t, n, i, j).abs()).sum()).collect();
    let mut out = vec![0.0; n * n];
    let mut x = vec![0.0; n];
    for ki in (1..=n).rev() {
        let wr = at!(t, n, ki, ki);
        let smin = (ULP * wr.abs()).max(smlnum);
        x[ki - 1] = 1.0;
        for k in 1..ki {
            x[k - 1] = -at!(t, n, k, ki);
        }
        for j in (1..ki).rev() {
            // dlaln2 for a 1x1 system: (T(j,j) - wr) x = scale * b.
            let mut csr = at!(t, n, j, j) - wr;
            if csr.abs() < smin {
                csr = smin;
            }
            let bnorm = x[j - 1].abs();
            let mut sc = 1.0;
            if csr.abs() < 1.0 && bnorm > 1.0 && bnorm > laln_bignum * csr.abs() {
                sc = 1.0 / bnorm;
            }
            let mut xj = (x[j - 1] * sc) / csr;
            let xnorm = xj.abs();
            if xnorm > 1.0 && cnorm[j - 1] > bignum / xnorm {
                xj /= xnorm;
                sc /= xnorm;
            }
            if sc != 1.0 {
                x[..ki].iter_mut().for_each(|v| *v *= sc);
            }
            x[j - 1] = xj;
            for k in 1..j {
                x[k - 1] -= xj * at!(t, n, k, j);
            }
        }
        for r in 1..=n {
            let mut s = 0.0;
            for k in 1..=ki {
                s += at!(q, n, r, k) * x[k - 1];
            }
            at!(out, n, r, ki) = s;
        }
    }
    out
}

/// `dgebak` (JOB = 'B', SIDE = 'R'): undoes [`dgebal`] on the eigenvector rows.
fn dgebak(v: &mut [f64], n: usize, ilo: usize, ihi: usize, scale: &[f64]) {
    for i in ilo..=ihi {
        let s = scale[i - 1];
        for c in 1..=n {
            at!(v, n, i, c) *= s;
        }
    }
    for ii in 1..=n {
        let mut i = ii;
        if i >= ilo && i <= ihi {
            continue;
        }
        if i < ilo {
            i = ilo - ii;
        }
        let k = scale[i - 1] as usize;
        if k == i {
            continue;
        }
        for c in 1..=n {
            v.swap((i - 1) + (c - 1) * n, (k - 1) + (c - 1) * n);
        }
    }
}

/// `dlaev2`: eigen-decomposition of `[[a, b], [b, c]]`: `(rt1, rt2, cs1, sn1)` with
/// `|rt1| >= |rt2|` and `(cs1, sn1)` the unit eigenvector of `rt1`.
fn dlaev2(a: f64, b: f64, c: f64) -> (f64, f64, f64, f64) {
    let sm = a + c;
    let df = a - c;
    let adf = df.abs();
    let tb = b + b;
    let ab = tb.abs();
    let (acmx, acmn) = if a.abs() > c.abs() { (a, c) } else { (c, a) };
    let rt = if adf > ab {
        adf * (1.0 + (ab / adf) * (ab / adf)).sqrt()
    } else if adf < ab {
        ab * (1.0 + (adf / ab) * (adf / ab)).sqrt()
    } else {
        ab * 2f64.sqrt()
    };
    let (rt1, rt2, sgn1) = if sm < 0.0 {
        let rt1 = 0.5 * (sm - rt);
        (rt1, (acmx / rt1) * acmn - (b / rt1) * b, -1)
    } else if sm > 0.0 {
        let rt1 = 0.5 * (sm + rt);
        (rt1, (acmx / rt1) * acmn - (b / rt1) * b, 1)
    } else {
        (0.5 * rt, -0.5 * rt, 1)
    };
    let (cs, sgn2) = if df >= 0.0 { (df + rt, 1) } else { (df - rt, -1) };
    let (mut cs1, mut sn1);
    if cs.abs() > ab {
        let ct = -tb / cs;
        sn1 = 1.0 / (1.0 + ct * ct).sqrt();
        cs1 = ct * sn1;
    } else if ab == 0.0 {
        cs1 = 1.0;
        sn1 = 0.0;
    } else {
        let tn = -cs / tb;
        cs1 = 1.0 / (1.0 + tn * tn).sqrt();
        sn1 = tn * cs1;
    }
    if sgn1 == sgn2 {
        let tn = cs1;
        cs1 = -sn1;
        sn1 = tn;
    }
    (rt1, rt2, cs1, sn1)
}

/// `dlasr` with SIDE = 'R', PIVOT = 'V': plane rotations on adjacent columns `off + j`,
/// `off + j + 1` of the column-major `z` (`n` rows); forward or backward order.
fn dlasr_rv(forward: bool, n: usize, c: &[f64], s: &[f64], z: &mut [f64], off: usize) {
    let m = c.len();
    let mut apply = |j: usize| {
        let (ct, st) = (c[j], s[j]);
        if ct != 1.0 || st != 0.0 {
            for i in 0..n {
                let temp = z[i + (off + j + 1) * n];
                let zj = z[i + (off + j) * n];
                z[i + (off + j + 1) * n] = ct * temp - st * zj;
                z[i + (off + j) * n] = st * temp + ct * zj;
            }
        }
    };
    if forward {
        (0..m).for_each(&mut apply);
    } else {
        (0..m).rev().for_each(&mut apply);
    }
}

/// `dsteqr` on the symmetric tridiagonal (`d`, `e`); with `z` (starting from the identity,
/// COMPZ = 'I') the rotations are accumulated into it. Eigenvalues end ascending.
/// Returns false when the iteration does not converge.
fn dsteqr(d: &mut [f64], e: &mut [f64], mut z: Option<&mut Vec<f64>>) -> bool {
    const MAXIT: usize = 30;
    let n = d.len();
    if n <= 1 {
        return true;
    }
    let eps2 = EPS * EPS;
    let safmax = 1.0 / SAFMIN;
    let ssfmax = safmax.sqrt() / 3.0;
    let ssfmin = SAFMIN.sqrt() / eps2;
    let nmaxit = n * MAXIT;
    let mut jtot = 0;
    let mut work_c = vec![0.0; n];
    let mut work_s = vec![0.0; n];
    // 1-based views: D(i) = d[i-1], E(i) = e[i-1].
    let mut l1 = 1usize;
    let nm1 = n - 1;
    'outer: loop {
        if l1 > n {
            break;
        }
        if l1 > 1 {
            e[l1 - 2] = 0.0;
        }
        let mut m = n;
        if l1 <= nm1 {
            for mm in l1..=nm1 {
                let tst = e[mm - 1].abs();
                if tst == 0.0 {
                    m = mm;
                    break;
                }
                if tst <= (d[mm - 1].abs().sqrt() * d[mm].abs().sqrt()) * EPS {
                    e[mm - 1] = 0.0;
                    m = mm;
                    break;
                }
            }
        }
        let mut l = l1;
        let lsv = l;
        let mut lend = m;
        let lendsv = lend;
        l1 = m + 1;
        if lend == l {
            continue;
        }
        // Scale the block.
        let anorm = (l..=lend).map(|i| d[i - 1].abs()).chain((l..lend).map(|i| e[i - 1].abs())).fold(0.0f64, |a, v| {
            if v.is_nan() {
                f64::NAN
            } else {
                a.max(v)
            }
        });
        let mut iscale = 0;
        if anorm == 0.0 {
            continue;
        }
        if anorm.is_nan() {
            return false;
        }
        if anorm > ssfmax {
            iscale = 1;
            (l..=lend).for_each(|i| d[i - 1] = d[i - 1] / anorm * ssfmax);
            (l..lend).for_each(|i| e[i - 1] = e[i - 1] / anorm * ssfmax);
        } else if anorm < ssfmin {
            iscale = 2;
            (l..=lend).for_each(|i| d[i - 1] = d[i - 1] / anorm * ssfmin);
            (l..lend).for_each(|i| e[i - 1] = e[i - 1] / anorm * ssfmin);
        }
        if d[lend - 1].abs() < d[l - 1].abs() {
            lend = lsv;
            l = lendsv;
        }
        if lend > l {
            // QL iteration.
            loop {
                let mut m = lend;
                if l != lend {
                    for mm in l..lend {
                        let tst = e[mm - 1].abs().powi(2);
                        if tst <= (eps2 * d[mm - 1].abs()) * d[mm].abs() + SAFMIN {
                            m = mm;
                            break;
                        }
                    }
                }
                if m < lend {
                    e[m - 1] = 0.0;
                }
                let mut p = d[l - 1];
                if m == l {
                    d[l - 1] = p;
                    l += 1;
                    if l <= lend {
                        continue;
                    }
                    break;
                }
                if m == l + 1 {
                    let (rt1, rt2, c, s) = dlaev2(d[l - 1], e[l - 1], d[l]);
                    if let Some(z) = z.as_deref_mut() {
                        dlasr_rv(false, n, &[c], &[s], z, l - 1);
                    }
                    d[l - 1] = rt1;
                    d[l] = rt2;
                    e[l - 1] = 0.0;
                    l += 2;
                    if l <= lend {
                        continue;
                    }
                    break;
                }
                if jtot == nmaxit {
                    break;
                }
                jtot += 1;
                // Form shift.
                let mut g = (d[l] - p) / (2.0 * e[l - 1]);
                let mut r = dlapy2(g, 1.0);
                g = d[m - 1] - p + (e[l - 1] / (g + sign(r, g)));
                let mut s = 1.0;
                let mut c = 1.0;
                p = 0.0;
                for i in (l..m).rev() {
                    let f = s * e[i - 1];
                    let b = c * e[i - 1];
                    let rot = dlartg(g, f);
                    c = rot.0;
                    s = rot.1;
                    r = rot.2;
                    if i != m - 1 {
                        e[i] = r;
                    }
                    g = d[i] - p;
                    r = (d[i - 1] - g) * s + 2.0 * c * b;
                    p = s * r;
                    d[i] = g + p;
                    g = c * r - b;
                    work_c[i - 1] = c;
                    work_s[i - 1] = -s;
                }
                if let Some(z) = z.as_deref_mut() {
                    dlasr_rv(false, n, &work_c[l - 1..m - 1], &work_s[l - 1..m - 1], z, l - 1);
                }
                d[l - 1] -= p;
                e[l - 1] = g;
            }
        } else {
            // QR iteration.
            loop {
                let mut m = lend;
                if l != lend {
                    let mut mm = l;
                    while mm > lend {
                        let tst = e[mm - 2].abs().powi(2);
                        if tst <= (eps2 * d[mm - 1].abs()) * d[mm - 2].abs() + SAFMIN {
                            m = mm;
                            break;
                        }
                        mm -= 1;
                    }
                }
                if m > lend {
                    e[m - 2] = 0.0;
                }
                let mut p = d[l - 1];
                if m == l {
                    d[l - 1] = p;
                    if l == 1 || l - 1 < lend {
                        break;
                    }
                    l -= 1;
                    continue;
                }
                if m + 1 == l {
                    let (rt1, rt2, c, s) = dlaev2(d[l - 2], e[l - 2], d[l - 1]);
                    if let Some(z) = z.as_deref_mut() {
                        dlasr_rv(true, n, &[c], &[s], z, l - 2);
                    }
                    d[l - 2] = rt1;
                    d[l - 1] = rt2;
                    e[l - 2] = 0.0;
                    if l < 2 + lend {
                        break;
                    }
                    l -= 2;
                    continue;
                }
                if jtot == nmaxit {
                    break;
                }
                jtot += 1;
                let mut g = (d[l - 2] - p) / (2.0 * e[l - 2]);
                let mut r = dlapy2(g, 1.0);
                g = d[m - 1] - p + (e[l - 2] / (g + sign(r, g)));
                let mut s = 1.0;
                let mut c = 1.0;
                p = 0.0;
                for i in m..l {
                    let f = s * e[i - 1];
                    let b = c * e[i - 1];
                    let rot = dlartg(g, f);
                    c = rot.0;
                    s = rot.1;
                    r = rot.2;
                    if i != m {
                        e[i - 2] = r;
                    }
                    g = d[i - 1] - p;
                    r = (d[i] - g) * s + 2.0 * c * b;
                    p = s * r;
                    d[i - 1] = g + p;
                    g = c * r - b;
                    work_c[i - 1] = c;
                    work_s[i - 1] = s;
                }
                if let Some(z) = z.as_deref_mut() {
                    dlasr_rv(true, n, &work_c[m - 1..l - 1], &work_s[m - 1..l - 1], z, m - 1);
                }
                d[l - 1] -= p;
                e[l - 2] = g;
            }
        }
        // Undo scaling.
        if iscale == 1 {
            (lsv..=lendsv).for_each(|i| d[i - 1] = d[i - 1] / ssfmax * anorm);
            (lsv..lendsv).for_each(|i| e[i - 1] = e[i - 1] / ssfmax * anorm);
        } else if iscale == 2 {
            (lsv..=lendsv).for_each(|i| d[i - 1] = d[i - 1] / ssfmin * anorm);
            (lsv..lendsv).for_each(|i| e[i - 1] = e[i - 1] / ssfmin * anorm);
        }
        if jtot >= nmaxit {
            if e.iter().any(|&v| v != 0.0) {
                return false;
            }
            break 'outer;
        }
    }
    // Selection sort, ascending (swapping eigenvector columns).
    for ii in 2..=n {
        let i = ii - 1;
        let mut k = i;
        let mut p = d[i - 1];
        for j in ii..=n {
            if d[j - 1] < p {
                k = j;
                p = d[j - 1];
            }
        }
        if k != i {
            d[k - 1] = d[i - 1];
            d[i - 1] = p;
            if let Some(z) = z.as_deref_mut() {
                for r in 0..n {
                    z.swap(r + (i - 1) * n, r + (k - 1) * n);
                }
            }
        }
    }
    true
}

/// `dsyevd` (UPLO = 'L') of the row-major symmetric `n x n` matrix `a` (only its lower
/// triangle is read): eigenvalues ascending and, when asked, the eigenvectors (column-major).
/// `None` when the iteration does not converge.
pub fn dsyevd(a: &[f64], n: usize, want_vectors: bool) -> Option<(Vec<f64>, Vec<f64>)> {
    dsyevd_uplo(a, n, true, want_vectors)
}

/// [`dsyevd`] with UPLO = 'L' (`lower`) or 'U' (only the upper triangle is read; the
/// tridiagonal reduction then runs bottom-up, `Q = H(n-1) ... H(1)`).
pub fn dsyevd_uplo(a: &[f64], n: usize, lower: bool, want_vectors: bool) -> Option<(Vec<f64>, Vec<f64>)> {
    if n == 0 {
        return Some((vec![], vec![]));
    }
    let mut m = vec![0.0; n * n];
    for i in 0..n {
        for j in 0..=i {
            if lower {
                m[i + j * n] = a[i * n + j];
            } else {
                m[j + i * n] = a[j * n + i];
            }
        }
    }
    if n == 1 {
        return Some((vec![m[0]], if want_vectors { vec![1.0] } else { vec![] }));
    }
    // Scale to the safe range if needed.
    let smlnum = SAFMIN / ULP;
    let (rmin, rmax) = (smlnum.sqrt(), (1.0 / smlnum).sqrt());
    let anrm = m.iter().fold(0.0f64, |x, v| if v.is_nan() { f64::NAN } else { x.max(v.abs()) });
    let sigma = if anrm > 0.0 && anrm < rmin {
        Some(rmin / anrm)
    } else if anrm > rmax {
        Some(rmax / anrm)
    } else {
        None
    };
    if let Some(s) = sigma {
        m.iter_mut().for_each(|v| *v *= s);
    }
    let mut d = vec![0.0; n];
    let mut e = vec![0.0; n - 1];
    let mut tau = vec![0.0; n - 1];
    if lower {
        // dsytd2, lower: A = Q T Q^T with Q = H(1) ... H(n-1).
        for i in 1..n {
            let alpha = at!(m, n, i + 1, i);
            let mut x: Vec<f64> = (i + 2..=n).map(|r| at!(m, n, r, i)).collect();
            let (beta, taui) = dlarfg(alpha, &mut x);
            for (o, r) in (i + 2..=n).enumerate() {
                at!(m, n, r, i) = x[o];
            }
            e[i - 1] = beta;
            if taui != 0.0 {
                let k = n - i;
                let mut v = vec![1.0];
                v.extend_from_slice(&x);
                // y := taui * A22 v (A22 symmetric, lower triangle stored).
                let a22 = |r: usize, c: usize| {
                    let (r, c) = if r >= c { (r, c) } else { (c, r) };
                    m[(i + r) + (i + c) * n]
                };
                let mut y: Vec<f64> = (0..k).map(|r| taui * (0..k).map(|c| a22(r, c) * v[c]).sum::<f64>()).collect();
                let alpha2 = -0.5 * taui * y.iter().zip(&v).map(|(a, b)| a * b).sum::<f64>();
                for (yr, vr) in y.iter_mut().zip(&v) {
                    *yr += alpha2 * vr;
                }
                // A22 := A22 - v y^T - y v^T (lower triangle).
                for c in 0..k {
                    for r in c..k {
                        m[(i + r) + (i + c) * n] -= v[r] * y[c] + y[r] * v[c];
                    }
                }
            }
            d[i - 1] = at!(m, n, i, i);
            tau[i - 1] = taui;
        }
        d[n - 1] = at!(m, n, n, n);
    } else {
        // dsytd2, upper: A = Q T Q^T with Q = H(n-1) ... H(1); H(i) has v(i) = 1 and
        // v(1:i-1) stored in A(1:i-1, i+1).
        for i in (1..n).rev() {
            let alpha = at!(m, n, i, i + 1);
            let mut x: Vec<f64> = (1..i).map(|r| at!(m, n, r, i + 1)).collect();
            let (beta, taui) = dlarfg(alpha, &mut x);
            for (o, r) in (1..i).enumerate() {
                at!(m, n, r, i + 1) = x[o];
            }
            e[i - 1] = beta;
            if taui != 0.0 {
                let mut v = x.clone();
                v.push(1.0);
                let a11 = |r: usize, c: usize| {
                    let (r, c) = if r <= c { (r, c) } else { (c, r) };
                    m[r + c * n]
                };
                let mut y: Vec<f64> = (0..i).map(|r| taui * (0..i).map(|c| a11(r, c) * v[c]).sum::<f64>()).collect();
                let alpha2 = -0.5 * taui * y.iter().zip(&v).map(|(a, b)| a * b).sum::<f64>();
                for (yr, vr) in y.iter_mut().zip(&v) {
                    *yr += alpha2 * vr;
                }
                for c in 0..i {
                    for r in 0..=c {
                        m[r + c * n] -= v[r] * y[c] + y[r] * v[c];
                    }
                }
            }
            d[i] = at!(m, n, i + 1, i + 1);
            tau[i - 1] = taui;
        }
        d[0] = m[0];
    }
    let mut z = if want_vectors {
        let mut z = vec![0.0; n * n];
        for i in 0..n {
            z[i + i * n] = 1.0;
        }
        Some(z)
    } else {
        None
    };
    if !dsteqr(&mut d, &mut e, z.as_mut()) {
        return None;
    }
    if let Some(s) = sigma {
        d.iter_mut().for_each(|v| *v /= s);
    }
    let mut zz = vec![];
    if let Some(mut z) = z {
        if !lower {
            // dormtr (upper): Z := Q Z = H(n-1) (... (H(1) Z)); H(i) acts on rows 1..=i.
            for i in 1..n {
                let t = tau[i - 1];
                if t == 0.0 {
                    continue;
                }
                let mut v: Vec<f64> = (1..i).map(|r| at!(m, n, r, i + 1)).collect();
                v.push(1.0);
                for c in 1..=n {
                    let w: f64 = (0..v.len()).map(|r| at!(z, n, 1 + r, c) * v[r]).sum();
                    for (r, vr) in v.iter().enumerate() {
                        at!(z, n, 1 + r, c) -= t * w * vr;
                    }
                }
            }
        }
        // dormtr: Z := Q Z = H(1) (H(2) ... (H(n-1) Z)).
        for i in (1..n).rev().filter(|_| lower) {
            let t = tau[i - 1];
            if t == 0.0 {
                continue;
            }
            let mut v = vec![1.0];
            v.extend((i + 2..=n).map(|r| at!(m, n, r, i)));
            for c in 1..=n {
                let w: f64 = (0..v.len()).map(|r| at!(z, n, i + 1 + r, c) * v[r]).sum();
                for (r, vr) in v.iter().enumerate() {
                    at!(z, n, i + 1 + r, c) -= t * w * vr;
                }
            }
        }
        zz = z;
    }
    Some((d, zz))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: &[f64], b: &[f64], tol: f64) -> bool {
        a.len() == b.len() && a.iter().zip(b).all(|(x, y)| (x - y).abs() <= tol)
    }

    /// Row-major view of a column-major result.
    fn rows(v: &[f64], n: usize) -> Vec<f64> {
        (0..n * n).map(|k| v[(k / n) + (k % n) * n]).collect()
    }

    fn eig(a: &[f64], n: usize) -> (Vec<f64>, Vec<f64>) {
        let g = dgeev(a, n, true).unwrap();
        assert!(g.wi.iter().all(|&v| v == 0.0));
        (g.wr, rows(&g.vr, n))
    }

    fn eigh(a: &[f64], n: usize) -> (Vec<f64>, Vec<f64>) {
        let (w, z) = dsyevd(a, n, true).unwrap();
        (w, rows(&z, n))
    }

    fn check_eig(a: &[f64], n: usize, w_np: &[f64], v_np: &[f64]) {
        let (w, v) = eig(a, n);
        assert!(close(&w, w_np, 1e-9), "eigenvalues {w:?} vs NumPy {w_np:?}");
        assert!(close(&v, v_np, 1e-9), "eigenvectors {v:?} vs NumPy {v_np:?}");
        // eigvals (no vectors, JOBVR = 'N') gives the same order.
        let g = dgeev(a, n, false).unwrap();
        assert!(close(&g.wr, w_np, 1e-9));
    }

    fn check_eigh(a: &[f64], n: usize, w_np: &[f64], v_np: &[f64]) {
        let (w, v) = eigh(a, n);
        assert!(close(&w, w_np, 1e-9), "eigenvalues {w:?} vs NumPy {w_np:?}");
        assert!(close(&v, v_np, 1e-9), "eigenvectors {v:?} vs NumPy {v_np:?}");
        let (w2, _) = dsyevd(a, n, false).unwrap();
        assert!(close(&w2, w_np, 1e-9));
    }

    // Expected values: NumPy 2.1.3 (OpenBLAS 0.3.27) on this machine.

    #[test]
    fn eig_symmetric_2x2_in_lapack_order() {
        let s = 0.7071067811865475;
        check_eig(&[2.0, 1.0, 1.0, 2.0], 2, &[3.0, 1.0], &[s, -s, s, s]);
    }

    #[test]
    fn eig_nonsymmetric_2x2() {
        check_eig(
            &[4.0, 1.0, 2.0, 3.0],
            2,
            &[5.0, 2.0],
            &[0.7071067811865475, -0.4472135954999579, 0.7071067811865475, 0.8944271909999159],
        );
    }

    #[test]
    fn eig_markov_transpose() {
        check_eig(
            &[0.5, 0.2, 0.1, 0.3, 0.6, 0.2, 0.2, 0.2, 0.7],
            3,
            &[1.0, 0.3000000000000005, 0.5],
            &[
                -0.38624363966821423,
                -0.707106781186547,
                -0.40824829046386335,
                -0.6276459144608476,
                0.707106781186548,
                -0.40824829046386274,
                -0.6759263694193747,
                -1.9143755339146472e-16,
                0.8164965809277261,
            ],
        );
    }

    #[test]
    fn eig_defective_and_one_by_one() {
        check_eig(&[1.0, 1.0, 0.0, 1.0], 2, &[1.0, 1.0], &[1.0, -1.0, 0.0, 2.220446049250313e-16]);
        check_eig(&[5.0], 1, &[5.0], &[1.0]);
    }

    #[test]
    fn eig_triangular_orders_follow_balancing_permutations() {
        check_eig(
            &[1.0, 2.0, 3.0, 0.0, 4.0, 5.0, 0.0, 0.0, 6.0],
            3,
            &[1.0, 4.0, 6.0],
            &[
                1.0,
                0.5547001962252291,
                0.5108406854512808,
                0.0,
                0.8320502943378437,
                0.7981885710176262,
                0.0,
                0.0,
                0.3192754284070505,
            ],
        );
        check_eig(
            &[1.0, 0.0, 0.0, 2.0, 4.0, 0.0, 3.0, 5.0, 6.0],
            3,
            &[6.0, 4.0, 1.0],
            &[
                0.0,
                0.0,
                0.8307731634325669,
                0.0,
                0.3713906763541038,
                -0.5538487756217112,
                1.0,
                -0.9284766908852594,
                0.05538487756217108,
            ],
        );
        // LAPACK 3.12's permutation search (not 3.11's restarting one) gives this order.
        let a = [
            -2.0, 0.0, 0.0, 0.0, 0.0, 4.0, 1.0, 0.0, 0.0, 0.0, 3.0, 0.0, 2.0, 0.0, 0.0, 5.0, 3.0, 4.0, -1.0, 0.0, -4.0,
            5.0, 3.0, 0.0, -2.0,
        ];
        let (w, v) = eig(&a, 5);
        assert_eq!(w, vec![-1.0, -2.0, 1.0, 2.0, -2.0]);
        assert!((v[7] - 0.40730653998127836).abs() < 1e-12 && v[15] == 1.0 && v[21] == 1.0);
    }

    #[test]
    fn eig_with_scaling_balance() {
        let (w, v) = eig(&[1.0, 1e4, 1e-4, 1.0], 2);
        assert!(close(&w, &[2.0, 0.0], 1e-12));
        assert!(close(&v, &[0.999999995, -0.999999995, 0.999999995e-4, 0.999999995e-4], 1e-9));
        let (w, v) = eig(&[1.0, 200.0, 0.0, 0.001, 2.0, 0.5, 0.0, 0.003, 3.0], 3);
        assert!(close(&w, &[0.82909159, 2.16924497, 3.00166344], 1e-8));
        assert!(v[0] < 0.0 && v[1] < 0.0 && v[2] > 0.0 && v[8] > 0.0);
    }

    #[test]
    fn eig_companion() {
        check_eig(
            &[6.0, -11.0, 6.0, 1.0, 0.0, 0.0, 0.0, 1.0, 0.0],
            3,
            &[3.0000000000000018, 1.999999999999998, 1.0000000000000002],
            &[
                0.9434563530497265,
                0.8728715609439694,
                0.5773502691896261,
                0.3144854510165752,
                0.43643578047198495,
                0.5773502691896255,
                0.10482848367219168,
                0.21821789023599272,
                0.5773502691896258,
            ],
        );
    }

    const SYM6: [f64; 36] = [
        0.6, -0.91, 0.82, 1.82, -2.38, 0.84, -0.91, -0.64, 1.11, -0.9, 0.53, 0.37, 0.82, 1.11, 0.94, -1.04, 0.9, -1.47,
        1.82, -0.9, -1.04, -1.36, 1.59, -0.96, -2.38, 0.53, 0.9, 1.59, 0.82, 1.05, 0.84, 0.37, -1.47, -0.96, 1.05,
        2.26,
    ];

    #[test]
    fn eig_symmetric_6x6() {
        check_eig(
            &SYM6,
            6,
            &[
                -4.969520972241442,
                -1.6977217666324733,
                1.0474706870643993,
                1.4689173152720685,
                3.4909078369436575,
                3.2799468995937846,
            ],
            &[
                0.48889055022893646,
                0.161899465122291,
                -0.4969458544654939,
                0.24762516037908366,
                0.6333891654321712,
                0.15912057026008317,
                0.02394240992110269,
                0.8534072144983813,
                0.08497547507575179,
                0.40188420508335165,
                -0.2973996477247517,
                -0.1180872182865251,
                -0.3175683638567104,
                -0.32631822261074767,
                -0.4080523785299078,
                0.5792849152341459,
                -0.08433806156574722,
                -0.5324247238804006,
                -0.6086712245514447,
                0.34084141836005716,
                -0.5282692501339834,
                -0.46199510205933736,
                0.14026047339875392,
                0.03414077578743162,
                0.46444151772609427,
                -0.06919143537751994,
                -0.5311455045955908,
                -0.25528211082836616,
                -0.6574350118972787,
                -0.0011505882035166884,
                -0.2708810480574759,
                -0.13431597011560165,
                -0.13465992370437935,
                0.4037219615008829,
                -0.22663828174261777,
                0.8222487762069056,
            ],
        );
    }

    #[test]
    fn eig_complex_pair_reported() {
        let g = dgeev(&[0.0, -1.0, 1.0, 0.0], 2, true).unwrap();
        assert_eq!(g.wi, vec![1.0, -1.0]);
        assert!(g.vr.is_empty());
    }

    #[test]
    fn eigh_matches_numpy() {
        let s = 0.7071067811865475;
        check_eigh(&[2.0, 1.0, 1.0, 2.0], 2, &[1.0, 3.0], &[-s, s, s, s]);
        check_eigh(
            &[2.0, -1.0, 0.0, -1.0, 2.0, -1.0, 0.0, -1.0, 2.0],
            3,
            &[0.5857864376269051, 1.9999999999999998, 3.414213562373095],
            &[
                -0.5000000000000002,
                -0.7071067811865476,
                0.4999999999999999,
                -0.7071067811865474,
                3.122502256758253e-16,
                -0.7071067811865474,
                -0.49999999999999983,
                0.7071067811865472,
                0.5000000000000002,
            ],
        );
        check_eigh(
            &[4.0, 1.0, -2.0, 2.0, 1.0, 2.0, 0.0, 1.0, -2.0, 0.0, 3.0, -2.0, 2.0, 1.0, -2.0, -1.0],
            4,
            &[-2.1975169774394243, 1.0843644637732166, 2.2685314064312423, 6.844621107234965],
            &[
                -0.17670517062447652,
                -0.6422600067660328,
                -0.20171109662094233,
                -0.7180459594506796,
                -0.17810046990630077,
                0.5441878481946866,
                -0.7894499124874399,
                -0.2211529881551807,
                0.28766803431970117,
                -0.5202218509386148,
                -0.5796341693167878,
                0.5573513771375096,
                0.9242849167461132,
                0.14398227457619123,
                -0.010280998686330589,
                -0.3533564748939929,
            ],
        );
        check_eigh(&[7.0], 1, &[7.0], &[1.0]);
    }

    #[test]
    fn eigh_upper_triangle() {
        let a = [4.0, 1.0, -2.0, 2.0, 1.0, 2.0, 0.0, 1.0, -2.0, 0.0, 3.0, -2.0, 2.0, 1.0, -2.0, -1.0];
        let (w, z) = dsyevd_uplo(&a, 4, false, true).unwrap();
        let v = rows(&z, 4);
        assert!(close(&w, &[-2.19751698, 1.08436446, 2.26853141, 6.84462111], 1e-8));
        let v_np = [
            -0.17670517,
            -0.64226001,
            -0.2017111,
            0.71804596,
            -0.17810047,
            0.54418785,
            -0.78944991,
            0.22115299,
            0.28766803,
            -0.52022185,
            -0.57963417,
            -0.55735138,
            0.92428492,
            0.14398227,
            -0.010281,
            0.35335647,
        ];
        assert!(close(&v, &v_np, 1e-8), "{v:?}");
        // Only the upper triangle is read.
        let (w, _) = dsyevd_uplo(&[3.0, 100.0, 1.0, 3.0], 2, false, false).unwrap();
        assert!(close(&w, &[-97.0, 103.0], 1e-12));
    }

    #[test]
    fn eigh_6x6() {
        check_eigh(
            &SYM6,
            6,
            &[
                -4.969520972241441,
                -1.6977217666324713,
                1.0474706870643988,
                1.4689173152720683,
                3.279946899593785,
                3.4909078369436592,
            ],
            &[
                0.4888905502289368,
                -0.16189946512229117,
                0.4969458544654937,
                0.2476251603790832,
                0.15912057026008505,
                0.6333891654321717,
                0.02394240992110286,
                -0.8534072144983814,
                -0.08497547507575172,
                0.4018842050833518,
                -0.1180872182865258,
                -0.2973996477247519,
                -0.31756836385671,
                0.32631822261074755,
                0.4080523785299081,
                0.5792849152341453,
                -0.5324247238804012,
                -0.08433806156574805,
                -0.6086712245514444,
                -0.34084141836005755,
                0.5282692501339836,
                -0.46199510205933786,
                0.034140775787431854,
                0.14026047339875453,
                0.46444151772609493,
                0.06919143537752004,
                0.5311455045955913,
                -0.2552821108283669,
                -0.0011505882035185433,
                -0.6574350118972783,
                -0.2708810480574761,
                0.1343159701156017,
                0.13465992370437962,
                0.4037219615008836,
                0.8222487762069048,
                -0.22663828174261638,
            ],
        );
    }

    #[test]
    fn eigh_large_is_orthonormal_and_ascending() {
        // Above order 25 LAPACK switches to divide and conquer; dsteqr still gives an
        // orthonormal basis with ascending eigenvalues.
        let n = 30;
        let a: Vec<f64> = (0..n * n).map(|k| ((k / n) as f64 - (k % n) as f64).abs().recip().min(2.0)).collect();
        let (w, v) = eigh(&a, n);
        assert!(w.windows(2).all(|p| p[0] <= p[1]));
        for i in 0..n {
            for j in 0..n {
                let d: f64 = (0..n).map(|r| v[r * n + i] * v[r * n + j]).sum();
                assert!((d - if i == j { 1.0 } else { 0.0 }).abs() < 1e-12);
            }
        }
    }

    /// Development aid: `EIG_CASES=file cargo test dump_cases -- --nocapture` reads lines
    /// `kind n a00 a01 ...` and prints the results for comparison with NumPy (a no-op without
    /// `EIG_CASES`).
    #[test]
    fn dump_cases() {
        let Ok(path) = std::env::var("EIG_CASES") else { return };
        let text = std::fs::read_to_string(path).unwrap();
        let mut out = String::new();
        for line in text.lines() {
            let f: Vec<&str> = line.split_whitespace().collect();
            let n: usize = f[1].parse().unwrap();
            let a: Vec<f64> = f[2..].iter().map(|v| v.parse().unwrap()).collect();
            if f[0] == "e" || f[0] == "h" {
                let w = if f[0] == "e" { dgeev(&a, n, false).unwrap().wr } else { dsyevd(&a, n, false).unwrap().0 };
                let s: Vec<String> = w.iter().map(|x| format!("{x:e}")).collect();
                out.push_str(&s.join(" "));
                out.push('\n');
                continue;
            }
            let (w, v) = if f[0] == "g" {
                let g = dgeev(&a, n, true).unwrap();
                if g.wi.iter().any(|&x| x != 0.0) {
                    out.push_str("complex\n");
                    continue;
                }
                (g.wr, rows(&g.vr, n))
            } else {
                eigh(&a, n)
            };
            let s: Vec<String> = w.iter().chain(&v).map(|x| format!("{x:e}")).collect();
            out.push_str(&s.join(" "));
            out.push('\n');
        }
        std::fs::write(std::env::var("EIG_OUT").unwrap(), out).unwrap();
    }
}
