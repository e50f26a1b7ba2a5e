//! Scope analysis: which names each scope binds, and what every name use refers to.
//!
//! Results live in side tables keyed by [`ScopeId`]; the AST is never annotated. A scope is
//! found again during lowering from the start offset of the node that opens it.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::parse::ast::*;
use crate::parse::start;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ScopeId(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Function,
    Lambda,
    Class,
    Comprehension,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub parent: Option<ScopeId>,
    /// Names bound in this scope, in first-binding order.
    pub bound: Vec<String>,
    bound_set: HashSet<String>,
    pub globals: HashSet<String>,
    pub nonlocals: HashSet<String>,
    pub is_generator: bool,
    /// Names bound in this scope only by `import` (used to call module functions directly).
    pub import_only: HashMap<String, bool>,
    /// How many statements bind each name (a `global` declaration elsewhere counts as two).
    pub binding_count: HashMap<String, u32>,
    /// What the statements walked so far did with each name (`SEEN_USE`, ...): a later
    /// `global`/`nonlocal` of it is CPython's compile-time SyntaxError.
    seen: HashMap<String, u8>,
}

const SEEN_USE: u8 = 1;
const SEEN_ASSIGN: u8 = 2;
const SEEN_PARAM: u8 = 4;

impl Scope {
    fn new(kind: ScopeKind, parent: Option<ScopeId>) -> Scope {
        Scope {
            kind,
            parent,
            bound: vec![],
            bound_set: HashSet::default(),
            globals: HashSet::default(),
            nonlocals: HashSet::default(),
            is_generator: false,
            import_only: HashMap::default(),
            binding_count: HashMap::default(),
            seen: HashMap::default(),
        }
    }

    pub fn binds(&self, name: &str) -> bool {
        self.bound_set.contains(name)
    }
}

/// What a name refers to at one use.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Resolved {
    /// A variable of a function, lambda or comprehension scope (possibly an enclosing one).
    Local,
    /// A module-level variable.
    Global,
    /// An attribute of the class whose body is being run.
    ClassAttr,
    /// A Python builtin.
    Builtin,
    /// Nothing binds it: a `NameError` at run time.
    Undefined,
}

#[derive(Debug, Default)]
pub struct Semantic {
    pub scopes: Vec<Scope>,
    by_node: HashMap<(u32, u8), ScopeId>,
    /// The names each `from m import *` binds, keyed by the statement's start offset.
    pub star_imports: HashMap<u32, Vec<String>>,
    /// Names some scope declares `global` / `nonlocal` (answers "anywhere in the module?" without
    /// a walk over every scope, which made big modules quadratic).
    pub declared_global: HashSet<String>,
    pub declared_nonlocal: HashSet<String>,
    /// Module variables a function deletes (`global g` ... `del g`): reads of them anywhere may
    /// find them unbound.
    pub deleted_globals: HashSet<String>,
    /// Words the runtime's tree-shaking should see beyond those of the generated code, from
    /// call shapes only the Python source shows (see [`NORM_SVD`]).
    pub shim_words: HashSet<String>,
    /// CPython's symbol-table SyntaxErrors (`global x` after a use of `x`): the first one's
    /// statement range and message.
    pub syntax_error: Option<(u32, u32, String)>,
}

/// Added to a program's words when it may call something named `norm` with `ord` 2, -2,
/// `'nuc'` or a value not known statically (or uses `norm` other than by calling it): only
/// then does `numpy/linalg.mjs::norm` ship its SVD branch (and the WASM SVD kernel).
pub const NORM_SVD: &str = "norm_svd";

/// Added to a program's words when it may print, `str()`, `repr()` or format a value that could
/// be a NumPy array (conservatively: any such use of a value not known to be a Python number,
/// bool or str, formatting builtins used as values, `%`, `.format`, exceptions and class
/// instances made with such values, imports of modules that may format their arguments): only
/// then does `numpy/_core.mjs` ship its array formatting (`ARR_PRINT`, the wasm's `repr`/`str`).
pub const NP_PRINT: &str = "np_print";

/// Added to a program's words when it may make a NumPy string array (conservatively: a str
/// constant anywhere but a docstring, a literal `print` argument, an f-string's literal part, a
/// subscript key, a comparison operand or a non-str `dtype=`; an f-string other than a `print`
/// argument; the names in [`STR_NAMES`]): only then does
/// `numpy.mjs` ship `numpy/_str.mjs` (its `STR_GATE` entry). A miss is a clear
/// NotImplementedError ("numpy.array of strings is not supported by pyjs"), never wrong output.
pub const NP_STR: &str = "np_str";

/// Added to a program's words when it may make a NumPy complex array (an imaginary literal, the
/// names in [`CX_NAMES`], a str constant naming a complex dtype): only then does `numpy.mjs`
/// ship `numpy/_cx.mjs` (its `CX_GATE` entry). A miss is a clear NotImplementedError
/// ("numpy.array of complex objects is not supported by pyjs"), never wrong output.
pub const NP_CX: &str = "np_cx";

/// Added to a program's words when it may raise a float NumPy array or scalar to a power
/// (conservatively: `**`, `**=`, the names in [`POW_NAMES`] as names, attributes or str
/// constants, `norm` with an `ord` or used other than by calling it, and the imports that may
/// format, see [`NP_PRINT`]): only then does `numpy/_core.mjs` ship `_libm.mjs`'s pow (its
/// `POW_GATE` entry, with exp and log). A miss is a clear NotImplementedError, never a wrong value.
pub const NP_POW: &str = "np_pow";

/// Added to a program's words when a call passes `where=` or `initial=` (or `**kwargs`): only
/// then does `numpy.mjs` ship its masked reductions (`sum(a, where=m)`, `max(a, initial=0)`: its
/// `RED_GATE` entry). A miss is a clear NotImplementedError, never a wrong value.
pub const NP_RED_WHERE: &str = "np_redwhere";

/// Names whose mention means a float power may be computed (see [`NP_POW`]).
const POW_NAMES: &[&str] = &["pow", "power", "float_power", "logspace", "__pow__", "__rpow__", "__ipow__"];

/// Added to a program's words when a call passes `casting=` (or `**kwargs`, or `astype` three
/// positional arguments): only then does `numpy.mjs` ship `astype`'s casting check (its
/// `CAST_GATE` entry); other programs' `astype` ignores the argument.
pub const NP_CASTING: &str = "np_casting";

/// Names whose mention means a NumPy complex array may be made.
const CX_NAMES: &[&str] = &[
    "complex",
    "complex128",
    "cdouble",
    "complexfloating",
    "fft",
    "ifft",
    "rfft",
    "irfft",
    "fft2",
    "ifft2",
    "fftn",
    "ifftn",
    "eig",
    "eigvals",
    "roots",
];

/// Whether the str constant `s` may be a complex dtype (`'complex'`, `'D'`, `'c16'`).
fn cx_dtype_like(s: &str) -> bool {
    let t = s.trim_start_matches(['<', '>', '=', '|']);
    t.starts_with("complex") || t == "D" || t == "c16" || t == "cdouble"
}

/// Names whose mention means a NumPy string array may be made.
const STR_NAMES: &[&str] =
    &["str", "input", "chr", "repr", "format", "ascii", "hex", "oct", "bin", "char", "strings", "str_"];

/// Whether the str constant `s` may be a str dtype (`'U5'`, `'<U3'`, `'str'`).
fn str_dtype_like(s: &str) -> bool {
    let t = s.trim_start_matches(['<', '>', '=', '|']);
    t == "str" || t == "unicode" || t.starts_with('U') || t.starts_with('S') || t == "O" || t == "object"
}

/// Builtins that format their arguments.
const FORMATTERS: &[&str] = &["print", "str", "repr", "format", "ascii", "input", "exit", "quit"];

/// Names whose mention means array formatting may be asked for by name.
const PRINT_NAMES: &[&str] = &[
    "__repr__",
    "__str__",
    "__format__",
    "array_repr",
    "array_str",
    "array2string",
    "set_printoptions",
    "get_printoptions",
    "printoptions",
    "savetxt",
];

/// Modules whose functions never format a NumPy value they are given.
const NON_FORMATTING_MODULES: &[&str] =
    &["numpy", "math", "time", "sys", "itertools", "functools", "random", "__future__"];

/// Whether `e`'s value cannot be a NumPy array or scalar (nor a container holding one): a
/// constant, an f-string, the result of `float`/`int`/`len`/`bool`/`str`/`repr`/`format`,
/// `not`, `is`/`in` tests, and operators and comparisons of such values.
fn print_safe(e: &Expr) -> bool {
    match e {
        Expr::Constant(_) | Expr::JoinedStr(_) => true,
        Expr::Call(c) => {
            matches!(&*c.func, Expr::Name(n) if ["float", "int", "len", "bool", "str", "repr", "format", "ascii"].contains(&n.id.as_str()))
        }
        Expr::UnaryOp(u) => matches!(u.op, UnaryOp::Not) || print_safe(&u.operand),
        Expr::BinOp(b) => print_safe(&b.left) && print_safe(&b.right),
        Expr::BoolOp(b) => b.values.iter().all(print_safe),
        Expr::Compare(c) => {
            c.ops.iter().all(|o| matches!(o, CmpOp::Is | CmpOp::IsNot | CmpOp::In | CmpOp::NotIn))
                || (print_safe(&c.left) && c.comparators.iter().all(print_safe))
        }
        Expr::IfExp(i) => print_safe(&i.body) && print_safe(&i.orelse),
        _ => false,
    }
}

/// Whether a call with these arguments passes only [`print_safe`] values.
fn args_print_safe(c: &ExprCall) -> bool {
    c.args.iter().all(print_safe) && c.keywords.iter().all(|k| k.arg.is_some() && print_safe(&k.value))
}

/// Whether a call may build an exception or class instance holding a NumPy value that gets
/// formatted later (`raise ValueError(a)`, `Point(a)` with a `__repr__`): a capitalized callee.
fn capitalized_callee(f: &Expr) -> bool {
    let name = match f {
        Expr::Name(n) => n.id.as_str(),
        Expr::Attribute(a) => a.attr.as_str(),
        _ => return false,
    };
    name.starts_with(|c: char| c.is_ascii_uppercase())
}

/// Whether a `norm` call's `ord` argument is a literal `norm` computes without singular
/// values: None, 'fro', numbers other than 2 and -2, `np.inf` and `-np.inf`.
fn ord_without_svd(e: &Expr) -> bool {
    match e {
        Expr::Constant(c) => match &c.value {
            Constant::None => true,
            Constant::Str(s) => s == "fro",
            Constant::Int(i) => i.to_string() != "2",
            Constant::Float(f) => *f != 2.0,
            Constant::Bool(_) => true,
            _ => false,
        },
        Expr::UnaryOp(u) if matches!(u.op, UnaryOp::USub) => match &*u.operand {
            Expr::Constant(c) => match &c.value {
                Constant::Int(i) => i.to_string() != "2",
                Constant::Float(f) => *f != 2.0,
                _ => false,
            },
            Expr::Attribute(a) => a.attr.as_str() == "inf",
            _ => false,
        },
        Expr::Attribute(a) => a.attr.as_str() == "inf",
        _ => false,
    }
}

/// Answers which public names a module has, for `from m import *`: the module as written and
/// the import's level (leading dots; the answerer resolves relative names).
pub type StarNames<'a> = &'a mut dyn FnMut(Option<&str>, u32) -> Option<Vec<String>>;

/// Scope-opening node kinds, for the side-table key.
#[derive(Clone, Copy)]
pub enum NodeKind {
    Function = 0,
    Class = 1,
    Lambda = 2,
    Comprehension = 3,
}

impl Semantic {
    pub fn analyze(module: &[Stmt]) -> Semantic {
        Semantic::analyze_with(module, &mut |_, _| None)
    }

    pub fn analyze_with(module: &[Stmt], star_names: StarNames) -> Semantic {
        let mut sem = Semantic::default();
        sem.scopes.push(Scope::new(ScopeKind::Module, None));
        let mut b = Binder { sem: &mut sem, scope: ScopeId(0), star_names };
        b.stmts(module);
        for sc in &sem.scopes {
            sem.declared_global.extend(sc.globals.iter().cloned());
            sem.declared_nonlocal.extend(sc.nonlocals.iter().cloned());
        }
        sem
    }

    pub fn scope(&self, id: ScopeId) -> &Scope {
        &self.scopes[id.0 as usize]
    }

    pub fn scope_of(&self, offset: u32, kind: NodeKind) -> ScopeId {
        self.by_node[&(offset, kind as u8)]
    }

    /// Resolve `name` used in scope `at`.
    pub fn resolve(&self, at: ScopeId, name: &str) -> Resolved {
        let s = self.scope(at);
        if s.globals.contains(name) {
            return self.resolve_global(name);
        }
        match s.kind {
            ScopeKind::Module => return self.resolve_global(name),
            ScopeKind::Class if s.binds(name) => return Resolved::ClassAttr,
            _ if s.binds(name) || s.nonlocals.contains(name) => return Resolved::Local,
            _ => {}
        }
        // Enclosing scopes, skipping class bodies.
        let mut cur = s.parent;
        while let Some(id) = cur {
            let sc = self.scope(id);
            match sc.kind {
                ScopeKind::Module => return self.resolve_global(name),
                ScopeKind::Class => {}
                _ => {
                    if sc.globals.contains(name) {
                        return self.resolve_global(name);
                    }
                    if sc.binds(name) || sc.nonlocals.contains(name) {
                        return Resolved::Local;
                    }
                }
            }
            cur = sc.parent;
        }
        self.resolve_global(name)
    }

    fn resolve_global(&self, name: &str) -> Resolved {
        if self.scopes[0].binds(name) {
            Resolved::Global
        } else if crate::names::is_builtin(name) {
            Resolved::Builtin
        } else {
            Resolved::Undefined
        }
    }

    /// Whether `name` at module level is bound only by imports (so it is a module object).
    pub fn is_module_import(&self, name: &str) -> bool {
        self.scopes[0].import_only.get(name).copied().unwrap_or(false)
    }
}

struct Binder<'a, 'b> {
    sem: &'a mut Semantic,
    scope: ScopeId,
    star_names: StarNames<'b>,
}

impl Binder<'_, '_> {
    fn cur(&mut self) -> &mut Scope {
        &mut self.sem.scopes[self.scope.0 as usize]
    }

    fn bind(&mut self, name: &str) {
        self.bind_kind(name, false);
    }

    fn bind_kind(&mut self, name: &str, by_import: bool) {
        let s = self.cur();
        if s.bound_set.insert(name.to_string()) {
            s.bound.push(name.to_string());
        }
        let entry = s.import_only.entry(name.to_string()).or_insert(by_import);
        *entry = *entry && by_import;
        *s.binding_count.entry(name.to_string()).or_insert(0) += 1;
        *s.seen.entry(name.to_string()).or_insert(0) |= SEEN_ASSIGN;
    }

    /// `global`/`nonlocal` of `name` after the scope used, assigned or took it as a parameter.
    fn check_declaration(&mut self, name: &str, what: &str, range: crate::parse::Range) {
        let flags = self.cur().seen.get(name).copied().unwrap_or(0);
        let msg = if flags & SEEN_PARAM != 0 {
            format!("name '{name}' is parameter and {what}")
        } else if flags & SEEN_USE != 0 {
            format!("name '{name}' is used prior to {what} declaration")
        } else if flags & SEEN_ASSIGN != 0 {
            format!("name '{name}' is assigned to before {what} declaration")
        } else {
            return;
        };
        if self.sem.syntax_error.is_none() {
            self.sem.syntax_error = Some((range.start().to_u32(), range.end().to_u32(), msg));
        }
    }

    fn push(&mut self, kind: ScopeKind, key: (u32, NodeKind)) -> ScopeId {
        let id = ScopeId(self.sem.scopes.len() as u32);
        self.sem.scopes.push(Scope::new(kind, Some(self.scope)));
        self.sem.by_node.insert((key.0, key.1 as u8), id);
        let prev = self.scope;
        self.scope = id;
        prev
    }

    fn stmts(&mut self, body: &[Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn target(&mut self, t: &Expr) {
        match t {
            Expr::Name(n) => self.bind(n.id.as_str()),
            Expr::Tuple(t) => t.elts.iter().for_each(|e| self.target(e)),
            Expr::List(t) => t.elts.iter().for_each(|e| self.target(e)),
            Expr::Starred(s) => self.target(&s.value),
            other => self.expr(other),
        }
    }

    fn arguments(&mut self, args: &Arguments) {
        for a in args.posonlyargs.iter().chain(&args.args).chain(&args.kwonlyargs) {
            if let Some(d) = &a.default {
                self.expr(d);
            }
        }
    }

    fn bind_params(&mut self, args: &Arguments) {
        for a in args.posonlyargs.iter().chain(&args.args) {
            self.bind(a.def.arg.as_str());
        }
        if let Some(v) = &args.vararg {
            self.bind(v.arg.as_str());
        }
        for a in &args.kwonlyargs {
            self.bind(a.def.arg.as_str());
        }
        if let Some(k) = &args.kwarg {
            self.bind(k.arg.as_str());
        }
        let names = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
            .map(|a| &a.def)
            .chain(args.vararg.as_deref())
            .chain(args.kwarg.as_deref());
        for a in names {
            *self.cur().seen.entry(a.arg.to_string()).or_insert(0) |= SEEN_PARAM;
        }
    }

    fn function(&mut self, range_start: u32, name: &str, args: &Arguments, body: &[Stmt], decorators: &[Expr]) {
        decorators.iter().for_each(|d| self.expr(d));
        self.arguments(args);
        self.bind(name);
        let prev = self.push(ScopeKind::Function, (range_start, NodeKind::Function));
        self.bind_params(args);
        self.stmts(body);
        self.scope = prev;
    }

    fn stmt(&mut self, s: &Stmt) {
        match s {
            Stmt::FunctionDef(f) => self.function(start(f.range), f.name.as_str(), &f.args, &f.body, &f.decorator_list),
            Stmt::AsyncFunctionDef(f) => {
                self.function(start(f.range), f.name.as_str(), &f.args, &f.body, &f.decorator_list)
            }
            Stmt::ClassDef(c) => {
                c.decorator_list.iter().for_each(|d| self.expr(d));
                c.bases.iter().for_each(|b| self.expr(b));
                c.keywords.iter().for_each(|k| self.expr(&k.value));
                self.bind(c.name.as_str());
                let prev = self.push(ScopeKind::Class, (start(c.range), NodeKind::Class));
                self.stmts(&c.body);
                self.scope = prev;
            }
            Stmt::Return(r) => r.value.iter().for_each(|v| self.expr(v)),
            Stmt::Delete(d) => {
                for t in &d.targets {
                    if let Expr::Name(n) = t {
                        if self.scope.0 != 0 && self.cur().globals.contains(n.id.as_str()) {
                            self.sem.deleted_globals.insert(n.id.to_string());
                        }
                    }
                    self.target(t);
                }
            }
            Stmt::Assign(a) => {
                self.expr(&a.value);
                a.targets.iter().for_each(|t| self.target(t));
            }
            Stmt::AugAssign(a) => {
                if matches!(a.op, Operator::Pow) {
                    self.sem.shim_words.insert(NP_POW.to_string());
                }
                self.expr(&a.value);
                self.target(&a.target);
            }
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.expr(v);
                }
                if a.value.is_some() || self.cur().kind != ScopeKind::Module {
                    self.target(&a.target);
                }
            }
            Stmt::TypeAlias(_) => {}
            Stmt::For(f) => {
                self.expr(&f.iter);
                self.target(&f.target);
                self.stmts(&f.body);
                self.stmts(&f.orelse);
            }
            Stmt::AsyncFor(f) => {
                self.expr(&f.iter);
                self.target(&f.target);
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
                        self.target(v);
                    }
                }
                self.stmts(&w.body);
            }
            Stmt::AsyncWith(w) => {
                for item in &w.items {
                    self.expr(&item.context_expr);
                    if let Some(v) = &item.optional_vars {
                        self.target(v);
                    }
                }
                self.stmts(&w.body);
            }
            Stmt::Match(m) => {
                self.expr(&m.subject);
                for case in &m.cases {
                    self.pattern(&case.pattern);
                    if let Some(g) = &case.guard {
                        self.expr(g);
                    }
                    self.stmts(&case.body);
                }
            }
            Stmt::Raise(r) => {
                if r.exc.as_ref().is_some_and(|e| !matches!(&**e, Expr::Name(_) | Expr::Call(_))) {
                    self.sem.shim_words.insert(NP_PRINT.to_string());
                }
                r.exc.iter().for_each(|e| self.expr(e));
                r.cause.iter().for_each(|e| self.expr(e));
            }
            Stmt::Try(t) => self.try_parts(&t.body, &t.handlers, &t.orelse, &t.finalbody),
            Stmt::TryStar(t) => self.try_parts(&t.body, &t.handlers, &t.orelse, &t.finalbody),
            Stmt::Assert(a) => {
                if a.msg.as_ref().is_some_and(|m| !print_safe(m)) {
                    self.sem.shim_words.insert(NP_PRINT.to_string());
                }
                self.expr(&a.test);
                a.msg.iter().for_each(|m| self.expr(m));
            }
            Stmt::Import(i) => {
                for alias in &i.names {
                    self.import_may_format(alias.name.as_str());
                    match &alias.asname {
                        Some(a) => self.bind_kind(a.as_str(), true),
                        None => {
                            let first = alias.name.as_str().split('.').next().unwrap_or_default();
                            self.bind_kind(first, true)
                        }
                    }
                }
            }
            Stmt::ImportFrom(i) => {
                match &i.module {
                    Some(m) if i.level.as_ref().map_or(0, |l| l.to_u32()) == 0 => self.import_may_format(m.as_str()),
                    _ => {
                        self.sem.shim_words.insert(NP_PRINT.to_string());
                    }
                }
                let is_star = i.names.iter().any(|a| a.name.as_str() == "*");
                // `from numpy import power as pw`, `from numpy.linalg import norm`, `import *`.
                if i.names.iter().any(|a| {
                    a.name.as_str() == "*" || a.name.as_str() == "norm" || POW_NAMES.contains(&a.name.as_str())
                }) {
                    self.sem.shim_words.insert(NP_POW.to_string());
                }
                let level = i.level.as_ref().map_or(0, |l| l.to_u32());
                if is_star {
                    if let Some(names) = (self.star_names)(i.module.as_ref().map(|m| m.as_str()), level) {
                        for n in &names {
                            self.bind(n);
                        }
                        self.sem.star_imports.insert(start(i.range), names);
                    }
                }
                for alias in &i.names {
                    if alias.name.as_str() != "*" {
                        let name = alias.asname.as_ref().unwrap_or(&alias.name);
                        self.bind_kind(name.as_str(), false);
                    }
                }
            }
            Stmt::Global(g) => {
                for n in &g.names {
                    self.check_declaration(n.as_str(), "global", g.range);
                    self.cur().globals.insert(n.to_string());
                    // A global declared in a function is a module binding.
                    let name = n.to_string();
                    let m = &mut self.sem.scopes[0];
                    *m.binding_count.entry(name.clone()).or_insert(0) += 2;
                    if m.bound_set.insert(name.clone()) {
                        m.bound.push(name);
                    }
                }
            }
            Stmt::Nonlocal(n) => {
                if self.scope == ScopeId(0) && self.sem.syntax_error.is_none() {
                    let msg = "nonlocal declaration not allowed at module level".to_string();
                    self.sem.syntax_error = Some((n.range.start().to_u32(), n.range.end().to_u32(), msg));
                }
                for name in &n.names {
                    self.check_declaration(name.as_str(), "nonlocal", n.range);
                    self.cur().nonlocals.insert(name.to_string());
                }
            }
            Stmt::Expr(e) => {
                if !matches!(&*e.value, Expr::Constant(_)) {
                    self.expr(&e.value)
                }
            }
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) => {}
        }
    }

    fn try_parts(&mut self, body: &[Stmt], handlers: &[ExceptHandler], orelse: &[Stmt], finalbody: &[Stmt]) {
        self.stmts(body);
        for h in handlers {
            let ExceptHandler::ExceptHandler(h) = h;
            h.type_.iter().for_each(|t| self.expr(t));
            if let Some(n) = &h.name {
                self.bind(n.as_str());
            }
            self.stmts(&h.body);
        }
        self.stmts(orelse);
        self.stmts(finalbody);
    }

    fn pattern(&mut self, p: &Pattern) {
        match p {
            Pattern::MatchValue(v) => self.expr(&v.value),
            Pattern::MatchSingleton(_) => {}
            Pattern::MatchSequence(s) => s.patterns.iter().for_each(|p| self.pattern(p)),
            Pattern::MatchMapping(m) => {
                m.keys.iter().for_each(|k| self.expr(k));
                m.patterns.iter().for_each(|p| self.pattern(p));
                if let Some(r) = &m.rest {
                    self.bind(r.as_str());
                }
            }
            Pattern::MatchClass(c) => {
                self.expr(&c.cls);
                c.patterns.iter().chain(&c.kwd_patterns).for_each(|p| self.pattern(p));
            }
            Pattern::MatchStar(s) => {
                if let Some(n) = &s.name {
                    self.bind(n.as_str());
                }
            }
            Pattern::MatchAs(a) => {
                if let Some(p) = &a.pattern {
                    self.pattern(p);
                }
                if let Some(n) = &a.name {
                    self.bind(n.as_str());
                }
            }
            Pattern::MatchOr(o) => o.patterns.iter().for_each(|p| self.pattern(p)),
        }
    }

    fn comprehension(&mut self, at: u32, generators: &[Comprehension], elts: &[&Expr]) {
        // The first iterable is evaluated in the enclosing scope.
        if let Some(first) = generators.first() {
            self.expr(&first.iter);
        }
        let prev = self.push(ScopeKind::Comprehension, (at, NodeKind::Comprehension));
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter);
            }
            self.target(&g.target);
            g.ifs.iter().for_each(|e| self.expr(e));
        }
        elts.iter().for_each(|e| self.expr(e));
        self.scope = prev;
    }

    /// The scope a walrus target binds in: the nearest enclosing non-comprehension scope.
    fn walrus_scope(&self) -> ScopeId {
        let mut id = self.scope;
        while self.sem.scopes[id.0 as usize].kind == ScopeKind::Comprehension {
            id = self.sem.scopes[id.0 as usize].parent.unwrap();
        }
        id
    }

    fn expr(&mut self, e: &Expr) {
        match e {
            Expr::BoolOp(b) => b.values.iter().for_each(|v| self.expr(v)),
            Expr::NamedExpr(n) => {
                self.expr(&n.value);
                if let Expr::Name(name) = &*n.target {
                    let prev = self.scope;
                    self.scope = self.walrus_scope();
                    self.bind(name.id.as_str());
                    self.scope = prev;
                }
            }
            Expr::BinOp(b) => {
                // `%`-formatting of a value that may be an array.
                let numeric_left =
                    matches!(&*b.left, Expr::Constant(c) if matches!(c.value, Constant::Int(_) | Constant::Float(_)));
                if matches!(b.op, Operator::Mod) && !numeric_left && !print_safe(&b.right) {
                    self.sem.shim_words.insert(NP_PRINT.to_string());
                }
                if matches!(b.op, Operator::Pow) {
                    self.sem.shim_words.insert(NP_POW.to_string());
                }
                self.expr(&b.left);
                self.expr(&b.right);
            }
            Expr::UnaryOp(u) => self.expr(&u.operand),
            Expr::Lambda(l) => {
                self.arguments(&l.args);
                let prev = self.push(ScopeKind::Lambda, (start(l.range), NodeKind::Lambda));
                self.bind_params(&l.args);
                self.expr(&l.body);
                self.scope = prev;
            }
            Expr::IfExp(i) => {
                self.expr(&i.test);
                self.expr(&i.body);
                self.expr(&i.orelse);
            }
            Expr::Dict(d) => {
                d.keys.iter().flatten().for_each(|k| self.expr(k));
                d.values.iter().for_each(|v| self.expr(v));
            }
            Expr::Set(s) => s.elts.iter().for_each(|e| self.expr(e)),
            Expr::ListComp(c) => self.comprehension(start(c.range), &c.generators, &[&c.elt]),
            Expr::SetComp(c) => self.comprehension(start(c.range), &c.generators, &[&c.elt]),
            Expr::DictComp(c) => self.comprehension(start(c.range), &c.generators, &[&c.key, &c.value]),
            Expr::GeneratorExp(c) => self.comprehension(start(c.range), &c.generators, &[&c.elt]),
            Expr::Await(a) => self.expr(&a.value),
            Expr::Yield(y) => {
                self.mark_generator();
                y.value.iter().for_each(|v| self.expr(v));
            }
            Expr::YieldFrom(y) => {
                self.mark_generator();
                self.expr(&y.value);
            }
            Expr::Compare(c) => {
                // A str compared with is no value that can reach an array.
                for e in std::iter::once(&*c.left).chain(c.comparators.iter()) {
                    if !matches!(e, Expr::Constant(k) if matches!(k.value, Constant::Str(_))) {
                        self.expr(e);
                    }
                }
            }
            Expr::Call(c) => {
                let formats = match &*c.func {
                    Expr::Name(n) => FORMATTERS.contains(&n.id.as_str()),
                    Expr::Attribute(a) => matches!(a.attr.as_str(), "format" | "format_map" | "exit"),
                    _ => false,
                };
                if (formats || capitalized_callee(&c.func)) && !args_print_safe(c) {
                    self.sem.shim_words.insert(NP_PRINT.to_string());
                }
                let isinstance =
                    matches!(&*c.func, Expr::Name(n) if matches!(n.id.as_str(), "isinstance" | "issubclass"));
                match &*c.func {
                    // A formatting builtin called: its arguments are checked above.
                    Expr::Name(n) if FORMATTERS.contains(&n.id.as_str()) => {}
                    // A call of something named `norm`: the callee itself is no escape.
                    Expr::Attribute(a) if a.attr.as_str() == "norm" => {
                        self.norm_call(c);
                        self.expr(&a.value);
                    }
                    Expr::Name(n) if n.id.as_str() == "norm" => self.norm_call(c),
                    f => self.expr(f),
                }
                let print = matches!(&*c.func, Expr::Name(n) if n.id.as_str() == "print");
                for a in &c.args {
                    // `isinstance(x, str)` names `str` as a type, not to format.
                    if isinstance && matches!(a, Expr::Name(_) | Expr::Tuple(_)) {
                        continue;
                    }
                    // A literal or f-string printed as it is makes no array.
                    match a {
                        Expr::Constant(k) if print && matches!(k.value, Constant::Str(_)) => {}
                        Expr::JoinedStr(j) if print => self.joined_parts(j),
                        _ => self.expr(a),
                    }
                }
                if matches!(&*c.func, Expr::Attribute(a) if a.attr.as_str() == "astype") && c.args.len() >= 3 {
                    self.sem.shim_words.insert(NP_CASTING.to_string());
                }
                for k in &c.keywords {
                    let name = k.arg.as_ref().map_or("", |a| a.as_str());
                    if k.arg.is_none() || name == "casting" {
                        self.sem.shim_words.insert(NP_CASTING.to_string());
                    }
                    if k.arg.is_none() || name == "where" || name == "initial" {
                        self.sem.shim_words.insert(NP_RED_WHERE.to_string());
                    }
                    if let Expr::Constant(v) = &k.value {
                        if matches!(&v.value, Constant::Str(t) if cx_dtype_like(t)) {
                            self.sem.shim_words.insert(NP_CX.to_string());
                        }
                    }
                    match &k.value {
                        Expr::Constant(v)
                            if matches!(&v.value, Constant::Str(t) if (name == "dtype" && !str_dtype_like(t))
                                || (print && (name == "sep" || name == "end"))) => {}
                        v => self.expr(v),
                    }
                }
            }
            Expr::FormattedValue(f) => {
                if !print_safe(&f.value) {
                    self.sem.shim_words.insert(NP_PRINT.to_string());
                }
                self.expr(&f.value);
                for spec in f.format_spec.iter() {
                    match &**spec {
                        Expr::JoinedStr(j) => self.joined_parts(j),
                        s => self.expr(s),
                    }
                }
            }
            Expr::JoinedStr(j) => {
                self.sem.shim_words.insert(NP_STR.to_string());
                self.joined_parts(j);
            }
            Expr::Constant(c) => {
                if let Constant::Str(t) = &c.value {
                    self.sem.shim_words.insert(NP_STR.to_string());
                    if POW_NAMES.contains(&t.as_str()) {
                        self.sem.shim_words.insert(NP_POW.to_string());
                    }
                    if cx_dtype_like(t) {
                        self.sem.shim_words.insert(NP_CX.to_string());
                    }
                }
                if matches!(c.value, Constant::Complex { .. }) {
                    self.sem.shim_words.insert(NP_CX.to_string());
                }
            }
            Expr::Attribute(a) => {
                if PRINT_NAMES.contains(&a.attr.as_str()) {
                    self.sem.shim_words.insert(NP_PRINT.to_string());
                }
                if a.attr.as_str() == "norm" {
                    self.sem.shim_words.insert(NORM_SVD.to_string());
                    self.sem.shim_words.insert(NP_POW.to_string());
                }
                if POW_NAMES.contains(&a.attr.as_str()) {
                    self.sem.shim_words.insert(NP_POW.to_string());
                }
                if STR_NAMES.contains(&a.attr.as_str()) {
                    self.sem.shim_words.insert(NP_STR.to_string());
                }
                if CX_NAMES.contains(&a.attr.as_str()) {
                    self.sem.shim_words.insert(NP_CX.to_string());
                }
                self.expr(&a.value)
            }
            Expr::Subscript(s) => {
                self.expr(&s.value);
                if !matches!(&*s.slice, Expr::Constant(k) if matches!(k.value, Constant::Str(_))) {
                    self.expr(&s.slice);
                }
            }
            Expr::Starred(s) => self.expr(&s.value),
            Expr::Name(n) => {
                *self.cur().seen.entry(n.id.to_string()).or_insert(0) |= SEEN_USE;
                if STR_NAMES.contains(&n.id.as_str()) {
                    self.sem.shim_words.insert(NP_STR.to_string());
                }
                if CX_NAMES.contains(&n.id.as_str()) {
                    self.sem.shim_words.insert(NP_CX.to_string());
                }
                // A formatting builtin used as a value (`map(str, xs)`), or a printing name.
                if FORMATTERS.contains(&n.id.as_str()) || PRINT_NAMES.contains(&n.id.as_str()) {
                    self.sem.shim_words.insert(NP_PRINT.to_string());
                }
                if n.id.as_str() == "norm" {
                    self.sem.shim_words.insert(NORM_SVD.to_string());
                    self.sem.shim_words.insert(NP_POW.to_string());
                }
                if POW_NAMES.contains(&n.id.as_str()) {
                    self.sem.shim_words.insert(NP_POW.to_string());
                }
            }
            Expr::List(l) => l.elts.iter().for_each(|e| self.expr(e)),
            Expr::Tuple(t) => t.elts.iter().for_each(|e| self.expr(e)),
            Expr::Slice(s) => {
                s.lower.iter().for_each(|e| self.expr(e));
                s.upper.iter().for_each(|e| self.expr(e));
                s.step.iter().for_each(|e| self.expr(e));
            }
        }
    }

    /// The formatted values of an f-string (its literal parts make no array by themselves).
    fn joined_parts(&mut self, j: &ExprJoinedStr) {
        for v in &j.values {
            if !matches!(v, Expr::Constant(_)) {
                self.expr(v);
            }
        }
    }

    /// `import m`: modules outside [`NON_FORMATTING_MODULES`] may format what they are given
    /// (logging, pprint, dataclasses' `__repr__`, ...), see [`NP_PRINT`].
    fn import_may_format(&mut self, module: &str) {
        let top = module.split('.').next().unwrap_or_default();
        if !NON_FORMATTING_MODULES.contains(&top) {
            self.sem.shim_words.insert(NP_PRINT.to_string());
            self.sem.shim_words.insert(NP_POW.to_string());
        }
    }

    /// `norm(x, ord)`: whether its `ord` needs singular values ([`NORM_SVD`]).
    fn norm_call(&mut self, c: &ExprCall) {
        let starred = c.args.iter().any(|a| matches!(a, Expr::Starred(_)));
        let ord = c.args.get(1).or_else(|| {
            c.keywords.iter().find(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == "ord")).map(|k| &k.value)
        });
        let unknown_kw = c.keywords.iter().any(|k| k.arg.is_none());
        if starred || unknown_kw || ord.is_some_and(|o| !ord_without_svd(o)) {
            self.sem.shim_words.insert(NORM_SVD.to_string());
        }
        // A p-norm raises to the power p.
        if starred || unknown_kw || ord.is_some() {
            self.sem.shim_words.insert(NP_POW.to_string());
        }
    }

    fn mark_generator(&mut self) {
        let s = self.cur();
        if matches!(s.kind, ScopeKind::Function | ScopeKind::Lambda) {
            s.is_generator = true;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn needs_svd(src: &str) -> bool {
        let ast = crate::parse::parse_module(src, "t.py").unwrap();
        Semantic::analyze(&ast).shim_words.contains(NORM_SVD)
    }

    fn may_make_str_array(src: &str) -> bool {
        let ast = crate::parse::parse_module(src, "t.py").unwrap();
        Semantic::analyze(&ast).shim_words.contains(NP_STR)
    }

    #[test]
    fn str_arrays_ship_only_where_a_str_value_may_reach_numpy() {
        for src in [
            "\"doc\"\nimport numpy as np\nprint(\"x\", f\"{a:.3f} {b!r}\", sep=\"\")",
            "x = np.zeros(3, dtype='float64')\nif m == 'fast': y = d['k']",
        ] {
            assert!(!may_make_str_array(src), "{src}");
        }
        for src in [
            "np.array(['a'])",
            "s = f'{i}'",
            "np.where(m, 'yes', 'no')",
            "a.astype(str)",
            "np.char.upper(a)",
            "x = np.zeros(3, dtype='U3')",
        ] {
            assert!(may_make_str_array(src), "{src}");
        }
    }

    #[test]
    fn norm_ships_its_svd_only_for_ords_that_need_it() {
        for src in ["np.linalg.norm(a)", "norm(a, 'fro')", "la.norm(a, ord=1)", "np.linalg.norm(a, -np.inf, axis=0)"] {
            assert!(!needs_svd(src), "{src}");
        }
        for src in [
            "np.linalg.norm(a, 2)",
            "norm(a, ord=-2)",
            "norm(a, 'nuc')",
            "norm(a, o)",
            "norm(*xs)",
            "f = np.linalg.norm",
            "g(norm)",
        ] {
            assert!(needs_svd(src), "{src}");
        }
    }
}
