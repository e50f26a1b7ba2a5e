//! `repr`, `str` and `array2string` exactly as NumPy 2.x prints arrays and scalars.
//!
//! This is a port of `numpy/_core/arrayprint.py` (`FloatingFormat`, `IntegerFormat`,
//! `BoolFormat`, `_formatArray`, `_extendLine`, `_leading_trailing`) for the dtypes the runtime
//! has. Floats are printed with the shortest representation that round-trips (what NumPy's
//! Dragon4 does in `unique` mode), cut off at `precision` digits with exact rounding; Rust's
//! float formatting provides both (its exact mode also rounds ties to even, like Dragon4).

use std::cell::RefCell;

use crate::array::{c_strides, Array};
use crate::dtype::Scalar;
use crate::error::shape_str;

/// `np.set_printoptions` state (the subset pyjs supports).
#[derive(Clone, Debug, PartialEq)]
pub struct PrintOptions {
    pub precision: usize,
    pub suppress: bool,
    pub threshold: usize,
    pub edgeitems: usize,
    pub linewidth: usize,
    pub floatmode: FloatMode,
    /// `'-'` (default), `'+'` or `' '`.
    pub sign: char,
}

/// `floatmode=` of `np.set_printoptions`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FloatMode {
    Fixed,
    Unique,
    MaxPrec,
    MaxPrecEqual,
}

impl FloatMode {
    pub fn parse(s: &str) -> Option<FloatMode> {
        Some(match s {
            "fixed" => FloatMode::Fixed,
            "unique" => FloatMode::Unique,
            "maxprec" => FloatMode::MaxPrec,
            "maxprec_equal" => FloatMode::MaxPrecEqual,
            _ => return None,
        })
    }
}

impl Default for PrintOptions {
    fn default() -> Self {
        PrintOptions {
            precision: 8,
            suppress: false,
            threshold: 1000,
            edgeitems: 3,
            linewidth: 75,
            floatmode: FloatMode::MaxPrec,
            sign: '-',
        }
    }
}

thread_local! {
    static OPTIONS: RefCell<PrintOptions> = RefCell::new(PrintOptions::default());
}

/// The current global print options.
pub fn get_printoptions() -> PrintOptions {
    OPTIONS.with(|o| o.borrow().clone())
}

/// Replaces the global print options.
pub fn set_printoptions(opts: PrintOptions) {
    OPTIONS.with(|o| *o.borrow_mut() = opts);
}

// ---------------------------------------------------------------------------------------------
// Dragon4-equivalent float formatting
// ---------------------------------------------------------------------------------------------

/// How trailing zeros are trimmed (NumPy's `trim=` argument).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trim {
    /// `'k'`: keep trailing zeros (pad to `min_digits`/`precision`).
    Keep,
    /// `'.'`: trim trailing zeros, keep the point: `1.`.
    Dot,
    /// `'0'`: trim trailing zeros but leave one: `1.0`.
    Zero,
    /// `'-'`: trim trailing zeros and the point: `1`.
    DotZeros,
}

/// Integer and fraction digits of |x| in positional notation.
fn positional_digits(ax: f64, precision: Option<usize>, unique: bool) -> (String, String) {
    let s = match (unique, precision) {
        (true, None) => format!("{ax}"),
        (true, Some(p)) => {
            let s = format!("{ax}");
            let frac = s.split_once('.').map_or(0, |(_, f)| f.len());
            if frac > p {
                format!("{ax:.p$}")
            } else {
                s
            }
        }
        (false, p) => format!("{ax:.*}", p.unwrap_or(0)),
    };
    match s.split_once('.') {
        Some((i, f)) => (i.to_string(), f.to_string()),
        None => (s, String::new()),
    }
}

/// Mantissa digits (one integer digit, fraction digits) and exponent of |x|.
fn scientific_digits(ax: f64, precision: Option<usize>, unique: bool) -> (String, String, i32) {
    let s = match (unique, precision) {
        (true, None) => format!("{ax:e}"),
        (true, Some(p)) => {
            let s = format!("{ax:e}");
            let mant = s.split_once('e').map_or("", |(m, _)| m);
            let frac = mant.split_once('.').map_or(0, |(_, f)| f.len());
            if frac > p {
                format!("{ax:.p$e}")
            } else {
                s
            }
        }
        (false, p) => format!("{ax:.*e}", p.unwrap_or(0)),
    };
    let (mant, exp) = s.split_once('e').expect("exponent");
    let exp: i32 = exp.parse().expect("exponent digits");
    let (i, f) = mant.split_once('.').unwrap_or((mant, ""));
    (i.to_string(), f.to_string(), exp)
}

fn apply_trim(frac: &mut String, trim: Trim, min_digits: usize) {
    match trim {
        Trim::Keep => {
            while frac.len() < min_digits {
                frac.push('0');
            }
        }
        _ => {
            while frac.ends_with('0') {
                frac.pop();
            }
            while frac.len() < min_digits {
                frac.push('0');
            }
            if trim == Trim::Zero && frac.is_empty() {
                frac.push('0');
            }
        }
    }
}

fn sign_str(x: f64, plus: bool) -> &'static str {
    if x.is_sign_negative() {
        "-"
    } else if plus {
        "+"
    } else {
        ""
    }
}

/// `np.format_float_positional` (the arguments `arrayprint` uses).
#[allow(clippy::too_many_arguments)]
pub fn format_float_positional(
    x: f64,
    precision: Option<usize>,
    min_digits: usize,
    unique: bool,
    trim: Trim,
    sign_plus: bool,
    pad_left: usize,
    pad_right: usize,
) -> String {
    let (mut int, mut frac) = positional_digits(x.abs(), precision, unique);
    if unique && frac.trim_end_matches('0').len() < min_digits {
        // Dragon4 generates the digits past the unique ones (rounding the last), it does not
        // pad with zeros: the same for most values, not for subnormals or long integer parts.
        (int, frac) = positional_digits(x.abs(), Some(min_digits), false);
    }
    let min = if unique { min_digits } else { min_digits.max(precision.unwrap_or(0)) };
    apply_trim(&mut frac, trim, min);
    let int = format!("{}{}", sign_str(x, sign_plus), int);
    let mut out = format!("{int:>pad_left$}");
    if !(trim == Trim::DotZeros && frac.is_empty()) {
        out.push('.');
    }
    out.push_str(&frac);
    for _ in frac.len()..pad_right {
        out.push(' ');
    }
    out
}

/// `np.format_float_scientific` (the arguments `arrayprint` uses).
#[allow(clippy::too_many_arguments)]
pub fn format_float_scientific(
    x: f64,
    precision: Option<usize>,
    min_digits: usize,
    unique: bool,
    trim: Trim,
    sign_plus: bool,
    pad_left: usize,
    exp_digits: usize,
) -> String {
    let (mut int, mut frac, mut exp) = scientific_digits(x.abs(), precision, unique);
    if unique && frac.trim_end_matches('0').len() < min_digits {
        // Real digits past the unique ones, as Dragon4's `min_digits` (5e-324 -> 4.94065646e-324).
        (int, frac, exp) = scientific_digits(x.abs(), Some(min_digits), false);
    }
    let min = if unique { min_digits } else { min_digits.max(precision.unwrap_or(0)) };
    apply_trim(&mut frac, trim, min);
    let int = format!("{}{}", sign_str(x, sign_plus), int);
    let mut out = format!("{int:>pad_left$}");
    if !(trim == Trim::DotZeros && frac.is_empty()) {
        out.push('.');
    }
    out.push_str(&frac);
    let width = exp_digits.max(2);
    out.push_str(&format!("e{}{:0width$}", if exp < 0 { '-' } else { '+' }, exp.unsigned_abs()));
    out
}

/// `str(np.float64(x))`, which is also Python's `repr(float)` spelling.
pub fn float_scalar_str(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x < 0.0 { "-inf".into() } else { "inf".into() };
    }
    let a = x.abs();
    if a == 0.0 || (1e-4..1e16).contains(&a) {
        format_float_positional(x, None, 0, true, Trim::Zero, false, 0, 0)
    } else {
        format_float_scientific(x, None, 0, true, Trim::DotZeros, false, 0, 0)
    }
}

/// `str()` of a NumPy scalar: `1.5`, `3`, `True`.
pub fn scalar_str(s: Scalar) -> String {
    match s {
        Scalar::Bool(b) => if b { "True" } else { "False" }.into(),
        Scalar::Int(i) => i.to_string(),
        Scalar::Float(x) => float_scalar_str(x),
    }
}

/// `repr()` of a NumPy scalar as NumPy 2 prints it: `np.float64(1.5)`, `np.int64(3)`, `np.True_`.
pub fn scalar_repr(s: Scalar) -> String {
    match s {
        Scalar::Bool(b) => if b { "np.True_" } else { "np.False_" }.into(),
        Scalar::Int(i) => format!("np.int64({i})"),
        Scalar::Float(x) => format!("np.float64({})", float_scalar_str(x)),
    }
}

// ---------------------------------------------------------------------------------------------
// Per-dtype element formatters (arrayprint's *Format classes)
// ---------------------------------------------------------------------------------------------

struct FloatFormat {
    exp_format: bool,
    precision: Option<usize>,
    min_digits: usize,
    unique: bool,
    trim: Trim,
    pad_left: usize,
    pad_right: usize,
    exp_size: usize,
    sign_plus: bool,
}

impl FloatFormat {
    fn new(data: &[f64], opts: &PrintOptions, is_0d: bool) -> FloatFormat {
        let precision = if opts.floatmode == FloatMode::Unique { None } else { Some(opts.precision) };
        let sign = if is_0d { '-' } else { opts.sign };
        let mut f = FloatFormat {
            exp_format: false,
            precision,
            min_digits: 0,
            unique: true,
            trim: Trim::Dot,
            pad_left: 0,
            pad_right: 0,
            exp_size: 0,
            sign_plus: sign == '+',
        };
        let finite: Vec<f64> = data.iter().copied().filter(|x| x.is_finite()).collect();
        let nonzero = finite.iter().filter(|&&x| x != 0.0).map(|x| x.abs());
        let (mut max, mut min) = (f64::NEG_INFINITY, f64::INFINITY);
        let mut any = false;
        for v in nonzero {
            any = true;
            max = max.max(v);
            min = min.min(v);
        }
        if any && (max >= 1e8 || (!opts.suppress && (min < 0.0001 || max / min > 1000.0))) {
            f.exp_format = true;
        }
        if finite.is_empty() {
            f.pad_left = 0;
            f.pad_right = 0;
            f.trim = Trim::Dot;
            f.unique = true;
            f.min_digits = 0;
        } else if f.exp_format {
            let (trim, unique) =
                if opts.floatmode == FloatMode::Fixed { (Trim::Keep, false) } else { (Trim::Dot, true) };
            let strs: Vec<String> = finite
                .iter()
                .map(|&x| format_float_scientific(x, f.precision, 0, unique, trim, f.sign_plus, 0, 0))
                .collect();
            let mut int_len = 0;
            let mut frac_len = 0;
            let mut exp_len = 0;
            for s in &strs {
                let (mant, exp) = s.split_once('e').expect("exponent");
                let (i, fr) = mant.split_once('.').expect("point");
                int_len = int_len.max(i.len());
                frac_len = frac_len.max(fr.len());
                exp_len = exp_len.max(exp.len());
            }
            f.exp_size = exp_len - 1;
            f.trim = Trim::Keep;
            f.precision = Some(frac_len);
            f.min_digits = frac_len;
            f.unique = unique;
            f.pad_left = int_len;
            f.pad_right = f.exp_size + 2 + frac_len;
        } else {
            let (trim, unique) =
                if opts.floatmode == FloatMode::Fixed { (Trim::Keep, false) } else { (Trim::Dot, true) };
            let mut int_len = 0;
            let mut frac_len = 0;
            for &x in &finite {
                let s = format_float_positional(x, f.precision, 0, unique, trim, f.sign_plus, 0, 0);
                let (i, fr) = s.split_once('.').expect("point");
                int_len = int_len.max(i.len());
                frac_len = frac_len.max(fr.len());
            }
            f.pad_left = int_len;
            f.pad_right = frac_len;
            f.unique = unique;
            if matches!(opts.floatmode, FloatMode::Fixed | FloatMode::MaxPrecEqual) {
                f.precision = Some(frac_len);
                f.min_digits = frac_len;
                f.trim = Trim::Keep;
            } else {
                f.trim = Trim::Dot;
                f.min_digits = 0;
            }
        }
        if sign == ' ' && !finite.iter().any(|x| x.is_sign_negative()) {
            f.pad_left += 1;
        }
        if finite.len() != data.len() {
            let neginf = usize::from(sign != '-' || data.contains(&f64::NEG_INFINITY));
            let offset = f.pad_right + 1;
            f.pad_left = f.pad_left.max(3usize.saturating_sub(offset)).max((3 + neginf).saturating_sub(offset));
        }
        f
    }

    fn format(&self, x: f64) -> String {
        if !x.is_finite() {
            let ret = if x.is_nan() {
                format!("{}nan", if self.sign_plus { "+" } else { "" })
            } else {
                format!(
                    "{}inf",
                    if x < 0.0 {
                        "-"
                    } else if self.sign_plus {
                        "+"
                    } else {
                        ""
                    }
                )
            };
            let width = self.pad_left + self.pad_right + 1;
            return format!("{ret:>width$}");
        }
        if self.exp_format {
            format_float_scientific(
                x,
                self.precision,
                self.min_digits,
                self.unique,
                self.trim,
                self.sign_plus,
                self.pad_left,
                self.exp_size,
            )
        } else {
            format_float_positional(
                x,
                self.precision,
                self.min_digits,
                self.unique,
                self.trim,
                self.sign_plus,
                self.pad_left,
                self.pad_right,
            )
        }
    }
}

enum ElemFormat {
    Bool { pad_true: bool },
    Int { width: usize, plus: bool },
    Float(FloatFormat),
}

impl ElemFormat {
    fn new(data: &Array, opts: &PrintOptions, is_0d: bool) -> ElemFormat {
        match data {
            Array::Bool(_) => ElemFormat::Bool { pad_true: !is_0d },
            Array::Int(a) => {
                let v = a.to_vec();
                let mut sign = if is_0d { '-' } else { opts.sign };
                let width = match (v.iter().max(), v.iter().min()) {
                    (Some(&max), Some(&min)) => {
                        let mut max_len = max.to_string().len();
                        if sign == ' ' && min < 0 {
                            sign = '-';
                        }
                        if max >= 0 && (sign == '+' || sign == ' ') {
                            max_len += 1;
                        }
                        max_len.max(min.to_string().len())
                    }
                    _ => 0,
                };
                ElemFormat::Int { width, plus: sign == '+' }
            }
            Array::Float(a) => ElemFormat::Float(FloatFormat::new(&a.to_vec(), opts, is_0d)),
        }
    }

    fn format(&self, s: Scalar) -> String {
        match (self, s) {
            (ElemFormat::Bool { pad_true }, Scalar::Bool(b)) => {
                if b {
                    if *pad_true { " True" } else { "True" }.into()
                } else {
                    "False".into()
                }
            }
            (ElemFormat::Int { width, plus }, Scalar::Int(i)) => {
                let s = if *plus && i >= 0 { format!("+{i}") } else { i.to_string() };
                format!("{s:>width$}")
            }
            (ElemFormat::Float(f), Scalar::Float(x)) => f.format(x),
            (_, s) => scalar_str(s),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Layout (_formatArray)
// ---------------------------------------------------------------------------------------------

/// The edge items of every axis longer than `2 * edgeitems` (`_leading_trailing`), flattened.
fn leading_trailing(a: &Array, edge: usize) -> Array {
    let shape = a.shape().to_vec();
    let strides = c_strides(&shape);
    let mut picks: Vec<Vec<usize>> = Vec::new();
    for &n in &shape {
        if n > 2 * edge {
            picks.push((0..edge).chain(n - edge..n).collect());
        } else {
            picks.push((0..n).collect());
        }
    }
    let mut flat = vec![0usize];
    for (ax, p) in picks.iter().enumerate() {
        let st = strides[ax] as usize;
        flat = flat.iter().flat_map(|&b| p.iter().map(move |&i| b + i * st)).collect();
    }
    let scalars = a.to_scalars();
    let picked: Vec<Scalar> = flat.iter().map(|&i| scalars[i]).collect();
    let n = picked.len();
    match a {
        Array::Bool(_) => Array::from_bool(vec![n], picked.iter().map(|s| s.as_bool()).collect()),
        Array::Int(_) => Array::from_i64(vec![n], picked.iter().map(|s| s.as_i64()).collect()),
        Array::Float(_) => Array::from_f64(vec![n], picked.iter().map(|s| s.as_f64()).collect()),
    }
}

fn extend_line(s: &mut String, line: &mut String, word: &str, line_width: usize, next_line_prefix: &str) {
    let mut needs_wrap = line.len() + word.len() > line_width;
    if line.len() <= next_line_prefix.len() {
        needs_wrap = false;
    }
    if needs_wrap {
        s.push_str(line.trim_end());
        s.push('\n');
        *line = next_line_prefix.to_string();
    }
    line.push_str(word);
}

struct Layout<'a> {
    values: Vec<Scalar>,
    shape: &'a [usize],
    strides: Vec<isize>,
    fmt: ElemFormat,
    separator: &'a str,
    edge: usize,
    summarize: bool,
}

impl Layout<'_> {
    fn recurse(&self, base: usize, axis: usize, hanging: &str, curr_width: usize) -> String {
        let axes_left = self.shape.len() - axis;
        if axes_left == 0 {
            return self.fmt.format(self.values[base]);
        }
        let next_hanging = format!("{hanging} ");
        let next_width = curr_width.saturating_sub(1);
        let a_len = self.shape[axis];
        let stride = self.strides[axis] as usize;
        let show_summary = self.summarize && 2 * self.edge < a_len;
        let (leading, trailing) = if show_summary { (self.edge, self.edge) } else { (0, a_len) };
        let child = |i: usize| self.recurse(base + i * stride, axis + 1, &next_hanging, next_width);
        let mut s = String::new();
        if axes_left == 1 {
            let elem_width = curr_width.saturating_sub(self.separator.trim_end().len().max(1));
            let mut line = hanging.to_string();
            for i in 0..leading {
                extend_line(&mut s, &mut line, &child(i), elem_width, hanging);
                line.push_str(self.separator);
            }
            if show_summary {
                extend_line(&mut s, &mut line, "...", elem_width, hanging);
                line.push_str(self.separator);
            }
            for i in (2..=trailing).rev() {
                extend_line(&mut s, &mut line, &child(a_len - i), elem_width, hanging);
                line.push_str(self.separator);
            }
            extend_line(&mut s, &mut line, &child(a_len - 1), elem_width, hanging);
            s.push_str(&line);
        } else {
            let line_sep = format!("{}{}", self.separator.trim_end(), "\n".repeat(axes_left - 1));
            for i in 0..leading {
                s.push_str(hanging);
                s.push_str(&child(i));
                s.push_str(&line_sep);
            }
            if show_summary {
                s.push_str(hanging);
                s.push_str("...");
                s.push_str(&line_sep);
            }
            for i in (2..=trailing).rev() {
                s.push_str(hanging);
                s.push_str(&child(a_len - i));
                s.push_str(&line_sep);
            }
            s.push_str(hanging);
            s.push_str(&child(a_len - 1));
        }
        format!("[{}]", &s[hanging.len()..])
    }
}

/// `np.array2string(a, separator=..., prefix=...)` with `suffix_len` characters reserved at the
/// end of the last line (NumPy subtracts `len(suffix)` from the line width).
pub fn array2string(a: &Array, opts: &PrintOptions, separator: &str, prefix: &str, suffix_len: usize) -> String {
    if a.size() == 0 {
        return "[]".into();
    }
    let summarize = a.size() > opts.threshold;
    let is_0d = a.ndim() == 0;
    let fmt_data = if summarize { leading_trailing(a, opts.edgeitems) } else { a.clone() };
    let fmt = ElemFormat::new(&fmt_data, opts, is_0d);
    let layout = Layout {
        values: a.to_scalars(),
        shape: a.shape(),
        strides: c_strides(a.shape()),
        fmt,
        separator,
        edge: opts.edgeitems,
        summarize,
    };
    let next_line_prefix = format!(" {}", " ".repeat(prefix.len()));
    layout.recurse(0, 0, &next_line_prefix, opts.linewidth.saturating_sub(suffix_len))
}

/// `repr(a)` with the given options.
pub fn array_repr_with(a: &Array, opts: &PrintOptions) -> String {
    let prefix = "array(";
    let lst = array2string(a, opts, ", ", prefix, 1);
    let mut extras = Vec::new();
    if a.size() == 0 && a.shape() != [0] {
        extras.push(format!("shape={}", shape_str(a.shape())));
    }
    if a.size() == 0 {
        extras.push(format!("dtype={}", a.dtype().name()));
    }
    if extras.is_empty() {
        return format!("{prefix}{lst})");
    }
    let arr_str = format!("{prefix}{lst},");
    let extra_str = format!("{})", extras.join(", "));
    let last_line_len = arr_str.len() - arr_str.rfind('\n').map_or(0, |i| i + 1);
    let spacer = if last_line_len + extra_str.len() + 1 > opts.linewidth {
        format!("\n{}", " ".repeat(prefix.len()))
    } else {
        " ".into()
    };
    format!("{arr_str}{spacer}{extra_str}")
}

/// `str(a)` with the given options.
pub fn array_str_with(a: &Array, opts: &PrintOptions) -> String {
    if a.ndim() == 0 {
        return scalar_str(a.get_flat(0));
    }
    array2string(a, opts, " ", "", 0)
}

/// `repr(a)` with the global print options.
pub fn array_repr(a: &Array) -> String {
    array_repr_with(a, &get_printoptions())
}

/// `str(a)` / `print(a)` with the global print options.
pub fn array_str(a: &Array) -> String {
    array_str_with(a, &get_printoptions())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(shape: Vec<usize>, v: Vec<f64>) -> Array {
        Array::from_f64(shape, v)
    }

    #[test]
    fn basic_float_repr() {
        assert_eq!(array_repr(&f(vec![2], vec![1.0, 2.5])), "array([1. , 2.5])");
        assert_eq!(array_repr(&f(vec![2], vec![1e-5, 1.5e10])), "array([1.0e-05, 1.5e+10])");
        assert_eq!(array_repr(&f(vec![], vec![-0.0])), "array(-0.)");
        assert_eq!(array_str(&f(vec![3], vec![1.0, f64::NAN, f64::NEG_INFINITY])), "[  1.  nan -inf]");
    }

    #[test]
    fn scalars() {
        assert_eq!(scalar_repr(Scalar::Float(1.5)), "np.float64(1.5)");
        assert_eq!(scalar_repr(Scalar::Float(1e16)), "np.float64(1e+16)");
        assert_eq!(scalar_repr(Scalar::Float(-0.0)), "np.float64(-0.0)");
        assert_eq!(scalar_str(Scalar::Float(1.5e-5)), "1.5e-05");
        assert_eq!(scalar_repr(Scalar::Bool(true)), "np.True_");
        assert_eq!(scalar_repr(Scalar::Int(-3)), "np.int64(-3)");
    }
}
