//! Functions and lambdas: parameters, defaults, `*args`/`**kwargs`, generators, async.
//!
//! ```python
//! def f(a, b=2, *args, c, **kw):
//!     return a
//! ```
//! becomes
//! ```js
//! f = $fn(function f$$(a, b, ...$rest) {
//!     const $k = $splitkw($rest);
//!     if (b === undefined) b = 2;
//!     let args = $tuple_of($rest);
//!     let c = $kwtake($k, "c");
//!     let kw = $kwrest($k);
//!     return a;
//! }, { name: "f", params: ["a", "b"], ... });
//! ```
//! A method (a `def` directly in a class body) receives `self` as `this`.

use swc_common::DUMMY_SP;
use swc_ecma_ast::{Expr as JsExpr, Param, Stmt as JsStmt};

use super::{FnCtx, Lowerer};
use crate::js;
use crate::names;
use crate::parse::{ast::*, start};
use crate::semantic::{NodeKind, ScopeId, ScopeKind};

/// How a function receives its first parameter.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum FnKind {
    Plain,
    /// `self` arrives as `this`.
    Method,
    /// `cls` arrives as `this`.
    ClassMethod,
}

pub(super) struct FnParts<'b> {
    pub name: &'b str,
    pub args: &'b Arguments,
    pub is_async: bool,
    pub range: crate::parse::Range,
    pub scope_key: (u32, NodeKind),
    pub kind: FnKind,
    /// The docstring, for `__doc__`.
    pub doc: Option<&'b str>,
    /// The return annotation, for `__annotations__`.
    pub returns: Option<&'b Expr>,
    /// Offset of the first line (the first decorator's, as `co_firstlineno`).
    pub first_at: u32,
    /// Every return value is a fresh array value (`is_fresh_value`): `sig.fresh`, which lets a
    /// call statement discarding the result pool its data (`lower/stmt.rs`, rt/num.mjs `discard`).
    pub fresh: bool,
}

impl Lowerer<'_> {
    pub(super) fn function_def(
        &mut self,
        name: &str,
        args: &Arguments,
        body: &[Stmt],
        decorators: &[Expr],
        returns: Option<&Expr>,
        is_async: bool,
        range: crate::parse::Range,
    ) -> Vec<JsStmt> {
        let in_class = self.sem.scope(self.scope).kind == ScopeKind::Class;
        let decorated_as = |d: &str| decorators.iter().any(|e| matches!(e, Expr::Name(n) if n.id.as_str() == d));
        let kind = if !in_class || decorated_as("staticmethod") {
            FnKind::Plain
        } else if decorated_as("classmethod") || name == "__init_subclass__" || name == "__class_getitem__" {
            FnKind::ClassMethod
        } else if name == "__new__" {
            FnKind::Plain
        } else if self.class_objs.last().is_some_and(|c| self.metaclass_objs.contains(c)) {
            // A metaclass's methods are called with a class as self.
            FnKind::ClassMethod
        } else {
            FnKind::Method
        };
        let decos: Vec<JsExpr> = decorators.iter().map(|d| self.expr(d)).collect();
        let doc = super::docstring(body);
        let first_at = decorators.iter().map(|d| start(d.range())).chain([start(range)]).min().unwrap_or(0);
        // `def f(...): return <array operator or ufunc value>` (a docstring aside), or a body
        // whose every `return` has such a value (`m = ...; return m + n * np.eye(n)`): the value
        // is made by the return expression itself, so nothing else can hold it (a function
        // ending without a return gives None, which is never `TMP.fresh`). Not generators.
        let fresh = self.mentions_numpy && !is_async && {
            let rest = if doc.is_some() { &body[1..] } else { body };
            let mut rets = vec![];
            matches!(rest, [Stmt::Return(r)] if r.value.as_deref().is_some_and(|v| self.is_fresh_value(v)))
                || (returns_of(rest, &mut rets)
                    && !rets.is_empty()
                    && rets.iter().all(|v| v.is_some_and(|v| self.is_fresh_value(v)))
                    && !self.sem.scope(self.sem.scope_of(start(range), NodeKind::Function)).is_generator)
        };
        let parts = FnParts {
            name,
            args,
            is_async,
            range,
            scope_key: (start(range), NodeKind::Function),
            kind,
            doc,
            returns,
            first_at,
            fresh,
        };
        let params: Vec<String> = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
            .map(|a| a.def.arg.to_string())
            .chain(args.vararg.iter().chain(&args.kwarg).map(|a| a.arg.to_string()))
            .collect();
        let mut value = self.function_expr(&parts, |l| {
            l.definite_assignment(body, params.clone(), Some(start(range)));
            let (owned, at_return) = l.owned_vars(body);
            let scope = l.scope;
            let ctx = l.fctx();
            ctx.owned = Some((scope, owned));
            ctx.owned_at_return = at_return;
            let duals = l.dual_vars(body, &params);
            l.fctx().duals = Some((scope, duals));
            l.stmts(body)
        });
        for d in decos.into_iter().rev() {
            value = js::call(d, vec![value]);
        }
        let target = self.name_ref(name);
        vec![js::expr_stmt(js::assign(target, value), self.span(range))]
    }

    pub(super) fn lambda(&mut self, l: &ExprLambda) -> JsExpr {
        let parts = FnParts {
            name: "<lambda>",
            args: &l.args,
            is_async: false,
            range: l.range,
            scope_key: (start(l.range), NodeKind::Lambda),
            kind: FnKind::Plain,
            doc: None,
            returns: None,
            first_at: start(l.range),
            fresh: self.mentions_numpy && self.is_fresh_value(&l.body),
        };
        let body = &l.body;
        self.function_expr(&parts, |lw| {
            let v = lw.expr(body);
            vec![js::return_stmt(Some(v), DUMMY_SP)]
        })
    }

    /// Build `$fn(function name$$(...) {...}, sig[, defaults])`.
    pub(super) fn function_expr(&mut self, p: &FnParts, body: impl FnOnce(&mut Self) -> Vec<JsStmt>) -> JsExpr {
        let a = p.args;
        let scope = self.sem.scope_of(p.scope_key.0, p.scope_key.1);
        let is_generator = self.sem.scope(scope).is_generator;
        let js_name = format!("{}$$", if p.name == "<lambda>" { "lambda".to_string() } else { names::mangle(p.name) });

        // Defaults are evaluated here, in the enclosing scope, once.
        let mut defaults_arr = vec![];
        let mut default_of = |l: &mut Self, d: &Option<Box<Expr>>| -> Option<JsExpr> {
            let d = d.as_ref()?;
            if let Expr::Constant(c) = &**d {
                if matches!(
                    c.value,
                    Constant::None | Constant::Bool(_) | Constant::Str(_) | Constant::Int(_) | Constant::Float(_)
                ) {
                    return Some(l.constant(&c.value, c.range));
                }
            }
            let v = l.expr(d);
            defaults_arr.push(v);
            Some(js::index(js::member(js::id(&js_name), "$d"), js::num((defaults_arr.len() - 1) as f64)))
        };
        let positional: Vec<&ArgWithDefault> = a.posonlyargs.iter().chain(&a.args).collect();
        let pos_defaults: Vec<Option<JsExpr>> = positional.iter().map(|x| default_of(self, &x.default)).collect();
        let kw_defaults: Vec<Option<JsExpr>> = a.kwonlyargs.iter().map(|x| default_of(self, &x.default)).collect();
        // The default values for `__defaults__`/`__kwdefaults__`: literals, or `[i]` for `f.$d[i]`.
        let mut nref = 0;
        let default_values: Vec<JsExpr> = pos_defaults
            .iter()
            .chain(&kw_defaults)
            .flatten()
            .map(|d| match d {
                JsExpr::Member(_) => {
                    nref += 1;
                    js::array(vec![js::num((nref - 1) as f64)])
                }
                lit => lit.clone(),
            })
            .collect();

        // Enter the function's scope.
        let qual = format!("{}{}", self.qual_prefix, p.name);
        let saved_prefix = std::mem::replace(&mut self.qual_prefix, format!("{qual}.<locals>."));
        let prev_scope = self.scope;
        self.scope = scope;
        let enclosing_class = self.class_objs.last().cloned();
        let mut ctx = FnCtx { is_async: p.is_async, ..FnCtx::default() };
        let skip_first = p.kind != FnKind::Plain && !positional.is_empty();
        let in_class_body = self.sem.scope(prev_scope).kind == ScopeKind::Class;
        if skip_first || (in_class_body && !positional.is_empty() && p.kind == FnKind::Plain) {
            // Methods, and `__new__`/static functions of a class body: `super()` binds to the
            // first parameter (the class, for `__new__`).
            ctx.self_name = Some(positional[0].def.arg.to_string());
            ctx.class_obj = enclosing_class.clone();
        } else if in_class_body && positional.is_empty() {
            // A method without parameters (a staticmethod): `super()` has no self.
            ctx.class_obj = enclosing_class.clone();
        } else if let Some(outer) = self.fns.last() {
            // Lambdas and nested functions inside a method see its class for `super()`, with
            // their own first parameter as self (none: CPython's `RuntimeError: super(): no arguments`).
            ctx.self_name = positional.first().map(|a| a.def.arg.to_string());
            ctx.class_obj = outer.class_obj.clone();
        }
        self.fns.push(ctx);
        let saved_classes = std::mem::take(&mut self.class_objs);

        let mut params: Vec<Param> = vec![];
        let mut prologue: Vec<JsStmt> = vec![];
        for (i, (arg, default)) in positional.iter().zip(pos_defaults).enumerate() {
            let pname = names::mangle(arg.def.arg.as_str());
            if i == 0 && skip_first {
                if p.kind == FnKind::Method {
                    let unbound = self.h("unbound");
                    let is_undefined = js::bin(swc_ecma_ast::BinaryOp::EqEqEq, js::this(), js::undefined());
                    // A class as `this` (a callable instance is a JS function too).
                    let mut is_class = js::bin(
                        swc_ecma_ast::BinaryOp::LogicalAnd,
                        js::bin(
                            swc_ecma_ast::BinaryOp::EqEqEq,
                            js::unary(swc_ecma_ast::UnaryOp::TypeOf, js::this()),
                            js::str_lit("function"),
                        ),
                        js::bin(swc_ecma_ast::BinaryOp::EqEqEq, js::member(js::this(), "$isclass"), js::bool_lit(true)),
                    );
                    // In a class that may be a metaclass, a class as `this` is either an unbound
                    // call (`Meta.m(C)`) or a metaclass method bound to its class (`C.m()`).
                    if let Some(cls) = enclosing_class.as_ref().filter(|c| self.maybe_meta.contains(*c)) {
                        let check = self.h("unbound_cls");
                        is_class = js::bin(
                            swc_ecma_ast::BinaryOp::LogicalAnd,
                            is_class,
                            js::call(check, vec![js::this(), js::id(cls)]),
                        );
                    }
                    let cond = js::bin(swc_ecma_ast::BinaryOp::LogicalOr, is_undefined, is_class);
                    prologue.push(js::if_stmt(
                        cond,
                        vec![js::return_stmt(
                            Some(js::call(unbound, vec![js::id(&js_name), js::id("arguments")])),
                            DUMMY_SP,
                        )],
                        None,
                        DUMMY_SP,
                    ));
                }
                // `self = other` in the body (a rebinding of the parameter) needs a `let`.
                let rebound = self.sem.scope(scope).binding_count.get(arg.def.arg.as_str()).is_some_and(|n| *n > 1);
                prologue.push(if rebound {
                    js::let_decl(&pname, js::this())
                } else {
                    js::const_decl(&pname, js::this())
                });
                continue;
            }
            params.push(js::param(&pname));
            if let Some(d) = default {
                prologue.push(js::if_stmt(
                    js::bin(swc_ecma_ast::BinaryOp::EqEqEq, js::id(&pname), js::undefined()),
                    vec![js::expr_stmt(js::assign(js::id(&pname), d), DUMMY_SP)],
                    None,
                    DUMMY_SP,
                ));
            }
        }
        // Float parameters (typed from every call site, see infer.rs) hold the raw JS number.
        for arg in &positional {
            let name = arg.def.arg.as_str();
            if self.var_ty(name) == crate::infer::Ty::Float {
                let f = self.h("fval");
                let pname = names::mangle(name);
                prologue.push(js::expr_stmt(js::assign(js::id(&pname), js::call(f, vec![js::id(&pname)])), DUMMY_SP));
            }
        }
        // Required positional parameters: CPython's TypeError when one is missing.
        let required: Vec<String> = positional
            .iter()
            .enumerate()
            .filter(|(i, x)| x.default.is_none() && !(*i == 0 && skip_first))
            .map(|(_, x)| names::mangle(x.def.arg.as_str()))
            .collect();
        // Too many positional arguments: every function without `*args` (or keyword-only
        // parameters, which take a rest parameter) tests `arguments.length` (cheap in V8) in the
        // same branch as the missing-argument check: a plain JS call would drop the extra ones
        // silently (a nested function, a lambda in a variable, a decorated function). Direct
        // calls of module-level functions are also checked at the call site (call.rs).
        let needs_rest = a.vararg.is_some() || !a.kwonlyargs.is_empty() || a.kwarg.is_some();
        let check_extra = !needs_rest;
        let too_many = check_extra.then(|| {
            js::bin(swc_ecma_ast::BinaryOp::Gt, js::member(js::id("arguments"), "length"), js::num(params.len() as f64))
        });
        if !required.is_empty() || too_many.is_some() {
            let test = required
                .iter()
                .map(|n| js::bin(swc_ecma_ast::BinaryOp::EqEqEq, js::id(n), js::undefined()))
                .chain(too_many)
                .reduce(|a, b| js::bin(swc_ecma_ast::BinaryOp::LogicalOr, a, b))
                .unwrap();
            let f = self.h("missing_args");
            // A method stored on an instance and called through it (`self.fn(obj)`, a decorator
            // object holding the function) gets that instance as `this` and one argument too
            // many: `$missing_args` then calls it unbound (`obj` as self) and we return that.
            let check = if skip_first && p.kind == FnKind::Method && !is_generator && !p.is_async {
                let call = js::call(f, vec![js::id(&js_name), js::id("arguments"), js::this()]);
                vec![
                    js::const_decl("$r", call),
                    js::if_stmt(
                        js::bin(swc_ecma_ast::BinaryOp::NotEqEq, js::id("$r"), js::undefined()),
                        vec![js::return_stmt(Some(js::id("$r")), DUMMY_SP)],
                        None,
                        DUMMY_SP,
                    ),
                ]
            } else {
                vec![js::expr_stmt(js::call(f, vec![js::id(&js_name), js::id("arguments")]), DUMMY_SP)]
            };
            let at = prologue.len().min(usize::from(skip_first) * 2);
            prologue.insert(at, js::if_stmt(test, check, None, DUMMY_SP));
        }
        if needs_rest {
            params.push(js::rest_param("$rest"));
            let has_kw = !a.kwonlyargs.is_empty() || a.kwarg.is_some();
            if has_kw {
                let f = self.h("splitkw");
                prologue.push(js::const_decl("$k", js::call(f, vec![js::id("$rest")])));
            }
            if let Some(v) = &a.vararg {
                let f = self.h("tuple_of");
                prologue.push(js::let_decl(&names::mangle(v.arg.as_str()), js::call(f, vec![js::id("$rest")])));
            } else if has_kw {
                let f = self.h("too_many_args");
                let call = js::call(f, vec![js::id(&js_name), js::id("$rest"), js::id("$k")]);
                prologue.push(js::expr_stmt(call, DUMMY_SP));
            }
            let mut required_kw = vec![];
            for (arg, default) in a.kwonlyargs.iter().zip(kw_defaults) {
                let pname = names::mangle(arg.def.arg.as_str());
                let f = self.h("kwtake");
                let take = js::call(f, vec![js::id("$k"), js::str_lit(arg.def.arg.as_str())]);
                if default.is_none() {
                    required_kw.push(pname.clone());
                }
                prologue.push(js::let_decl(&pname, take));
                if let Some(d) = default {
                    prologue.push(js::if_stmt(
                        js::bin(swc_ecma_ast::BinaryOp::EqEqEq, js::id(&pname), js::undefined()),
                        vec![js::expr_stmt(js::assign(js::id(&pname), d), DUMMY_SP)],
                        None,
                        DUMMY_SP,
                    ));
                }
            }
            if let Some(k) = &a.kwarg {
                let f = self.h("kwrest");
                prologue.push(js::let_decl(&names::mangle(k.arg.as_str()), js::call(f, vec![js::id("$k")])));
            } else if has_kw {
                let f = self.h("kwnone");
                prologue.push(js::expr_stmt(js::call(f, vec![js::id("$k"), js::str_lit(&qual)]), DUMMY_SP));
            }
            if !required_kw.is_empty() {
                // CPython names every missing keyword-only argument at once.
                let test = required_kw
                    .iter()
                    .map(|n| js::bin(swc_ecma_ast::BinaryOp::EqEqEq, js::id(n), js::undefined()))
                    .reduce(|a, b| js::bin(swc_ecma_ast::BinaryOp::LogicalOr, a, b))
                    .unwrap();
                let f = self.h("kwrequired");
                let vals = js::array(required_kw.iter().map(|n| js::id(n)).collect());
                let check = js::expr_stmt(js::call(f, vec![js::id(&js_name), vals, js::id("$k")]), DUMMY_SP);
                prologue.push(js::if_stmt(test, vec![check], None, DUMMY_SP));
            }
        }

        let mut stmts = body(self);
        let ends_with_return = matches!(stmts.last(), Some(JsStmt::Return(_)) | Some(JsStmt::Throw(_)));
        if !ends_with_return && !is_generator {
            stmts.push(js::return_stmt(Some(js::null()), DUMMY_SP));
        }
        if is_generator && !stmts.is_empty() {
            // PEP 479: a StopIteration escaping a generator body becomes a RuntimeError.
            let e = self.unique("e");
            let f = self.h("gen_stop");
            let args = if p.is_async { vec![js::id(&e), js::bool_lit(true)] } else { vec![js::id(&e)] };
            let rethrow = js::throw_stmt(js::call(f, args), DUMMY_SP);
            stmts = vec![js::try_stmt(stmts, Some((&e, vec![rethrow])), None, DUMMY_SP)];
        }

        // Locals: everything the scope binds except parameters.
        let param_names: Vec<&str> = positional
            .iter()
            .map(|x| x.def.arg.as_str())
            .chain(a.vararg.iter().map(|v| v.arg.as_str()))
            .chain(a.kwonlyargs.iter().map(|x| x.def.arg.as_str()))
            .chain(a.kwarg.iter().map(|k| k.arg.as_str()))
            .collect();
        let sc = self.sem.scope(scope);
        let locals_py: Vec<String> = sc
            .bound
            .iter()
            .filter(|n| !param_names.contains(&n.as_str()) && !sc.globals.contains(*n) && !sc.nonlocals.contains(*n))
            .cloned()
            .collect();
        let locals: Vec<String> = locals_py.iter().map(|n| names::mangle(n)).collect();
        // In `co_varnames` order: positional, keyword-only, `*args`, `**kwargs`.
        let param_names_owned: Vec<String> = positional
            .iter()
            .map(|x| x.def.arg.to_string())
            .chain(a.kwonlyargs.iter().map(|x| x.def.arg.to_string()))
            .chain(a.vararg.iter().map(|v| v.arg.to_string()))
            .chain(a.kwarg.iter().map(|k| k.arg.to_string()))
            .collect();
        let ctx = self.fns.pop().unwrap();
        self.class_objs = saved_classes;
        self.scope = prev_scope;
        self.qual_prefix = saved_prefix;

        let mut decl_stmt = None;
        let mut decls = locals;
        // A dual local's double and kind start as 0 (lower/dual.rs): always JS numbers.
        let mut dual_names: Vec<String> = ctx
            .duals
            .iter()
            .flat_map(|(_, set)| set.iter())
            .flat_map(|n| {
                let m = names::mangle(n);
                [format!("{m}$nd"), format!("{m}$nk")]
            })
            .collect();
        dual_names.sort();
        let zero: std::collections::HashSet<String> = dual_names.iter().cloned().collect();
        decls.extend(dual_names);
        decls.extend(ctx.temps);
        if !decls.is_empty() {
            let marker = (!ctx.marked.is_empty()).then(|| self.h("UNBOUND"));
            let marked: rustc_hash::FxHashSet<String> = ctx.marked.iter().map(|n| names::mangle(n)).collect();
            decl_stmt = Some(js::let_names_init(&decls, |n| {
                if zero.contains(n) {
                    return Some(js::num(0.0));
                }
                marker.clone().filter(|_| marked.contains(n))
            }));
        }
        let lazy_coroutine = p.is_async && !is_generator;
        let mut gen_body = None;
        let func = if lazy_coroutine {
            // `async def`: calling binds the arguments (the prologue) and returns a coroutine
            // object whose body (an async function of the same name, for tracebacks) runs only
            // once it is awaited or scheduled, as in CPython.
            let mut inner = Vec::with_capacity(stmts.len() + 1);
            inner.extend(decl_stmt);
            inner.extend(stmts);
            let body = js::function(
                js::FnOpts {
                    name: Some(js_name.clone()),
                    is_generator: false,
                    is_async: true,
                    span: self.span(p.range),
                },
                vec![],
                inner,
            );
            let mut full = prologue;
            let mk = self.h("coro");
            full.push(js::return_stmt(Some(js::call(mk, vec![body, js::id(&js_name)])), DUMMY_SP));
            js::function(
                js::FnOpts { name: Some(js_name), is_generator: false, is_async: false, span: self.span(p.range) },
                params,
                full,
            )
        } else if is_generator {
            // A generator function: calling it binds and checks the arguments at once (CPython's
            // TypeError comes from the call, not from the first `next()`), then starts the
            // generator proper, a `function*` of the same name taking the bound parameters,
            // made once per `def` and kept on the function as `$g` (rt/object.mjs `fn`).
            let bound: Vec<String> = param_names.iter().map(|n| names::mangle(n)).collect();
            let mut inner = Vec::with_capacity(stmts.len() + 1);
            inner.extend(decl_stmt);
            inner.extend(stmts);
            let body = js::function(
                js::FnOpts {
                    name: Some(js_name.clone()),
                    is_generator: true,
                    is_async: p.is_async,
                    span: self.span(p.range),
                },
                bound.iter().map(|n| js::param(n)).collect(),
                inner,
            );
            gen_body = Some(body);
            let mut full = prologue;
            let start = js::call(js::member(js::id(&js_name), "$g"), bound.iter().map(|n| js::id(n)).collect());
            full.push(js::return_stmt(Some(start), DUMMY_SP));
            js::function(
                js::FnOpts { name: Some(js_name), is_generator: false, is_async: false, span: self.span(p.range) },
                params,
                full,
            )
        } else {
            let mut full = prologue;
            if let Some(d) = decl_stmt {
                full.insert(0, d);
            }
            full.extend(stmts);
            js::function(
                js::FnOpts { name: Some(js_name), is_generator, is_async: p.is_async, span: self.span(p.range) },
                params,
                full,
            )
        };
        let (ann, hints) = match self.annotations_thunk(p) {
            Some((a, h)) => (Some(a), h),
            None => (None, None),
        };
        let mut sig = self.signature(p, &qual, default_values, ann, hints);
        if lazy_coroutine {
            if let JsExpr::Object(o) = &mut sig {
                o.props.push(swc_ecma_ast::PropOrSpread::Prop(Box::new(swc_ecma_ast::Prop::KeyValue(
                    swc_ecma_ast::KeyValueProp {
                        key: swc_ecma_ast::PropName::Ident(swc_ecma_ast::IdentName::new("coro".into(), DUMMY_SP)),
                        value: Box::new(js::bool_lit(true)),
                    },
                ))));
            }
        }
        if !ctx.free.is_empty() {
            // `__closure__`: one getter per free variable, in CPython's (sorted) order; the
            // enclosing function's free variables include the ones it passes through.
            for name in &ctx.free {
                if self.is_free_here(name) || self.comprehension_free(name) {
                    self.fctx().free.insert(name.clone());
                } else if self.wants_code && !self.fns.is_empty() {
                    let sc = self.sem.scope(self.scope);
                    if matches!(sc.kind, ScopeKind::Function | ScopeKind::Lambda) && sc.binds(name) {
                        self.fctx().cellvars.insert(name.clone());
                    }
                }
            }
            let getters = ctx
                .free
                .iter()
                .map(|n| js::arrow(vec![], vec![js::return_stmt(Some(js::id(&names::mangle(n))), DUMMY_SP)], false))
                .collect();
            if let JsExpr::Object(o) = &mut sig {
                o.props.push(swc_ecma_ast::PropOrSpread::Prop(Box::new(swc_ecma_ast::Prop::KeyValue(
                    swc_ecma_ast::KeyValueProp {
                        key: swc_ecma_ast::PropName::Ident(swc_ecma_ast::IdentName::new("cells".into(), DUMMY_SP)),
                        value: Box::new(js::array(getters)),
                    },
                ))));
            }
        }
        if self.wants_code {
            let code =
                self.code_info(p, &param_names_owned, &locals_py, (&ctx.cellvars, &ctx.free), is_generator, scope);
            if let JsExpr::Object(o) = &mut sig {
                o.props.push(swc_ecma_ast::PropOrSpread::Prop(Box::new(swc_ecma_ast::Prop::KeyValue(
                    swc_ecma_ast::KeyValueProp {
                        key: swc_ecma_ast::PropName::Ident(swc_ecma_ast::IdentName::new("code".into(), DUMMY_SP)),
                        value: Box::new(code),
                    },
                ))));
            }
        }
        let f = self.h("fn");
        let mut call_args = vec![func, sig];
        if !defaults_arr.is_empty() {
            call_args.push(js::array(defaults_arr));
        } else if gen_body.is_some() {
            call_args.push(js::undefined());
        }
        call_args.extend(gen_body);
        js::call(f, call_args)
    }

    /// `() => [name, value, ...]` for the function's `__annotations__`, evaluated when first read
    /// (CPython evaluates them at `def` time; only a rebinding in between tells the difference).
    /// Under `from __future__ import annotations` the values are the source text. Emitted only
    /// when the module could read annotations at all (`__annotations__`, `register`,
    /// `get_type_hints`, `signature` in its text), so annotated code stays as small as before.
    fn annotations_thunk(&mut self, p: &FnParts) -> Option<(JsExpr, Option<JsExpr>)> {
        if !self.reads_annotations {
            return None;
        }
        let a = p.args;
        let params = a
            .posonlyargs
            .iter()
            .chain(&a.args)
            .map(|x| &x.def)
            .chain(a.vararg.as_deref())
            .chain(a.kwonlyargs.iter().map(|x| &x.def))
            .chain(a.kwarg.as_deref());
        let anns: Vec<(&str, &Expr)> = params
            .filter_map(|d| d.annotation.as_deref().map(|e| (d.arg.as_str(), e)))
            .chain(p.returns.map(|e| ("return", e)))
            .collect();
        if anns.is_empty() {
            return None;
        }
        let future = self.future_annotations;
        let mut items = vec![];
        let mut hints = vec![];
        for (name, e) in anns {
            items.push(js::str_lit(name));
            items.push(if future { js::str_lit(&self.annotation_source(e.range())) } else { self.expr(e) });
            if let Some(h) = self.annotation_hint(e) {
                hints.push(js::str_lit(name));
                hints.push(h);
            }
        }
        let thunk = |items| js::arrow(vec![], vec![js::return_stmt(Some(js::array(items)), DUMMY_SP)], false);
        Some((thunk(items), (!hints.is_empty()).then(|| thunk(hints))))
    }

    /// What `typing.get_type_hints` sees for annotation `e` where that differs from the
    /// annotation's value: a string annotation (`"float"`, or any annotation under
    /// `from __future__ import annotations`) parsed and lowered as an expression in the
    /// annotation's own scope, so a forward reference resolves when the hints are read. Only
    /// when the module calls get_type_hints; None for a string that is not one plain literal
    /// or not an expression (get_type_hints then returns the string).
    pub(super) fn annotation_hint(&mut self, e: &Expr) -> Option<JsExpr> {
        if !self.wants_hints {
            return None;
        }
        if let Some(resolved) = self.forward_refs_resolved(e) {
            return Some(self.expr(&resolved));
        }
        if self.future_annotations {
            return Some(self.expr(e));
        }
        None
    }

    /// Annotation `e` with its forward references (string literals, also inside subscripts,
    /// tuples, lists and `|`: `Optional["Node"]`) replaced by the parsed expressions; None when
    /// it has none. `Literal[...]`/`Annotated[...]` arguments stay as they are.
    fn forward_refs_resolved(&self, e: &Expr) -> Option<Expr> {
        let all = |xs: &[Expr]| -> Option<Vec<Expr>> {
            let new: Vec<Option<Expr>> = xs.iter().map(|x| self.forward_refs_resolved(x)).collect();
            if new.iter().all(Option::is_none) {
                return None;
            }
            Some(new.into_iter().zip(xs).map(|(n, x)| n.unwrap_or_else(|| x.clone())).collect())
        };
        match e {
            Expr::Constant(ExprConstant { value: Constant::Str(text), range, .. }) => {
                // Parsed at the literal's own position (just past its quote), so the expression's
                // spans are the source's and cannot collide with another node's side-table key.
                let src = self.source_text(*range);
                let q = src.chars().next()?;
                if !(q == '"' || q == '\'') || src.starts_with("\"\"\"") || src.starts_with("'''") || src.contains('\\')
                {
                    return None;
                }
                if src.len() != text.len() + 2 {
                    return None;
                }
                crate::parse::parse_expression_at(text, range.start().to_u32() + 1)
            }
            Expr::Subscript(sub) => {
                let head = match &*sub.value {
                    Expr::Name(n) => n.id.as_str(),
                    Expr::Attribute(a) => a.attr.as_str(),
                    _ => "",
                };
                if head == "Literal" || head == "Annotated" {
                    return None;
                }
                let slice = self.forward_refs_resolved(&sub.slice)?;
                let mut n = sub.clone();
                n.slice = Box::new(slice);
                Some(Expr::Subscript(n))
            }
            Expr::Tuple(t) => {
                let mut n = t.clone();
                n.elts = all(&t.elts)?;
                Some(Expr::Tuple(n))
            }
            Expr::List(l) => {
                let mut n = l.clone();
                n.elts = all(&l.elts)?;
                Some(Expr::List(n))
            }
            Expr::BinOp(b) if matches!(b.op, Operator::BitOr) => {
                let l = self.forward_refs_resolved(&b.left);
                let r = self.forward_refs_resolved(&b.right);
                if l.is_none() && r.is_none() {
                    return None;
                }
                let mut n = b.clone();
                if let Some(l) = l {
                    n.left = Box::new(l);
                }
                if let Some(r) = r {
                    n.right = Box::new(r);
                }
                Some(Expr::BinOp(n))
            }
            _ => None,
        }
    }

    /// `{vars, cells, flags, line}` for `f.__code__` (`co_varnames` past the parameters,
    /// `co_cellvars`, `co_flags`, `co_firstlineno`); the rest comes from the signature.
    fn code_info(
        &self,
        p: &FnParts,
        params: &[String],
        locals: &[String],
        (cellvars, free): (&std::collections::BTreeSet<String>, &std::collections::BTreeSet<String>),
        is_generator: bool,
        scope: ScopeId,
    ) -> JsExpr {
        let a = p.args;
        let mut flags = 0x1 | 0x2;
        if a.vararg.is_some() {
            flags |= 0x4;
        }
        if a.kwarg.is_some() {
            flags |= 0x8;
        }
        let mut cur = self.sem.scope(scope).parent;
        while let Some(id) = cur {
            let sc = self.sem.scope(id);
            if matches!(sc.kind, ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension) {
                flags |= 0x10;
                break;
            }
            cur = sc.parent;
        }
        flags |= match (is_generator, p.is_async) {
            (true, true) => 0x200,
            (true, false) => 0x20,
            (false, true) => 0x80,
            (false, false) => 0,
        };
        // co_varnames: the parameters, then the other locals that are not cells.
        let vars: Vec<&str> = params
            .iter()
            .map(|s| s.as_str())
            .chain(locals.iter().filter(|n| !cellvars.contains(*n)).map(|s| s.as_str()))
            .collect();
        let line = self.src.get(..p.first_at as usize).map_or(1, |t| t.bytes().filter(|&b| b == b'\n').count() + 1);
        js::object(vec![
            ("vars", js::array(vars.into_iter().map(js::str_lit).collect())),
            // Cells that are parameters come first, in parameter order, then the others sorted.
            (
                "cells",
                js::array(
                    params
                        .iter()
                        .filter(|n| cellvars.contains(*n))
                        .chain(cellvars.iter().filter(|n| !params.contains(n)))
                        .map(|s| js::str_lit(s))
                        .collect(),
                ),
            ),
            ("free", js::array(free.iter().map(|s| js::str_lit(s)).collect())),
            ("file", js::str_lit(&self.pyfile)),
            ("flags", js::num(flags as f64)),
            ("line", js::num(line as f64)),
        ])
    }

    fn signature(
        &mut self,
        p: &FnParts,
        qual: &str,
        default_values: Vec<JsExpr>,
        ann: Option<JsExpr>,
        hints: Option<JsExpr>,
    ) -> JsExpr {
        let a = p.args;
        let strs = |v: Vec<&str>| js::array(v.into_iter().map(js::str_lit).collect());
        let positional: Vec<&ArgWithDefault> = a.posonlyargs.iter().chain(&a.args).collect();
        let ndefaults = positional.iter().filter(|x| x.default.is_some()).count();
        let doc = p.doc.map(|d| ("doc", js::str_lit(d)));
        js::object(
            [
                ("name", js::str_lit(p.name)),
                ("qual", js::str_lit(qual)),
                ("params", strs(positional.iter().map(|x| x.def.arg.as_str()).collect())),
                ("nposonly", js::num(a.posonlyargs.len() as f64)),
                ("defaults", js::num(ndefaults as f64)),
                ("varargs", js::bool_lit(a.vararg.is_some())),
                ("kwonly", strs(a.kwonlyargs.iter().map(|x| x.def.arg.as_str()).collect())),
                (
                    "kwdefaults",
                    strs(a.kwonlyargs.iter().filter(|x| x.default.is_some()).map(|x| x.def.arg.as_str()).collect()),
                ),
                ("varkw", js::bool_lit(a.kwarg.is_some())),
                ("method", js::bool_lit(p.kind != FnKind::Plain && !positional.is_empty())),
            ]
            .into_iter()
            .chain(doc)
            .chain(p.fresh.then(|| ("fresh", js::bool_lit(true))))
            .chain((!self.is_main || self.lib).then(|| ("module", js::str_lit(&self.module_name))))
            .chain(a.vararg.as_deref().map(|v| ("vaname", js::str_lit(v.arg.as_str()))))
            .chain(a.kwarg.as_deref().map(|v| ("kwname", js::str_lit(v.arg.as_str()))))
            .chain((!default_values.is_empty()).then(|| ("dv", js::array(default_values))))
            .chain(ann.map(|a| ("ann", a)))
            .chain(hints.map(|h| ("hints", h)))
            .collect(),
        )
    }
}

/// The values of the `return` statements of a function body (not of nested functions or
/// classes) into `out`; false when the body has a statement this walk does not look into.
fn returns_of<'a>(body: &'a [Stmt], out: &mut Vec<Option<&'a Expr>>) -> bool {
    body.iter().all(|s| match s {
        Stmt::Return(r) => {
            out.push(r.value.as_deref());
            true
        }
        Stmt::If(x) => returns_of(&x.body, out) && returns_of(&x.orelse, out),
        Stmt::For(x) => returns_of(&x.body, out) && returns_of(&x.orelse, out),
        Stmt::While(x) => returns_of(&x.body, out) && returns_of(&x.orelse, out),
        Stmt::With(x) => returns_of(&x.body, out),
        Stmt::Try(_) | Stmt::TryStar(_) | Stmt::Match(_) | Stmt::AsyncFor(_) | Stmt::AsyncWith(_) => false,
        _ => true,
    })
}
