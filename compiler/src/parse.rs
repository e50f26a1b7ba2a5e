//! The parser boundary: the only module that names `rustpython_parser`.
//!
//! The rest of the compiler uses the AST through `crate::parse::ast`, so replacing the parser
//! means providing the same node types here (or converting to them).

pub use rustpython_parser::ast;
use rustpython_parser::text_size::TextRange;

use crate::diagnostics::{Diagnostic, Span};

/// Parse a module. `path` is only used in messages.
pub fn parse_module(src: &str, path: &str) -> Result<Vec<ast::Stmt>, Diagnostic> {
    use rustpython_parser::Parse;
    ast::Suite::parse(src, path).map_err(|e| {
        let at = e.offset.to_u32();
        Diagnostic::syntax_error(Span::new(at, at + 1), &e.error.to_string())
    })
}

/// The span of any node range.
pub fn span(range: TextRange) -> Span {
    Span::new(range.start().to_u32(), range.end().to_u32())
}

/// Start offset of a range, used as the key of side tables.
pub fn start(range: TextRange) -> u32 {
    range.start().to_u32()
}

pub type Range = TextRange;
