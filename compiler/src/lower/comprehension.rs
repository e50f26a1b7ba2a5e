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
//! evaluated and checked outside and passed in (`$a0`, `$a1`). An iterable inferred to be an
//! exact list or a str is walked by index (`Lowerer::seq_index_loop`); a `for k, v in ...` clause
//! goes through `$pairs_iter`, which steps a `dict_items` view with no tuple per item. Generator expressions become
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
use crate::semantic::{NodeKind, ScopeKind};

enum Collect<'e> {
    List(&'e Expr),
    Set(&'e Expr),
    Dict(&'e Expr, &'e Expr),
    Gen(&'e Expr),
    /// A generator expression consumed at once by a builtin (see `genexpr_consumer`).
    Reduce(Reduce, &'e Expr),
}

/// What consumes a generator expression passed to a builtin.
#[derive(Clone, Copy, PartialEq)]
enum Reduce {
    /// `sum(g)`: one loop adding as it goes.
    Sum,
    /// `any(g)` / `all(g)`: one loop returning at the first deciding item.
    Any,
    All,
    /// `list(g)`, `sorted(g)`, `tuple(g)`, `dict(g)`, `"s".join(g)`: the items collected into a list.
    List,
    /// `set(g)`, `frozenset(g)`: the items added to a set as they come (an unhashable item
    /// raises before the next one is computed, as in CPython).
    Set,
    /// `max(g)` / `min(g)` (no key, no default): one loop keeping the first greatest/least item
    /// (`$r = $max_step($r, v)`, `$r` undefined until the first item), then
    /// `$minmax_end($r, "max")`, which raises CPython's ValueError for no items.
    Max,
    Min,
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

    /// A generator expression lowered for the builtin call `call` consuming it: CPython's
    /// traceback shows that call as the frame calling `<genexpr>`.
    fn consumed_comprehension(
        &mut self,
        call: crate::parse::Range,
        range: crate::parse::Range,
        gens: &[Comprehension],
        what: Collect,
    ) -> JsExpr {
        self.comp_call = Some(call);
        self.comprehension(range, gens, what)
    }

    fn comprehension(&mut self, range: crate::parse::Range, gens: &[Comprehension], what: Collect) -> JsExpr {
        // The expression the frame calling the comprehension's function shows.
        let shown = self.comp_call.take().unwrap_or(range);
        let name = match what {
            Collect::Gen(_) | Collect::Reduce(..) => "genexpr$$",
            Collect::Set(_) => "setcomp$$",
            Collect::Dict(..) => "dictcomp$$",
            Collect::List(_) => "listcomp$$",
        };
        let is_gen = matches!(what, Collect::Gen(_));
        let CompParts { first_args, first_range, stmts, is_async } = self.comprehension_parts(range, gens, what);
        let func = js::function(
            js::FnOpts { name: Some(name.into()), is_generator: is_gen, is_async, span: self.span(range) },
            if first_range {
                (0..first_args.len()).map(|k| js::param(&format!("$a{k}"))).collect()
            } else {
                vec![js::param("$it")]
            },
            stmts,
        );
        // Inside a function or class, the generator objects carry their `__qualname__`
        // (`f.<locals>.<genexpr>`); at module level the runtime's fallback `<genexpr>` is right.
        let func = if is_gen && !is_async && !self.qual_prefix.is_empty() {
            let qual = format!("{}<genexpr>", self.qual_prefix);
            let f = self.h("genq");
            js::call(f, vec![func, js::str_lit(&qual)])
        } else {
            func
        };
        // The call of the function is printed on its last line (`})(xs)`), which V8 reports as
        // the calling frame's position: a plain first argument maps to the end of the expression
        // shown (the traceback printer takes the primary expression ending there).
        // Another first argument (`self.items`, `range(len(xs))`) is evaluated into a temporary
        // just before, so that the call's position is that end too.
        let mut first_args = first_args;
        // A generator expression gets its first iterable's iterator when it is made, as in
        // CPython (`(x for x in 5)` raises TypeError at once).
        if is_gen && !is_async && !first_range {
            if let Some(arg) = first_args.first_mut() {
                let value = std::mem::replace(arg, js::null());
                *arg = js::call(self.h("geniter"), vec![value]);
            }
        }
        let mut hoisted = None;
        if let Some(end) = self.end_span(self.span(shown)) {
            match first_args.first_mut() {
                Some(_) if is_async => {}
                Some(JsExpr::Ident(id)) if id.span.is_dummy() => id.span = end,
                Some(JsExpr::Ident(_)) | None => {}
                Some(arg) => {
                    let t = self.temp();
                    let value = std::mem::replace(arg, js::id(&t));
                    if let JsExpr::Ident(id) = arg {
                        id.span = end;
                    }
                    hoisted = Some(js::assign(js::id(&t), value));
                }
            }
        }
        let call = self.call_sp(func, first_args, self.span(range));
        let call = match hoisted {
            Some(a) => js::seq(vec![a, call]),
            None => call,
        };
        if is_async && !is_gen {
            self.fctx().saw_await = true;
            js::await_expr(call)
        } else {
            call
        }
    }

    /// `yield from (genexpr)` as a statement of a generator function: the generator
    /// expression's loop inlined in a block, its `yield` the enclosing generator's own (no inner
    /// generator to resume per item). The first iterable is evaluated first, outside the block
    /// whose `let`s hold the genexpr's variables; `send` values are dropped by both forms,
    /// `throw` lands on the same `yield` inside the same PEP 479 `try`.
    /// ```js
    /// { const $it = <first iterable>; { let x; try { for (...) { x = $v; if (...) (yield x); } } catch ($e) { throw $gen_stop($e); } } }
    /// ```
    pub(super) fn yield_from_genexpr(&mut self, e: &Expr) -> Option<JsStmt> {
        let Expr::GeneratorExp(g) = e else { return None };
        if has_async(e) {
            return None;
        }
        let CompParts { first_args, first_range, stmts, is_async } =
            self.comprehension_parts(g.range, &g.generators, Collect::Gen(&g.elt));
        if is_async {
            return None;
        }
        let mut outer = vec![];
        for (k, a) in first_args.into_iter().enumerate() {
            let name = if first_range { format!("$a{k}") } else { "$it".to_string() };
            outer.push(js::const_decl(&name, a));
        }
        outer.push(js::block(stmts));
        Some(js::block(outer))
    }

    fn comprehension_parts(&mut self, range: crate::parse::Range, gens: &[Comprehension], what: Collect) -> CompParts {
        // The first iterable, or the checked bounds of an inlined range.
        let bounds = if !gens[0].is_async && is_inlined_range(self.sem, self.scope, &gens[0].iter) {
            self.range_bounds(&gens[0].iter)
        } else {
            None
        };
        let first_range = bounds.is_some();
        let (first_args, first_step) = bounds.unwrap_or_else(|| (vec![self.expr(&gens[0].iter)], 1));
        // An exact list or a str (inferred where the first iterable is evaluated) is walked by index.
        let first_ty = if first_range { crate::infer::Ty::Unknown } else { self.ty(&gens[0].iter) };
        let scope = self.sem.scope_of(start(range), NodeKind::Comprehension);
        let prev = self.scope;
        self.scope = scope;
        let outer = self.fns.last().unwrap();
        let ctx = FnCtx {
            self_name: outer.self_name.clone(),
            class_obj: outer.class_obj.clone(),
            comp_super: outer.class_obj.is_some(),
            ..FnCtx::default()
        };
        self.fns.push(ctx);
        let from_gen = matches!(what, Collect::Gen(_) | Collect::Reduce(..));

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
            Collect::Reduce(Reduce::Set, e) => {
                let v = self.expr(e);
                let f = self.h("set_add");
                js::expr_stmt(js::call(f, vec![js::id("$r"), v]), DUMMY_SP)
            }
            Collect::Reduce(Reduce::List, e) => {
                let v = self.expr(e);
                js::expr_stmt(js::call(js::member(js::id("$r"), "push"), vec![v]), DUMMY_SP)
            }
            Collect::Reduce(Reduce::Sum, e) => {
                let v = self.expr(e);
                let f = self.h("sum_add");
                js::expr_stmt(js::assign(js::id("$r"), js::call(f, vec![js::id("$r"), v])), DUMMY_SP)
            }
            Collect::Reduce(r @ (Reduce::Max | Reduce::Min), e) => {
                let v = self.expr(e);
                let f = self.h(if r == Reduce::Max { "max_step" } else { "min_step" });
                js::expr_stmt(js::assign(js::id("$r"), js::call(f, vec![js::id("$r"), v])), DUMMY_SP)
            }
            Collect::Reduce(r @ (Reduce::Any | Reduce::All), e) => {
                let t = self.test(e);
                let t = if r == Reduce::All { js::not(t) } else { t };
                js::if_stmt(t, vec![js::return_stmt(Some(js::bool_lit(r == Reduce::Any)), DUMMY_SP)], None, DUMMY_SP)
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
            let seq_ty = if i == 0 { first_ty } else { self.ty(&g.iter) };
            if !g.is_async && matches!(seq_ty, crate::infer::Ty::List | crate::infer::Ty::Str) {
                let iterable = if i == 0 { js::id("$it") } else { self.expr(&g.iter) };
                let is_list = seq_ty == crate::infer::Ty::List;
                body = vec![self.seq_index_loop(is_list, iterable, &g.target, body, DUMMY_SP)];
                continue;
            }
            let iterable = if i == 0 { js::id("$it") } else { self.expr(&g.iter) };
            // `for k, v in d.items()`: a `dict_items` view steps through the dict's pairs with
            // no tuple per item (`$pairs_iter`, else `$forin`).
            // A fresh iterator (`(y for y in gen())`) belongs to the comprehension alone: `$iter`
            // keeps its `return`, so closing the comprehension closes it (as CPython's dropping
            // the last reference does); `$forin` leaves a generator suspended.
            let fresh = i == 0 && matches!(g.iter, Expr::Call(_) | Expr::GeneratorExp(_));
            let helper = if g.is_async {
                "aforin"
            } else if super::loops::is_pair_target(&g.target) {
                "pairs_iter"
            } else if fresh {
                "iter"
            } else {
                "forin"
            };
            let f = self.h(helper);
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
        // `__closure__`/`__code__`: the comprehension's free variables are free in the
        // enclosing function too, or cells of it when it binds them.
        for name in &ctx.free {
            if self.is_free_here(name) || self.comprehension_free(name) {
                self.fctx().free.insert(name.clone());
            } else if self.wants_code {
                let sc = self.sem.scope(self.scope);
                if matches!(sc.kind, ScopeKind::Function | ScopeKind::Lambda) && sc.binds(name) {
                    self.fctx().cellvars.insert(name.clone());
                }
            }
        }

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
            Collect::Gen(_) | Collect::Reduce(Reduce::Any | Reduce::All, _) => None,
            Collect::Reduce(Reduce::List, _) => Some(js::array(vec![])),
            Collect::Reduce(Reduce::Set, _) => {
                let f = self.h("mkset");
                Some(js::call(f, vec![js::array(vec![])]))
            }
            Collect::Reduce(Reduce::Sum, _) => Some(js::num(0.0)),
            Collect::Reduce(Reduce::Max | Reduce::Min, _) => Some(js::undefined()),
        };
        if let Some(init) = &init {
            if matches!(what, Collect::Reduce(Reduce::Sum | Reduce::Max | Reduce::Min, _)) {
                stmts.push(js::let_decl("$r", init.clone()));
            } else {
                stmts.push(js::const_decl("$r", init.clone()));
            }
        }
        if from_gen {
            // PEP 479: a StopIteration escaping a generator expression becomes a RuntimeError.
            let e = self.unique("e");
            let f = self.h("gen_stop");
            let rethrow = js::throw_stmt(js::call(f, vec![js::id(&e)]), DUMMY_SP);
            body = vec![js::try_stmt(body, Some((&e, vec![rethrow])), None, DUMMY_SP)];
        }
        stmts.extend(body);
        if let Collect::Reduce(r @ (Reduce::Max | Reduce::Min), _) = what {
            let f = self.h("minmax_end");
            let name = js::str_lit(if r == Reduce::Max { "max" } else { "min" });
            stmts.push(js::return_stmt(Some(js::call(f, vec![js::id("$r"), name])), DUMMY_SP));
        } else if init.is_some() {
            stmts.push(js::return_stmt(Some(js::id("$r")), DUMMY_SP));
        } else if let Collect::Reduce(r, _) = what {
            stmts.push(js::return_stmt(Some(js::bool_lit(r == Reduce::All)), DUMMY_SP));
        }
        CompParts { first_args, first_range, stmts, is_async }
    }
}

/// A comprehension's function, before it is made one: the arguments (the first iterable as
/// `$it`, or an inlined range's bounds as `$a0`, `$a1`) and the body.
struct CompParts {
    first_args: Vec<JsExpr>,
    first_range: bool,
    stmts: Vec<JsStmt>,
    is_async: bool,
}

impl Lowerer<'_> {
    /// The bounds of an inlined `range(...)` (see `is_inlined_range`), each checked by
    /// `$range_stop` (a start by `$range_start`) in argument order: `[stop]` or `[start, stop]`, and the literal step.
    fn range_bounds(&mut self, iter: &Expr) -> Option<(Vec<JsExpr>, i64)> {
        let Expr::Call(c) = iter else { return None };
        let step = c.args.get(2).and_then(literal_int).unwrap_or(1);
        let n = c.args.len().min(2);
        let mut out = vec![];
        for (k, a) in c.args[..n].iter().enumerate() {
            let v = self.expr(a);
            let rs = self.h(if n == 2 && k == 0 { "range_start" } else { "range_stop" });
            out.push(js::call(rs, vec![v]));
        }
        Some((out, step))
    }
}

impl Lowerer<'_> {
    /// A builtin consuming a generator expression at once, without the generator:
    /// `sum/any/all/min/max(g)` loop in the genexpr's own function (lazily, so `any` stops early);
    /// `list/sorted/tuple/dict(g)` and `"sep".join(g)` collect its items into a list first (what
    /// they do themselves). Only for a plain synchronous genexpr as the only argument.
    pub(super) fn genexpr_consumer(&mut self, c: &ExprCall) -> Option<JsExpr> {
        let [Expr::GeneratorExp(g)] = c.args.as_slice() else { return None };
        if !c.keywords.is_empty() || has_async(&c.args[0]) {
            return None;
        }
        let sp = self.span(c.range);
        match &*c.func {
            Expr::Name(n) if self.resolves_to_builtin(&c.func, n.id.as_str()) => {
                let r = match n.id.as_str() {
                    "sum" => Reduce::Sum,
                    "any" => Reduce::Any,
                    "all" => Reduce::All,
                    "max" => Reduce::Max,
                    "min" => Reduce::Min,
                    "list" => {
                        return Some(self.consumed_comprehension(
                            c.range,
                            g.range,
                            &g.generators,
                            Collect::Reduce(Reduce::List, &g.elt),
                        ))
                    }
                    "set" => {
                        return Some(self.consumed_comprehension(
                            c.range,
                            g.range,
                            &g.generators,
                            Collect::Reduce(Reduce::Set, &g.elt),
                        ))
                    }
                    "frozenset" => {
                        let items = self.consumed_comprehension(
                            c.range,
                            g.range,
                            &g.generators,
                            Collect::Reduce(Reduce::Set, &g.elt),
                        );
                        let f = self.h("frozenset");
                        return Some(self.call_sp(f, vec![items], sp));
                    }
                    // `dict(g)` takes all of g's items before storing any (fillDict), as here.
                    "sorted" | "tuple" | "dict" => {
                        let items = self.consumed_comprehension(
                            c.range,
                            g.range,
                            &g.generators,
                            Collect::Reduce(Reduce::List, &g.elt),
                        );
                        let f = self.h(n.id.as_str());
                        return Some(self.call_sp(f, vec![items], sp));
                    }
                    _ => return None,
                };
                Some(self.consumed_comprehension(c.range, g.range, &g.generators, Collect::Reduce(r, &g.elt)))
            }
            Expr::Attribute(a) if a.attr.as_str() == "join" => {
                let Expr::Constant(ExprConstant { value: Constant::Str(_), .. }) = &*a.value else { return None };
                let sep = self.expr(&a.value);
                let items =
                    self.consumed_comprehension(c.range, g.range, &g.generators, Collect::Reduce(Reduce::List, &g.elt));
                let f = self.h("cm_join");
                Some(self.call_sp(f, vec![sep, items], sp))
            }
            _ => None,
        }
    }
}

/// Whether `e` awaits or has an `async for` clause (not counting nested lambdas' bodies).
fn has_async(e: &Expr) -> bool {
    let mut found = false;
    match e {
        Expr::Await(_) => return true,
        Expr::ListComp(ExprListComp { generators, .. })
        | Expr::SetComp(ExprSetComp { generators, .. })
        | Expr::DictComp(ExprDictComp { generators, .. })
        | Expr::GeneratorExp(ExprGeneratorExp { generators, .. })
            if generators.iter().any(|g| g.is_async) =>
        {
            return true
        }
        _ => {}
    }
    crate::infer::walk_children(e, |c| found |= has_async(c));
    found
}
