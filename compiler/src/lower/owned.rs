//! Owned array variables: a variable whose NumPy array value provably stays private to it, so
//! the array it held is dead when it is rebound and the runtime may reuse its data (NumPy gets
//! the same from reference counts; a fresh large typed array costs more than a pass over it).
//!
//! ```python
//! for _ in range(n):
//!     c = a * 2.0 + b          # c is only read as an operand / reduction receiver
//!     s += float((c * c).sum())
//! ```
//! becomes
//! ```js
//! c = $rebind_own(c, $add($tmp($mul(a, $K0)), b));   // c's previous array goes to the pool
//! ```
//!
//! A variable qualifies when some binding is `v = <operator, comparison or ufunc value>` (`is_fresh_value`),
//! every read of it is an operand of an operator or comparison, an argument of a NumPy ufunc or
//! of a few builtins, or the receiver of a reduction-like method (none of which keep or return
//! their operand, or a view of it), and no nested scope mentions its name. The runtime marks the
//! value as owned only when it is the operator's fresh result (`TMP.fresh`), and a user dunder
//! that receives it clears the mark (rt/num.mjs `callDunder`), so other values are never reused.
//! A function's `return E` releases its owned variables after computing `E`
//! (`return $rebind(v, E)`), unless the function has a `try` or `with` statement. `return v` of
//! an owned variable counts as a read that keeps nothing: the value leaves unmarked
//! (`$disown(v)`, so a caller's variables never release it).
//!
//! `v = f(...)` (`f` a plain name) of an owned variable becomes `$rebind_call(v, f, f(...))`:
//! the variable owns the result when `f` carries `sig.fresh` (below) and it is still `TMP.fresh`.
//! Reads as arguments of `np.linalg.inv`/`solve`/`det`/`norm` keep nothing either.
//!
//! A call statement `f(...)` of a plain variable becomes `$discard(f, f(...))`: functions whose
//! every return value is such a fresh value (`lambda: a + b`, `def g(): return np.sqrt(x)`)
//! carry `sig.fresh`, and a discarded result of one that is still `TMP.fresh` goes to the pool.

use rustc_hash::FxHashSet as HashSet;

use swc_ecma_ast::Expr as JsExpr;

use crate::js;
use crate::parse::ast::*;
use crate::semantic::Resolved;

use super::Lowerer;

/// Methods of ndarray that neither keep their receiver nor return a view of it.
const METHODS: &[&str] = &[
    "sum", "mean", "max", "min", "argmax", "argmin", "any", "all", "std", "var", "prod", "item", "tolist", "copy",
    "cumsum", "cumprod", "dot", "round", "argsort", "nonzero", "fill", "sort",
];

/// NumPy reductions: they return a new scalar or array and keep nothing.
const NUMPY_REDUCTIONS: &[&str] = &[
    "sum",
    "mean",
    "max",
    "min",
    "amax",
    "amin",
    "argmax",
    "argmin",
    "any",
    "all",
    "std",
    "var",
    "prod",
    "count_nonzero",
    "trace",
];

/// Builtins that neither keep their argument nor return it.
const BUILTINS: &[&str] = &["float", "int", "len", "print", "abs", "round", "bool", "str", "repr"];

/// Names whose use exposes a scope's variables (`locals()`, ...): no variable is owned then.
const INTROSPECT: &[&str] = &["locals", "vars", "globals", "dir", "eval", "exec", "__import__"];

struct Scan<'l, 'a> {
    l: &'l Lowerer<'a>,
    fresh: HashSet<String>,
    bad: HashSet<String>,
    introspect: bool,
    /// Names bound by a module-level `import numpy` / `import numpy as np`.
    numpy_aliases: HashSet<String>,
    /// Whether the scope has a `try` or `with` statement (code may run after a `return`).
    has_try: bool,
}

impl Lowerer<'_> {
    /// The owned variables of the current scope, whose body is `body`.
    /// Also returns those to release at a `return` (sorted).
    pub(super) fn owned_vars(&self, body: &[Stmt]) -> (HashSet<String>, Vec<String>) {
        // Only NumPy makes owned values (`TMP.fresh`): other modules skip the analysis.
        if !self.mentions_numpy {
            return (HashSet::default(), vec![]);
        }
        let mut numpy_aliases = HashSet::default();
        for st in body {
            if let Stmt::Import(i) = st {
                for a in &i.names {
                    if a.name.as_str() == "numpy" {
                        numpy_aliases.insert(a.asname.as_ref().map_or("numpy", |x| x.as_str()).to_string());
                    }
                }
            }
        }
        let mut s = Scan {
            l: self,
            fresh: HashSet::default(),
            bad: HashSet::default(),
            introspect: false,
            numpy_aliases,
            has_try: false,
        };
        s.stmts(body);
        if s.introspect {
            return (HashSet::default(), vec![]);
        }
        let sc = self.sem.scope(self.scope);
        let owned: HashSet<String> = s
            .fresh
            .into_iter()
            .filter(|n| !s.bad.contains(n) && !sc.globals.contains(n) && !sc.nonlocals.contains(n))
            .collect();
        // At a `return` of a function, its owned arrays are dead too (unless a `finally` or a
        // `with` exit may still run after the return value is computed).
        let mut at_return: Vec<String> =
            if s.has_try || self.fns.len() < 2 { vec![] } else { owned.iter().cloned().collect() };
        at_return.sort();
        (owned, at_return)
    }
}

impl Lowerer<'_> {
    /// Whether `e`'s value is a new object nothing else references when it is an array: a
    /// temporary (`is_tmp_value`) or a single comparison (`d > 0.5`: NumPy's bool arrays).
    pub(super) fn is_fresh_value(&self, e: &Expr) -> bool {
        self.is_tmp_value(e)
            || matches!(e, Expr::Compare(c) if c.ops.len() == 1
                && matches!(c.ops[0], CmpOp::Eq | CmpOp::NotEq | CmpOp::Lt | CmpOp::LtE | CmpOp::Gt | CmpOp::GtE))
            || matches!(e, Expr::Call(c) if self.numpy_fresh_call(c))
            // `a ** k`: ndarray's `$arith` marks the power fresh too.
            || matches!(e, Expr::BinOp(b) if b.op == Operator::Pow
                && matches!(self.ty(e), crate::infer::Ty::Unknown | crate::infer::Ty::Bottom))
    }

    /// `f(...)` with `f` a plain name (not a builtin): `v = f(...)` of an owned variable is
    /// `$rebind_call(v, f, f(...))`, which owns the result when `f` returns only fresh arrays
    /// (`sig.fresh`, as `$discard`) and the result is still `TMP.fresh`.
    pub(super) fn fresh_fn_call(&self, e: &Expr) -> bool {
        matches!(e, Expr::Call(c) if matches!(&*c.func, Expr::Name(f) if self.resolve(f.id.as_str()) != Resolved::Builtin))
    }

    /// `np.where(c, x, y)`, `np.clip(a, lo, hi)`, `np.round(a, d)`, `np.cumsum(a)`, `np.sort(a)`,
    /// `np.eye(n)`, `np.identity(n)`: NumPy functions that return a new array (marked
    /// `TMP.fresh` by numpy.mjs) when no `out` is passed (none of these may be given by
    /// position, nor by keyword); and `np.linalg.inv(a)`/`np.linalg.solve(a, b)` (linalg.mjs
    /// marks the results of its float64 kernels).
    pub(super) fn numpy_fresh_call(&self, c: &ExprCall) -> bool {
        let Expr::Attribute(a) = &*c.func else { return false };
        if let Expr::Attribute(m) = &*a.value {
            let Expr::Name(n) = &*m.value else { return false };
            return self.module_names.get(n.id.as_str()).map(String::as_str) == Some("numpy")
                && self.is_module_expr(&m.value)
                && m.attr.as_str() == "linalg"
                && matches!((a.attr.as_str(), c.args.len()), ("inv", 1) | ("solve", 2))
                && c.keywords.is_empty()
                && !c.args.iter().any(|x| matches!(x, Expr::Starred(_)));
        }
        let Expr::Name(n) = &*a.value else { return false };
        if self.module_names.get(n.id.as_str()).map(String::as_str) != Some("numpy") || !self.is_module_expr(&a.value) {
            return false;
        }
        // The most positional arguments before `out`.
        let max_pos = match a.attr.as_str() {
            "where" => 3,
            "clip" | "cumsum" => 3,
            "round" | "around" => 2,
            "sort" => 4,
            "eye" => 5,
            "identity" => 2,
            _ => return false,
        };
        c.args.len() <= max_pos
            && !c.args.iter().any(|x| matches!(x, Expr::Starred(_)))
            && c.keywords.iter().all(|k| k.arg.as_ref().is_some_and(|a| a.as_str() != "out"))
    }

    /// `f(...)` as a statement, `f` a plain variable, in a module importing numpy:
    /// `$discard(f, f(...))`, which pools the result when `f` is a function whose every return
    /// value is a fresh array (`sig.fresh`, `lower/func.rs`) and the result is still
    /// `TMP.fresh` (nothing kept it: it was made by the returned expression itself).
    pub(super) fn discard_fresh(&mut self, e: &Expr, v: JsExpr) -> JsExpr {
        if !self.mentions_numpy {
            return v;
        }
        let Expr::Call(c) = e else { return v };
        if !matches!(&*c.func, Expr::Name(_)) {
            return v;
        }
        let f = self.expr(&c.func);
        // A plain variable, not a builtin (`print(x)` is `$print(x)`: a runtime helper).
        if !matches!(&f, JsExpr::Ident(i) if !i.sym.starts_with('$')) {
            return v;
        }
        let h = self.h("discard");
        js::call(h, vec![f, v])
    }

    /// Whether `name` is an owned array variable of the current scope.
    pub(super) fn is_owned_var(&self, name: &str) -> bool {
        let Some(f) = self.fns.last() else { return false };
        f.owned.as_ref().is_some_and(|(s, set)| *s == self.scope && set.contains(name))
    }

    /// `return v` of an owned variable `v`: `$disown(v)` (the value leaves the function, and
    /// the caller may keep it anywhere, so it is no longer private to a variable).
    pub(super) fn return_disown(&mut self, e: Option<&Expr>, v: JsExpr) -> JsExpr {
        match e {
            Some(Expr::Name(n)) if self.is_owned_var(n.id.as_str()) => {
                let h = self.h("disown");
                js::call(h, vec![v])
            }
            _ => v,
        }
    }

    /// `return v`: releases the owned arrays of the function once `v` is computed.
    pub(super) fn return_release(&mut self, mut v: JsExpr) -> JsExpr {
        let Some(f) = self.fns.last() else { return v };
        if !f.owned.as_ref().is_some_and(|(s, _)| *s == self.scope) || f.owned_at_return.is_empty() {
            return v;
        }
        for name in f.owned_at_return.clone() {
            let h = self.h("rebind");
            let old = self.name_ref(&name);
            v = crate::js::call(h, vec![old, v]);
        }
        v
    }
}

impl Scan<'_, '_> {
    fn stmts(&mut self, body: &[Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match s {
            Stmt::FunctionDef(f) => {
                f.decorator_list.iter().for_each(|e| self.expr(e, false));
                self.args(&f.args);
                self.nested_stmts(&f.body);
            }
            Stmt::AsyncFunctionDef(f) => {
                f.decorator_list.iter().for_each(|e| self.expr(e, false));
                self.args(&f.args);
                self.nested_stmts(&f.body);
            }
            Stmt::ClassDef(c) => {
                c.decorator_list.iter().for_each(|e| self.expr(e, false));
                c.bases.iter().for_each(|e| self.expr(e, false));
                c.keywords.iter().for_each(|k| self.expr(&k.value, false));
                self.nested_stmts(&c.body);
            }
            Stmt::Assign(a) => {
                if let [Expr::Name(n)] = a.targets.as_slice() {
                    if self.l.is_fresh_value(&a.value)
                        || self.l.fresh_fn_call(&a.value)
                        || matches!(&*a.value, Expr::Call(c) if self.ufunc_call(c))
                    {
                        self.fresh.insert(n.id.to_string());
                    }
                }
                a.targets.iter().for_each(|t| self.expr(t, false));
                self.expr(&a.value, false);
            }
            Stmt::Try(_) | Stmt::TryStar(_) | Stmt::With(_) | Stmt::AsyncWith(_) if !self.has_try => {
                self.has_try = true;
                self.stmt(s);
            }
            // `return v`: the value leaves (`$disown`), after which the variable is never rebound.
            Stmt::Return(r) if matches!(r.value.as_deref(), Some(Expr::Name(_))) => {}
            Stmt::Global(g) => self.bad.extend(g.names.iter().map(|n| n.to_string())),
            Stmt::Nonlocal(g) => self.bad.extend(g.names.iter().map(|n| n.to_string())),
            _ => {
                let mut exprs = vec![];
                let mut blocks = vec![];
                crate::infer::walk_stmt_children(s, &mut |e| exprs.push(e), &mut |b| blocks.push(b));
                for e in exprs {
                    self.expr(e, false);
                }
                for b in blocks {
                    self.stmts(b);
                }
            }
        }
    }

    /// `np.<name>(...)` for a name of `names`, positional arguments only.
    fn numpy_call(&self, c: &ExprCall, names: &[&str]) -> bool {
        let Expr::Attribute(a) = &*c.func else { return false };
        let Expr::Name(n) = &*a.value else { return false };
        let numpy = match self.l.module_names.get(n.id.as_str()) {
            Some(m) => m == "numpy",
            None => self.numpy_aliases.contains(n.id.as_str()),
        };
        numpy
            && names.contains(&a.attr.as_str())
            && !c.args.iter().any(|x| matches!(x, Expr::Starred(_)))
            && self.l.is_module_expr(&a.value)
    }

    /// `np.linalg.inv(x)`, `solve`, `det`, `norm` with positional arguments: new results, nothing kept.
    fn linalg_call(&self, c: &ExprCall) -> bool {
        let Expr::Attribute(a) = &*c.func else { return false };
        let Expr::Attribute(m) = &*a.value else { return false };
        let Expr::Name(n) = &*m.value else { return false };
        let numpy = match self.l.module_names.get(n.id.as_str()) {
            Some(x) => x == "numpy",
            None => self.numpy_aliases.contains(n.id.as_str()),
        };
        numpy
            && m.attr.as_str() == "linalg"
            && matches!(a.attr.as_str(), "inv" | "solve" | "det" | "norm")
            && !c.args.iter().any(|x| matches!(x, Expr::Starred(_)))
            && self.l.is_module_expr(&m.value)
    }

    /// `np.sqrt(x)`: as `numpy_ufunc_call`, also before the module's imports are lowered.
    fn ufunc_call(&self, c: &ExprCall) -> bool {
        let Expr::Attribute(a) = &*c.func else { return false };
        let Expr::Name(n) = &*a.value else { return false };
        let numpy = match self.l.module_names.get(n.id.as_str()) {
            Some(m) => m == "numpy",
            None => self.numpy_aliases.contains(n.id.as_str()),
        };
        numpy
            && c.keywords.is_empty()
            && !c.args.iter().any(|x| matches!(x, Expr::Starred(_)))
            && self.l.is_module_expr(&a.value)
            && Lowerer::numpy_ufunc_attr(a.attr.as_str())
    }

    fn args(&mut self, args: &Arguments) {
        for a in args.posonlyargs.iter().chain(&args.args).chain(&args.kwonlyargs) {
            if let Some(d) = &a.default {
                self.expr(d, false);
            }
        }
    }

    /// Every name a nested scope mentions is not owned here.
    fn nested_stmts(&mut self, body: &[Stmt]) {
        for s in body {
            if let Stmt::Global(g) = s {
                self.bad.extend(g.names.iter().map(|n| n.to_string()));
            }
            if let Stmt::Nonlocal(g) = s {
                self.bad.extend(g.names.iter().map(|n| n.to_string()));
            }
            let mut exprs = vec![];
            let mut blocks = vec![];
            crate::infer::walk_stmt_children(s, &mut |e| exprs.push(e), &mut |b| blocks.push(b));
            for e in exprs {
                self.nested_expr(e);
            }
            for b in blocks {
                self.nested_stmts(b);
            }
            match s {
                Stmt::FunctionDef(f) => self.nested_name(f.name.as_str()),
                Stmt::AsyncFunctionDef(f) => self.nested_name(f.name.as_str()),
                Stmt::ClassDef(c) => self.nested_name(c.name.as_str()),
                _ => {}
            }
        }
    }

    fn nested_name(&mut self, n: &str) {
        if INTROSPECT.contains(&n) {
            self.introspect = true;
        }
        self.bad.insert(n.to_string());
    }

    fn nested_expr(&mut self, e: &Expr) {
        if let Expr::Name(n) = e {
            self.nested_name(n.id.as_str());
        }
        crate::infer::walk_children(e, |c| self.nested_expr(c));
    }

    /// Walks `e`; `consumed`: its value is only operated on, never kept or returned.
    fn expr(&mut self, e: &Expr, consumed: bool) {
        match e {
            Expr::Name(n) => {
                if INTROSPECT.contains(&n.id.as_str()) {
                    self.introspect = true;
                }
                if !consumed && matches!(n.ctx, ExprContext::Load) {
                    self.bad.insert(n.id.to_string());
                }
            }
            Expr::Lambda(_) | Expr::ListComp(_) | Expr::SetComp(_) | Expr::DictComp(_) | Expr::GeneratorExp(_) => {
                self.nested_expr(e)
            }
            Expr::BinOp(b) => {
                self.expr(&b.left, true);
                self.expr(&b.right, true);
            }
            Expr::UnaryOp(u) => self.expr(&u.operand, true),
            Expr::Compare(c) => {
                self.expr(&c.left, true);
                c.comparators.iter().for_each(|x| self.expr(x, true));
            }
            Expr::Call(c) => {
                match &*c.func {
                    Expr::Attribute(a) if METHODS.contains(&a.attr.as_str()) => self.expr(&a.value, true),
                    f => self.expr(f, false),
                }
                let plain_args = self.ufunc_call(c)
                    || self.numpy_call(c, NUMPY_REDUCTIONS)
                    || self.linalg_call(c)
                    || matches!(&*c.func, Expr::Name(f) if BUILTINS.contains(&f.id.as_str())
                        && self.l.resolve(f.id.as_str()) == Resolved::Builtin);
                for a in &c.args {
                    self.expr(a, plain_args && !matches!(a, Expr::Starred(_)));
                }
                c.keywords.iter().for_each(|k| self.expr(&k.value, false));
            }
            _ => crate::infer::walk_children(e, |c| self.expr(c, false)),
        }
    }
}
