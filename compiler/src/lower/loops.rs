//! `for` and `while` loops, with `else`, `break` and `continue`.
//!
//! ```python
//! for i in range(n):
//!     if i == k: break
//! else:
//!     print("none")
//! ```
//! becomes
//! ```js
//! $L1: {
//!     for (let $i = 0, $n = $range_stop(n); $i < $n; $i++) { i = $i; if ($eq(i, k)) break $L1; }
//!     $print("none");
//! }
//! ```
//! Other iterables loop with `for (const $v of $forin(x))`; `$forin` hides a generator's
//! `return` so that `break` leaves it suspended, as in Python.

use swc_common::DUMMY_SP;
use swc_ecma_ast::{BinaryOp, Expr as JsExpr, Stmt as JsStmt, UpdateOp};

use super::{LoopCtx, Lowerer};
use crate::diagnostics::Diagnostic;
use crate::js;
use crate::parse::{ast::*, span};

impl Lowerer<'_> {
    fn loop_body(&mut self, body: &[Stmt], orelse: &[Stmt]) -> (Vec<JsStmt>, Option<String>) {
        let label = if orelse.is_empty() { None } else { Some(self.label()) };
        self.fctx().loops.push(LoopCtx { else_label: label.clone() });
        let stmts = self.stmts(body);
        self.fctx().loops.pop();
        (stmts, label)
    }

    fn with_else(&mut self, loop_stmt: JsStmt, label: Option<String>, orelse: &[Stmt]) -> Vec<JsStmt> {
        match label {
            None => vec![loop_stmt],
            Some(l) => {
                let mut inner = vec![loop_stmt];
                inner.extend(self.stmts(orelse));
                vec![js::labeled(&l, js::block(inner))]
            }
        }
    }

    pub(super) fn while_loop(&mut self, w: &StmtWhile) -> Vec<JsStmt> {
        let test = self.test(&w.test);
        let (body, label) = self.loop_body(&w.body, &w.orelse);
        let stmt = js::while_stmt(test, body, self.span(w.range));
        self.with_else(stmt, label, &w.orelse)
    }

    pub(super) fn for_loop(
        &mut self,
        target: &Expr,
        iter: &Expr,
        body: &[Stmt],
        orelse: &[Stmt],
        is_async: bool,
        range: crate::parse::Range,
    ) -> Vec<JsStmt> {
        let sp = self.span(range);
        if !is_async {
            if let Some(stmts) = self.range_loop(target, iter, body, orelse, range) {
                return stmts;
            }
        }
        if !is_async {
            if let Some(stmts) = self.enumerate_loop(target, iter, body, orelse, range) {
                return stmts;
            }
        }
        let iterable = self.expr(iter);
        // A generator made just for this loop is closed when the loop breaks (CPython drops
        // the last reference then); one held in a variable stays suspended.
        let temporary = matches!(iter, Expr::Call(_) | Expr::GeneratorExp(_));
        let helper = if is_async {
            "aforin"
        } else if temporary {
            "iter"
        } else {
            "forin"
        };
        let f = self.h(helper);
        let iterable = js::call(f, vec![iterable]);
        let v = self.unique("v");
        let mut loop_body = self.assign_to(target, js::id(&v), DUMMY_SP);
        let (stmts, label) = self.loop_body(body, orelse);
        loop_body.extend(stmts);
        let stmt = js::for_of(&v, true, iterable, loop_body, is_async, sp);
        self.with_else(stmt, label, orelse)
    }

    /// `for i in range(...)` as a counting loop, when `range` is the builtin.
    fn range_loop(
        &mut self,
        target: &Expr,
        iter: &Expr,
        body: &[Stmt],
        orelse: &[Stmt],
        range: crate::parse::Range,
    ) -> Option<Vec<JsStmt>> {
        let Expr::Call(c) = iter else { return None };
        if !self.resolves_to_builtin(&c.func, "range")
            || !c.keywords.is_empty()
            || c.args.is_empty()
            || c.args.len() > 3
        {
            return None;
        }
        if c.args.iter().any(|a| matches!(a, Expr::Starred(_))) {
            return None;
        }
        // The step must be a literal so the loop test's direction is known.
        let step: i64 = match c.args.get(2) {
            None => 1,
            Some(e) => literal_int(e)?,
        };
        if step == 0 {
            return None;
        }
        let (start, stop) = match c.args.len() {
            1 => (js::num(0.0), self.expr(&c.args[0])),
            _ => {
                let a = self.expr(&c.args[0]);
                let b = self.expr(&c.args[1]);
                let rs = self.h("range_stop");
                (js::call(rs, vec![a]), b)
            }
        };
        let rs = self.h("range_stop");
        let stop = js::call(rs, vec![stop]);
        let i = self.unique("i");
        let n = self.unique("n");
        let cmp = if step > 0 { BinaryOp::Lt } else { BinaryOp::Gt };
        let update = if step == 1 {
            JsExpr::Update(swc_ecma_ast::UpdateExpr {
                span: DUMMY_SP,
                op: UpdateOp::PlusPlus,
                prefix: false,
                arg: Box::new(js::id(&i)),
            })
        } else {
            js::assign_op(swc_ecma_ast::AssignOp::AddAssign, js::id(&i), js::num(step as f64))
        };
        let mut loop_body = self.assign_to(target, js::id(&i), DUMMY_SP);
        let (stmts, label) = self.loop_body(body, orelse);
        loop_body.extend(stmts);
        let stmt = js::for_stmt(
            vec![(&i, start), (&n, stop)],
            js::bin(cmp, js::id(&i), js::id(&n)),
            update,
            loop_body,
            self.span(range),
        );
        Some(self.with_else(stmt, label, orelse))
    }

    /// `for i, x in enumerate(xs)` as a loop over `xs` with a counter (no enumerate object,
    /// no tuples): `let $c = 0; for (const $v of $forin(xs)) { i = $c++; x = $v; ... }`.
    fn enumerate_loop(
        &mut self,
        target: &Expr,
        iter: &Expr,
        body: &[Stmt],
        orelse: &[Stmt],
        range: crate::parse::Range,
    ) -> Option<Vec<JsStmt>> {
        if !crate::infer::is_inlined_enumerate(self.sem, self.scope, target, iter) {
            return None;
        }
        let (Expr::Call(c), Expr::Tuple(ExprTuple { elts, .. }) | Expr::List(ExprList { elts, .. })) = (iter, target)
        else {
            return None;
        };
        let inner = &c.args[0];
        let iterable = self.expr(inner);
        // As in `for_loop`: a temporary generator is closed when the loop breaks.
        let temporary = matches!(inner, Expr::Call(_) | Expr::GeneratorExp(_));
        let f = self.h(if temporary { "iter" } else { "forin" });
        let iterable = js::call(f, vec![iterable]);
        let counter = self.unique("c");
        let v = self.unique("v");
        let count = JsExpr::Update(swc_ecma_ast::UpdateExpr {
            span: DUMMY_SP,
            op: UpdateOp::PlusPlus,
            prefix: false,
            arg: Box::new(js::id(&counter)),
        });
        let mut loop_body = self.assign_to(&elts[0], count, DUMMY_SP);
        loop_body.extend(self.assign_to(&elts[1], js::id(&v), DUMMY_SP));
        let (stmts, label) = self.loop_body(body, orelse);
        loop_body.extend(stmts);
        let stmt = js::for_of(&v, true, iterable, loop_body, false, self.span(range));
        let mut out = vec![js::let_decl(&counter, js::num(0.0))];
        out.extend(self.with_else(stmt, label, orelse));
        Some(out)
    }

    pub(super) fn break_stmt(&mut self, s: &StmtBreak) -> Vec<JsStmt> {
        let sp = self.span(s.range);
        match self.fns.last().unwrap().loops.last() {
            None => {
                self.diag(Diagnostic::misplaced(span(s.range), "'break' outside loop"));
                vec![]
            }
            Some(l) => {
                let label = l.else_label.clone();
                vec![js::break_stmt(label.as_deref(), sp)]
            }
        }
    }

    pub(super) fn continue_stmt(&mut self, s: &StmtContinue) -> Vec<JsStmt> {
        if self.fns.last().unwrap().loops.is_empty() {
            self.diag(Diagnostic::misplaced(span(s.range), "'continue' not properly in loop"));
            return vec![];
        }
        vec![js::continue_stmt(None, self.span(s.range))]
    }
}

fn literal_int(e: &Expr) -> Option<i64> {
    match e {
        Expr::Constant(ExprConstant { value: Constant::Int(i), .. }) => i.to_string().parse().ok(),
        Expr::UnaryOp(u) if u.op == UnaryOp::USub => literal_int(&u.operand).map(|v| -v),
        _ => None,
    }
}
