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
use swc_ecma_ast::Stmt as JsStmt;

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
                if let Some(name) = h.name.as_ref().filter(|n| self.is_marked(n.as_str())) {
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

        self.finish_try(try_body, catch, ok_flag, orelse, finalbody, sp)
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
            if let Some(name) = h.name.as_ref().filter(|n| self.is_marked(n.as_str())) {
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
        self.finish_try(try_body, Some((e, stmts)), ok_flag, orelse, finalbody, sp)
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
        let finally = if finalbody.is_empty() { None } else { Some(self.stmts(finalbody)) };
        let mut out = vec![];
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
        vec![js::throw_stmt(js::call_sp(f, args, sp), sp)]
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
        let throw = js::throw_stmt(js::call_sp(f, vec![js::call(cls, args)], sp), sp);
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
            entered = js::await_expr(entered);
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
        let mut exit_call = js::call(js::id(&exit), vec![js::call(typ, vec![js::id(&e)]), js::id(&e), js::null()]);
        if is_async {
            exit_call = js::await_expr(exit_call);
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
        let mut clean_exit = js::call(js::id(&exit), vec![js::null(), js::null(), js::null()]);
        if is_async {
            clean_exit = js::await_expr(clean_exit);
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

/// Statements that never raise, so a handler made only of them needs no context wrapper.
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
