//! Calls: plain calls, method calls, keyword arguments, unpacking, `super()`.
//!
//! ```python
//! f(a, *rest)
//! obj.move(1, 2)
//! items.append(x)
//! g(a, key=1, **opts)
//! super().m(x)
//! Base.m(self, x)
//! ```
//! becomes
//! ```js
//! f(a, ...$arr(rest))
//! obj.move(1, 2)                       // `this` is obj, as in a bound method call
//! $cm_append(items, x)                 // common builtin methods: fixed-arity runtime fast paths
//! $cm(items, "extend", x)              // other builtin-type method names go through the runtime
//! $callkw(g, [a], $kwmerge(new Map([["key", 1]]), opts))
//! $supercall(C, self, "m", [x])         // super().m(x) in a method of class C
//! $ucall1(Base, Base.m, "m", self, x)   // Base.m(self, x) through a module-level class
//! ```

use swc_ecma_ast::{BinaryOp, Expr as JsExpr, ExprOrSpread, UnaryOp};

use super::Lowerer;
use crate::diagnostics::Diagnostic;
use crate::infer::Ty;
use crate::js;
use crate::names;
use crate::parse::{ast::*, span};
use crate::semantic::Resolved;

/// The runtime helper for `o.name(a, ...)` with `nargs` plain positional arguments, when there is
/// a fixed-arity fast path for it (list/dict/str receivers; any other receiver falls back to `$cm`).
/// Builtins that take no keyword arguments (`abs(x=1)` raises TypeError).
const NO_KEYWORDS: &[&str] = &[
    "abs",
    "aiter",
    "all",
    "anext",
    "any",
    "ascii",
    "bin",
    "bool",
    "callable",
    "chr",
    "delattr",
    "dir",
    "divmod",
    "filter",
    "float",
    "format",
    "frozenset",
    "getattr",
    "globals",
    "hasattr",
    "hash",
    "hex",
    "id",
    "isinstance",
    "issubclass",
    "iter",
    "len",
    "list",
    "locals",
    "map",
    "next",
    "oct",
    "ord",
    "range",
    "repr",
    "reversed",
    "set",
    "setattr",
    "slice",
    "tuple",
    "vars",
];

fn fast_method_helper(name: &str, nargs: usize) -> Option<&'static str> {
    Some(match (name, nargs) {
        ("append", 1) => "cm_append",
        ("get", 1) => "cm_get1",
        ("get", 2) => "cm_get2",
        ("setdefault", 2) => "cm_setdefault2",
        ("pop", 0) => "cm_pop0",
        ("pop", 1) => "cm_pop1",
        ("extend", 1) => "cm_extend",
        ("add", 1) => "cm_add",
        ("remove", 1) => "cm_remove",
        ("discard", 1) => "cm_discard",
        ("items", 0) => "cm_items",
        ("keys", 0) => "cm_keys",
        ("values", 0) => "cm_values",
        ("lower", 0) => "cm_lower",
        ("upper", 0) => "cm_upper",
        ("split", 0) => "cm_split0",
        ("split", 1) => "cm_split1",
        ("strip", 0) => "cm_strip0",
        ("strip", 1) => "cm_strip1",
        ("join", 1) => "cm_join",
        ("startswith", 1) => "cm_startswith",
        ("endswith", 1) => "cm_endswith",
        ("replace", 2) => "cm_replace2",
        _ => return None,
    })
}

impl Lowerer<'_> {
    /// A method call on a receiver inferred to be an exact list or dict (`infer::Ty`), which
    /// needs no receiver test: `xs.append(v)` is `(xs.push(v), null)`, `d.get(k, v)` is
    /// `$dict_get(d, k, v)`, `d.setdefault(k, v)` is `$dict_setdefault(d, k, v)`.
    fn typed_container_call(&mut self, recv: &Expr, attr: &str, args: &[Expr], sp: swc_common::Span) -> Option<JsExpr> {
        let ty = self.ty(recv);
        match (ty, attr, args.len()) {
            (Ty::List, "append", 1) => {
                let obj = self.expr(recv);
                let v = self.expr(&args[0]);
                let push = self.call_sp(js::member(obj, "push"), vec![v], sp);
                Some(js::paren(js::seq(vec![push, js::null()])))
            }
            (Ty::Dict, "get" | "setdefault", 1 | 2) => {
                let obj = self.expr(recv);
                let k = self.expr(&args[0]);
                let d = match args.get(1) {
                    Some(e) => self.expr(e),
                    None => js::null(),
                };
                let f = self.h(if attr == "get" { "dict_get" } else { "dict_setdefault" });
                Some(self.call_sp(f, vec![obj, k, d], sp))
            }
            _ => None,
        }
    }

    /// `o.send(a)` for a method name the runtime must see (generators' `send`, dict's `get`...)
    /// with 0-3 plain arguments: `($r = o, $a = a, (typeof $r === "object" && $r !== null &&
    /// $r.$plain === true && typeof ($f = $r.send) === "function" && $f.$selfarg !== true) ?
    /// $f.call($r, $a) : $cm1($r, "send", $a))`. The receiver and arguments are evaluated first,
    /// as for `$cm1`, and each call site gets its own property load.
    fn plain_method_call(&mut self, obj: JsExpr, attr: &str, args: &[Expr], sp: swc_common::Span) -> JsExpr {
        let mut seq = vec![];
        let lowered: Vec<JsExpr> = args.iter().map(|a| self.expr(a)).collect();
        let simple = |v: &JsExpr| match v {
            JsExpr::Lit(_) => true,
            JsExpr::Ident(i) => !i.sym.starts_with('$'),
            _ => false,
        };
        let args_simple = lowered.iter().all(simple);
        let r = match obj {
            JsExpr::This(_) => obj,
            JsExpr::Ident(ref i) if args_simple && !i.sym.starts_with('$') => obj,
            other => {
                let r = self.temp();
                seq.push(js::assign(js::id(&r), other));
                js::id(&r)
            }
        };
        let mut vals = vec![];
        for v in lowered {
            let v = match v {
                v if simple(&v) => v,
                other => {
                    let t = self.temp();
                    seq.push(js::assign(js::id(&t), other));
                    js::id(&t)
                }
            };
            vals.push(v);
        }
        let f = self.temp();
        let test = [
            js::bin(BinaryOp::EqEqEq, js::unary(UnaryOp::TypeOf, r.clone()), js::str_lit("object")),
            js::bin(BinaryOp::NotEqEq, r.clone(), js::null()),
            js::bin(BinaryOp::EqEqEq, js::member(r.clone(), "$plain"), js::bool_lit(true)),
            js::bin(
                BinaryOp::EqEqEq,
                js::unary(UnaryOp::TypeOf, js::paren(js::assign(js::id(&f), js::member(r.clone(), attr)))),
                js::str_lit("function"),
            ),
            js::bin(BinaryOp::NotEqEq, js::member(js::id(&f), "$selfarg"), js::bool_lit(true)),
        ]
        .into_iter()
        .reduce(|a, b| js::bin(BinaryOp::LogicalAnd, a, b))
        .unwrap();
        let mut fast_args = vec![r.clone()];
        fast_args.extend(vals.iter().cloned());
        let fast = self.call_sp(js::member(js::id(&f), "call"), fast_args, sp);
        let helper = self.h(["cm0", "cm1", "cm2", "cm3"][vals.len()]);
        let mut slow_args = vec![r, js::str_lit(attr)];
        slow_args.extend(vals);
        let slow = self.call_sp(helper, slow_args, sp);
        seq.push(js::cond(test, fast, slow));
        js::paren(js::seq(seq))
    }

    pub(super) fn call(&mut self, c: &ExprCall) -> JsExpr {
        let sp = self.span(c.range);
        if let Expr::Name(n) = &*c.func {
            let name = n.id.as_str();
            if self.resolve(name) == Resolved::Builtin || self.resolve(name) == Resolved::Undefined {
                if name == "__import__" {
                    if let Some(m) = literal_module_arg(c) {
                        return self.import_call(m, true, c.range);
                    }
                }
                if let Some(why) = names::unsupported_builtin(name) {
                    self.diag(Diagnostic::unsupported_builtin(span(c.range), name, why));
                    return js::null();
                }
            }
            if NO_KEYWORDS.contains(&name)
                && self.resolve(name) == Resolved::Builtin
                && c.keywords.iter().any(|k| k.arg.is_some())
            {
                // The arguments are still evaluated (in order) before the TypeError.
                let mut args = vec![js::str_lit(&format!("{name}() takes no keyword arguments"))];
                for a in &c.args {
                    args.push(self.expr(if let Expr::Starred(s) = a { &s.value } else { a }));
                }
                for k in &c.keywords {
                    args.push(self.expr(&k.value));
                }
                let f = self.h("no_kw");
                return self.call_sp(f, args, sp);
            }
            // `zip(gen(), gen())`: the zip closes the fresh iterators it holds when it is done
            // (`$owned` marks them), as CPython's dropping the zip object does.
            if matches!(name, "zip" | "map")
                && self.resolve(name) == Resolved::Builtin
                && c.keywords.is_empty()
                && c.args.iter().any(|a| matches!(a, Expr::Call(_) | Expr::GeneratorExp(_)))
                && !c.args.iter().any(|a| matches!(a, Expr::Starred(_)))
            {
                let callee = self.expr(&c.func);
                let skip = usize::from(name == "map");
                let args = c
                    .args
                    .iter()
                    .enumerate()
                    .map(|(i, a)| if i >= skip { self.owned_arg(a) } else { self.expr(a) })
                    .collect();
                return self.call_sp(callee, args, sp);
            }
            if name == "super" && self.resolve(name) == Resolved::Builtin && c.args.is_empty() {
                return self.super_call(c);
            }
            let no_args = c.args.is_empty() && c.keywords.is_empty();
            if no_args && matches!(name, "globals" | "locals" | "vars") && self.resolve(name) == Resolved::Builtin {
                return self.namespace_dict(name == "globals");
            }
            // `str(x)` of an inferred small int (a safe-integer JS number) is its digits; of an
            // exact str, itself.
            if name == "str"
                && self.resolve(name) == Resolved::Builtin
                && c.keywords.is_empty()
                && c.args.len() == 1
                && !matches!(c.args[0], Expr::Starred(_))
            {
                match self.ty(&c.args[0]) {
                    Ty::SmallInt => {
                        let v = self.expr(&c.args[0]);
                        return js::call(js::id("String"), vec![v]);
                    }
                    Ty::Str => return self.expr(&c.args[0]),
                    _ => {}
                }
            }
            // `int(x)`: `$int1(x)`, a str's digits or an int itself without the class's
            // argument handling.
            if name == "int"
                && self.resolve(name) == Resolved::Builtin
                && c.keywords.is_empty()
                && c.args.len() == 1
                && !matches!(c.args[0], Expr::Starred(_))
            {
                let f = self.h("int1");
                let v = self.expr(&c.args[0]);
                return self.call_sp(f, vec![v], sp);
            }
            if no_args && name == "dir" && self.resolve(name) == Resolved::Builtin {
                // `dir()`: the sorted names of the current scope.
                let ns = self.namespace_dict(false);
                return js::call(self.h("sorted"), vec![ns]);
            }
        }

        if let Some(e) = self.genexpr_consumer(c) {
            return e;
        }
        let has_kw = !c.keywords.is_empty();
        let plain = !has_kw && !c.args.iter().any(|a| matches!(a, Expr::Starred(_)));
        // `super().m(a, b)`: `$supercall(C, self, "m", [a, b])`, with no `super` proxy.
        if let Expr::Attribute(a) = &*c.func {
            if let Some((cls, slf)) = self.plain_super(&a.value).filter(|_| plain && a.attr.as_str() != "__new__") {
                let f = self.h("supercall");
                let args = self.call_args(&c.args);
                let call = vec![
                    js::id(&cls),
                    js::id(&names::mangle(&slf)),
                    js::str_lit(a.attr.as_str()),
                    js::array_spread(args),
                ];
                return self.call_sp(f, call, sp);
            }
        }
        // `importlib.import_module("json")` (or `import_module("json")` after `from importlib
        // import import_module`): the import itself; a computed name cannot be compiled ahead of time.
        let is_import_module = match &*c.func {
            Expr::Attribute(a) => {
                a.attr.as_str() == "import_module"
                    && self.is_module_expr(&a.value)
                    && matches!(&*a.value, Expr::Name(n) if self.module_names.get(n.id.as_str()).map(String::as_str) == Some("importlib"))
            }
            Expr::Name(n) => {
                self.import_module_fns.contains(n.id.as_str())
                    && self.resolve(n.id.as_str()) == Resolved::Global
                    && self.sem.scope(crate::semantic::ScopeId(0)).binding_count.get(n.id.as_str()) == Some(&1)
            }
            _ => false,
        };
        if is_import_module {
            {
                match literal_module_arg(c) {
                    Some(m) => return self.import_call(m, false, c.range),
                    None => {
                        self.diag(Diagnostic::unsupported_syntax(
                            span(c.range),
                            "`importlib.import_module` of a name computed at run time (pyjs resolves imports when it compiles)",
                        ));
                        return js::null();
                    }
                }
            }
        }
        // `sys.exc_info()` in an `except` block: the exception being handled.
        if let Expr::Attribute(a) = &*c.func {
            if a.attr.as_str() == "exc_info"
                && c.args.is_empty()
                && !has_kw
                && matches!(&*a.value, Expr::Name(n) if n.id.as_str() == "sys")
                && self.is_module_expr(&a.value)
            {
                // Outside any handler: at module level nothing is being handled; in a function,
                // a caller's handler may be (the runtime answers with the last exception caught).
                let current = self.fns.last().unwrap().excs.last().cloned();
                let args = match current {
                    Some(e) => vec![js::id(&e)],
                    None if self.fns.len() == 1 => vec![js::null()],
                    None => vec![],
                };
                let f = self.h("exc_info");
                return self.call_sp(f, args, sp);
            }
        }
        // `Base.m(self, a)` / `Base.__init__(self, a)` through a module-level class:
        // `$ucall1(Base, Base.m, "m", self, a)` runs a compiled method with `this = self`.
        if let Expr::Attribute(a) = &*c.func {
            let attr = a.attr.as_str();
            let dunder = attr.starts_with("__") && attr.ends_with("__");
            if let Expr::Name(n) = &*a.value {
                if plain
                    && (1..=4).contains(&c.args.len())
                    && (attr == "__init__" || !(dunder || names::is_hazard_attr(attr)))
                    && names::mangle_attr(attr) == attr
                    && self.static_classes.contains(n.id.as_str())
                    && self.resolve(n.id.as_str()) == Resolved::Global
                {
                    let cls = self.expr(&a.value);
                    let mut args =
                        vec![js::arg(cls.clone()), js::arg(js::member(cls, attr)), js::arg(js::str_lit(attr))];
                    args.extend(self.call_args(&c.args));
                    let f = self.h(["ucall0", "ucall1", "ucall2", "ucall3"][c.args.len() - 1]);
                    return self.call_args_sp(f, args, sp);
                }
            }
        }
        // Method calls keep `this`.
        if let Expr::Attribute(a) = &*c.func {
            let attr = a.attr.as_str();
            if plain {
                if let Some(e) = self.typed_container_call(&a.value, attr, &c.args, sp) {
                    return e;
                }
            }
            if !self.is_module_expr(&a.value) {
                self.check_np_submodule_attr(a);
                let obj = self.expr(&a.value);
                let never_defined = !self.def_names.contains(attr);
                if names::is_hazard_attr(attr) || attr.starts_with("__") && attr.ends_with("__") || never_defined {
                    if let Some(helper) = fast_method_helper(attr, c.args.len()).filter(|_| plain) {
                        let mut args = vec![js::arg(obj)];
                        args.extend(self.call_args(&c.args));
                        let f = self.h(helper);
                        return self.call_args_sp(f, args, sp);
                    }
                    // Few plain arguments: a plain instance's method is called inline
                    // (`$cm2(o, "send", a, b)` otherwise, which does the same test first).
                    if plain && c.args.len() <= 3 && names::mangle_attr(attr) == attr {
                        return self.plain_method_call(obj, attr, &c.args, sp);
                    }
                    let mut args = vec![js::arg(obj), js::arg(js::str_lit(attr))];
                    args.extend(self.call_args(&c.args));
                    if has_kw {
                        let kw = self.keywords(&c.keywords);
                        let k = self.h("KwArgs");
                        args.push(js::arg(js::new_expr(k, vec![kw])));
                    }
                    let f = self.h("cm");
                    return self.call_args_sp(f, args, sp);
                }
                if has_kw {
                    let ga = self.h("ga");
                    let callee = js::call(ga, vec![obj, js::str_lit(attr)]);
                    return self.call_kw(callee, &c.args, &c.keywords, sp);
                }
                let callee = js::member(obj, &names::mangle_attr(attr));
                let args = self.call_args(&c.args);
                return self.call_args_sp(callee, args, sp);
            }
        }

        // `asyncio.run(main())` in module code blocks in CPython: the module body awaits it.
        if self.fns.len() == 1 && self.is_main_module() {
            if let Expr::Attribute(a) = &*c.func {
                if a.attr.as_str() == "run"
                    && matches!(&*a.value, Expr::Name(n) if n.id.as_str() == "asyncio")
                    && self.is_module_expr(&a.value)
                {
                    self.module_async = true;
                    let callee = self.expr(&c.func);
                    let args = self.call_args(&c.args);
                    // The result crosses a promise boxed (`$awbox`, rt/object.mjs).
                    let unbox = self.h("unbox");
                    return js::call(unbox, vec![js::await_expr(self.call_args_sp(callee, args, sp))]);
                }
            }
        }
        // A direct call of a function whose arity is known with too many positional arguments.
        let nparams = match &*c.func {
            Expr::Name(n) if self.resolve(n.id.as_str()) == Resolved::Global => {
                self.static_arity.get(n.id.as_str()).copied()
            }
            Expr::Lambda(l) if l.args.vararg.is_none() => Some(l.args.posonlyargs.len() + l.args.args.len()),
            _ => None,
        };
        if nparams.is_some_and(|n| plain && c.args.len() > n) {
            let callee = self.expr(&c.func);
            let mut args = vec![js::arg(callee), js::arg(js::num(c.args.len() as f64))];
            args.extend(self.call_args(&c.args));
            let f = self.h("too_many_call");
            return self.call_args_sp(f, args, sp);
        }
        if let Some(n) = nparams.filter(|_| !has_kw && !plain) {
            // `f(*xs)`: the runtime counts the arguments first.
            let callee = self.expr(&c.func);
            let args = self.call_args_of(&c.args, Some(&callee));
            let f = self.h("call_star");
            return self.call_sp(f, vec![callee, js::num(n as f64), js::array_spread(args)], sp);
        }
        if self.numpy_ufunc_call(c) || self.numpy_reduction_call(c) {
            // Arguments that are dead temporaries may take the result (`$tmp`, lower/expr.rs);
            // a reduction gives a dead temporary's data to the buffer pool.
            let callee = self.expr(&c.func);
            let args = c
                .args
                .iter()
                .map(|a| {
                    let v = self.expr(a);
                    if self.is_tmp_value(a) {
                        let f = self.h("tmp");
                        js::arg(js::call(f, vec![v]))
                    } else {
                        js::arg(v)
                    }
                })
                .collect();
            return self.call_args_sp(callee, args, sp);
        }
        let callee = self.expr(&c.func);
        // A named callee can be named in `*`/`**` errors (`__main__.f() argument after * ...`).
        let named = matches!(&*c.func, Expr::Name(_)).then(|| callee.clone());
        if has_kw {
            let pos = self.call_args_of(&c.args, named.as_ref());
            let kw = self.keywords_of(&c.keywords, named.as_ref());
            let f = self.h("callkw");
            return self.call_sp(f, vec![callee, js::array_spread(pos), kw], sp);
        }
        let args = self.call_args_of(&c.args, named.as_ref());
        // A variable that may hold a non-callable: `$cf(x)(...)` raises CPython's
        // `TypeError: 'int' object is not callable` (a bare JS call would lose the type).
        let callee = match &*c.func {
            Expr::Name(n)
                if matches!(self.resolve(n.id.as_str()), Resolved::Local | Resolved::Global | Resolved::ClassAttr)
                    && !self.callable_names.contains(n.id.as_str()) =>
            {
                js::call(self.h("cf"), vec![callee])
            }
            Expr::Call(_) | Expr::Subscript(_) | Expr::Constant(_) | Expr::BoolOp(_) | Expr::IfExp(_) => {
                js::call(self.h("cf"), vec![callee])
            }
            _ => callee,
        };
        self.call_args_sp(callee, args, sp)
    }

    fn call_kw(&mut self, callee: JsExpr, args: &[Expr], keywords: &[Keyword], sp: swc_common::Span) -> JsExpr {
        let pos = self.call_args(args);
        let kw = self.keywords(keywords);
        let f = self.h("callkw");
        self.call_sp(f, vec![callee, js::array_spread(pos), kw], sp)
    }

    /// `globals()`, `locals()`, `vars()`: a dict of the variables bound at this point (a snapshot:
    /// CPython's `locals()` in a function is one too).
    fn namespace_dict(&mut self, global: bool) -> JsExpr {
        let scope = if global { crate::semantic::ScopeId(0) } else { self.scope };
        let sem = self.sem;
        let sc = sem.scope(scope);
        let module = sc.kind == crate::semantic::ScopeKind::Module;
        let mut entries = vec![];
        if module {
            // CPython's module globals, in their order (the import machinery's are None here).
            for n in [
                "__name__",
                "__doc__",
                "__package__",
                "__loader__",
                "__spec__",
                "__annotations__",
                "__builtins__",
                "__file__",
                "__cached__",
            ] {
                let v = match n {
                    "__name__" | "__doc__" | "__file__" => js::id(n),
                    "__package__" => self.package_value(),
                    "__annotations__" if self.module_annotations => js::id(n),
                    "__annotations__" => js::call(self.h("mkdict"), vec![js::array(vec![])]),
                    _ => js::null(),
                };
                if n == "__annotations__" && sc.binds(n) {
                    continue;
                }
                entries.push(js::array(vec![js::str_lit(n), v]));
            }
        }
        for n in &sc.bound {
            if sc.globals.contains(n) || sc.nonlocals.contains(n) && !global {
                continue;
            }
            let mut item = vec![js::str_lit(n)];
            if module {
                item.push(js::id(&names::mangle(n)));
                // A module-level name shadowing a builtin holds the builtin until assigned.
                if names::is_builtin(n) && names::unsupported_builtin(n).is_none() {
                    item.push(self.h(n));
                }
            } else {
                item.push(self.name_ref(n));
            }
            entries.push(js::array(item));
        }
        if global && self.live_globals {
            let f = self.h("globals_dict");
            return js::call(f, vec![js::array(entries), js::id("$pyjs_setattr"), js::id("$pyjs_extra")]);
        }
        let f = self.h("namespace_dict");
        js::call(f, vec![js::array(entries)])
    }

    /// An iterable argument of `zip`/`map`: a fresh one (a call's or a generator expression's
    /// result) wrapped in `$owned(...)`, so the zip may close it (`rt/core.mjs` `closeAll`).
    pub(super) fn owned_arg(&mut self, e: &Expr) -> JsExpr {
        let v = self.expr(e);
        if matches!(e, Expr::Call(_) | Expr::GeneratorExp(_)) {
            let f = self.h("owned");
            return js::call(f, vec![v]);
        }
        v
    }

    /// Positional arguments, spreading `*x`.
    pub(super) fn call_args(&mut self, args: &[Expr]) -> Vec<ExprOrSpread> {
        self.call_args_of(args, None)
    }

    /// Positional arguments of a call of `callee` (when it can be evaluated again for messages).
    /// CPython names the callee only for a lone `f(*x)`; with other positional arguments the
    /// items are gathered into a list first (`Value after * must be an iterable`).
    fn call_args_of(&mut self, args: &[Expr], callee: Option<&JsExpr>) -> Vec<ExprOrSpread> {
        let lone = args.len() == 1;
        args.iter()
            .map(|a| match a {
                Expr::Starred(s) => {
                    let v = self.expr(&s.value);
                    match callee {
                        Some(c) if lone => {
                            let f = self.h("argstar");
                            js::spread(js::call(f, vec![v, c.clone()]))
                        }
                        Some(_) => {
                            let f = self.h("star_arr");
                            js::spread(js::call(f, vec![v]))
                        }
                        None => {
                            let f = self.h("arr");
                            js::spread(js::call(f, vec![v]))
                        }
                    }
                }
                e => js::arg(self.expr(e)),
            })
            .collect()
    }

    /// Keyword arguments as a JS `Map`, merging `**mapping` items in order.
    fn keywords(&mut self, keywords: &[Keyword]) -> JsExpr {
        self.keywords_of(keywords, None)
    }

    fn keywords_of(&mut self, keywords: &[Keyword], callee: Option<&JsExpr>) -> JsExpr {
        let mut pairs = vec![];
        let mut merges = vec![];
        for k in keywords {
            let v = self.expr(&k.value);
            match &k.arg {
                Some(name) => {
                    if merges.is_empty() {
                        pairs.push(js::array(vec![js::str_lit(name.as_str()), v]));
                    } else {
                        merges.push((Some(name.to_string()), v));
                    }
                }
                None => merges.push((None, v)),
            }
        }
        let mut map = js::new_expr(js::id("Map"), vec![js::array(pairs)]);
        for (name, v) in merges {
            map = match name {
                Some(n) => {
                    let f = self.h("kwset");
                    js::call(f, vec![map, js::str_lit(&n), v].into_iter().chain(callee.cloned()).collect())
                }
                None => {
                    let f = self.h("kwmerge");
                    js::call(f, vec![map, v].into_iter().chain(callee.cloned()).collect())
                }
            };
        }
        map
    }

    /// `super()` inside a method: the object whose lookups start after the current class.
    /// For `super()` (no arguments, the builtin) directly inside a method: its class and self names.
    fn plain_super(&self, e: &Expr) -> Option<(String, String)> {
        let Expr::Call(c) = e else { return None };
        let Expr::Name(n) = &*c.func else { return None };
        if n.id.as_str() != "super" || !c.args.is_empty() || !c.keywords.is_empty() {
            return None;
        }
        if self.resolve("super") != Resolved::Builtin {
            return None;
        }
        let ctx = self.fns.last()?;
        if ctx.comp_super {
            return None;
        }
        match (&ctx.class_obj, &ctx.self_name) {
            (Some(cls), Some(slf)) => Some((cls.clone(), slf.clone())),
            _ => None,
        }
    }

    fn super_call(&mut self, _c: &ExprCall) -> JsExpr {
        let ctx = self.fns.last().unwrap();
        if ctx.comp_super {
            let f = self.h("super_noargs");
            let msg = js::str_lit("super(type, obj): obj must be an instance or subtype of type");
            return js::call(f, vec![msg, js::bool_lit(true)]);
        }
        match (&ctx.class_obj, &ctx.self_name) {
            (Some(cls), Some(slf)) => {
                let (cls, slf) = (cls.clone(), slf.clone());
                let f = self.h("superof");
                js::call(f, vec![js::id(&cls), js::id(&names::mangle(&slf))])
            }
            (Some(_), None) => {
                let f = self.h("super_noargs");
                js::call(f, vec![])
            }
            // Outside a class CPython raises at run time: with a first parameter, for want of
            // the `__class__` cell.
            (None, has_self) => {
                let args = match has_self {
                    Some(_) => vec![js::str_lit("super(): __class__ cell not found")],
                    None => vec![],
                };
                let f = self.h("super_noargs");
                js::call(f, args)
            }
        }
    }
}

/// The module name of `__import__("json")` / `import_module("os.path")`: one literal, absolute
/// name argument and no other arguments (`package=`, `fromlist=` change what is returned).
fn literal_module_arg(c: &ExprCall) -> Option<&str> {
    if c.args.len() != 1 || !c.keywords.is_empty() {
        return None;
    }
    match &c.args[0] {
        Expr::Constant(ExprConstant { value: Constant::Str(s), .. })
            if !s.is_empty()
                && s.split('.').all(|p| !p.is_empty() && p.chars().all(|ch| ch.is_alphanumeric() || ch == '_')) =>
        {
            Some(s.as_str())
        }
        _ => None,
    }
}
