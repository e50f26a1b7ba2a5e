//! Definite assignment: which reads of a scope's own variables may find them unbound.
//!
//! A forward walk over one function (or module) body tracks the set of names bound on every
//! path to the current point. A read of a candidate name (a variable of this scope) outside
//! that set is recorded by its start offset; only those reads get a run-time check
//! (`UnboundLocalError` / `NameError`), so straight-line and loop code that assigns before
//! reading pays nothing. Nested scopes are not entered (their reads of this scope's names are
//! checked here), except for what runs in this scope: defaults, decorators, bases and the
//! first iterable of a comprehension. For each nested `def`, the variables that may still be
//! unbound where it is defined are recorded: its reads of those free variables are checked.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::parse::ast::*;
use crate::parse::start;

/// The result for one scope.
#[derive(Default, Debug)]
pub struct Definite {
    /// Start offsets of `Name` reads that need a check; `true` for a free variable.
    pub checks: HashMap<u32, bool>,
    /// Candidate names that can be read unbound or are deleted: they start as the unbound marker.
    pub marked: HashSet<String>,
    /// For each nested `def` (by start offset), the candidates that may be unbound where it runs.
    pub nested: HashMap<u32, HashSet<String>>,
}

/// `None` means unreachable (after `return`, `raise`, `break`, `continue`).
type State = Option<HashSet<String>>;

struct Walker<'a> {
    candidates: &'a [String],
    /// A function scope: nested functions read its variables as free variables.
    track_nested: bool,
    is_candidate: &'a dyn Fn(&str) -> bool,
    /// Free variables that may be unbound when this function is defined.
    is_free_unbound: &'a dyn Fn(&str) -> bool,
    star_names: &'a dyn Fn(u32) -> Vec<String>,
    out: Definite,
}

/// Analyze `body`, whose names in `initial` are bound on entry (parameters). `candidates` are
/// the scope's own variables.
pub fn analyze(
    body: &[Stmt],
    initial: impl IntoIterator<Item = String>,
    candidates: &[String],
    track_nested: bool,
    is_free_unbound: &dyn Fn(&str) -> bool,
    star_names: &dyn Fn(u32) -> Vec<String>,
) -> Definite {
    let set: HashSet<&str> = candidates.iter().map(|s| s.as_str()).collect();
    let is_candidate = |n: &str| set.contains(n);
    let mut w = Walker {
        candidates,
        track_nested,
        is_candidate: &is_candidate,
        is_free_unbound,
        star_names,
        out: Definite::default(),
    };
    let mut st: State = Some(initial.into_iter().collect());
    w.stmts(body, &mut st);
    w.out
}

fn join(a: State, b: State) -> State {
    match (a, b) {
        (None, x) | (x, None) => x,
        (Some(a), Some(b)) => Some(a.intersection(&b).cloned().collect()),
    }
}

impl Walker<'_> {
    fn stmts(&mut self, body: &[Stmt], st: &mut State) {
        for s in body {
            self.stmt(s, st);
        }
    }

    fn bind(&mut self, name: &str, st: &mut State) {
        if let Some(s) = st {
            s.insert(name.to_string());
        }
    }

    fn read(&mut self, n: &ExprName, st: &State) {
        let name = n.id.as_str();
        if let Some(s) = st {
            if !s.contains(name) {
                if (self.is_candidate)(name) {
                    self.out.checks.insert(start(n.range), false);
                    self.out.marked.insert(name.to_string());
                } else if (self.is_free_unbound)(name) {
                    self.out.checks.insert(start(n.range), true);
                }
            }
        }
    }

    /// A nested function defined here: remember which variables may still be unbound.
    fn nested_def(&mut self, at: u32, st: &State) {
        let Some(s) = st else { return };
        if !self.track_nested {
            return;
        }
        let unbound: HashSet<String> = self.candidates.iter().filter(|n| !s.contains(*n)).cloned().collect();
        self.out.marked.extend(unbound.iter().cloned());
        self.out.nested.insert(at, unbound);
    }

    fn target(&mut self, t: &Expr, st: &mut State) {
        match t {
            Expr::Name(n) => self.bind(n.id.as_str(), st),
            Expr::Tuple(t) => t.elts.iter().for_each(|e| self.target(e, st)),
            Expr::List(t) => t.elts.iter().for_each(|e| self.target(e, st)),
            Expr::Starred(s) => self.target(&s.value, st),
            Expr::Attribute(a) => self.expr(&a.value, st),
            Expr::Subscript(s) => {
                self.expr(&s.value, st);
                self.expr(&s.slice, st);
            }
            other => self.expr(other, st),
        }
    }

    fn arguments(&mut self, args: &Arguments, st: &mut State) {
        for a in args.posonlyargs.iter().chain(&args.args).chain(&args.kwonlyargs) {
            if let Some(d) = &a.default {
                self.expr(d, st);
            }
        }
    }

    fn stmt(&mut self, s: &Stmt, st: &mut State) {
        match s {
            Stmt::FunctionDef(f) => {
                f.decorator_list.iter().for_each(|d| self.expr(d, st));
                self.arguments(&f.args, st);
                // Its own name is bound before the function can run.
                self.bind(f.name.as_str(), st);
                self.nested_def(start(f.range), st);
            }
            Stmt::AsyncFunctionDef(f) => {
                f.decorator_list.iter().for_each(|d| self.expr(d, st));
                self.arguments(&f.args, st);
                // Its own name is bound before the function can run.
                self.bind(f.name.as_str(), st);
                self.nested_def(start(f.range), st);
            }
            Stmt::ClassDef(c) => {
                c.decorator_list.iter().for_each(|d| self.expr(d, st));
                c.bases.iter().for_each(|b| self.expr(b, st));
                c.keywords.iter().for_each(|k| self.expr(&k.value, st));
                self.bind(c.name.as_str(), st);
            }
            Stmt::Return(r) => {
                r.value.iter().for_each(|v| self.expr(v, st));
                *st = None;
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete(t, st);
                }
            }
            Stmt::Assign(a) => {
                self.expr(&a.value, st);
                a.targets.iter().for_each(|t| self.target(t, st));
            }
            Stmt::AugAssign(a) => {
                if let Expr::Name(n) = &*a.target {
                    self.read(n, st);
                }
                self.expr(&a.value, st);
                self.target(&a.target, st);
            }
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.expr(v, st);
                    self.target(&a.target, st);
                } else if !matches!(&*a.target, Expr::Name(_)) {
                    self.target(&a.target, st);
                }
            }
            Stmt::TypeAlias(_) => {}
            Stmt::For(f) => self.for_loop(&f.iter, &f.target, &f.body, &f.orelse, st),
            Stmt::AsyncFor(f) => self.for_loop(&f.iter, &f.target, &f.body, &f.orelse, st),
            Stmt::While(w) => {
                self.expr(&w.test, st);
                let before = st.clone();
                let mut body = before.clone();
                self.stmts(&w.body, &mut body);
                let mut orelse = before.clone();
                self.stmts(&w.orelse, &mut orelse);
                let forever = matches!(&*w.test, Expr::Constant(ExprConstant { value: Constant::Bool(true), .. }));
                if forever && w.orelse.is_empty() {
                    // Left only by `break`: keep what was bound before the loop.
                    *st = before;
                } else {
                    *st = join(before, orelse);
                }
            }
            Stmt::If(i) => {
                self.expr(&i.test, st);
                let mut a = st.clone();
                self.stmts(&i.body, &mut a);
                let mut b = st.clone();
                self.stmts(&i.orelse, &mut b);
                *st = join(a, b);
            }
            Stmt::With(w) => self.with(&w.items, &w.body, st),
            Stmt::AsyncWith(w) => self.with(&w.items, &w.body, st),
            Stmt::Match(m) => {
                self.expr(&m.subject, st);
                let before = st.clone();
                let mut result = before.clone();
                for case in &m.cases {
                    let mut c = before.clone();
                    self.pattern(&case.pattern, &mut c);
                    if let Some(g) = &case.guard {
                        self.expr(g, &mut c);
                    }
                    self.stmts(&case.body, &mut c);
                    result = join(result, c);
                }
                *st = join(before, result);
            }
            Stmt::Raise(r) => {
                r.exc.iter().for_each(|e| self.expr(e, st));
                r.cause.iter().for_each(|e| self.expr(e, st));
                *st = None;
            }
            Stmt::Try(t) => self.try_parts(&t.body, &t.handlers, &t.orelse, &t.finalbody, st),
            Stmt::TryStar(t) => self.try_parts(&t.body, &t.handlers, &t.orelse, &t.finalbody, st),
            Stmt::Assert(a) => {
                self.expr(&a.test, st);
                a.msg.iter().for_each(|m| self.expr(m, st));
            }
            Stmt::Import(i) => {
                for alias in &i.names {
                    match &alias.asname {
                        Some(a) => self.bind(a.as_str(), st),
                        None => {
                            let first = alias.name.as_str().split('.').next().unwrap_or_default();
                            self.bind(first, st)
                        }
                    }
                }
            }
            Stmt::ImportFrom(i) => {
                for alias in &i.names {
                    if alias.name.as_str() == "*" {
                        for n in (self.star_names)(start(i.range)) {
                            self.bind(&n, st);
                        }
                    } else {
                        let name = alias.asname.as_ref().unwrap_or(&alias.name);
                        self.bind(name.as_str(), st);
                    }
                }
            }
            Stmt::Global(_) | Stmt::Nonlocal(_) | Stmt::Pass(_) => {}
            Stmt::Expr(e) => self.expr(&e.value, st),
            Stmt::Break(_) | Stmt::Continue(_) => *st = None,
        }
    }

    fn delete(&mut self, t: &Expr, st: &mut State) {
        match t {
            Expr::Name(n) => {
                self.read(n, st);
                let name = n.id.as_str();
                if (self.is_candidate)(name) {
                    self.out.marked.insert(name.to_string());
                }
                if let Some(s) = st {
                    s.remove(name);
                }
            }
            Expr::Tuple(t) => t.elts.iter().for_each(|e| self.delete(e, st)),
            Expr::List(t) => t.elts.iter().for_each(|e| self.delete(e, st)),
            other => self.target(other, st),
        }
    }

    fn for_loop(&mut self, iter: &Expr, target: &Expr, body: &[Stmt], orelse: &[Stmt], st: &mut State) {
        self.expr(iter, st);
        let before = st.clone();
        let mut b = before.clone();
        self.target(target, &mut b);
        self.stmts(body, &mut b);
        let mut o = before.clone();
        self.stmts(orelse, &mut o);
        *st = join(before, o);
    }

    fn with(&mut self, items: &[WithItem], body: &[Stmt], st: &mut State) {
        for item in items {
            self.expr(&item.context_expr, st);
            if let Some(v) = &item.optional_vars {
                self.target(v, st);
            }
        }
        // A context manager may swallow an exception from the body.
        let before = st.clone();
        self.stmts(body, st);
        *st = join(before, st.take());
    }

    fn try_parts(
        &mut self,
        body: &[Stmt],
        handlers: &[ExceptHandler],
        orelse: &[Stmt],
        finalbody: &[Stmt],
        st: &mut State,
    ) {
        let before = st.clone();
        let mut b = before.clone();
        self.stmts(body, &mut b);
        self.stmts(orelse, &mut b);
        // A handler may start after any prefix of the body ran.
        let mut result = b;
        for h in handlers {
            let ExceptHandler::ExceptHandler(h) = h;
            let mut hs = before.clone();
            h.type_.iter().for_each(|t| self.expr(t, &mut hs));
            if let Some(n) = &h.name {
                self.bind(n.as_str(), &mut hs);
            }
            self.stmts(&h.body, &mut hs);
            if let (Some(n), Some(s)) = (&h.name, &mut hs) {
                s.remove(n.as_str());
            }
            result = join(result, hs);
        }
        if finalbody.is_empty() {
            *st = result;
            return;
        }
        // `finally` also runs on the exceptional paths, where only `before` is known.
        let mut f = join(before.clone(), result.clone());
        self.stmts(finalbody, &mut f);
        *st = match (result, f) {
            (Some(mut r), Some(f)) => {
                r.extend(f);
                Some(r)
            }
            _ => None,
        };
    }

    fn pattern(&mut self, p: &Pattern, st: &mut State) {
        match p {
            Pattern::MatchValue(v) => self.expr(&v.value, st),
            Pattern::MatchSingleton(_) => {}
            Pattern::MatchSequence(s) => s.patterns.iter().for_each(|p| self.pattern(p, st)),
            Pattern::MatchMapping(m) => {
                m.keys.iter().for_each(|k| self.expr(k, st));
                m.patterns.iter().for_each(|p| self.pattern(p, st));
                if let Some(r) = &m.rest {
                    self.bind(r.as_str(), st);
                }
            }
            Pattern::MatchClass(c) => {
                self.expr(&c.cls, st);
                c.patterns.iter().chain(&c.kwd_patterns).for_each(|p| self.pattern(p, st));
            }
            Pattern::MatchStar(s) => {
                if let Some(n) = &s.name {
                    self.bind(n.as_str(), st);
                }
            }
            Pattern::MatchAs(a) => {
                if let Some(p) = &a.pattern {
                    self.pattern(p, st);
                }
                if let Some(n) = &a.name {
                    self.bind(n.as_str(), st);
                }
            }
            Pattern::MatchOr(o) => {
                // Every alternative binds the same names.
                if let Some(first) = o.patterns.first() {
                    let mut each = st.clone();
                    self.pattern(first, &mut each);
                    for p in &o.patterns[1..] {
                        let mut other = st.clone();
                        self.pattern(p, &mut other);
                    }
                    *st = each;
                }
            }
        }
    }

    /// The parts of an expression evaluated in this scope, in order.
    fn expr(&mut self, e: &Expr, st: &mut State) {
        match e {
            Expr::BoolOp(b) => {
                // Only the first operand always runs.
                let mut iter = b.values.iter();
                if let Some(first) = iter.next() {
                    self.expr(first, st);
                }
                let mut rest = st.clone();
                for v in iter {
                    self.expr(v, &mut rest);
                }
            }
            Expr::NamedExpr(n) => {
                self.expr(&n.value, st);
                if let Expr::Name(name) = &*n.target {
                    self.bind(name.id.as_str(), st);
                }
            }
            Expr::BinOp(b) => {
                self.expr(&b.left, st);
                self.expr(&b.right, st);
            }
            Expr::UnaryOp(u) => self.expr(&u.operand, st),
            Expr::Lambda(l) => self.arguments(&l.args, st),
            Expr::IfExp(i) => {
                self.expr(&i.test, st);
                let mut a = st.clone();
                self.expr(&i.body, &mut a);
                let mut b = st.clone();
                self.expr(&i.orelse, &mut b);
                *st = join(a, b);
            }
            Expr::Dict(d) => {
                for (k, v) in d.keys.iter().zip(&d.values) {
                    if let Some(k) = k {
                        self.expr(k, st);
                    }
                    self.expr(v, st);
                }
            }
            Expr::Set(s) => s.elts.iter().for_each(|e| self.expr(e, st)),
            Expr::ListComp(c) => self.first_iter(&c.generators, st),
            Expr::SetComp(c) => self.first_iter(&c.generators, st),
            Expr::DictComp(c) => self.first_iter(&c.generators, st),
            Expr::GeneratorExp(c) => self.first_iter(&c.generators, st),
            Expr::Await(a) => self.expr(&a.value, st),
            Expr::Yield(y) => y.value.iter().for_each(|v| self.expr(v, st)),
            Expr::YieldFrom(y) => self.expr(&y.value, st),
            Expr::Compare(c) => {
                self.expr(&c.left, st);
                c.comparators.iter().for_each(|e| self.expr(e, st));
            }
            Expr::Call(c) => {
                self.expr(&c.func, st);
                c.args.iter().for_each(|a| self.expr(a, st));
                c.keywords.iter().for_each(|k| self.expr(&k.value, st));
            }
            Expr::FormattedValue(f) => {
                self.expr(&f.value, st);
                f.format_spec.iter().for_each(|s| self.expr(s, st));
            }
            Expr::JoinedStr(j) => j.values.iter().for_each(|v| self.expr(v, st)),
            Expr::Constant(_) => {}
            Expr::Attribute(a) => self.expr(&a.value, st),
            Expr::Subscript(s) => {
                self.expr(&s.value, st);
                self.expr(&s.slice, st);
            }
            Expr::Starred(s) => self.expr(&s.value, st),
            Expr::Name(n) => self.read(n, st),
            Expr::List(l) => l.elts.iter().for_each(|e| self.expr(e, st)),
            Expr::Tuple(t) => t.elts.iter().for_each(|e| self.expr(e, st)),
            Expr::Slice(s) => {
                s.lower.iter().for_each(|e| self.expr(e, st));
                s.upper.iter().for_each(|e| self.expr(e, st));
                s.step.iter().for_each(|e| self.expr(e, st));
            }
        }
    }

    fn first_iter(&mut self, generators: &[Comprehension], st: &mut State) {
        if let Some(first) = generators.first() {
            self.expr(&first.iter, st);
        }
    }
}
