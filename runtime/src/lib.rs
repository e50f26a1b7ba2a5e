//! `pyjs-runtime`: the NumPy subset used by programs compiled with pyjs.
//!
//! Kernels are plain Rust modules, tested natively; only `boundary` (built for wasm32) uses
//! `wasm-bindgen`. Behaviour and printed output follow NumPy 2.x.

pub mod array;
#[cfg(target_arch = "wasm32")]
pub mod boundary;
pub mod creation;
pub mod dtype;
pub mod eigen;
pub mod error;
pub mod linalg;
mod lu_blocked;
pub mod ops;
pub mod print;
pub mod random;
pub mod reduce;
pub mod shape;
pub mod svd;
pub mod trig;
#[cfg(target_arch = "wasm32")]
mod wasm_alloc;
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOC: wasm_alloc::RegionAlloc = wasm_alloc::RegionAlloc::new();
// In WASM the ziggurat tables come from JS (`random::ziggurat::set_tables`).
#[cfg(not(target_arch = "wasm32"))]
mod ziggurat_tables;

pub use array::{Array, Index, NdArray};
pub use dtype::{DType, Element, Scalar};
pub use error::{Error, Result};
