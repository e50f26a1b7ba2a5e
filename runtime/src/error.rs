//! The error type of every fallible kernel. Each variant names the Python exception the JS
//! side raises; the message is NumPy's text for the same failure.

use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Error {
    /// `ValueError` (shape mismatches, bad arguments).
    Value(String),
    /// `TypeError` (unsupported dtype for an operation).
    Type(String),
    /// `IndexError`.
    Index(String),
    /// `numpy.exceptions.AxisError` (a subclass of both `ValueError` and `IndexError`).
    Axis(String),
    /// `numpy.linalg.LinAlgError`.
    LinAlg(String),
    /// A NumPy feature outside the supported subset: `numpy.X is not supported by pyjs`.
    Unsupported(String),
}

impl Error {
    /// The Python exception class name for this error.
    pub fn kind(&self) -> &'static str {
        match self {
            Error::Value(_) => "ValueError",
            Error::Type(_) => "TypeError",
            Error::Index(_) => "IndexError",
            Error::Axis(_) => "AxisError",
            Error::LinAlg(_) => "LinAlgError",
            Error::Unsupported(_) => "NotImplementedError",
        }
    }

    pub fn message(&self) -> &str {
        match self {
            Error::Value(m)
            | Error::Type(m)
            | Error::Index(m)
            | Error::Axis(m)
            | Error::LinAlg(m)
            | Error::Unsupported(m) => m,
        }
    }

    pub fn value(m: impl Into<String>) -> Error {
        Error::Value(m.into())
    }

    pub fn type_(m: impl Into<String>) -> Error {
        Error::Type(m.into())
    }

    pub fn unsupported(what: &str) -> Error {
        Error::Unsupported(format!("numpy.{what} is not supported by pyjs"))
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.kind(), self.message())
    }
}

impl std::error::Error for Error {}

pub type Result<T> = std::result::Result<T, Error>;

/// Formats a shape as Python prints the tuple: `()`, `(3,)`, `(2, 3)`.
pub fn shape_str(shape: &[usize]) -> String {
    match shape {
        [] => "()".to_string(),
        [n] => format!("({n},)"),
        _ => format!("({})", shape.iter().map(|d| d.to_string()).collect::<Vec<_>>().join(", ")),
    }
}

/// Formats a shape without spaces, as NumPy's C-level messages do: `(2,3)`, `(3,)`.
pub fn shape_str_compact(shape: &[usize]) -> String {
    shape_str(shape).replace(", ", ",")
}

/// Normalizes a possibly negative axis, with NumPy's AxisError message.
pub fn norm_axis(axis: isize, ndim: usize) -> Result<usize> {
    let n = ndim as isize;
    if axis < -n || axis >= n {
        return Err(Error::Axis(format!("axis {axis} is out of bounds for array of dimension {ndim}")));
    }
    Ok(if axis < 0 { (axis + n) as usize } else { axis as usize })
}

/// [`norm_axis`] for a named argument: `axis2: axis 3 is out of bounds for array of dimension 3`.
pub fn norm_axis_named(axis: isize, ndim: usize, name: &str) -> Result<usize> {
    norm_axis(axis, ndim).map_err(|e| Error::Axis(format!("{name}: {}", e.message())))
}
