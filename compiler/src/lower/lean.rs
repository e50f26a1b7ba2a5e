//! The lean runtime: entry modules whose values are only ints, floats, strs, bools and None.
//!
//! ```python
//! def add(a, b):
//!     return a + b
//! print(add(2, 3))
//! ```
//! imports its helpers from the lean runtime (`stdlib-shims/rt/lean.mjs`), under the names the
//! rest of the lowering uses, and runs under `main_lazy`:
//! ```js
//! import { lean_add as $add, fn as $fn, main_lazy as $main, lean_missing_args as $missing_args,
//!          lean_print as $print } from "./pyjs/builtins.mjs";
//! $main(() => { ... $print(add(2, 3)); }, "/path/add.py");
//! ```
//! The lean helpers handle every case such values reach without an error; anything else (every
//! error) they throw as a deferred operation, which `main_lazy` hands to the full runtime
//! (`pyjs/_full/`, loaded only then: the exception classes, the object model, the traceback
//! printer), which runs the operation again with the real helper and reports what it raises.
//! That is sound because such a program has no `try`/`with` (nothing catches an exception
//! before the top) and makes no other values (no containers, classes, lambdas or function
//! values: a printed value is always one `lean_print` can write). So a program of functions,
//! loops, arithmetic and prints ships ~3 KB gzipped instead of ~47 KB.
//!
//! Two checks decide: [`Lowerer::lean_universe`] (the module's statements and expressions, before
//! lowering) and [`lean_helper`] (every helper the lowered module imports has a lean version).

use std::collections::HashSet;

use super::{Lowerer, Resolved};
use crate::parse::ast;

/// The lean runtime's version of a helper generated code imports (the export of
/// `builtins.mjs` to import under the helper's usual `$name`), if it has one.
pub(crate) fn lean_helper(name: &str) -> Option<&'static str> {
    Some(match name {
        "main" => "main_lazy",
        "print" => "lean_print",
        "callkw" => "lean_callkw",
        "missing_args" => "lean_missing_args",
        "unbound_name" => "lean_unbound_name",
        "unbound_local" => "lean_unbound_local",
        "range_stop" => "lean_range_stop",
        "range_start" => "lean_range_start",
        "add" => "lean_add",
        "sub" => "lean_sub",
        "mul" => "lean_mul",
        "floordiv" => "lean_floordiv",
        "mod" => "lean_mod",
        "idiv" => "lean_idiv",
        "fdiv" => "lean_fdiv",
        "neg" => "lean_neg",
        "truthy" => "lean_truthy",
        "eq" => "lean_eq",
        "ne" => "lean_ne",
        "lt" => "lean_lt",
        "le" => "lean_le",
        "gt" => "lean_gt",
        "ge" => "lean_ge",
        "len" => "lean_len",
        // Already lean: they cannot raise.
        "fn" => "lean_fn",
        "UNBOUND" => "UNBOUND",
        "mkfloat" => "mkfloat",
        "bigint_lit" => "bigint_lit",
        "modk" => "modk",
        _ => return None,
    })
}

/// What a lean program binds: its variables (assigned, loop targets, parameters) and its
/// functions (module-level `def`s).
#[derive(Default)]
struct Names<'a> {
    vars: HashSet<&'a str>,
    defs: HashSet<&'a str>,
}

impl Lowerer<'_> {
    /// Whether every value the entry module `body` can make is an int, float, str, bool or None
    /// (functions only called by name), with no construct that catches or inspects exceptions:
    /// module-level plain `def`s (positional parameters without defaults or annotations), and
    /// `return`, assignments to names (`a, b = x, y` too), augmented assignments, `for` over
    /// `range(...)`, `while`, `if`, `pass`, `break`, `continue` and expression statements, of
    /// constants, names, operators, comparisons, `and`/`or`/`not`, conditional expressions,
    /// f-strings and calls of those functions and of builtins (keywords only for `print`'s
    /// `sep`/`end`/`flush`) and methods. Which builtins, methods and operators are lean is the
    /// helpers' business ([`lean_helper`]): one without a lean version makes the module use the
    /// full runtime.
    pub(super) fn lean_universe(&self, body: &[ast::Stmt]) -> bool {
        let mut names = Names::default();
        for s in body {
            if let ast::Stmt::FunctionDef(f) = s {
                if !names.defs.insert(f.name.as_str()) {
                    return false;
                }
            }
        }
        if !collect_vars(body, &mut names.vars) || names.vars.iter().any(|v| names.defs.contains(v)) {
            return false;
        }
        self.lean_stmts(body, false, &names)
    }

    fn lean_stmts(&self, body: &[ast::Stmt], in_fn: bool, n: &Names) -> bool {
        body.iter().all(|s| self.lean_stmt(s, in_fn, n))
    }

    fn lean_stmt(&self, s: &ast::Stmt, in_fn: bool, n: &Names) -> bool {
        use ast::{Expr, Stmt};
        let name = |e: &Expr| matches!(e, Expr::Name(_));
        match s {
            Stmt::FunctionDef(f) => {
                let a = &f.args;
                !in_fn
                    && f.decorator_list.is_empty()
                    && f.returns.is_none()
                    && f.type_params.is_empty()
                    && a.posonlyargs.is_empty()
                    && a.vararg.is_none()
                    && a.kwonlyargs.is_empty()
                    && a.kwarg.is_none()
                    && a.args.iter().all(|p| p.default.is_none() && p.def.annotation.is_none())
                    && self.lean_stmts(&f.body, true, n)
            }
            Stmt::Return(r) => in_fn && r.value.as_deref().is_none_or(|v| self.lean_expr(v, n)),
            Stmt::Assign(a) => match (a.targets.as_slice(), &*a.value) {
                ([Expr::Tuple(t)], Expr::Tuple(v)) => {
                    t.elts.len() == v.elts.len()
                        && t.elts.iter().all(name)
                        && v.elts.iter().all(|e| self.lean_expr(e, n))
                }
                (ts, v) => ts.iter().all(name) && self.lean_expr(v, n),
            },
            Stmt::AugAssign(a) => name(&a.target) && self.lean_expr(&a.value, n),
            Stmt::For(f) => {
                let Expr::Call(c) = &*f.iter else { return false };
                let is_range = matches!(&*c.func, Expr::Name(r) if r.id.as_str() == "range" && self.resolve("range") == Resolved::Builtin);
                name(&f.target)
                    && is_range
                    && (1..=3).contains(&c.args.len())
                    && c.keywords.is_empty()
                    && c.args.iter().all(|e| self.lean_expr(e, n))
                    && self.lean_stmts(&f.body, in_fn, n)
                    && self.lean_stmts(&f.orelse, in_fn, n)
            }
            Stmt::While(w) => {
                self.lean_expr(&w.test, n) && self.lean_stmts(&w.body, in_fn, n) && self.lean_stmts(&w.orelse, in_fn, n)
            }
            Stmt::If(i) => {
                self.lean_expr(&i.test, n) && self.lean_stmts(&i.body, in_fn, n) && self.lean_stmts(&i.orelse, in_fn, n)
            }
            Stmt::Expr(e) => self.lean_expr(&e.value, n),
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) => true,
            Stmt::AsyncFunctionDef(_)
            | Stmt::ClassDef(_)
            | Stmt::Delete(_)
            | Stmt::TypeAlias(_)
            | Stmt::AnnAssign(_)
            | Stmt::AsyncFor(_)
            | Stmt::With(_)
            | Stmt::AsyncWith(_)
            | Stmt::Match(_)
            | Stmt::Raise(_)
            | Stmt::Try(_)
            | Stmt::TryStar(_)
            | Stmt::Assert(_)
            | Stmt::Import(_)
            | Stmt::ImportFrom(_)
            | Stmt::Global(_)
            | Stmt::Nonlocal(_) => false,
        }
    }

    fn lean_expr(&self, e: &ast::Expr, n: &Names) -> bool {
        use ast::{Constant, Expr};
        match e {
            Expr::Constant(c) => {
                matches!(
                    c.value,
                    Constant::Str(_) | Constant::Int(_) | Constant::Float(_) | Constant::Bool(_) | Constant::None
                )
            }
            // A variable (never a function or a builtin as a value).
            Expr::Name(x) => {
                let id = x.id.as_str();
                !n.defs.contains(id) && (n.vars.contains(id) || matches!(id, "__name__" | "__file__" | "__doc__"))
            }
            Expr::BinOp(b) => {
                !matches!(b.op, ast::Operator::MatMult) && self.lean_expr(&b.left, n) && self.lean_expr(&b.right, n)
            }
            Expr::UnaryOp(u) => self.lean_expr(&u.operand, n),
            Expr::BoolOp(b) => b.values.iter().all(|v| self.lean_expr(v, n)),
            Expr::Compare(c) => self.lean_expr(&c.left, n) && c.comparators.iter().all(|v| self.lean_expr(v, n)),
            Expr::IfExp(i) => self.lean_expr(&i.test, n) && self.lean_expr(&i.body, n) && self.lean_expr(&i.orelse, n),
            Expr::JoinedStr(j) => j.values.iter().all(|v| self.lean_expr(v, n)),
            Expr::FormattedValue(f) => {
                self.lean_expr(&f.value, n) && f.format_spec.as_deref().is_none_or(|s| self.lean_expr(s, n))
            }
            Expr::Call(c) => {
                let args_ok = c.args.iter().all(|a| !matches!(a, Expr::Starred(_)) && self.lean_expr(a, n));
                let kw_ok = |allowed: &[&str]| {
                    c.keywords.iter().all(|k| {
                        k.arg.as_ref().is_some_and(|a| allowed.contains(&a.as_str())) && self.lean_expr(&k.value, n)
                    })
                };
                args_ok
                    && match &*c.func {
                        Expr::Name(f) => {
                            let id = f.id.as_str();
                            if n.defs.contains(id) {
                                c.keywords.is_empty()
                            } else if n.vars.contains(id) || self.resolve(id) != Resolved::Builtin {
                                false
                            } else if id == "print" {
                                kw_ok(&["sep", "end", "flush"])
                            } else {
                                c.keywords.is_empty()
                            }
                        }
                        // A method of a value (`s.upper()`): lean only if its helper is.
                        Expr::Attribute(a) => c.keywords.is_empty() && self.lean_expr(&a.value, n),
                        _ => false,
                    }
            }
            Expr::NamedExpr(_)
            | Expr::Lambda(_)
            | Expr::Dict(_)
            | Expr::Set(_)
            | Expr::ListComp(_)
            | Expr::SetComp(_)
            | Expr::DictComp(_)
            | Expr::GeneratorExp(_)
            | Expr::Await(_)
            | Expr::Yield(_)
            | Expr::YieldFrom(_)
            | Expr::Attribute(_)
            | Expr::Subscript(_)
            | Expr::Starred(_)
            | Expr::List(_)
            | Expr::Tuple(_)
            | Expr::Slice(_) => false,
        }
    }
}

/// The names `body` binds as variables (any function's too); false for a binding form a lean
/// program does not have.
fn collect_vars<'a>(body: &'a [ast::Stmt], vars: &mut HashSet<&'a str>) -> bool {
    use ast::{Expr, Stmt};
    let target = |e: &'a Expr, vars: &mut HashSet<&'a str>| match e {
        Expr::Name(x) => {
            vars.insert(x.id.as_str());
            true
        }
        Expr::Tuple(t) => t.elts.iter().all(|e| match e {
            Expr::Name(x) => {
                vars.insert(x.id.as_str());
                true
            }
            _ => false,
        }),
        _ => false,
    };
    for s in body {
        let ok = match s {
            Stmt::Assign(a) => a.targets.iter().all(|t| target(t, vars)),
            Stmt::AugAssign(a) => target(&a.target, vars),
            Stmt::FunctionDef(f) => {
                vars.extend(f.args.args.iter().map(|p| p.def.arg.as_str()));
                collect_vars(&f.body, vars)
            }
            Stmt::For(f) => target(&f.target, vars) && collect_vars(&f.body, vars) && collect_vars(&f.orelse, vars),
            Stmt::While(w) => collect_vars(&w.body, vars) && collect_vars(&w.orelse, vars),
            Stmt::If(i) => collect_vars(&i.body, vars) && collect_vars(&i.orelse, vars),
            _ => true,
        };
        if !ok {
            return false;
        }
    }
    true
}
