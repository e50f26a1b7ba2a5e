//! The JS <-> WASM boundary: the only module that uses `wasm-bindgen`.
//!
//! The kernels are a **stateless library** for the JS side (`stdlib-shims/numpy/_core.mjs`),
//! which owns every array as GC-managed JS typed arrays. Nothing here outlives a call except
//! the print options and random generator states, so JS never has to `.free()` anything.
//!
//! Conventions:
//! - An input array crosses as `(dtype, shape, data)`: dtype 0 = bool, 1 = int64,
//!   2 = float64; `shape` an `Int32Array`; `data` the elements in C order as a `Float64Array`
//!   (ints exact up to 2**53, bools 0/1). wasm-bindgen copies it in and frees it afterwards.
//! - An array result is one `Float64Array`, packed as `[dtype, ndim, ...shape, ...data]`.
//! - Several array results (`eigh`, `qr`, ...) are the packed arrays one after the other.
//! - Python scalars cross as `(value: f64, kind: u8)` with the dtype codes above.
//! - "No axis" is an empty axes slice plus `has_axis = false`.
//! - Every fallible call returns `Result<_, JsValue>`: a JS `Error` whose `name` is the Python
//!   exception class (`ValueError`, `TypeError`, `IndexError`, `AxisError`, `LinAlgError`,
//!   `NotImplementedError`) and whose `message` is NumPy's text.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;

use crate::array::Array;
use crate::dtype::{DType, Scalar};
use crate::error::Error;
use crate::print::{self, FloatMode};
use crate::random::{Generator, RandomState};
use crate::{creation, linalg, ops, reduce};

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

fn dtype_code(d: DType) -> f64 {
    match d {
        DType::Bool => 0.0,
        DType::Int64 => 1.0,
        DType::Float64 => 2.0,
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

/// The array `(dtype, shape, data)` from JS.
fn input(dtype: u8, shape: &[i32], data: &[f64]) -> Array {
    let shape = ushape(shape);
    match dtype_from(dtype) {
        DType::Bool => Array::from_bool(shape, data.iter().map(|&x| x != 0.0).collect()),
        DType::Int64 => Array::from_i64(shape, data.iter().map(|&x| x as i64).collect()),
        DType::Float64 => Array::from_f64(shape, data.to_vec()),
    }
}

/// Appends `[dtype, ndim, ...shape, ...data]` to `out`.
fn pack_into(a: &Array, out: &mut Vec<f64>) {
    out.push(dtype_code(a.dtype()));
    out.push(a.ndim() as f64);
    out.extend(a.shape().iter().map(|&d| d as f64));
    match a {
        Array::Float(x) => out.extend(x.to_vec()),
        Array::Int(x) => out.extend(x.to_vec().into_iter().map(|v| v as f64)),
        Array::Bool(x) => out.extend(x.to_vec().into_iter().map(|v| if v { 1.0 } else { 0.0 })),
    }
}

fn pack(a: &Array) -> Vec<f64> {
    let mut out = Vec::with_capacity(2 + a.ndim() + a.size());
    pack_into(a, &mut out);
    out
}

fn pack_all(arrays: &[Array]) -> Vec<f64> {
    let mut out = vec![];
    for a in arrays {
        pack_into(a, &mut out);
    }
    out
}

fn packed(r: crate::Result<Array>) -> JsResult<Vec<f64>> {
    Ok(pack(&lift(r)?))
}

// --- printing --------------------------------------------------------------------------------

/// `repr(a)`.
#[wasm_bindgen]
pub fn repr(dtype: u8, shape: &[i32], data: &[f64]) -> String {
    print::array_repr(&input(dtype, shape, data))
}

/// `str(a)` / `print(a)`.
#[wasm_bindgen]
pub fn str(dtype: u8, shape: &[i32], data: &[f64]) -> String {
    print::array_str(&input(dtype, shape, data))
}

/// `np.array2string(a, precision=, separator=, prefix=, suppress_small=)`; negative
/// `precision`/`suppress` mean "the global option".
#[wasm_bindgen]
pub fn array2string(
    dtype: u8,
    shape: &[i32],
    data: &[f64],
    precision: i32,
    suppress: i32,
    separator: &str,
    prefix: &str,
) -> String {
    let mut o = print::get_printoptions();
    if precision >= 0 {
        o.precision = precision as usize;
    }
    if suppress >= 0 {
        o.suppress = suppress != 0;
    }
    print::array2string(&input(dtype, shape, data), &o, separator, prefix, 0)
}

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

/// `np.set_printoptions`: negative numbers (and an unknown floatmode) leave an option as is.
#[wasm_bindgen(js_name = setPrintOptions)]
pub fn set_printoptions(
    precision: i32,
    suppress: i32,
    threshold: i32,
    edgeitems: i32,
    linewidth: i32,
    floatmode: &str,
    sign: &str,
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
    if let Some(c @ ('-' | '+' | ' ')) = sign.chars().next() {
        o.sign = c;
    }
    print::set_printoptions(o);
}

/// `[precision, suppress, threshold, edgeitems, linewidth, sign]` of the current print options
/// (`sign` as its character code).
#[wasm_bindgen(js_name = getPrintOptions)]
pub fn get_printoptions() -> Vec<f64> {
    let o = print::get_printoptions();
    vec![
        o.precision as f64,
        o.suppress as u8 as f64,
        o.threshold as f64,
        o.edgeitems as f64,
        o.linewidth as f64,
        u32::from(o.sign) as f64,
    ]
}

/// Dragon4's spelling of nan/inf (no padding; `sign` adds `+` to inf only).
fn non_finite(x: f64, sign: bool) -> String {
    if x.is_nan() {
        "nan".into()
    } else if x < 0.0 {
        "-inf".into()
    } else if sign {
        "+inf".into()
    } else {
        "inf".into()
    }
}

fn trim_arg(trim: &str) -> Option<print::Trim> {
    Some(match trim {
        "k" => print::Trim::Keep,
        "." => print::Trim::Dot,
        "0" => print::Trim::Zero,
        "-" => print::Trim::DotZeros,
        _ => return None,
    })
}

/// `np.format_float_positional(x, precision, unique, fractional=True, trim, sign, pad_left,
/// pad_right, min_digits)`; a negative `precision` is None, negative pads are 0. The caller
/// checks the arguments (an unknown `trim` gives "").
#[wasm_bindgen(js_name = formatFloatPositional)]
#[allow(clippy::too_many_arguments)]
pub fn format_float_positional(
    x: f64,
    precision: i32,
    unique: bool,
    trim: &str,
    sign: bool,
    pad_left: i32,
    pad_right: i32,
    min_digits: i32,
) -> String {
    let Some(trim) = trim_arg(trim) else { return String::new() };
    if !x.is_finite() {
        return non_finite(x, sign);
    }
    let precision = usize::try_from(precision).ok();
    let min_digits = usize::try_from(min_digits).unwrap_or(0);
    print::format_float_positional(
        x,
        precision,
        min_digits,
        unique,
        trim,
        sign,
        usize::try_from(pad_left).unwrap_or(0),
        usize::try_from(pad_right).unwrap_or(0),
    )
}

/// `np.format_float_scientific(x, precision, unique, trim, sign, pad_left, exp_digits,
/// min_digits)`, the same conventions as `formatFloatPositional`.
#[wasm_bindgen(js_name = formatFloatScientific)]
#[allow(clippy::too_many_arguments)]
pub fn format_float_scientific(
    x: f64,
    precision: i32,
    unique: bool,
    trim: &str,
    sign: bool,
    pad_left: i32,
    exp_digits: i32,
    min_digits: i32,
) -> String {
    let Some(trim) = trim_arg(trim) else { return String::new() };
    if !x.is_finite() {
        return non_finite(x, sign);
    }
    print::format_float_scientific(
        x,
        usize::try_from(precision).ok(),
        usize::try_from(min_digits).unwrap_or(0),
        unique,
        trim,
        sign,
        usize::try_from(pad_left).unwrap_or(0),
        usize::try_from(exp_digits).unwrap_or(0),
    )
}

// --- reductions ------------------------------------------------------------------------------

/// Reductions, one export per operation (`reduce_sum`, `reduce_var`, ...) so that a program's
/// wasm keeps only the ones its JS can call (the compiler's `wasm_dce.rs`): sum prod mean min
/// max ptp any all count_nonzero nansum nanmean (with `axes`), var/std (with `ddof`), argmin
/// argmax cumsum cumprod median (one axis). The JS side calls them as `K["reduce_" + name]`.
macro_rules! reductions {
    ($($name:ident => |$a:ident, $ax:ident, $one:ident, $kd:ident, $ddof:ident| $body:expr;)*) => {$(
        #[allow(clippy::too_many_arguments, unused_variables)]
        #[wasm_bindgen]
        pub fn $name(
            dtype: u8,
            shape: &[i32],
            data: &[f64],
            has_axis: bool,
            axes_: &[i32],
            $kd: bool,
            $ddof: f64,
        ) -> JsResult<Vec<f64>> {
            let $a = &input(dtype, shape, data);
            let ax = axes(has_axis, axes_);
            let $ax = ax.as_deref();
            let $one = $ax.and_then(|v| v.first().copied());
            packed($body)
        }
    )*};
}

reductions! {
    reduce_sum => |a, ax, one, kd, ddof| reduce::sum(a, ax, kd);
    reduce_prod => |a, ax, one, kd, ddof| reduce::prod(a, ax, kd);
    reduce_mean => |a, ax, one, kd, ddof| reduce::mean(a, ax, kd);
    reduce_var => |a, ax, one, kd, ddof| reduce::var(a, ax, ddof, kd);
    reduce_std => |a, ax, one, kd, ddof| reduce::std(a, ax, ddof, kd);
    reduce_min => |a, ax, one, kd, ddof| reduce::min(a, ax, kd);
    reduce_max => |a, ax, one, kd, ddof| reduce::max(a, ax, kd);
    reduce_ptp => |a, ax, one, kd, ddof| reduce::ptp(a, ax, kd);
    reduce_any => |a, ax, one, kd, ddof| reduce::any(a, ax, kd);
    reduce_all => |a, ax, one, kd, ddof| reduce::all(a, ax, kd);
    reduce_count_nonzero => |a, ax, one, kd, ddof| reduce::count_nonzero(a, ax, kd);
    reduce_nansum => |a, ax, one, kd, ddof| reduce::nansum(a, ax, kd);
    reduce_nanmean => |a, ax, one, kd, ddof| reduce::nanmean(a, ax, kd);
    reduce_argmin => |a, ax, one, kd, ddof| reduce::argmin(a, one, kd);
    reduce_argmax => |a, ax, one, kd, ddof| reduce::argmax(a, one, kd);
    reduce_cumsum => |a, ax, one, kd, ddof| reduce::cumsum(a, one);
    reduce_cumprod => |a, ax, one, kd, ddof| reduce::cumprod(a, one);
    reduce_median => |a, ax, one, kd, ddof| reduce::median(a, one, kd);
}

/// `np.percentile(a, q, axis)`.
#[wasm_bindgen]
pub fn percentile(
    dtype: u8,
    shape: &[i32],
    data: &[f64],
    q: f64,
    has_axis: bool,
    axis: i32,
    keepdims: bool,
) -> JsResult<Vec<f64>> {
    packed(reduce::percentile(&input(dtype, shape, data), q, has_axis.then_some(axis as isize), keepdims))
}

/// NumPy's pairwise sum of contiguous float64 data.
#[wasm_bindgen(js_name = pairwiseSum)]
pub fn pairwise_sum(data: &[f64]) -> f64 {
    reduce::pairwise_sum(data)
}

// --- creation --------------------------------------------------------------------------------

/// `arange(start, stop, step)`; `all_int` says whether every argument was a Python int.
#[wasm_bindgen]
pub fn arange(start: f64, stop: f64, step: f64, all_int: bool) -> JsResult<Vec<f64>> {
    let k = if all_int { 1 } else { 2 };
    packed(creation::arange(scalar(start, k), Some(scalar(stop, k)), Some(scalar(step, k)), None))
}

#[wasm_bindgen]
pub fn linspace(start: f64, stop: f64, num: i32, endpoint: bool) -> JsResult<Vec<f64>> {
    packed(creation::linspace(start, stop, num as i64, endpoint, None))
}

// --- products and linalg ---------------------------------------------------------------------

#[wasm_bindgen]
pub fn matmul(da: u8, sa: &[i32], a: &[f64], db: u8, sb: &[i32], b: &[f64]) -> JsResult<Vec<f64>> {
    packed(ops::matmul(&input(da, sa, a), &input(db, sb, b)))
}

/// `a @ b` for float64 matrices `a` (`n x k`) and `b` (`k x m`), each C-ordered or, with
/// `a_t`/`b_t`, Fortran-ordered (the C-ordered data of its transpose): the product alone,
/// without the general `matmul`'s array conversions; the result's data.
#[wasm_bindgen(js_name = matmulF64)]
pub fn matmul_f64(a: &[f64], a_t: bool, b: &[f64], b_t: bool, n: usize, k: usize, m: usize) -> Vec<f64> {
    ops::matmul_f64_t(a, a_t, b, b_t, n, k, m)
}

/// `np.sin` (`cosine` false) / `np.cos` of float64 data in place (`trig.rs`); arguments of
/// magnitude 105414350 and above, infinities and NaN stay unchanged for the JS side. Returns
/// how many did.
/// The sin/cos table `trig.rs` needs (`_libm.mjs::sinCosTable`), before the first `sinCosF64`.
#[wasm_bindgen(js_name = sinCosSetTable)]
pub fn sin_cos_set_table(t: &[f64]) {
    crate::trig::set_table(t)
}

#[wasm_bindgen(js_name = sinCosHasTable)]
pub fn sin_cos_has_table() -> bool {
    crate::trig::has_table()
}

#[wasm_bindgen(js_name = sinCosF64)]
pub fn sin_cos_f64(x: &mut [f64], cosine: bool) -> u32 {
    crate::trig::sin_cos_in_place(x, cosine) as u32
}

/// `a @ b` of C-ordered `n x k` and `k x m` blocks of dtype `dtype` (`numpy/linalg.mjs`
/// broadcasts, promotes, checks shapes and raises NumPy's errors itself): the kernel NumPy
/// programs' products use, which reaches none of the generic array code `matmul`/`dot` do.
#[wasm_bindgen(js_name = matmulBlock)]
pub fn matmul_block(dtype: u8, n: u32, k: u32, m: u32, a: &[f64], b: &[f64]) -> Vec<f64> {
    ops::mat_product_data(dtype_from(dtype), a, b, n as usize, k as usize, m as usize)
}

#[wasm_bindgen]
pub fn dot(da: u8, sa: &[i32], a: &[f64], db: u8, sb: &[i32], b: &[f64]) -> JsResult<Vec<f64>> {
    packed(ops::dot_arrays(&input(da, sa, a), &input(db, sb, b)))
}

/// `np.linalg.inv` of a C-ordered float64 `n x n` matrix, `n >= 32` (`numpy/linalg.mjs`'s
/// fast path: the data crosses once each way, the factorization cache keeps it as it is).
#[wasm_bindgen(js_name = linalgInvF64)]
pub fn linalg_inv_f64(a: Vec<f64>, n: u32) -> JsResult<Vec<f64>> {
    lift(linalg::inv_f64(a, n as usize))
}

/// `np.linalg.solve` of a C-ordered float64 `n x n` matrix (`n >= 32`) and `n x k` float64
/// right-hand sides (C order; `k` 1 for a vector), as `linalgInvF64`.
#[wasm_bindgen(js_name = linalgSolveF64)]
pub fn linalg_solve_f64(a: Vec<f64>, n: u32, b: Vec<f64>, k: u32) -> JsResult<Vec<f64>> {
    lift(linalg::solve_f64(a, n as usize, b, k as usize))
}

/// `np.linalg` kernels, one export per operation (`linalg_inv`, `linalg_solve`, ...; the JS
/// side calls `K["linalg_" + name]`), each taking `(a[, b])` (b empty when unused). Several
/// results (lu_diag, qr, eigh, eig) are packed one after the other.
macro_rules! linalg_ops {
    ($($name:ident => |$x:ident, $y:ident| $body:expr;)*) => {$(
        #[allow(unused_variables)]
        #[wasm_bindgen]
        pub fn $name(da: u8, sa: &[i32], a: &[f64], db: u8, sb: &[i32], b: &[f64]) -> JsResult<Vec<f64>> {
            let $x = &input(da, sa, a);
            let $y = || input(db, sb, b);
            $body
        }
    )*};
}

linalg_ops! {
    linalg_inv => |x, y| packed(linalg::inv(x));
    linalg_solve => |x, y| packed(linalg::solve(x, &y()));
    linalg_lstsq => |x, y| packed(linalg::lstsq(x, &y()));
    linalg_cholesky => |x, y| packed(linalg::cholesky(x));
    linalg_lu_diag => |x, y| {
        let (s, d) = lift(linalg::lu_diag(x))?;
        let n = d.len();
        Ok(pack_all(&[Array::from_f64(vec![], vec![s]), Array::from_f64(vec![n], d)]))
    };
    linalg_qr => |x, y| {
        let (q, r) = lift(linalg::qr(x))?;
        Ok(pack_all(&[q, r]))
    };
    linalg_eigh => |x, y| {
        let (w, v) = lift(linalg::eigh_uplo(x, true))?;
        Ok(pack_all(&[w, v]))
    };
    linalg_eigh_u => |x, y| {
        let (w, v) = lift(linalg::eigh_uplo(x, false))?;
        Ok(pack_all(&[w, v]))
    };
    linalg_eigvals => |x, y| packed(linalg::eigvals(x));
    linalg_eigvalsh => |x, y| packed(linalg::eigvalsh(x, true));
    linalg_eigvalsh_u => |x, y| packed(linalg::eigvalsh(x, false));
    linalg_svd => |x, y| {
        let (u, s, vt) = lift(crate::svd::svd(x, true))?;
        Ok(pack_all(&[u, s, vt]))
    };
    linalg_svd_r => |x, y| {
        let (u, s, vt) = lift(crate::svd::svd(x, false))?;
        Ok(pack_all(&[u, s, vt]))
    };
    linalg_eig => |x, y| {
        let (w, v) = lift(linalg::eig(x))?;
        Ok(pack_all(&[w, v]))
    };
}

// --- random ----------------------------------------------------------------------------------

thread_local! {
    static LEGACY: RefCell<Option<RandomState>> = const { RefCell::new(None) };
    /// `RandomState` instances' states while they are not swapped in (`randomStateSwap`).
    static STATES: RefCell<Vec<Option<RandomState>>> = const { RefCell::new(Vec::new()) };
    /// `default_rng` generators by id (small, and a program makes few: never freed).
    static GENERATORS: RefCell<Vec<Generator>> = const { RefCell::new(Vec::new()) };
}

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

/// `np.random.RandomState(seed)`: a slot id for `randomStateSwap` (never freed; a program makes few).
#[wasm_bindgen(js_name = randomStateNew)]
pub fn random_state_new(seed: f64) -> JsResult<u32> {
    let st = lift(RandomState::new(seed as i64))?;
    STATES.with(|v| {
        let mut v = v.borrow_mut();
        v.push(Some(st));
        Ok((v.len() - 1) as u32)
    })
}

/// Swaps slot `id` with the global legacy state: a `RandomState` method swaps its state in,
/// draws through the legacy kernels, and swaps it back out.
#[wasm_bindgen(js_name = randomStateSwap)]
pub fn random_state_swap(id: u32) {
    STATES.with(|v| LEGACY.with(|s| std::mem::swap(&mut v.borrow_mut()[id as usize], &mut *s.borrow_mut())))
}

/// `np.random.get_state()`: 624 key words, pos, has_gauss, cached gaussian.
#[wasm_bindgen(js_name = randomGetState)]
pub fn random_get_state() -> Vec<f64> {
    with_legacy(|r| r.get_state())
}

/// `np.random.set_state(state)` (the shim checks the tuple).
#[wasm_bindgen(js_name = randomSetState)]
pub fn random_set_state(s: &[f64]) {
    with_legacy(|r| r.set_state(s))
}

/// Legacy float draws by name: rand/random/random_sample, randn/standard_normal,
/// normal(a=loc, b=scale), uniform(a=low, b=high).
#[wasm_bindgen(js_name = randomFloats)]
pub fn random_floats(name: &str, n: usize, a: f64, b: f64) -> JsResult<Vec<f64>> {
    lift(with_legacy(|r| match name {
        "rand" | "random" | "random_sample" => Ok(r.random(n)),
        "randn" | "standard_normal" => Ok(r.standard_normal(n)),
        "normal" => r.normal(a, b, n),
        "uniform" => r.uniform(a, b, n),
        other => Err(Error::unsupported(&format!("random.{other}"))),
    }))
}

fn ints(v: Vec<i64>) -> Vec<f64> {
    v.into_iter().map(|x| x as f64).collect()
}

#[wasm_bindgen(js_name = randomRandint)]
pub fn random_randint(low: f64, high: f64, n: usize) -> JsResult<Vec<f64>> {
    Ok(ints(lift(with_legacy(|r| r.randint(low as i64, high as i64, n)))?))
}

/// Legacy `choice` of indices into a population of `pop` (`p` empty = uniform).
#[wasm_bindgen(js_name = randomChoice)]
pub fn random_choice(pop: usize, size: usize, replace: bool, p: &[f64]) -> JsResult<Vec<f64>> {
    let p = (!p.is_empty()).then_some(p);
    Ok(ints(lift(with_legacy(|r| r.choice(pop, size, replace, p)))?))
}

/// The row order legacy `shuffle` gives an array of `n` rows.
#[wasm_bindgen(js_name = randomShuffle)]
pub fn random_shuffle(n: usize) -> JsResult<Vec<f64>> {
    let a = Array::from_i64(vec![n], (0..n as i64).collect());
    lift(with_legacy(|r| r.shuffle(&a)))?;
    Ok(ints(a.to_int().to_vec()))
}

#[wasm_bindgen(js_name = randomPermutation)]
pub fn random_permutation(n: usize) -> Vec<f64> {
    ints(with_legacy(|r| r.permutation(n)))
}

/// The ziggurat tables (`random::ziggurat::set_tables`), passed in by `numpy/random.mjs`
/// before its first generator, so that programs without `default_rng` do not download them.
#[wasm_bindgen(js_name = rngSetZiggurat)]
pub fn rng_set_ziggurat(bytes: &[u8]) {
    crate::random::ziggurat::set_tables(bytes)
}

#[wasm_bindgen(js_name = rngHasZiggurat)]
pub fn rng_has_ziggurat() -> bool {
    crate::random::ziggurat::has_tables()
}

/// `np.random.default_rng(seed)`: a generator id. A negative seed means "from JS entropy".
#[wasm_bindgen(js_name = rngNew)]
pub fn rng_new(seed: f64) -> u32 {
    let s = if seed < 0.0 { (js_sys::Math::random() * 9_007_199_254_740_992.0) as u128 } else { seed as u128 };
    GENERATORS.with(|g| {
        let mut g = g.borrow_mut();
        g.push(Generator::new(s));
        (g.len() - 1) as u32
    })
}

fn with_rng<R>(id: u32, f: impl FnOnce(&mut Generator) -> R) -> R {
    GENERATORS.with(|g| f(&mut g.borrow_mut()[id as usize]))
}

/// random/standard_normal/normal(a, b)/uniform(a, b)/exponential(a).
#[wasm_bindgen(js_name = rngFloats)]
pub fn rng_floats(id: u32, name: &str, n: usize, a: f64, b: f64) -> JsResult<Vec<f64>> {
    lift(with_rng(id, |g| match name {
        "random" => Ok(g.random(n)),
        "standard_normal" => Ok(g.standard_normal(n)),
        "normal" => g.normal(a, b, n),
        "uniform" => g.uniform(a, b, n),
        "exponential" => g.exponential(a, n),
        other => Err(Error::unsupported(&format!("random.Generator.{other}"))),
    }))
}

#[wasm_bindgen(js_name = rngIntegers)]
pub fn rng_integers(id: u32, low: f64, high: f64, n: usize) -> JsResult<Vec<f64>> {
    Ok(ints(lift(with_rng(id, |g| g.integers(low as i64, high as i64, n)))?))
}

#[wasm_bindgen(js_name = rngChoice)]
pub fn rng_choice(id: u32, pop: usize, size: usize, replace: bool, p: &[f64]) -> JsResult<Vec<f64>> {
    let p = (!p.is_empty()).then_some(p);
    Ok(ints(lift(with_rng(id, |g| g.choice(pop, size, replace, p)))?))
}

#[wasm_bindgen(js_name = rngShuffle)]
pub fn rng_shuffle(id: u32, n: usize) -> JsResult<Vec<f64>> {
    let a = Array::from_i64(vec![n], (0..n as i64).collect());
    lift(with_rng(id, |g| g.shuffle(&a)))?;
    Ok(ints(a.to_int().to_vec()))
}

/// One `random_interval(max)` draw of generator `id` (uniform in `0..=max`, masked rejection).
#[wasm_bindgen(js_name = rngInterval)]
pub fn rng_interval(id: u32, max: f64) -> f64 {
    with_rng(id, |g| g.interval(max as u64)) as f64
}

#[wasm_bindgen(js_name = rngPermutation)]
pub fn rng_permutation(id: u32, n: usize) -> Vec<f64> {
    ints(with_rng(id, |g| g.permutation(n)))
}
