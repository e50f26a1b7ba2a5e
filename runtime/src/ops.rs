//! Elementwise operations with NumPy broadcasting and semantics: arithmetic
//! (`+ - * / // % **`, with NumPy's floor division and modulo, float division by zero giving
//! inf/nan, integer division by zero giving 0), comparisons, bitwise/logical `& | ^ ~`, unary
//! ufuncs, `round` (half to even), `clip`, `maximum`/`minimum` (NaN-propagating), `where`,
//! and `dot`/`matmul` for 1-D and 2-D operands.

use ndarray::{ArrayViewMutD, IxDyn, Zip};

use crate::array::{broadcast_shapes, Array, NdArray};
use crate::dtype::{DType, Element, Scalar};
use crate::error::{shape_str, Error, Result};
use crate::{map_typed, with_typed};

/// A binary ufunc.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    FloorDiv,
    Mod,
    Pow,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    BitAnd,
    BitOr,
    BitXor,
    Maximum,
    Minimum,
    Fmax,
    Fmin,
    Arctan2,
    Hypot,
    LogicalAnd,
    LogicalOr,
    LogicalXor,
}

impl BinOp {
    /// The ufunc's name, as NumPy's messages spell it.
    pub fn ufunc_name(self) -> &'static str {
        use BinOp::*;
        match self {
            Add => "add",
            Sub => "subtract",
            Mul => "multiply",
            Div => "divide",
            FloorDiv => "floor_divide",
            Mod => "remainder",
            Pow => "power",
            Eq => "equal",
            Ne => "not_equal",
            Lt => "less",
            Le => "less_equal",
            Gt => "greater",
            Ge => "greater_equal",
            BitAnd => "bitwise_and",
            BitOr => "bitwise_or",
            BitXor => "bitwise_xor",
            Maximum => "maximum",
            Minimum => "minimum",
            Fmax => "fmax",
            Fmin => "fmin",
            Arctan2 => "arctan2",
            Hypot => "hypot",
            LogicalAnd => "logical_and",
            LogicalOr => "logical_or",
            LogicalXor => "logical_xor",
        }
    }
}

fn unsupported_types(name: &str) -> Error {
    Error::type_(format!(
        "ufunc '{name}' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''"
    ))
}

fn no_bool_loop(name: &str) -> Error {
    Error::type_(format!(
        "ufunc '{name}' did not contain a loop with signature matching types <class 'numpy.dtypes.BoolDType'> -> None"
    ))
}

/// Applies `f` elementwise over the broadcast of `a` and `b`.
pub fn broadcast_map<A: Element, B: Element, O: Element>(
    a: &NdArray<A>,
    b: &NdArray<B>,
    f: impl Fn(A, B) -> O,
) -> Result<NdArray<O>> {
    let shape = broadcast_shapes(&[a.shape(), b.shape()])?;
    let n: usize = shape.iter().product();
    // Fast paths: same shape and contiguous, or one side a single element.
    if a.shape() == shape.as_slice() && b.shape() == shape.as_slice() {
        let r =
            a.with_contiguous(|x| b.with_contiguous(|y| x.iter().zip(y).map(|(&p, &q)| f(p, q)).collect::<Vec<O>>()));
        if let Some(Some(v)) = r {
            return Ok(NdArray::from_vec(shape, v));
        }
    }
    if b.size() == 1 && a.shape() == shape.as_slice() {
        let y = b.get_flat(0);
        return Ok(a.map(|x| f(x, y)));
    }
    if a.size() == 1 && b.shape() == shape.as_slice() {
        let x = a.get_flat(0);
        return Ok(b.map(|y| f(x, y)));
    }
    let mut out = vec![O::default(); n];
    a.with_view(|av| {
        b.with_view(|bv| {
            let av = av.broadcast(IxDyn(&shape)).expect("checked");
            let bv = bv.broadcast(IxDyn(&shape)).expect("checked");
            let ov = ArrayViewMutD::from_shape(IxDyn(&shape), &mut out).expect("c order");
            Zip::from(ov).and(&av).and(&bv).for_each(|o, &x, &y| *o = f(x, y));
        })
    });
    Ok(NdArray::from_vec(shape, out))
}

/// Python-style floor division of floats (`npy_floor_divide`).
pub fn floor_div_f64(a: f64, b: f64) -> f64 {
    if b == 0.0 {
        return a / b;
    }
    divmod_f64(a, b).0
}

/// Python-style remainder of floats (`npy_remainder`): the sign follows the divisor.
pub fn mod_f64(a: f64, b: f64) -> f64 {
    if b == 0.0 {
        return a % b;
    }
    divmod_f64(a, b).1
}

/// `npy_divmod` for nonzero `b`.
fn divmod_f64(a: f64, b: f64) -> (f64, f64) {
    let mut m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    let floordiv = if div != 0.0 {
        let mut fd = div.floor();
        if div - fd > 0.5 {
            fd += 1.0;
        }
        fd
    } else {
        0.0f64.copysign(a / b)
    };
    (floordiv, m)
}

fn floor_div_i64(a: i64, b: i64) -> i64 {
    if b == 0 {
        return 0;
    }
    if a == i64::MIN && b == -1 {
        return i64::MIN;
    }
    let q = a / b;
    if (a % b != 0) && ((a < 0) != (b < 0)) {
        q - 1
    } else {
        q
    }
}

fn mod_i64(a: i64, b: i64) -> i64 {
    if b == 0 || b == -1 {
        return 0;
    }
    let r = a % b;
    if r != 0 && ((r < 0) != (b < 0)) {
        r + b
    } else {
        r
    }
}

fn pow_i64(mut base: i64, mut exp: i64) -> i64 {
    let mut acc: i64 = 1;
    while exp > 0 {
        if exp & 1 == 1 {
            acc = acc.wrapping_mul(base);
        }
        base = base.wrapping_mul(base);
        exp >>= 1;
    }
    acc
}

/// NumPy's `maximum`: NaN-propagating; on ties (including `0.0` vs `-0.0`) the second operand.
fn max_f64(a: f64, b: f64) -> f64 {
    if a > b || a.is_nan() {
        a
    } else {
        b
    }
}

/// NumPy's `minimum`: NaN-propagating; on ties the second operand.
fn min_f64(a: f64, b: f64) -> f64 {
    if a < b || a.is_nan() {
        a
    } else {
        b
    }
}

fn float_binary(op: BinOp, a: &NdArray<f64>, b: &NdArray<f64>) -> Result<Array> {
    use BinOp::*;
    Ok(match op {
        Add => Array::Float(broadcast_map(a, b, |x, y| x + y)?),
        Sub => Array::Float(broadcast_map(a, b, |x, y| x - y)?),
        Mul => Array::Float(broadcast_map(a, b, |x, y| x * y)?),
        Div => Array::Float(broadcast_map(a, b, |x, y| x / y)?),
        FloorDiv => Array::Float(broadcast_map(a, b, floor_div_f64)?),
        Mod => Array::Float(broadcast_map(a, b, mod_f64)?),
        Pow => Array::Float(broadcast_map(a, b, f64::powf)?),
        Maximum => Array::Float(broadcast_map(a, b, max_f64)?),
        Minimum => Array::Float(broadcast_map(a, b, min_f64)?),
        Fmax => Array::Float(broadcast_map(a, b, f64::max)?),
        Fmin => Array::Float(broadcast_map(a, b, f64::min)?),
        Arctan2 => Array::Float(broadcast_map(a, b, f64::atan2)?),
        Hypot => Array::Float(broadcast_map(a, b, f64::hypot)?),
        Eq => Array::Bool(broadcast_map(a, b, |x, y| x == y)?),
        Ne => Array::Bool(broadcast_map(a, b, |x, y| x != y)?),
        Lt => Array::Bool(broadcast_map(a, b, |x, y| x < y)?),
        Le => Array::Bool(broadcast_map(a, b, |x, y| x <= y)?),
        Gt => Array::Bool(broadcast_map(a, b, |x, y| x > y)?),
        Ge => Array::Bool(broadcast_map(a, b, |x, y| x >= y)?),
        LogicalAnd => Array::Bool(broadcast_map(a, b, |x, y| x != 0.0 && y != 0.0)?),
        LogicalOr => Array::Bool(broadcast_map(a, b, |x, y| x != 0.0 || y != 0.0)?),
        LogicalXor => Array::Bool(broadcast_map(a, b, |x, y| (x != 0.0) != (y != 0.0))?),
        BitAnd | BitOr | BitXor => return Err(unsupported_types(op.ufunc_name())),
    })
}

fn int_binary(op: BinOp, a: &NdArray<i64>, b: &NdArray<i64>) -> Result<Array> {
    use BinOp::*;
    Ok(match op {
        Add => Array::Int(broadcast_map(a, b, i64::wrapping_add)?),
        Sub => Array::Int(broadcast_map(a, b, i64::wrapping_sub)?),
        Mul => Array::Int(broadcast_map(a, b, i64::wrapping_mul)?),
        Div => Array::Float(broadcast_map(a, b, |x, y| x as f64 / y as f64)?),
        FloorDiv => Array::Int(broadcast_map(a, b, floor_div_i64)?),
        Mod => Array::Int(broadcast_map(a, b, mod_i64)?),
        Pow => {
            let negative = b.to_vec().iter().any(|&e| e < 0);
            if negative {
                return Err(Error::value("Integers to negative integer powers are not allowed."));
            }
            Array::Int(broadcast_map(a, b, pow_i64)?)
        }
        Maximum | Fmax => Array::Int(broadcast_map(a, b, |x: i64, y| x.max(y))?),
        Minimum | Fmin => Array::Int(broadcast_map(a, b, |x: i64, y| x.min(y))?),
        Arctan2 => Array::Float(broadcast_map(a, b, |x, y| (x as f64).atan2(y as f64))?),
        Hypot => Array::Float(broadcast_map(a, b, |x, y| (x as f64).hypot(y as f64))?),
        Eq => Array::Bool(broadcast_map(a, b, |x, y| x == y)?),
        Ne => Array::Bool(broadcast_map(a, b, |x, y| x != y)?),
        Lt => Array::Bool(broadcast_map(a, b, |x, y| x < y)?),
        Le => Array::Bool(broadcast_map(a, b, |x, y| x <= y)?),
        Gt => Array::Bool(broadcast_map(a, b, |x, y| x > y)?),
        Ge => Array::Bool(broadcast_map(a, b, |x, y| x >= y)?),
        BitAnd => Array::Int(broadcast_map(a, b, |x, y| x & y)?),
        BitOr => Array::Int(broadcast_map(a, b, |x, y| x | y)?),
        BitXor => Array::Int(broadcast_map(a, b, |x, y| x ^ y)?),
        LogicalAnd => Array::Bool(broadcast_map(a, b, |x, y| x != 0 && y != 0)?),
        LogicalOr => Array::Bool(broadcast_map(a, b, |x, y| x != 0 || y != 0)?),
        LogicalXor => Array::Bool(broadcast_map(a, b, |x, y| (x != 0) != (y != 0))?),
    })
}

fn bool_binary(op: BinOp, a: &NdArray<bool>, b: &NdArray<bool>) -> Result<Array> {
    use BinOp::*;
    Ok(match op {
        Add | BitOr | LogicalOr | Maximum | Fmax => Array::Bool(broadcast_map(a, b, |x, y| x | y)?),
        Mul | BitAnd | LogicalAnd | Minimum | Fmin => Array::Bool(broadcast_map(a, b, |x, y| x & y)?),
        BitXor | LogicalXor | Ne => Array::Bool(broadcast_map(a, b, |x, y| x ^ y)?),
        Eq => Array::Bool(broadcast_map(a, b, |x, y| x == y)?),
        Lt => Array::Bool(broadcast_map(a, b, |x, y| !x & y)?),
        Le => Array::Bool(broadcast_map(a, b, |x, y| x <= y)?),
        Gt => Array::Bool(broadcast_map(a, b, |x, y| x & !y)?),
        Ge => Array::Bool(broadcast_map(a, b, |x, y| x >= y)?),
        Sub => {
            return Err(Error::type_(
                "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.",
            ))
        }
        Div | Arctan2 | Hypot => float_binary(op, &a.cast(), &b.cast())?,
        FloorDiv | Mod | Pow => int_binary(op, &a.cast(), &b.cast())?,
    })
}

/// Computes `op` on arrays already holding the common dtype `dt`.
fn binary_same(op: BinOp, a: &Array, b: &Array, dt: DType) -> Result<Array> {
    match dt {
        DType::Float64 => float_binary(op, &a.to_float(), &b.to_float()),
        DType::Int64 => int_binary(op, &a.to_int(), &b.to_int()),
        DType::Bool => bool_binary(op, &a.to_bool(), &b.to_bool()),
    }
}

/// `op(a, b)` for two arrays.
pub fn binary(op: BinOp, a: &Array, b: &Array) -> Result<Array> {
    let dt = DType::promote(a.dtype(), b.dtype());
    binary_same(op, a, b, dt)
}

/// `op(a, s)` (or `op(s, a)` when `scalar_left`) for a Python scalar `s`, with NEP 50 promotion.
pub fn binary_scalar(op: BinOp, a: &Array, s: Scalar, scalar_left: bool) -> Result<Array> {
    let dt = a.dtype().promote_scalar(s);
    let sa = Array::from_scalar(s.cast(dt));
    if scalar_left {
        binary_same(op, &sa, a, dt)
    } else {
        binary_same(op, a, &sa, dt)
    }
}

/// An operand: an array or a Python scalar.
#[derive(Clone, Debug)]
pub enum Operand {
    Array(Array),
    Scalar(Scalar),
}

impl From<Array> for Operand {
    fn from(a: Array) -> Self {
        Operand::Array(a)
    }
}

impl From<Scalar> for Operand {
    fn from(s: Scalar) -> Self {
        Operand::Scalar(s)
    }
}

impl From<f64> for Operand {
    fn from(x: f64) -> Self {
        Operand::Scalar(Scalar::Float(x))
    }
}

/// `op(a, b)` for any mix of arrays and scalars. Two scalars give a 0-d array.
pub fn apply(op: BinOp, a: &Operand, b: &Operand) -> Result<Array> {
    match (a, b) {
        (Operand::Array(x), Operand::Array(y)) => binary(op, x, y),
        (Operand::Array(x), Operand::Scalar(s)) => binary_scalar(op, x, *s, false),
        (Operand::Scalar(s), Operand::Array(y)) => binary_scalar(op, y, *s, true),
        (Operand::Scalar(s), Operand::Scalar(t)) => binary(op, &Array::from_scalar(*s), &Array::from_scalar(*t)),
    }
}

/// In-place `a op= b`: the result is cast back to `a`'s dtype under NumPy's `same_kind` rule.
pub fn binary_inplace(op: BinOp, a: &Array, b: &Operand) -> Result<()> {
    let r = apply(op, &Operand::Array(a.clone()), b)?;
    if r.dtype() > a.dtype() && !(a.dtype() == DType::Bool && r.dtype() == DType::Bool) {
        return Err(Error::type_(format!(
            "Cannot cast ufunc '{}' output from dtype('{}') to dtype('{}') with casting rule 'same_kind'",
            op.ufunc_name(),
            r.dtype(),
            a.dtype()
        )));
    }
    a.assign(&r)
}

/// A unary ufunc.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnOp {
    Neg,
    Pos,
    Abs,
    Sqrt,
    Square,
    Exp,
    Expm1,
    Log,
    Log1p,
    Log2,
    Log10,
    Sin,
    Cos,
    Tan,
    Arcsin,
    Arccos,
    Arctan,
    Sinh,
    Cosh,
    Tanh,
    Floor,
    Ceil,
    Trunc,
    Rint,
    Sign,
    IsNan,
    IsInf,
    IsFinite,
    Invert,
    LogicalNot,
    Deg2Rad,
    Rad2Deg,
}

/// `op(a)`.
pub fn unary(op: UnOp, a: &Array) -> Result<Array> {
    use UnOp::*;
    // Each arm instantiates `map` with its own function so the loop inlines it.
    macro_rules! float {
        ($f:expr) => {
            return Ok(Array::Float(a.to_float().map($f)))
        };
    }
    match op {
        Sqrt => float!(f64::sqrt),
        Exp => float!(f64::exp),
        Expm1 => float!(f64::exp_m1),
        Log => float!(f64::ln),
        Log1p => float!(f64::ln_1p),
        Log2 => float!(f64::log2),
        Log10 => float!(f64::log10),
        Sin => float!(f64::sin),
        Cos => float!(f64::cos),
        Tan => float!(f64::tan),
        Arcsin => float!(f64::asin),
        Arccos => float!(f64::acos),
        Arctan => float!(f64::atan),
        Sinh => float!(f64::sinh),
        Cosh => float!(f64::cosh),
        Tanh => float!(f64::tanh),
        Deg2Rad => float!(|x| x * (std::f64::consts::PI / 180.0)),
        Rad2Deg => float!(|x| x * (180.0 / std::f64::consts::PI)),
        _ => {}
    }
    Ok(match (op, a) {
        (IsNan, Array::Float(x)) => Array::Bool(x.map(f64::is_nan)),
        (IsInf, Array::Float(x)) => Array::Bool(x.map(f64::is_infinite)),
        (IsFinite, Array::Float(x)) => Array::Bool(x.map(f64::is_finite)),
        (IsNan | IsInf, other) => Array::Bool(with_typed!(other, x => x.map(|_| false))),
        (IsFinite, other) => Array::Bool(with_typed!(other, x => x.map(|_| true))),
        (LogicalNot, other) => Array::Bool(with_typed!(other, x => x.map(|v| !v.to_bool()))),
        (Pos | Sign, Array::Bool(_)) => return Err(no_bool_loop(if op == Pos { "positive" } else { "sign" })),
        (Pos, other) => other.copy(),
        (Neg, Array::Bool(_)) => {
            return Err(Error::type_(
                "The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.",
            ))
        }
        (Neg, Array::Int(x)) => Array::Int(x.map(i64::wrapping_neg)),
        (Neg, Array::Float(x)) => Array::Float(x.map(|v| -v)),
        (Abs, Array::Bool(x)) => Array::Bool(x.map(|v| v)),
        (Abs, Array::Int(x)) => Array::Int(x.map(i64::wrapping_abs)),
        (Abs, Array::Float(x)) => Array::Float(x.map(f64::abs)),
        (Square, Array::Float(x)) => Array::Float(x.map(|v| v * v)),
        (Square, Array::Int(x)) => Array::Int(x.map(|v| v.wrapping_mul(v))),
        (Square, Array::Bool(x)) => Array::Int(x.map(|v| v as i64)),
        (Floor, Array::Float(x)) => Array::Float(x.map(f64::floor)),
        (Ceil, Array::Float(x)) => Array::Float(x.map(f64::ceil)),
        (Trunc, Array::Float(x)) => Array::Float(x.map(f64::trunc)),
        (Rint, Array::Float(x)) => Array::Float(x.map(f64::round_ties_even)),
        (Floor | Ceil | Trunc, Array::Int(x)) => Array::Int(x.copy()),
        (Floor | Ceil | Trunc, Array::Bool(x)) => Array::Bool(x.copy()),
        (Rint, other) => Array::Float(other.to_float()),
        (Sign, Array::Float(x)) => Array::Float(x.map(|v| {
            if v.is_nan() {
                f64::NAN
            } else if v > 0.0 {
                1.0
            } else if v < 0.0 {
                -1.0
            } else {
                0.0
            }
        })),
        (Sign, Array::Int(x)) => Array::Int(x.map(i64::signum)),
        (Invert, Array::Bool(x)) => Array::Bool(x.map(|v| !v)),
        (Invert, Array::Int(x)) => Array::Int(x.map(|v| !v)),
        (Invert, Array::Float(_)) => return Err(unsupported_types("invert")),
        (op, _) => unreachable!("float ufunc {op:?} handled above"),
    })
}

/// `np.round(a, decimals)`: half to even, computed as NumPy does (`rint(a * 10**d) / 10**d`).
pub fn round(a: &Array, decimals: i32) -> Array {
    match a {
        Array::Float(x) => {
            if decimals >= 0 {
                let f = 10f64.powi(decimals);
                Array::Float(x.map(|v| (v * f).round_ties_even() / f))
            } else {
                let f = 10f64.powi(-decimals);
                Array::Float(x.map(|v| (v / f).round_ties_even() * f))
            }
        }
        Array::Int(x) if decimals < 0 => {
            let f = 10f64.powi(-decimals);
            Array::Int(x.map(|v| ((v as f64 / f).round_ties_even() * f) as i64))
        }
        other => other.copy(),
    }
}

/// `np.clip(a, lo, hi)` = `minimum(maximum(a, lo), hi)`; either bound may be absent.
pub fn clip(a: &Array, lo: Option<&Operand>, hi: Option<&Operand>) -> Result<Array> {
    let mut r = a.clone();
    if let Some(lo) = lo {
        r = apply(BinOp::Maximum, &Operand::Array(r), lo)?;
    }
    if let Some(hi) = hi {
        r = apply(BinOp::Minimum, &Operand::Array(r), hi)?;
    }
    if lo.is_none() && hi.is_none() {
        return Err(Error::value("One of max or min must be given"));
    }
    Ok(r)
}

fn operand_dtype(o: &Operand) -> DType {
    match o {
        Operand::Array(a) => a.dtype(),
        Operand::Scalar(s) => s.kind(),
    }
}

fn operand_array(o: &Operand, dt: DType) -> Array {
    match o {
        Operand::Array(a) => a.as_dtype(dt),
        Operand::Scalar(s) => Array::from_scalar(s.cast(dt)),
    }
}

/// `np.where(cond, x, y)`.
pub fn where_(cond: &Array, x: &Operand, y: &Operand) -> Result<Array> {
    let dt = match (x, y) {
        (Operand::Array(a), Operand::Array(b)) => DType::promote(a.dtype(), b.dtype()),
        (Operand::Array(a), Operand::Scalar(s)) | (Operand::Scalar(s), Operand::Array(a)) => {
            a.dtype().promote_scalar(*s)
        }
        _ => DType::promote(operand_dtype(x), operand_dtype(y)),
    };
    let (xa, ya) = (operand_array(x, dt), operand_array(y, dt));
    let c = cond.to_bool();
    let shape = broadcast_shapes(&[c.shape(), xa.shape(), ya.shape()])?;
    // Broadcast the condition against each branch, then select.
    let cb = broadcast_to_bool(&c, &shape)?;
    let xb = broadcast_to(&xa, &shape)?;
    let yb = broadcast_to(&ya, &shape)?;
    let m = cb.to_vec();
    Ok(match (xb, yb) {
        (Array::Float(p), Array::Float(q)) => Array::Float(select(&m, p, q, &shape)),
        (Array::Int(p), Array::Int(q)) => Array::Int(select(&m, p, q, &shape)),
        (Array::Bool(p), Array::Bool(q)) => Array::Bool(select(&m, p, q, &shape)),
        _ => unreachable!("same dtype"),
    })
}

fn select<T: Element>(m: &[bool], p: NdArray<T>, q: NdArray<T>, shape: &[usize]) -> NdArray<T> {
    let (pv, qv) = (p.to_vec(), q.to_vec());
    let v = m.iter().zip(pv.iter().zip(&qv)).map(|(&k, (&a, &b))| if k { a } else { b }).collect();
    NdArray::from_vec(shape.to_vec(), v)
}

fn broadcast_to_bool(a: &NdArray<bool>, shape: &[usize]) -> Result<NdArray<bool>> {
    Ok(broadcast_typed(a, shape))
}

/// `np.broadcast_to(a, shape)` materialized as a C-contiguous copy.
pub fn broadcast_to(a: &Array, shape: &[usize]) -> Result<Array> {
    if !crate::array::broadcastable_to(a.shape(), shape) {
        return Err(Error::value(format!(
            "operands could not be broadcast together with remapped shapes [original->remapped]: {}  and requested shape {}",
            shape_str(a.shape()),
            shape_str(shape)
        )));
    }
    Ok(map_typed!(a, x => broadcast_typed(x, shape)))
}

fn broadcast_typed<T: Element>(x: &NdArray<T>, shape: &[usize]) -> NdArray<T> {
    let v = x.with_view(|v| v.broadcast(IxDyn(shape)).expect("checked").iter().copied().collect());
    NdArray::from_vec(shape.to_vec(), v)
}

// ---------------------------------------------------------------------------------------------
// dot / matmul
// ---------------------------------------------------------------------------------------------

fn not_aligned(a: &[usize], b: &[usize], ad: usize, bd: usize) -> Error {
    Error::value(format!(
        "shapes {} and {} not aligned: {} (dim {ad}) != {} (dim {bd})",
        shape_str(a).replace(", ", ","),
        shape_str(b).replace(", ", ","),
        a[ad],
        b[bd]
    ))
}

/// Matrix product of C-order `(n, k)` and `(k, m)` data. For each panel of 4 columns of `b`
/// (packed), blocks of 4 rows (packed) by 4 columns of the result stay in registers (wasm
/// simd128: 8 `f64x2` accumulators) while `p` runs over `k`;
/// every element is `sum over p ascending of a[i, p] * b[p, j]` (a multiply, then an add), the
/// same order in the SIMD and the scalar code, so native tests and wasm agree bit for bit.
pub fn matmul_f64(a: &[f64], b: &[f64], n: usize, k: usize, m: usize) -> Vec<f64> {
    matmul_f64_t(a, false, b, false, n, k, m)
}

/// `matmul_f64` where `a_t` says `a` holds the transpose of the left operand (`k x n`, C order:
/// a Fortran-ordered operand such as `x.T`) and `b_t` the same for `b` (`m x k`). Same bits.
pub fn matmul_f64_t(a: &[f64], a_t: bool, b: &[f64], b_t: bool, n: usize, k: usize, m: usize) -> Vec<f64> {
    assert!(a.len() >= n * k && b.len() >= k * m);
    let at = |i: usize, p: usize| if a_t { a[p * n + i] } else { a[i * k + p] };
    let bt = |p: usize, j: usize| if b_t { b[j * k + p] } else { b[p * m + j] };
    let mut out = vec![0.0; n * m];
    let (n4, m4) = (n - n % 4, m - m % 4);
    if n4 > 0 && m4 > 0 && k > 0 {
        // Rows i..i+4 of `a` packed column by column (`k x 4` per block of rows, all blocks
        // up front), and columns j..j+4 of `b` packed row by row (`k x 4`, one panel at a
        // time, reused from the L1 cache for every block of rows): the kernel reads both
        // sequentially. (Blocks of 6 rows, 12 accumulators, ran slower in V8: spills.)
        let mut apack = vec![0.0; n4 * k];
        for (blk, dst) in apack.chunks_exact_mut(4 * k).enumerate() {
            for p in 0..k {
                for r in 0..4 {
                    dst[p * 4 + r] = at(blk * 4 + r, p);
                }
            }
        }
        let mut panel = vec![0.0; k * 4];
        for j in (0..m4).step_by(4) {
            if b_t {
                for (p, dst) in panel.chunks_exact_mut(4).enumerate() {
                    for (v, d) in dst.iter_mut().enumerate() {
                        *d = b[(j + v) * k + p];
                    }
                }
            } else {
                for (p, dst) in panel.chunks_exact_mut(4).enumerate() {
                    dst.copy_from_slice(&b[p * m + j..p * m + j + 4]);
                }
            }
            for (blk, ap) in apack.chunks_exact(4 * k).enumerate() {
                block_4x4(ap, &panel, &mut out[blk * 4 * m + j..], k, m);
            }
        }
    }
    // Edges: the last n % 4 rows and m % 4 columns.
    for i in 0..n {
        let j0 = if i < n4 { m4 } else { 0 };
        for j in j0..m {
            let mut s = 0.0;
            for p in 0..k {
                s += at(i, p) * bt(p, j);
            }
            out[i * m + j] = s;
        }
    }
    out
}

/// `out[r * m + v] = sum over p of ap[p * 4 + r] * panel[p * 4 + v]` for `r, v < 4`: `ap` is
/// a packed block of 4 rows of `a` (`k x 4`), `panel` 4 packed columns of `b` (`k x 4`).
#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
fn block_4x4(ap: &[f64], panel: &[f64], out: &mut [f64], k: usize, m: usize) {
    use core::arch::wasm32::*;
    // 8 accumulators, 2 loads of `b` and a splat of `a` fit the 16 SIMD registers of x86-64
    // without spills.
    assert!(ap.len() >= 4 * k && panel.len() >= 4 * k && out.len() >= 3 * m + 4);
    let z = f64x2_splat(0.0);
    let (mut c00, mut c01, mut c10, mut c11, mut c20, mut c21, mut c30, mut c31) = (z, z, z, z, z, z, z, z);
    let (mut pa, mut pb) = (ap.as_ptr(), panel.as_ptr());
    // SAFETY: 4 * k elements of each (checked above), read 4 at a time k times.
    unsafe {
        let end = pb.add(4 * k);
        while pb < end {
            let (b0, b1) = (v128_load(pb as *const v128), v128_load(pb.add(2) as *const v128));
            let x = v128_load64_splat(pa as *const u64);
            c00 = f64x2_add(c00, f64x2_mul(x, b0));
            c01 = f64x2_add(c01, f64x2_mul(x, b1));
            let x = v128_load64_splat(pa.add(1) as *const u64);
            c10 = f64x2_add(c10, f64x2_mul(x, b0));
            c11 = f64x2_add(c11, f64x2_mul(x, b1));
            let x = v128_load64_splat(pa.add(2) as *const u64);
            c20 = f64x2_add(c20, f64x2_mul(x, b0));
            c21 = f64x2_add(c21, f64x2_mul(x, b1));
            let x = v128_load64_splat(pa.add(3) as *const u64);
            c30 = f64x2_add(c30, f64x2_mul(x, b0));
            c31 = f64x2_add(c31, f64x2_mul(x, b1));
            pa = pa.add(4);
            pb = pb.add(4);
        }
    }
    for (r, (lo, hi)) in [(c00, c01), (c10, c11), (c20, c21), (c30, c31)].into_iter().enumerate() {
        // SAFETY: r * m + 4 <= out.len() (checked above).
        let dst = unsafe { out.as_mut_ptr().add(r * m) } as *mut v128;
        unsafe {
            v128_store(dst, lo);
            v128_store(dst.add(1), hi);
        }
    }
}

#[cfg(not(all(target_arch = "wasm32", target_feature = "simd128")))]
fn block_4x4(ap: &[f64], panel: &[f64], out: &mut [f64], k: usize, m: usize) {
    let mut c = [[0.0f64; 4]; 4];
    for p in 0..k {
        let row = &panel[p * 4..p * 4 + 4];
        for r in 0..4 {
            let x = ap[p * 4 + r];
            for v in 0..4 {
                c[r][v] += x * row[v];
            }
        }
    }
    for r in 0..4 {
        out[r * m..r * m + 4].copy_from_slice(&c[r]);
    }
}

fn matmul_generic<T: Element>(
    a: &[T],
    b: &[T],
    n: usize,
    k: usize,
    m: usize,
    mul: impl Fn(T, T) -> T,
    add: impl Fn(T, T) -> T,
) -> Vec<T> {
    let mut out = vec![T::default(); n * m];
    for i in 0..n {
        for p in 0..k {
            let x = a[i * k + p];
            for j in 0..m {
                out[i * m + j] = add(out[i * m + j], mul(x, b[p * m + j]));
            }
        }
    }
    out
}

/// 2-D product on flat data of the common dtype.
fn mat_product(a: &Array, b: &Array, n: usize, k: usize, m: usize) -> Array {
    let dt = DType::promote(a.dtype(), b.dtype());
    let shape = vec![n, m];
    match dt {
        DType::Float64 => Array::from_f64(shape, matmul_f64(&a.to_float().to_vec(), &b.to_float().to_vec(), n, k, m)),
        DType::Int64 => Array::from_i64(
            shape,
            matmul_generic(&a.to_int().to_vec(), &b.to_int().to_vec(), n, k, m, i64::wrapping_mul, i64::wrapping_add),
        ),
        DType::Bool => Array::from_bool(
            shape,
            matmul_generic(&a.to_bool().to_vec(), &b.to_bool().to_vec(), n, k, m, |x, y| x & y, |x, y| x | y),
        ),
    }
}

/// The product of C-ordered `n x k` and `k x m` blocks of one dtype, as they cross the WASM
/// boundary (ints exact in f64, bools 0/1), in that layout: `mat_product` without the array
/// machinery, for the lean `matmulBlock` kernel (the JS side broadcasts, promotes and checks
/// shapes). Int64 products wrap as NumPy's do.
pub fn mat_product_data(dt: DType, a: &[f64], b: &[f64], n: usize, k: usize, m: usize) -> Vec<f64> {
    assert!(a.len() >= n * k && b.len() >= k * m);
    match dt {
        DType::Float64 => matmul_f64(a, b, n, k, m),
        DType::Int64 => {
            let (a, b): (Vec<i64>, Vec<i64>) =
                (a.iter().map(|&x| x as i64).collect(), b.iter().map(|&x| x as i64).collect());
            let r = matmul_generic(&a, &b, n, k, m, i64::wrapping_mul, i64::wrapping_add);
            r.into_iter().map(|v| v as f64).collect()
        }
        DType::Bool => {
            let (a, b): (Vec<bool>, Vec<bool>) =
                (a.iter().map(|&x| x != 0.0).collect(), b.iter().map(|&x| x != 0.0).collect());
            let r = matmul_generic(&a, &b, n, k, m, |x, y| x & y, |x, y| x | y);
            r.into_iter().map(|v| if v { 1.0 } else { 0.0 }).collect()
        }
    }
}

/// `np.dot(a, b)` for operands of at most 2 dimensions.
pub fn dot(a: &Array, b: &Array) -> Result<Array> {
    if a.ndim() == 0 || b.ndim() == 0 {
        return binary(BinOp::Mul, a, b);
    }
    dot_arrays(a, b)
}

/// `dot` of arrays with at least one dimension each: the WASM boundary's, since JS multiplies
/// by a scalar itself (and this keeps the broadcasting `binary` out of the kernel).
pub fn dot_arrays(a: &Array, b: &Array) -> Result<Array> {
    let (sa, sb) = (a.shape().to_vec(), b.shape().to_vec());
    match (sa.len(), sb.len()) {
        (0, _) | (_, 0) => Err(Error::unsupported("dot of a 0-d array")),
        (1, 1) => {
            if sa[0] != sb[0] {
                return Err(not_aligned(&sa, &sb, 0, 0));
            }
            let r = mat_product(a, b, 1, sa[0], 1);
            crate::shape::reshape(&r, &[])
        }
        (2, 1) => {
            if sa[1] != sb[0] {
                return Err(not_aligned(&sa, &sb, 1, 0));
            }
            let r = mat_product(a, b, sa[0], sa[1], 1);
            crate::shape::reshape(&r, &[sa[0] as isize])
        }
        (1, 2) => {
            if sa[0] != sb[0] {
                return Err(not_aligned(&sa, &sb, 0, 0));
            }
            let r = mat_product(a, b, 1, sa[0], sb[1]);
            crate::shape::reshape(&r, &[sb[1] as isize])
        }
        (2, 2) => {
            if sa[1] != sb[0] {
                return Err(not_aligned(&sa, &sb, 1, 0));
            }
            Ok(mat_product(a, b, sa[0], sa[1], sb[1]))
        }
        (_, 1 | 2) => {
            // N-d with a matrix or vector: sum over the last axis of `a`.
            let k = sa[sa.len() - 1];
            if k != sb[0] {
                return Err(not_aligned(&sa, &sb, sa.len() - 1, 0));
            }
            let a2 = crate::shape::reshape(a, &[-1, k as isize])?;
            let r = dot_arrays(&a2, b)?;
            let mut shape: Vec<isize> = sa[..sa.len() - 1].iter().map(|&d| d as isize).collect();
            if sb.len() == 2 {
                shape.push(sb[1] as isize);
            }
            crate::shape::reshape(&r, &shape)
        }
        _ => Err(Error::unsupported("dot with a second operand of more than 2 dimensions")),
    }
}

/// `a @ b` / `np.matmul`, including stacks of matrices (broadcast batch dimensions).
pub fn matmul(a: &Array, b: &Array) -> Result<Array> {
    const SIG: &str = "(n?,k),(k,m?)->(n?,m?)";
    for (i, x) in [a, b].iter().enumerate() {
        if x.ndim() == 0 {
            return Err(Error::value(format!(
                "matmul: Input operand {i} does not have enough dimensions (has 0, gufunc core with signature {SIG} requires 1)"
            )));
        }
    }
    let a2 = if a.ndim() == 1 { crate::shape::atleast_2d(a) } else { a.clone() };
    let b2 = if b.ndim() == 1 { crate::shape::reshape(b, &[-1, 1])? } else { b.clone() };
    let (na, nb) = (a2.ndim(), b2.ndim());
    let (n, k) = (a2.shape()[na - 2], a2.shape()[na - 1]);
    let (k2, m) = (b2.shape()[nb - 2], b2.shape()[nb - 1]);
    if k != k2 {
        return Err(Error::value(format!(
            "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature {SIG} (size {k2} is different from {k})"
        )));
    }
    let batch = broadcast_shapes(&[&a2.shape()[..na - 2], &b2.shape()[..nb - 2]])?;
    let nbatch: usize = batch.iter().product();
    let mut full_a = batch.clone();
    full_a.extend([n, k]);
    let mut full_b = batch.clone();
    full_b.extend([k, m]);
    let (ab, bb) = (broadcast_to(&a2, &full_a)?, broadcast_to(&b2, &full_b)?);
    let mut parts = Vec::with_capacity(nbatch);
    for i in 0..nbatch {
        let ai = crate::shape::reshape(&ab, &[nbatch as isize, n as isize, k as isize])?
            .index(&[crate::Index::Int(i as isize)])?;
        let bi = crate::shape::reshape(&bb, &[nbatch as isize, k as isize, m as isize])?
            .index(&[crate::Index::Int(i as isize)])?;
        parts.push(mat_product(&ai, &bi, n, k, m));
    }
    let mut out_shape: Vec<isize> = batch.iter().map(|&d| d as isize).collect();
    if a.ndim() > 1 {
        out_shape.push(n as isize);
    }
    if b.ndim() > 1 {
        out_shape.push(m as isize);
    }
    let flat = if parts.len() == 1 { parts.pop().expect("one") } else { crate::shape::concatenate(&parts, None)? };
    crate::shape::reshape(&flat, &out_shape)
}

/// `np.outer(a, b)`.
pub fn outer(a: &Array, b: &Array) -> Result<Array> {
    let a = crate::shape::reshape(&crate::shape::ravel(a), &[-1, 1])?;
    let b = crate::shape::ravel(b);
    binary(BinOp::Mul, &a, &b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matmul_f64_matches_the_plain_sum_in_every_layout() {
        // Square, non-square, 1xN and Nx1 operands, sizes below, at and off the 4x4 block, and
        // the 200x200 of the benchmarks (packed blocks, panels and both edge loops).
        let shapes = [
            (1, 1, 1),
            (4, 4, 4),
            (5, 7, 9),
            (8, 3, 12),
            (13, 17, 6),
            (3, 30, 2),
            (1, 37, 41),
            (41, 37, 1),
            (1, 9, 1),
            (6, 1, 10),
            (33, 65, 31),
            (64, 64, 64),
            (200, 200, 200),
        ];
        for (n, k, m) in shapes {
            let a: Vec<f64> = (0..n * k).map(|i| ((i * 37 % 11) as f64 - 5.0) / 7.0).collect();
            let b: Vec<f64> = (0..k * m).map(|i| ((i * 53 % 13) as f64 - 6.0) / 3.0).collect();
            let mut want = vec![0.0; n * m];
            for i in 0..n {
                for j in 0..m {
                    let mut s = 0.0;
                    for p in 0..k {
                        s += a[i * k + p] * b[p * m + j];
                    }
                    want[i * m + j] = s;
                }
            }
            let at: Vec<f64> = (0..k * n).map(|x| a[(x % n) * k + x / n]).collect();
            let bt: Vec<f64> = (0..m * k).map(|x| b[(x % k) * m + x / k]).collect();
            assert_eq!(matmul_f64(&a, &b, n, k, m), want);
            assert_eq!(matmul_f64_t(&at, true, &b, false, n, k, m), want);
            assert_eq!(matmul_f64_t(&a, false, &bt, true, n, k, m), want);
            assert_eq!(matmul_f64_t(&at, true, &bt, true, n, k, m), want);
        }
    }
}
