//! `try`/`except`/`else`/`finally`, `raise`, `assert` and `with`.
//!
//! ```python
//! try:
//!     f()
//! except (KeyError, IndexError) as e:
//!     print(e)
//! else:
//!     ok()
//! ```
//! becomes
//! ```js
//! $t1 = false;
//! try { f(); $t1 = true; } catch ($e2) {
//!     $e2 = $exc($e2);
//!     if ($matches($e2, $mktuple($KeyError, $IndexError))) { e = $e2; $print(e); }
//!     else throw $e2;
//! }
//! if ($t1) { ok(); }
//! ```

use swc_common::DUMMY_SP;
use swc_ecma_ast::{Expr as JsExpr, Stmt as JsStmt};

use super::Lowerer;
use crate::js;
use crate::names;
use crate::parse::ast::*;
use crate::semantic::Resolved;

impl Lowerer<'_> {
    pub(super) fn try_stmt(
        &mut self,
        body: &[Stmt],
        handlers: &[ExceptHandler],
        orelse: &[Stmt],
        finalbody: &[Stmt],
        range: crate::parse::Range,
    ) -> Vec<JsStmt> {
        let sp = self.span(range);
        let tb_free = if finalbody.is_empty() && !self.suspends(body) { self.tb_free_classes(handlers) } else { None };
        let guards_import = handlers.iter().any(|h| {
            let ExceptHandler::ExceptHandler(h) = h;
            match &h.type_ {
                None => true,
                Some(t) => catches_import_error(t),
            }
        });
        if guards_import {
            self.fctx().import_guards += 1;
        }
        let mut try_body = self.stmts(body);
        if guards_import {
            self.fctx().import_guards -= 1;
        }

        let ok_flag = if orelse.is_empty() || handlers.is_empty() { None } else { Some(self.temp()) };
        if let Some(flag) = &ok_flag {
            try_body.push(js::expr_stmt(js::assign(js::id(flag), js::bool_lit(true)), DUMMY_SP));
        }
        // Handlers that drop what they catch: while the body runs, an exception of these classes
        // needs no stack capture (`hs_push` in rt/object.mjs). The record is popped at the end
        // of the body and first thing in the catch block, else by a `finally` when the body can
        // jump out.
        let mut pop_in_catch = None;
        if let Some(rec) = &tb_free {
            if body.iter().any(jumps_out) {
                try_body = self.handler_record(rec.clone(), try_body, false);
            } else {
                let h = self.unique("h");
                let push = self.h("hs_push");
                let pop = self.h("hs_pop");
                try_body.push(js::expr_stmt(js::call(pop.clone(), vec![js::id(&h)]), DUMMY_SP));
                pop_in_catch = Some((js::const_decl(&h, js::call(push, vec![rec.clone()])), h, pop));
            }
        }

        let catch = if handlers.is_empty() {
            None
        } else {
            let e = self.unique("e");
            let conv = self.h("exc");
            // In a module that reads `sys.exc_info()` & co. at run time, a handler that finishes
            // restores the exception being handled before it (None outside any handler).
            let restore = self.reads_exc_info;
            let saved = restore.then(|| {
                let p = self.unique("p");
                let get = self.h("caught_get");
                (p.clone(), js::const_decl(&p, js::call(get, vec![])))
            });
            let mut stmts = vec![];
            if let Some((_, decl)) = &saved {
                stmts.push(decl.clone());
            }
            if let Some((_, h, pop)) = &pop_in_catch {
                stmts.push(js::expr_stmt(js::call(pop.clone(), vec![js::id(h)]), DUMMY_SP));
            }
            stmts.push(js::expr_stmt(js::assign(js::id(&e), js::call(conv, vec![js::id(&e)])), DUMMY_SP));
            self.fctx().excs.push(e.clone());
            // Build the if/else-if chain from the last handler backwards.
            let mut chain: Option<Vec<JsStmt>> = Some(vec![js::throw_stmt(js::id(&e), DUMMY_SP)]);
            let mut lowered = vec![];
            for h in handlers {
                let ExceptHandler::ExceptHandler(h) = h;
                let test = h.type_.as_ref().map(|t| {
                    let cls = self.expr(t);
                    let m = self.h("matches");
                    js::call(m, vec![js::id(&e), cls])
                });
                let mut hbody = vec![];
                if let Some(name) = &h.name {
                    let target = self.name_ref(name.as_str());
                    hbody.push(js::expr_stmt(js::assign(target, js::id(&e)), DUMMY_SP));
                }
                hbody.extend(self.stmts(&h.body));
                // CPython deletes the name at the end of the handler.
                if let Some(name) = h.name.as_ref().filter(|n| self.unbinds_handler_name(n.as_str())) {
                    let target = self.name_ref(name.as_str());
                    let marker = self.h("UNBOUND");
                    hbody.push(js::expr_stmt(js::assign(target, marker), DUMMY_SP));
                }
                lowered.push((test, hbody));
            }
            self.fctx().excs.pop();
            for (test, hbody) in lowered.into_iter().rev() {
                chain = Some(match test {
                    None => hbody,
                    Some(t) => vec![js::if_stmt(t, hbody, chain.take(), DUMMY_SP)],
                });
            }
            let chain = chain.unwrap_or_default();
            if handlers.iter().any(|h| {
                let ExceptHandler::ExceptHandler(h) = h;
                !h.body.iter().all(cannot_raise)
            }) {
                // An exception escaping a handler gets the handled one as `__context__`.
                let inner = self.unique("e");
                let ctx = self.h("exc_ctx");
                let rethrow = js::throw_stmt(js::call(ctx, vec![js::id(&inner), js::id(&e)]), DUMMY_SP);
                stmts.push(js::try_stmt(chain, Some((&inner, vec![rethrow])), None, DUMMY_SP));
            } else {
                stmts.extend(chain);
            }
            if let Some((p, _)) = saved {
                let set = self.h("caught_set");
                stmts.push(js::expr_stmt(js::call(set, vec![js::id(&p)]), DUMMY_SP));
            }
            Some((e, stmts))
        };

        let out = self.finish_try(try_body, catch, ok_flag, orelse, finalbody, sp);
        if let Some((decl, _, _)) = pop_in_catch {
            let mut all = vec![decl];
            all.extend(out);
            all
        } else if tb_free.is_some() {
            out
        } else {
            let jumps = body.iter().chain(orelse).chain(finalbody).any(jumps_out)
                || handlers.iter().any(|h| {
                    let ExceptHandler::ExceptHandler(h) = h;
                    h.body.iter().any(jumps_out)
                });
            let suspends = self.suspends(body)
                || self.suspends(orelse)
                || self.suspends(finalbody)
                || handlers.iter().any(|h| {
                    let ExceptHandler::ExceptHandler(h) = h;
                    self.suspends(&h.body) || h.type_.as_deref().is_some_and(expr_suspends)
                });
            self.opaque_record(out, jumps, suspends)
        }
    }

    /// Whether a `try`/`with` here may span a suspension (`yield`/`await`), so that its handler
    /// record could outlive its frame's turn on the stack.
    pub(super) fn suspendable(&self) -> bool {
        self.module_async || self.fns.last().is_some_and(|f| f.is_async) || self.sem.scope(self.scope).is_generator
    }

    /// Whether running `stmts` here may suspend the frame: in a generator or coroutine, when they
    /// hold a `yield`, `yield from`, `await`, `async for` or `async with`. A `try` of a generator
    /// whose body never yields pushes and pops its record within one turn, as in a plain function.
    pub(super) fn suspends(&self, stmts: &[Stmt]) -> bool {
        self.suspendable() && stmts_suspend(stmts)
    }

    /// `stmts` run with a handler record on the runtime's stack (`$hs_push(rec)`, popped on any
    /// way out). A record lists the exception classes that a handler of the enclosing `try` drops
    /// without looking at them (their tracebacks are never needed), or is `null` for a `try` or
    /// `with` that may look at or chain what passes through it.
    fn handler_record(&mut self, rec: JsExpr, stmts: Vec<JsStmt>, suspends: bool) -> Vec<JsStmt> {
        let mut out = vec![];
        if suspends {
            // A record pushed before a suspension would be on the stack when other code runs:
            // instead every exception captures its stack while this block is open
            // (`$hs_susp(1); try { ... } finally { $hs_susp(-1); }`).
            let susp = self.h("hs_susp");
            out.push(js::expr_stmt(js::call(susp.clone(), vec![js::num(1.0)]), DUMMY_SP));
            let fin = vec![js::expr_stmt(js::call(susp, vec![js::num(-1.0)]), DUMMY_SP)];
            out.push(js::try_stmt(stmts, None, Some(fin), DUMMY_SP));
            return out;
        }
        let h = self.unique("h");
        let push = self.h("hs_push");
        out.push(js::const_decl(&h, js::call(push, vec![rec])));
        let pop = self.h("hs_pop");
        let fin = vec![js::expr_stmt(js::call(pop, vec![js::id(&h)]), DUMMY_SP)];
        out.push(js::try_stmt(stmts, None, Some(fin), DUMMY_SP));
        out
    }

    /// `stmts` under a `null` record. A stale `null` record only makes captures happen (until an
    /// enclosing record is popped), so without jumps out of `stmts` it is popped only at their end.
    pub(super) fn opaque_record(&mut self, stmts: Vec<JsStmt>, jumps: bool, suspends: bool) -> Vec<JsStmt> {
        if stmts.is_empty() {
            return stmts;
        }
        if jumps || suspends {
            return self.handler_record(js::null(), stmts, suspends);
        }
        let h = self.unique("h");
        let push = self.h("hs_push");
        let pop = self.h("hs_pop");
        let mut out = vec![js::const_decl(&h, js::call(push, vec![js::null()]))];
        out.extend(stmts);
        out.push(js::expr_stmt(js::call(pop, vec![js::id(&h)]), DUMMY_SP));
        out
    }

    /// The record of a `try` whose handlers all drop the exception (the class of each is a
    /// builtin or a module-level class, the body only simple statements that cannot raise and
    /// do not read the exception): the class, or an array of the classes.
    fn tb_free_classes(&mut self, handlers: &[ExceptHandler]) -> Option<JsExpr> {
        if handlers.is_empty() {
            return None;
        }
        let mut names: Vec<&Expr> = vec![];
        for h in handlers {
            let ExceptHandler::ExceptHandler(h) = h;
            match h.type_.as_deref() {
                Some(Expr::Tuple(t)) => names.extend(t.elts.iter()),
                Some(e) => names.push(e),
                None => return None,
            }
            if !h.body.iter().all(|s| self.tb_free_stmt(s)) {
                return None;
            }
        }
        let ok = names.iter().all(|e| match e {
            Expr::Name(n) => match self.resolve(n.id.as_str()) {
                Resolved::Builtin => {
                    let id = n.id.as_str();
                    (id.ends_with("Error") || id.ends_with("Exception") || id == "StopIteration")
                        && id != "BaseException"
                }
                Resolved::Global => self.static_classes.contains(n.id.as_str()),
                _ => false,
            },
            _ => false,
        });
        if !ok {
            return None;
        }
        let mut classes: Vec<JsExpr> = names.iter().map(|e| self.expr(e)).collect();
        Some(if classes.len() == 1 { classes.pop().unwrap() } else { js::array(classes) })
    }

    /// A handler statement that cannot raise (so no exception gets the handled one as context)
    /// and cannot reach the handled exception.
    fn tb_free_stmt(&self, s: &Stmt) -> bool {
        match s {
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) => true,
            Stmt::Expr(e) => matches!(&*e.value, Expr::Constant(_)),
            Stmt::Return(r) => r.value.as_deref().is_none_or(|v| matches!(v, Expr::Constant(_))),
            Stmt::Assign(a) => {
                a.targets.len() == 1 && matches!(&a.targets[0], Expr::Name(_)) && matches!(&*a.value, Expr::Constant(_))
            }
            Stmt::AugAssign(a) => {
                let Expr::Name(n) = &*a.target else { return false };
                matches!(a.op, Operator::Add | Operator::Sub)
                    && matches!(&*a.value, Expr::Constant(ExprConstant { value: Constant::Int(_), .. }))
                    && self.var_ty(n.id.as_str()).is_int()
                    && !self.unbound_checks.contains_key(&crate::parse::start(n.range))
            }
            _ => false,
        }
    }

    /// `try`/`except*`: each handler runs on the part of the exception group it matches.
    ///
    /// ```js
    /// catch ($e1) { $e1 = $exc($e1); const $g2 = $eg_start($e1);
    ///   const $m3 = $eg_match($g2, ValueError);
    ///   if ($m3 !== null) try { eg = $m3; ... } catch ($e4) { $eg_raised($g2, $exc_ctx($e4, $m3), $m3); }
    ///   $eg_end($g2); }
    /// ```
    pub(super) fn try_star_stmt(
        &mut self,
        body: &[Stmt],
        handlers: &[ExceptHandler],
        orelse: &[Stmt],
        finalbody: &[Stmt],
        range: crate::parse::Range,
    ) -> Vec<JsStmt> {
        let sp = self.span(range);
        let mut try_body = self.stmts(body);
        let ok_flag = if orelse.is_empty() || handlers.is_empty() { None } else { Some(self.temp()) };
        if let Some(flag) = &ok_flag {
            try_body.push(js::expr_stmt(js::assign(js::id(flag), js::bool_lit(true)), DUMMY_SP));
        }
        let e = self.unique("e");
        let g = self.unique("g");
        let conv = self.h("exc");
        let start = self.h("eg_start");
        let mut stmts = vec![
            js::expr_stmt(js::assign(js::id(&e), js::call(conv, vec![js::id(&e)])), DUMMY_SP),
            js::const_decl(&g, js::call(start, vec![js::id(&e)])),
        ];
        for h in handlers {
            let ExceptHandler::ExceptHandler(h) = h;
            let m = self.unique("m");
            let cls = h.type_.as_ref().map(|t| self.expr(t)).unwrap_or_else(|| self.h("BaseException"));
            let matcher = self.h("eg_match");
            stmts.push(js::const_decl(&m, js::call(matcher, vec![js::id(&g), cls])));
            let mut hbody = vec![];
            if let Some(name) = &h.name {
                let target = self.name_ref(name.as_str());
                hbody.push(js::expr_stmt(js::assign(target, js::id(&m)), DUMMY_SP));
            }
            self.fctx().excs.push(m.clone());
            hbody.extend(self.stmts(&h.body));
            self.fctx().excs.pop();
            if let Some(name) = h.name.as_ref().filter(|n| self.unbinds_handler_name(n.as_str())) {
                let target = self.name_ref(name.as_str());
                let marker = self.h("UNBOUND");
                hbody.push(js::expr_stmt(js::assign(target, marker), DUMMY_SP));
            }
            let x = self.unique("e");
            let ctx = self.h("exc_ctx");
            let raised = self.h("eg_raised");
            let record = js::expr_stmt(
                js::call(raised, vec![js::id(&g), js::call(ctx, vec![js::id(&x), js::id(&m)]), js::id(&m)]),
                DUMMY_SP,
            );
            let guarded = js::try_stmt(hbody, Some((&x, vec![record])), None, DUMMY_SP);
            let ran = js::bin(swc_ecma_ast::BinaryOp::NotEqEq, js::id(&m), js::null());
            stmts.push(js::if_stmt(ran, vec![guarded], None, DUMMY_SP));
        }
        let end = self.h("eg_end");
        stmts.push(js::expr_stmt(js::call(end, vec![js::id(&g)]), DUMMY_SP));
        let out = self.finish_try(try_body, Some((e, stmts)), ok_flag, orelse, finalbody, sp);
        let suspends = self.suspendable();
        self.opaque_record(out, true, suspends)
    }

    /// Whether the end of an `except ... as name` handler must unbind `name` (CPython deletes
    /// it): when a later read may find it (definite.rs marks it), or at module level when the
    /// module reads its namespace whole (`globals()`).
    fn unbinds_handler_name(&self, name: &str) -> bool {
        self.is_marked(name) || (self.fns.len() == 1 && self.live_globals)
    }

    /// Assemble `try` with its lowered body and catch clause, and `else`/`finally`.
    fn finish_try(
        &mut self,
        try_body: Vec<JsStmt>,
        catch: Option<(String, Vec<JsStmt>)>,
        ok_flag: Option<String>,
        orelse: &[Stmt],
        finalbody: &[Stmt],
        sp: swc_common::Span,
    ) -> Vec<JsStmt> {
        // A `finally` that may raise runs with the exception in flight (if any) as the one being
        // handled: `$fe` records it, so that an exception raised there gets it as `__context__`.
        let in_flight = (!finalbody.is_empty() && !finalbody.iter().all(cannot_raise)).then(|| self.unique("fe"));
        let finally = if finalbody.is_empty() {
            None
        } else if let Some(fe) = &in_flight {
            self.fctx().excs.push(fe.clone());
            let fin = self.stmts(finalbody);
            self.fctx().excs.pop();
            let y = self.unique("e");
            let ctx = self.h("exc_ctx");
            let chained = js::cond(
                js::bin(swc_ecma_ast::BinaryOp::EqEqEq, js::id(fe), js::undefined()),
                js::id(&y),
                js::call(ctx, vec![js::id(&y), js::id(fe)]),
            );
            Some(vec![js::try_stmt(fin, Some((&y, vec![js::throw_stmt(chained, DUMMY_SP)])), None, DUMMY_SP)])
        } else {
            Some(self.stmts(finalbody))
        };
        let mut out = vec![];
        if let Some(fe) = &in_flight {
            out.push(js::let_decl(fe, js::undefined()));
        }
        // The catch clause that records the exception in flight for `finally`.
        let record = |body: Vec<JsStmt>, catch: Option<(&str, Vec<JsStmt>)>, this: &mut Self| -> JsStmt {
            let fe = in_flight.as_ref().unwrap();
            let x = this.unique("e");
            let conv = this.h("exc");
            let inner = match catch {
                Some(c) => vec![js::try_stmt(body, Some(c), None, DUMMY_SP)],
                None => body,
            };
            let rec = vec![
                js::expr_stmt(js::assign(js::id(fe), js::call(conv, vec![js::id(&x)])), DUMMY_SP),
                js::throw_stmt(js::id(fe), DUMMY_SP),
            ];
            js::try_stmt(inner, Some((&x, rec)), None, DUMMY_SP)
        };
        if let Some(flag) = &ok_flag {
            out.push(js::expr_stmt(js::assign(js::id(flag), js::bool_lit(false)), DUMMY_SP));
        }
        let else_stmts = if orelse.is_empty() { vec![] } else { self.stmts(orelse) };
        match (ok_flag, finally) {
            (Some(flag), Some(fin)) => {
                // The else clause runs inside the outer try so that `finally` follows it.
                let inner = js::try_stmt(try_body, catch.as_ref().map(|(e, s)| (e.as_str(), s.clone())), None, sp);
                let mut outer_body = vec![inner];
                outer_body.push(js::if_stmt(js::id(&flag), else_stmts, None, DUMMY_SP));
                if in_flight.is_some() {
                    outer_body = vec![record(outer_body, None, self)];
                }
                out.push(js::try_stmt(outer_body, None, Some(fin), sp));
            }
            (Some(flag), None) => {
                out.push(js::try_stmt(try_body, catch.as_ref().map(|(e, s)| (e.as_str(), s.clone())), None, sp));
                out.push(js::if_stmt(js::id(&flag), else_stmts, None, DUMMY_SP));
            }
            (None, fin) => {
                // No handlers: `else` (if any) simply follows the body.
                let mut body = try_body;
                body.extend(else_stmts);
                if catch.is_none() && fin.is_none() {
                    out.extend(body);
                } else if in_flight.is_some() {
                    let guarded = record(body, catch.as_ref().map(|(e, s)| (e.as_str(), s.clone())), self);
                    out.push(js::try_stmt(vec![guarded], None, fin, sp));
                } else {
                    out.push(js::try_stmt(body, catch.as_ref().map(|(e, s)| (e.as_str(), s.clone())), fin, sp));
                }
            }
        }
        out
    }

    pub(super) fn raise_stmt(&mut self, r: &StmtRaise) -> Vec<JsStmt> {
        let sp = self.span(r.range);
        let Some(exc) = &r.exc else {
            // Bare `raise`: the exception being handled.
            let current = self.fns.last().unwrap().excs.last().cloned();
            return match current {
                // In a `finally`, the exception in flight may be none.
                Some(e) if e.starts_with("$fe") => {
                    let f = self.h("reraise");
                    let v = js::bin(swc_ecma_ast::BinaryOp::NullishCoalescing, js::id(&e), js::call(f, vec![]));
                    vec![js::throw_stmt(v, sp)]
                }
                Some(e) => vec![js::throw_stmt(js::id(&e), sp)],
                None => {
                    let f = self.h("reraise");
                    vec![js::throw_stmt(js::call(f, vec![]), sp)]
                }
            };
        };
        let mut args = match self.raise_new_call(exc) {
            // `raise C(a, b)`: `$raise_new(C, [a, b])` captures the stack once, at the raise.
            Some(c) => {
                let callee = self.expr(&c.func);
                let vals = self.call_args(&c.args);
                vec![callee, js::array_spread(vals)]
            }
            None => vec![self.expr(exc)],
        };
        let f = self.h(if args.len() == 2 { "raise_new" } else { "raise_" });
        let current = self.fns.last().unwrap().excs.last().cloned();
        if let Some(c) = &r.cause {
            args.push(self.expr(c));
        } else if current.is_some() {
            args.push(js::undefined());
        }
        if let Some(current) = current {
            // Implicit chaining: `__context__` is the exception being handled.
            args.push(js::id(&current));
        }
        vec![js::throw_stmt(self.call_sp(f, args, sp), sp)]
    }

    /// The call of `raise C(a, b)` when C is a name bound to a builtin or to a function or
    /// class (a plain JS call of it is what the call lowering would emit) and the arguments are
    /// plain positional ones.
    fn raise_new_call<'e>(&self, exc: &'e Expr) -> Option<&'e ExprCall> {
        let Expr::Call(c) = exc else { return None };
        let Expr::Name(n) = &*c.func else { return None };
        let name = n.id.as_str();
        if !c.keywords.is_empty() || c.args.iter().any(|a| matches!(a, Expr::Starred(_) | Expr::GeneratorExp(_))) {
            return None;
        }
        let ok = match self.resolve(name) {
            Resolved::Builtin => names::unsupported_builtin(name).is_none() && name != "super",
            Resolved::Global => {
                self.callable_names.contains(name) && self.static_arity.get(name).is_none_or(|&k| c.args.len() <= k)
            }
            _ => false,
        };
        ok.then_some(c)
    }

    pub(super) fn assert_stmt(&mut self, a: &StmtAssert) -> Vec<JsStmt> {
        let sp = self.span(a.range);
        let test = self.test(&a.test);
        let cls = self.h("AssertionError");
        let args = a.msg.as_ref().map(|m| vec![self.expr(m)]).unwrap_or_default();
        let f = self.h("raise_");
        let throw = js::throw_stmt(self.call_sp(f, vec![js::call(cls, args)], sp), sp);
        vec![js::if_stmt(js::not(test), vec![throw], None, sp)]
    }

    /// `with a as x, b:` nests one context manager per item.
    pub(super) fn with_stmt(
        &mut self,
        items: &[WithItem],
        body: &[Stmt],
        is_async: bool,
        range: crate::parse::Range,
    ) -> Vec<JsStmt> {
        let sp = self.span(range);
        let Some((first, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        let mgr = self.temp();
        let exit = self.temp();
        let ok = self.temp();
        let cm_value = self.expr(&first.context_expr);
        let enter_name = if is_async { "__aenter__" } else { "__enter__" };
        // `$with_exit` raises CPython's "does not support the context manager protocol".
        let with_exit = self.h("with_exit");
        let mut out = vec![
            js::expr_stmt(js::assign(js::id(&mgr), cm_value), sp),
            js::expr_stmt(
                js::assign(js::id(&exit), js::call(with_exit, vec![js::id(&mgr), js::bool_lit(is_async)])),
                DUMMY_SP,
            ),
        ];
        let cm = self.h("cm");
        let mut entered = js::call(cm, vec![js::id(&mgr), js::str_lit(enter_name)]);
        if is_async {
            entered = js::call(self.h("unbox"), vec![js::await_expr(js::call(self.h("aw"), vec![entered]))]);
        }
        match &first.optional_vars {
            Some(target) => out.extend(self.assign_to(target, entered, DUMMY_SP)),
            None => out.push(js::expr_stmt(entered, DUMMY_SP)),
        }
        out.push(js::expr_stmt(js::assign(js::id(&ok), js::bool_lit(true)), DUMMY_SP));
        let inner = if rest.is_empty() { self.stmts(body) } else { self.with_stmt(rest, body, is_async, range) };

        let e = self.unique("e");
        let conv = self.h("exc");
        let typ = self.h("type");
        let truthy = self.h("truthy");
        // The `__exit__` calls map to the `with` statement (CPython's frame line for them).
        let mut exit_call =
            js::call_sp(js::id(&exit), vec![js::call(typ, vec![js::id(&e)]), js::id(&e), js::null()], sp);
        if is_async {
            exit_call = js::await_expr(js::call(self.h("aw"), vec![exit_call]));
        }
        let catch = vec![
            js::expr_stmt(js::assign(js::id(&e), js::call(conv, vec![js::id(&e)])), DUMMY_SP),
            js::expr_stmt(js::assign(js::id(&ok), js::bool_lit(false)), DUMMY_SP),
        ];
        // An exception raised by `__exit__` has the one being handled as its `__context__`.
        let f = self.unique("e");
        let ctx = self.h("exc_ctx");
        let rethrow = js::throw_stmt(js::call(ctx, vec![js::id(&f), js::id(&e)]), DUMMY_SP);
        let check = js::if_stmt(
            js::not(js::call(truthy, vec![exit_call])),
            vec![js::throw_stmt(js::id(&e), DUMMY_SP)],
            None,
            DUMMY_SP,
        );
        let mut catch = catch;
        catch.push(js::try_stmt(vec![check], Some((&f, vec![rethrow])), None, DUMMY_SP));
        let mut clean_exit = js::call_sp(js::id(&exit), vec![js::null(), js::null(), js::null()], sp);
        if is_async {
            clean_exit = js::await_expr(js::call(self.h("aw"), vec![clean_exit]));
        }
        let finally = vec![js::if_stmt(js::id(&ok), vec![js::expr_stmt(clean_exit, DUMMY_SP)], None, DUMMY_SP)];
        out.push(js::try_stmt(inner, Some((&e, catch)), Some(finally), sp));
        out
    }
}

fn catches_import_error(t: &Expr) -> bool {
    match t {
        Expr::Name(n) => matches!(n.id.as_str(), "ImportError" | "ModuleNotFoundError" | "Exception" | "BaseException"),
        Expr::Tuple(t) => t.elts.iter().any(catches_import_error),
        _ => false,
    }
}

/// Whether running `b` may suspend its frame: a `yield`, `yield from` or `await` expression, or
/// an `async for`/`async with` statement (nested functions and classes are searched too, which
/// only errs on the safe side).
pub(super) fn stmts_suspend(b: &[Stmt]) -> bool {
    b.iter().any(stmt_suspends)
}

pub(super) fn stmt_suspends(s: &Stmt) -> bool {
    if matches!(s, Stmt::AsyncFor(_) | Stmt::AsyncWith(_)) {
        return true;
    }
    let found = std::cell::Cell::new(false);
    crate::infer::walk_stmt_children(s, &mut |e| found.set(found.get() || expr_suspends(e)), &mut |b| {
        found.set(found.get() || stmts_suspend(b))
    });
    found.get()
}

pub(super) fn expr_suspends(e: &Expr) -> bool {
    match e {
        Expr::Yield(_) | Expr::YieldFrom(_) | Expr::Await(_) => true,
        _ => {
            let mut found = false;
            crate::infer::walk_children(e, |c| found = found || expr_suspends(c));
            found
        }
    }
}

/// Statements that never raise, so a handler made only of them needs no context wrapper.
/// Whether `s` holds a `return`, `break` or `continue` (outside nested functions and classes).
pub(super) fn jumps_out(s: &Stmt) -> bool {
    let any = |b: &[Stmt]| b.iter().any(jumps_out);
    match s {
        Stmt::Return(_) | Stmt::Break(_) | Stmt::Continue(_) => true,
        Stmt::If(x) => any(&x.body) || any(&x.orelse),
        Stmt::For(x) => any(&x.body) || any(&x.orelse),
        Stmt::AsyncFor(x) => any(&x.body) || any(&x.orelse),
        Stmt::While(x) => any(&x.body) || any(&x.orelse),
        Stmt::With(x) => any(&x.body),
        Stmt::AsyncWith(x) => any(&x.body),
        Stmt::Try(x) => {
            any(&x.body)
                || any(&x.orelse)
                || any(&x.finalbody)
                || x.handlers.iter().any(|h| {
                    let ExceptHandler::ExceptHandler(h) = h;
                    any(&h.body)
                })
        }
        Stmt::TryStar(x) => {
            any(&x.body)
                || any(&x.orelse)
                || any(&x.finalbody)
                || x.handlers.iter().any(|h| {
                    let ExceptHandler::ExceptHandler(h) = h;
                    any(&h.body)
                })
        }
        Stmt::Match(m) => m.cases.iter().any(|c| any(&c.body)),
        _ => false,
    }
}

fn cannot_raise(s: &Stmt) -> bool {
    match s {
        Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) => true,
        Stmt::Return(r) => r.value.as_deref().map_or(true, |v| matches!(v, Expr::Constant(_) | Expr::Name(_))),
        Stmt::Assign(a) => {
            a.targets.iter().all(|t| matches!(t, Expr::Name(_)))
                && matches!(&*a.value, Expr::Constant(_) | Expr::Name(_))
        }
        _ => false,
    }
}
