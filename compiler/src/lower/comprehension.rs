//! Comprehensions and generator expressions, each in its own function scope.
//!
//! ```python
//! [x * x for x in xs if x]
//! ```
//! becomes
//! ```js
//! (function listcomp$$($it) { let x; const $r = []; for (const $v1 of $forin($it)) { x = $v1; if ($truthy(x)) $r.push($mul(x, x)); } return $r; })(xs)
//! ```
//! The first iterable is evaluated outside, as in Python. A `for` over the builtin `range`
//! (as `lower/loops.rs` inlines it) is a counting loop; for the first one, its bounds are
//! evaluated and checked outside and passed in (`$a0`, `$a1`). Generator expressions become
//! `function*` and yield instead of collecting. A comprehension with `async for` or `await`
//! becomes an `async function` whose call is awaited (an `async function*` for a generator
//! expression), its `async for` clauses `for await (... of $aforin(it))`.

use swc_common::DUMMY_SP;
use swc_ecma_ast::{AssignOp, BinaryOp, Expr as JsExpr, Stmt as JsStmt};

use super::{FnCtx, Lowerer};
use crate::infer::{is_inlined_range, literal_int};
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

    fn comprehension(&mut self, range: crate::parse::Range, gens: &[Comprehension], what: Collect) -> JsExpr {
        // The first iterable, or the checked bounds of an inlined range.
        let bounds = if !gens[0].is_async && is_inlined_range(self.sem, self.scope, &gens[0].iter) {
            self.range_bounds(&gens[0].iter)
        } else {
            None
        };
        let first_range = bounds.is_some();
        let (first_args, first_step) = bounds.unwrap_or_else(|| (vec![self.expr(&gens[0].iter)], 1));
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
            let inline = if i == 0 {
                first_range.then(|| {
                    let n = first_args.len();
                    let start = if n == 2 { js::id("$a0") } else { js::num(0.0) };
                    (start, js::id(&format!("$a{}", n - 1)), first_step)
                })
            } else if !g.is_async && is_inlined_range(self.sem, self.scope, &g.iter) {
                self.range_bounds(&g.iter).and_then(|(mut a, step)| {
                    let stop = a.pop()?;
                    Some((a.pop().unwrap_or(js::num(0.0)), stop, step))
                })
            } else {
                None
            };
            if let Some((start, stop, step)) = inline {
                let ivar = self.unique("i");
                let nvar = self.unique("n");
                let mut loop_body = self.assign_to(&g.target, js::id(&ivar), DUMMY_SP);
                loop_body.extend(body);
                let cmp = if step > 0 { BinaryOp::Lt } else { BinaryOp::Gt };
                let update = js::assign_op(AssignOp::AddAssign, js::id(&ivar), js::num(step as f64));
                body = vec![js::for_stmt(
                    vec![(&ivar, start), (&nvar, stop)],
                    js::bin(cmp, js::id(&ivar), js::id(&nvar)),
                    update,
                    loop_body,
                    DUMMY_SP,
                )];
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
            if first_range {
                (0..first_args.len()).map(|k| js::param(&format!("$a{k}"))).collect()
            } else {
                vec![js::param("$it")]
            },
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

impl Lowerer<'_> {
    /// The bounds of an inlined `range(...)` (see `is_inlined_range`), each checked by
    /// `$range_stop` in argument order: `[stop]` or `[start, stop]`, and the literal step.
    fn range_bounds(&mut self, iter: &Expr) -> Option<(Vec<JsExpr>, i64)> {
        let Expr::Call(c) = iter else { return None };
        let step = c.args.get(2).and_then(literal_int).unwrap_or(1);
        let n = c.args.len().min(2);
        let mut out = vec![];
        for a in &c.args[..n] {
            let v = self.expr(a);
            let rs = self.h("range_stop");
            out.push(js::call(rs, vec![v]));
        }
        Some((out, step))
    }
}
