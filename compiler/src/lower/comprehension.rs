//! Comprehensions and generator expressions, each in its own function scope.
//!
//! ```python
//! [x * x for x in xs if x]
//! ```
//! becomes
//! ```js
//! (function listcomp$$($it) { let x; const $r = []; for (const $v1 of $forin($it)) { x = $v1; if ($truthy(x)) $r.push($mul(x, x)); } return $r; })(xs)
//! ```
//! The first iterable is evaluated outside, as in Python; a `for` over the builtin `range` with
//! a literal step is a counting loop (the first one's bounds are evaluated outside and passed
//! as `$it, $it2`), its counter typed as a small int by [`crate::infer`]. Generator expressions become
//! `function*` and yield instead of collecting. A comprehension with `async for` or `await`
//! becomes an `async function` whose call is awaited (an `async function*` for a generator
//! expression), its `async for` clauses `for await (... of $aforin(it))`.

use swc_common::DUMMY_SP;
use swc_ecma_ast::{AssignOp, BinaryOp, Expr as JsExpr, Stmt as JsStmt};

use super::{FnCtx, Lowerer};
use crate::js;
use crate::names;
use crate::parse::{ast::*, start};
use crate::semantic::NodeKind;

enum Collect<'e> {
    List(&'e Expr),
    Set(&'e Expr),
    Dict(&'e Expr, &'e Expr),
    Gen(&'e Expr),
}

impl Lowerer<'_> {
    pub(super) fn list_comp(&mut self, c: &ExprListComp) -> JsExpr {
        self.comprehension(c.range, &c.generators, Collect::List(&c.elt))
    }

    pub(super) fn set_comp(&mut self, c: &ExprSetComp) -> JsExpr {
        self.comprehension(c.range, &c.generators, Collect::Set(&c.elt))
    }

    pub(super) fn dict_comp(&mut self, c: &ExprDictComp) -> JsExpr {
        self.comprehension(c.range, &c.generators, Collect::Dict(&c.key, &c.value))
    }

    pub(super) fn generator_exp(&mut self, c: &ExprGeneratorExp) -> JsExpr {
        self.comprehension(c.range, &c.generators, Collect::Gen(&c.elt))
    }

    /// The bounds of `range(...)` when `iter` is a range that loops inline (see
    /// [`crate::infer::is_inlined_range`], which types the counter): `(start, stop, step)`.
    fn inline_range_bounds(&mut self, iter: &Expr) -> Option<(JsExpr, JsExpr, i64)> {
        if !crate::infer::is_inlined_range(self.sem, self.scope, iter) {
            return None;
        }
        let Expr::Call(c) = iter else { return None };
        let step = match c.args.get(2) {
            None => 1,
            Some(e) => crate::infer::literal_int(e)?,
        };
        let rs = self.h("range_stop");
        let (start, stop) = match c.args.len() {
            1 => (js::num(0.0), self.expr(&c.args[0])),
            _ => {
                let a = self.expr(&c.args[0]);
                let b = self.expr(&c.args[1]);
                (js::call(rs.clone(), vec![a]), b)
            }
        };
        Some((start, js::call(rs, vec![stop]), step))
    }

    /// `for (let $i = start, $n = stop; $i < $n; $i += step) { target = $i; body }`.
    fn inline_range_for(
        &mut self,
        target: &Expr,
        (start, stop, step): (JsExpr, JsExpr, i64),
        body: Vec<JsStmt>,
    ) -> JsStmt {
        let i = self.unique("i");
        let n = self.unique("n");
        let cmp = if step > 0 { BinaryOp::Lt } else { BinaryOp::Gt };
        let update = js::assign_op(AssignOp::AddAssign, js::id(&i), js::num(step as f64));
        let mut loop_body = self.assign_to(target, js::id(&i), DUMMY_SP);
        loop_body.extend(body);
        js::for_stmt(vec![(&i, start), (&n, stop)], js::bin(cmp, js::id(&i), js::id(&n)), update, loop_body, DUMMY_SP)
    }

    fn comprehension(&mut self, range: crate::parse::Range, gens: &[Comprehension], what: Collect) -> JsExpr {
        // The first iterable is evaluated outside; an inlined range passes its bounds.
        let first_range = if gens[0].is_async { None } else { self.inline_range_bounds(&gens[0].iter) };
        let first_args = match first_range {
            Some((start, stop, step)) => (vec![start, stop], Some((js::id("$it"), js::id("$it2"), step))),
            None => (vec![self.expr(&gens[0].iter)], None),
        };
        let (first_args, first_range) = first_args;
        let scope = self.sem.scope_of(start(range), NodeKind::Comprehension);
        let prev = self.scope;
        self.scope = scope;
        let outer = self.fns.last().unwrap();
        let ctx = FnCtx { self_name: outer.self_name.clone(), class_obj: outer.class_obj.clone(), ..FnCtx::default() };
        self.fns.push(ctx);
        let is_gen = matches!(what, Collect::Gen(_));

        // Innermost statement: collect or yield.
        let innermost: JsStmt = match what {
            Collect::List(e) => {
                let v = self.expr(e);
                js::expr_stmt(js::call(js::member(js::id("$r"), "push"), vec![v]), DUMMY_SP)
            }
            Collect::Set(e) => {
                let v = self.expr(e);
                let f = self.h("set_add");
                js::expr_stmt(js::call(f, vec![js::id("$r"), v]), DUMMY_SP)
            }
            Collect::Dict(k, v) => {
                let k = self.expr(k);
                let v = self.expr(v);
                let f = self.h("setitem");
                js::expr_stmt(js::call(f, vec![js::id("$r"), k, v]), DUMMY_SP)
            }
            Collect::Gen(e) => {
                let v = self.expr(e);
                js::expr_stmt(js::yield_expr(Some(v), false), DUMMY_SP)
            }
        };
        let mut body = vec![innermost];
        for (i, g) in gens.iter().enumerate().rev() {
            for cond in g.ifs.iter().rev() {
                let t = self.test(cond);
                body = vec![js::if_stmt(t, body, None, DUMMY_SP)];
            }
            let bounds = match (i, &first_range) {
                (0, r) => r.clone(),
                _ if g.is_async => None,
                _ => self.inline_range_bounds(&g.iter),
            };
            if let Some(b) = bounds {
                body = vec![self.inline_range_for(&g.target, b, body)];
                continue;
            }
            let iterable = if i == 0 { js::id("$it") } else { self.expr(&g.iter) };
            let f = self.h(if g.is_async { "aforin" } else { "forin" });
            let v = self.unique("v");
            let mut loop_body = self.assign_to(&g.target, js::id(&v), DUMMY_SP);
            loop_body.extend(body);
            body = vec![js::for_of(&v, true, js::call(f, vec![iterable]), loop_body, g.is_async, DUMMY_SP)];
        }
        let ctx = self.fns.pop().unwrap();
        // `async for` or `await` inside makes an asynchronous comprehension (awaited where it
        // stands, except an asynchronous generator expression).
        let is_async = gens.iter().any(|g| g.is_async) || ctx.saw_await;
        let mut decls: Vec<String> = self.sem.scope(scope).bound.iter().map(|n| names::mangle(n)).collect();
        decls.extend(ctx.temps);
        self.scope = prev;

        let mut stmts = vec![];
        if !decls.is_empty() {
            stmts.push(js::let_names(&decls));
        }
        let init = match what {
            Collect::List(_) => Some(js::array(vec![])),
            Collect::Set(_) => {
                let f = self.h("mkset");
                Some(js::call(f, vec![js::array(vec![])]))
            }
            Collect::Dict(..) => {
                let f = self.h("mkdict");
                Some(js::call(f, vec![js::array(vec![])]))
            }
            Collect::Gen(_) => None,
        };
        if let Some(init) = &init {
            stmts.push(js::const_decl("$r", init.clone()));
        }
        stmts.extend(body);
        if init.is_some() {
            stmts.push(js::return_stmt(Some(js::id("$r")), DUMMY_SP));
        }
        let func = js::function(
            js::FnOpts {
                name: Some(if is_gen { "genexpr$$".into() } else { "listcomp$$".into() }),
                is_generator: is_gen,
                is_async,
                span: self.span(range),
            },
            first_args.iter().enumerate().map(|(i, _)| js::param(if i == 0 { "$it" } else { "$it2" })).collect(),
            stmts,
        );
        let call = js::call(func, first_args);
        if is_async && !is_gen {
            self.fctx().saw_await = true;
            js::await_expr(call)
        } else {
            call
        }
    }
}
