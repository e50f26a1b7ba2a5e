//! The JS <-> WASM boundary: the only module that uses `wasm-bindgen`.
//!
//! JS holds arrays as [`JsArray`] handles (wasm-bindgen classes; JS must call `.free()` —
//! the compiler's memory scheme decides when). Every fallible call returns
//! `Result<_, JsError>`: a JS `Error` whose `name` is the Python exception class
//! (`ValueError`, `TypeError`, `IndexError`, `AxisError`, `LinAlgError`,
//! `NotImplementedError`) and whose `message` is NumPy's text, so the JS runtime can raise the
//! matching Python exception instead of seeing a wasm trap.
//!
//! Conventions: shapes and axes cross as `Int32Array`/`Float64Array`-like slices; "no axis" is
//! an empty slice plus a flag; operator and function names are NumPy's ufunc names; Python
//! scalars cross as `(value: f64, kind: u8)` with kind 0 = bool, 1 = int, 2 = float.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;

use crate::array::{Array, Index};
use crate::dtype::{DType, Scalar};
use crate::error::Error;
use crate::ops::{BinOp, Operand, UnOp};
use crate::print::{self, FloatMode};
use crate::random::{Generator, RandomState};
use crate::{creation, linalg, ops, reduce, shape};

/// A JS `Error` carrying the Python exception name.
fn js_err(e: Error) -> JsValue {
    let err = js_sys::Error::new(e.message());
    err.set_name(e.kind());
    err.into()
}

type JsResult<T> = Result<T, JsValue>;

fn lift<T>(r: crate::Result<T>) -> JsResult<T> {
    r.map_err(js_err)
}

/// An array handle owned by JS.
#[wasm_bindgen]
pub struct JsArray(Array);

fn wrap(a: Array) -> JsArray {
    JsArray(a)
}

fn dtype_code(d: DType) -> u8 {
    match d {
        DType::Bool => 0,
        DType::Int64 => 1,
        DType::Float64 => 2,
    }
}

fn dtype_from(code: u8) -> DType {
    match code {
        0 => DType::Bool,
        1 => DType::Int64,
        _ => DType::Float64,
    }
}

fn scalar(value: f64, kind: u8) -> Scalar {
    match kind {
        0 => Scalar::Bool(value != 0.0),
        1 => Scalar::Int(value as i64),
        _ => Scalar::Float(value),
    }
}

fn ushape(shape: &[i32]) -> Vec<usize> {
    shape.iter().map(|&d| d.max(0) as usize).collect()
}

fn axes(has_axis: bool, axes: &[i32]) -> Option<Vec<isize>> {
    has_axis.then(|| axes.iter().map(|&a| a as isize).collect())
}

fn binop(name: &str) -> JsResult<BinOp> {
    use BinOp::*;
    Ok(match name {
        "add" => Add,
        "subtract" => Sub,
        "multiply" => Mul,
        "divide" | "true_divide" => Div,
        "floor_divide" => FloorDiv,
        "remainder" | "mod" => Mod,
        "power" => Pow,
        "equal" => Eq,
        "not_equal" => Ne,
        "less" => Lt,
        "less_equal" => Le,
        "greater" => Gt,
        "greater_equal" => Ge,
        "bitwise_and" => BitAnd,
        "bitwise_or" => BitOr,
        "bitwise_xor" => BitXor,
        "maximum" => Maximum,
        "minimum" => Minimum,
        "fmax" => Fmax,
        "fmin" => Fmin,
        "arctan2" => Arctan2,
        "hypot" => Hypot,
        "logical_and" => LogicalAnd,
        "logical_or" => LogicalOr,
        "logical_xor" => LogicalXor,
        other => return Err(js_err(Error::unsupported(other))),
    })
}

fn unop(name: &str) -> JsResult<UnOp> {
    use UnOp::*;
    Ok(match name {
        "negative" => Neg,
        "positive" => Pos,
        "absolute" | "abs" => Abs,
        "sqrt" => Sqrt,
        "square" => Square,
        "exp" => Exp,
        "expm1" => Expm1,
        "log" => Log,
        "log1p" => Log1p,
        "log2" => Log2,
        "log10" => Log10,
        "sin" => Sin,
        "cos" => Cos,
        "tan" => Tan,
        "arcsin" => Arcsin,
        "arccos" => Arccos,
        "arctan" => Arctan,
        "sinh" => Sinh,
        "cosh" => Cosh,
        "tanh" => Tanh,
        "floor" => Floor,
        "ceil" => Ceil,
        "trunc" => Trunc,
        "rint" => Rint,
        "sign" => Sign,
        "isnan" => IsNan,
        "isinf" => IsInf,
        "isfinite" => IsFinite,
        "invert" => Invert,
        "logical_not" => LogicalNot,
        "deg2rad" | "radians" => Deg2Rad,
        "rad2deg" | "degrees" => Rad2Deg,
        other => return Err(js_err(Error::unsupported(other))),
    })
}

#[wasm_bindgen]
impl JsArray {
    /// A float64 array copied from JS data.
    #[wasm_bindgen(js_name = fromF64)]
    pub fn from_f64(data: &[f64], shape: &[i32]) -> JsArray {
        wrap(Array::from_f64(ushape(shape), data.to_vec()))
    }

    /// An int64 array from JS numbers (integral values).
    #[wasm_bindgen(js_name = fromI64)]
    pub fn from_i64(data: &[f64], shape: &[i32]) -> JsArray {
        wrap(Array::from_i64(ushape(shape), data.iter().map(|&x| x as i64).collect()))
    }

    /// A bool array from bytes (0/1).
    #[wasm_bindgen(js_name = fromBool)]
    pub fn from_bool(data: &[u8], shape: &[i32]) -> JsArray {
        wrap(Array::from_bool(ushape(shape), data.iter().map(|&x| x != 0).collect()))
    }

    /// 0 = bool, 1 = int64, 2 = float64.
    pub fn dtype(&self) -> u8 {
        dtype_code(self.0.dtype())
    }

    pub fn shape(&self) -> Vec<i32> {
        self.0.shape().iter().map(|&d| d as i32).collect()
    }

    pub fn ndim(&self) -> usize {
        self.0.ndim()
    }

    pub fn size(&self) -> usize {
        self.0.size()
    }

    /// A new handle to the same data (a view).
    pub fn view(&self) -> JsArray {
        wrap(self.0.clone())
    }

    pub fn copy(&self) -> JsArray {
        wrap(self.0.copy())
    }

    pub fn astype(&self, dtype: u8) -> JsArray {
        wrap(self.0.astype(dtype_from(dtype)))
    }

    /// All elements in C order as f64 (ints and bools converted).
    #[wasm_bindgen(js_name = toF64)]
    pub fn to_f64(&self) -> Vec<f64> {
        self.0.to_float().to_vec()
    }

    /// Element `i` (flat C order) as a number.
    #[wasm_bindgen(js_name = getFlat)]
    pub fn get_flat(&self, i: usize) -> f64 {
        self.0.get_flat(i).as_f64()
    }

    /// Byte offset of contiguous float64 data in wasm memory, or -1: JS builds a zero-copy
    /// `Float64Array(memory.buffer, ptr, size)` from it (valid until the memory grows).
    #[wasm_bindgen(js_name = f64Ptr)]
    pub fn f64_ptr(&self) -> f64 {
        match &self.0 {
            Array::Float(a) => a.contiguous_ptr().map_or(-1.0, |(p, _)| p as usize as f64),
            _ => -1.0,
        }
    }

    pub fn repr(&self) -> String {
        print::array_repr(&self.0)
    }

    #[wasm_bindgen(js_name = toString)]
    pub fn to_string_js(&self) -> String {
        print::array_str(&self.0)
    }

    /// Basic indexing. `kinds[i]`: 0 int (`a[i]`), 1 slice (`a[i..i+3]` = start, stop, step
    /// with `i32::MIN` meaning "omitted"), 2 newaxis, 3 ellipsis.
    pub fn index(&self, kinds: &[u8], vals: &[i32]) -> JsResult<JsArray> {
        Ok(wrap(lift(self.0.index(&decode_index(kinds, vals)))?))
    }

    #[wasm_bindgen(js_name = setIndex)]
    pub fn set_index(&self, kinds: &[u8], vals: &[i32], value: &JsArray) -> JsResult<()> {
        lift(self.0.set_index(&decode_index(kinds, vals), &value.0))
    }

    #[wasm_bindgen(js_name = setIndexScalar)]
    pub fn set_index_scalar(&self, kinds: &[u8], vals: &[i32], value: f64, kind: u8) -> JsResult<()> {
        lift(self.0.set_index(&decode_index(kinds, vals), &Array::from_scalar(scalar(value, kind))))
    }

    #[wasm_bindgen(js_name = maskSelect)]
    pub fn mask_select(&self, mask: &JsArray) -> JsResult<JsArray> {
        Ok(wrap(lift(self.0.mask_select(&mask.0.to_bool()))?))
    }

    #[wasm_bindgen(js_name = maskAssign)]
    pub fn mask_assign(&self, mask: &JsArray, value: &JsArray) -> JsResult<()> {
        lift(self.0.mask_assign(&mask.0.to_bool(), &value.0))
    }

    pub fn take(&self, indices: &JsArray) -> JsResult<JsArray> {
        Ok(wrap(lift(self.0.take_axis0(&indices.0.to_int()))?))
    }
}

fn decode_index(kinds: &[u8], vals: &[i32]) -> Vec<Index> {
    let opt = |v: i32| (v != i32::MIN).then_some(v as isize);
    kinds
        .iter()
        .enumerate()
        .map(|(i, &k)| match k {
            0 => Index::Int(vals[3 * i] as isize),
            1 => Index::Slice(opt(vals[3 * i]), opt(vals[3 * i + 1]), opt(vals[3 * i + 2])),
            2 => Index::NewAxis,
            _ => Index::Ellipsis,
        })
        .collect()
}

// --- operations ------------------------------------------------------------------------------

#[wasm_bindgen]
pub fn binary(op: &str, a: &JsArray, b: &JsArray) -> JsResult<JsArray> {
    Ok(wrap(lift(ops::binary(binop(op)?, &a.0, &b.0))?))
}

/// `a op s` (or `s op a` when `scalar_left`).
#[wasm_bindgen(js_name = binaryScalar)]
pub fn binary_scalar(op: &str, a: &JsArray, value: f64, kind: u8, scalar_left: bool) -> JsResult<JsArray> {
    Ok(wrap(lift(ops::binary_scalar(binop(op)?, &a.0, scalar(value, kind), scalar_left))?))
}

/// In-place `a op= b`.
#[wasm_bindgen(js_name = binaryInplace)]
pub fn binary_inplace(op: &str, a: &JsArray, b: &JsArray) -> JsResult<()> {
    lift(ops::binary_inplace(binop(op)?, &a.0, &Operand::Array(b.0.clone())))
}

#[wasm_bindgen(js_name = binaryInplaceScalar)]
pub fn binary_inplace_scalar(op: &str, a: &JsArray, value: f64, kind: u8) -> JsResult<()> {
    lift(ops::binary_inplace(binop(op)?, &a.0, &Operand::Scalar(scalar(value, kind))))
}

#[wasm_bindgen]
pub fn unary(op: &str, a: &JsArray) -> JsResult<JsArray> {
    Ok(wrap(lift(ops::unary(unop(op)?, &a.0))?))
}

#[wasm_bindgen]
pub fn round(a: &JsArray, decimals: i32) -> JsArray {
    wrap(ops::round(&a.0, decimals))
}

#[wasm_bindgen]
pub fn where_(cond: &JsArray, x: &JsArray, y: &JsArray) -> JsResult<JsArray> {
    Ok(wrap(lift(ops::where_(&cond.0, &Operand::Array(x.0.clone()), &Operand::Array(y.0.clone())))?))
}

#[wasm_bindgen]
pub fn matmul(a: &JsArray, b: &JsArray) -> JsResult<JsArray> {
    Ok(wrap(lift(ops::matmul(&a.0, &b.0))?))
}

#[wasm_bindgen]
pub fn dot(a: &JsArray, b: &JsArray) -> JsResult<JsArray> {
    Ok(wrap(lift(ops::dot(&a.0, &b.0))?))
}

#[wasm_bindgen]
pub fn outer(a: &JsArray, b: &JsArray) -> JsResult<JsArray> {
    Ok(wrap(lift(ops::outer(&a.0, &b.0))?))
}

/// Reductions by name: sum prod mean min max ptp any all count_nonzero nansum nanmean
/// (with `axes`), var/std (with `ddof`), argmin argmax cumsum cumprod median (one axis).
#[wasm_bindgen]
pub fn reduce(name: &str, a: &JsArray, has_axis: bool, axes_: &[i32], keepdims: bool, ddof: f64) -> JsResult<JsArray> {
    let ax = axes(has_axis, axes_);
    let ax = ax.as_deref();
    let one = ax.and_then(|v| v.first().copied());
    let a = &a.0;
    let r = match name {
        "sum" => reduce::sum(a, ax, keepdims),
        "prod" => reduce::prod(a, ax, keepdims),
        "mean" => reduce::mean(a, ax, keepdims),
        "var" => reduce::var(a, ax, ddof, keepdims),
        "std" => reduce::std(a, ax, ddof, keepdims),
        "min" | "amin" => reduce::min(a, ax, keepdims),
        "max" | "amax" => reduce::max(a, ax, keepdims),
        "ptp" => reduce::ptp(a, ax, keepdims),
        "any" => reduce::any(a, ax, keepdims),
        "all" => reduce::all(a, ax, keepdims),
        "count_nonzero" => reduce::count_nonzero(a, ax, keepdims),
        "nansum" => reduce::nansum(a, ax, keepdims),
        "nanmean" => reduce::nanmean(a, ax, keepdims),
        "argmin" => reduce::argmin(a, one, keepdims),
        "argmax" => reduce::argmax(a, one, keepdims),
        "cumsum" => reduce::cumsum(a, one),
        "cumprod" => reduce::cumprod(a, one),
        "median" => reduce::median(a, one, keepdims),
        other => Err(Error::unsupported(other)),
    };
    Ok(wrap(lift(r)?))
}

#[wasm_bindgen]
pub fn percentile(a: &JsArray, q: f64, has_axis: bool, axis: i32, keepdims: bool) -> JsResult<JsArray> {
    Ok(wrap(lift(reduce::percentile(&a.0, q, has_axis.then_some(axis as isize), keepdims))?))
}

// --- creation and shape ----------------------------------------------------------------------

#[wasm_bindgen]
pub fn full(shape: &[i32], value: f64, kind: u8, dtype: u8) -> JsArray {
    wrap(creation::full(&ushape(shape), scalar(value, kind), Some(dtype_from(dtype))))
}

/// `arange(start, stop, step)`; `all_int` says whether every argument was a Python int.
#[wasm_bindgen]
pub fn arange(start: f64, stop: f64, step: f64, all_int: bool) -> JsResult<JsArray> {
    let k = if all_int { 1 } else { 2 };
    Ok(wrap(lift(creation::arange(scalar(start, k), Some(scalar(stop, k)), Some(scalar(step, k)), None))?))
}

#[wasm_bindgen]
pub fn linspace(start: f64, stop: f64, num: i32, endpoint: bool) -> JsResult<JsArray> {
    Ok(wrap(lift(creation::linspace(start, stop, num as i64, endpoint, None))?))
}

#[wasm_bindgen]
pub fn eye(n: usize, m: i32, k: i32, dtype: u8) -> JsArray {
    wrap(creation::eye(n, (m >= 0).then_some(m as usize), k as isize, dtype_from(dtype)))
}

#[wasm_bindgen]
pub fn diag(v: &JsArray, k: i32) -> JsResult<JsArray> {
    Ok(wrap(lift(creation::diag(&v.0, k as isize))?))
}

#[wasm_bindgen]
pub fn tile(a: &JsArray, reps: &[i32]) -> JsArray {
    wrap(creation::tile(&a.0, &ushape(reps)))
}

#[wasm_bindgen]
pub fn repeat(a: &JsArray, repeats: &[f64], has_axis: bool, axis: i32) -> JsResult<JsArray> {
    let reps: Vec<i64> = repeats.iter().map(|&r| r as i64).collect();
    Ok(wrap(lift(creation::repeat(&a.0, &reps, has_axis.then_some(axis as isize)))?))
}

#[wasm_bindgen]
pub fn reshape(a: &JsArray, shape: &[i32]) -> JsResult<JsArray> {
    let s: Vec<isize> = shape.iter().map(|&d| d as isize).collect();
    Ok(wrap(lift(shape::reshape(&a.0, &s))?))
}

#[wasm_bindgen]
pub fn ravel(a: &JsArray) -> JsArray {
    wrap(shape::ravel(&a.0))
}

#[wasm_bindgen]
pub fn transpose(a: &JsArray, has_axes: bool, axes_: &[i32]) -> JsResult<JsArray> {
    let ax = axes(has_axes, axes_);
    Ok(wrap(lift(shape::transpose(&a.0, ax.as_deref()))?))
}

#[wasm_bindgen]
pub fn swapaxes(a: &JsArray, i: i32, j: i32) -> JsResult<JsArray> {
    Ok(wrap(lift(shape::swapaxes(&a.0, i as isize, j as isize))?))
}

#[wasm_bindgen(js_name = expandDims)]
pub fn expand_dims(a: &JsArray, axes_: &[i32]) -> JsResult<JsArray> {
    let ax: Vec<isize> = axes_.iter().map(|&x| x as isize).collect();
    Ok(wrap(lift(shape::expand_dims(&a.0, &ax))?))
}

#[wasm_bindgen]
pub fn squeeze(a: &JsArray, has_axis: bool, axes_: &[i32]) -> JsResult<JsArray> {
    let ax = axes(has_axis, axes_);
    Ok(wrap(lift(shape::squeeze(&a.0, ax.as_deref()))?))
}

thread_local! {
    /// Arrays collected for a multi-array call (`concatenate`, `stack`, `meshgrid`, ...).
    static ARGS: RefCell<Vec<Array>> = const { RefCell::new(Vec::new()) };
    /// Results of multi-result calls (`split`, `meshgrid`), taken one by one.
    static RESULTS: RefCell<Vec<Array>> = const { RefCell::new(Vec::new()) };
    static LEGACY: RefCell<Option<RandomState>> = const { RefCell::new(None) };
}

/// Pushes an argument for the next multi-array call.
#[wasm_bindgen(js_name = pushArg)]
pub fn push_arg(a: &JsArray) {
    ARGS.with(|v| v.borrow_mut().push(a.0.clone()));
}

fn take_args() -> Vec<Array> {
    ARGS.with(|v| std::mem::take(&mut *v.borrow_mut()))
}

/// Calls a function on the pushed arguments: concatenate, stack, vstack, hstack,
/// column_stack (one result) or meshgrid_xy/meshgrid_ij (results via `takeResult`).
#[wasm_bindgen(js_name = callArgs)]
pub fn call_args(name: &str, has_axis: bool, axis: i32) -> JsResult<JsArray> {
    let args = take_args();
    let ax = has_axis.then_some(axis as isize);
    let r = match name {
        "concatenate" => shape::concatenate(&args, ax),
        "stack" => shape::stack(&args, ax.unwrap_or(0)),
        "vstack" => shape::vstack(&args),
        "hstack" => shape::hstack(&args),
        "column_stack" => shape::column_stack(&args),
        "meshgrid_xy" | "meshgrid_ij" => {
            let out = creation::meshgrid(&args, name == "meshgrid_xy");
            let n = out.len();
            RESULTS.with(|r| *r.borrow_mut() = out);
            Ok(Array::from_i64(vec![], vec![n as i64]))
        }
        other => Err(Error::unsupported(other)),
    };
    Ok(wrap(lift(r)?))
}

/// `np.split`/`np.array_split`: returns the number of parts; take them with `takeResult`.
#[wasm_bindgen]
pub fn split(a: &JsArray, sections: i32, indices: &[i32], axis: i32, equal: bool) -> JsResult<usize> {
    let how = if sections > 0 {
        shape::Split::Sections(sections as usize)
    } else {
        shape::Split::Indices(indices.iter().map(|&i| i as isize).collect())
    };
    let parts = lift(shape::split(&a.0, &how, axis as isize, equal))?;
    let n = parts.len();
    RESULTS.with(|r| *r.borrow_mut() = parts);
    Ok(n)
}

/// The `i`-th result of the last multi-result call.
#[wasm_bindgen(js_name = takeResult)]
pub fn take_result(i: usize) -> JsArray {
    wrap(RESULTS.with(|r| r.borrow()[i].clone()))
}

// --- linalg ----------------------------------------------------------------------------------

#[wasm_bindgen(js_name = linalg)]
pub fn linalg_call(name: &str, a: &JsArray, b: Option<JsArray>) -> JsResult<JsArray> {
    let r = match (name, b) {
        ("det", _) => linalg::det(&a.0),
        ("inv", _) => linalg::inv(&a.0),
        ("trace", _) => linalg::trace(&a.0),
        ("norm", _) => linalg::norm(&a.0, None),
        ("solve", Some(b)) => linalg::solve(&a.0, &b.0),
        ("lstsq", Some(b)) => linalg::lstsq(&a.0, &b.0),
        (other, _) => Err(Error::unsupported(&format!("linalg.{other}"))),
    };
    Ok(wrap(lift(r)?))
}

// --- printing --------------------------------------------------------------------------------

/// `repr()` of a NumPy scalar: `np.float64(1.5)`.
#[wasm_bindgen(js_name = scalarRepr)]
pub fn scalar_repr(value: f64, kind: u8) -> String {
    print::scalar_repr(scalar(value, kind))
}

/// `str()` of a NumPy scalar: `1.5`.
#[wasm_bindgen(js_name = scalarStr)]
pub fn scalar_str(value: f64, kind: u8) -> String {
    print::scalar_str(scalar(value, kind))
}

#[wasm_bindgen(js_name = setPrintOptions)]
pub fn set_printoptions(
    precision: i32,
    suppress: i32,
    threshold: i32,
    edgeitems: i32,
    linewidth: i32,
    floatmode: &str,
) {
    let mut o = print::get_printoptions();
    if precision >= 0 {
        o.precision = precision as usize;
    }
    if suppress >= 0 {
        o.suppress = suppress != 0;
    }
    if threshold >= 0 {
        o.threshold = threshold as usize;
    }
    if edgeitems >= 0 {
        o.edgeitems = edgeitems as usize;
    }
    if linewidth >= 0 {
        o.linewidth = linewidth as usize;
    }
    if let Some(m) = FloatMode::parse(floatmode) {
        o.floatmode = m;
    }
    print::set_printoptions(o);
}

// --- random ----------------------------------------------------------------------------------

fn with_legacy<R>(f: impl FnOnce(&mut RandomState) -> R) -> R {
    LEGACY.with(|s| {
        let mut s = s.borrow_mut();
        let st = s.get_or_insert_with(|| {
            let seed = (js_sys::Math::random() * 4_294_967_295.0) as i64;
            RandomState::new(seed).expect("in range")
        });
        f(st)
    })
}

/// `np.random.seed(n)`.
#[wasm_bindgen(js_name = randomSeed)]
pub fn random_seed(seed: f64) -> JsResult<()> {
    let st = lift(RandomState::new(seed as i64))?;
    LEGACY.with(|s| *s.borrow_mut() = Some(st));
    Ok(())
}

fn f64_array(shape: &[i32], v: Vec<f64>) -> JsArray {
    wrap(Array::from_f64(ushape(shape), v))
}

/// Legacy float draws by name: rand/random/random_sample, randn/standard_normal,
/// normal(a=loc, b=scale), uniform(a=low, b=high).
#[wasm_bindgen(js_name = randomFloats)]
pub fn random_floats(name: &str, shape: &[i32], a: f64, b: f64) -> JsResult<JsArray> {
    let n = ushape(shape).iter().product();
    let v = with_legacy(|r| match name {
        "rand" | "random" | "random_sample" => Ok(r.random(n)),
        "randn" | "standard_normal" => Ok(r.standard_normal(n)),
        "normal" => r.normal(a, b, n),
        "uniform" => r.uniform(a, b, n),
        other => Err(Error::unsupported(&format!("random.{other}"))),
    });
    Ok(f64_array(shape, lift(v)?))
}

#[wasm_bindgen(js_name = randomRandint)]
pub fn random_randint(low: f64, high: f64, shape: &[i32]) -> JsResult<JsArray> {
    let n = ushape(shape).iter().product();
    let v = lift(with_legacy(|r| r.randint(low as i64, high as i64, n)))?;
    Ok(wrap(Array::from_i64(ushape(shape), v)))
}

/// Legacy `choice` of indices into a population of `pop` (`p` empty = uniform).
#[wasm_bindgen(js_name = randomChoice)]
pub fn random_choice(pop: usize, size: usize, replace: bool, p: &[f64]) -> JsResult<JsArray> {
    let p = (!p.is_empty()).then_some(p);
    let v = lift(with_legacy(|r| r.choice(pop, size, replace, p)))?;
    Ok(wrap(Array::from_i64(vec![v.len()], v)))
}

#[wasm_bindgen(js_name = randomShuffle)]
pub fn random_shuffle(a: &JsArray) -> JsResult<()> {
    lift(with_legacy(|r| r.shuffle(&a.0)))
}

#[wasm_bindgen(js_name = randomPermutation)]
pub fn random_permutation(n: usize) -> JsArray {
    let v = with_legacy(|r| r.permutation(n));
    wrap(Array::from_i64(vec![n], v))
}

/// `np.random.default_rng(seed)`.
#[wasm_bindgen]
pub struct JsGenerator(Generator);

#[wasm_bindgen]
impl JsGenerator {
    /// A seeded generator; a negative seed means "from JS entropy".
    #[wasm_bindgen(constructor)]
    pub fn new(seed: f64) -> JsGenerator {
        let s = if seed < 0.0 { (js_sys::Math::random() * 9_007_199_254_740_992.0) as u128 } else { seed as u128 };
        JsGenerator(Generator::new(s))
    }

    /// random/standard_normal/normal(a, b)/uniform(a, b).
    pub fn floats(&mut self, name: &str, shape: &[i32], a: f64, b: f64) -> JsResult<JsArray> {
        let n = ushape(shape).iter().product();
        let v = match name {
            "random" => Ok(self.0.random(n)),
            "standard_normal" => Ok(self.0.standard_normal(n)),
            "normal" => self.0.normal(a, b, n),
            "uniform" => self.0.uniform(a, b, n),
            other => Err(Error::unsupported(&format!("random.Generator.{other}"))),
        };
        Ok(f64_array(shape, lift(v)?))
    }

    pub fn integers(&mut self, low: f64, high: f64, shape: &[i32]) -> JsResult<JsArray> {
        let n = ushape(shape).iter().product();
        let v = lift(self.0.integers(low as i64, high as i64, n))?;
        Ok(wrap(Array::from_i64(ushape(shape), v)))
    }

    pub fn choice(&mut self, pop: usize, size: usize, replace: bool, p: &[f64]) -> JsResult<JsArray> {
        let p = (!p.is_empty()).then_some(p);
        let v = lift(self.0.choice(pop, size, replace, p))?;
        Ok(wrap(Array::from_i64(vec![v.len()], v)))
    }

    pub fn shuffle(&mut self, a: &JsArray) -> JsResult<()> {
        lift(self.0.shuffle(&a.0))
    }

    pub fn permutation(&mut self, n: usize) -> JsArray {
        let v = self.0.permutation(n);
        wrap(Array::from_i64(vec![n], v))
    }
}

/// Fast scalar element access for compiled loops over 1-D float arrays goes through the
/// zero-copy `Float64Array` view (`f64Ptr`); these are the slow, general fallbacks.
#[wasm_bindgen(js_name = getItem)]
pub fn get_item(a: &JsArray, i: usize) -> f64 {
    a.get_flat(i)
}

#[wasm_bindgen(js_name = itemKind)]
pub fn item_kind(a: &JsArray) -> u8 {
    dtype_code(a.0.dtype())
}
