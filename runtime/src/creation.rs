//! Array creation: `array` from nested data, `zeros`/`ones`/`full`/`empty` and their `_like`
//! forms, `arange` (NumPy's length rule and fill), `linspace` (NumPy's exact arithmetic), `eye`,
//! `identity`, `diag`, `meshgrid`, `tile`, `repeat`.

use crate::array::{Array, NdArray};
use crate::dtype::{DType, Element, Scalar};
use crate::error::{norm_axis, shape_str, Error, Result};
use crate::map_typed;

/// Nested Python data (`[[1, 2], [3, 4]]`) as passed to `np.array`.
#[derive(Clone, Debug)]
pub enum Nested {
    Scalar(Scalar),
    List(Vec<Nested>),
    /// An array nested inside a list (`np.array([a, b])`).
    Array(Array),
}

fn nested_shape(n: &Nested, depth: usize, shape: &mut Vec<usize>, ragged: &mut Option<usize>) {
    match n {
        Nested::Scalar(_) => {
            if depth < shape.len() {
                ragged.get_or_insert(depth);
            }
        }
        Nested::Array(a) => {
            check_dims(shape, depth, a.shape(), ragged);
        }
        Nested::List(items) => {
            check_dims(shape, depth, &[items.len()], ragged);
            for it in items {
                nested_shape(it, depth + 1, shape, ragged);
            }
        }
    }
}

fn check_dims(shape: &mut Vec<usize>, depth: usize, dims: &[usize], ragged: &mut Option<usize>) {
    for (k, &d) in dims.iter().enumerate() {
        let at = depth + k;
        if at == shape.len() {
            shape.push(d);
        } else if shape[at] != d {
            ragged.get_or_insert(at);
            return;
        }
    }
}

fn flatten_nested(n: &Nested, out: &mut Vec<Scalar>) {
    match n {
        Nested::Scalar(s) => out.push(*s),
        Nested::Array(a) => out.extend(a.to_scalars()),
        Nested::List(items) => items.iter().for_each(|i| flatten_nested(i, out)),
    }
}

fn nested_dtype(n: &Nested) -> DType {
    match n {
        Nested::Scalar(s) => s.kind(),
        Nested::Array(a) => a.dtype(),
        Nested::List(items) => items.iter().map(nested_dtype).max().unwrap_or(DType::Float64),
    }
}

/// Builds an array of `dtype` from scalars in C order.
pub fn from_scalars(shape: Vec<usize>, vals: &[Scalar], dtype: DType) -> Array {
    match dtype {
        DType::Bool => Array::from_bool(shape, vals.iter().map(|s| s.as_bool()).collect()),
        DType::Int64 => Array::from_i64(shape, vals.iter().map(|s| s.as_i64()).collect()),
        DType::Float64 => Array::from_f64(shape, vals.iter().map(|s| s.as_f64()).collect()),
    }
}

/// `np.array(data, dtype=None)`. An empty list gives float64, like NumPy.
pub fn array(data: &Nested, dtype: Option<DType>) -> Result<Array> {
    let mut shape = Vec::new();
    let mut ragged = None;
    nested_shape(data, 0, &mut shape, &mut ragged);
    if let Some(d) = ragged {
        let detected = shape_str(&shape[..d]);
        return Err(Error::value(format!(
            "setting an array element with a sequence. The requested array has an inhomogeneous shape after {d} dimensions. The detected shape was {detected} + inhomogeneous part."
        )));
    }
    let mut vals = Vec::new();
    flatten_nested(data, &mut vals);
    let dt = dtype.unwrap_or_else(|| if vals.is_empty() { DType::Float64 } else { nested_dtype(data) });
    Ok(from_scalars(shape, &vals, dt))
}

/// `np.asarray(a, dtype)`: `a` itself when no conversion is needed.
pub fn asarray(a: &Array, dtype: Option<DType>) -> Array {
    match dtype {
        Some(d) => a.as_dtype(d),
        None => a.clone(),
    }
}

/// `np.full(shape, value, dtype)`; the dtype defaults to the value's.
pub fn full(shape: &[usize], value: Scalar, dtype: Option<DType>) -> Array {
    let dt = dtype.unwrap_or(value.kind());
    let shape = shape.to_vec();
    match dt {
        DType::Bool => Array::Bool(NdArray::filled(shape, value.as_bool())),
        DType::Int64 => Array::Int(NdArray::filled(shape, value.as_i64())),
        DType::Float64 => Array::Float(NdArray::filled(shape, value.as_f64())),
    }
}

pub fn zeros(shape: &[usize], dtype: DType) -> Array {
    full(shape, Scalar::Int(0), Some(dtype))
}

pub fn ones(shape: &[usize], dtype: DType) -> Array {
    full(shape, Scalar::Int(1), Some(dtype))
}

/// `np.empty`: zero-filled (uninitialized memory is not observable in pyjs).
pub fn empty(shape: &[usize], dtype: DType) -> Array {
    zeros(shape, dtype)
}

pub fn zeros_like(a: &Array, dtype: Option<DType>) -> Array {
    zeros(a.shape(), dtype.unwrap_or(a.dtype()))
}

pub fn ones_like(a: &Array, dtype: Option<DType>) -> Array {
    ones(a.shape(), dtype.unwrap_or(a.dtype()))
}

pub fn empty_like(a: &Array, dtype: Option<DType>) -> Array {
    zeros_like(a, dtype)
}

pub fn full_like(a: &Array, value: Scalar, dtype: Option<DType>) -> Array {
    full(a.shape(), value, Some(dtype.unwrap_or(a.dtype())))
}

/// `np.arange(start, stop, step, dtype)`. With `stop` None, `start` is the stop.
pub fn arange(start: Scalar, stop: Option<Scalar>, step: Option<Scalar>, dtype: Option<DType>) -> Result<Array> {
    let (start, stop) = match stop {
        Some(s) => (start, s),
        None => (Scalar::Int(0), start),
    };
    let step = step.unwrap_or(Scalar::Int(1));
    let natural = start.kind().max(stop.kind()).max(step.kind()).max(DType::Int64);
    let dt = dtype.unwrap_or(natural);
    if step.as_f64() == 0.0 {
        return Err(Error::value("Maximum allowed size exceeded"));
    }
    if natural == DType::Int64 {
        let (a, b, s) = (start.as_i64(), stop.as_i64(), step.as_i64());
        let len = ((b as f64 - a as f64) / s as f64).ceil();
        let len = if len > 0.0 { len as usize } else { 0 };
        let v: Vec<i64> = (0..len as i64).map(|i| a.wrapping_add(i.wrapping_mul(s))).collect();
        return Ok(Array::from_i64(vec![len], v).as_dtype(dt));
    }
    let (a, b, s) = (start.as_f64(), stop.as_f64(), step.as_f64());
    let len = ((b - a) / s).ceil();
    if len.is_nan() {
        return Err(Error::value("arange: cannot compute length"));
    }
    let len = if len > 0.0 { len as usize } else { 0 };
    // NumPy computes the first two values, then fills `start + i * (second - first)`.
    let mut v = Vec::with_capacity(len);
    if len > 0 {
        v.push(a);
    }
    if len > 1 {
        let second = a + s;
        v.push(second);
        let delta = second - a;
        for i in 2..len {
            v.push(a + i as f64 * delta);
        }
    }
    Ok(Array::from_f64(vec![len], v).as_dtype(dt))
}

/// `np.linspace(start, stop, num, endpoint, dtype)` with NumPy's arithmetic, bit for bit.
pub fn linspace(start: f64, stop: f64, num: i64, endpoint: bool, dtype: Option<DType>) -> Result<Array> {
    if num < 0 {
        return Err(Error::value(format!("Number of samples, {num}, must be non-negative.")));
    }
    let num = num as usize;
    let div = if endpoint { num as i64 - 1 } else { num as i64 };
    let delta = stop - start;
    let mut y: Vec<f64> = (0..num).map(|i| i as f64).collect();
    if div > 0 {
        let d = div as f64;
        let step = delta / d;
        if step == 0.0 {
            y.iter_mut().for_each(|v| *v = *v / d * delta);
        } else {
            y.iter_mut().for_each(|v| *v *= step);
        }
    } else {
        y.iter_mut().for_each(|v| *v *= delta);
    }
    y.iter_mut().for_each(|v| *v += start);
    if endpoint && num > 1 {
        y[num - 1] = stop;
    }
    let a = Array::from_f64(vec![num], y);
    Ok(match dtype {
        Some(DType::Int64) => Array::Int(a.to_float().map(|x| x.floor() as i64)),
        Some(d) => a.as_dtype(d),
        None => a,
    })
}

/// `np.eye(n, m, k, dtype)`.
pub fn eye(n: usize, m: Option<usize>, k: isize, dtype: DType) -> Array {
    let m = m.unwrap_or(n);
    let mut v = vec![0.0; n * m];
    for i in 0..n {
        let j = i as isize + k;
        if j >= 0 && (j as usize) < m {
            v[i * m + j as usize] = 1.0;
        }
    }
    Array::from_f64(vec![n, m], v).as_dtype(dtype)
}

pub fn identity(n: usize, dtype: DType) -> Array {
    eye(n, None, 0, dtype)
}

/// `np.diag(v, k)`: a matrix with `v` on diagonal `k`, or the diagonal of a matrix.
pub fn diag(v: &Array, k: isize) -> Result<Array> {
    match v.ndim() {
        1 => {
            let n = v.size() + k.unsigned_abs();
            Ok(map_typed!(v, a => {
                let src = a.to_vec();
                let mut out = vec![Element::from_i64(0); n * n];
                for (i, &x) in src.iter().enumerate() {
                    let (r, c) = if k >= 0 { (i, i + k as usize) } else { (i + k.unsigned_abs(), i) };
                    out[r * n + c] = x;
                }
                NdArray::from_vec(vec![n, n], out)
            }))
        }
        2 => {
            let (r, c) = (v.shape()[0] as isize, v.shape()[1] as isize);
            let (r0, c0) = if k >= 0 { (0, k) } else { (-k, 0) };
            let len = (r - r0).min(c - c0).max(0) as usize;
            Ok(map_typed!(v, a => {
                let out: Vec<_> = (0..len).map(|i| a.get(&[r0 as usize + i, c0 as usize + i])).collect();
                NdArray::from_vec(vec![len], out)
            }))
        }
        _ => Err(Error::value("Input must be 1- or 2-d.")),
    }
}

/// Gathers `src` (C order) into `out_shape`, where `source_of` maps an output multi-index to a
/// source flat index.
fn gather<T: Element>(src: &NdArray<T>, out_shape: &[usize], source_of: impl Fn(&[usize]) -> usize) -> NdArray<T> {
    let data = src.to_vec();
    let n: usize = out_shape.iter().product();
    let mut out = Vec::with_capacity(n);
    let mut idx = vec![0usize; out_shape.len()];
    for _ in 0..n {
        out.push(data[source_of(&idx)]);
        for ax in (0..idx.len()).rev() {
            idx[ax] += 1;
            if idx[ax] < out_shape[ax] {
                break;
            }
            idx[ax] = 0;
        }
    }
    NdArray::from_vec(out_shape.to_vec(), out)
}

/// `np.meshgrid(*xs, indexing='xy' | 'ij')`: copies, each of the full grid shape.
pub fn meshgrid(xs: &[Array], indexing_xy: bool) -> Vec<Array> {
    let mut shape: Vec<usize> = xs.iter().map(|x| x.size()).collect();
    if indexing_xy && shape.len() >= 2 {
        shape.swap(0, 1);
    }
    xs.iter()
        .enumerate()
        .map(|(k, x)| {
            let axis = if indexing_xy && xs.len() >= 2 && k < 2 { 1 - k } else { k };
            map_typed!(x, a => gather(a, &shape, |idx| idx[axis]))
        })
        .collect()
}

/// `np.tile(a, reps)`.
pub fn tile(a: &Array, reps: &[usize]) -> Array {
    let d = reps.len().max(a.ndim());
    let mut src_shape = vec![1usize; d - a.ndim()];
    src_shape.extend_from_slice(a.shape());
    let mut r = vec![1usize; d - reps.len()];
    r.extend_from_slice(reps);
    let out_shape: Vec<usize> = src_shape.iter().zip(&r).map(|(s, r)| s * r).collect();
    let src_strides = crate::array::c_strides(&src_shape);
    map_typed!(a, x => gather(x, &out_shape, |idx| {
        idx.iter().zip(&src_shape).zip(&src_strides).map(|((&i, &s), &st)| (i % s) * st as usize).sum()
    }))
}

/// `np.repeat(a, repeats, axis)`: `repeats` has one entry (for all) or one per element.
pub fn repeat(a: &Array, repeats: &[i64], axis: Option<isize>) -> Result<Array> {
    let (src, axis) = match axis {
        None => (crate::shape::ravel(a), 0),
        Some(_) if a.ndim() == 0 => (crate::shape::ravel(a), 0),
        Some(ax) => (a.clone(), norm_axis(ax, a.ndim())?),
    };
    let n = src.shape()[axis];
    if repeats.iter().any(|&r| r < 0) {
        return Err(Error::value("repeats may not contain negative values."));
    }
    let reps: Vec<usize> = if repeats.len() == 1 {
        vec![repeats[0] as usize; n]
    } else if repeats.len() == n {
        repeats.iter().map(|&r| r as usize).collect()
    } else {
        return Err(Error::value(format!(
            "operands could not be broadcast together with shape ({n},) ({},)",
            repeats.len()
        )));
    };
    // For each output position along the axis, which source position it copies.
    let map: Vec<usize> = reps.iter().enumerate().flat_map(|(i, &r)| std::iter::repeat_n(i, r)).collect();
    let mut out_shape = src.shape().to_vec();
    out_shape[axis] = map.len();
    let strides = crate::array::c_strides(src.shape());
    Ok(map_typed!(&src, x => gather(x, &out_shape, |idx| {
        idx.iter().enumerate().map(|(ax, &i)| if ax == axis { map[i] } else { i } * strides[ax] as usize).sum()
    })))
}
