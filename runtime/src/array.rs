//! The n-dimensional array.
//!
//! # Storage model
//!
//! An [`NdArray<T>`] is a *view*: a shared buffer `Rc<RefCell<Vec<T>>>` plus a shape, strides
//! (in elements, possibly negative) and an offset into the buffer. Cloning an `NdArray` clones
//! the handle, not the data, so basic slicing, `transpose`, `reshape` of contiguous data and
//! friends return views that share memory with their base exactly as in NumPy
//! (`b = a[2:5]; b[0] = 9` changes `a`). `copy()` makes an independent C-contiguous array.
//!
//! Kernels borrow the buffer for the duration of one call (the `RefCell` turns an aliasing
//! bug into a panic instead of undefined behaviour) and either walk it with
//! [`NdArray::for_each_offset`], use a contiguous `&[T]` fast path, or wrap it as an `ndarray`
//! [`ArrayViewD`] (e.g. for broadcasting `Zip` and matrix products).
//!
//! A C-contiguous float64 array is one `Vec<f64>` in linear memory, which is what lets the
//! WASM boundary hand JS a zero-copy `Float64Array` over it.
//!
//! [`Array`] is the dtype-erased array: an enum over `NdArray<bool>`, `NdArray<i64>` and
//! `NdArray<f64>`.

use std::cell::RefCell;
use std::rc::Rc;

use ndarray::{ArrayViewD, ArrayViewMutD, Axis, IxDyn, ShapeBuilder};

use crate::dtype::{DType, Element, Scalar};
use crate::error::{shape_str, shape_str_compact, Error, Result};

/// A strided view over a shared buffer of `T`.
#[derive(Debug)]
pub struct NdArray<T> {
    buf: Rc<RefCell<Vec<T>>>,
    shape: Vec<usize>,
    strides: Vec<isize>,
    offset: usize,
}

impl<T> Clone for NdArray<T> {
    fn clone(&self) -> Self {
        NdArray {
            buf: Rc::clone(&self.buf),
            shape: self.shape.clone(),
            strides: self.strides.clone(),
            offset: self.offset,
        }
    }
}

/// C-order (row-major) strides for a shape, in elements.
pub fn c_strides(shape: &[usize]) -> Vec<isize> {
    let mut strides = vec![0isize; shape.len()];
    let mut s = 1isize;
    for i in (0..shape.len()).rev() {
        strides[i] = s;
        s *= shape[i].max(1) as isize;
    }
    strides
}

impl<T: Element> NdArray<T> {
    /// A new C-contiguous array owning `data`. Panics if the sizes disagree (a bug).
    pub fn from_vec(shape: Vec<usize>, data: Vec<T>) -> Self {
        assert_eq!(shape.iter().product::<usize>(), data.len(), "shape {shape:?} does not match data length");
        let strides = c_strides(&shape);
        NdArray { buf: Rc::new(RefCell::new(data)), shape, strides, offset: 0 }
    }

    /// A 0-d array holding one value.
    pub fn scalar(x: T) -> Self {
        Self::from_vec(vec![], vec![x])
    }

    pub fn filled(shape: Vec<usize>, x: T) -> Self {
        let n = shape.iter().product();
        Self::from_vec(shape, vec![x; n])
    }

    pub fn shape(&self) -> &[usize] {
        &self.shape
    }

    pub fn strides(&self) -> &[isize] {
        &self.strides
    }

    pub fn offset(&self) -> usize {
        self.offset
    }

    pub fn ndim(&self) -> usize {
        self.shape.len()
    }

    pub fn size(&self) -> usize {
        self.shape.iter().product()
    }

    /// Whether `self` and `other` view the same buffer (`np.shares_memory` for our views).
    pub fn shares_buffer(&self, other: &NdArray<T>) -> bool {
        Rc::ptr_eq(&self.buf, &other.buf)
    }

    /// A new view of the same buffer with another layout. The caller guarantees that every
    /// reachable offset is in bounds.
    pub fn view_with(&self, shape: Vec<usize>, strides: Vec<isize>, offset: usize) -> Self {
        debug_assert_eq!(shape.len(), strides.len());
        NdArray { buf: Rc::clone(&self.buf), shape, strides, offset }
    }

    pub fn is_c_contiguous(&self) -> bool {
        if self.size() <= 1 {
            return true;
        }
        let mut expect = 1isize;
        for i in (0..self.ndim()).rev() {
            if self.shape[i] != 1 {
                if self.strides[i] != expect {
                    return false;
                }
                expect *= self.shape[i] as isize;
            }
        }
        true
    }

    /// Calls `f` with the buffer offset of every element, in C (row-major) order.
    pub fn for_each_offset(&self, mut f: impl FnMut(usize)) {
        if self.size() == 0 {
            return;
        }
        let nd = self.ndim();
        if nd == 0 {
            f(self.offset);
            return;
        }
        let last = nd - 1;
        let (len, st) = (self.shape[last], self.strides[last]);
        let mut idx = vec![0usize; nd];
        let mut base = self.offset as isize;
        loop {
            for i in 0..len as isize {
                f((base + i * st) as usize);
            }
            let mut ax = last;
            loop {
                if ax == 0 {
                    return;
                }
                ax -= 1;
                idx[ax] += 1;
                base += self.strides[ax];
                if idx[ax] < self.shape[ax] {
                    break;
                }
                base -= self.strides[ax] * self.shape[ax] as isize;
                idx[ax] = 0;
            }
        }
    }

    /// Runs `f` on the elements as one slice if the view is C-contiguous.
    pub fn with_contiguous<R>(&self, f: impl FnOnce(&[T]) -> R) -> Option<R> {
        if !self.is_c_contiguous() {
            return None;
        }
        let buf = self.buf.borrow();
        Some(f(&buf[self.offset..self.offset + self.size()]))
    }

    /// Runs `f` on the elements as one mutable slice if the view is C-contiguous.
    pub fn with_contiguous_mut<R>(&self, f: impl FnOnce(&mut [T]) -> R) -> Option<R> {
        if !self.is_c_contiguous() {
            return None;
        }
        let mut buf = self.buf.borrow_mut();
        let n = self.size();
        Some(f(&mut buf[self.offset..self.offset + n]))
    }

    /// The elements in C order, copied.
    pub fn to_vec(&self) -> Vec<T> {
        if let Some(v) = self.with_contiguous(|s| s.to_vec()) {
            return v;
        }
        let buf = self.buf.borrow();
        let mut out = Vec::with_capacity(self.size());
        self.for_each_offset(|o| out.push(buf[o]));
        out
    }

    /// An independent C-contiguous copy.
    pub fn copy(&self) -> Self {
        Self::from_vec(self.shape.clone(), self.to_vec())
    }

    /// This array as C-contiguous: itself if it already is, else a copy.
    pub fn contiguous(&self) -> Self {
        if self.is_c_contiguous() {
            self.clone()
        } else {
            self.copy()
        }
    }

    /// Element at a full multi-index (already bounds-checked by the caller).
    pub fn get(&self, index: &[usize]) -> T {
        self.buf.borrow()[self.offset_of(index)]
    }

    pub fn set(&self, index: &[usize], value: T) {
        let o = self.offset_of(index);
        self.buf.borrow_mut()[o] = value;
    }

    fn offset_of(&self, index: &[usize]) -> usize {
        debug_assert_eq!(index.len(), self.ndim());
        let o = index.iter().zip(&self.strides).fold(self.offset as isize, |acc, (&i, &s)| acc + i as isize * s);
        o as usize
    }

    /// The element at flat C-order position `i`.
    pub fn get_flat(&self, mut i: usize) -> T {
        let mut o = self.offset as isize;
        for ax in (0..self.ndim()).rev() {
            let n = self.shape[ax];
            o += (i % n) as isize * self.strides[ax];
            i /= n;
        }
        self.buf.borrow()[o as usize]
    }

    /// Elementwise conversion into a new C-contiguous array.
    pub fn map<U: Element>(&self, f: impl Fn(T) -> U) -> NdArray<U> {
        let data = match self.with_contiguous(|s| s.iter().map(|&x| f(x)).collect::<Vec<U>>()) {
            Some(v) => v,
            None => {
                let buf = self.buf.borrow();
                let mut out = Vec::with_capacity(self.size());
                self.for_each_offset(|o| out.push(f(buf[o])));
                out
            }
        };
        NdArray::from_vec(self.shape.clone(), data)
    }

    /// Applies `f` to every element in place (through the view).
    pub fn map_inplace(&self, f: impl Fn(T) -> T) {
        if self.with_contiguous_mut(|s| s.iter_mut().for_each(|x| *x = f(*x))).is_some() {
            return;
        }
        let mut buf = self.buf.borrow_mut();
        self.for_each_offset(|o| buf[o] = f(buf[o]));
    }

    /// Casts to another element type (a copy; a handle clone if the type is the same).
    pub fn cast<U: Element>(&self) -> NdArray<U> {
        self.map(U::cast_from)
    }

    fn lowest_offset(&self) -> usize {
        let mut low = self.offset as isize;
        for (&n, &s) in self.shape.iter().zip(&self.strides) {
            if s < 0 && n > 0 {
                low += s * (n as isize - 1);
            }
        }
        low as usize
    }

    /// Runs `f` with an `ndarray` view of this array.
    pub fn with_view<R>(&self, f: impl FnOnce(ArrayViewD<'_, T>) -> R) -> R {
        let buf = self.buf.borrow();
        if self.size() == 0 {
            return f(ArrayViewD::from_shape(IxDyn(&self.shape), &[]).expect("empty view"));
        }
        let abs: Vec<usize> = self.strides.iter().map(|s| s.unsigned_abs()).collect();
        let mut v = ArrayViewD::from_shape(IxDyn(&self.shape).strides(IxDyn(&abs)), &buf[self.lowest_offset()..])
            .expect("valid strided view");
        for (ax, &s) in self.strides.iter().enumerate() {
            if s < 0 {
                v.invert_axis(Axis(ax));
            }
        }
        f(v)
    }

    /// Runs `f` with a mutable `ndarray` view of this array.
    pub fn with_view_mut<R>(&self, f: impl FnOnce(ArrayViewMutD<'_, T>) -> R) -> R {
        let mut buf = self.buf.borrow_mut();
        if self.size() == 0 {
            return f(ArrayViewMutD::from_shape(IxDyn(&self.shape), &mut []).expect("empty view"));
        }
        let abs: Vec<usize> = self.strides.iter().map(|s| s.unsigned_abs()).collect();
        let low = self.lowest_offset();
        let mut v = ArrayViewMutD::from_shape(IxDyn(&self.shape).strides(IxDyn(&abs)), &mut buf[low..])
            .expect("valid strided view");
        for (ax, &s) in self.strides.iter().enumerate() {
            if s < 0 {
                v.invert_axis(Axis(ax));
            }
        }
        f(v)
    }

    /// Copies `src` (broadcast to this view's shape) into this view.
    pub fn assign(&self, src: &NdArray<T>) -> Result<()> {
        if !broadcastable_to(src.shape(), self.shape()) {
            return Err(Error::value(format!(
                "could not broadcast input array from shape {} into shape {}",
                shape_str(src.shape()),
                shape_str(self.shape())
            )));
        }
        if src.size() == 1 {
            let x = src.get_flat(0);
            let mut buf = self.buf.borrow_mut();
            self.for_each_offset(|o| buf[o] = x);
            return Ok(());
        }
        // Materialize the source first: it may alias the destination.
        let owned = NdArray::from_vec(src.shape.clone(), src.to_vec());
        owned.with_view(|s| {
            let s = s.broadcast(IxDyn(&self.shape)).expect("checked broadcast");
            self.with_view_mut(|mut d| d.assign(&s));
        });
        Ok(())
    }

    /// Raw pointer and length of the contiguous data (for zero-copy views from JS).
    /// `None` unless C-contiguous. The pointer is valid until the buffer is reallocated or
    /// dropped; buffers are never resized after creation.
    pub fn contiguous_ptr(&self) -> Option<(*const T, usize)> {
        if !self.is_c_contiguous() {
            return None;
        }
        let buf = self.buf.borrow();
        Some((buf[self.offset..].as_ptr(), self.size()))
    }

    /// Reorders the axes (a view).
    pub fn permuted(&self, axes: &[usize]) -> Self {
        let shape = axes.iter().map(|&a| self.shape[a]).collect();
        let strides = axes.iter().map(|&a| self.strides[a]).collect();
        self.view_with(shape, strides, self.offset)
    }

    /// A view with a new shape, if the data can be viewed that way without copying
    /// (C-contiguous data); `None` otherwise.
    pub fn reshaped_view(&self, shape: Vec<usize>) -> Option<Self> {
        if !self.is_c_contiguous() {
            return None;
        }
        let strides = c_strides(&shape);
        Some(self.view_with(shape, strides, self.offset))
    }
}

/// Whether `from` broadcasts to exactly `to`.
pub fn broadcastable_to(from: &[usize], to: &[usize]) -> bool {
    if from.len() > to.len() {
        return false;
    }
    let pad = to.len() - from.len();
    from.iter().enumerate().all(|(i, &d)| d == 1 || d == to[pad + i])
}

/// The broadcast shape of several operands, with NumPy's error text.
pub fn broadcast_shapes(shapes: &[&[usize]]) -> Result<Vec<usize>> {
    let nd = shapes.iter().map(|s| s.len()).max().unwrap_or(0);
    let mut out = vec![1usize; nd];
    for s in shapes {
        let pad = nd - s.len();
        for (i, &d) in s.iter().enumerate() {
            let o = &mut out[pad + i];
            if *o == 1 {
                *o = d;
            } else if d != 1 && d != *o {
                let list: String = shapes.iter().map(|s| shape_str_compact(s) + " ").collect();
                return Err(Error::value(format!("operands could not be broadcast together with shapes {list}")));
            }
        }
    }
    Ok(out)
}

/// A dtype-erased array.
#[derive(Clone, Debug)]
pub enum Array {
    Bool(NdArray<bool>),
    Int(NdArray<i64>),
    Float(NdArray<f64>),
}

/// Runs an expression on the typed array inside an [`Array`], whatever its dtype.
#[macro_export]
macro_rules! with_typed {
    ($arr:expr, $x:ident => $body:expr) => {
        match $arr {
            $crate::array::Array::Bool($x) => $body,
            $crate::array::Array::Int($x) => $body,
            $crate::array::Array::Float($x) => $body,
        }
    };
}

/// Rewraps a typed expression into an [`Array`] of the same dtype as the input.
#[macro_export]
macro_rules! map_typed {
    ($arr:expr, $x:ident => $body:expr) => {
        match $arr {
            $crate::array::Array::Bool($x) => $crate::array::Array::Bool($body),
            $crate::array::Array::Int($x) => $crate::array::Array::Int($body),
            $crate::array::Array::Float($x) => $crate::array::Array::Float($body),
        }
    };
}

impl From<NdArray<f64>> for Array {
    fn from(a: NdArray<f64>) -> Self {
        Array::Float(a)
    }
}
impl From<NdArray<i64>> for Array {
    fn from(a: NdArray<i64>) -> Self {
        Array::Int(a)
    }
}
impl From<NdArray<bool>> for Array {
    fn from(a: NdArray<bool>) -> Self {
        Array::Bool(a)
    }
}

/// Wraps a typed array of any element type into an [`Array`].
pub fn wrap<T: Element>(a: NdArray<T>) -> Array {
    // Cheap: `cast` to the same type would copy, so dispatch on the dtype and move instead.
    let any: Box<dyn std::any::Any> = Box::new(a);
    match T::DTYPE {
        DType::Bool => Array::Bool(*any.downcast().expect("bool")),
        DType::Int64 => Array::Int(*any.downcast().expect("int64")),
        DType::Float64 => Array::Float(*any.downcast().expect("float64")),
    }
}

/// One entry of a basic index expression.
#[derive(Clone, Debug, PartialEq)]
pub enum Index {
    /// An integer (negative counts from the end); removes the axis.
    Int(isize),
    /// `start:stop:step`, each optional.
    Slice(Option<isize>, Option<isize>, Option<isize>),
    /// `np.newaxis` / `None`.
    NewAxis,
    /// `...`.
    Ellipsis,
}

/// Python's `slice.indices(len)`: normalized start, step and the number of elements.
pub fn slice_indices(
    len: usize,
    start: Option<isize>,
    stop: Option<isize>,
    step: Option<isize>,
) -> Result<(isize, isize, usize)> {
    let step = step.unwrap_or(1);
    if step == 0 {
        return Err(Error::value("slice step cannot be zero"));
    }
    let n = len as isize;
    let adjust = |v: Option<isize>, default: isize, lo: isize, hi: isize| match v {
        None => default,
        Some(v) if v < 0 => (v + n).max(lo),
        Some(v) => v.min(hi),
    };
    let (start, stop) = if step > 0 {
        (adjust(start, 0, 0, n), adjust(stop, n, 0, n))
    } else {
        (adjust(start, n - 1, -1, n - 1), adjust(stop, -1, -1, n - 1))
    };
    let count = if step > 0 {
        if stop > start {
            ((stop - start - 1) / step + 1) as usize
        } else {
            0
        }
    } else if start > stop {
        ((start - stop - 1) / (-step) + 1) as usize
    } else {
        0
    };
    Ok((start, step, count))
}

impl<T: Element> NdArray<T> {
    /// Basic indexing (integers, slices, `newaxis`, `...`): always a view.
    pub fn index(&self, idx: &[Index]) -> Result<Self> {
        let consumed = idx.iter().filter(|i| matches!(i, Index::Int(_) | Index::Slice(..))).count();
        if idx.iter().filter(|i| matches!(i, Index::Ellipsis)).count() > 1 {
            return Err(Error::Index("an index can only have a single ellipsis ('...')".into()));
        }
        if consumed > self.ndim() {
            return Err(Error::Index(format!(
                "too many indices for array: array is {}-dimensional, but {} were indexed",
                self.ndim(),
                consumed
            )));
        }
        let mut shape = Vec::new();
        let mut strides = Vec::new();
        let mut offset = self.offset as isize;
        let mut ax = 0usize;
        let take_rest = |ax: &mut usize, shape: &mut Vec<usize>, strides: &mut Vec<isize>, upto: usize| {
            while *ax < upto {
                shape.push(self.shape[*ax]);
                strides.push(self.strides[*ax]);
                *ax += 1;
            }
        };
        for it in idx {
            match *it {
                Index::Int(i) => {
                    let n = self.shape[ax] as isize;
                    let j = if i < 0 { i + n } else { i };
                    if j < 0 || j >= n {
                        return Err(Error::Index(format!("index {i} is out of bounds for axis {ax} with size {n}")));
                    }
                    offset += j * self.strides[ax];
                    ax += 1;
                }
                Index::Slice(a, b, c) => {
                    let (start, step, count) = slice_indices(self.shape[ax], a, b, c)?;
                    if count > 0 {
                        offset += start * self.strides[ax];
                    }
                    shape.push(count);
                    strides.push(self.strides[ax] * step);
                    ax += 1;
                }
                Index::NewAxis => {
                    shape.push(1);
                    strides.push(0);
                }
                Index::Ellipsis => {
                    let upto = ax + (self.ndim() - consumed);
                    take_rest(&mut ax, &mut shape, &mut strides, upto);
                }
            }
        }
        let nd = self.ndim();
        take_rest(&mut ax, &mut shape, &mut strides, nd);
        Ok(self.view_with(shape, strides, offset as usize))
    }

    /// The rows `self[i]` for each index (negative allowed), concatenated in C order.
    pub fn take_rows(&self, idx: &[i64]) -> Result<Vec<T>> {
        if self.ndim() == 0 {
            return Err(Error::Index("too many indices for array: array is 0-dimensional, but 1 were indexed".into()));
        }
        let n = self.shape[0] as i64;
        let mut out = Vec::with_capacity(idx.len() * self.size() / self.shape[0].max(1));
        for &i in idx {
            let j = if i < 0 { i + n } else { i };
            if j < 0 || j >= n {
                return Err(Error::Index(format!("index {i} is out of bounds for axis 0 with size {n}")));
            }
            out.extend(self.index(&[Index::Int(j as isize)])?.to_vec());
        }
        Ok(out)
    }
}

impl Array {
    pub fn dtype(&self) -> DType {
        match self {
            Array::Bool(_) => DType::Bool,
            Array::Int(_) => DType::Int64,
            Array::Float(_) => DType::Float64,
        }
    }

    pub fn shape(&self) -> &[usize] {
        with_typed!(self, a => a.shape())
    }

    pub fn ndim(&self) -> usize {
        self.shape().len()
    }

    pub fn size(&self) -> usize {
        with_typed!(self, a => a.size())
    }

    pub fn from_f64(shape: Vec<usize>, data: Vec<f64>) -> Array {
        Array::Float(NdArray::from_vec(shape, data))
    }

    pub fn from_i64(shape: Vec<usize>, data: Vec<i64>) -> Array {
        Array::Int(NdArray::from_vec(shape, data))
    }

    pub fn from_bool(shape: Vec<usize>, data: Vec<bool>) -> Array {
        Array::Bool(NdArray::from_vec(shape, data))
    }

    /// A 0-d array from a scalar.
    pub fn from_scalar(s: Scalar) -> Array {
        match s {
            Scalar::Bool(b) => Array::Bool(NdArray::scalar(b)),
            Scalar::Int(i) => Array::Int(NdArray::scalar(i)),
            Scalar::Float(x) => Array::Float(NdArray::scalar(x)),
        }
    }

    /// `a.astype(dtype)`: always a copy.
    pub fn astype(&self, dtype: DType) -> Array {
        match dtype {
            DType::Bool => Array::Bool(with_typed!(self, a => a.cast())),
            DType::Int64 => Array::Int(with_typed!(self, a => a.cast())),
            DType::Float64 => Array::Float(with_typed!(self, a => a.cast())),
        }
    }

    /// This array with the given dtype: a handle clone if it already has it, else a cast copy.
    pub fn as_dtype(&self, dtype: DType) -> Array {
        if self.dtype() == dtype {
            self.clone()
        } else {
            self.astype(dtype)
        }
    }

    /// The data as float64 (a handle clone for float64 arrays).
    pub fn to_float(&self) -> NdArray<f64> {
        match self {
            Array::Float(a) => a.clone(),
            other => with_typed!(other, a => a.cast()),
        }
    }

    pub fn to_int(&self) -> NdArray<i64> {
        match self {
            Array::Int(a) => a.clone(),
            other => with_typed!(other, a => a.cast()),
        }
    }

    pub fn to_bool(&self) -> NdArray<bool> {
        match self {
            Array::Bool(a) => a.clone(),
            other => with_typed!(other, a => a.cast()),
        }
    }

    /// An independent C-contiguous copy (`a.copy()`, `np.copy`).
    pub fn copy(&self) -> Array {
        map_typed!(self, a => a.copy())
    }

    /// The element at flat C-order position `i` as a NumPy scalar.
    pub fn get_flat(&self, i: usize) -> Scalar {
        with_typed!(self, a => a.get_flat(i).to_scalar())
    }

    /// `a.item()` for a one-element array.
    pub fn item(&self) -> Result<Scalar> {
        if self.size() != 1 {
            return Err(Error::value("can only convert an array of size 1 to a Python scalar"));
        }
        Ok(self.get_flat(0))
    }

    /// All elements in C order as scalars (for `tolist`).
    pub fn to_scalars(&self) -> Vec<Scalar> {
        with_typed!(self, a => a.to_vec().into_iter().map(|x| x.to_scalar()).collect())
    }

    pub fn shares_memory(&self, other: &Array) -> bool {
        match (self, other) {
            (Array::Bool(a), Array::Bool(b)) => a.shares_buffer(b),
            (Array::Int(a), Array::Int(b)) => a.shares_buffer(b),
            (Array::Float(a), Array::Float(b)) => a.shares_buffer(b),
            _ => false,
        }
    }

    /// Basic indexing; a view.
    pub fn index(&self, idx: &[Index]) -> Result<Array> {
        Ok(map_typed!(self, a => a.index(idx)?))
    }

    /// `a[idx] = value`, where `value` broadcasts to the indexed region and is cast to `a`'s dtype.
    pub fn set_index(&self, idx: &[Index], value: &Array) -> Result<()> {
        let dst = self.index(idx)?;
        dst.assign(value)
    }

    /// Copies `src` into this view (broadcasting, casting to this array's dtype).
    pub fn assign(&self, src: &Array) -> Result<()> {
        match self {
            Array::Bool(d) => d.assign(&src.to_bool()),
            Array::Int(d) => d.assign(&src.to_int()),
            Array::Float(d) => d.assign(&src.to_float()),
        }
    }

    /// Fills the whole view with a scalar (cast to the array's dtype).
    pub fn fill(&self, s: Scalar) {
        with_typed!(self, a => a.map_inplace(|_| Element::from_scalar(s)))
    }

    /// Boolean-mask indexing `a[mask]` where the mask has the array's full shape: a 1-D copy.
    pub fn mask_select(&self, mask: &NdArray<bool>) -> Result<Array> {
        self.check_mask(mask)?;
        let m = mask.to_vec();
        Ok(map_typed!(self, a => {
            let v: Vec<_> = a.to_vec().into_iter().zip(&m).filter(|(_, &k)| k).map(|(x, _)| x).collect();
            NdArray::from_vec(vec![v.len()], v)
        }))
    }

    /// `a[mask] = value` (value a scalar-like array or one value per selected element).
    pub fn mask_assign(&self, mask: &NdArray<bool>, value: &Array) -> Result<()> {
        self.check_mask(mask)?;
        let m = mask.to_vec();
        let count = m.iter().filter(|&&k| k).count();
        if value.size() != 1 && value.size() != count {
            return Err(Error::value(format!(
                "NumPy boolean array indexing assignment cannot assign {} input values to the {} output values where the mask is true",
                value.size(),
                count
            )));
        }
        let vals = value.to_scalars();
        let mut k = 0usize;
        let mut pos = 0usize;
        with_typed!(self, a => {
            let mut buf = a.buf.borrow_mut();
            a.for_each_offset(|o| {
                if m[pos] {
                    let v = if vals.len() == 1 { vals[0] } else { vals[k] };
                    buf[o] = Element::from_scalar(v);
                    k += 1;
                }
                pos += 1;
            });
        });
        Ok(())
    }

    fn check_mask(&self, mask: &NdArray<bool>) -> Result<()> {
        if mask.shape() != self.shape() {
            let (i, (&m, &d)) = mask
                .shape()
                .iter()
                .zip(self.shape())
                .enumerate()
                .find(|(_, (m, d))| m != d)
                .unwrap_or((0, (&mask.size(), &self.size())));
            return Err(Error::Index(format!(
                "boolean index did not match indexed array along axis {i}; size of axis is {d} but size of corresponding boolean axis is {m}"
            )));
        }
        Ok(())
    }

    /// Integer-array ("fancy") indexing along the first axis: `a[[i, j, ...]]`, a copy.
    pub fn take_axis0(&self, indices: &NdArray<i64>) -> Result<Array> {
        let idx = indices.to_vec();
        let mut out_shape = indices.shape().to_vec();
        out_shape.extend_from_slice(self.shape().get(1..).unwrap_or(&[]));
        Ok(map_typed!(self, a => NdArray::from_vec(out_shape.clone(), a.take_rows(&idx)?)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slices_are_views_sharing_memory() {
        let a = Array::from_f64(vec![6], (0..6).map(f64::from).collect());
        let b = a.index(&[Index::Slice(Some(2), Some(5), None)]).unwrap();
        b.set_index(&[Index::Int(0)], &Array::from_scalar(Scalar::Float(9.0))).unwrap();
        assert_eq!(a.get_flat(2), Scalar::Float(9.0));
        assert!(a.shares_memory(&b));
        let rev = a.index(&[Index::Slice(None, None, Some(-2))]).unwrap();
        assert_eq!(rev.to_scalars(), vec![Scalar::Float(5.0), Scalar::Float(3.0), Scalar::Float(1.0)]);
        rev.fill(Scalar::Int(0));
        assert_eq!(a.get_flat(5), Scalar::Float(0.0));
    }

    #[test]
    fn multi_axis_indexing() {
        let a = Array::from_i64(vec![2, 3, 4], (0..24).collect());
        let v = a.index(&[Index::Ellipsis, Index::Int(-1)]).unwrap();
        assert_eq!(v.shape(), &[2, 3]);
        assert_eq!(v.get_flat(5), Scalar::Int(23));
        let w = a.index(&[Index::Int(1), Index::NewAxis, Index::Slice(None, None, Some(2))]).unwrap();
        assert_eq!(w.shape(), &[1, 2, 4]);
        assert_eq!(w.get_flat(4), Scalar::Int(20));
        let e = a.index(&[Index::Int(0), Index::Int(0), Index::Int(0), Index::Int(0)]).unwrap_err();
        assert_eq!(e.message(), "too many indices for array: array is 3-dimensional, but 4 were indexed");
        let e = a.index(&[Index::Int(5)]).unwrap_err();
        assert_eq!(e.message(), "index 5 is out of bounds for axis 0 with size 2");
    }

    #[test]
    fn masks_and_fancy_indexing() {
        let a = Array::from_f64(vec![4], vec![1.0, -2.0, 3.0, -4.0]);
        let m = NdArray::from_vec(vec![4], vec![false, true, false, true]);
        assert_eq!(a.mask_select(&m).unwrap().to_scalars(), vec![Scalar::Float(-2.0), Scalar::Float(-4.0)]);
        a.mask_assign(&m, &Array::from_scalar(Scalar::Int(0))).unwrap();
        assert_eq!(a.get_flat(3), Scalar::Float(0.0));
        let idx = NdArray::from_vec(vec![3], vec![3i64, 0, -1]);
        let t = a.take_axis0(&idx).unwrap();
        assert_eq!(t.to_scalars(), vec![Scalar::Float(0.0), Scalar::Float(1.0), Scalar::Float(0.0)]);
    }
}
