//! pyjs: a Python 3.11 to JavaScript compiler.
//!
//! The phases, in order: [`parse`] (rustpython-parser), [`semantic`] (scopes and name
//! resolution), [`lower`] (Python AST to swc's JS AST), [`emit`] (swc codegen and source maps).
//! [`driver`] runs them over a whole program and writes the output folder with the [`runtime`].

pub mod bundle;
pub mod definite;
pub mod diagnostics;
pub mod driver;
pub mod emit;
pub mod infer;
mod js;
pub mod kernels;
pub mod lower;
pub mod mangle;
pub mod names;
mod nfkc_table;
pub mod parse;
pub mod runtime;
pub mod semantic;
pub mod srcmap;
mod stdlib_names;
mod suggest;
pub mod timing;
pub mod wasm_dce;
