//! Which NumPy WebAssembly kernels a program can call, so the driver can drop the others
//! from `numpy/_kernels_bg.wasm` ([`crate::wasm_dce`]).
//!
//! The shims reach the kernels only as `K.name` on the namespace of `numpy/_wasm.mjs`
//! (which re-exports wasm-bindgen's glue `numpy/_kernels.mjs`). This is a conservative
//! reachability over the top-level items of the program's non-core runtime files (the shims
//! are shipped whole; only the set of `K.name`s matters):
//!
//! - A module the program imports is a Python module object: its exports are reached only by
//!   attribute names, so an export is a root when its name is a word of the program (an
//!   attribute name or string literal), a dunder, or always when the program can compute
//!   attribute names (`getattr`, `dir`, `vars`, `__dict__`, ...). A namespace exported that way
//!   (`numpy.linalg`) is a module object too.
//! - Every top-level statement that is not a declaration runs, so it is live; so is a
//!   declaration whose initializer calls a function that stores into a top-level binding
//!   (a registration), since it runs anyway and live code may read the table.
//! - A live item reaches every top-level binding it mentions (any identifier with that name,
//!   shadowed or not), through imports; `ns.name` on a namespace reaches that export, any other
//!   use of a namespace all of its exports, and any use of the kernels' namespace other than
//!   `K.name` every kernel.
//! - A NumPy shim's table, `const T = { key: value, ... }` (not exported, static keys) used only as `T[k]`,
//!   `T.key` or `Object.assign(target, T)` (`ndarray_methods`: the target's properties are looked up by the
//!   same keys), is shaken per entry: an entry's value is live when the table is and its key is
//!   a word of the program, a string literal, call argument or property name of live code
//!   (`UN_FLOAT[name]` keeps `sin: M.sin` only for programs calling `np.sin`).

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::collections::BTreeSet;

use swc_ecma_ast::*;
use swc_ecma_visit::{Visit, VisitWith};

use crate::bundle;

/// The namespace file whose members are the kernels, and the glue that defines them.
pub const KERNEL_NS: &str = "numpy/_wasm.mjs";
pub const GLUE: &str = "numpy/_kernels.mjs";
pub const WASM: &str = "numpy/_kernels_bg.wasm";

#[derive(Clone)]
enum B {
    Decl(usize),
    Import(String, String),
    Ns(String),
}

enum Ex {
    Local(String),
    From(String, String),
}

#[derive(Default)]
struct It {
    always: bool,
    idents: HashSet<String>,
    members: HashSet<(String, String)>,
    /// Names this item's functions store into (assignment roots, mutating calls' receivers).
    stores: HashSet<String>,
    /// Functions called by the initializer (for registrations).
    callees: HashSet<String>,
    /// `const Y = X(..., function () { ... }, ...)`: X and the functions the literal arguments
    /// call, which run at load time only if X may call its arguments (see `store_only`).
    deferred: Option<(String, HashSet<String>)>,
    /// A function declaration (`function X(a, b)`, `const X = (a, b) => ...`) that never calls
    /// its parameters (`a()`, `a.apply(...)`, ...; in nested functions too): the functions it
    /// passes a parameter to (it is store-only when they all are).
    param_sinks: Option<HashSet<String>>,
    decls: Vec<String>,
    /// `o["prefix" + e]`: (o, prefix).
    prefixed: HashSet<(String, String)>,
    /// String literals passed as call arguments (`reduceK("any", a)`).
    call_strs: HashSet<String>,
    /// Every string literal (the keys a table lookup can be made with).
    strs: HashSet<String>,
    /// For a table (`const T = { key: value, ... }` used only as `T[k]` / `T.key`): each
    /// entry's key and the index of the pseudo-item holding its value's references.
    table: Option<Vec<(String, usize)>>,
}

#[derive(Default)]
struct File {
    bindings: HashMap<String, B>,
    exports: HashMap<String, Ex>,
    star_from: Vec<String>,
    items: Vec<It>,
    /// The top-level statements other than imports and re-exports that `items` was made from,
    /// and the `B::Decl` bindings they made, in order (for [`LoadCache`]).
    n_stmts: usize,
    decl_bindings: Vec<(String, usize)>,
}

/// The costly part of analyzing a runtime file (every identifier of every top-level statement
/// other than imports and re-exports: `File::items`), kept from one [`shake`] to the next. The
/// driver shakes the program's runtime files twice, the second time with only their imports
/// and re-exports rewritten by the bundler, which this part does not depend on.
#[derive(Default)]
pub struct LoadCache(HashMap<String, (usize, Vec<It>, Vec<(String, usize)>)>);

#[derive(Default)]
struct Collect {
    idents: HashSet<String>,
    members: HashSet<(String, String)>,
    stores: HashSet<String>,
    callees: HashSet<String>,
    prefixed: HashSet<(String, String)>,
    call_strs: HashSet<String>,
    strs: HashSet<String>,
    /// Names declared by the enclosing functions and blocks being visited: a store to one of
    /// them is local (`let shape = []; shape = f(shape)`), not to a top-level binding.
    scopes: Vec<HashSet<String>>,
}

impl Collect {
    fn store(&mut self, name: String) {
        if !self.scopes.iter().any(|s| s.contains(&name)) {
            self.stores.insert(name);
        }
    }

    fn scoped(&mut self, names: HashSet<String>, visit: impl FnOnce(&mut Self)) {
        self.scopes.push(names);
        visit(self);
        self.scopes.pop();
    }
}

/// The names a binding pattern declares (not those its default values mention).
fn pat_names(p: &Pat, out: &mut HashSet<String>) {
    match p {
        Pat::Ident(i) => {
            out.insert(i.id.sym.to_string());
        }
        Pat::Array(a) => a.elems.iter().flatten().for_each(|e| pat_names(e, out)),
        Pat::Object(o) => {
            for prop in &o.props {
                match prop {
                    ObjectPatProp::KeyValue(kv) => pat_names(&kv.value, out),
                    ObjectPatProp::Assign(a) => {
                        out.insert(a.key.id.sym.to_string());
                    }
                    ObjectPatProp::Rest(r) => pat_names(&r.arg, out),
                }
            }
        }
        Pat::Rest(r) => pat_names(&r.arg, out),
        Pat::Assign(a) => pat_names(&a.left, out),
        Pat::Expr(_) | Pat::Invalid(_) => {}
    }
}

/// The `var`s a function body declares (hoisted from nested blocks, not from nested functions).
fn hoisted_vars(stmts: &[Stmt], out: &mut HashSet<String>) {
    struct Vars<'a>(&'a mut HashSet<String>);
    impl Visit for Vars<'_> {
        fn visit_var_decl(&mut self, v: &VarDecl) {
            if v.kind == VarDeclKind::Var {
                v.decls.iter().for_each(|d| pat_names(&d.name, self.0));
            }
        }
        fn visit_function(&mut self, _: &Function) {}
        fn visit_arrow_expr(&mut self, _: &ArrowExpr) {}
        fn visit_class(&mut self, _: &Class) {}
    }
    stmts.iter().for_each(|s| s.visit_with(&mut Vars(out)));
}

/// The names a block declares directly (`let`, `const`, `function`, `class`).
fn block_names(stmts: &[Stmt]) -> HashSet<String> {
    let mut out = HashSet::default();
    for s in stmts {
        match s {
            Stmt::Decl(Decl::Var(v)) if v.kind != VarDeclKind::Var => {
                v.decls.iter().for_each(|d| pat_names(&d.name, &mut out));
            }
            Stmt::Decl(Decl::Fn(f)) => {
                out.insert(f.ident.sym.to_string());
            }
            Stmt::Decl(Decl::Class(c)) => {
                out.insert(c.ident.sym.to_string());
            }
            _ => {}
        }
    }
    out
}

fn for_head_names(h: &ForHead) -> HashSet<String> {
    let mut out = HashSet::default();
    if let ForHead::VarDecl(v) = h {
        v.decls.iter().for_each(|d| pat_names(&d.name, &mut out));
    }
    out
}

fn root_ident(e: &Expr) -> Option<String> {
    match e {
        Expr::Ident(i) => Some(i.sym.to_string()),
        Expr::Member(m) => root_ident(&m.obj),
        Expr::Paren(p) => root_ident(&p.expr),
        _ => None,
    }
}

const MUTATORS: &[&str] = &["set", "push", "add", "unshift", "splice", "assign", "defineProperty", "defineProperties"];

impl Visit for Collect {
    fn visit_ident(&mut self, i: &Ident) {
        self.idents.insert(i.sym.to_string());
    }
    fn visit_str(&mut self, s: &Str) {
        self.strs.insert(s.value.to_string_lossy().to_string());
    }
    // A string compared with (`name === "prod"`, `case "all":`) is no key a lookup can be made
    // with: the value compared came from elsewhere, and counts there.
    fn visit_bin_expr(&mut self, b: &BinExpr) {
        if matches!(b.op, BinaryOp::EqEqEq | BinaryOp::NotEqEq | BinaryOp::EqEq | BinaryOp::NotEq) {
            for side in [&b.left, &b.right] {
                if !matches!(&**side, Expr::Lit(Lit::Str(_))) {
                    side.visit_with(self);
                }
            }
            return;
        }
        b.visit_children_with(self);
    }
    fn visit_switch_case(&mut self, c: &SwitchCase) {
        if let Some(t) = &c.test {
            if !matches!(&**t, Expr::Lit(Lit::Str(_))) {
                t.visit_with(self);
            }
        }
        c.cons.visit_with(self);
    }
    fn visit_member_expr(&mut self, m: &MemberExpr) {
        if let (Expr::Ident(o), MemberProp::Ident(p)) = (&*m.obj, &m.prop) {
            self.members.insert((o.sym.to_string(), p.sym.to_string()));
            return;
        }
        if let (Expr::Ident(o), MemberProp::Computed(c)) = (&*m.obj, &m.prop) {
            if let Expr::Bin(BinExpr { op: BinaryOp::Add, left, right, .. }) = &*c.expr {
                if let Expr::Lit(Lit::Str(prefix)) = &**left {
                    self.prefixed.insert((o.sym.to_string(), prefix.value.to_string_lossy().to_string()));
                    right.visit_with(self);
                    return;
                }
            }
        }
        m.visit_children_with(self);
    }
    fn visit_function(&mut self, f: &Function) {
        let mut names = HashSet::default();
        f.params.iter().for_each(|p| pat_names(&p.pat, &mut names));
        if let Some(b) = &f.body {
            hoisted_vars(&b.stmts, &mut names);
            names.extend(block_names(&b.stmts));
        }
        self.scoped(names, |c| f.visit_children_with(c));
    }
    fn visit_arrow_expr(&mut self, a: &ArrowExpr) {
        let mut names = HashSet::default();
        a.params.iter().for_each(|p| pat_names(p, &mut names));
        if let ArrowFunctionBody::FunctionBody(b) = &*a.body {
            hoisted_vars(&b.stmts, &mut names);
            names.extend(block_names(&b.stmts));
        }
        self.scoped(names, |c| a.visit_children_with(c));
    }
    fn visit_block_stmt(&mut self, b: &BlockStmt) {
        self.scoped(block_names(&b.stmts), |c| b.visit_children_with(c));
    }
    fn visit_for_stmt(&mut self, f: &ForStmt) {
        let mut names = HashSet::default();
        if let Some(VarDeclOrExpr::VarDecl(v)) = &f.init {
            v.decls.iter().for_each(|d| pat_names(&d.name, &mut names));
        }
        self.scoped(names, |c| f.visit_children_with(c));
    }
    fn visit_for_of_stmt(&mut self, f: &ForOfStmt) {
        self.scoped(for_head_names(&f.left), |c| f.visit_children_with(c));
    }
    fn visit_for_in_stmt(&mut self, f: &ForInStmt) {
        self.scoped(for_head_names(&f.left), |c| f.visit_children_with(c));
    }
    fn visit_catch_clause(&mut self, cc: &CatchClause) {
        let mut names = HashSet::default();
        if let Some(p) = &cc.param {
            pat_names(p, &mut names);
        }
        self.scoped(names, |c| cc.visit_children_with(c));
    }
    fn visit_assign_expr(&mut self, a: &AssignExpr) {
        match &a.left {
            AssignTarget::Simple(SimpleAssignTarget::Ident(i)) => {
                self.store(i.id.sym.to_string());
            }
            AssignTarget::Simple(SimpleAssignTarget::Member(m)) => {
                if let Some(r) = root_ident(&m.obj) {
                    self.store(r);
                }
            }
            _ => {
                // Destructuring: every name mentioned in the pattern.
                let mut c = Collect::default();
                a.left.visit_with(&mut c);
                c.idents.into_iter().for_each(|n| self.store(n));
                c.members.into_iter().for_each(|(o, _)| self.store(o));
            }
        }
        a.visit_children_with(self);
    }
    fn visit_update_expr(&mut self, u: &UpdateExpr) {
        if let Some(r) = root_ident(&u.arg) {
            self.store(r);
        }
        u.visit_children_with(self);
    }
    fn visit_call_expr(&mut self, c: &CallExpr) {
        for a in &c.args {
            if let Expr::Lit(Lit::Str(s)) = &*a.expr {
                self.call_strs.insert(s.value.to_string_lossy().to_string());
            }
        }
        if let Callee::Expr(e) = &c.callee {
            match &**e {
                Expr::Ident(i) => {
                    self.callees.insert(i.sym.to_string());
                }
                Expr::Member(m) => {
                    if let MemberProp::Ident(p) = &m.prop {
                        if MUTATORS.contains(&&*p.sym) {
                            if let Some(r) = root_ident(&m.obj) {
                                self.store(r);
                            }
                            for a in &c.args {
                                if let Some(r) = root_ident(&a.expr) {
                                    self.store(r);
                                }
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        c.visit_children_with(self);
    }
}

fn export_name(n: &ModuleExportName) -> String {
    match n {
        ModuleExportName::Ident(i) => i.sym.to_string(),
        ModuleExportName::Str(s) => s.value.to_string_lossy().to_string(),
    }
}

fn load(path: &str, module: &Module, cache: &mut LoadCache) -> Result<File, String> {
    let resolve = |s: &Str| -> Result<String, String> {
        let s = s.value.to_string_lossy().to_string();
        bundle::join(path, &s).ok_or_else(|| format!("{path}: import of {s}"))
    };
    let mut f = File::default();
    // Top-level statements: declarations (exported or not) and others.
    let mut stmts: Vec<(Option<&Decl>, &dyn VisitWith<Collect>)> = vec![];
    for item in &module.body {
        match item {
            ModuleItem::ModuleDecl(ModuleDecl::Import(imp)) => {
                let file = resolve(&imp.src)?;
                for spec in &imp.specifiers {
                    match spec {
                        ImportSpecifier::Named(n) => {
                            let name = n.imported.as_ref().map_or_else(|| n.local.sym.to_string(), export_name);
                            f.bindings.insert(n.local.sym.to_string(), B::Import(file.clone(), name));
                        }
                        ImportSpecifier::Namespace(n) => {
                            f.bindings.insert(n.local.sym.to_string(), B::Ns(file.clone()));
                        }
                        ImportSpecifier::Default(_) => return Err(format!("{path}: default import")),
                    }
                }
            }
            ModuleItem::ModuleDecl(ModuleDecl::ExportNamed(ne)) => {
                let from = ne.src.as_ref().map(|s| resolve(s)).transpose()?;
                for spec in &ne.specifiers {
                    let ExportSpecifier::Named(n) = spec else { return Err(format!("{path}: export specifier")) };
                    let local = export_name(&n.orig);
                    let exported = n.exported.as_ref().map_or_else(|| local.clone(), export_name);
                    let e = match &from {
                        Some(file) => Ex::From(file.clone(), local),
                        None => Ex::Local(local),
                    };
                    f.exports.insert(exported, e);
                }
            }
            ModuleItem::ModuleDecl(ModuleDecl::ExportAll(ea)) => f.star_from.push(resolve(&ea.src)?),
            ModuleItem::ModuleDecl(ModuleDecl::ExportDecl(ed)) => {
                let mut names = vec![];
                decl_names(&ed.decl, &mut names);
                for n in names {
                    f.exports.insert(n.clone(), Ex::Local(n));
                }
                stmts.push((Some(&ed.decl), &ed.decl));
            }
            ModuleItem::ModuleDecl(_) => return Err(format!("{path}: unsupported module item")),
            ModuleItem::Stmt(Stmt::Decl(d)) => stmts.push((Some(d), d)),
            ModuleItem::Stmt(s) => stmts.push((None, s)),
        }
    }
    f.n_stmts = stmts.len();
    if let Some((n, items, decl_bindings)) = cache.0.remove(path) {
        if n == f.n_stmts {
            for (name, i) in &decl_bindings {
                f.bindings.insert(name.clone(), B::Decl(*i));
            }
            f.items = items;
            f.decl_bindings = decl_bindings;
            return Ok(f);
        }
    }
    let mut pseudo: Vec<It> = vec![];
    for (decl, node) in stmts {
        let mut it = It::default();
        // Only the NumPy shims' tables are keyed by names (ufuncs); others are keyed by data
        // (characters, encodings) that no word predicts.
        if let Some((name, obj)) = decl.and_then(table_literal).filter(|_| path.starts_with("numpy")) {
            if !f.exports.contains_key(name)
                && !f.exports.values().any(|e| matches!(e, Ex::Local(l) if l == name))
                && only_member_uses(module, name)
            {
                let n_items = f.items.len();
                let mut entries = vec![];
                for p in &obj.props {
                    let PropOrSpread::Prop(p) = p else { continue };
                    let Prop::KeyValue(kv) = &**p else { continue };
                    let mut c = Collect::default();
                    kv.value.visit_with(&mut c);
                    let e = It {
                        idents: c.idents,
                        members: c.members,
                        stores: c.stores,
                        prefixed: c.prefixed,
                        call_strs: c.call_strs,
                        strs: c.strs,
                        ..Default::default()
                    };
                    entries.push((prop_name(&kv.key).unwrap_or_default(), pseudo.len()));
                    pseudo.push(e);
                }
                it.decls.push(name.to_string());
                it.table = Some(entries);
                f.bindings.insert(name.to_string(), B::Decl(n_items));
                f.decl_bindings.push((name.to_string(), n_items));
                f.items.push(it);
                continue;
            }
        }
        let mut c = Collect::default();
        node.visit_with(&mut c);
        if let Some(d) = decl {
            decl_names(d, &mut it.decls);
            it.param_sinks = param_sinks(d);
            if let Decl::Var(v) = d {
                // Calls the initializers make at load time.
                let mut ic = Collect::default();
                match deferred_call(v) {
                    Some((callee, call)) => {
                        let mut dc = Collect::default();
                        for a in &call.args {
                            if matches!(&*a.expr, Expr::Fn(_) | Expr::Arrow(_)) && a.spread.is_none() {
                                a.visit_with(&mut dc);
                            } else {
                                a.visit_with(&mut ic);
                            }
                        }
                        it.deferred = Some((callee, dc.callees));
                    }
                    None => {
                        for d in &v.decls {
                            d.init.visit_with(&mut ic);
                        }
                    }
                }
                it.callees = ic.callees;
            }
        } else {
            it.always = true;
        }
        it.idents = c.idents;
        it.members = c.members;
        it.stores = c.stores;
        it.prefixed = c.prefixed;
        it.call_strs = c.call_strs;
        it.strs = c.strs;
        let idx = f.items.len();
        for d in &it.decls {
            f.bindings.insert(d.clone(), B::Decl(idx));
            f.decl_bindings.push((d.clone(), idx));
        }
        f.items.push(it);
    }
    // The tables' entries, as items after the top-level ones.
    let base = f.items.len();
    for it in &mut f.items {
        if let Some(entries) = &mut it.table {
            for (_, i) in entries.iter_mut() {
                *i += base;
            }
        }
    }
    f.items.extend(pseudo);
    Ok(f)
}

/// `const Y = X(args)` (one declarator, `X` an identifier) with a function literal among the
/// arguments: X and the call.
fn deferred_call(v: &VarDecl) -> Option<(String, &CallExpr)> {
    let [d] = v.decls.as_slice() else { return None };
    let Expr::Call(call) = &**d.init.as_ref()? else { return None };
    let Callee::Expr(e) = &call.callee else { return None };
    let Expr::Ident(x) = &**e else { return None };
    call.args.iter().any(|a| matches!(&*a.expr, Expr::Fn(_) | Expr::Arrow(_))).then(|| (x.sym.to_string(), call))
}

/// For a function declaration (or `const X = function/arrow`): None if it may call one of its
/// parameters, else the functions (identifiers) it passes a parameter to as an argument.
fn param_sinks(d: &Decl) -> Option<HashSet<String>> {
    let mut params: HashSet<String> = HashSet::default();
    let body: &dyn VisitWith<ParamUse> = match d {
        Decl::Fn(f) => {
            f.function.params.iter().for_each(|p| pat_names(&p.pat, &mut params));
            &*f.function
        }
        Decl::Var(v) => {
            let [d] = v.decls.as_slice() else { return None };
            match &**d.init.as_ref()? {
                Expr::Arrow(a) => {
                    a.params.iter().for_each(|p| pat_names(p, &mut params));
                    a
                }
                Expr::Fn(f) => {
                    f.function.params.iter().for_each(|p| pat_names(&p.pat, &mut params));
                    &*f.function
                }
                _ => return None,
            }
        }
        _ => return None,
    };
    let mut u = ParamUse { params, calls: false, sinks: HashSet::default() };
    body.visit_with(&mut u);
    (!u.calls).then_some(u.sinks)
}

/// See [`param_sinks`]. Conservative: a parameter used as a callee, as the object of any method
/// call (`f.apply`, `f.call`, `f.bind`, `p.forEach`), constructed, or passed to anything but a
/// plain identifier's call (spread included) counts as called (shadowing by inner bindings is ignored, which
/// only makes it more so).
struct ParamUse {
    params: HashSet<String>,
    calls: bool,
    sinks: HashSet<String>,
}

impl ParamUse {
    fn is_param(&self, e: &Expr) -> bool {
        matches!(e, Expr::Ident(i) if self.params.contains(&*i.sym))
    }
}

impl Visit for ParamUse {
    fn visit_call_expr(&mut self, c: &CallExpr) {
        if let Callee::Expr(e) = &c.callee {
            match &**e {
                e if self.is_param(e) => self.calls = true,
                Expr::Member(m) if self.is_param(&m.obj) => self.calls = true,
                _ => {}
            }
        }
        for a in &c.args {
            if self.is_param(&a.expr) {
                match &c.callee {
                    Callee::Expr(e) if a.spread.is_none() => match &**e {
                        Expr::Ident(x) => {
                            self.sinks.insert(x.sym.to_string());
                        }
                        _ => self.calls = true,
                    },
                    _ => self.calls = true,
                }
            }
        }
        c.visit_children_with(self);
    }
    fn visit_new_expr(&mut self, n: &NewExpr) {
        if self.is_param(&n.callee) || n.args.iter().flatten().any(|a| self.is_param(&a.expr)) {
            self.calls = true;
        }
        n.visit_children_with(self);
    }
    fn visit_tagged_tpl(&mut self, t: &TaggedTpl) {
        if self.is_param(&t.tag) {
            self.calls = true;
        }
        t.visit_children_with(self);
    }
}

/// `const NAME = { key: value, ... }` with static keys and plain values only.
fn table_literal(d: &Decl) -> Option<(&str, &ObjectLit)> {
    let Decl::Var(v) = d else { return None };
    if v.kind != VarDeclKind::Const || v.decls.len() != 1 {
        return None;
    }
    let Pat::Ident(name) = &v.decls[0].name else { return None };
    let Expr::Object(obj) = &**v.decls[0].init.as_ref()? else { return None };
    let plain = obj.props.iter().all(|p| match p {
        PropOrSpread::Prop(p) => matches!(&**p, Prop::KeyValue(kv) if prop_name(&kv.key).is_some()),
        PropOrSpread::Spread(_) => false,
    });
    plain.then_some((&*name.id.sym, obj))
}

fn prop_name(k: &PropName) -> Option<String> {
    match k {
        PropName::Ident(i) => Some(i.sym.to_string()),
        PropName::Str(s) => Some(s.value.to_string_lossy().to_string()),
        _ => None,
    }
}

/// Whether `name` is used in `module` only as the object of member accesses (`T[k]`, `T.key`),
/// besides its declaration, so the table's entries are reached only through their keys.
fn only_member_uses(module: &Module, name: &str) -> bool {
    struct Uses<'a> {
        name: &'a str,
        other: usize,
    }
    impl Visit for Uses<'_> {
        fn visit_ident(&mut self, i: &Ident) {
            if &*i.sym == self.name {
                self.other += 1;
            }
        }
        fn visit_member_expr(&mut self, m: &MemberExpr) {
            match &*m.obj {
                Expr::Ident(o) if &*o.sym == self.name => m.prop.visit_with(self),
                _ => m.visit_children_with(self),
            }
        }
        fn visit_call_expr(&mut self, c: &CallExpr) {
            // `Object.assign(target, T)`: the entries become properties of the target, which
            // are looked up by the same keys (a class's method table).
            if is_object_assign(&c.callee) {
                c.callee.visit_with(self);
                for (i, a) in c.args.iter().enumerate() {
                    match &*a.expr {
                        Expr::Ident(id) if i > 0 && a.spread.is_none() && &*id.sym == self.name => {}
                        _ => a.visit_with(self),
                    }
                }
                return;
            }
            c.visit_children_with(self);
        }
    }
    let mut u = Uses { name, other: 0 };
    module.visit_with(&mut u);
    u.other == 1
}

fn is_object_assign(c: &Callee) -> bool {
    let Callee::Expr(e) = c else { return false };
    let Expr::Member(m) = &**e else { return false };
    matches!((&*m.obj, &m.prop), (Expr::Ident(o), MemberProp::Ident(p)) if &*o.sym == "Object" && &*p.sym == "assign")
}

fn decl_names(d: &Decl, out: &mut Vec<String>) {
    match d {
        Decl::Fn(f) => out.push(f.ident.sym.to_string()),
        Decl::Class(c) => out.push(c.ident.sym.to_string()),
        Decl::Var(v) => {
            for d in &v.decls {
                let mut c = Collect::default();
                d.name.visit_with(&mut c);
                out.extend(c.idents);
            }
        }
        _ => {}
    }
}

/// What a name resolves to.
enum Fin {
    Item(String, usize),
    Ns(String),
    /// Outside the analyzed files (the core runtime, a JS global).
    Outside,
}

struct Analysis<'a> {
    files: HashMap<String, File>,
    words: &'a BTreeSet<String>,
    dynamic: bool,
    kernels: BTreeSet<String>,
    all_kernels: bool,
    live: HashSet<(String, usize)>,
}

impl Analysis<'_> {
    fn resolve_local(&self, file: &str, name: &str, depth: usize) -> Fin {
        let Some(f) = self.files.get(file) else { return Fin::Outside };
        match f.bindings.get(name) {
            Some(B::Decl(i)) => Fin::Item(file.to_string(), *i),
            Some(B::Import(f2, n)) => self.resolve_export(f2, n, depth + 1),
            Some(B::Ns(f2)) => Fin::Ns(f2.clone()),
            None => Fin::Outside,
        }
    }

    fn resolve_export(&self, file: &str, name: &str, depth: usize) -> Fin {
        if depth > 64 {
            return Fin::Outside;
        }
        let Some(f) = self.files.get(file) else { return Fin::Outside };
        match f.exports.get(name) {
            Some(Ex::Local(l)) => self.resolve_local(file, l, depth + 1),
            Some(Ex::From(f2, n)) => self.resolve_export(f2, n, depth + 1),
            None => {
                for s in &f.star_from {
                    let r = self.resolve_export(s, name, depth + 1);
                    if !matches!(r, Fin::Outside) {
                        return r;
                    }
                }
                Fin::Outside
            }
        }
    }

    /// Export names of `file`, including `export *`.
    fn export_names(&self, file: &str, depth: usize, out: &mut BTreeSet<String>) {
        let Some(f) = self.files.get(file) else { return };
        out.extend(f.exports.keys().cloned());
        if depth < 16 {
            for s in &f.star_from {
                self.export_names(s, depth + 1, out);
            }
        }
    }

    fn run(&mut self, exposed: &[String]) -> Result<(), String> {
        let mut live: HashSet<(String, usize)> = HashSet::default();
        let mut prefixes: BTreeSet<String> = BTreeSet::new();
        let mut gate: BTreeSet<String> = BTreeSet::new();
        let mut table_words: HashSet<String> = HashSet::default();
        let mut stack: Vec<(String, usize)> = vec![];
        let mut done_ns: HashSet<(String, bool)> = HashSet::default();
        let mut ns_queue: Vec<(String, bool)> = exposed.iter().map(|f| (f.clone(), true)).collect();
        // Registrars: functions that store into a top-level binding of their file.
        let mut registrar: HashSet<(String, usize)> = HashSet::default();
        let debug = std::env::var("PYJS_DEBUG_BUNDLE").is_ok_and(|v| v == "3");
        for (path, f) in &self.files {
            for (i, it) in f.items.iter().enumerate() {
                if it.stores.iter().any(|s| f.bindings.contains_key(s) && !it.decls.contains(s)) {
                    if debug {
                        eprintln!("kernels: registrar {path} {:?} stores {:?}", it.decls, it.stores);
                    }
                    registrar.insert((path.clone(), i));
                }
            }
        }
        // Store-only functions: they never call their parameters, and pass them only to
        // store-only functions (`withSig`, which sets `f.$sig`; `ND_SIG`, which calls it): a
        // function literal given to one does not run at load time.
        let mut store_only: HashSet<(String, usize)> = HashSet::default();
        loop {
            let mut grew = false;
            for (path, f) in &self.files {
                for (i, it) in f.items.iter().enumerate() {
                    let Some(sinks) = &it.param_sinks else { continue };
                    if store_only.contains(&(path.clone(), i)) {
                        continue;
                    }
                    let ok = sinks.iter().all(|s| match self.resolve_local(path, s, 0) {
                        Fin::Item(p, j) => store_only.contains(&(p, j)),
                        _ => false,
                    });
                    if ok {
                        store_only.insert((path.clone(), i));
                        grew = true;
                    }
                }
            }
            if !grew {
                break;
            }
        }
        for (path, f) in &self.files {
            for (i, it) in f.items.iter().enumerate() {
                let is_registrar = |c: &String| match self.resolve_local(path, c, 0) {
                    Fin::Item(p, j) => registrar.contains(&(p, j)),
                    _ => false,
                };
                let deferred_runs = it.deferred.as_ref().is_some_and(|(x, cs)| {
                    let stores_only = match self.resolve_local(path, x, 0) {
                        Fin::Item(p, j) => store_only.contains(&(p, j)),
                        _ => false,
                    };
                    !stores_only && cs.iter().any(is_registrar)
                });
                let registers = deferred_runs || it.callees.iter().any(is_registrar);
                if it.always || registers {
                    if debug {
                        eprintln!("kernels: root {path} {:?} (always: {})", it.decls, it.always);
                    }
                    stack.push((path.clone(), i));
                }
            }
        }
        loop {
            while let Some((path, i)) = stack.pop() {
                if !live.insert((path.clone(), i)) {
                    continue;
                }
                let it = &self.files[&path].items[i];
                for (o, p) in &it.members {
                    match self.resolve_local(&path, o, 0) {
                        Fin::Ns(f2) if f2 == KERNEL_NS => {
                            self.kernels.insert(p.clone());
                        }
                        Fin::Ns(f2) => match self.resolve_export(&f2, p, 0) {
                            Fin::Item(f3, j) => stack.push((f3, j)),
                            Fin::Ns(f3) => ns_queue.push((f3, false)),
                            Fin::Outside => {}
                        },
                        Fin::Item(f2, j) => stack.push((f2, j)),
                        Fin::Outside => {}
                    }
                }
                for (o, prefix) in &it.prefixed {
                    match self.resolve_local(&path, o, 0) {
                        Fin::Ns(f2) if f2 == KERNEL_NS => {
                            prefixes.insert(prefix.clone());
                        }
                        Fin::Item(f2, j) => stack.push((f2, j)),
                        Fin::Ns(f2) => ns_queue.push((f2, false)),
                        Fin::Outside => {}
                    }
                }
                // The traceback printer is core code loaded lazily: like the core's, its words
                // name no NumPy table entry or kernel (it only handles exceptions and frames).
                if path != crate::bundle::LAZY_TRACEBACK {
                    table_words.extend(it.strs.iter().cloned());
                    // Names a kernel family can be completed with (`K["reduce_" + name]`).
                    gate.extend(it.call_strs.iter().cloned());
                    gate.extend(it.members.iter().map(|(_, p)| p.clone()));
                }
                for n in &it.idents {
                    match self.resolve_local(&path, n, 0) {
                        Fin::Item(f2, j) => stack.push((f2, j)),
                        Fin::Ns(f2) => ns_queue.push((f2, false)),
                        Fin::Outside => {}
                    }
                }
            }
            // A live table's entry ships when its key can be looked up: a word of the program,
            // or a string literal or property name of live shim code.
            for (path, f) in &self.files {
                for (i, it) in f.items.iter().enumerate() {
                    let Some(entries) = &it.table else { continue };
                    if !live.contains(&(path.clone(), i)) {
                        continue;
                    }
                    for (key, e) in entries {
                        if !live.contains(&(path.clone(), *e))
                            && (self.dynamic
                                || self.words.contains(key)
                                || gate.contains(key)
                                || table_words.contains(key))
                        {
                            stack.push((path.clone(), *e));
                        }
                    }
                }
            }
            if !stack.is_empty() {
                continue;
            }
            let Some((file, python)) = ns_queue.pop() else { break };
            if !done_ns.insert((file.clone(), python)) {
                continue;
            }
            if file == KERNEL_NS {
                if python {
                    for w in self.words.iter() {
                        self.kernels.insert(w.clone());
                    }
                    if self.dynamic {
                        self.all_kernels = true;
                    }
                } else {
                    self.all_kernels = true;
                }
                continue;
            }
            let mut names = BTreeSet::new();
            self.export_names(&file, 0, &mut names);
            for n in names {
                if python && !(self.dynamic || n.starts_with("__") || self.words.contains(&n)) {
                    continue;
                }
                match self.resolve_export(&file, &n, 0) {
                    Fin::Item(f2, j) => stack.push((f2, j)),
                    // A namespace exported as an attribute of a module object is a module
                    // object; one JS code takes whole may be used any way.
                    Fin::Ns(f2) => ns_queue.push((f2, python)),
                    Fin::Outside => {}
                }
            }
        }
        self.live.extend(live);
        // A kernel family reached as `K["prefix" + name]` keeps the kernels whose name ends in
        // a word of the program or a literal call argument or property name of the shipped
        // shim code: the shims build such names only from those (stdlib-shims/CONTRACT.md).
        if !prefixes.is_empty() && self.dynamic {
            self.all_kernels = true;
        }
        for p in &prefixes {
            for w in gate.iter().chain(self.words.iter()) {
                self.kernels.insert(format!("{p}{w}"));
            }
        }
        Ok(())
    }

    /// Whether `export`/`import` of `name` in `file` still names something that ships.
    fn ships(&self, fin: Fin) -> bool {
        match fin {
            Fin::Item(f, i) => self.live.contains(&(f, i)),
            _ => true,
        }
    }
}

/// What to cut from one runtime file: dead top-level items (indices into the module body)
/// and dead specifiers of kept import/export declarations (body index, specifier index).
#[derive(Default, Debug)]
pub struct Cuts {
    pub items: HashSet<usize>,
    pub specs: HashSet<(usize, usize)>,
    /// Dead entries of kept tables: (body index, property index).
    pub props: HashSet<(usize, usize)>,
}

/// The analysis' result: the kernels the program can call (None: all) and, per analyzed
/// file, what is unreachable from the program (the shims' tree-shaking).
pub struct Shake {
    pub kernels: Option<BTreeSet<String>>,
    pub cuts: HashMap<String, Cuts>,
}

fn cuts_of(a: &Analysis, path: &str, module: &Module) -> Cuts {
    let mut c = Cuts::default();
    let f = &a.files[path];
    // Names the kept code of this file mentions (imports stay only for those).
    let mut used: HashSet<String> = HashSet::default();
    for (i, it) in f.items.iter().enumerate() {
        if a.live.contains(&(path.to_string(), i)) {
            used.extend(it.idents.iter().cloned());
            used.extend(it.members.iter().map(|(o, _)| o.clone()));
            used.extend(it.prefixed.iter().map(|(o, _)| o.clone()));
        }
    }
    let mut item = 0usize;
    // First the exports (they keep imports alive), then the imports.
    for (bi, m) in module.body.iter().enumerate() {
        match m {
            ModuleItem::ModuleDecl(ModuleDecl::Import(_)) | ModuleItem::ModuleDecl(ModuleDecl::ExportAll(_)) => {}
            ModuleItem::ModuleDecl(ModuleDecl::ExportNamed(ne)) => {
                for (si, spec) in ne.specifiers.iter().enumerate() {
                    let ExportSpecifier::Named(n) = spec else { continue };
                    let local = export_name(&n.orig);
                    let exported = n.exported.as_ref().map_or_else(|| local.clone(), export_name);
                    if a.ships(a.resolve_export(path, &exported, 0)) {
                        if ne.src.is_none() {
                            used.insert(local);
                        }
                    } else {
                        c.specs.insert((bi, si));
                    }
                }
            }
            _ => {
                if !a.live.contains(&(path.to_string(), item)) {
                    c.items.insert(bi);
                } else if let Some(entries) = &f.items[item].table {
                    for (j, (_, e)) in entries.iter().enumerate() {
                        if !a.live.contains(&(path.to_string(), *e)) {
                            c.props.insert((bi, j));
                        }
                    }
                }
                item += 1;
            }
        }
    }
    for (bi, m) in module.body.iter().enumerate() {
        if let ModuleItem::ModuleDecl(ModuleDecl::Import(imp)) = m {
            for (si, spec) in imp.specifiers.iter().enumerate() {
                let local = match spec {
                    ImportSpecifier::Named(n) => &n.local.sym,
                    ImportSpecifier::Namespace(n) => &n.local.sym,
                    ImportSpecifier::Default(n) => &n.local.sym,
                };
                if !used.contains(&**local) {
                    c.specs.insert((bi, si));
                }
            }
        }
    }
    c
}

/// Remove what `cuts` lists from `module`. An import left without specifiers stays as a
/// side-effect import (module evaluation order is kept); an export list left empty goes.
pub fn apply_cuts(module: &mut Module, cuts: &Cuts) {
    let body = std::mem::take(&mut module.body);
    for (bi, mut m) in body.into_iter().enumerate() {
        if cuts.items.contains(&bi) {
            continue;
        }
        match &mut m {
            ModuleItem::ModuleDecl(ModuleDecl::Import(imp)) => {
                let specs = std::mem::take(&mut imp.specifiers);
                imp.specifiers = specs
                    .into_iter()
                    .enumerate()
                    .filter(|(si, _)| !cuts.specs.contains(&(bi, *si)))
                    .map(|(_, s)| s)
                    .collect();
            }
            ModuleItem::Stmt(Stmt::Decl(Decl::Var(v))) if cuts.props.iter().any(|(b, _)| *b == bi) => {
                if let Some(Expr::Object(obj)) = v.decls.get_mut(0).and_then(|d| d.init.as_deref_mut()) {
                    let props = std::mem::take(&mut obj.props);
                    obj.props = props
                        .into_iter()
                        .enumerate()
                        .filter(|(j, _)| !cuts.props.contains(&(bi, *j)))
                        .map(|(_, p)| p)
                        .collect();
                }
            }
            ModuleItem::ModuleDecl(ModuleDecl::ExportNamed(ne)) => {
                let had = !ne.specifiers.is_empty();
                let specs = std::mem::take(&mut ne.specifiers);
                ne.specifiers = specs
                    .into_iter()
                    .enumerate()
                    .filter(|(si, _)| !cuts.specs.contains(&(bi, *si)))
                    .map(|(_, s)| s)
                    .collect();
                if had && ne.specifiers.is_empty() {
                    continue;
                }
            }
            _ => {}
        }
        module.body.push(m);
    }
}

/// The kernel names (exports of `numpy/_kernels.mjs`) the program can call, or None for
/// all of them. `files` are the program's non-core runtime files (parsed), `exposed` the
/// ones it imports as modules.
pub fn live_kernels(
    files: &[(&str, &Module)],
    exposed: &[String],
    words: &BTreeSet<String>,
    dynamic: bool,
) -> Result<Option<BTreeSet<String>>, String> {
    Ok(shake(files, exposed, words, dynamic)?.kernels)
}

/// [`live_kernels`] and the tree-shaking of the analyzed files (every one but the kernels'
/// glue, which [`glue_cuts`] handles).
pub fn shake(
    files: &[(&str, &Module)],
    exposed: &[String],
    words: &BTreeSet<String>,
    dynamic: bool,
) -> Result<Shake, String> {
    shake_cached(files, exposed, words, dynamic, &mut LoadCache::default())
}

/// [`shake`], reusing (and refilling) `cache`: only sound when each file of `files` has the
/// same top-level statements, imports and re-exports aside, as when `cache` was filled.
pub fn shake_cached(
    files: &[(&str, &Module)],
    exposed: &[String],
    words: &BTreeSet<String>,
    dynamic: bool,
    cache: &mut LoadCache,
) -> Result<Shake, String> {
    let mut a = Analysis {
        files: HashMap::default(),
        words,
        dynamic,
        kernels: BTreeSet::new(),
        all_kernels: false,
        live: HashSet::default(),
    };
    for (p, m) in files {
        if *p == GLUE {
            continue;
        }
        a.files.insert(p.to_string(), load(p, m, cache)?);
    }
    a.run(exposed)?;
    let mut cuts = HashMap::default();
    for (p, m) in files {
        if *p != GLUE {
            cuts.insert(p.to_string(), cuts_of(&a, p, m));
        }
    }
    for (p, f) in a.files.drain() {
        cache.0.insert(p, (f.n_stmts, f.items, f.decl_bindings));
    }
    Ok(Shake { kernels: if a.all_kernels { None } else { Some(a.kernels) }, cuts })
}

/// The kernels' glue without the exported functions of kernels `dead` names.
pub fn glue_cuts(module: &Module, dead: &dyn Fn(&str) -> bool) -> Cuts {
    let mut c = Cuts::default();
    for (bi, m) in module.body.iter().enumerate() {
        if let ModuleItem::ModuleDecl(ModuleDecl::ExportDecl(ExportDecl { decl: Decl::Fn(f), .. })) = m {
            if dead(&f.ident.sym) {
                c.items.insert(bi);
            }
        }
    }
    c
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shipped(src: &str, words: &[&str]) -> Vec<String> {
        let m = bundle::parse_file("numpy.mjs", src).unwrap();
        let words: BTreeSet<String> = words.iter().map(|w| w.to_string()).collect();
        let s = shake(&[("numpy.mjs", &m)], &["numpy.mjs".to_string()], &words, false).unwrap();
        let mut m = m;
        apply_cuts(&mut m, &s.cuts["numpy.mjs"]);
        let mut c = Collect::default();
        m.visit_with(&mut c);
        let mut v: Vec<String> = c.idents.into_iter().collect();
        v.sort();
        v
    }

    #[test]
    fn a_store_to_a_shadowing_local_is_no_registration() {
        let src = "export const shape = (a) => a;\n\
            function helper(xs) { let shape = []; for (const x of xs) shape = x; return shape; }\n\
            export const unused = wrap(() => helper([]));\n\
            function wrap(f) { return f; }\n\
            let TABLE = null;\n\
            function register(x) { TABLE = x; return x; }\n\
            export const registered = register(1);\n";
        let kept = shipped(src, &[]);
        assert!(!kept.contains(&"unused".to_string()) && !kept.contains(&"helper".to_string()), "{kept:?}");
        assert!(kept.contains(&"registered".to_string()), "{kept:?}");
        assert!(shipped(src, &["unused"]).contains(&"helper".to_string()));
    }

    #[test]
    fn object_assign_tables_ship_per_entry() {
        let src = "const things_methods = { alpha: () => reduceK(\"alpha\"), beta: () => 2 };\n\
            function reduceK(n) { return K[\"reduce_\" + n]; }\n\
            export const Thing = mk((C) => { Object.assign(C, things_methods); });\n\
            function mk(f) { const C = {}; f(C); return C; }\n";
        let kept = shipped(src, &["Thing", "beta"]);
        assert!(!kept.contains(&"reduceK".to_string()), "{kept:?}");
        let kept = shipped(src, &["Thing", "alpha"]);
        assert!(kept.contains(&"reduceK".to_string()), "{kept:?}");
    }
}
