//! `np.linalg.svd` (and what NumPy builds on it: `norm(A, 2)`, `norm(A, 'nuc')`, `cond`,
//! `pinv`, `matrix_rank`) by one-sided Jacobi (Hestenes) rotations.
//!
//! One-sided Jacobi computes every singular value to high relative accuracy, so the values
//! agree with LAPACK's `dgesdd` (what NumPy calls) to printed precision; tiny singular values
//! of rank-deficient matrices are rounding noise in both and may differ. Singular vectors are
//! unique only up to sign: the signs follow a fixed rule (each left vector's components sum
//! to a non-positive number, as LAPACK's Householder-based vectors usually do for positive
//! data), which does not always reproduce LAPACK's choice.

use crate::array::Array;
use crate::error::{Error, Result};

/// The SVD of a row-major `m x n` matrix: `(u, s, vt)` with `u` `m x ku`, `s` of length
/// `k = min(m, n)` (descending), `vt` `kv x n`, where `ku`/`kv` are `m`/`n` for full matrices
/// and `k` otherwise.
pub struct Svd {
    pub u: Vec<f64>,
    pub s: Vec<f64>,
    pub vt: Vec<f64>,
    pub ku: usize,
    pub kv: usize,
}

/// Jacobi on the columns of `a` (`m x n`, `m >= n`, row-major). Returns the orthonormal left
/// vectors (`m x n`, columns, zero where the singular value is zero), the singular values
/// (descending) and the right vectors (`n x n`, columns), all row-major.
fn jacobi(a: &[f64], m: usize, n: usize) -> (Vec<f64>, Vec<f64>, Vec<f64>) {
    // Column-major working copies: column j of W is w[j * m..(j + 1) * m].
    let mut w: Vec<f64> = (0..n).flat_map(|j| (0..m).map(move |i| a[i * n + j])).collect();
    let mut v = vec![0.0; n * n];
    for j in 0..n {
        v[j * n + j] = 1.0;
    }
    for _sweep in 0..80 {
        let mut rotated = false;
        for p in 0..n.saturating_sub(1) {
            for q in p + 1..n {
                let (mut alpha, mut beta, mut gamma) = (0.0, 0.0, 0.0);
                for i in 0..m {
                    let (x, y) = (w[p * m + i], w[q * m + i]);
                    alpha += x * x;
                    beta += y * y;
                    gamma += x * y;
                }
                if gamma == 0.0 || gamma.abs() <= f64::EPSILON * (alpha * beta).sqrt() {
                    continue;
                }
                rotated = true;
                let zeta = (beta - alpha) / (2.0 * gamma);
                let t = zeta.signum() / (zeta.abs() + (1.0 + zeta * zeta).sqrt());
                let c = 1.0 / (1.0 + t * t).sqrt();
                let s = c * t;
                for i in 0..m {
                    let (x, y) = (w[p * m + i], w[q * m + i]);
                    w[p * m + i] = c * x - s * y;
                    w[q * m + i] = s * x + c * y;
                }
                for i in 0..n {
                    let (x, y) = (v[p * n + i], v[q * n + i]);
                    v[p * n + i] = c * x - s * y;
                    v[q * n + i] = s * x + c * y;
                }
            }
        }
        if !rotated {
            break;
        }
    }
    let norms: Vec<f64> = (0..n).map(|j| w[j * m..(j + 1) * m].iter().map(|x| x * x).sum::<f64>().sqrt()).collect();
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&x, &y| norms[y].partial_cmp(&norms[x]).unwrap_or(std::cmp::Ordering::Equal));
    let smax = norms.iter().cloned().fold(0.0f64, f64::max);
    let mut u = vec![0.0; m * n];
    let mut vv = vec![0.0; n * n];
    let mut s = vec![0.0; n];
    for (k, &j) in order.iter().enumerate() {
        s[k] = norms[j];
        let keep = norms[j] > smax * f64::EPSILON * (m as f64) && norms[j] > 0.0;
        let col = &w[j * m..(j + 1) * m];
        let sign = if keep && col.iter().sum::<f64>() > 0.0 { -1.0 } else { 1.0 };
        if keep {
            for i in 0..m {
                u[i * n + k] = sign * col[i] / norms[j];
            }
        }
        for i in 0..n {
            vv[i * n + k] = sign * v[j * n + i];
        }
    }
    (u, s, vv)
}

/// Fills the zero columns of the `m x k` row-major matrix `q` (whose other columns are
/// orthonormal) and appends columns up to `cols`, making an orthonormal basis: Gram-Schmidt
/// (twice) over the standard basis vectors.
fn complete(q: &[f64], m: usize, k: usize, cols: usize) -> Vec<f64> {
    let mut basis: Vec<Vec<f64>> = (0..k).map(|j| (0..m).map(|i| q[i * k + j]).collect()).collect();
    for _ in k..cols {
        basis.push(vec![0.0; m]);
    }
    let mut e = 0;
    for j in 0..cols {
        if basis[j].iter().any(|&x| x != 0.0) {
            continue;
        }
        while e < m {
            let mut x = vec![0.0; m];
            x[e] = 1.0;
            e += 1;
            for _ in 0..2 {
                for b in basis.iter().filter(|b| b.iter().any(|&t| t != 0.0)) {
                    let d: f64 = b.iter().zip(&x).map(|(p, q)| p * q).sum();
                    for (xi, bi) in x.iter_mut().zip(b) {
                        *xi -= d * bi;
                    }
                }
            }
            let nrm = x.iter().map(|t| t * t).sum::<f64>().sqrt();
            if nrm > 1e-8 {
                basis[j] = x.iter().map(|t| t / nrm).collect();
                break;
            }
        }
    }
    (0..m).flat_map(|i| basis.iter().map(move |b| b[i])).collect()
}

fn transpose(a: &[f64], r: usize, c: usize) -> Vec<f64> {
    (0..c).flat_map(|j| (0..r).map(move |i| a[i * c + j])).collect()
}

/// The SVD of a row-major `m x n` matrix (see [`Svd`]).
pub fn svd_f64(a: &[f64], m: usize, n: usize, full: bool) -> Svd {
    let tr = m < n;
    let (mm, nn) = if tr { (n, m) } else { (m, n) };
    let work = if tr { transpose(a, m, n) } else { a.to_vec() };
    // work = U' S V'^T with U' mm x nn, V' nn x nn.
    let (u1, s, v1) = jacobi(&work, mm, nn);
    let ucols = if full { mm } else { nn };
    let u1 = complete(&u1, mm, nn, ucols);
    if !tr {
        let vt = transpose(&v1, nn, nn);
        let kv = nn;
        Svd { u: u1, s, vt, ku: ucols, kv }
    } else {
        // a = (work)^T = V' S U'^T: u = V' (m x m), vt = U'^T (ucols x n).
        let vt = transpose(&u1, mm, ucols);
        Svd { u: v1, s, vt, ku: nn, kv: ucols }
    }
}

/// `np.linalg.svd(a, full_matrices)` for a 2-D array: `(U, S, Vh)`.
pub fn svd(a: &Array, full: bool) -> Result<(Array, Array, Array)> {
    if a.ndim() != 2 {
        return Err(Error::LinAlg(format!(
            "{}-dimensional array given. Array must be at least two-dimensional",
            a.ndim()
        )));
    }
    let (m, n) = (a.shape()[0], a.shape()[1]);
    let d = a.to_float().to_vec();
    if d.iter().any(|v| !v.is_finite()) {
        return Err(Error::LinAlg("SVD did not converge".into()));
    }
    let r = svd_f64(&d, m, n, full);
    let k = m.min(n);
    Ok((Array::from_f64(vec![m, r.ku], r.u), Array::from_f64(vec![k], r.s), Array::from_f64(vec![r.kv, n], r.vt)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(a: &[f64], m: usize, n: usize, full: bool) -> Svd {
        let r = svd_f64(a, m, n, full);
        let k = m.min(n);
        // u[:, :k] @ diag(s) @ vt[:k] == a
        for i in 0..m {
            for j in 0..n {
                let x: f64 = (0..k).map(|p| r.u[i * r.ku + p] * r.s[p] * r.vt[p * n + j]).sum();
                assert!((x - a[i * n + j]).abs() < 1e-12, "{x} vs {}", a[i * n + j]);
            }
        }
        // orthonormal columns of u
        for p in 0..r.ku {
            for q in 0..r.ku {
                let d: f64 = (0..m).map(|i| r.u[i * r.ku + p] * r.u[i * r.ku + q]).sum();
                assert!((d - if p == q { 1.0 } else { 0.0 }).abs() < 1e-12);
            }
        }
        r
    }

    #[test]
    fn values_and_reconstruction() {
        let r = check(&[3.0, 1.0, 1.0, -1.0, 3.0, 1.0], 2, 3, true);
        assert!((r.s[0] - 12f64.sqrt()).abs() < 1e-14 && (r.s[1] - 10f64.sqrt()).abs() < 1e-14);
        let r = check(&[4.0, 0.0, 3.0, -5.0], 2, 2, false);
        assert!((r.s[0] - 40f64.sqrt()).abs() < 1e-14 && (r.s[1] - 10f64.sqrt()).abs() < 1e-14);
        check(&[1.0, 2.0, 2.0, 4.0, 3.0, 6.0], 3, 2, true);
        check(&[1.0, 2.0, 2.0, 4.0, 3.0, 6.0], 3, 2, false);
        check(&[0.0; 6], 2, 3, true);
    }
}
