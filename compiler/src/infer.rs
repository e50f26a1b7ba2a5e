//! Local type inference: which variables of a scope always hold an int, a float, a bool or a
//! str, so lowering can emit plain JS operators for them instead of the runtime's dispatching
//! helpers (`$add`, `$lt`, `$truthy`, ...).
//! Variables always holding an exact list or dict (`Ty::List`, `Ty::Dict`) let lowering walk
//! lists by index and call list/dict methods without testing the receiver.
//!
//! Runs after [`crate::semantic`] and before lowering; results live in a side table keyed by
//! [`ScopeId`] and variable name (the AST is not annotated). Expression types are recomputed
//! on demand from the variable table with [`Inference::expr_ty`].
//!
//! The analysis is flow-insensitive: a variable's type is the join of the types of every value
//! bound to it in its scope (optimistic fixpoint from `Bottom`). Parameters, loop targets over
//! unknown iterables, imports, `with`/`except` targets, ... bind `Unknown`.
//!
//! ```python
//! def f(n):
//!     total = 0            # SmallInt ⊔ Int = Int
//!     x = 0.5              # Float
//!     for i in range(n):   # SmallInt (the inlined range loop's counter is a JS number)
//!         total += i
//!         x = x * 2.0
//! ```
//!
//! Representation in generated code: `Int` values are the normal int representation (a safe
//! JS number, or a BigInt past 2**53); `SmallInt` values are always safe JS numbers; `Float`
//! *variables* hold a raw JS number (never a `PyFloat` box) and are boxed with `$mkfloat` when
//! they escape to untyped code. Variables read by nested scopes are never `Float`, so only
//! the owning function sees the raw form.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::parse::ast::*;
use crate::parse::start;
use crate::semantic::{NodeKind, Resolved, ScopeId, ScopeKind, Semantic};

/// The inferred type of a variable or expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ty {
    /// No binding seen yet (fixpoint start).
    Bottom,
    /// An int that is always a safe-integer JS number.
    SmallInt,
    /// An int: a safe JS number or a BigInt.
    Int,
    Float,
    Bool,
    Str,
    /// Always an exact `list` (a JS `Array`): every binding is a list display, a list
    /// comprehension, `list(...)`, `sorted(...)`, a str's `split`, ... (Python cannot change
    /// such an object's class). Only lowering of container operations uses it.
    List,
    /// Always an exact `dict` (a runtime `Dict`): displays, comprehensions, `dict(...)`.
    Dict,
    Unknown,
}

impl Ty {
    pub fn join(self, other: Ty) -> Ty {
        use Ty::*;
        match (self, other) {
            (a, b) if a == b => a,
            (Bottom, x) | (x, Bottom) => x,
            (SmallInt, Int) | (Int, SmallInt) => Int,
            _ => Unknown,
        }
    }

    pub fn is_int(self) -> bool {
        matches!(self, Ty::SmallInt | Ty::Int)
    }

    pub fn is_num(self) -> bool {
        matches!(self, Ty::SmallInt | Ty::Int | Ty::Float)
    }

    /// A scalar type lowering can rely on (not Bottom, Unknown or a container).
    pub fn known(self) -> bool {
        !matches!(self, Ty::Bottom | Ty::Unknown | Ty::List | Ty::Dict)
    }

    /// An exact list or dict.
    pub fn is_container(self) -> bool {
        matches!(self, Ty::List | Ty::Dict)
    }
}

/// Variable types of every analyzed scope.
#[derive(Default)]
pub struct Inference {
    vars: HashMap<ScopeId, HashMap<String, Ty>>,
    /// Module-level functions bound once by a plain `def`: name to scope.
    funcs: HashMap<String, ScopeId>,
    /// Return types of the functions in `funcs`.
    rets: HashMap<ScopeId, Ty>,
    /// Main module with no `globals()`/`exec`/star import anywhere: other scopes read a
    /// module variable with the int/bool/str type of its module-level bindings (names declared
    /// `global` anywhere are not analyzed, so only module code binds the others).
    typed_globals: bool,
}

/// What the fixpoint needs of one analyzed scope.
struct ScopeData<'a> {
    id: ScopeId,
    binds: Vec<(String, Bind<'a>)>,
    nested_reads: HashSet<String>,
    is_module: bool,
    returns: Vec<Option<&'a Expr>>,
    /// The body may end without `return` (an implicit `return None`).
    falls_off: bool,
    /// A generator or coroutine: calls do not return the `return` values.
    special: bool,
}

/// How one binding site gives a variable its value.
enum Bind<'a> {
    /// `x = e` (and the parallel-assignment element form).
    Value(&'a Expr),
    /// `x op= e`.
    Aug(Operator, &'a Expr),
    /// A value evaluated in another scope (an argument at a call site, a default).
    At(ScopeId, &'a Expr),
    /// The counter of a `for` over `range(...)` that lowering inlines.
    RangeCounter,
    /// A `for` target over an iterable of known element type.
    ForOver(&'a Expr),
    /// The target of a comprehension's first `for`, whose iterable is evaluated in the
    /// enclosing scope.
    ForOverAt(ScopeId, &'a Expr),
    /// Anything else: parameters, imports, `with`/`except` targets, unpacking, `del`, ...
    Unknown,
}

impl Inference {
    /// Analyze every function scope of a module (and the module scope itself, without floats).
    /// In the main module, the parameters of functions that are only ever called directly
    /// take the types of the arguments at their call sites.
    pub fn analyze(sem: &Semantic, module: &[Stmt], is_main: bool) -> Inference {
        let mut inf = Inference::default();
        let mut data: Vec<ScopeData> = vec![];
        let mut calls: Vec<(ScopeId, &ExprCall)> = vec![];
        let mut value_uses: HashSet<String> = HashSet::default();
        let mut defs: Vec<(ScopeId, &StmtFunctionDef)> = vec![];
        // `def`s in function bodies: (enclosing function, the def's scope, the def).
        let mut nested_defs: Vec<(ScopeId, ScopeId, &StmtFunctionDef)> = vec![];
        let mut params_of: HashMap<ScopeId, Vec<&str>> = HashMap::default();
        let mut pending: Vec<(ScopeId, Vec<&str>, Body, bool)> = vec![(ScopeId(0), vec![], Body::Stmts(module), false)];
        let mut any_dynamic = false;
        while let Some((id, params, body, special)) = pending.pop() {
            let mut c = Collector::new(sem, id);
            match body {
                Body::Stmts(body) => c.stmts(body),
                Body::Comp(gens, ref elts) => c.comp_body(gens, elts),
            }
            any_dynamic |= c.dynamic;
            let sc = sem.scope(id);
            let is_module = sc.kind == ScopeKind::Module;
            let mut env: HashMap<String, Ty> = HashMap::default();
            if !c.dynamic {
                for name in &sc.bound {
                    if sc.globals.contains(name) || sc.nonlocals.contains(name) || c.nested_writes.contains(name) {
                        continue;
                    }
                    if is_module && sem.declared_global.contains(name) {
                        continue;
                    }
                    env.insert(name.clone(), Ty::Bottom);
                }
            }
            inf.vars.insert(id, env);
            params_of.insert(id, params);
            calls.extend(c.calls.drain(..).map(|call| (id, call)));
            value_uses.extend(c.value_uses.drain());
            if is_module {
                defs.extend(c.defs.drain(..));
            } else if sc.kind == ScopeKind::Function && !c.dynamic {
                nested_defs.extend(c.defs.drain(..).map(|(fid, f)| (id, fid, f)));
            }
            let falls_off = match body {
                Body::Stmts(body) => !matches!(body.last(), Some(Stmt::Return(_) | Stmt::Raise(_))),
                Body::Comp(..) => true,
            };
            for (nid, nparams, nbody, nspecial) in c.nested.drain(..) {
                pending.push((nid, nparams, nbody, nspecial));
            }
            data.push(ScopeData {
                id,
                binds: std::mem::take(&mut c.binds),
                nested_reads: c.nested_reads,
                is_module,
                returns: c.returns,
                falls_off,
                special,
            });
        }

        inf.typed_globals = is_main && !any_dynamic;
        // Stable functions: bound once, by a plain undecorated `def` at module level.
        let mut module_bind_counts: HashMap<&str, usize> = HashMap::default();
        for (n, _) in &data[0].binds {
            *module_bind_counts.entry(n.as_str()).or_default() += 1;
        }
        let module_binds = |name: &str| module_bind_counts.get(name).copied().unwrap_or(0);
        for (id, d) in &defs {
            let name = d.name.as_str();
            let stable = d.decorator_list.is_empty()
                && module_binds(name) == 1
                && inf.vars[&ScopeId(0)].contains_key(name)
                && !sem.declared_global.contains(name);
            if stable {
                inf.funcs.insert(name.to_string(), *id);
            }
        }
        // Closed functions (main module): every use is a direct positional call, so the
        // parameters are bound exactly by the call sites' arguments (or the defaults).
        let mut extra: Vec<(ScopeId, String, Bind)> = vec![];
        // Calls of a plain name, by that name (in call order).
        let mut calls_of: HashMap<&str, Vec<&(ScopeId, &ExprCall)>> = HashMap::default();
        {
            for call in &calls {
                if let Expr::Name(n) = &*call.1.func {
                    calls_of.entry(n.id.as_str()).or_default().push(call);
                }
            }
        }
        for (id, d) in &defs {
            let name = d.name.as_str();
            let a = &d.args;
            let simple = a.vararg.is_none() && a.kwarg.is_none() && a.kwonlyargs.is_empty();
            if !is_main || !simple || !inf.funcs.contains_key(name) || value_uses.contains(name) {
                continue;
            }
            let positional: Vec<&ArgWithDefault> = a.posonlyargs.iter().chain(&a.args).collect();
            let required = positional.iter().filter(|p| p.default.is_none()).count();
            let sites: Vec<&(ScopeId, &ExprCall)> = calls_of
                .get(name)
                .map(|v| v.as_slice())
                .unwrap_or_default()
                .iter()
                .copied()
                .filter(|(at, _)| sem.resolve(*at, name) == Resolved::Global)
                .collect();
            let ok = sites.iter().all(|(_, c)| {
                c.keywords.is_empty()
                    && !c.args.iter().any(|x| matches!(x, Expr::Starred(_)))
                    && c.args.len() <= positional.len()
                    && c.args.len() >= required
            });
            if !ok {
                continue;
            }
            for (at, c) in sites {
                for (i, p) in positional.iter().enumerate() {
                    let b = match (c.args.get(i), &p.default) {
                        (Some(arg), _) => Bind::At(*at, arg),
                        (None, Some(dflt)) => Bind::At(ScopeId(0), dflt),
                        (None, None) => Bind::Unknown,
                    };
                    extra.push((*id, p.def.arg.to_string(), b));
                }
            }
            // These parameters stay candidates.
            params_of.insert(*id, vec![]);
        }
        // Closed nested functions (any module): a `def` bound once in its function, whose name
        // no scope uses other than as the callee of direct positional calls (so nothing outside
        // the function can reach it), gets its parameters' types from those calls too.
        for (parent, id, d) in &nested_defs {
            let name = d.name.as_str();
            let a = &d.args;
            let simple = a.vararg.is_none() && a.kwarg.is_none() && a.kwonlyargs.is_empty();
            let bound_once = data
                .iter()
                .find(|sd| sd.id == *parent)
                .is_some_and(|sd| sd.binds.iter().filter(|(n, _)| n == name).count() == 1);
            if !simple
                || !d.decorator_list.is_empty()
                || !bound_once
                || value_uses.contains(name)
                || sem.declared_nonlocal.contains(name)
                || !inf.vars.get(parent).is_some_and(|env| env.contains_key(name))
            {
                continue;
            }
            let positional: Vec<&ArgWithDefault> = a.posonlyargs.iter().chain(&a.args).collect();
            let required = positional.iter().filter(|p| p.default.is_none()).count();
            let sites: Vec<&(ScopeId, &ExprCall)> = calls_of
                .get(name)
                .map(|v| v.as_slice())
                .unwrap_or_default()
                .iter()
                .copied()
                .filter(|(at, _)| binding_scope(sem, *at, name) == Some(*parent))
                .collect();
            let ok = sites.iter().all(|(_, c)| {
                c.keywords.is_empty()
                    && !c.args.iter().any(|x| matches!(x, Expr::Starred(_)))
                    && c.args.len() <= positional.len()
                    && c.args.len() >= required
            });
            if !ok {
                continue;
            }
            for (at, c) in sites {
                for (i, p) in positional.iter().enumerate() {
                    let b = match (c.args.get(i), &p.default) {
                        (Some(arg), _) => Bind::At(*at, arg),
                        (None, Some(dflt)) => Bind::At(*parent, dflt),
                        (None, None) => Bind::Unknown,
                    };
                    extra.push((*id, p.def.arg.to_string(), b));
                }
            }
            params_of.insert(*id, vec![]);
        }
        for (id, params) in &params_of {
            if let Some(env) = inf.vars.get_mut(id) {
                for p in params {
                    env.remove(*p);
                }
            }
        }
        let mut data_at: HashMap<ScopeId, usize> = HashMap::default();
        for (i, d) in data.iter().enumerate() {
            data_at.entry(d.id).or_insert(i);
        }
        for (id, name, b) in extra {
            if let Some(&i) = data_at.get(&id) {
                data[i].binds.push((name, b));
            }
        }
        for id in inf.funcs.values() {
            inf.rets.insert(*id, Ty::Bottom);
        }

        // Optimistic fixpoint over all scopes: start at Bottom and join until nothing changes.
        loop {
            let mut changed = false;
            for d in &data {
                for (name, b) in &d.binds {
                    let Some(&cur) = inf.vars.get(&d.id).and_then(|env| env.get(name.as_str())) else { continue };
                    let t = inf.bind_ty(sem, d.id, cur, b);
                    // Raw floats stay inside their function: module variables and variables
                    // that nested scopes read keep the normal representation.
                    let t =
                        if t == Ty::Float && (d.is_module || d.nested_reads.contains(name)) { Ty::Unknown } else { t };
                    let j = cur.join(t);
                    if j != cur {
                        inf.vars.get_mut(&d.id).unwrap().insert(name.clone(), j);
                        changed = true;
                    }
                }
                if let Some(&cur) = inf.rets.get(&d.id) {
                    let mut t = if d.falls_off || d.special { Ty::Unknown } else { Ty::Bottom };
                    for r in &d.returns {
                        t = t.join(match r {
                            Some(e) => inf.expr_ty(sem, d.id, e),
                            None => Ty::Unknown,
                        });
                    }
                    let j = cur.join(t);
                    if j != cur {
                        inf.rets.insert(d.id, j);
                        changed = true;
                    }
                }
            }
            if !changed {
                break;
            }
        }
        for env in inf.vars.values_mut() {
            env.retain(|_, t| t.known() || t.is_container());
        }
        inf
    }

    fn bind_ty(&self, sem: &Semantic, scope: ScopeId, cur: Ty, b: &Bind) -> Ty {
        match b {
            Bind::Value(e) => self.expr_ty(sem, scope, e),
            Bind::At(at, e) => self.expr_ty(sem, *at, e),
            Bind::Aug(op, e) => {
                let r = self.expr_ty(sem, scope, e);
                binop_ty(cur, *op, r, e)
            }
            Bind::RangeCounter => Ty::SmallInt,
            Bind::ForOver(e) | Bind::ForOverAt(_, e) => {
                let at = if let Bind::ForOverAt(at, _) = b { *at } else { scope };
                match self.expr_ty(sem, at, e) {
                    Ty::Str => Ty::Str,
                    Ty::Bottom => Ty::Bottom,
                    // The pieces of a str's `split`/`rsplit`/`splitlines` are strs.
                    Ty::List if self.str_pieces(sem, at, e) => Ty::Str,
                    _ => Ty::Unknown,
                }
            }
            Bind::Unknown => Ty::Unknown,
        }
    }

    /// `s.split(...)`, `s.rsplit(...)` or `s.splitlines(...)` of a str `s` evaluated in `scope`:
    /// a new exact list whose items are all exact strs.
    fn str_pieces(&self, sem: &Semantic, scope: ScopeId, e: &Expr) -> bool {
        let Expr::Call(c) = e else { return false };
        let Expr::Attribute(a) = &*c.func else { return false };
        matches!(a.attr.as_str(), "split" | "rsplit" | "splitlines")
            && c.keywords.is_empty()
            && !c.args.iter().any(|x| matches!(x, Expr::Starred(_)))
            && self.expr_ty(sem, scope, &a.value) == Ty::Str
    }

    /// The inferred type of variable `name` of `scope` (Unknown when not analyzed).
    pub fn var_ty(&self, scope: ScopeId, name: &str) -> Ty {
        self.vars.get(&scope).and_then(|m| m.get(name)).copied().unwrap_or(Ty::Unknown)
    }

    /// The type of `e` evaluated in `scope` (after analysis).
    pub fn expr_ty(&self, sem: &Semantic, scope: ScopeId, e: &Expr) -> Ty {
        static EMPTY: std::sync::OnceLock<HashMap<String, Ty>> = std::sync::OnceLock::new();
        match self.vars.get(&scope) {
            Some(env) => self.ty_in(sem, scope, env, e),
            None => self.ty_in(sem, scope, EMPTY.get_or_init(HashMap::default), e),
        }
    }

    fn ty_in(&self, sem: &Semantic, scope: ScopeId, env: &HashMap<String, Ty>, e: &Expr) -> Ty {
        let ty = |e: &Expr| self.ty_in(sem, scope, env, e);
        match e {
            Expr::Constant(c) => match &c.value {
                Constant::Int(i) => match i.to_string().parse::<i64>() {
                    Ok(v) if v.unsigned_abs() < (1u64 << 53) => Ty::SmallInt,
                    _ => Ty::Int,
                },
                Constant::Float(_) => Ty::Float,
                Constant::Bool(_) => Ty::Bool,
                Constant::Str(_) => Ty::Str,
                _ => Ty::Unknown,
            },
            Expr::Name(n) => {
                let name = n.id.as_str();
                if sem.scope(scope).binds(name) && !sem.scope(scope).globals.contains(name) {
                    env.get(name).copied().unwrap_or(Ty::Unknown)
                } else if sem.scope(scope).kind == ScopeKind::Comprehension
                    && sem.resolve(scope, name) == Resolved::Local
                {
                    self.enclosing_ty(sem, scope, name)
                } else if self.typed_globals && scope != ScopeId(0) && sem.resolve(scope, name) == Resolved::Global {
                    // Floats are never typed at module level (module variables hold boxes).
                    match self.vars.get(&ScopeId(0)).and_then(|m| m.get(name)) {
                        Some(t @ (Ty::Bottom | Ty::SmallInt | Ty::Int | Ty::Bool | Ty::Str)) => *t,
                        _ => Ty::Unknown,
                    }
                } else {
                    Ty::Unknown
                }
            }
            Expr::BinOp(b) => binop_ty(ty(&b.left), b.op, ty(&b.right), &b.right),
            Expr::UnaryOp(u) => {
                let t = ty(&u.operand);
                match u.op {
                    UnaryOp::Not => Ty::Bool,
                    _ if t == Ty::Bottom => Ty::Bottom,
                    UnaryOp::USub | UnaryOp::UAdd if t.is_num() => t,
                    UnaryOp::Invert if t.is_int() => Ty::Int,
                    _ => Ty::Unknown,
                }
            }
            // A rich comparison may return anything (NumPy arrays give arrays): bool only for
            // `is`/`in` or operands of known scalar types.
            Expr::Compare(c) => {
                let always = c.ops.iter().all(|o| matches!(o, CmpOp::Is | CmpOp::IsNot | CmpOp::In | CmpOp::NotIn));
                let known = |e: &Expr| matches!(ty(e), t if t.known() || t == Ty::Bottom);
                if always || (known(&c.left) && c.comparators.iter().all(known)) {
                    Ty::Bool
                } else {
                    Ty::Unknown
                }
            }
            Expr::BoolOp(b) => b.values.iter().map(ty).fold(Ty::Bottom, Ty::join),
            Expr::IfExp(i) => ty(&i.body).join(ty(&i.orelse)),
            Expr::NamedExpr(n) => ty(&n.value),
            Expr::JoinedStr(_) => Ty::Str,
            Expr::List(_) | Expr::ListComp(_) => Ty::List,
            Expr::Dict(_) | Expr::DictComp(_) => Ty::Dict,
            Expr::Subscript(s) => {
                // Optimistic: the value's type is not known yet (a later round may make it a str).
                if ty(&s.value) == Ty::Bottom || (ty(&s.value) == Ty::Str && ty(&s.slice) == Ty::Bottom) {
                    Ty::Bottom
                } else if ty(&s.value) == Ty::Str && (matches!(&*s.slice, Expr::Slice(_)) || ty(&s.slice).is_int()) {
                    Ty::Str
                } else {
                    Ty::Unknown
                }
            }
            Expr::Call(c) => self.call_ty(sem, scope, env, c),
            _ => Ty::Unknown,
        }
    }

    /// The type of variable `name` of the function or comprehension enclosing comprehension
    /// `scope` that binds it (never a raw Float: variables nested scopes read are not).
    fn enclosing_ty(&self, sem: &Semantic, scope: ScopeId, name: &str) -> Ty {
        let mut id = scope;
        while let Some(p) = sem.scope(id).parent {
            id = p;
            let sc = sem.scope(id);
            if sc.binds(name) && !sc.globals.contains(name) && !sc.nonlocals.contains(name) {
                return match sc.kind {
                    ScopeKind::Function | ScopeKind::Comprehension => {
                        match self.vars.get(&id).and_then(|m| m.get(name)).copied() {
                            Some(Ty::Float) | None => Ty::Unknown,
                            Some(t) => t,
                        }
                    }
                    _ => Ty::Unknown,
                };
            }
            if sc.kind != ScopeKind::Comprehension {
                return Ty::Unknown;
            }
        }
        Ty::Unknown
    }

    fn call_ty(&self, sem: &Semantic, scope: ScopeId, env: &HashMap<String, Ty>, c: &ExprCall) -> Ty {
        let ty = |e: &Expr| self.ty_in(sem, scope, env, e);
        if let Expr::Name(n) = &*c.func {
            if let Some(id) = self.funcs.get(n.id.as_str()) {
                if sem.resolve(scope, n.id.as_str()) == Resolved::Global {
                    return self.rets.get(id).copied().unwrap_or(Ty::Unknown);
                }
            }
        }
        // Builtins that always return a new exact list or dict (or raise).
        if let Expr::Name(n) = &*c.func {
            if sem.resolve(scope, n.id.as_str()) == Resolved::Builtin {
                match n.id.as_str() {
                    "sorted" => return Ty::List,
                    "list" if c.keywords.is_empty() => return Ty::List,
                    "dict" => return Ty::Dict,
                    _ => {}
                }
            }
        }
        if !c.keywords.is_empty() || c.args.iter().any(|a| matches!(a, Expr::Starred(_))) {
            return Ty::Unknown;
        }
        match &*c.func {
            Expr::Name(n) if sem.resolve(scope, n.id.as_str()) == Resolved::Builtin => {
                let args: Vec<Ty> = c.args.iter().map(ty).collect();
                match (n.id.as_str(), args.as_slice()) {
                    ("len", [_]) => Ty::SmallInt,
                    ("int", [_] | [_, _]) => Ty::Int,
                    ("float", [] | [_]) => Ty::Float,
                    ("str", [] | [_]) | ("repr", [_]) | ("chr", [_]) | ("ascii", [_]) => Ty::Str,
                    ("bool", [] | [_]) | ("isinstance", [_, _]) | ("callable", [_]) | ("hasattr", [_, _]) => Ty::Bool,
                    ("ord", [_]) => Ty::SmallInt,
                    ("abs", [t]) if t.is_num() || *t == Ty::Bottom => *t,
                    ("round", [t]) if t.is_num() => Ty::Int,
                    ("round", [Ty::Float, n]) if n.is_int() => Ty::Float,
                    ("min" | "max", ts) if ts.len() >= 2 => {
                        let j = ts.iter().fold(Ty::Bottom, |a, b| a.join(*b));
                        if j.is_int() || j == Ty::Float || j == Ty::Str || j == Ty::Bottom {
                            j
                        } else {
                            Ty::Unknown
                        }
                    }
                    _ => Ty::Unknown,
                }
            }
            // Optimistic: the receiver's type is not known yet (a later round may make it a str).
            Expr::Attribute(a) if ty(&a.value) == Ty::Bottom => Ty::Bottom,
            Expr::Attribute(a) if ty(&a.value) == Ty::Str => match (a.attr.as_str(), c.args.len()) {
                (
                    "upper" | "lower" | "strip" | "lstrip" | "rstrip" | "capitalize" | "title" | "swapcase"
                    | "casefold",
                    _,
                )
                | ("replace" | "join" | "center" | "ljust" | "rjust" | "zfill", _) => Ty::Str,
                ("startswith" | "endswith", _)
                | (
                    "isdigit" | "isalpha" | "isalnum" | "isspace" | "isupper" | "islower" | "isdecimal" | "isnumeric"
                    | "isidentifier" | "istitle" | "isascii" | "isprintable",
                    0,
                ) => Ty::Bool,
                ("find" | "rfind" | "count" | "index" | "rindex", _) => Ty::SmallInt,
                ("split" | "rsplit" | "splitlines", _) => Ty::List,
                _ => Ty::Unknown,
            },
            _ => Ty::Unknown,
        }
    }
}

/// The type of `l op r`.
/// The function scope whose variable `name` read in scope `at` is, if it is one (`resolve`'s walk).
fn binding_scope(sem: &Semantic, at: ScopeId, name: &str) -> Option<ScopeId> {
    let mut cur = Some(at);
    let mut first = true;
    while let Some(id) = cur {
        let sc = sem.scope(id);
        match sc.kind {
            ScopeKind::Module => return None,
            ScopeKind::Class if !first => {}
            ScopeKind::Class => {
                if sc.globals.contains(name) || sc.binds(name) {
                    return None;
                }
            }
            _ => {
                if sc.globals.contains(name) || sc.nonlocals.contains(name) {
                    return None;
                }
                if sc.binds(name) {
                    return Some(id);
                }
            }
        }
        first = false;
        cur = sc.parent;
    }
    None
}

pub fn binop_ty(l: Ty, op: Operator, r: Ty, right: &Expr) -> Ty {
    use Operator::*;
    if l == Ty::Bottom || r == Ty::Bottom {
        return Ty::Bottom;
    }
    if l.is_int() && r.is_int() {
        return match op {
            // |a // b| <= |a| and |a % b| < |b| (the int division ops raise for a zero b).
            FloorDiv | RShift if l == Ty::SmallInt => Ty::SmallInt,
            Mod if r == Ty::SmallInt => Ty::SmallInt,
            Add | Sub | Mult | FloorDiv | Mod | LShift | RShift | BitAnd | BitOr | BitXor => Ty::Int,
            Div => Ty::Float,
            Pow if nonneg_int_literal(right) => Ty::Int,
            _ => Ty::Unknown,
        };
    }
    if l.is_num() && r.is_num() {
        // At least one float.
        return match op {
            Add | Sub | Mult | Div | FloorDiv | Mod => Ty::Float,
            // A float to an int power is a float; to a float power it may be complex.
            Pow if r.is_int() => Ty::Float,
            _ => Ty::Unknown,
        };
    }
    match (l, op, r) {
        (Ty::Str, Add, Ty::Str) => Ty::Str,
        (Ty::Str, Mod, _) => Ty::Str,
        (Ty::Str, Mult, t) | (t, Mult, Ty::Str) if t.is_int() => Ty::Str,
        (Ty::List, Add, Ty::List) => Ty::List,
        (Ty::List, Mult, t) | (t, Mult, Ty::List) if t.is_int() => Ty::List,
        _ => Ty::Unknown,
    }
}

fn nonneg_int_literal(e: &Expr) -> bool {
    matches!(e, Expr::Constant(ExprConstant { value: Constant::Int(i), .. }) if i.to_string().parse::<u32>().is_ok())
}

/// Whether `for <target> in <iter>` is lowered as an inlined counting loop (see lower/loops.rs):
/// `range` is the builtin, 1 to 3 plain positional arguments, a literal nonzero step.
pub fn is_inlined_range(sem: &Semantic, scope: ScopeId, iter: &Expr) -> bool {
    let Expr::Call(c) = iter else { return false };
    let Expr::Name(n) = &*c.func else { return false };
    if n.id.as_str() != "range" || sem.resolve(scope, "range") != Resolved::Builtin {
        return false;
    }
    if !c.keywords.is_empty() || c.args.is_empty() || c.args.len() > 3 {
        return false;
    }
    if c.args.iter().any(|a| matches!(a, Expr::Starred(_))) {
        return false;
    }
    match c.args.get(2) {
        None => true,
        Some(e) => literal_int(e).is_some_and(|s| s != 0),
    }
}

/// Whether `for <target> in <iter>` is lowered as a loop over `enumerate`'s argument with a
/// counter (see lower/loops.rs): the builtin `enumerate` with one plain positional argument,
/// a target of two plain names or other non-starred targets.
pub fn is_inlined_enumerate(sem: &Semantic, scope: ScopeId, target: &Expr, iter: &Expr) -> bool {
    let Expr::Call(c) = iter else { return false };
    let Expr::Name(n) = &*c.func else { return false };
    if n.id.as_str() != "enumerate" || sem.resolve(scope, "enumerate") != Resolved::Builtin {
        return false;
    }
    if !c.keywords.is_empty() || c.args.len() != 1 || matches!(c.args[0], Expr::Starred(_)) {
        return false;
    }
    let (Expr::Tuple(ExprTuple { elts, .. }) | Expr::List(ExprList { elts, .. })) = target else { return false };
    elts.len() == 2 && !elts.iter().any(|e| matches!(e, Expr::Starred(_)))
}

pub fn literal_int(e: &Expr) -> Option<i64> {
    match e {
        Expr::Constant(ExprConstant { value: Constant::Int(i), .. }) => i.to_string().parse().ok(),
        Expr::UnaryOp(u) if u.op == UnaryOp::USub => literal_int(&u.operand).map(|v| -v),
        _ => None,
    }
}

/// Walks one scope's statements, collecting binding sites, and the nested scopes to analyze.
struct Collector<'s, 'a> {
    sem: &'s Semantic,
    scope: ScopeId,
    binds: Vec<(String, Bind<'a>)>,
    /// Names used inside nested scopes (they may read this scope's variables).
    nested_reads: HashSet<String>,
    /// Names nested scopes declare `nonlocal` (they may write this scope's variables).
    nested_writes: HashSet<String>,
    /// The scope calls `locals()`, `vars()`, `eval` or `exec`: analyze nothing.
    dynamic: bool,
    /// Nested function and comprehension scopes: id, parameters, body, generator or async.
    nested: Vec<(ScopeId, Vec<&'a str>, Body<'a>, bool)>,
    /// Calls of a plain name.
    calls: Vec<&'a ExprCall>,
    /// Names read other than as the callee of a call.
    value_uses: HashSet<String>,
    /// `return` values (`None` for a bare `return`).
    returns: Vec<Option<&'a Expr>>,
    /// Plain `def` statements of this scope.
    defs: Vec<(ScopeId, &'a StmtFunctionDef)>,
}

impl<'s, 'a> Collector<'s, 'a> {
    fn new(sem: &'s Semantic, scope: ScopeId) -> Self {
        Collector {
            sem,
            scope,
            binds: vec![],
            nested_reads: HashSet::default(),
            nested_writes: HashSet::default(),
            dynamic: false,
            nested: vec![],
            calls: vec![],
            value_uses: HashSet::default(),
            returns: vec![],
            defs: vec![],
        }
    }

    fn bind(&mut self, name: &str, b: Bind<'a>) {
        self.binds.push((name.to_string(), b));
    }

    fn target(&mut self, t: &'a Expr, b: Bind<'a>) {
        match t {
            Expr::Name(n) => self.bind(n.id.as_str(), b),
            Expr::Tuple(t) => t.elts.iter().for_each(|e| self.target(e, Bind::Unknown)),
            Expr::List(t) => t.elts.iter().for_each(|e| self.target(e, Bind::Unknown)),
            Expr::Starred(s) => self.target(&s.value, Bind::Unknown),
            other => self.expr(other),
        }
    }

    fn stmts(&mut self, body: &'a [Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn function(
        &mut self,
        range_start: u32,
        name: &'a str,
        args: &'a Arguments,
        body: &'a [Stmt],
        decos: &'a [Expr],
        special: bool,
    ) {
        decos.iter().for_each(|d| self.expr(d));
        for a in args.posonlyargs.iter().chain(&args.args).chain(&args.kwonlyargs) {
            if let Some(d) = &a.default {
                self.expr(d);
            }
        }
        self.bind(name, Bind::Unknown);
        let id = self.sem.scope_of(range_start, NodeKind::Function);
        let mut params: Vec<&'a str> = args.posonlyargs.iter().chain(&args.args).map(|a| a.def.arg.as_str()).collect();
        params.extend(args.vararg.iter().map(|v| v.arg.as_str()));
        params.extend(args.kwonlyargs.iter().map(|a| a.def.arg.as_str()));
        params.extend(args.kwarg.iter().map(|v| v.arg.as_str()));
        self.nested_uses(body);
        let special = special || self.sem.scope(id).is_generator;
        self.nested.push((id, params, Body::Stmts(body), special));
    }

    /// Every name a nested scope mentions, and its `nonlocal` declarations.
    fn nested_uses(&mut self, body: &'a [Stmt]) {
        let mut w = NameWalker::default();
        w.stmts(body);
        self.nested_reads.extend(w.names);
        self.nested_writes.extend(w.nonlocals);
    }

    /// A lambda body: not analyzed, so every name in it counts as a use of a value too.
    fn nested_expr_uses(&mut self, e: &Expr) {
        let mut w = NameWalker::default();
        w.expr(e);
        self.value_uses.extend(w.names.iter().cloned());
        self.nested_reads.extend(w.names);
    }

    fn stmt(&mut self, s: &'a Stmt) {
        match s {
            Stmt::FunctionDef(f) => {
                self.function(start(f.range), f.name.as_str(), &f.args, &f.body, &f.decorator_list, false);
                self.defs.push((self.sem.scope_of(start(f.range), NodeKind::Function), f));
            }
            Stmt::AsyncFunctionDef(f) => {
                self.function(start(f.range), f.name.as_str(), &f.args, &f.body, &f.decorator_list, true)
            }
            Stmt::ClassDef(c) => {
                c.decorator_list.iter().for_each(|d| self.expr(d));
                c.bases.iter().for_each(|b| self.expr(b));
                c.keywords.iter().for_each(|k| self.expr(&k.value));
                self.bind(c.name.as_str(), Bind::Unknown);
                // Methods are scopes of their own; the class body itself is not analyzed.
                self.nested_uses(&c.body);
                let mut inner = Collector::new(self.sem, self.sem.scope_of(start(c.range), NodeKind::Class));
                inner.stmts(&c.body);
                self.nested.extend(inner.nested);
            }
            Stmt::Return(r) => {
                r.value.iter().for_each(|v| self.expr(v));
                self.returns.push(r.value.as_deref());
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.target(t, Bind::Unknown);
                }
            }
            Stmt::Assign(a) => {
                self.expr(&a.value);
                if let (
                    [Expr::Tuple(ExprTuple { elts: ts, .. }) | Expr::List(ExprList { elts: ts, .. })],
                    Expr::Tuple(ExprTuple { elts: vs, .. }) | Expr::List(ExprList { elts: vs, .. }),
                ) = (a.targets.as_slice(), &*a.value)
                {
                    let starred = |v: &[Expr]| v.iter().any(|e| matches!(e, Expr::Starred(_)));
                    if ts.len() == vs.len() && !starred(ts) && !starred(vs) {
                        for (t, v) in ts.iter().zip(vs) {
                            self.target(t, Bind::Value(v));
                        }
                        return;
                    }
                }
                for t in &a.targets {
                    self.target(t, Bind::Value(&a.value));
                }
            }
            Stmt::AugAssign(a) => {
                self.expr(&a.value);
                match &*a.target {
                    Expr::Name(n) => self.bind(n.id.as_str(), Bind::Aug(a.op, &a.value)),
                    other => self.expr(other),
                }
            }
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.expr(v);
                    self.target(&a.target, Bind::Value(v));
                }
            }
            Stmt::TypeAlias(_) => {}
            Stmt::For(f) => {
                self.expr(&f.iter);
                let inlined = is_inlined_range(self.sem, self.scope, &f.iter);
                match &*f.target {
                    Expr::Tuple(ExprTuple { elts, .. }) | Expr::List(ExprList { elts, .. })
                        if is_inlined_enumerate(self.sem, self.scope, &f.target, &f.iter) =>
                    {
                        self.target(&elts[0], Bind::RangeCounter);
                        self.target(&elts[1], Bind::Unknown);
                    }
                    _ => self.target(&f.target, if inlined { Bind::RangeCounter } else { Bind::ForOver(&f.iter) }),
                }
                self.stmts(&f.body);
                self.stmts(&f.orelse);
            }
            Stmt::AsyncFor(f) => {
                self.expr(&f.iter);
                self.target(&f.target, Bind::Unknown);
                self.stmts(&f.body);
                self.stmts(&f.orelse);
            }
            Stmt::While(w) => {
                self.expr(&w.test);
                self.stmts(&w.body);
                self.stmts(&w.orelse);
            }
            Stmt::If(i) => {
                self.expr(&i.test);
                self.stmts(&i.body);
                self.stmts(&i.orelse);
            }
            Stmt::With(w) => {
                for item in &w.items {
                    self.expr(&item.context_expr);
                    if let Some(v) = &item.optional_vars {
                        self.target(v, Bind::Unknown);
                    }
                }
                self.stmts(&w.body);
            }
            Stmt::AsyncWith(w) => {
                for item in &w.items {
                    self.expr(&item.context_expr);
                    if let Some(v) = &item.optional_vars {
                        self.target(v, Bind::Unknown);
                    }
                }
                self.stmts(&w.body);
            }
            Stmt::Match(m) => {
                self.expr(&m.subject);
                for case in &m.cases {
                    let mut names = vec![];
                    pattern_names(&case.pattern, &mut names);
                    for n in names {
                        self.bind(n, Bind::Unknown);
                    }
                    if let Some(g) = &case.guard {
                        self.expr(g);
                    }
                    self.stmts(&case.body);
                }
            }
            Stmt::Raise(r) => {
                r.exc.iter().for_each(|e| self.expr(e));
                r.cause.iter().for_each(|e| self.expr(e));
            }
            Stmt::Try(t) => self.try_parts(&t.body, &t.handlers, &t.orelse, &t.finalbody),
            Stmt::TryStar(t) => self.try_parts(&t.body, &t.handlers, &t.orelse, &t.finalbody),
            Stmt::Assert(a) => {
                self.expr(&a.test);
                a.msg.iter().for_each(|m| self.expr(m));
            }
            Stmt::Import(i) => {
                for alias in &i.names {
                    let name = match &alias.asname {
                        Some(a) => a.as_str(),
                        None => alias.name.as_str().split('.').next().unwrap_or_default(),
                    };
                    self.bind(name, Bind::Unknown);
                }
            }
            Stmt::ImportFrom(i) => {
                for alias in &i.names {
                    if alias.name.as_str() == "*" {
                        // Star imports bind names we do not list here.
                        self.dynamic = true;
                    } else {
                        self.bind(alias.asname.as_ref().unwrap_or(&alias.name).as_str(), Bind::Unknown);
                    }
                }
            }
            Stmt::Global(_) | Stmt::Nonlocal(_) => {}
            Stmt::Expr(e) => self.expr(&e.value),
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) => {}
        }
    }

    fn try_parts(&mut self, body: &'a [Stmt], handlers: &'a [ExceptHandler], orelse: &'a [Stmt], fin: &'a [Stmt]) {
        self.stmts(body);
        for h in handlers {
            let ExceptHandler::ExceptHandler(h) = h;
            h.type_.iter().for_each(|t| self.expr(t));
            if let Some(n) = &h.name {
                self.bind(n.as_str(), Bind::Unknown);
            }
            self.stmts(&h.body);
        }
        self.stmts(orelse);
        self.stmts(fin);
    }

    fn expr(&mut self, e: &'a Expr) {
        match e {
            Expr::NamedExpr(n) => {
                self.expr(&n.value);
                if let Expr::Name(name) = &*n.target {
                    self.bind(name.id.as_str(), Bind::Value(&n.value));
                }
            }
            Expr::Lambda(l) => {
                for a in l.args.posonlyargs.iter().chain(&l.args.args).chain(&l.args.kwonlyargs) {
                    if let Some(d) = &a.default {
                        self.expr(d);
                    }
                }
                self.nested_expr_uses(&l.body);
            }
            Expr::ListComp(c) => self.comprehension(c.range, &c.generators, vec![&c.elt]),
            Expr::SetComp(c) => self.comprehension(c.range, &c.generators, vec![&c.elt]),
            Expr::DictComp(c) => self.comprehension(c.range, &c.generators, vec![&c.key, &c.value]),
            Expr::GeneratorExp(c) => self.comprehension(c.range, &c.generators, vec![&c.elt]),
            Expr::Call(c) => {
                if let Expr::Name(n) = &*c.func {
                    if matches!(n.id.as_str(), "locals" | "vars" | "globals" | "eval" | "exec") {
                        self.dynamic = true;
                    }
                }
                if let Expr::Name(_) = &*c.func {
                    self.calls.push(c);
                } else {
                    self.expr(&c.func);
                }
                c.args.iter().for_each(|a| self.expr(a));
                c.keywords.iter().for_each(|k| self.expr(&k.value));
            }
            Expr::Name(n) => {
                self.value_uses.insert(n.id.to_string());
            }
            _ => walk_children(e, |c| self.expr(c)),
        }
    }

    /// A comprehension: its first iterable belongs to this scope; the rest is a nested scope
    /// analyzed on its own (see `comp_body`).
    fn comprehension(&mut self, range: crate::parse::Range, gens: &'a [Comprehension], elts: Vec<&'a Expr>) {
        if let Some(first) = gens.first() {
            self.expr(&first.iter);
        }
        let mut w = NameWalker::default();
        for (i, g) in gens.iter().enumerate() {
            if i > 0 {
                w.expr(&g.iter);
            }
            g.ifs.iter().for_each(|e| w.expr(e));
        }
        elts.iter().for_each(|e| w.expr(e));
        self.nested_reads.extend(w.names);
        // Walrus targets inside a comprehension bind in this scope.
        for n in w.walrus {
            self.bind(&n, Bind::Unknown);
        }
        let id = self.sem.scope_of(start(range), NodeKind::Comprehension);
        self.nested.push((id, vec![], Body::Comp(gens, elts), false));
    }

    /// The scope of a comprehension: its targets (counters of the `range` loops lowering
    /// inlines, see lower/comprehension.rs), conditions, later iterables and elements.
    fn comp_body(&mut self, gens: &'a [Comprehension], elts: &[&'a Expr]) {
        let outer = self.sem.scope(self.scope).parent.unwrap_or(ScopeId(0));
        for (i, g) in gens.iter().enumerate() {
            let at = if i == 0 { outer } else { self.scope };
            if i > 0 {
                self.expr(&g.iter);
            }
            let b = if !g.is_async && is_inlined_range(self.sem, at, &g.iter) {
                Bind::RangeCounter
            } else if g.is_async {
                Bind::Unknown
            } else if i == 0 {
                Bind::ForOverAt(outer, &g.iter)
            } else {
                Bind::ForOver(&g.iter)
            };
            self.target(&g.target, b);
            g.ifs.iter().for_each(|e| self.expr(e));
        }
        elts.iter().for_each(|e| self.expr(e));
    }
}

/// The code of an analyzed scope.
enum Body<'a> {
    Stmts(&'a [Stmt]),
    /// A comprehension's generators and element expressions.
    Comp(&'a [Comprehension], Vec<&'a Expr>),
}

fn pattern_names<'a>(p: &'a Pattern, out: &mut Vec<&'a str>) {
    match p {
        Pattern::MatchValue(_) | Pattern::MatchSingleton(_) => {}
        Pattern::MatchSequence(s) => s.patterns.iter().for_each(|p| pattern_names(p, out)),
        Pattern::MatchMapping(m) => {
            m.patterns.iter().for_each(|p| pattern_names(p, out));
            if let Some(r) = &m.rest {
                out.push(r.as_str());
            }
        }
        Pattern::MatchClass(c) => c.patterns.iter().chain(&c.kwd_patterns).for_each(|p| pattern_names(p, out)),
        Pattern::MatchStar(s) => out.extend(s.name.iter().map(|n| n.as_str())),
        Pattern::MatchAs(a) => {
            if let Some(p) = &a.pattern {
                pattern_names(p, out);
            }
            out.extend(a.name.iter().map(|n| n.as_str()));
        }
        Pattern::MatchOr(o) => o.patterns.iter().for_each(|p| pattern_names(p, out)),
    }
}

/// Collects every name mentioned in a subtree (conservatively, as reads), `nonlocal`
/// declarations, and walrus targets.
#[derive(Default)]
struct NameWalker {
    names: HashSet<String>,
    nonlocals: HashSet<String>,
    walrus: Vec<String>,
}

impl NameWalker {
    fn stmts(&mut self, body: &[Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match s {
            Stmt::Nonlocal(n) => self.nonlocals.extend(n.names.iter().map(|x| x.to_string())),
            Stmt::Global(g) => self.names.extend(g.names.iter().map(|x| x.to_string())),
            _ => {}
        }
        let mut exprs: Vec<&Expr> = vec![];
        let mut bodies: Vec<&[Stmt]> = vec![];
        walk_stmt_children(s, &mut |e| exprs.push(e), &mut |b| bodies.push(b));
        exprs.into_iter().for_each(|e| self.expr(e));
        bodies.into_iter().for_each(|b| self.stmts(b));
    }

    fn expr(&mut self, e: &Expr) {
        match e {
            Expr::Name(n) => {
                self.names.insert(n.id.to_string());
            }
            Expr::NamedExpr(n) => {
                if let Expr::Name(t) = &*n.target {
                    self.walrus.push(t.id.to_string());
                }
            }
            _ => {}
        }
        walk_children(e, |c| self.expr(c));
    }
}

/// Calls `f` on each direct sub-expression of `e` (comprehension parts and lambda bodies included).
pub(crate) fn walk_children<'a>(e: &'a Expr, mut f: impl FnMut(&'a Expr)) {
    match e {
        Expr::BoolOp(b) => b.values.iter().for_each(f),
        Expr::NamedExpr(n) => {
            f(&n.target);
            f(&n.value)
        }
        Expr::BinOp(b) => {
            f(&b.left);
            f(&b.right)
        }
        Expr::UnaryOp(u) => f(&u.operand),
        Expr::Lambda(l) => {
            for a in l.args.posonlyargs.iter().chain(&l.args.args).chain(&l.args.kwonlyargs) {
                if let Some(d) = &a.default {
                    f(d);
                }
            }
            f(&l.body)
        }
        Expr::IfExp(i) => {
            f(&i.test);
            f(&i.body);
            f(&i.orelse)
        }
        Expr::Dict(d) => {
            d.keys.iter().flatten().for_each(&mut f);
            d.values.iter().for_each(f)
        }
        Expr::Set(s) => s.elts.iter().for_each(f),
        Expr::ListComp(c) => {
            comp_children(&c.generators, &mut f);
            f(&c.elt)
        }
        Expr::SetComp(c) => {
            comp_children(&c.generators, &mut f);
            f(&c.elt)
        }
        Expr::DictComp(c) => {
            comp_children(&c.generators, &mut f);
            f(&c.key);
            f(&c.value)
        }
        Expr::GeneratorExp(c) => {
            comp_children(&c.generators, &mut f);
            f(&c.elt)
        }
        Expr::Await(a) => f(&a.value),
        Expr::Yield(y) => y.value.iter().for_each(|v| f(v)),
        Expr::YieldFrom(y) => f(&y.value),
        Expr::Compare(c) => {
            f(&c.left);
            c.comparators.iter().for_each(f)
        }
        Expr::Call(c) => {
            f(&c.func);
            c.args.iter().for_each(&mut f);
            c.keywords.iter().for_each(|k| f(&k.value))
        }
        Expr::FormattedValue(v) => {
            f(&v.value);
            v.format_spec.iter().for_each(|s| f(s))
        }
        Expr::JoinedStr(j) => j.values.iter().for_each(f),
        Expr::Constant(_) | Expr::Name(_) => {}
        Expr::Attribute(a) => f(&a.value),
        Expr::Subscript(s) => {
            f(&s.value);
            f(&s.slice)
        }
        Expr::Starred(s) => f(&s.value),
        Expr::List(l) => l.elts.iter().for_each(f),
        Expr::Tuple(t) => t.elts.iter().for_each(f),
        Expr::Slice(s) => {
            s.lower.iter().for_each(|e| f(e));
            s.upper.iter().for_each(|e| f(e));
            s.step.iter().for_each(|e| f(e))
        }
    }
}

fn comp_children<'a>(gens: &'a [Comprehension], f: &mut impl FnMut(&'a Expr)) {
    for g in gens {
        f(&g.target);
        f(&g.iter);
        g.ifs.iter().for_each(&mut *f);
    }
}

/// Calls `fe` on each expression and `fb` on each nested statement list of `s`.
pub(crate) fn walk_stmt_children<'a>(s: &'a Stmt, fe: &mut impl FnMut(&'a Expr), fb: &mut impl FnMut(&'a [Stmt])) {
    match s {
        Stmt::FunctionDef(f) => {
            f.decorator_list.iter().for_each(&mut *fe);
            args_exprs(&f.args, fe);
            fb(&f.body)
        }
        Stmt::AsyncFunctionDef(f) => {
            f.decorator_list.iter().for_each(&mut *fe);
            args_exprs(&f.args, fe);
            fb(&f.body)
        }
        Stmt::ClassDef(c) => {
            c.decorator_list.iter().for_each(&mut *fe);
            c.bases.iter().for_each(&mut *fe);
            c.keywords.iter().for_each(|k| fe(&k.value));
            fb(&c.body)
        }
        Stmt::Return(r) => r.value.iter().for_each(|v| fe(v)),
        Stmt::Delete(d) => d.targets.iter().for_each(fe),
        Stmt::Assign(a) => {
            a.targets.iter().for_each(&mut *fe);
            fe(&a.value)
        }
        Stmt::AugAssign(a) => {
            fe(&a.target);
            fe(&a.value)
        }
        Stmt::AnnAssign(a) => {
            fe(&a.target);
            a.value.iter().for_each(|v| fe(v))
        }
        Stmt::TypeAlias(_) => {}
        Stmt::For(f) => {
            fe(&f.target);
            fe(&f.iter);
            fb(&f.body);
            fb(&f.orelse)
        }
        Stmt::AsyncFor(f) => {
            fe(&f.target);
            fe(&f.iter);
            fb(&f.body);
            fb(&f.orelse)
        }
        Stmt::While(w) => {
            fe(&w.test);
            fb(&w.body);
            fb(&w.orelse)
        }
        Stmt::If(i) => {
            fe(&i.test);
            fb(&i.body);
            fb(&i.orelse)
        }
        Stmt::With(w) => {
            for item in &w.items {
                fe(&item.context_expr);
                item.optional_vars.iter().for_each(|v| fe(v));
            }
            fb(&w.body)
        }
        Stmt::AsyncWith(w) => {
            for item in &w.items {
                fe(&item.context_expr);
                item.optional_vars.iter().for_each(|v| fe(v));
            }
            fb(&w.body)
        }
        Stmt::Match(m) => {
            fe(&m.subject);
            for case in &m.cases {
                case.guard.iter().for_each(|g| fe(g));
                fb(&case.body);
            }
        }
        Stmt::Raise(r) => {
            r.exc.iter().for_each(|e| fe(e));
            r.cause.iter().for_each(|e| fe(e))
        }
        Stmt::Try(t) => {
            fb(&t.body);
            for h in &t.handlers {
                let ExceptHandler::ExceptHandler(h) = h;
                h.type_.iter().for_each(|e| fe(e));
                fb(&h.body);
            }
            fb(&t.orelse);
            fb(&t.finalbody)
        }
        Stmt::TryStar(t) => {
            fb(&t.body);
            for h in &t.handlers {
                let ExceptHandler::ExceptHandler(h) = h;
                h.type_.iter().for_each(|e| fe(e));
                fb(&h.body);
            }
            fb(&t.orelse);
            fb(&t.finalbody)
        }
        Stmt::Assert(a) => {
            fe(&a.test);
            a.msg.iter().for_each(|m| fe(m))
        }
        Stmt::Expr(e) => fe(&e.value),
        Stmt::Import(_)
        | Stmt::ImportFrom(_)
        | Stmt::Global(_)
        | Stmt::Nonlocal(_)
        | Stmt::Pass(_)
        | Stmt::Break(_)
        | Stmt::Continue(_) => {}
    }
}

fn args_exprs<'a>(args: &'a Arguments, fe: &mut impl FnMut(&'a Expr)) {
    for a in args.posonlyargs.iter().chain(&args.args).chain(&args.kwonlyargs) {
        if let Some(d) = &a.default {
            fe(d);
        }
    }
}
