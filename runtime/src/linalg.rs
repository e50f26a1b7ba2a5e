//! `np.linalg`: `det`, `slogdet`, `solve`, `inv`, `norm`, `lstsq`, plus `trace`.
//!
//! The LU factorization mirrors what NumPy's OpenBLAS runs for small matrices (`getf2`:
//! left-looking, partial pivoting on the first largest element, column scaling by the
//! reciprocal pivot), and `det` is `sign * exp(logdet)` as in NumPy's `umath_linalg`, so
//! results agree with NumPy's to the last bit in the vast majority of cases (and always to
//! printed precision).

use crate::array::Array;
use crate::error::{Error, Result};

/// A square matrix in column-major order (what LAPACK sees).
struct Lu {
    n: usize,
    /// Column-major LU factors: `a[j][i]` is row `i` of column `j`.
    cols: Vec<Vec<f64>>,
    piv: Vec<usize>,
    singular: bool,
}

fn lu(a: &[f64], n: usize) -> Lu {
    // A row-major working copy: the left-looking updates are dot products of rows of L with
    // the current column, contiguous here. Each dot product still sums in getf2's order
    // (k ascending, then one subtraction), so the factors are bit-identical; only independent
    // rows are interleaved (four accumulators) for speed.
    let mut m = a.to_vec();
    let mut piv = Vec::with_capacity(n);
    let mut singular = false;
    let mut b = vec![0.0; n];
    for j in 0..n {
        for i in 0..n {
            b[i] = m[i * n + j];
        }
        // Unit-lower triangular solve for rows 1..j: row i needs b[k] for k < i.
        let mut i = 1;
        while i + 4 <= j {
            let (r0, r1, r2, r3) = (&m[i * n..], &m[(i + 1) * n..], &m[(i + 2) * n..], &m[(i + 3) * n..]);
            let (mut s0, mut s1, mut s2, mut s3) = (0.0, 0.0, 0.0, 0.0);
            for k in 0..i {
                let x = b[k];
                s0 += r0[k] * x;
                s1 += r1[k] * x;
                s2 += r2[k] * x;
                s3 += r3[k] * x;
            }
            b[i] -= s0;
            s1 += r1[i] * b[i];
            b[i + 1] -= s1;
            s2 += r2[i] * b[i];
            s2 += r2[i + 1] * b[i + 1];
            b[i + 2] -= s2;
            s3 += r3[i] * b[i];
            s3 += r3[i + 1] * b[i + 1];
            s3 += r3[i + 2] * b[i + 2];
            b[i + 3] -= s3;
            i += 4;
        }
        while i < j {
            let mut s = 0.0;
            for (x, y) in m[i * n..i * n + i].iter().zip(&b[..i]) {
                s += x * y;
            }
            b[i] -= s;
            i += 1;
        }
        // Rows j..n: independent dot products with b[..j].
        let mut i = j;
        while i + 4 <= n {
            let (r0, r1, r2, r3) = (&m[i * n..], &m[(i + 1) * n..], &m[(i + 2) * n..], &m[(i + 3) * n..]);
            let (mut s0, mut s1, mut s2, mut s3) = (0.0, 0.0, 0.0, 0.0);
            for k in 0..j {
                let x = b[k];
                s0 += r0[k] * x;
                s1 += r1[k] * x;
                s2 += r2[k] * x;
                s3 += r3[k] * x;
            }
            b[i] -= s0;
            b[i + 1] -= s1;
            b[i + 2] -= s2;
            b[i + 3] -= s3;
            i += 4;
        }
        while i < n {
            let mut s = 0.0;
            for (x, y) in m[i * n..i * n + j].iter().zip(&b[..j]) {
                s += x * y;
            }
            b[i] -= s;
            i += 1;
        }
        let mut jp = j;
        for i in j + 1..n {
            if b[i].abs() > b[jp].abs() {
                jp = i;
            }
        }
        piv.push(jp);
        if jp != j {
            // Swapping whole rows swaps the finished columns and pre-applies the pivot to the
            // columns still to come (getf2 swaps those when it reaches them; same order).
            for k in 0..n {
                m.swap(j * n + k, jp * n + k);
            }
            b.swap(j, jp);
        }
        let t = b[j];
        if t != 0.0 {
            if t.abs() >= f64::MIN_POSITIVE {
                let r = 1.0 / t;
                for x in &mut b[j + 1..] {
                    *x *= r;
                }
            } else {
                for x in &mut b[j + 1..] {
                    *x /= t;
                }
            }
        } else {
            singular = true;
        }
        for i in 0..n {
            m[i * n + j] = b[i];
        }
    }
    let cols = (0..n).map(|j| (0..n).map(|i| m[i * n + j]).collect()).collect();
    Lu { n, cols, piv, singular }
}

impl Lu {
    /// Solves in place for one right-hand side (`getrs`: pivots, unit-lower, then upper).
    fn solve(&self, b: &mut [f64]) {
        let n = self.n;
        for (i, &p) in self.piv.iter().enumerate() {
            if p != i {
                b.swap(i, p);
            }
        }
        for k in 0..n {
            if b[k] != 0.0 {
                let bk = b[k];
                for (x, l) in b[k + 1..].iter_mut().zip(&self.cols[k][k + 1..]) {
                    *x -= bk * l;
                }
            }
        }
        for k in (0..n).rev() {
            if b[k] != 0.0 {
                b[k] /= self.cols[k][k];
                let bk = b[k];
                for (x, u) in b[..k].iter_mut().zip(&self.cols[k][..k]) {
                    *x -= bk * u;
                }
            }
        }
    }
}

impl Lu {
    /// `k` right-hand sides (row-major `n x k`) as OpenBLAS's `getrs` solves them through
    /// `trsm` (what `np.linalg.inv` and matrix `solve` run): rows in blocks of 4 (the
    /// remainder as blocks of 2 and 1: after the 4-blocks going down, before them going up);
    /// each block first subtracts the already solved rows as a GEMM (fused multiply-adds,
    /// ascending, then one subtraction), then solves inside the block with plain updates,
    /// multiplying by the reciprocal of the diagonal. Bit-identical to NumPy's `inv` for
    /// matrices up to 5 rows (and most larger ones up to 7).
    fn solve_rows_trsm(&self, x: &mut [f64], k: usize) {
        let n = self.n;
        for (i, &p) in self.piv.iter().enumerate() {
            if p != i {
                for j in 0..k {
                    x.swap(i * k + j, p * k + j);
                }
            }
        }
        let l = |i: usize, j: usize| self.cols[j][i];
        let mut fwd = vec![];
        let mut i = 0;
        while i + 4 <= n {
            fwd.push((i, i + 4));
            i += 4;
        }
        for sz in [2, 1] {
            if n & sz != 0 {
                fwd.push((i, i + sz));
                i += sz;
            }
        }
        let mut bwd = vec![];
        let mut top = n;
        for sz in [1, 2] {
            if n & sz != 0 {
                bwd.push((top - sz, top));
                top -= sz;
            }
        }
        while top >= 4 {
            bwd.push((top - 4, top));
            top -= 4;
        }
        for c in 0..k {
            for &(a, b) in &fwd {
                for i in a..b {
                    let mut acc = 0.0f64;
                    for kk in 0..a {
                        acc = l(i, kk).mul_add(x[kk * k + c], acc);
                    }
                    x[i * k + c] -= acc;
                }
                for kk in a..b {
                    let v = x[kk * k + c];
                    for i in kk + 1..b {
                        x[i * k + c] -= v * l(i, kk);
                    }
                }
            }
            for &(a, b) in &bwd {
                for i in a..b {
                    let mut acc = 0.0f64;
                    for kk in b..n {
                        acc = l(i, kk).mul_add(x[kk * k + c], acc);
                    }
                    x[i * k + c] -= acc;
                }
                for kk in (a..b).rev() {
                    let v = x[kk * k + c] * (1.0 / l(kk, kk));
                    x[kk * k + c] = v;
                    for i in a..kk {
                        x[i * k + c] -= v * l(i, kk);
                    }
                }
            }
        }
    }
}

fn square(a: &Array) -> Result<(usize, Vec<f64>)> {
    if a.ndim() < 2 {
        return Err(Error::LinAlg(format!(
            "{}-dimensional array given. Array must be at least two-dimensional",
            a.ndim()
        )));
    }
    if a.ndim() > 2 {
        return Err(Error::unsupported("linalg on stacks of matrices"));
    }
    let (r, c) = (a.shape()[0], a.shape()[1]);
    if r != c {
        return Err(Error::LinAlg("Last 2 dimensions of the array must be square".into()));
    }
    Ok((r, a.to_float().to_vec()))
}

/// The pivots and the diagonal of `U` of the LU factorization, and whether it is singular:
/// `getf2`'s order for small matrices, the blocked form (`lu_blocked.rs`) from
/// `BLOCKED_MIN` rows.
fn lu_pivots_diag(data: &[f64], n: usize) -> (Vec<usize>, Vec<f64>, bool) {
    if n >= crate::lu_blocked::BLOCKED_MIN {
        let f = crate::lu_blocked::lu(data, n);
        let d = (0..n).map(|i| f.diag(i)).collect();
        return (f.piv.clone(), d, f.singular);
    }
    let f = lu(data, n);
    let d = (0..n).map(|i| f.cols[i][i]).collect();
    (f.piv, d, f.singular)
}

/// `np.linalg.slogdet(a)`: `(sign, logabsdet)`.
pub fn slogdet(a: &Array) -> Result<(f64, f64)> {
    let (n, data) = square(a)?;
    let (piv, diag, singular) = lu_pivots_diag(&data, n);
    let mut sign = 1.0;
    let mut logdet = 0.0;
    for i in 0..n {
        if piv[i] != i {
            sign = -sign;
        }
        let mut x = diag[i];
        if x < 0.0 {
            sign = -sign;
            x = -x;
        }
        logdet += x.ln();
    }
    if singular {
        return Ok((0.0, f64::NEG_INFINITY));
    }
    Ok((sign, logdet))
}

/// The pivot sign and the diagonal of `U` of the LU factorization (the JS side takes the
/// logarithms with the same `log`/`exp` as CPython, so `det` rounds exactly like NumPy's).
pub fn lu_diag(a: &Array) -> Result<(f64, Vec<f64>)> {
    let (n, data) = square(a)?;
    let (piv, diag, _) = lu_pivots_diag(&data, n);
    let mut sign = 1.0;
    for (i, &p) in piv.iter().enumerate() {
        if p != i {
            sign = -sign;
        }
    }
    Ok((sign, diag))
}

/// `np.linalg.det(a)`: computed as `sign * exp(logdet)`, like NumPy (so `det([[1,2],[3,4]])`
/// is `-2.0000000000000004` here too).
pub fn det(a: &Array) -> Result<Array> {
    let (sign, logdet) = slogdet(a)?;
    Ok(Array::from_f64(vec![], vec![sign * logdet.exp()]))
}

/// `np.linalg.solve(a, b)` for `b` of shape `(n,)` or `(n, k)`.
pub fn solve(a: &Array, b: &Array) -> Result<Array> {
    let (n, data) = square(a)?;
    let bshape = b.shape().to_vec();
    let vector = bshape.len() == 1;
    if bshape.is_empty() || bshape.len() > 2 || bshape[0] != n {
        let sig = if vector { "(m,m),(m)->(m)" } else { "(m,m),(m,n)->(m,n)" };
        let got = bshape.first().copied().unwrap_or(0);
        let name = if vector { "solve1" } else { "solve" };
        return Err(Error::value(format!(
            "{name}: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature {sig} (size {got} is different from {n})"
        )));
    }
    let k = if vector { 1 } else { bshape[1] };
    let mut out = b.to_float().to_vec();
    if n >= crate::lu_blocked::BLOCKED_MIN {
        let f = crate::lu_blocked::lu(&data, n);
        if f.singular {
            return Err(Error::LinAlg("Singular matrix".into()));
        }
        f.solve(&mut out, k);
        return Ok(Array::from_f64(bshape, out));
    }
    let f = lu(&data, n);
    if f.singular {
        return Err(Error::LinAlg("Singular matrix".into()));
    }
    if k == 1 {
        f.solve(&mut out);
    } else {
        f.solve_rows_trsm(&mut out, k);
    }
    Ok(Array::from_f64(bshape, out))
}

/// `np.linalg.inv(a)`: `solve(a, I)`, as NumPy does.
/// Large matrices form `U^-1 L^-1 P` from the blocked factors, like LAPACK's `getri`.
pub fn inv(a: &Array) -> Result<Array> {
    let (n, data) = square(a)?;
    if n >= crate::lu_blocked::BLOCKED_MIN {
        let f = crate::lu_blocked::lu(&data, n);
        if f.singular {
            return Err(Error::LinAlg("Singular matrix".into()));
        }
        return Ok(Array::from_f64(vec![n, n], f.inverse()));
    }
    solve(a, &crate::creation::eye(n, None, 0, crate::DType::Float64))
}

/// `inv` of the C-ordered float64 `n x n` matrix `a`, `n >= BLOCKED_MIN` (`numpy/linalg.mjs`
/// passes such matrices straight here): the same factors and bits as [`inv`], without the
/// generic array's copies.
pub fn inv_f64(a: Vec<f64>, n: usize) -> Result<Vec<f64>> {
    debug_assert!(n >= crate::lu_blocked::BLOCKED_MIN && a.len() == n * n);
    let f = crate::lu_blocked::lu_owned(a, n);
    if f.singular {
        return Err(Error::LinAlg("Singular matrix".into()));
    }
    Ok(f.inverse())
}

/// `solve` of the C-ordered float64 `n x n` matrix `a` (`n >= BLOCKED_MIN`) and the `n x k`
/// right-hand sides `b` (C order): as [`solve`], without the generic array's copies.
pub fn solve_f64(a: Vec<f64>, n: usize, mut b: Vec<f64>, k: usize) -> Result<Vec<f64>> {
    debug_assert!(n >= crate::lu_blocked::BLOCKED_MIN && a.len() == n * n && b.len() == n * k);
    let f = crate::lu_blocked::lu_owned(a, n);
    if f.singular {
        return Err(Error::LinAlg("Singular matrix".into()));
    }
    f.solve(&mut b, k);
    Ok(b)
}

/// `np.trace(a)` of a 2-D array: the sum of the main diagonal.
pub fn trace(a: &Array) -> Result<Array> {
    if a.ndim() != 2 {
        return Err(Error::value("diag requires an array of at least two dimensions"));
    }
    let d = crate::creation::diag(a, 0)?;
    crate::reduce::sum(&d, None, false)
}

/// `np.linalg.norm(x, ord=None)`: the 2-norm of vectors and the Frobenius norm of matrices
/// (also `ord=1`, `ord=inf` for vectors).
pub fn norm(x: &Array, ord: Option<f64>) -> Result<Array> {
    let v = x.to_float().to_vec();
    let r = match ord {
        None => {
            let mut s = 0.0;
            for &e in &v {
                s += e * e;
            }
            s.sqrt()
        }
        Some(o) if x.ndim() == 1 && o == 1.0 => {
            crate::reduce::pairwise_sum(&v.iter().map(|e| e.abs()).collect::<Vec<_>>())
        }
        Some(o) if x.ndim() == 1 && o == f64::INFINITY => v.iter().fold(0.0f64, |m, e| m.max(e.abs())),
        Some(o) if x.ndim() == 1 && o == 2.0 => return norm(x, None),
        Some(_) => return Err(Error::unsupported("linalg.norm with this ord")),
    };
    Ok(Array::from_f64(vec![], vec![r]))
}

/// `np.linalg.lstsq(a, b)`: the least-squares solution (the first element of NumPy's tuple),
/// by Householder QR. Full-rank problems agree with NumPy's SVD-based `gelsd` to ~1e-13
/// relative; rank-deficient ones are reported as unsupported rather than answered differently.
pub fn lstsq(a: &Array, b: &Array) -> Result<Array> {
    if a.ndim() != 2 {
        return Err(Error::LinAlg(format!("{}-dimensional array given. Array must be two-dimensional", a.ndim())));
    }
    let (m, n) = (a.shape()[0], a.shape()[1]);
    let vector = b.ndim() == 1;
    if b.ndim() == 0 || b.ndim() > 2 || b.shape()[0] != m {
        return Err(Error::LinAlg("Incompatible dimensions".into()));
    }
    if m < n {
        return Err(Error::unsupported("linalg.lstsq of an underdetermined system"));
    }
    let k = if vector { 1 } else { b.shape()[1] };
    let mut r = a.to_float().to_vec();
    let mut rhs = b.to_float().to_vec();
    let scale = r.iter().fold(0.0f64, |s, x| s.max(x.abs()));
    for j in 0..n {
        let norm = (j..m).map(|i| r[i * n + j] * r[i * n + j]).sum::<f64>().sqrt();
        if norm <= scale * 1e-13 * (m.max(n) as f64) {
            return Err(Error::unsupported("linalg.lstsq of a rank-deficient matrix"));
        }
        let alpha = if r[j * n + j] > 0.0 { -norm } else { norm };
        let mut v: Vec<f64> = (j..m).map(|i| r[i * n + j]).collect();
        v[0] -= alpha;
        let vnorm2: f64 = v.iter().map(|x| x * x).sum();
        if vnorm2 == 0.0 {
            continue;
        }
        for c in j..n {
            let d: f64 = (j..m).map(|i| v[i - j] * r[i * n + c]).sum();
            let f = 2.0 * d / vnorm2;
            for i in j..m {
                r[i * n + c] -= f * v[i - j];
            }
        }
        for c in 0..k {
            let d: f64 = (j..m).map(|i| v[i - j] * rhs[i * k + c]).sum();
            let f = 2.0 * d / vnorm2;
            for i in j..m {
                rhs[i * k + c] -= f * v[i - j];
            }
        }
    }
    let mut x = vec![0.0; n * k];
    for c in 0..k {
        for i in (0..n).rev() {
            let mut s = rhs[i * k + c];
            for t in i + 1..n {
                s -= r[i * n + t] * x[t * k + c];
            }
            x[i * k + c] = s / r[i * n + i];
        }
    }
    let shape = if vector { vec![n] } else { vec![n, k] };
    Ok(Array::from_f64(shape, x))
}

/// `np.linalg.cholesky(a)`: the lower-triangular `L` with `a = L @ L.T`.
pub fn cholesky(a: &Array) -> Result<Array> {
    let (n, d) = square(a)?;
    let mut l = vec![0.0; n * n];
    for j in 0..n {
        let mut s = d[j * n + j];
        for k in 0..j {
            s -= l[j * n + k] * l[j * n + k];
        }
        if s <= 0.0 || s.is_nan() {
            return Err(Error::LinAlg("Matrix is not positive definite".into()));
        }
        let ljj = s.sqrt();
        l[j * n + j] = ljj;
        for i in j + 1..n {
            let mut s = d[i * n + j];
            for k in 0..j {
                s -= l[i * n + k] * l[j * n + k];
            }
            l[i * n + j] = s / ljj;
        }
    }
    Ok(Array::from_f64(vec![n, n], l))
}

/// `np.linalg.qr(a)` (mode `'reduced'`): Householder reflections with LAPACK's sign
/// convention (`beta = -sign(alpha) * norm`), so the signs of `Q` and `R` match NumPy's.
pub fn qr(a: &Array) -> Result<(Array, Array)> {
    if a.ndim() != 2 {
        return Err(Error::LinAlg(format!(
            "{}-dimensional array given. Array must be at least two-dimensional",
            a.ndim()
        )));
    }
    let (m, n) = (a.shape()[0], a.shape()[1]);
    let k = m.min(n);
    let mut r = a.to_float().to_vec();
    let mut vs: Vec<(Vec<f64>, f64)> = vec![];
    for j in 0..k {
        let alpha = r[j * n + j];
        let xnorm = (j + 1..m).map(|i| r[i * n + j] * r[i * n + j]).sum::<f64>().sqrt();
        if xnorm == 0.0 {
            vs.push((vec![], 0.0));
            continue;
        }
        let norm = alpha.hypot(xnorm);
        let beta = if alpha >= 0.0 { -norm } else { norm };
        let tau = (beta - alpha) / beta;
        let scale = 1.0 / (alpha - beta);
        let mut v = vec![1.0];
        v.extend((j + 1..m).map(|i| r[i * n + j] * scale));
        // Apply H = I - tau v v^T to the trailing columns.
        for c in j..n {
            let d: f64 = (j..m).map(|i| v[i - j] * r[i * n + c]).sum();
            for i in j..m {
                r[i * n + c] -= tau * d * v[i - j];
            }
        }
        for i in j + 1..m {
            r[i * n + j] = 0.0;
        }
        r[j * n + j] = beta;
        vs.push((v, tau));
    }
    // Q = H_0 H_1 ... H_{k-1} applied to the first k columns of the identity.
    let mut q = vec![0.0; m * k];
    for i in 0..k {
        q[i * k + i] = 1.0;
    }
    for j in (0..k).rev() {
        let (v, tau) = &vs[j];
        if v.is_empty() {
            continue;
        }
        for c in 0..k {
            let d: f64 = (j..m).map(|i| v[i - j] * q[i * k + c]).sum();
            for i in j..m {
                q[i * k + c] -= tau * d * v[i - j];
            }
        }
    }
    let rr: Vec<f64> = (0..k).flat_map(|i| (0..n).map(move |c| (i, c))).map(|(i, c)| r[i * n + c]).collect();
    Ok((Array::from_f64(vec![m, k], q), Array::from_f64(vec![k, n], rr)))
}

/// `np.linalg.eigh`: LAPACK's `dsyevd` from the lower triangle ([`crate::eigen::dsyevd`]):
/// eigenvalues ascending, eigenvectors in the columns with LAPACK's signs.
pub fn eigh(a: &Array) -> Result<(Array, Array)> {
    eigh_uplo(a, true)
}

/// [`eigh`] reading the lower (`UPLO='L'`) or upper (`UPLO='U'`) triangle.
pub fn eigh_uplo(a: &Array, lower: bool) -> Result<(Array, Array)> {
    let (n, d) = square(a)?;
    let (w, z) = crate::eigen::dsyevd_uplo(&d, n, lower, true).ok_or_else(not_converged)?;
    Ok((Array::from_f64(vec![n], w), Array::from_f64(vec![n, n], row_major(&z, n))))
}

/// `np.linalg.eigvalsh`: the eigenvalues of [`eigh`] (ascending).
pub fn eigvalsh(a: &Array, lower: bool) -> Result<Array> {
    let (n, d) = square(a)?;
    let (w, _) = crate::eigen::dsyevd_uplo(&d, n, lower, false).ok_or_else(not_converged)?;
    Ok(Array::from_f64(vec![n], w))
}

fn not_converged() -> Error {
    Error::LinAlg("Eigenvalues did not converge".into())
}

fn row_major(z: &[f64], n: usize) -> Vec<f64> {
    (0..n * n).map(|k| z[(k / n) + (k % n) * n]).collect()
}

fn general_eigen(a: &Array, vectors: bool) -> Result<(usize, crate::eigen::Geev)> {
    let (n, d) = square(a)?;
    if d.iter().any(|v| !v.is_finite()) {
        return Err(Error::LinAlg("Array must not contain infs or NaNs".into()));
    }
    let g = crate::eigen::dgeev(&d, n, vectors).ok_or_else(not_converged)?;
    if g.wi.iter().any(|&v| v != 0.0) {
        return Err(Error::unsupported("linalg.eig with complex eigenvalues"));
    }
    Ok((n, g))
}

/// `np.linalg.eig`: LAPACK's `dgeev` ([`crate::eigen::dgeev`]): eigenvalues in LAPACK's order,
/// unit-norm eigenvectors in the columns. Complex eigenvalues are reported as unsupported.
pub fn eig(a: &Array) -> Result<(Array, Array)> {
    let (n, g) = general_eigen(a, true)?;
    Ok((Array::from_f64(vec![n], g.wr), Array::from_f64(vec![n, n], row_major(&g.vr, n))))
}

/// `np.linalg.eigvals`: the eigenvalues of [`eig`] (computed without vectors, as NumPy does).
pub fn eigvals(a: &Array) -> Result<Array> {
    let (n, g) = general_eigen(a, false)?;
    Ok(Array::from_f64(vec![n], g.wr))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(r: usize, c: usize, v: &[f64]) -> Array {
        Array::from_f64(vec![r, c], v.to_vec())
    }

    fn close(a: &[f64], b: &[f64]) -> bool {
        a.len() == b.len() && a.iter().zip(b).all(|(x, y)| (x - y).abs() < 1e-12)
    }

    #[test]
    fn cholesky_matches_numpy() {
        // np.linalg.cholesky([[4, 2], [2, 3]])
        let l = cholesky(&m(2, 2, &[4.0, 2.0, 2.0, 3.0])).unwrap();
        assert!(close(&l.to_float().to_vec(), &[2.0, 0.0, 1.0, 2f64.sqrt()]));
        let e = cholesky(&m(2, 2, &[1.0, 2.0, 2.0, 1.0])).unwrap_err();
        assert_eq!(e.message(), "Matrix is not positive definite");
    }

    #[test]
    fn qr_uses_lapack_signs() {
        // np.linalg.qr([[1, 2], [3, 4]]): R = [[-3.16227766, -4.42718872], [0, -0.63245553]]
        let (q, r) = qr(&m(2, 2, &[1.0, 2.0, 3.0, 4.0])).unwrap();
        let r = r.to_float().to_vec();
        assert!((r[0] + 10f64.sqrt()).abs() < 1e-12 && r[2] == 0.0 && r[3] < 0.0);
        let q = q.to_float().to_vec();
        assert!((q[0] + 1.0 / 10f64.sqrt()).abs() < 1e-12);
    }

    #[test]
    fn eigh_ascending() {
        let (w, v) = eigh(&m(2, 2, &[2.0, 1.0, 1.0, 2.0])).unwrap();
        assert!(close(&w.to_float().to_vec(), &[1.0, 3.0]));
        let v = v.to_float().to_vec();
        assert!((v[0].abs() - 0.5f64.sqrt()).abs() < 1e-12);
    }

    #[test]
    fn lu_diag_gives_numpy_det_inputs() {
        let (s, d) = lu_diag(&m(2, 2, &[1.0, 2.0, 3.0, 4.0])).unwrap();
        assert_eq!(s, -1.0);
        assert_eq!(d, vec![3.0, 2.0 - (1.0 / 3.0) * 4.0]);
    }
}

#[cfg(test)]
mod lu_tests {
    use super::*;

    /// The straightforward left-looking getf2 (column storage) that `lu` reorganizes.
    fn lu_reference(a: &[f64], n: usize) -> Lu {
        let mut cols: Vec<Vec<f64>> = (0..n).map(|j| (0..n).map(|i| a[i * n + j]).collect()).collect();
        let mut piv = Vec::with_capacity(n);
        let mut singular = false;
        for j in 0..n {
            let (done, rest) = cols.split_at_mut(j);
            let b = &mut rest[0];
            for (i, &p) in piv.iter().enumerate() {
                if p != i {
                    b.swap(i, p);
                }
            }
            for i in 1..j.min(n) {
                let mut s = 0.0;
                for (k, col) in done.iter().enumerate().take(i) {
                    s += col[i] * b[k];
                }
                b[i] -= s;
            }
            for i in j..n {
                let mut s = 0.0;
                for (k, col) in done.iter().enumerate() {
                    s += col[i] * b[k];
                }
                b[i] -= s;
            }
            let mut jp = j;
            for i in j + 1..n {
                if b[i].abs() > b[jp].abs() {
                    jp = i;
                }
            }
            piv.push(jp);
            if jp != j {
                for col in done.iter_mut() {
                    col.swap(j, jp);
                }
                b.swap(j, jp);
            }
            let t = b[j];
            if t != 0.0 {
                if t.abs() >= f64::MIN_POSITIVE {
                    let r = 1.0 / t;
                    for x in &mut b[j + 1..] {
                        *x *= r;
                    }
                } else {
                    for x in &mut b[j + 1..] {
                        *x /= t;
                    }
                }
            } else {
                singular = true;
            }
        }
        Lu { n, cols, piv, singular }
    }

    #[test]
    fn lu_is_bit_identical_to_the_reference() {
        let mut state = 12345u64;
        let mut rnd = || {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            ((state >> 11) as f64) / ((1u64 << 53) as f64) - 0.5
        };
        for n in 0..40 {
            for trial in 0..3 {
                let a: Vec<f64> = (0..n * n).map(|i| if trial == 2 && i % 7 == 0 { 0.0 } else { rnd() }).collect();
                let (x, y) = (lu(&a, n), lu_reference(&a, n));
                assert_eq!(x.piv, y.piv);
                assert_eq!(x.singular, y.singular);
                for j in 0..n {
                    for i in 0..n {
                        assert_eq!(x.cols[j][i].to_bits(), y.cols[j][i].to_bits(), "n={n} ({i}, {j})");
                    }
                }
            }
        }
    }

    #[test]
    fn solve_rows_trsm_solves() {
        let mut state = 777u64;
        let mut rnd = || {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            ((state >> 11) as f64) / ((1u64 << 53) as f64) - 0.5
        };
        for n in 1..20 {
            for k in [2, 3, 7] {
                let a: Vec<f64> = (0..n * n).map(|_| rnd()).collect();
                let b: Vec<f64> = (0..n * k).map(|_| rnd()).collect();
                let f = lu(&a, n);
                let mut x = b.clone();
                f.solve_rows_trsm(&mut x, k);
                for i in 0..n {
                    for j in 0..k {
                        let r: f64 = (0..n).map(|t| a[i * n + t] * x[t * k + j]).sum();
                        assert!((r - b[i * k + j]).abs() < 1e-8, "n={n} k={k}");
                    }
                }
            }
        }
    }
}
