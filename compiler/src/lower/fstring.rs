//! f-strings.
//!
//! ```python
//! f"{name!r}: {value:>10.2f}"
//! ```
//! becomes
//! ```js
//! $fstr_format(name, null, "r") + ": " + $fstr_format(value, ">10.2f", null)
//! // a field with neither conversion nor spec: $fstr(x) (an inferred str: x; small int: String(x))
//! ```
//! Three parts or more are wrapped in `$fstr_flat(...)`, which flattens V8's ConsString tree.

use swc_ecma_ast::{BinaryOp, Expr as JsExpr};

use super::Lowerer;
use crate::js;
use crate::parse::ast::*;

impl Lowerer<'_> {
    pub(super) fn joined_str(&mut self, j: &ExprJoinedStr) -> JsExpr {
        self.joined_parts(j, false)
    }

    /// An f-string, or (`spec`) the format spec of a field, whose literal text the parser leaves
    /// with its backslash escapes (`{x:\u00b7^9}`).
    fn joined_parts(&mut self, j: &ExprJoinedStr, spec: bool) -> JsExpr {
        let mut parts: Vec<JsExpr> = vec![];
        for v in &j.values {
            match v {
                Expr::Constant(ExprConstant { value: Constant::Str(s), .. }) => {
                    if !s.is_empty() {
                        parts.push(js::str_lit(&if spec { unescape(s) } else { s.to_string() }));
                    }
                }
                // The field's formatting carries the whole f-string's position: CPython 3.11
                // reports an error raised by `__format__`/`__str__` there (its tracebacks
                // underline the f-string, not the field's expression).
                Expr::FormattedValue(f) if !spec => {
                    let e = self.formatted_value(f);
                    parts.push(match e {
                        JsExpr::Call(mut c) => {
                            c.span = self.span(j.range);
                            JsExpr::Call(c)
                        }
                        other => other,
                    });
                }
                other => parts.push(self.expr(other)),
            }
        }
        if parts.is_empty() {
            return js::str_lit("");
        }
        // Keep the first operand a string so `+` concatenates.
        if !matches!(parts[0], JsExpr::Lit(swc_ecma_ast::Lit::Str(_))) {
            parts.insert(0, js::str_lit(""));
        }
        let n = parts.len();
        let mut iter = parts.into_iter();
        let first = iter.next().unwrap();
        let e = iter.fold(first, |acc, p| js::bin(BinaryOp::Add, acc, p));
        if spec || n < 3 {
            return e;
        }
        // V8 builds `a + b + c` as a tree of ConsStrings; `$fstr_flat` makes the result one flat
        // string, so the pieces die young instead of living on with it (`lines.append(f"...")`).
        js::call(self.h("fstr_flat"), vec![e])
    }

    pub(super) fn formatted_value(&mut self, f: &ExprFormattedValue) -> JsExpr {
        let v = self.expr(&f.value);
        let conv = match f.conversion {
            ConversionFlag::None => None,
            ConversionFlag::Str => Some("s"),
            ConversionFlag::Repr => Some("r"),
            ConversionFlag::Ascii => Some("a"),
        };
        if conv.is_none() && f.format_spec.is_none() {
            // An exact str formats as itself, a small int (a safe-integer JS number) as its
            // digits (`infer::Ty`).
            match self.ty(&f.value) {
                crate::infer::Ty::Str => return v,
                crate::infer::Ty::SmallInt => return js::call(js::id("String"), vec![v]),
                _ => {}
            }
            // `format(v, "")`: `__format__` of instances, str() of the builtin types.
            let s = self.h("fstr");
            return js::call(s, vec![v]);
        }
        let spec = match f.format_spec.as_deref() {
            Some(Expr::JoinedStr(j)) => self.joined_parts(j, true),
            Some(s) => self.expr(s),
            None => js::null(),
        };
        let conv = conv.map(js::str_lit).unwrap_or_else(js::null);
        let h = self.h("fstr_format");
        js::call(h, vec![v, spec, conv])
    }
}

/// Python's backslash escapes in `s` (`\n`, `\xNN`, `\uNNNN`, `\UNNNNNNNN`, ...); others stay.
fn unescape(s: &str) -> String {
    if !s.contains('\\') {
        return s.to_string();
    }
    let mut out = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let hex = |chars: &mut std::iter::Peekable<std::str::Chars>, n: usize| -> Option<char> {
            let digits: String = (0..n).filter_map(|_| chars.next()).collect();
            u32::from_str_radix(&digits, 16).ok().and_then(char::from_u32)
        };
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some('\\') => out.push('\\'),
            Some('\'') => out.push('\''),
            Some('"') => out.push('"'),
            Some('x') => out.extend(hex(&mut chars, 2)),
            Some('u') => out.extend(hex(&mut chars, 4)),
            Some('U') => out.extend(hex(&mut chars, 8)),
            Some(other) => {
                out.push('\\');
                out.push(other);
            }
            None => out.push('\\'),
        }
    }
    out
}
