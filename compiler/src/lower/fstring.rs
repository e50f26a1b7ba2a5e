//! f-strings.
//!
//! ```python
//! f"{name!r}: {value:>10.2f}"
//! ```
//! becomes
//! ```js
//! $fstr_format(name, null, "r") + ": " + $fstr_format(value, ">10.2f", null)
//! // a field with neither conversion nor spec: $fstr(x)
//! ```

use swc_ecma_ast::{BinaryOp, Expr as JsExpr};

use super::Lowerer;
use crate::js;
use crate::parse::ast::*;

impl Lowerer<'_> {
    pub(super) fn joined_str(&mut self, j: &ExprJoinedStr) -> JsExpr {
        let mut parts: Vec<JsExpr> = vec![];
        for v in &j.values {
            match v {
                Expr::Constant(ExprConstant { value: Constant::Str(s), .. }) => {
                    if !s.is_empty() {
                        parts.push(js::str_lit(s));
                    }
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
        let mut iter = parts.into_iter();
        let first = iter.next().unwrap();
        iter.fold(first, |acc, p| js::bin(BinaryOp::Add, acc, p))
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
            // `format(v, "")`: `__format__` of instances, str() of the builtin types.
            let s = self.h("fstr");
            return js::call(s, vec![v]);
        }
        let spec = match &f.format_spec {
            Some(s) => self.expr(s),
            None => js::null(),
        };
        let conv = conv.map(js::str_lit).unwrap_or_else(js::null);
        let h = self.h("fstr_format");
        js::call(h, vec![v, spec, conv])
    }
}
