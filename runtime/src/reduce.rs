//! Reductions with `axis` (None, an int or a tuple) and `keepdims`: sum, prod, mean, var, std,
//! min, max, ptp, argmin, argmax, any, all, count_nonzero, nansum, nanmean, median,
//! percentile, and the accumulations cumsum and cumprod.
//!
//! Float sums reproduce NumPy's summation order bit for bit: the innermost run of reduced,
//! memory-contiguous axes is summed with NumPy's pairwise algorithm (`pairwise_sum_DOUBLE`,
//! 8 accumulators, blocks of 128), and the results of outer reduced axes are added
//! sequentially, which is the order NumPy's reduction iterator produces for C-ordered data.

use crate::array::{Array, NdArray};
use crate::dtype::{DType, Element};
use crate::error::{norm_axis, Error, Result};
use crate::ops::{broadcast_map, Operand};
use crate::with_typed;

/// NumPy's pairwise summation (`pairwise_sum_DOUBLE` in `loops_utils.h.src`).
pub fn pairwise_sum(a: &[f64]) -> f64 {
    let n = a.len();
    if n < 8 {
        let mut res = 0.0;
        for &x in a {
            res += x;
        }
        res
    } else if n <= 128 {
        let mut r = [0.0f64; 8];
        r.copy_from_slice(&a[..8]);
        let body = n - (n % 8);
        for c in a[8..body].chunks_exact(8) {
            for k in 0..8 {
                r[k] += c[k];
            }
        }
        let mut i = body;
        let mut res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
        while i < n {
            res += a[i];
            i += 1;
        }
        res
    } else {
        let mut n2 = n / 2;
        n2 -= n2 % 8;
        pairwise_sum(&a[..n2]) + pairwise_sum(&a[n2..])
    }
}

/// The reduced axes, normalized, sorted and checked for duplicates (`None` = all axes).
pub fn reduce_axes(axis: Option<&[isize]>, ndim: usize) -> Result<Vec<usize>> {
    match axis {
        None => Ok((0..ndim).collect()),
        Some(ax) => {
            let mut v: Vec<usize> = ax.iter().map(|&a| norm_axis(a, ndim)).collect::<Result<_>>()?;
            v.sort_unstable();
            if v.windows(2).any(|w| w[0] == w[1]) {
                return Err(Error::value("duplicate value in 'axis'"));
            }
            Ok(v)
        }
    }
}

/// The elements grouped per output position: each block holds the reduced elements of one
/// output element in C order of the reduced axes. Contiguous inputs whose reduced axes are
/// already innermost are read in place; anything else is gathered into that order first.
struct Lanes<T> {
    /// The input with kept axes first and reduced axes last (a view).
    src: NdArray<T>,
    /// Number of output elements.
    count: usize,
    /// Elements per block.
    block: usize,
    /// Length of the innermost contiguous run of reduced axes within a block.
    run: usize,
    out_shape: Vec<usize>,
}

fn lanes<T: Element>(a: &NdArray<T>, axes: &[usize], keepdims: bool) -> Lanes<T> {
    let nd = a.ndim();
    let kept: Vec<usize> = (0..nd).filter(|i| !axes.contains(i)).collect();
    let mut perm = kept.clone();
    perm.extend_from_slice(axes);
    let block: usize = axes.iter().map(|&i| a.shape()[i]).product();
    let count: usize = kept.iter().map(|&i| a.shape()[i]).product();
    let mut run = 1;
    for i in (0..nd).rev() {
        if !axes.contains(&i) {
            break;
        }
        run *= a.shape()[i];
    }
    let out_shape = if keepdims {
        (0..nd).map(|i| if axes.contains(&i) { 1 } else { a.shape()[i] }).collect()
    } else {
        kept.iter().map(|&i| a.shape()[i]).collect()
    };
    Lanes { src: a.permuted(&perm), count, block, run, out_shape }
}

impl<T: Element> Lanes<T> {
    /// The blocks, concatenated (a copy).
    fn data(&self) -> Vec<T> {
        self.src.to_vec()
    }

    fn map<O: Element>(&self, f: impl Fn(&[T], usize) -> O) -> NdArray<O> {
        let apply = |data: &[T]| -> Vec<O> {
            if self.block == 0 {
                (0..self.count).map(|_| f(&[], self.run)).collect()
            } else {
                data.chunks(self.block).map(|b| f(b, self.run)).collect()
            }
        };
        let v = match self.src.with_contiguous(apply) {
            Some(v) => v,
            None => apply(&self.data()),
        };
        NdArray::from_vec(self.out_shape.clone(), v)
    }
}

/// NumPy's iterator buffer size: reduction inner loops see at most this many elements.
const BUFSIZE: usize = 8192;

/// Sums one output's block: each contiguous run is summed pairwise in chunks of `BUFSIZE`,
/// and those partial sums are accumulated in order.
fn sum_f64_block(b: &[f64], run: usize) -> f64 {
    let mut acc = 0.0;
    for c in b.chunks(run.max(1)) {
        for part in c.chunks(BUFSIZE) {
            acc += pairwise_sum(part);
        }
    }
    acc
}

/// `np.sum(a, axis, keepdims)`: bool and int sum to int64.
pub fn sum(a: &Array, axis: Option<&[isize]>, keepdims: bool) -> Result<Array> {
    let axes = reduce_axes(axis, a.ndim())?;
    Ok(match a {
        Array::Float(x) => Array::Float(lanes(x, &axes, keepdims).map(sum_f64_block)),
        other => {
            let l = lanes(&other.to_int(), &axes, keepdims);
            Array::Int(l.map(|b, _| b.iter().fold(0i64, |s, &x| s.wrapping_add(x))))
        }
    })
}

/// `np.prod(a, axis, keepdims)`.
pub fn prod(a: &Array, axis: Option<&[isize]>, keepdims: bool) -> Result<Array> {
    let axes = reduce_axes(axis, a.ndim())?;
    Ok(match a {
        Array::Float(x) => Array::Float(lanes(x, &axes, keepdims).map(|b, _| b.iter().fold(1.0, |p, &x| p * x))),
        other => {
            let l = lanes(&other.to_int(), &axes, keepdims);
            Array::Int(l.map(|b, _| b.iter().fold(1i64, |p, &x| p.wrapping_mul(x))))
        }
    })
}

fn reduced_count(a: &Array, axes: &[usize]) -> usize {
    axes.iter().map(|&i| a.shape()[i]).product()
}

/// `np.mean(a, axis, keepdims)`: the float64 sum divided by the count.
pub fn mean(a: &Array, axis: Option<&[isize]>, keepdims: bool) -> Result<Array> {
    let axes = reduce_axes(axis, a.ndim())?;
    let n = reduced_count(a, &axes) as f64;
    let s = float_sum(a, &axes, keepdims);
    Ok(Array::Float(s.map(|x| x / n)))
}

/// Sum in float64 (`dtype=float64` for int and bool input).
fn float_sum(a: &Array, axes: &[usize], keepdims: bool) -> NdArray<f64> {
    match a {
        Array::Float(x) => lanes(x, axes, keepdims).map(sum_f64_block),
        other => lanes(&other.to_float(), axes, keepdims).map(sum_f64_block),
    }
}

/// `np.var(a, axis, ddof, keepdims)`, computed as NumPy's `_var`.
pub fn var(a: &Array, axis: Option<&[isize]>, ddof: f64, keepdims: bool) -> Result<Array> {
    let axes = reduce_axes(axis, a.ndim())?;
    let n = reduced_count(a, &axes) as f64;
    let mean = float_sum(a, &axes, true).map(|x| x / n).to_vec();
    // Squared deviations from the mean of each element's lane, in C order: a direct strided
    // loop rather than `ops::binary` or `broadcast_map`, which would pull every operator and
    // dtype, or ndarray's broadcasting, into the wasm (`reduce_std` ships with many programs).
    let x = a.to_float();
    let shape = x.shape().to_vec();
    let nd = shape.len();
    // Strides of the mean (shape with 1 at the reduced axes) over the full index space.
    let mut mst = vec![0usize; nd];
    let mut acc = 1;
    for i in (0..nd).rev() {
        if !axes.contains(&i) {
            mst[i] = acc;
            acc *= shape[i];
        }
    }
    let data = x.to_vec();
    let mut sq = Vec::with_capacity(data.len());
    let (mut idx, mut off) = (vec![0usize; nd], 0usize);
    for v in data {
        let d = v - mean[off];
        sq.push(d * d);
        for i in (0..nd).rev() {
            idx[i] += 1;
            off += mst[i];
            if idx[i] < shape[i] {
                break;
            }
            off -= mst[i] * shape[i];
            idx[i] = 0;
        }
    }
    let s = lanes(&NdArray::from_vec(shape, sq), &axes, keepdims).map(sum_f64_block);
    let d = (n - ddof).max(0.0);
    Ok(Array::Float(s.map(|x| x / d)))
}

/// `np.std(a, axis, ddof, keepdims)`.
pub fn std(a: &Array, axis: Option<&[isize]>, ddof: f64, keepdims: bool) -> Result<Array> {
    let v = var(a, axis, ddof, keepdims)?;
    Ok(Array::Float(v.to_float().map(f64::sqrt)))
}

fn no_identity(name: &str) -> Error {
    Error::value(format!("zero-size array to reduction operation {name} which has no identity"))
}

fn extreme<T: Element>(b: &[T], want_max: bool) -> T {
    let mut m = b[0];
    for &x in &b[1..] {
        // NaN (x != x) propagates; otherwise keep the larger/smaller.
        #[allow(clippy::eq_op)]
        let nan_m = m != m;
        #[allow(clippy::eq_op)]
        let nan_x = x != x;
        if nan_m {
            break;
        }
        if nan_x || (want_max && x > m) || (!want_max && x < m) {
            m = x;
        }
    }
    m
}

fn min_max(a: &Array, axis: Option<&[isize]>, keepdims: bool, want_max: bool) -> Result<Array> {
    let axes = reduce_axes(axis, a.ndim())?;
    if reduced_count(a, &axes) == 0 {
        return Err(no_identity(if want_max { "maximum" } else { "minimum" }));
    }
    Ok(crate::map_typed!(a, x => lanes(x, &axes, keepdims).map(|b, _| extreme(b, want_max))))
}

pub fn max(a: &Array, axis: Option<&[isize]>, keepdims: bool) -> Result<Array> {
    min_max(a, axis, keepdims, true)
}

pub fn min(a: &Array, axis: Option<&[isize]>, keepdims: bool) -> Result<Array> {
    min_max(a, axis, keepdims, false)
}

/// `np.ptp`: max - min.
pub fn ptp(a: &Array, axis: Option<&[isize]>, keepdims: bool) -> Result<Array> {
    let hi = max(a, axis, keepdims)?;
    let lo = min(a, axis, keepdims)?;
    Ok(match (&hi, &lo) {
        (Array::Float(h), Array::Float(l)) => Array::Float(broadcast_map(h, l, |x, y| x - y)?),
        (Array::Int(h), Array::Int(l)) => Array::Int(broadcast_map(h, l, i64::wrapping_sub)?),
        _ => {
            return Err(Error::type_(
                "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.",
            ))
        }
    })
}

fn arg_extreme<T: Element>(b: &[T], want_max: bool) -> i64 {
    let mut best = 0usize;
    for i in 1..b.len() {
        #[allow(clippy::eq_op)]
        if b[best] != b[best] {
            break;
        }
        let x = b[i];
        #[allow(clippy::eq_op)]
        if x != x || (want_max && x > b[best]) || (!want_max && x < b[best]) {
            best = i;
        }
    }
    best as i64
}

fn arg_min_max(a: &Array, axis: Option<isize>, keepdims: bool, want_max: bool) -> Result<Array> {
    let name = if want_max { "argmax" } else { "argmin" };
    let (src, axes) = match axis {
        None => (crate::shape::ravel(a), vec![0usize]),
        Some(ax) => (a.clone(), vec![norm_axis(ax, a.ndim())?]),
    };
    if reduced_count(&src, &axes) == 0 {
        return Err(Error::value(format!("attempt to get {name} of an empty sequence")));
    }
    let r = with_typed!(&src, x => lanes(x, &axes, keepdims && axis.is_some()).map(|b, _| arg_extreme(b, want_max)));
    if keepdims && axis.is_none() {
        let shape = vec![1isize; a.ndim()];
        return crate::shape::reshape(&Array::Int(r), &shape);
    }
    Ok(Array::Int(r))
}

pub fn argmax(a: &Array, axis: Option<isize>, keepdims: bool) -> Result<Array> {
    arg_min_max(a, axis, keepdims, true)
}

pub fn argmin(a: &Array, axis: Option<isize>, keepdims: bool) -> Result<Array> {
    arg_min_max(a, axis, keepdims, false)
}

/// `np.any`.
pub fn any(a: &Array, axis: Option<&[isize]>, keepdims: bool) -> Result<Array> {
    let axes = reduce_axes(axis, a.ndim())?;
    Ok(Array::Bool(with_typed!(a, x => lanes(x, &axes, keepdims).map(|b, _| b.iter().any(|v| v.to_bool())))))
}

/// `np.all`.
pub fn all(a: &Array, axis: Option<&[isize]>, keepdims: bool) -> Result<Array> {
    let axes = reduce_axes(axis, a.ndim())?;
    Ok(Array::Bool(with_typed!(a, x => lanes(x, &axes, keepdims).map(|b, _| b.iter().all(|v| v.to_bool())))))
}

/// `np.count_nonzero(a, axis)`.
pub fn count_nonzero(a: &Array, axis: Option<&[isize]>, keepdims: bool) -> Result<Array> {
    let axes = reduce_axes(axis, a.ndim())?;
    Ok(Array::Int(
        with_typed!(a, x => lanes(x, &axes, keepdims).map(|b, _| b.iter().filter(|v| v.to_bool()).count() as i64)),
    ))
}

/// `np.nansum`: NaNs count as zero.
pub fn nansum(a: &Array, axis: Option<&[isize]>, keepdims: bool) -> Result<Array> {
    match a {
        Array::Float(x) => {
            let cleaned = Array::Float(x.map(|v| if v.is_nan() { 0.0 } else { v }));
            sum(&cleaned, axis, keepdims)
        }
        other => sum(other, axis, keepdims),
    }
}

/// `np.nanmean`: the mean of the non-NaN elements.
pub fn nanmean(a: &Array, axis: Option<&[isize]>, keepdims: bool) -> Result<Array> {
    match a {
        Array::Float(x) => {
            let s = nansum(a, axis, keepdims)?;
            let valid = Array::Bool(x.map(|v| !v.is_nan()));
            let cnt = count_nonzero(&valid, axis, keepdims)?;
            Ok(Array::Float(broadcast_map(&s.to_float(), &cnt.to_float(), |x, y| x / y)?))
        }
        other => mean(other, axis, keepdims),
    }
}

/// `np.percentile(a, q, axis)` with the default linear method (`q` in 0..=100).
pub fn percentile(a: &Array, q: f64, axis: Option<isize>, keepdims: bool) -> Result<Array> {
    if !(0.0..=100.0).contains(&q) {
        return Err(Error::value("Percentiles must be in the range [0, 100]"));
    }
    quantile(a, q / 100.0, axis, keepdims)
}

fn quantile_checks(a: &Array, axes: &[usize]) -> Result<()> {
    if a.dtype() == DType::Bool {
        return Err(Error::type_(
            "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.",
        ));
    }
    if axes.iter().any(|&i| a.shape()[i] == 0) {
        return Err(Error::Index("index -1 is out of bounds for axis 0 with size 0".into()));
    }
    Ok(())
}

/// `np.quantile(a, q, axis)`, linear method, as NumPy computes it (`_lerp`).
pub fn quantile(a: &Array, q: f64, axis: Option<isize>, keepdims: bool) -> Result<Array> {
    let axes = match axis {
        None => (0..a.ndim()).collect::<Vec<_>>(),
        Some(ax) => vec![norm_axis(ax, a.ndim())?],
    };
    quantile_checks(a, &axes)?;
    let x = a.to_float();
    Ok(Array::Float(lanes(&x, &axes, keepdims).map(|b, _| {
        if b.is_empty() || b.iter().any(|v| v.is_nan()) {
            return f64::NAN;
        }
        let mut v = b.to_vec();
        v.sort_by(|p, q| p.partial_cmp(q).expect("no NaN"));
        let n = v.len();
        let virtual_index = q * (n - 1) as f64;
        let lo = virtual_index.floor();
        let gamma = virtual_index - lo;
        let lo = (lo as usize).min(n - 1);
        let hi = (lo + 1).min(n - 1);
        let (p, r) = (v[lo], v[hi]);
        // numpy: _lerp(a, b, t) = where(t >= 0.5, b - diff * (1 - t), a + diff * t)
        let diff = r - p;
        if gamma >= 0.5 {
            r - diff * (1.0 - gamma)
        } else {
            p + diff * gamma
        }
    })))
}

/// `np.median(a, axis)`: the mean of the two middle elements for even counts.
pub fn median(a: &Array, axis: Option<isize>, keepdims: bool) -> Result<Array> {
    let axes = match axis {
        None => (0..a.ndim()).collect::<Vec<_>>(),
        Some(ax) => vec![norm_axis(ax, a.ndim())?],
    };
    let x = a.to_float();
    Ok(Array::Float(lanes(&x, &axes, keepdims).map(|b, _| {
        if b.is_empty() || b.iter().any(|v| v.is_nan()) {
            return f64::NAN;
        }
        let mut v = b.to_vec();
        v.sort_by(|p, q| p.partial_cmp(q).expect("no NaN"));
        let n = v.len();
        if n % 2 == 1 {
            v[n / 2]
        } else {
            // np.mean of the two middle values: (a + b) / 2 via pairwise sum of 2 elements.
            (v[n / 2 - 1] + v[n / 2]) / 2.0
        }
    })))
}

fn accumulate<T: Element>(a: &NdArray<T>, axis: usize, f: impl Fn(T, T) -> T) -> NdArray<T> {
    let l = lanes(a, &[axis], false);
    let n = a.shape()[axis];
    let mut out = l.data();
    if n > 0 {
        for blk in out.chunks_mut(n) {
            for i in 1..n {
                blk[i] = f(blk[i - 1], blk[i]);
            }
        }
    }
    // `out` is in (kept axes..., axis) order: move the axis back into place.
    let mut perm_shape: Vec<usize> = (0..a.ndim()).filter(|&i| i != axis).map(|i| a.shape()[i]).collect();
    perm_shape.push(n);
    let permuted = NdArray::from_vec(perm_shape, out);
    let nd = a.ndim();
    let mut inv: Vec<usize> = (0..nd - 1).collect();
    inv.insert(axis, nd - 1);
    permuted.permuted(&inv).copy()
}

fn accumulate_op(a: &Array, axis: Option<isize>, product: bool) -> Result<Array> {
    let (src, ax) = match axis {
        None => (crate::shape::ravel(a), 0),
        Some(ax) => (a.clone(), norm_axis(ax, a.ndim())?),
    };
    if src.ndim() == 0 {
        return accumulate_op(&crate::shape::ravel(a), None, product);
    }
    Ok(match src {
        Array::Float(x) => {
            Array::Float(if product { accumulate(&x, ax, |p, q| p * q) } else { accumulate(&x, ax, |p, q| p + q) })
        }
        other => {
            let x = other.to_int();
            Array::Int(if product {
                accumulate(&x, ax, i64::wrapping_mul)
            } else {
                accumulate(&x, ax, i64::wrapping_add)
            })
        }
    })
}

/// `np.cumsum(a, axis)`; `axis=None` flattens.
pub fn cumsum(a: &Array, axis: Option<isize>) -> Result<Array> {
    accumulate_op(a, axis, false)
}

/// `np.cumprod(a, axis)`.
pub fn cumprod(a: &Array, axis: Option<isize>) -> Result<Array> {
    accumulate_op(a, axis, true)
}

/// Sum of a float array as a plain `f64` (used by Python's builtin `sum` fast path).
pub fn sum_all_f64(a: &NdArray<f64>) -> f64 {
    let v = a.to_vec();
    pairwise_sum(&v)
}

/// Dtype of `np.sum` results.
pub fn sum_dtype(d: DType) -> DType {
    if d == DType::Float64 {
        DType::Float64
    } else {
        DType::Int64
    }
}

/// `Operand` helper so callers can reduce scalars uniformly.
pub fn as_array(o: &Operand) -> Array {
    match o {
        Operand::Array(a) => a.clone(),
        Operand::Scalar(s) => Array::from_scalar(*s),
    }
}
