//! `pyjs-runtime`: the NumPy subset used by programs compiled with pyjs.
//!
//! Kernels are plain Rust modules, tested natively; only `boundary` (built for wasm32) uses
//! `wasm-bindgen`. Behaviour and printed output follow NumPy 2.x.

pub mod array;
pub mod dtype;
pub mod error;
pub mod creation;
pub mod ops;
pub mod print;
pub mod shape;

pub use array::{Array, Index, NdArray};
pub use dtype::{DType, Element, Scalar};
pub use error::{Error, Result};
