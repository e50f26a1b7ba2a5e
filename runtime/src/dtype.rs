//! Data types (`bool`, `int64`, `float64`), the [`Element`] trait that ties a Rust type to
//! its dtype, Python scalars, and NumPy 2's type promotion rules (NEP 50: Python scalars are
//! "weak" and take the array's kind when they fit it).

use std::fmt;

/// The dtypes the runtime supports, ordered by promotion rank (`bool < int64 < float64`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DType {
    Bool,
    Int64,
    Float64,
}

impl DType {
    /// NumPy's name for the dtype, as printed in `dtype=...`.
    pub fn name(self) -> &'static str {
        match self {
            DType::Bool => "bool",
            DType::Int64 => "int64",
            DType::Float64 => "float64",
        }
    }

    /// Parses the dtype spellings a Python program may use (`float`, `np.float64`, `"f8"`, ...).
    pub fn parse(name: &str) -> Option<DType> {
        let name = name.strip_prefix("np.").or_else(|| name.strip_prefix("numpy.")).unwrap_or(name);
        Some(match name {
            "float64" | "float" | "f8" | "float_" | "double" | "d" => DType::Float64,
            "int64" | "int" | "i8" | "int_" | "intp" | "long" | "l" => DType::Int64,
            "bool" | "bool_" | "?" => DType::Bool,
            _ => return None,
        })
    }

    /// Result dtype of combining two arrays (`np.result_type`).
    pub fn promote(a: DType, b: DType) -> DType {
        a.max(b)
    }

    /// Result dtype of combining an array of dtype `self` with a weak Python scalar.
    pub fn promote_scalar(self, s: Scalar) -> DType {
        self.max(s.kind())
    }

    pub fn is_float(self) -> bool {
        self == DType::Float64
    }
}

impl fmt::Display for DType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A scalar value: a Python `bool`/`int`/`float` operand, or a NumPy scalar result
/// (`np.True_`, `np.int64(3)`, `np.float64(1.5)`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Scalar {
    Bool(bool),
    Int(i64),
    Float(f64),
}

impl Scalar {
    /// The dtype this scalar has (or would get as a NumPy scalar).
    pub fn kind(self) -> DType {
        match self {
            Scalar::Bool(_) => DType::Bool,
            Scalar::Int(_) => DType::Int64,
            Scalar::Float(_) => DType::Float64,
        }
    }

    pub fn as_f64(self) -> f64 {
        match self {
            Scalar::Bool(b) => b as i64 as f64,
            Scalar::Int(i) => i as f64,
            Scalar::Float(x) => x,
        }
    }

    pub fn as_i64(self) -> i64 {
        match self {
            Scalar::Bool(b) => b as i64,
            Scalar::Int(i) => i,
            Scalar::Float(x) => f64_to_i64(x),
        }
    }

    pub fn as_bool(self) -> bool {
        match self {
            Scalar::Bool(b) => b,
            Scalar::Int(i) => i != 0,
            Scalar::Float(x) => x != 0.0,
        }
    }

    /// Converts to the given dtype with NumPy's (unsafe) casting rules.
    pub fn cast(self, dtype: DType) -> Scalar {
        match dtype {
            DType::Bool => Scalar::Bool(self.as_bool()),
            DType::Int64 => Scalar::Int(self.as_i64()),
            DType::Float64 => Scalar::Float(self.as_f64()),
        }
    }
}

/// float64 -> int64 cast as NumPy does it on x86-64: truncation, and `i64::MIN` for values
/// that do not fit (NaN, infinities, out of range).
pub fn f64_to_i64(x: f64) -> i64 {
    if (-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&x) {
        x as i64
    } else {
        i64::MIN
    }
}

/// A Rust type that can be stored in an array.
pub trait Element: Copy + Default + PartialEq + PartialOrd + fmt::Debug + 'static {
    const DTYPE: DType;
    fn to_f64(self) -> f64;
    fn to_i64(self) -> i64;
    fn to_bool(self) -> bool;
    fn from_f64(x: f64) -> Self;
    fn from_i64(x: i64) -> Self;
    fn from_bool(x: bool) -> Self;
    fn to_scalar(self) -> Scalar;
    fn from_scalar(s: Scalar) -> Self {
        match s {
            Scalar::Bool(b) => Self::from_bool(b),
            Scalar::Int(i) => Self::from_i64(i),
            Scalar::Float(x) => Self::from_f64(x),
        }
    }
    /// Casts from another element type.
    fn cast_from<U: Element>(u: U) -> Self {
        Self::from_scalar(u.to_scalar())
    }
}

impl Element for f64 {
    const DTYPE: DType = DType::Float64;
    fn to_f64(self) -> f64 {
        self
    }
    fn to_i64(self) -> i64 {
        f64_to_i64(self)
    }
    fn to_bool(self) -> bool {
        self != 0.0
    }
    fn from_f64(x: f64) -> Self {
        x
    }
    fn from_i64(x: i64) -> Self {
        x as f64
    }
    fn from_bool(x: bool) -> Self {
        x as i64 as f64
    }
    fn to_scalar(self) -> Scalar {
        Scalar::Float(self)
    }
}

impl Element for i64 {
    const DTYPE: DType = DType::Int64;
    fn to_f64(self) -> f64 {
        self as f64
    }
    fn to_i64(self) -> i64 {
        self
    }
    fn to_bool(self) -> bool {
        self != 0
    }
    fn from_f64(x: f64) -> Self {
        f64_to_i64(x)
    }
    fn from_i64(x: i64) -> Self {
        x
    }
    fn from_bool(x: bool) -> Self {
        x as i64
    }
    fn to_scalar(self) -> Scalar {
        Scalar::Int(self)
    }
}

impl Element for bool {
    const DTYPE: DType = DType::Bool;
    fn to_f64(self) -> f64 {
        self as i64 as f64
    }
    fn to_i64(self) -> i64 {
        self as i64
    }
    fn to_bool(self) -> bool {
        self
    }
    fn from_f64(x: f64) -> Self {
        x != 0.0
    }
    fn from_i64(x: i64) -> Self {
        x != 0
    }
    fn from_bool(x: bool) -> Self {
        x
    }
    fn to_scalar(self) -> Scalar {
        Scalar::Bool(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn promotion() {
        assert_eq!(DType::promote(DType::Bool, DType::Int64), DType::Int64);
        assert_eq!(DType::promote(DType::Int64, DType::Float64), DType::Float64);
        assert_eq!(DType::Int64.promote_scalar(Scalar::Float(1.5)), DType::Float64);
        assert_eq!(DType::Float64.promote_scalar(Scalar::Int(1)), DType::Float64);
        assert_eq!(DType::Bool.promote_scalar(Scalar::Bool(true)), DType::Bool);
        assert_eq!(DType::parse("np.float64"), Some(DType::Float64));
        assert_eq!(f64_to_i64(f64::NAN), i64::MIN);
        assert_eq!(f64_to_i64(-2.7), -2);
    }
}
