//! Blocked LU factorization and triangular solves for larger matrices (`n >= BLOCKED_MIN`).
//!
//! NumPy's OpenBLAS switches from `getf2` to its recursive blocked `getrf` (GEMM updates)
//! above a few dozen rows, so its bits there depend on the CPU's BLAS kernels anyway; pyjs
//! keeps `getf2`'s exact order for small matrices (`linalg.rs::lu`) and uses this faster
//! right-looking blocked form above: panels of `NB` columns factored with partial pivoting
//! (first largest pivot, whole-row swaps, scaling by the reciprocal pivot like `getf2`), a
//! unit-lower triangular solve for the block row of `U`, and a GEMM update of the trailing
//! matrix with a 4x4 register-blocked simd128 kernel. Everything is row-major. The last
//! factorization is kept: `inv(a)` then `solve(a, b)` or `det(a)` on the same data factor it
//! once.

use std::cell::RefCell;
use std::rc::Rc;

/// Panel width (columns factored together) and block height of the triangular solves.
const NB: usize = 16;

/// Matrices at least this large take the blocked path.
pub const BLOCKED_MIN: usize = 32;

/// `P A = L U` in one row-major buffer (`L` unit lower below the diagonal, `U` on and above).
pub struct LuRows {
    pub n: usize,
    pub m: Vec<f64>,
    /// Row `j` was swapped with row `piv[j]` (in order `j = 0, 1, ...`).
    pub piv: Vec<usize>,
    pub singular: bool,
}

/// `c[i * ldc + j] -= sum over p of a[i * lda + p] * b[p * ldb + j]` for `i < rows`,
/// `j < cols`, `p < depth`. The three regions may lie in one buffer but must not overlap `c`.
///
/// # Safety
/// Every addressed element must be in bounds of its allocation.
#[inline(never)] // one copy for the inv, solve and det kernels
#[allow(clippy::too_many_arguments)]
unsafe fn gemm_sub(
    c: *mut f64,
    ldc: usize,
    a: *const f64,
    lda: usize,
    b: *const f64,
    ldb: usize,
    rows: usize,
    cols: usize,
    depth: usize,
) {
    if rows == 0 || cols == 0 || depth == 0 {
        return;
    }
    let (r4, c4) = (rows - rows % 4, cols - cols % 4);
    for j in (0..c4).step_by(4) {
        for i in (0..r4).step_by(4) {
            kernel_4x4(c.add(i * ldc + j), ldc, a.add(i * lda), lda, b.add(j), ldb, depth);
        }
    }
    // Edges: the last cols % 4 columns of the first r4 rows, then the last rows % 4 rows.
    for i in 0..rows {
        let j0 = if i < r4 { c4 } else { 0 };
        let ai = a.add(i * lda);
        for j in j0..cols {
            let mut s = 0.0;
            for p in 0..depth {
                s += *ai.add(p) * *b.add(p * ldb + j);
            }
            *c.add(i * ldc + j) -= s;
        }
    }
}

#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
unsafe fn kernel_4x4(c: *mut f64, ldc: usize, a: *const f64, lda: usize, b: *const f64, ldb: usize, depth: usize) {
    use core::arch::wasm32::*;
    let z = f64x2_splat(0.0);
    let (mut c00, mut c01, mut c10, mut c11, mut c20, mut c21, mut c30, mut c31) = (z, z, z, z, z, z, z, z);
    let (a0, a1, a2, a3) = (a, a.add(lda), a.add(2 * lda), a.add(3 * lda));
    let mut row = b;
    for p in 0..depth {
        let (b0, b1) = (v128_load(row as *const v128), v128_load(row.add(2) as *const v128));
        row = row.add(ldb);
        let x = f64x2_splat(*a0.add(p));
        c00 = f64x2_add(c00, f64x2_mul(x, b0));
        c01 = f64x2_add(c01, f64x2_mul(x, b1));
        let x = f64x2_splat(*a1.add(p));
        c10 = f64x2_add(c10, f64x2_mul(x, b0));
        c11 = f64x2_add(c11, f64x2_mul(x, b1));
        let x = f64x2_splat(*a2.add(p));
        c20 = f64x2_add(c20, f64x2_mul(x, b0));
        c21 = f64x2_add(c21, f64x2_mul(x, b1));
        let x = f64x2_splat(*a3.add(p));
        c30 = f64x2_add(c30, f64x2_mul(x, b0));
        c31 = f64x2_add(c31, f64x2_mul(x, b1));
    }
    for (r, (lo, hi)) in [(c00, c01), (c10, c11), (c20, c21), (c30, c31)].into_iter().enumerate() {
        let dst = c.add(r * ldc);
        v128_store(dst as *mut v128, f64x2_sub(v128_load(dst as *const v128), lo));
        v128_store(dst.add(2) as *mut v128, f64x2_sub(v128_load(dst.add(2) as *const v128), hi));
    }
}

#[cfg(not(all(target_arch = "wasm32", target_feature = "simd128")))]
unsafe fn kernel_4x4(c: *mut f64, ldc: usize, a: *const f64, lda: usize, b: *const f64, ldb: usize, depth: usize) {
    let mut acc = [[0.0f64; 4]; 4];
    for p in 0..depth {
        for (r, row) in acc.iter_mut().enumerate() {
            let x = *a.add(r * lda + p);
            for (v, s) in row.iter_mut().enumerate() {
                *s += x * *b.add(p * ldb + v);
            }
        }
    }
    for (r, row) in acc.iter().enumerate() {
        for (v, s) in row.iter().enumerate() {
            *c.add(r * ldc + v) -= s;
        }
    }
}

/// `y[..len] -= l * x[..len]`.
///
/// # Safety
/// Both ranges in bounds; they may not overlap.
#[inline(never)]
unsafe fn axpy_sub(y: *mut f64, x: *const f64, len: usize, l: f64) {
    axpy_sub_inline(y, x, len, l)
}

/// [`axpy_sub`] inlined (the panel's short rows: a call per row costs as much as the row).
///
/// # Safety
/// As [`axpy_sub`].
#[inline(always)]
unsafe fn axpy_sub_inline(y: *mut f64, x: *const f64, len: usize, l: f64) {
    let mut j = 0;
    #[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
    {
        use core::arch::wasm32::*;
        let lv = f64x2_splat(l);
        while j + 2 <= len {
            let yp = y.add(j) as *mut v128;
            v128_store(yp, f64x2_sub(v128_load(yp), f64x2_mul(v128_load(x.add(j) as *const v128), lv)));
            j += 2;
        }
    }
    #[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
    if j < len {
        *y.add(j) -= l * *x.add(j);
    }
    #[cfg(not(all(target_arch = "wasm32", target_feature = "simd128")))]
    while j < len {
        *y.add(j) -= l * *x.add(j);
        j += 1;
    }
}

/// Matrices up to this many rows keep their factorization for the next call.
const CACHE_MAX: usize = 1024;

thread_local! {
    /// The last matrix factored and its factors: `inv(a)` then `solve(a, b)` or `det(a)` (the
    /// same data, bit for bit) factor it once.
    static LAST: RefCell<Option<(Vec<f64>, Rc<LuRows>)>> = const { RefCell::new(None) };
}

/// The factors of the row-major `n x n` matrix `a` (`n >= 1`), reused when `a` is the last
/// matrix factored.
pub fn lu(a: &[f64], n: usize) -> Rc<LuRows> {
    if let Some(f) = cached(a, n) {
        return f;
    }
    keep(a.to_vec(), factor(a, n))
}

/// [`lu`] of a matrix the caller gives away (the cache keeps it without a copy).
pub fn lu_owned(a: Vec<f64>, n: usize) -> Rc<LuRows> {
    if let Some(f) = cached(&a, n) {
        return f;
    }
    let f = factor(&a, n);
    keep(a, f)
}

fn cached(a: &[f64], n: usize) -> Option<Rc<LuRows>> {
    LAST.with(|c| {
        let c = c.borrow();
        let (x, f) = c.as_ref()?;
        (f.n == n && x.len() == a.len() && x.iter().zip(a).all(|(u, v)| u.to_bits() == v.to_bits())).then(|| f.clone())
    })
}

fn keep(a: Vec<f64>, f: LuRows) -> Rc<LuRows> {
    let f = Rc::new(f);
    if f.n <= CACHE_MAX {
        LAST.with(|c| *c.borrow_mut() = Some((a, f.clone())));
    }
    f
}

/// Factors the row-major `n x n` matrix `a` (`n >= 1`).
#[inline(never)] // one copy for the inv, solve and det kernels
fn factor(a: &[f64], n: usize) -> LuRows {
    let mut m = a.to_vec();
    let mut piv = vec![0; n];
    let mut singular = false;
    let p = m.as_mut_ptr();
    let mut k0 = 0;
    while k0 < n {
        let k1 = (k0 + NB).min(n);
        // Panel: columns k0..k1, rows k0..n, right-looking within the panel.
        for j in k0..k1 {
            let mut jp = j;
            let mut best = m[j * n + j].abs();
            for i in j + 1..n {
                let v = m[i * n + j].abs();
                if v > best {
                    best = v;
                    jp = i;
                }
            }
            piv[j] = jp;
            if jp != j {
                let (top, bottom) = m.split_at_mut(jp * n);
                top[j * n..j * n + n].swap_with_slice(&mut bottom[..n]);
            }
            let t = m[j * n + j];
            if t == 0.0 {
                // The whole column below is zero too (t was its largest element).
                singular = true;
                continue;
            }
            if t.abs() >= f64::MIN_POSITIVE {
                let r = 1.0 / t;
                for i in j + 1..n {
                    m[i * n + j] *= r;
                }
            } else {
                for i in j + 1..n {
                    m[i * n + j] /= t;
                }
            }
            let w = k1 - j - 1;
            if w > 0 {
                for i in j + 1..n {
                    let l = m[i * n + j];
                    if l != 0.0 {
                        // SAFETY: rows i != j, columns j+1..k1 <= n, in bounds.
                        unsafe { axpy_sub_inline(p.add(i * n + j + 1), p.add(j * n + j + 1), w, l) };
                    }
                }
            }
        }
        if k1 < n {
            // U12 = L11^-1 A12 (rows k0..k1, columns k1..n).
            for i in k0 + 1..k1 {
                for q in k0..i {
                    let l = m[i * n + q];
                    if l != 0.0 {
                        // SAFETY: rows i != q, columns k1..n in bounds.
                        unsafe { axpy_sub(p.add(i * n + k1), p.add(q * n + k1), n - k1, l) };
                    }
                }
            }
            // A22 -= L21 U12: disjoint regions of the buffer.
            // SAFETY: rows k1..n x columns k1..n (c), rows k1..n x columns k0..k1 (a),
            // rows k0..k1 x columns k1..n (b), all inside the n x n matrix.
            unsafe {
                gemm_sub(p.add(k1 * n + k1), n, p.add(k1 * n + k0), n, p.add(k0 * n + k1), n, n - k1, n - k1, k1 - k0);
            }
        }
        k0 = k1;
    }
    LuRows { n, m, piv, singular }
}

impl LuRows {
    /// The `i`-th diagonal element of `U`.
    pub fn diag(&self, i: usize) -> f64 {
        self.m[i * self.n + i]
    }

    /// Solves `L Y = X` in place for the row-major `n x k` matrix `x`. With `lower`, `x` is
    /// the identity and only the lower triangle of the result (which is `L^-1`) is computed.
    #[inline(never)] // one copy for the inv, solve and det kernels
    fn forward(&self, x: &mut [f64], k: usize, lower: bool) {
        let n = self.n;
        assert!(x.len() >= n * k);
        let (lu, xp) = (self.m.as_ptr(), x.as_mut_ptr());
        let mut b0 = 0;
        while b0 < n {
            let b1 = (b0 + NB).min(n);
            // Rows b0..b1 of L^-1 are zero right of column b1 (and rows < b0 right of b0).
            let cols = if lower { b1 } else { k };
            // SAFETY: rows b0..b1 of x (c) are disjoint from rows 0..b0 (b); L rows in bounds.
            unsafe {
                if lower {
                    // Columns c0..c1 of L^-1 are zero above row c0: the products skip those
                    // rows (zeros at the start of each sum, so the bits stay the same).
                    let mut c0 = 0;
                    while c0 < b0 {
                        let c1 = (c0 + NB).min(b0);
                        gemm_sub(
                            xp.add(b0 * k + c0),
                            k,
                            lu.add(b0 * n + c0),
                            n,
                            xp.add(c0 * k + c0),
                            k,
                            b1 - b0,
                            c1 - c0,
                            b0 - c0,
                        );
                        c0 = c1;
                    }
                } else {
                    gemm_sub(xp.add(b0 * k), k, lu.add(b0 * n), n, xp, k, b1 - b0, k, b0);
                }
                for i in b0 + 1..b1 {
                    for q in b0..i {
                        let l = *lu.add(i * n + q);
                        if l != 0.0 {
                            axpy_sub(xp.add(i * k), xp.add(q * k), cols, l);
                        }
                    }
                }
            }
            b0 = b1;
        }
    }

    /// Solves `U X = Y` in place for the row-major `n x k` matrix `x`.
    #[inline(never)] // one copy for the inv, solve and det kernels
    fn backward(&self, x: &mut [f64], k: usize) {
        let n = self.n;
        assert!(x.len() >= n * k);
        let (lu, xp) = (self.m.as_ptr(), x.as_mut_ptr());
        let mut b1 = n;
        while b1 > 0 {
            let b0 = (b1 - 1) / NB * NB;
            // SAFETY: rows b0..b1 of x (c) are disjoint from rows b1..n (b); U rows in bounds.
            unsafe {
                gemm_sub(xp.add(b0 * k), k, lu.add(b0 * n + b1), n, xp.add(b1 * k), k, b1 - b0, k, n - b1);
                for i in (b0..b1).rev() {
                    for q in i + 1..b1 {
                        let u = *lu.add(i * n + q);
                        if u != 0.0 {
                            axpy_sub(xp.add(i * k), xp.add(q * k), k, u);
                        }
                    }
                    let d = *lu.add(i * n + i);
                    for v in std::slice::from_raw_parts_mut(xp.add(i * k), k) {
                        *v /= d;
                    }
                }
            }
            b1 = b0;
        }
    }

    /// Solves `A X = B` in place for the row-major `n x k` matrix `b`.
    #[inline(never)] // one copy for the inv, solve and det kernels
    pub fn solve(&self, b: &mut [f64], k: usize) {
        for (i, &p) in self.piv.iter().enumerate() {
            if p != i {
                let (top, bottom) = b.split_at_mut(p * k);
                top[i * k..i * k + k].swap_with_slice(&mut bottom[..k]);
            }
        }
        self.forward(b, k, false);
        self.backward(b, k);
    }

    /// `A^-1 = U^-1 L^-1 P` (row-major), as LAPACK's `getri` forms it.
    #[inline(never)] // one copy for the inv, solve and det kernels
    pub fn inverse(&self) -> Vec<f64> {
        let n = self.n;
        let mut x = vec![0.0; n * n];
        for i in 0..n {
            x[i * n + i] = 1.0;
        }
        self.forward(&mut x, n, true);
        self.backward(&mut x, n);
        // X P: right-multiplying by the swaps applied last first swaps columns.
        for j in (0..n).rev() {
            let p = self.piv[j];
            if p != j {
                for row in x.chunks_exact_mut(n) {
                    row.swap(j, p);
                }
            }
        }
        x
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matrix(n: usize, seed: u64) -> Vec<f64> {
        let mut state = seed;
        (0..n * n)
            .map(|i| {
                state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                let v = ((state >> 11) as f64) / ((1u64 << 53) as f64) - 0.5;
                if i % (n + 1) == 0 && seed % 2 == 0 {
                    v + 2.0
                } else {
                    v
                }
            })
            .collect()
    }

    fn product(a: &[f64], b: &[f64], n: usize, k: usize) -> Vec<f64> {
        let mut c = vec![0.0; n * k];
        for i in 0..n {
            for p in 0..n {
                for j in 0..k {
                    c[i * k + j] += a[i * n + p] * b[p * k + j];
                }
            }
        }
        c
    }

    #[test]
    fn inverse_and_solve_are_accurate() {
        for n in [1, 2, 5, 17, 31, 32, 33, 47, 64, 70, 97, 130, 200] {
            for seed in [1, 2] {
                let a = matrix(n, seed);
                let f = lu(&a, n);
                assert!(!f.singular);
                let inv = f.inverse();
                let id = product(&a, &inv, n, n);
                for i in 0..n {
                    for j in 0..n {
                        let want = if i == j { 1.0 } else { 0.0 };
                        assert!((id[i * n + j] - want).abs() < 1e-8, "n={n} seed={seed} ({i},{j}) {}", id[i * n + j]);
                    }
                }
                for k in [1, 3, 8] {
                    let b = matrix(n.max(k), seed + 10)[..n * k].to_vec();
                    let mut x = b.clone();
                    f.solve(&mut x, k);
                    let r = product(&a, &x, n, k);
                    for (u, v) in r.iter().zip(&b) {
                        assert!((u - v).abs() < 1e-9, "n={n} k={k}");
                    }
                }
            }
        }
    }

    #[test]
    fn inverse_is_the_solve_of_the_identity_bit_for_bit() {
        for n in [32, 33, 50, 64, 97, 130] {
            for seed in [1, 2] {
                let a = matrix(n, seed);
                let f = factor(&a, n);
                let inv = f.inverse();
                let mut x = vec![0.0; n * n];
                for i in 0..n {
                    x[i * n + i] = 1.0;
                }
                f.solve(&mut x, n);
                for (u, v) in inv.iter().zip(&x) {
                    assert_eq!(u.to_bits(), v.to_bits(), "n={n} seed={seed} {u} {v}");
                }
            }
        }
    }

    #[test]
    fn singular_matrices_are_flagged() {
        let n = 40;
        let mut a = matrix(n, 3);
        for i in 0..n {
            a[i * n + 7] = 2.0 * a[i * n + 3];
        }
        assert!(lu(&a, n).singular || (0..n).any(|i| lu(&a, n).diag(i).abs() < 1e-12));
        assert!(lu(&vec![0.0; n * n], n).singular);
    }
}
