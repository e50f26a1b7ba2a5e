//! Statements: one exhaustive dispatch to the construct files.
//!
//! ```python
//! if x > 1:
//!     y = 2
//! ```
//! becomes
//! ```js
//! if ($gt(x, 1)) { y = 2; }
//! ```

use swc_common::DUMMY_SP;
use swc_ecma_ast::{Expr as JsExpr, Stmt as JsStmt};

use super::Lowerer;
use crate::diagnostics::Diagnostic;
use crate::js;
use crate::parse::{ast::*, span};

impl Lowerer<'_> {
    pub(super) fn stmts(&mut self, body: &[Stmt]) -> Vec<JsStmt> {
        body.iter().flat_map(|s| self.stmt(s)).collect()
    }

    pub(super) fn stmt(&mut self, s: &Stmt) -> Vec<JsStmt> {
        match s {
            Stmt::FunctionDef(f) => self.function_def(
                f.name.as_str(),
                &f.args,
                &f.body,
                &f.decorator_list,
                f.returns.as_deref(),
                false,
                f.range,
            ),
            Stmt::AsyncFunctionDef(f) => self.function_def(
                f.name.as_str(),
                &f.args,
                &f.body,
                &f.decorator_list,
                f.returns.as_deref(),
                true,
                f.range,
            ),
            Stmt::ClassDef(c) => self.class_def(c),
            Stmt::Return(r) => {
                let v = r.value.as_ref().map(|v| self.expr(v)).unwrap_or_else(js::null);
                let v = self.return_disown(r.value.as_deref(), v);
                let v = self.return_release(v);
                // An `async def`'s result crosses a JS promise, which would adopt a value with a
                // callable `then` (a Python object with a `then` method, a coroutine): `$awbox`
                // hides it, `$unbox` after the `await` takes it out.
                let in_coroutine =
                    self.fns.last().is_some_and(|f| f.is_async) && !self.sem.scope(self.scope).is_generator;
                let v = if in_coroutine && !matches!(r.value.as_deref(), None | Some(Expr::Constant(_))) {
                    js::call(self.h("awbox"), vec![v])
                } else {
                    v
                };
                vec![js::return_stmt(Some(v), self.span(r.range))]
            }
            Stmt::Delete(d) => {
                let sp = self.span(d.range);
                d.targets.iter().flat_map(|t| self.delete(t, sp)).collect()
            }
            Stmt::Assign(a) => {
                let out = self.assign_stmt(a);
                anchor_calls(out, self.span(a.range))
            }
            Stmt::TypeAlias(t) => {
                self.diag(Diagnostic::unsupported_syntax(span(t.range), "the `type` statement"));
                vec![]
            }
            Stmt::AugAssign(a) => {
                let out = self.aug_assign(a);
                anchor_calls(out, self.span(a.range))
            }
            Stmt::AnnAssign(a) => {
                let mut out = vec![];
                // Class bodies record annotations (as source text), for dataclasses and NamedTuple.
                if let (Some(cls), Expr::Name(n)) = (self.class_objs.last().cloned(), &*a.target) {
                    if self.sem.scope(self.scope).kind == crate::semantic::ScopeKind::Class {
                        let text = self.annotation_source(a.annotation.range());
                        let f = self.h("annotate");
                        let mut args = vec![js::id(&cls), js::str_lit(n.id.as_str()), js::str_lit(&text)];
                        // The evaluated annotation (CPython evaluates it in the class body), unless
                        // `from __future__ import annotations` keeps it as text.
                        if !self.future_annotations {
                            let v = self.expr(&a.annotation);
                            args.push(js::arrow(vec![], vec![js::return_stmt(Some(v), DUMMY_SP)], false));
                        }
                        // The evaluated form of a string annotation, for typing.get_type_hints.
                        if let Some(h) = self.annotation_hint(&a.annotation) {
                            if args.len() == 3 {
                                args.push(js::undefined());
                            }
                            args.push(js::arrow(vec![], vec![js::return_stmt(Some(h), DUMMY_SP)], false));
                        }
                        out.push(js::expr_stmt(js::call(f, args), self.span(a.range)));
                    }
                }
                if let Some(v) = &a.value {
                    let value = self.expr(v);
                    out.extend(self.assign_to(&a.target, value, self.span(a.range)));
                }
                // Module level: `__annotations__[name] = annotation`, after the assignment (as
                // CPython's bytecode does), when the module has its own `__annotations__`.
                if let Expr::Name(n) = &*a.target {
                    if a.simple
                        && self.module_annotations
                        && self.sem.scope(self.scope).kind == crate::semantic::ScopeKind::Module
                    {
                        let v = if self.future_annotations {
                            js::str_lit(&self.annotation_source(a.annotation.range()))
                        } else {
                            self.expr(&a.annotation)
                        };
                        let set =
                            js::call(self.h("setitem"), vec![js::id("__annotations__"), js::str_lit(n.id.as_str()), v]);
                        out.push(js::expr_stmt(set, self.span(a.range)));
                    }
                }
                out
            }
            Stmt::For(f) => self.for_loop(&f.target, &f.iter, &f.body, &f.orelse, false, f.range),
            Stmt::AsyncFor(f) => self.for_loop(&f.target, &f.iter, &f.body, &f.orelse, true, f.range),
            Stmt::While(w) => self.while_loop(w),
            Stmt::If(i) => {
                let test = self.test(&i.test);
                let body = self.stmts(&i.body);
                let orelse = if i.orelse.is_empty() { None } else { Some(self.stmts(&i.orelse)) };
                vec![js::if_stmt(test, body, orelse, self.span(i.range))]
            }
            Stmt::With(w) => {
                let out = self.with_stmt(&w.items, &w.body, false, w.range);
                let jumps = w.body.iter().any(super::exceptions::jumps_out);
                let suspends = self.suspendable() && super::exceptions::stmt_suspends(s);
                self.opaque_record(out, jumps, suspends)
            }
            Stmt::AsyncWith(w) => {
                let out = self.with_stmt(&w.items, &w.body, true, w.range);
                let suspends = self.suspendable();
                self.opaque_record(out, true, suspends)
            }
            Stmt::Match(m) => self.match_stmt(m),
            Stmt::Raise(r) => self.raise_stmt(r),
            Stmt::Try(t) => self.try_stmt(&t.body, &t.handlers, &t.orelse, &t.finalbody, t.range),
            Stmt::TryStar(t) => self.try_star_stmt(&t.body, &t.handlers, &t.orelse, &t.finalbody, t.range),
            Stmt::Assert(a) => self.assert_stmt(a),
            Stmt::Import(i) => self.import_stmt(i),
            Stmt::ImportFrom(i) => self.import_from(i),
            Stmt::Global(_) | Stmt::Nonlocal(_) | Stmt::Pass(_) => vec![],
            Stmt::Expr(e) => {
                if let Some(v) = self.print_str_fast(&e.value) {
                    return vec![js::expr_stmt(v, self.span(e.range))];
                }
                if let Expr::YieldFrom(y) = &*e.value {
                    if let Some(s) = self.yield_from_genexpr(&y.value) {
                        return vec![s];
                    }
                }
                let v = self.expr(&e.value);
                let v = self.discard_fresh(&e.value, v);
                vec![js::expr_stmt(v, self.span(e.range))]
            }
            Stmt::Break(b) => self.break_stmt(b),
            Stmt::Continue(c) => self.continue_stmt(c),
        }
    }
}

/// Gives the statement's span to runtime-helper calls lowered without one (`v = $iadd(v, x)`,
/// `$t = $unpack(v, 2)`): a call that raises must map back to its Python line, or its
/// traceback frame is lost (the source map would have no segment on that JS line).
fn anchor_calls(mut out: Vec<JsStmt>, sp: swc_common::Span) -> Vec<JsStmt> {
    fn anchor(e: &mut JsExpr, sp: swc_common::Span) {
        match e {
            JsExpr::Call(c) if c.span.is_dummy() => c.span = sp,
            JsExpr::Assign(a) => anchor(&mut a.right, sp),
            JsExpr::Paren(p) => anchor(&mut p.expr, sp),
            _ => {}
        }
    }
    for s in &mut out {
        if let JsStmt::Expr(x) = s {
            anchor(&mut x.expr, sp);
        }
    }
    out
}
