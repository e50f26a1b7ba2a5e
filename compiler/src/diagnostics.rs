//! Compile-time diagnostics.
//!
//! Every error the compiler reports is built by one of the named constructors below, so each
//! kind has one stable id and one wording. Rendering follows the shape
//! `file.py:LINE:COL: error[id]: message`, then the source line with a caret under the span,
//! then optional help.

use std::fmt::Write as _;

/// A byte range in one source file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: u32, end: u32) -> Span {
        Span { start, end: end.max(start) }
    }
}

#[derive(Clone, Debug)]
pub struct Diagnostic {
    pub id: &'static str,
    pub message: String,
    pub span: Span,
    pub label: String,
    pub help: Option<String>,
}

impl Diagnostic {
    fn new(id: &'static str, span: Span, message: impl Into<String>, label: impl Into<String>) -> Self {
        Diagnostic { id, message: message.into(), span, label: label.into(), help: None }
    }

    fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn syntax_error(span: Span, message: &str) -> Self {
        Diagnostic::new("syntax-error", span, format!("invalid syntax: {message}"), "here")
    }

    pub fn unsupported_syntax(span: Span, what: &str) -> Self {
        Diagnostic::new("unsupported-syntax", span, format!("{what} is not supported by pyjs"), "not supported")
    }

    pub fn unsupported_builtin(span: Span, name: &str, why: &str) -> Self {
        Diagnostic::new("unsupported-builtin", span, format!("`{name}` is not supported by pyjs"), "used here")
            .with_help(why.to_string())
    }

    pub fn unsupported_module(span: Span, module: &str) -> Self {
        let top = module.split('.').next().unwrap_or(module);
        let help = match top {
            "threading" | "_thread" | "multiprocessing" | "concurrent" | "subprocess" => {
                "pyjs compiles to single-threaded JavaScript: threads and processes are not supported (for concurrency, `asyncio` runs on JS promises); wrap an optional import in `try: ... except ImportError:` to make it fail at run time instead"
            }
            "ctypes" | "cffi" => {
                "pyjs compiles Python source to JavaScript and cannot load C extensions or shared libraries; wrap an optional import in `try: ... except ImportError:` to make it fail at run time instead"
            }
            _ => {
                "pyjs compiles local .py modules and ships its own versions of common stdlib modules; wrap an optional import in `try: ... except ImportError:` to make it fail at run time instead"
            }
        };
        Diagnostic::new(
            "unsupported-module",
            span,
            format!("module `{module}` is not available in pyjs"),
            "imported here",
        )
        .with_help(help)
    }

    /// `ast.parse` / `from ast import dump`: a stdlib function pyjs leaves out on purpose.
    pub fn unsupported_stdlib_attribute(span: Span, module: &str, name: &str) -> Self {
        Diagnostic::new(
            "unsupported-attribute",
            span,
            format!("{module}.{name} is not supported by pyjs"),
            "not in pyjs's subset of this module",
        )
    }

    /// `np.foo` / `from numpy import foo` for a name outside pyjs's NumPy subset.
    pub fn unsupported_attribute(span: Span, module: &str, name: &str) -> Self {
        Diagnostic::new(
            "unsupported-attribute",
            span,
            format!("{module}.{name} is not supported by pyjs"),
            "not in pyjs's subset of this module",
        )
        .with_help("README.md lists what pyjs's NumPy supports")
    }

    pub fn unresolved_import(span: Span, module: &str) -> Self {
        Diagnostic::new("unresolved-import", span, format!("no module named `{module}`"), "imported here")
            .with_help("local modules are looked up next to the importing file")
    }

    pub fn invalid_target(span: Span, what: &str) -> Self {
        Diagnostic::new("invalid-target", span, format!("cannot assign to {what}"), "not assignable")
    }

    pub fn misplaced(span: Span, what: &str) -> Self {
        Diagnostic::new("misplaced-statement", span, format!("{what}"), "here")
    }

    pub fn io_error(path: &str, err: &std::io::Error) -> Self {
        Diagnostic::new("io-error", Span::new(0, 0), format!("cannot read {path}: {err}"), "")
    }

    /// Render against the file's text.
    pub fn render(&self, file: &str, src: &str) -> String {
        let (line, col, line_text) = locate(src, self.span.start);
        let mut out = String::new();
        let _ = writeln!(out, "{file}:{line}:{col}: error[{}]: {}", self.id, self.message);
        if !line_text.is_empty() || self.span.end > self.span.start {
            let gutter = line.to_string().len();
            let _ = writeln!(out, "{:gutter$} |", "");
            let _ = writeln!(out, "{line} | {line_text}");
            let width = {
                let end_in_line = (self.span.end as usize).min(line_end(src, self.span.start as usize));
                src.get(self.span.start as usize..end_in_line).map_or(1, |s| s.chars().count().max(1))
            };
            let _ = writeln!(out, "{:gutter$} | {}{} {}", "", " ".repeat(col - 1), "^".repeat(width), self.label);
        }
        if let Some(help) = &self.help {
            let _ = writeln!(out, "  = help: {help}");
        }
        out
    }
}

fn line_end(src: &str, offset: usize) -> usize {
    src[offset.min(src.len())..].find('\n').map_or(src.len(), |i| offset + i)
}

/// 1-based line and column (in characters) of a byte offset, and the text of that line.
pub fn locate(src: &str, offset: u32) -> (usize, usize, &str) {
    let offset = (offset as usize).min(src.len());
    let line_start = src[..offset].rfind('\n').map_or(0, |i| i + 1);
    let line = src[..line_start].matches('\n').count() + 1;
    let col = src[line_start..offset].chars().count() + 1;
    (line, col, &src[line_start..line_end(src, offset)])
}
