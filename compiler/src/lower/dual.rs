//! Dual locals: a function's local that holds "a float or an np.float64" (an accumulator of
//! NumPy array elements) kept as a raw JS double plus its kind, boxed only where it escapes.
//!
//! ```python
//! def f(a, k):
//!     acc = 0.0
//!     for i in range(len(a)):
//!         acc += a[i] * k
//!     return acc
//! ```
//! becomes (inside the function; `$e` is the inline read of `a[i]`, lower/typed.rs `npsub_elem`)
//! ```js
//! let acc, acc$nd = 0, acc$nk = 0;
//! acc$nd = 0, acc$nk = 1;                                   // a float
//! for (...) {
//!     $t1 = $e, ($t1 !== undefined || ...) && ($t2 = acc$nk !== 0 ? acc$nd : $npvx(acc)) !== undefined
//!         ? (acc$nd = $t2 + $t1 * k, acc$nk = 2)             // an np.float64, no object made
//!         : (acc = <the usual lowering of $npdual(acc$nk, acc, acc$nd) + a[i] * k>, acc$nk = 0);
//! }
//! return $npdual(acc$nk, acc, acc$nd);                      // boxed where it escapes
//! ```
//! Kind 0: the Python value is in `acc` (anything: an int, None, an array...); 1: it is the
//! float `acc$nd`; 2: the np.float64 `acc$nd`. Every read other than an operand of a
//! [`Lowerer::spec_npsub`] expression boxes (`$npdual`), so returns, call arguments, stores,
//! `repr`, comparisons all see the value CPython has; the representation never lags behind the
//! variable (each assignment sets both), so exceptions, `break` and `return` need nothing.
//!
//! A local qualifies (`dual_vars`, per function) when some `v op= e` / `v = e` binds it to
//! arithmetic reading an element `x[i]`, every binding of it is a plain `v = ...` or
//! `v op= ...`, it is not a parameter, may never be read unbound, is not `is`-compared, and no
//! nested scope (function, lambda, comprehension) mentions it; inference must not know its type.

use rustc_hash::FxHashSet as HashSet;

use swc_common::Span;
use swc_ecma_ast::{BinaryOp, Expr as JsExpr, Stmt as JsStmt};

use super::Lowerer;
use crate::infer::Ty;
use crate::js;
use crate::names;
use crate::parse::ast::*;

/// Names whose use exposes a scope's variables or object identities: no dual locals then.
const INTROSPECT: &[&str] = &["locals", "vars", "globals", "dir", "eval", "exec", "__import__", "id"];

#[derive(Default)]
struct DualScan {
    /// Bound to element arithmetic somewhere.
    hot: HashSet<String>,
    bad: HashSet<String>,
    off: bool,
}

impl DualScan {
    fn stmts(&mut self, body: &[Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match s {
            Stmt::Assign(a) => {
                match a.targets.as_slice() {
                    [Expr::Name(n)] => {
                        if has_subscript(&a.value) {
                            self.hot.insert(n.id.to_string());
                        }
                    }
                    targets => targets.iter().for_each(|t| self.expr(t)),
                }
                self.expr(&a.value);
                return;
            }
            Stmt::AugAssign(a) => {
                if let Expr::Name(n) = &*a.target {
                    if matches!(a.op, Operator::Add | Operator::Sub | Operator::Mult | Operator::Div)
                        && has_subscript(&a.value)
                    {
                        self.hot.insert(n.id.to_string());
                    }
                } else {
                    self.expr(&a.target);
                }
                self.expr(&a.value);
                return;
            }
            Stmt::FunctionDef(f) => self.bad.insert(f.name.to_string()),
            Stmt::AsyncFunctionDef(f) => self.bad.insert(f.name.to_string()),
            Stmt::ClassDef(c) => self.bad.insert(c.name.to_string()),
            Stmt::Import(i) => {
                for a in &i.names {
                    let n = a.asname.as_ref().unwrap_or(&a.name);
                    self.bad.insert(n.split('.').next().unwrap_or("").to_string());
                }
                false
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    self.bad.insert(a.asname.as_ref().unwrap_or(&a.name).to_string());
                }
                false
            }
            Stmt::Try(t) => {
                for h in &t.handlers {
                    let ExceptHandler::ExceptHandler(h) = h;
                    if let Some(n) = &h.name {
                        self.bad.insert(n.to_string());
                    }
                }
                false
            }
            Stmt::TryStar(t) => {
                for h in &t.handlers {
                    let ExceptHandler::ExceptHandler(h) = h;
                    if let Some(n) = &h.name {
                        self.bad.insert(n.to_string());
                    }
                }
                false
            }
            Stmt::Global(g) => {
                self.bad.extend(g.names.iter().map(|n| n.to_string()));
                false
            }
            Stmt::Nonlocal(g) => {
                self.bad.extend(g.names.iter().map(|n| n.to_string()));
                false
            }
            // Capture patterns bind names: not worth following.
            Stmt::Match(_) => {
                self.off = true;
                false
            }
            _ => false,
        };
        let nested = matches!(s, Stmt::FunctionDef(_) | Stmt::AsyncFunctionDef(_) | Stmt::ClassDef(_));
        let mut exprs = vec![];
        let mut blocks = vec![];
        crate::infer::walk_stmt_children(s, &mut |e| exprs.push(e), &mut |b| blocks.push(b));
        for e in exprs {
            self.expr(e);
        }
        for b in blocks {
            if nested {
                self.nested_stmts(b);
            } else {
                self.stmts(b);
            }
        }
    }

    /// Every name a nested scope mentions is excluded.
    fn nested_stmts(&mut self, body: &[Stmt]) {
        for s in body {
            match s {
                Stmt::FunctionDef(f) => self.nested_name(f.name.as_str()),
                Stmt::AsyncFunctionDef(f) => self.nested_name(f.name.as_str()),
                Stmt::ClassDef(c) => self.nested_name(c.name.as_str()),
                Stmt::Global(g) => g.names.iter().for_each(|n| self.nested_name(n.as_str())),
                Stmt::Nonlocal(g) => g.names.iter().for_each(|n| self.nested_name(n.as_str())),
                _ => {}
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
        }
    }

    fn nested_name(&mut self, n: &str) {
        if INTROSPECT.contains(&n) {
            self.off = true;
        }
        self.bad.insert(n.to_string());
    }

    fn nested_expr(&mut self, e: &Expr) {
        if let Expr::Name(n) = e {
            self.nested_name(n.id.as_str());
        }
        crate::infer::walk_children(e, |c| self.nested_expr(c));
    }

    fn expr(&mut self, e: &Expr) {
        match e {
            Expr::Name(n) => {
                if INTROSPECT.contains(&n.id.as_str()) {
                    self.off = true;
                }
                if !matches!(n.ctx, ExprContext::Load) {
                    self.bad.insert(n.id.to_string());
                }
            }
            Expr::NamedExpr(w) => {
                if let Expr::Name(n) = &*w.target {
                    self.bad.insert(n.id.to_string());
                }
                self.expr(&w.value);
            }
            Expr::Lambda(_) | Expr::ListComp(_) | Expr::SetComp(_) | Expr::DictComp(_) | Expr::GeneratorExp(_) => {
                self.nested_expr(e)
            }
            Expr::Compare(c) => {
                // `v is w` compares identities: a boxed copy would not be the same object.
                if c.ops.iter().any(|o| matches!(o, CmpOp::Is | CmpOp::IsNot)) {
                    for x in std::iter::once(&*c.left).chain(&c.comparators) {
                        if let Expr::Name(n) = x {
                            self.bad.insert(n.id.to_string());
                        }
                    }
                }
                crate::infer::walk_children(e, |c| self.expr(c));
            }
            _ => crate::infer::walk_children(e, |c| self.expr(c)),
        }
    }
}

/// Whether `e` reads a subscript (an element) somewhere.
fn has_subscript(e: &Expr) -> bool {
    let mut found = matches!(e, Expr::Subscript(_));
    if !found {
        crate::infer::walk_children(e, |c| found |= has_subscript(c));
    }
    found
}

impl Lowerer<'_> {
    /// The dual locals of the current function scope, whose body is `body` and parameters `params`.
    pub(super) fn dual_vars(&self, body: &[Stmt], params: &[String]) -> HashSet<String> {
        if !self.mentions_numpy {
            return HashSet::default();
        }
        let mut s = DualScan::default();
        s.stmts(body);
        if s.off {
            return HashSet::default();
        }
        let sc = self.sem.scope(self.scope);
        let f = self.fns.last();
        s.hot
            .into_iter()
            .filter(|n| {
                !s.bad.contains(n)
                    && !params.contains(n)
                    && sc.binds(n)
                    && !sc.globals.contains(n)
                    && !sc.nonlocals.contains(n)
                    && !self.types.var_ty(self.scope, n).known()
                    && !f.is_some_and(|f| f.marked.contains(n))
                    && !self.is_owned_var(n)
            })
            .collect()
    }

    /// Whether `name` is a dual local of the current scope.
    pub(super) fn is_dual_var(&self, name: &str) -> bool {
        let Some(f) = self.fns.last() else { return false };
        f.duals.as_ref().is_some_and(|(s, set)| *s == self.scope && set.contains(name))
    }

    /// The JS locals of dual local `name`: the general value, the double, the kind.
    pub(super) fn dual_ids(&self, name: &str) -> (JsExpr, JsExpr, JsExpr) {
        let m = names::mangle(name);
        (js::id(&m), js::id(&format!("{m}$nd")), js::id(&format!("{m}$nk")))
    }

    /// The Python value of dual local `name`: `$npdual(v$nk, v, v$nd)`.
    pub(super) fn dual_box(&mut self, name: &str) -> JsExpr {
        let (o, d, k) = self.dual_ids(name);
        let f = self.h("npdual");
        js::call(f, vec![k, o, d])
    }

    /// The raw double of dual local `name` for an operand of element arithmetic, or undefined
    /// when it holds no float / np.float64 (`div`: np.float64 only, as `$npv64`).
    pub(super) fn dual_raw(&mut self, name: &str, div: bool) -> JsExpr {
        let (o, d, k) = self.dual_ids(name);
        if div {
            let f = self.h("npv64");
            js::paren(js::cond(
                js::bin(BinaryOp::EqEqEq, k.clone(), js::num(2.0)),
                d,
                js::paren(js::cond(js::bin(BinaryOp::EqEqEq, k, js::num(0.0)), js::call(f, vec![o]), js::undefined())),
            ))
        } else {
            let f = self.h("npvx");
            js::paren(js::cond(js::bin(BinaryOp::NotEqEq, k, js::num(0.0)), d, js::call(f, vec![o])))
        }
    }

    /// `v = e` for a dual local `v`.
    pub(super) fn dual_assign(&mut self, name: &str, value: &Expr, sp: Span) -> Vec<JsStmt> {
        let (o, d, k) = self.dual_ids(name);
        if self.ty(value) == Ty::Float {
            let raw = self.raw_float(value);
            let e = js::seq(vec![js::assign(d, raw), js::assign(k, js::num(1.0))]);
            return vec![js::expr_stmt(e, sp)];
        }
        if let Some(parts) = self.npsub_parts(None, value) {
            return vec![js::expr_stmt(dual_fold(parts, o, d, k), sp)];
        }
        let v = self.expr(value);
        let e = js::seq(vec![js::assign(o, v), js::assign(k, js::num(0.0))]);
        vec![js::expr_stmt(e, sp)]
    }

    /// `v op= e` for a dual local `v`.
    pub(super) fn dual_aug(&mut self, name: &str, a: &StmtAugAssign, sp: Span) -> Vec<JsStmt> {
        let (o, d, k) = self.dual_ids(name);
        if let Some(parts) = self.npsub_parts_dual(name, a) {
            return vec![js::expr_stmt(dual_fold(parts, o, d, k), sp)];
        }
        let cur = self.dual_box(name);
        let v = self.aug_value(cur, a);
        let e = js::seq(vec![js::assign(o, v), js::assign(k, js::num(0.0))]);
        vec![js::expr_stmt(e, sp)]
    }
}

/// The statement of a dual local's element arithmetic: the np.float64's double and kind 2 when
/// the operands qualify, the usual value and kind 0 otherwise.
fn dual_fold(mut parts: super::typed::NpsubParts, o: JsExpr, d: JsExpr, k: JsExpr) -> JsExpr {
    let slow = std::mem::replace(&mut parts.slow, js::null());
    let slow = js::paren(js::seq(vec![js::assign(o, slow), js::assign(k.clone(), js::num(0.0))]));
    parts.fold(|raw| js::paren(js::seq(vec![js::assign(d.clone(), raw), js::assign(k.clone(), js::num(2.0))])), slow)
}
