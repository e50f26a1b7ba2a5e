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
//! `return` so that `break` leaves it suspended, as in Python. An iterable inferred to be an
//! exact list (`infer::Ty::List`) or a str is walked by index, with no iterator objects:
//! `for (let $a = xs, $i = 0; $i < $a.length; $i++) { const $v = $a[$i]; x = $v; ... }` (the
//! length is read at each step, as CPython's list iterator does); a str step takes a surrogate
//! pair whole (`typed_seq_loop`). Pairs without a tuple per item: `for k, v in d.items()` reads
//! an exact dict's entries (`$items_iter`), `for x, y in zip(a, b)` (also under `enumerate`)
//! steps two exact lists/tuples by index (`$zip_iter`).

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
            if let Some(stmts) = self.split_loop(target, iter, body, orelse, range) {
                return stmts;
            }
            if let Some(stmts) = self.items_loop(target, iter, body, orelse, range) {
                return stmts;
            }
            if let Some(stmts) = self.typed_seq_loop(target, iter, body, orelse, range) {
                return stmts;
            }
        }
        if !is_async && is_pair_target(target) {
            if let Some(iterable) = self.zip_pairs(iter) {
                return self.for_of_loop(target, iterable, body, orelse, range);
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
        } else if is_pair_target(target) {
            // A `dict_items` view (`view = d.items()`) without a tuple per item.
            "pairs_iter"
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

    /// `for (const $v of iterable) { target = $v; body }`.
    fn for_of_loop(
        &mut self,
        target: &Expr,
        iterable: JsExpr,
        body: &[Stmt],
        orelse: &[Stmt],
        range: crate::parse::Range,
    ) -> Vec<JsStmt> {
        let v = self.unique("v");
        let mut loop_body = self.assign_to(target, js::id(&v), DUMMY_SP);
        let (stmts, label) = self.loop_body(body, orelse);
        loop_body.extend(stmts);
        let stmt = js::for_of(&v, true, iterable, loop_body, false, self.span(range));
        self.with_else(stmt, label, orelse)
    }

    /// `zip(a, b)` (the builtin, two positional arguments) iterated by a loop whose target
    /// unpacks each item to two: `$zip_iter(a, b)`, which steps two exact lists or tuples by
    /// index with a plain `[x, y]` array per item (the unpacking takes it as is) and is the zip
    /// object for anything else.
    fn zip_pairs(&mut self, iter: &Expr) -> Option<JsExpr> {
        let Expr::Call(c) = iter else { return None };
        let Expr::Name(n) = &*c.func else { return None };
        if n.id.as_str() != "zip"
            || self.sem.resolve(self.scope, "zip") != crate::semantic::Resolved::Builtin
            || !c.keywords.is_empty()
            || c.args.len() != 2
            || c.args.iter().any(|a| matches!(a, Expr::Starred(_)))
        {
            return None;
        }
        let a = self.owned_arg(&c.args[0]);
        let b = self.owned_arg(&c.args[1]);
        let f = self.h("zip_iter");
        Some(js::call(f, vec![a, b]))
    }

    /// `for w in s.split()`: for a str `s` the pieces one at a time, with no list
    /// (`{ const $c = $split_iter(s); let $v; while (($v = $c.step()) !== undefined) { w = $v; ... } }`);
    /// any other receiver's `split()` result is stepped through as a `for` would iterate it.
    fn split_loop(
        &mut self,
        target: &Expr,
        iter: &Expr,
        body: &[Stmt],
        orelse: &[Stmt],
        range: crate::parse::Range,
    ) -> Option<Vec<JsStmt>> {
        let Expr::Call(c) = iter else { return None };
        let Expr::Attribute(a) = &*c.func else { return None };
        if a.attr.as_str() != "split" || !c.args.is_empty() || !c.keywords.is_empty() || self.is_module_expr(&a.value) {
            return None;
        }
        let s = self.expr(&a.value);
        let (cur, v) = (self.unique("c"), self.unique("v"));
        let f = self.h("split_iter");
        let mut loop_body = self.assign_to(target, js::id(&v), DUMMY_SP);
        let (stmts, label) = self.loop_body(body, orelse);
        loop_body.extend(stmts);
        let step = js::call(js::member(js::id(&cur), "step"), vec![]);
        let test = js::bin(BinaryOp::NotEqEq, js::paren(js::assign(js::id(&v), step)), js::undefined());
        let stmt = js::block(vec![
            js::const_decl(&cur, js::call(f, vec![s])),
            js::let_names(&[v.clone()]),
            js::while_stmt(test, loop_body, self.span(range)),
        ]);
        Some(self.with_else(stmt, label, orelse))
    }

    /// `for k, v in d.items()`: `for (const $v of $items_iter(d)) { k = $v[0]; v = $v[1]; ... }`.
    /// An exact dict's pairs come straight from its Map as 2-item arrays (no tuple per item,
    /// the same size check as the `dict_items` iterator); any other receiver's `items()` result
    /// is iterated and each item unpacked to exactly two, as `k, v = item` would (the runtime's
    /// `items_iter`).
    fn items_loop(
        &mut self,
        target: &Expr,
        iter: &Expr,
        body: &[Stmt],
        orelse: &[Stmt],
        range: crate::parse::Range,
    ) -> Option<Vec<JsStmt>> {
        let (Expr::Call(c), Expr::Tuple(ExprTuple { elts, .. }) | Expr::List(ExprList { elts, .. })) = (iter, target)
        else {
            return None;
        };
        let Expr::Attribute(a) = &*c.func else { return None };
        if a.attr.as_str() != "items"
            || !c.args.is_empty()
            || !c.keywords.is_empty()
            || elts.len() != 2
            || elts.iter().any(|e| matches!(e, Expr::Starred(_)))
            || self.is_module_expr(&a.value)
        {
            return None;
        }
        let d = self.expr(&a.value);
        let f = self.h("items_iter");
        let v = self.unique("v");
        let mut loop_body = self.assign_to(&elts[0], js::index(js::id(&v), js::num(0.0)), DUMMY_SP);
        loop_body.extend(self.assign_to(&elts[1], js::index(js::id(&v), js::num(1.0)), DUMMY_SP));
        let (stmts, label) = self.loop_body(body, orelse);
        loop_body.extend(stmts);
        let stmt = js::for_of(&v, true, js::call(f, vec![d]), loop_body, false, self.span(range));
        Some(self.with_else(stmt, label, orelse))
    }

    /// `for x in xs` over an exact list or a str (inferred types): an index loop over the value
    /// `xs` had when the loop started. A str step yields one code point: a high surrogate
    /// followed by a low one is taken as a pair, anything else as one code unit.
    fn typed_seq_loop(
        &mut self,
        target: &Expr,
        iter: &Expr,
        body: &[Stmt],
        orelse: &[Stmt],
        range: crate::parse::Range,
    ) -> Option<Vec<JsStmt>> {
        let ty = self.ty(iter);
        if ty != crate::infer::Ty::List && ty != crate::infer::Ty::Str {
            return None;
        }
        let iterable = self.expr(iter);
        let (stmts, label) = self.loop_body(body, orelse);
        let stmt = self.seq_index_loop(ty == crate::infer::Ty::List, iterable, target, stmts, self.span(range));
        Some(self.with_else(stmt, label, orelse))
    }

    /// `for (let $a = iterable, $i = 0; $i < $a.length; $i++) { const $v = <item>; target = $v;
    /// body }` over an exact list (`is_list`) or a str (one code point per step).
    pub(super) fn seq_index_loop(
        &mut self,
        is_list: bool,
        iterable: JsExpr,
        target: &Expr,
        body: Vec<JsStmt>,
        sp: swc_common::Span,
    ) -> JsStmt {
        let (a, i, v) = (self.unique("a"), self.unique("i"), self.unique("v"));
        let item = if is_list {
            js::index(js::id(&a), js::id(&i))
        } else {
            let code_at = |at: JsExpr| js::call(js::member(js::id(&a), "charCodeAt"), vec![at]);
            let unit_is = |unit: JsExpr, tag: f64| {
                js::bin(
                    BinaryOp::EqEqEq,
                    js::paren(js::bin(BinaryOp::BitAnd, unit, js::num(0xfc00 as f64))),
                    js::num(tag),
                )
            };
            let high = unit_is(code_at(js::id(&i)), 0xd800 as f64);
            let low = unit_is(code_at(js::bin(BinaryOp::Add, js::id(&i), js::num(1.0))), 0xdc00 as f64);
            let pre_inc = JsExpr::Update(swc_ecma_ast::UpdateExpr {
                span: DUMMY_SP,
                op: UpdateOp::PlusPlus,
                prefix: true,
                arg: Box::new(js::id(&i)),
            });
            // `$a.slice($i, ++$i + 1)`: the pair, leaving `$i` on its second unit.
            let pair = js::call(
                js::member(js::id(&a), "slice"),
                vec![js::id(&i), js::bin(BinaryOp::Add, js::paren(pre_inc), js::num(1.0))],
            );
            js::cond(js::bin(BinaryOp::LogicalAnd, high, low), pair, js::index(js::id(&a), js::id(&i)))
        };
        let mut loop_body = vec![js::const_decl(&v, item)];
        loop_body.extend(self.assign_to(target, js::id(&v), DUMMY_SP));
        loop_body.extend(body);
        let update = JsExpr::Update(swc_ecma_ast::UpdateExpr {
            span: DUMMY_SP,
            op: UpdateOp::PlusPlus,
            prefix: false,
            arg: Box::new(js::id(&i)),
        });
        let test = js::bin(BinaryOp::Lt, js::id(&i), js::member(js::id(&a), "length"));
        js::for_stmt(vec![(&a, iterable), (&i, js::num(0.0))], test, update, loop_body, sp)
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
                let rs = self.h("range_start");
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
        let product = if orelse.is_empty() { self.product_acc(target, body) } else { None };
        let Some((acc, factor)) = product else {
            let (stmts, label) = self.loop_body(body, orelse);
            loop_body.extend(stmts);
            let stmt = js::for_stmt(
                vec![(&i, start), (&n, stop)],
                js::bin(cmp, js::id(&i), js::id(&n)),
                update,
                loop_body,
                self.span(range),
            );
            return Some(self.with_else(stmt, label, orelse));
        };
        // A product accumulator: factors multiply into a pending JS number while the product
        // stays a safe integer; full ones are kept and multiplied into `acc` after the loop.
        let sp = self.span(range);
        let (f, k, x, p) = (self.temp(), self.temp(), self.temp(), self.temp());
        let small = self.ty(factor) == crate::infer::Ty::SmallInt;
        let value = self.expr(factor);
        let mut test = js::call(
            js::member(js::id("Number"), "isSafeInteger"),
            vec![js::assign(js::id(&p), js::bin(BinaryOp::Mul, js::id(&k), js::id(&x)))],
        );
        let first = if small {
            loop_body.push(js::expr_stmt(js::assign(js::id(&x), value), DUMMY_SP));
            test
        } else {
            test = js::bin(BinaryOp::LogicalAnd, super::typed::is_number(js::assign(js::id(&x), value)), test);
            test
        };
        let pend = self.h("mul_pend");
        loop_body.push(js::if_stmt(
            first,
            vec![js::expr_stmt(js::assign(js::id(&k), js::id(&p)), DUMMY_SP)],
            Some(vec![js::expr_stmt(
                js::assign(js::id(&k), js::call(pend, vec![js::id(&f), js::id(&k), js::id(&x)])),
                DUMMY_SP,
            )]),
            DUMMY_SP,
        ));
        let stmt =
            js::for_stmt(vec![(&i, start), (&n, stop)], js::bin(cmp, js::id(&i), js::id(&n)), update, loop_body, sp);
        let flush = self.h("mul_flush");
        let r = self.name_ref(&acc);
        let r2 = self.name_ref(&acc);
        Some(vec![
            js::expr_stmt(js::assign(js::id(&f), js::array(vec![])), DUMMY_SP),
            js::expr_stmt(js::assign(js::id(&k), js::num(1.0)), DUMMY_SP),
            stmt,
            js::expr_stmt(js::assign(r, js::call(flush, vec![r2, js::id(&f), js::id(&k)])), sp),
        ])
    }

    /// The accumulator and factor of a range loop whose whole body is `acc *= factor` (or
    /// `acc = acc * factor`, `acc = factor * acc`) on an int local `acc`, with a factor that is
    /// an int expression of names, literals, `+ - *` and unary minus not mentioning `acc` nor
    /// able to raise after the first iteration: the loop then only multiplies `acc` by ints, which
    /// may be regrouped.
    fn product_acc<'b>(&self, target: &Expr, body: &'b [Stmt]) -> Option<(String, &'b Expr)> {
        let [stmt] = body else { return None };
        let (acc, factor): (&str, &Expr) = match stmt {
            Stmt::AugAssign(a) if a.op == Operator::Mult => match &*a.target {
                Expr::Name(n) => (n.id.as_str(), &a.value),
                _ => return None,
            },
            Stmt::Assign(a) if a.targets.len() == 1 => {
                let (Expr::Name(n), Expr::BinOp(b)) = (&a.targets[0], &*a.value) else { return None };
                if b.op != Operator::Mult {
                    return None;
                }
                let is_acc = |e: &Expr| matches!(e, Expr::Name(m) if m.id == n.id);
                if is_acc(&b.left) {
                    (n.id.as_str(), &*b.right)
                } else if is_acc(&b.right) {
                    (n.id.as_str(), &*b.left)
                } else {
                    return None;
                }
            }
            _ => return None,
        };
        if self.var_ty(acc) != crate::infer::Ty::Int || self.is_marked(acc) {
            return None;
        }
        if matches!(target, Expr::Name(t) if t.id.as_str() == acc) || !matches!(target, Expr::Name(_)) {
            return None;
        }
        if !self.ty(factor).is_int() || !self.pure_int(factor, acc) {
            return None;
        }
        Some((acc.to_string(), factor))
    }

    /// An int expression that cannot raise and does not read `acc`: int names (other than
    /// `acc`), int literals, `+ - *` and unary minus of such.
    fn pure_int(&self, e: &Expr, acc: &str) -> bool {
        match e {
            Expr::Name(n) => n.id.as_str() != acc && self.ty(e).is_int(),
            Expr::Constant(ExprConstant { value: Constant::Int(_), .. }) => true,
            Expr::BinOp(b) => {
                matches!(b.op, Operator::Add | Operator::Sub | Operator::Mult)
                    && self.pure_int(&b.left, acc)
                    && self.pure_int(&b.right, acc)
            }
            Expr::UnaryOp(u) => u.op == UnaryOp::USub && self.pure_int(&u.operand, acc),
            _ => false,
        }
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
        let iterable = match is_pair_target(&elts[1]).then(|| self.zip_pairs(inner)).flatten() {
            Some(pairs) => pairs,
            None => {
                let iterable = self.expr(inner);
                // As in `for_loop`: a temporary generator is closed when the loop breaks.
                let temporary = matches!(inner, Expr::Call(_) | Expr::GeneratorExp(_));
                let f = self.h(if temporary { "iter" } else { "forin" });
                js::call(f, vec![iterable])
            }
        };
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

/// A loop target that unpacks each item to exactly two (`x, y` or `[x, y]`, no starred name).
pub(super) fn is_pair_target(target: &Expr) -> bool {
    let (Expr::Tuple(ExprTuple { elts, .. }) | Expr::List(ExprList { elts, .. })) = target else { return false };
    elts.len() == 2 && !elts.iter().any(|e| matches!(e, Expr::Starred(_)))
}

fn literal_int(e: &Expr) -> Option<i64> {
    match e {
        Expr::Constant(ExprConstant { value: Constant::Int(i), .. }) => i.to_string().parse().ok(),
        Expr::UnaryOp(u) if u.op == UnaryOp::USub => literal_int(&u.operand).map(|v| -v),
        _ => None,
    }
}
