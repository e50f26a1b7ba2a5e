//! Kernels (creation, shape, elementwise ops, reductions) against NumPy's results.

mod common;

use common::{check_all, scalar, Case};
use pyjs_runtime::ops::{self, BinOp, Operand, UnOp};
use pyjs_runtime::shape::Split;
use pyjs_runtime::{creation, reduce, shape, Array, DType, Result};

fn binop(name: &str) -> BinOp {
    use BinOp::*;
    match name {
        "add" => Add,
        "subtract" => Sub,
        "multiply" => Mul,
        "divide" => Div,
        "floor_divide" => FloorDiv,
        "remainder" => Mod,
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
        _ => panic!("unknown binop {name}"),
    }
}

fn unop(name: &str) -> UnOp {
    use UnOp::*;
    match name {
        "negative" => Neg,
        "positive" => Pos,
        "absolute" => Abs,
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
        "deg2rad" => Deg2Rad,
        "rad2deg" => Rad2Deg,
        _ => panic!("unknown unop {name}"),
    }
}

fn opt_scalar(c: &Case, k: &str) -> Option<Operand> {
    c.param(k).filter(|v| *v != "None").map(|v| Operand::Scalar(scalar(v)))
}

fn run_ops(c: &Case) -> Result<Vec<Array>> {
    let i = &c.inputs;
    let one = |r: Array| Ok(vec![r]);
    match c.op.as_str() {
        "bin" => one(ops::binary(binop(c.param("op").unwrap()), &i[0], &i[1])?),
        "bins" => {
            let s = scalar(c.param("s").unwrap());
            one(ops::binary_scalar(binop(c.param("op").unwrap()), &i[0], s, c.int("left") == Some(1))?)
        }
        "un" => one(ops::unary(unop(c.param("op").unwrap()), &i[0])?),
        "round" => one(ops::round(&i[0], c.int("decimals").unwrap() as i32)),
        "clip" => one(ops::clip(&i[0], opt_scalar(c, "lo").as_ref(), opt_scalar(c, "hi").as_ref())?),
        "where" => one(ops::where_(&i[0], &Operand::Array(i[1].clone()), &Operand::Array(i[2].clone()))?),
        "dot" => one(ops::dot(&i[0], &i[1])?),
        "matmul" => one(ops::matmul(&i[0], &i[1])?),
        "outer" => one(ops::outer(&i[0], &i[1])?),
        op => panic!("unknown op {op}"),
    }
}

/// Transcendental functions come from libm (NumPy may use its own SIMD versions): allow a few
/// ulps there. Everything else must match bit for bit.
fn ops_ulps(c: &Case) -> u64 {
    let transcendental = [
        "exp", "expm1", "log", "log1p", "log2", "log10", "sin", "cos", "tan", "arcsin", "arccos", "arctan", "sinh",
        "cosh", "tanh", "arctan2", "power", "hypot",
    ];
    match c.op.as_str() {
        // BLAS summation order depends on the CPU's kernel: compare to 1e-12 relative.
        "dot" | "matmul" => u64::MAX,
        _ if c.param("op").is_some_and(|o| transcendental.contains(&o)) => 2,
        _ => 0,
    }
}

#[test]
fn ops_match_numpy() {
    check_all("ops", run_ops, ops_ulps);
}

fn list(c: &Case, k: &str) -> Vec<usize> {
    c.ints(k).unwrap().into_iter().map(|x| x as usize).collect()
}

fn run_creation(c: &Case) -> Result<Vec<Array>> {
    let one = |r: Array| Ok(vec![r]);
    match c.op.as_str() {
        "arange" => {
            let args: Vec<_> = c.param("args").unwrap().split(';').map(scalar).collect();
            one(creation::arange(args[0], args.get(1).copied(), args.get(2).copied(), None)?)
        }
        "linspace" => {
            let dt = c.param("dtype").and_then(DType::parse);
            one(creation::linspace(
                scalar(c.param("start").unwrap()).as_f64(),
                scalar(c.param("stop").unwrap()).as_f64(),
                c.int("num").unwrap(),
                c.int("endpoint") == Some(1),
                dt,
            )?)
        }
        "eye" => {
            let m = c.param("m").filter(|m| *m != "None").map(|m| m.parse().unwrap());
            one(creation::eye(c.int("n").unwrap() as usize, m, c.int("k").unwrap() as isize, DType::Float64))
        }
        "identity" => one(creation::identity(c.int("n").unwrap() as usize, DType::Float64)),
        "diag" => one(creation::diag(&c.inputs[0], c.int("k").unwrap() as isize)?),
        "meshgrid" => Ok(creation::meshgrid(&c.inputs, c.param("indexing") == Some("xy"))),
        "tile" => one(creation::tile(&c.inputs[0], &list(c, "reps"))),
        "repeat" => {
            let ax = c.axes("axis").map(|a| a[0]);
            one(creation::repeat(&c.inputs[0], &c.ints("repeats").unwrap(), ax)?)
        }
        "full" => one(creation::full(&list(c, "shape"), scalar(c.param("value").unwrap()), None)),
        "array" => {
            use creation::Nested::{List, Scalar as S};
            use pyjs_runtime::Scalar::Int;
            let data = List(vec![List(vec![S(Int(1)), S(Int(2))]), List(vec![S(Int(3))])]);
            one(creation::array(&data, None)?)
        }
        op => panic!("unknown op {op}"),
    }
}

#[test]
fn creation_matches_numpy() {
    check_all("creation", run_creation, |_| 0);
}

fn run_shape(c: &Case) -> Result<Vec<Array>> {
    let i = &c.inputs;
    let one = |r: Array| Ok(vec![r]);
    let axes = c.axes("axis");
    match c.op.as_str() {
        "reshape" => {
            let s: Vec<isize> = c.ints("shape").unwrap().into_iter().map(|x| x as isize).collect();
            one(shape::reshape(&i[0], &s)?)
        }
        "ravel" => one(shape::ravel(&i[0])),
        "transpose" => one(shape::transpose(&i[0], c.axes("axes").as_deref())?),
        "swapaxes" => one(shape::swapaxes(&i[0], c.int("i").unwrap() as isize, c.int("j").unwrap() as isize)?),
        "expand_dims" => one(shape::expand_dims(&i[0], &axes.unwrap())?),
        "squeeze" => one(shape::squeeze(&i[0], axes.as_deref())?),
        "concatenate" => one(shape::concatenate(i, axes.map(|a| a[0]))?),
        "stack" => one(shape::stack(i, c.int("axis").unwrap() as isize)?),
        "vstack" => one(shape::vstack(i)?),
        "hstack" => one(shape::hstack(i)?),
        "column_stack" => one(shape::column_stack(i)?),
        "split" | "array_split" => {
            let how = c.param("how").unwrap();
            let how = match how.split_once(':').unwrap() {
                ("n", n) => Split::Sections(n.parse().unwrap()),
                (_, l) => Split::Indices(l.split(',').map(|x| x.parse().unwrap()).collect()),
            };
            shape::split(&i[0], &how, c.int("axis").unwrap() as isize, c.op == "split")
        }
        op => panic!("unknown op {op}"),
    }
}

#[test]
fn shape_matches_numpy() {
    check_all("shape", run_shape, |_| 0);
}

fn run_reduce(c: &Case) -> Result<Vec<Array>> {
    let a = &c.inputs[0];
    let axes = c.axes("axis");
    let ax = axes.as_deref();
    let kd = c.int("keepdims") == Some(1);
    let one_axis = axes.as_ref().map(|v| v[0]);
    let ddof = c.float("ddof").unwrap_or(0.0);
    let r = match c.op.as_str() {
        "percentile" => reduce::percentile(a, c.float("q").unwrap(), one_axis, false)?,
        "reduce" => match c.param("op").unwrap() {
            "sum" => reduce::sum(a, ax, kd)?,
            "prod" => reduce::prod(a, ax, kd)?,
            "mean" => reduce::mean(a, ax, kd)?,
            "var" => reduce::var(a, ax, ddof, kd)?,
            "std" => reduce::std(a, ax, ddof, kd)?,
            "min" => reduce::min(a, ax, kd)?,
            "max" => reduce::max(a, ax, kd)?,
            "ptp" => reduce::ptp(a, ax, kd)?,
            "any" => reduce::any(a, ax, kd)?,
            "all" => reduce::all(a, ax, kd)?,
            "count_nonzero" => reduce::count_nonzero(a, ax, kd)?,
            "nansum" => reduce::nansum(a, ax, kd)?,
            "nanmean" => reduce::nanmean(a, ax, kd)?,
            "argmin" => reduce::argmin(a, one_axis, kd)?,
            "argmax" => reduce::argmax(a, one_axis, kd)?,
            "cumsum" => reduce::cumsum(a, one_axis)?,
            "cumprod" => reduce::cumprod(a, one_axis)?,
            "median" => reduce::median(a, one_axis, kd)?,
            op => panic!("unknown reduction {op}"),
        },
        op => panic!("unknown op {op}"),
    };
    Ok(vec![r])
}

#[test]
fn reductions_match_numpy() {
    check_all("reduce", run_reduce, |c| if c.param("op") == Some("std") { 1 } else { 0 });
}
