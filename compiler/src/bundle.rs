//! Per-program tree-shaking of the runtime, at the level of top-level declarations
//! (esbuild/rollup style "scope hoisting").
//!
//! The core runtime (`builtins.mjs` and every file it imports: `rt/*.mjs`) is parsed with swc,
//! split into top-level items, and only the items reachable from what the program imports are
//! concatenated, in ES module evaluation order, into one module written as `pyjs/builtins.mjs`
//! (so generated code and the stdlib shims keep importing `./builtins.mjs` by name).
//!
//! - A declaration (`function`, `class`, each declarator of `const`/`let`/`var`) is a node;
//!   its edges are the top-level names it mentions, followed through `import`s, re-exports and
//!   `ns.name` accesses on `import * as ns`.
//! - A top-level statement that is not a declaration (`X.prototype.f = ...`,
//!   `Object.assign(X, {...})`, `TABLE.set(K, v)`, loops...) is kept when its *anchors* are
//!   kept: the roots of assignment targets, or the receiver and first argument of a call;
//!   any other statement is kept when anything it mentions is kept, and a statement that
//!   mentions no top-level name is always kept. A kept statement then pulls in what it uses.
//! - Top-level names that collide across the bundled files (or with an identifier another
//!   file uses) are renamed; every occurrence of that name in its file is renamed, which is a
//!   consistent alpha-renaming even where inner scopes shadow it.
//!
//! Stdlib shims (`math.mjs`, ...) stay separate files, since a Python module object is their
//! ES module namespace; their imports of the core are redirected to the bundle. Files that use
//! `import.meta` (a wasm loader finding its `.wasm`) are never bundled. If anything here fails
//! (a construct the bundler does not model), the driver ships the runtime files unchanged.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use swc_common::{sync::Lrc, FileName, SourceMap, Spanned, DUMMY_SP};
use swc_ecma_ast::*;
use swc_ecma_codegen::{text_writer::JsWriter, Config, Emitter};
use swc_ecma_parser::{lexer::Lexer, EsSyntax, Parser, StringInput, Syntax};
use swc_ecma_visit::{Visit, VisitMut, VisitMutWith, VisitWith};

use crate::runtime;

/// The entry of the core runtime, and the name the bundle is written under.
pub const CORE: &str = "builtins.mjs";

/// What the program asks of the runtime.
#[derive(Default, Debug)]
pub struct Requests {
    /// Names generated code imports from `builtins.mjs`.
    pub names: BTreeSet<String>,
    /// Runtime files generated code imports as namespaces (stdlib shims).
    pub shims: BTreeSet<String>,
}

/// Collect the names `items` import from `src` (the generated module's path of builtins.mjs).
pub fn collect_imports(items: &[ModuleItem], src: &str, out: &mut BTreeSet<String>) {
    for item in items {
        let ModuleItem::ModuleDecl(ModuleDecl::Import(imp)) = item else { continue };
        if imp.src.value.as_str() != Some(src) {
            continue;
        }
        for spec in &imp.specifiers {
            if let ImportSpecifier::Named(n) = spec {
                out.insert(n.imported.as_ref().map_or_else(|| n.local.sym.to_string(), export_name));
            }
        }
    }
}

fn export_name(n: &ModuleExportName) -> String {
    match n {
        ModuleExportName::Ident(i) => i.sym.to_string(),
        ModuleExportName::Str(s) => s.value.to_string_lossy().to_string(),
    }
}

/// The files to write under `pyjs/`: path → contents.
pub type Files = BTreeMap<String, Vec<u8>>;

/// Every runtime file the program needs, unchanged (the fallback, and the behaviour before
/// tree-shaking).
pub fn unbundled(req: &Requests) -> Files {
    let mut roots = vec![CORE.to_string()];
    roots.extend(req.shims.iter().cloned());
    runtime::closure(&roots).into_iter().filter_map(|p| runtime::file(&p).map(|b| (p, b.to_vec()))).collect()
}

/// The tree-shaken runtime for `req`.
pub fn bundle(req: &Requests) -> Result<Files, String> {
    let core_files: Vec<String> = runtime::closure(&[CORE.to_string()])
        .into_iter()
        .filter(|p| p.ends_with(".mjs") && !text(p).contains("import.meta"))
        .collect();
    let cm: Lrc<SourceMap> = Default::default();
    let mut b = Bundler { cm: cm.clone(), mods: vec![], index: HashMap::new() };
    for path in &core_files {
        let module = parse(&cm, path, &text(path))?;
        b.add(path, module)?;
    }
    if !b.index.contains_key(CORE) {
        return Err("no builtins.mjs".into());
    }

    // Requests: generated code, then the unbundled runtime files (shims) that import the core.
    let mut wanted: Vec<(String, String)> = req.names.iter().map(|n| (CORE.to_string(), n.clone())).collect();
    let mut facades: BTreeSet<String> = BTreeSet::new();
    let mut roots = vec![CORE.to_string()];
    roots.extend(req.shims.iter().cloned());
    let others: Vec<String> =
        runtime::closure(&roots).into_iter().filter(|p| !b.index.contains_key(p.as_str())).collect();
    let mut rewrites: Vec<(String, String, Vec<Rewrite>)> = vec![];
    for shim in &req.shims {
        if b.index.contains_key(shim.as_str()) {
            facades.insert(shim.clone());
        }
    }
    for path in &others {
        if !path.ends_with(".mjs") {
            continue;
        }
        let src = text(path);
        let (rw, w, f) = b.scan_importer(&cm, path, &src)?;
        wanted.extend(w);
        facades.extend(f);
        rewrites.push((path.clone(), src, rw));
    }
    for f in &facades {
        if f != CORE {
            for name in b.mods[b.index[f.as_str()]].export_names(&b) {
                wanted.push((f.clone(), name));
            }
        } else {
            for name in b.mods[b.index[CORE]].export_names(&b) {
                wanted.push((CORE.to_string(), name));
            }
        }
    }

    // Shake.
    let mut roots_t = vec![];
    for (file, name) in &wanted {
        let t = b.resolve_export(file, name, 0).ok_or_else(|| format!("{file} does not export {name}"))?;
        roots_t.push(t);
    }
    let kept = b.shake(&roots_t)?;

    // Names, output. Requests into builtins.mjs keep their names; others (a shim importing
    // `./rt/x.mjs` directly) get a name no other export uses.
    let finals = b.final_names(&kept);
    let mut out = Files::new();
    let mut exported: BTreeMap<String, (usize, String)> = BTreeMap::new();
    let mut export_of: HashMap<String, String> = HashMap::new();
    let core_exports = b.mods[b.index[CORE]].export_names(&b);
    let mut ordered = wanted.clone();
    ordered.sort_by_key(|(f, _)| f != CORE);
    for (file, name) in &ordered {
        let t = b.export_local(file, name, 0).ok_or_else(|| format!("{file} does not export {name}"))?;
        let mut e = name.clone();
        let mut k = 1;
        while exported.get(&e).is_some_and(|u| *u != t)
            || (file != CORE && core_exports.contains(&e) && exported.get(&e) != Some(&t))
        {
            k += 1;
            e = format!("{name}${k}");
        }
        exported.insert(e.clone(), t);
        export_of.insert(format!("{file}\0{name}"), e);
    }
    let code = b.emit(&kept, &finals, &exported)?;
    out.insert(CORE.to_string(), code.into_bytes());
    let lookup = |file: &str, name: &str| -> Option<String> { export_of.get(&format!("{file}\0{name}")).cloned() };
    for f in &facades {
        if f == CORE {
            continue;
        }
        let mut specs = vec![];
        for name in b.mods[b.index[f.as_str()]].export_names(&b) {
            let e = lookup(f, &name).ok_or("facade export")?;
            specs.push(if e == name { e } else { format!("{e} as {name}") });
        }
        let code = format!("export {{ {} }} from \"{}{CORE}\";\n", specs.join(", "), up(f));
        out.insert(f.clone(), code.into_bytes());
    }
    for (path, src, rws) in rewrites {
        let mut code = String::with_capacity(src.len());
        let mut at = 0;
        for rw in &rws {
            code.push_str(&src[at..rw.lo]);
            let mut specs = vec![];
            for (name, local) in &rw.specs {
                let e = lookup(&rw.file, name).ok_or("rewrite export")?;
                specs.push(if &e == local { e } else { format!("{e} as {local}") });
            }
            let kw = if rw.export { "export" } else { "import" };
            code.push_str(&format!("{kw} {{ {} }} from \"{}{CORE}\";", specs.join(", "), up(&path)));
            at = rw.hi;
        }
        code.push_str(&src[at..]);
        out.insert(path, code.into_bytes());
    }
    for path in others {
        if !out.contains_key(&path) {
            if let Some(bytes) = runtime::file(&path) {
                out.insert(path, bytes.to_vec());
            }
        }
    }
    Ok(out)
}

fn text(path: &str) -> String {
    String::from_utf8_lossy(runtime::file(path).unwrap_or_default()).into_owned()
}

/// `./` or `../..` from the folder of `path` to the runtime root.
fn up(path: &str) -> String {
    let depth = path.matches('/').count();
    if depth == 0 {
        "./".into()
    } else {
        "../".repeat(depth)
    }
}

fn join(from: &str, spec: &str) -> Option<String> {
    if !spec.starts_with("./") && !spec.starts_with("../") {
        return None;
    }
    let mut parts: Vec<&str> = from.split('/').collect();
    parts.pop();
    for seg in spec.split('/') {
        match seg {
            "." => {}
            ".." => {
                parts.pop()?;
            }
            s => parts.push(s),
        }
    }
    Some(parts.join("/"))
}

fn parse(cm: &Lrc<SourceMap>, path: &str, src: &str) -> Result<Module, String> {
    let fm = cm.new_source_file(Lrc::new(FileName::Custom(path.to_string())), src.to_string());
    let lexer = Lexer::new(Syntax::Es(EsSyntax::default()), EsVersion::latest(), StringInput::from(&*fm), None);
    let mut parser = Parser::new_from(lexer);
    let m = parser.parse_module().map_err(|e| format!("{path}: {:?}", e.kind()))?;
    if let Some(e) = parser.take_errors().into_iter().next() {
        return Err(format!("{path}: {:?}", e.kind()));
    }
    Ok(m)
}

/// A top-level binding: the module and its local name there.
type Target = (usize, usize);

enum Binding {
    /// Declared by item `n` of the module.
    Decl(usize),
    Import {
        file: String,
        name: String,
    },
    Namespace(String),
}

enum Export {
    Local(String),
    From { file: String, name: String },
}

/// What an item mentions.
#[derive(Default)]
struct Refs {
    names: HashSet<String>,
    /// `ns.name` on a namespace import.
    members: Vec<(String, String)>,
    /// Namespaces used other than as `ns.name`.
    whole: HashSet<String>,
    /// Every identifier (for renaming).
    all: HashSet<String>,
}

struct RefCollector<'a> {
    ns: &'a HashSet<String>,
    refs: Refs,
}

fn static_member(m: &MemberExpr) -> Option<(&str, String)> {
    let Expr::Ident(o) = &*m.obj else { return None };
    let name = match &m.prop {
        MemberProp::Ident(p) => p.sym.to_string(),
        MemberProp::Computed(c) => match &*c.expr {
            Expr::Lit(Lit::Str(s)) => s.value.as_str()?.to_string(),
            _ => return None,
        },
        _ => return None,
    };
    Some((&o.sym, name))
}

impl Visit for RefCollector<'_> {
    fn visit_ident(&mut self, i: &Ident) {
        let s = i.sym.to_string();
        if self.ns.contains(&s) {
            self.refs.whole.insert(s.clone());
        } else {
            self.refs.names.insert(s.clone());
        }
        self.refs.all.insert(s);
    }
    fn visit_member_expr(&mut self, m: &MemberExpr) {
        if let Some((o, name)) = static_member(m) {
            if self.ns.contains(o) {
                self.refs.all.insert(o.to_string());
                self.refs.members.push((o.to_string(), name));
                return;
            }
        }
        m.visit_children_with(self);
    }
}

/// A reference from an anchor: a name, or `ns.name`.
#[derive(Clone)]
enum Anchor {
    Name(String),
    Member(String, String),
}

struct Item {
    stmt: Stmt,
    /// Names declared (empty for statements).
    decls: Vec<String>,
    refs: Refs,
    /// For statements: groups of anchors; kept when each group has a kept anchor.
    anchors: Vec<Vec<Anchor>>,
    is_decl: bool,
    /// For declarations whose initializer calls a function of this file that stores into a
    /// top-level table (`const E = osClass(...)` filling `ERRNO_CLASSES`): those tables. The
    /// declaration is also kept when one of them is, since lookups there can reach it.
    registers: Vec<String>,
    /// For function declarations: the top-level names the body stores into (`T[k] = v`,
    /// `T.x = v`, `T.set(k, v)`).
    stores: HashSet<String>,
}

struct Mod {
    path: String,
    items: Vec<Item>,
    bindings: HashMap<String, Binding>,
    exports: HashMap<String, Export>,
    star_from: Vec<String>,
    /// Files imported, in order (for evaluation order).
    deps: Vec<String>,
    /// Node index of the first item.
    base: usize,
}

impl Mod {
    fn export_names(&self, b: &Bundler) -> Vec<String> {
        let mut out: Vec<String> = self.exports.keys().cloned().collect();
        for f in &self.star_from {
            if let Some(&i) = b.index.get(f.as_str()) {
                out.extend(b.mods[i].export_names(b).into_iter().filter(|n| n != "default"));
            }
        }
        out.sort();
        out.dedup();
        out
    }
}

struct Rewrite {
    lo: usize,
    hi: usize,
    export: bool,
    file: String,
    /// (exported name, local name)
    specs: Vec<(String, String)>,
}

struct Bundler {
    cm: Lrc<SourceMap>,
    mods: Vec<Mod>,
    index: HashMap<String, usize>,
}

fn pat_names(p: &Pat, out: &mut Vec<String>) {
    match p {
        Pat::Ident(i) => out.push(i.id.sym.to_string()),
        Pat::Array(a) => a.elems.iter().flatten().for_each(|e| pat_names(e, out)),
        Pat::Object(o) => {
            for prop in &o.props {
                match prop {
                    ObjectPatProp::KeyValue(kv) => pat_names(&kv.value, out),
                    ObjectPatProp::Assign(a) => out.push(a.key.id.sym.to_string()),
                    ObjectPatProp::Rest(r) => pat_names(&r.arg, out),
                }
            }
        }
        Pat::Rest(r) => pat_names(&r.arg, out),
        Pat::Assign(a) => pat_names(&a.left, out),
        _ => {}
    }
}

/// The identifier an assignment target or member chain is rooted at.
fn root(e: &Expr, ns: &HashSet<String>) -> Option<Anchor> {
    match e {
        Expr::Ident(i) => Some(Anchor::Name(i.sym.to_string())),
        Expr::Paren(p) => root(&p.expr, ns),
        Expr::Member(m) => {
            if let Some((o, name)) = static_member(m) {
                if ns.contains(o) {
                    return Some(Anchor::Member(o.to_string(), name));
                }
            }
            root(&m.obj, ns)
        }
        _ => None,
    }
}

fn target_root(t: &AssignTarget, ns: &HashSet<String>) -> Option<Anchor> {
    match t {
        AssignTarget::Simple(SimpleAssignTarget::Ident(i)) => Some(Anchor::Name(i.id.sym.to_string())),
        AssignTarget::Simple(SimpleAssignTarget::Member(m)) => root(&Expr::Member(m.clone()), ns),
        _ => None,
    }
}

/// Anchor groups of a top-level statement; `None` when it is anchored on everything it mentions.
fn stmt_anchors(s: &Stmt, ns: &HashSet<String>) -> Option<Vec<Vec<Anchor>>> {
    let Stmt::Expr(e) = s else { return None };
    let mut e = &*e.expr;
    while let Expr::Paren(p) = e {
        e = &p.expr;
    }
    match e {
        Expr::Assign(_) => {
            let mut group = vec![];
            let mut cur = e;
            while let Expr::Assign(a) = cur {
                group.push(target_root(&a.left, ns)?);
                cur = &a.right;
            }
            Some(vec![group])
        }
        Expr::Call(c) => {
            let Callee::Expr(callee) = &c.callee else { return None };
            let mut groups = vec![];
            if let Expr::Member(m) = &**callee {
                if let Some(r) = root(&m.obj, ns) {
                    groups.push(vec![r]);
                }
            } else if !matches!(&**callee, Expr::Ident(_)) {
                return None;
            }
            if let Some(first) = c.args.first() {
                if first.spread.is_none() {
                    if let Some(r) = root(&first.expr, ns) {
                        groups.push(vec![r]);
                    }
                }
            }
            Some(groups)
        }
        _ => None,
    }
}

/// Finds the roots of stored-into member targets in a function body, and (for initializers)
/// the functions called outside nested functions.
struct StoreCollector<'a> {
    stores: &'a mut HashSet<String>,
    calls: Option<&'a mut HashSet<String>>,
    depth: usize,
}

fn member_root(e: &Expr) -> Option<String> {
    match e {
        Expr::Ident(i) => Some(i.sym.to_string()),
        Expr::Member(m) => member_root(&m.obj),
        Expr::Paren(p) => member_root(&p.expr),
        _ => None,
    }
}

impl Visit for StoreCollector<'_> {
    fn visit_assign_expr(&mut self, a: &AssignExpr) {
        if let AssignTarget::Simple(SimpleAssignTarget::Member(m)) = &a.left {
            if let Some(r) = member_root(&m.obj) {
                self.stores.insert(r);
            }
        }
        a.visit_children_with(self);
    }
    fn visit_call_expr(&mut self, c: &CallExpr) {
        if let Callee::Expr(e) = &c.callee {
            match &**e {
                Expr::Member(m) => {
                    if let MemberProp::Ident(p) = &m.prop {
                        if matches!(&*p.sym, "set" | "add" | "push" | "unshift") {
                            if let Some(r) = member_root(&m.obj) {
                                self.stores.insert(r);
                            }
                        }
                    }
                }
                Expr::Ident(i) if self.depth == 0 => {
                    if let Some(calls) = self.calls.as_deref_mut() {
                        calls.insert(i.sym.to_string());
                    }
                }
                _ => {}
            }
        }
        c.visit_children_with(self);
    }
    fn visit_function(&mut self, f: &Function) {
        self.depth += 1;
        f.visit_children_with(self);
        self.depth -= 1;
    }
    fn visit_arrow_expr(&mut self, f: &ArrowExpr) {
        self.depth += 1;
        f.visit_children_with(self);
        self.depth -= 1;
    }
}

struct Shaken {
    kept: Vec<bool>,
}

impl Bundler {
    fn add(&mut self, path: &str, module: Module) -> Result<(), String> {
        let mut m = Mod {
            path: path.to_string(),
            items: vec![],
            bindings: HashMap::new(),
            exports: HashMap::new(),
            star_from: vec![],
            deps: vec![],
            base: self.mods.iter().map(|m| m.items.len()).sum(),
        };
        let resolve = |spec: &Str| -> Result<String, String> {
            let s = spec.value.to_string_lossy().to_string();
            join(path, &s).ok_or_else(|| format!("{path}: import of {s}"))
        };
        let mut stmts: Vec<(Stmt, bool)> = vec![];
        for item in module.body {
            match item {
                ModuleItem::ModuleDecl(ModuleDecl::Import(imp)) => {
                    let file = resolve(&imp.src)?;
                    m.deps.push(file.clone());
                    for spec in &imp.specifiers {
                        match spec {
                            ImportSpecifier::Named(n) => {
                                let name = n.imported.as_ref().map_or_else(|| n.local.sym.to_string(), export_name);
                                m.bindings
                                    .insert(n.local.sym.to_string(), Binding::Import { file: file.clone(), name });
                            }
                            ImportSpecifier::Namespace(n) => {
                                m.bindings.insert(n.local.sym.to_string(), Binding::Namespace(file.clone()));
                            }
                            ImportSpecifier::Default(_) => return Err(format!("{path}: default import")),
                        }
                    }
                }
                ModuleItem::ModuleDecl(ModuleDecl::ExportNamed(ne)) => {
                    let from = ne.src.as_ref().map(|s| resolve(s)).transpose()?;
                    if let Some(f) = &from {
                        m.deps.push(f.clone());
                    }
                    for spec in &ne.specifiers {
                        let ExportSpecifier::Named(n) = spec else {
                            return Err(format!("{path}: export specifier"));
                        };
                        let local = export_name(&n.orig);
                        let exported = n.exported.as_ref().map_or_else(|| local.clone(), export_name);
                        let e = match &from {
                            Some(f) => Export::From { file: f.clone(), name: local },
                            None => Export::Local(local),
                        };
                        m.exports.insert(exported, e);
                    }
                }
                ModuleItem::ModuleDecl(ModuleDecl::ExportAll(ea)) => {
                    let f = resolve(&ea.src)?;
                    m.deps.push(f.clone());
                    m.star_from.push(f);
                }
                ModuleItem::ModuleDecl(ModuleDecl::ExportDecl(ed)) => {
                    let mut names = vec![];
                    match &ed.decl {
                        Decl::Fn(f) => names.push(f.ident.sym.to_string()),
                        Decl::Class(c) => names.push(c.ident.sym.to_string()),
                        Decl::Var(v) => v.decls.iter().for_each(|d| pat_names(&d.name, &mut names)),
                        _ => return Err(format!("{path}: export declaration")),
                    }
                    for n in names {
                        m.exports.insert(n.clone(), Export::Local(n));
                    }
                    stmts.push((Stmt::Decl(ed.decl), true));
                }
                ModuleItem::ModuleDecl(_) => return Err(format!("{path}: unsupported module item")),
                ModuleItem::Stmt(s) => stmts.push((s, false)),
            }
        }
        let ns: HashSet<String> =
            m.bindings.iter().filter(|(_, b)| matches!(b, Binding::Namespace(_))).map(|(k, _)| k.clone()).collect();
        // Split multi-declarator `var` statements so each declarator is its own node.
        let mut split = vec![];
        for (s, _) in stmts {
            match s {
                Stmt::Decl(Decl::Var(v)) if v.decls.len() > 1 => {
                    for d in v.decls.iter() {
                        split.push(Stmt::Decl(Decl::Var(Box::new(VarDecl { decls: vec![d.clone()], ..(*v).clone() }))));
                    }
                }
                s => split.push(s),
            }
        }
        for stmt in split {
            let mut decls = vec![];
            let is_decl = match &stmt {
                Stmt::Decl(Decl::Fn(f)) => {
                    decls.push(f.ident.sym.to_string());
                    true
                }
                Stmt::Decl(Decl::Class(c)) => {
                    decls.push(c.ident.sym.to_string());
                    true
                }
                Stmt::Decl(Decl::Var(v)) => {
                    v.decls.iter().for_each(|d| pat_names(&d.name, &mut decls));
                    true
                }
                Stmt::Decl(_) => return Err(format!("{path}: declaration kind")),
                _ => false,
            };
            let mut c = RefCollector { ns: &ns, refs: Refs::default() };
            stmt.visit_with(&mut c);
            let anchors = if is_decl {
                vec![]
            } else {
                match stmt_anchors(&stmt, &ns) {
                    Some(g) => g,
                    None => {
                        let mut g: Vec<Anchor> = c.refs.names.iter().map(|n| Anchor::Name(n.clone())).collect();
                        g.extend(c.refs.members.iter().map(|(a, b)| Anchor::Member(a.clone(), b.clone())));
                        g.extend(c.refs.whole.iter().map(|n| Anchor::Name(n.clone())));
                        vec![g]
                    }
                }
            };
            let mut stores = HashSet::new();
            let mut calls = HashSet::new();
            if let Stmt::Decl(Decl::Fn(f)) = &stmt {
                let mut sc = StoreCollector { stores: &mut stores, calls: None, depth: 0 };
                f.function.visit_with(&mut sc);
            } else if let Stmt::Decl(Decl::Var(v)) = &stmt {
                let mut sc = StoreCollector { stores: &mut HashSet::new(), calls: Some(&mut calls), depth: 0 };
                v.visit_with(&mut sc);
            }
            let idx = m.items.len();
            for d in &decls {
                m.bindings.insert(d.clone(), Binding::Decl(idx));
            }
            let registers = calls.into_iter().collect();
            m.items.push(Item { stmt, decls, refs: c.refs, anchors, is_decl, registers, stores });
        }
        // Resolve `registers` from called functions to the tables they store into.
        let top: HashSet<String> = m.bindings.keys().cloned().collect();
        let stores_of: HashMap<String, HashSet<String>> = m
            .items
            .iter()
            .filter(|it| !it.stores.is_empty())
            .map(|it| (it.decls[0].clone(), it.stores.iter().filter(|s| top.contains(*s)).cloned().collect()))
            .collect();
        for it in &mut m.items {
            let called = std::mem::take(&mut it.registers);
            let mut tables: Vec<String> = called
                .iter()
                .filter_map(|f| stores_of.get(f))
                .flatten()
                .filter(|t| !it.decls.contains(t))
                .cloned()
                .collect();
            tables.sort();
            tables.dedup();
            it.registers = tables;
        }
        self.index.insert(path.to_string(), self.mods.len());
        self.mods.push(m);
        Ok(())
    }

    /// The declaration a name in module `m` refers to (None for globals and namespaces).
    fn resolve_local(&self, m: usize, name: &str, depth: usize) -> Option<Target> {
        match self.mods[m].bindings.get(name)? {
            Binding::Decl(i) => Some((m, *i)),
            Binding::Import { file, name } => self.resolve_export(file, name, depth + 1),
            Binding::Namespace(_) => None,
        }
    }

    fn resolve_export(&self, file: &str, name: &str, depth: usize) -> Option<Target> {
        if depth > 64 {
            return None;
        }
        let &m = self.index.get(file)?;
        match self.mods[m].exports.get(name) {
            Some(Export::Local(l)) => self.resolve_local(m, l, depth + 1),
            Some(Export::From { file, name }) => self.resolve_export(file, name, depth + 1),
            None => self.mods[m].star_from.iter().find_map(|f| self.resolve_export(f, name, depth + 1)),
        }
    }

    fn ns_file(&self, m: usize, ns: &str) -> Option<&str> {
        match self.mods[m].bindings.get(ns) {
            Some(Binding::Namespace(f)) => Some(f),
            _ => None,
        }
    }

    fn anchor_targets(&self, m: usize, a: &Anchor) -> Option<Target> {
        match a {
            Anchor::Name(n) => self.resolve_local(m, n, 0),
            Anchor::Member(ns, n) => self.resolve_export(self.ns_file(m, ns)?, n, 0),
        }
    }

    /// Every declaration an item depends on.
    fn deps_of(&self, m: usize, it: &Item) -> Result<Vec<Target>, String> {
        let mut out = vec![];
        for n in &it.refs.names {
            if let Some(t) = self.resolve_local(m, n, 0) {
                out.push(t);
            }
        }
        for (ns, n) in &it.refs.members {
            let f = self.ns_file(m, ns).ok_or("namespace")?;
            let t = self
                .resolve_export(f, n, 0)
                .ok_or_else(|| format!("{}: {ns}.{n} is not exported", self.mods[m].path))?;
            out.push(t);
        }
        for ns in &it.refs.whole {
            let f = self.ns_file(m, ns).ok_or("namespace")?;
            let &fm = self.index.get(f).ok_or("namespace file")?;
            for name in self.mods[fm].export_names(self) {
                out.extend(self.resolve_export(f, &name, 0));
            }
        }
        Ok(out)
    }

    fn shake(&self, roots: &[Target]) -> Result<Shaken, String> {
        let total: usize = self.mods.iter().map(|m| m.items.len()).sum();
        let mut kept = vec![false; total];
        let debug = std::env::var_os("PYJS_DEBUG_BUNDLE").is_some();
        let mut parent: Vec<Option<Target>> = vec![None; total];
        let mut stack: Vec<Target> = roots.to_vec();
        for (mi, m) in self.mods.iter().enumerate() {
            for (i, it) in m.items.iter().enumerate() {
                if !it.is_decl && it.anchors.iter().all(|g| g.iter().all(|a| self.anchor_targets(mi, a).is_none())) {
                    stack.push((mi, i));
                }
            }
        }
        loop {
            while let Some((m, i)) = stack.pop() {
                let node = self.mods[m].base + i;
                if kept[node] {
                    continue;
                }
                kept[node] = true;
                for d in self.deps_of(m, &self.mods[m].items[i])? {
                    let dn = self.mods[d.0].base + d.1;
                    if debug && !kept[dn] && parent[dn].is_none() {
                        parent[dn] = Some((m, i));
                    }
                    stack.push(d);
                }
            }
            for (mi, m) in self.mods.iter().enumerate() {
                for (i, it) in m.items.iter().enumerate() {
                    if kept[m.base + i] {
                        continue;
                    }
                    if it.is_decl {
                        let registered = it.registers.iter().any(|t| {
                            self.resolve_local(mi, t, 0).is_some_and(|(tm, ti)| kept[self.mods[tm].base + ti])
                        });
                        if registered {
                            stack.push((mi, i));
                        }
                        continue;
                    }
                    let ok = it.anchors.iter().all(|g| {
                        let ts: Vec<Target> = g.iter().filter_map(|a| self.anchor_targets(mi, a)).collect();
                        ts.is_empty() || ts.iter().any(|&(tm, ti)| kept[self.mods[tm].base + ti])
                    });
                    if ok {
                        stack.push((mi, i));
                    }
                }
            }
            if stack.is_empty() {
                break;
            }
        }
        if debug {
            let name = |(m, i): Target| {
                let it = &self.mods[m].items[i];
                let n = it.decls.first().cloned().unwrap_or_else(|| format!("<stmt {i}>"));
                format!("{}:{n}", self.mods[m].path)
            };
            for (mi, m) in self.mods.iter().enumerate() {
                for i in 0..m.items.len() {
                    if kept[m.base + i] {
                        let why = parent[m.base + i].map_or_else(|| "root".to_string(), name);
                        eprintln!("kept {} <- {why}", name((mi, i)));
                    }
                }
            }
        }
        Ok(Shaken { kept })
    }

    fn is_kept(&self, k: &Shaken, m: usize, i: usize) -> bool {
        k.kept[self.mods[m].base + i]
    }

    /// Final names of kept declarations: `(module, local name) → name in the bundle`.
    fn final_names(&self, k: &Shaken) -> HashMap<(usize, String), String> {
        // Identifiers each module's kept code uses.
        let mut idents: Vec<HashSet<String>> = vec![HashSet::new(); self.mods.len()];
        let mut everything: HashSet<String> = HashSet::new();
        for (mi, m) in self.mods.iter().enumerate() {
            for (i, it) in m.items.iter().enumerate() {
                if self.is_kept(k, mi, i) {
                    idents[mi].extend(it.refs.all.iter().cloned());
                }
            }
            everything.extend(idents[mi].iter().cloned());
        }
        let core = self.index.get(CORE).copied();
        // Kept declarations by name, with a priority: what builtins.mjs exports under the same
        // name first, then other exported names, then internal ones.
        let mut by_name: BTreeMap<String, Vec<(u8, usize)>> = BTreeMap::new();
        for (mi, m) in self.mods.iter().enumerate() {
            for (i, it) in m.items.iter().enumerate() {
                if !self.is_kept(k, mi, i) {
                    continue;
                }
                for d in &it.decls {
                    let mut prio = 0;
                    if m.exports.values().any(|e| matches!(e, Export::Local(l) if l == d)) {
                        prio = 1;
                    }
                    if core.is_some_and(|c| self.mods[c].exports.contains_key(d))
                        && self.resolve_export(CORE, d, 0) == Some((mi, i))
                    {
                        prio = 2;
                    }
                    by_name.entry(d.clone()).or_default().push((prio, mi));
                }
            }
        }
        let mut finals: HashMap<(usize, String), String> = HashMap::new();
        let mut taken: HashSet<String> = HashSet::new();
        let mut counter = 0usize;
        let mut fresh = |base: &str, taken: &mut HashSet<String>| loop {
            counter += 1;
            let c = format!("{base}${counter}");
            if !everything.contains(&c) && !taken.contains(&c) {
                taken.insert(c.clone());
                return c;
            }
        };
        let mut winners = vec![];
        for (name, mut decls) in by_name {
            decls.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
            let (_, win) = decls[0];
            for &(_, mi) in &decls[1..] {
                let f = fresh(&name, &mut taken);
                idents[mi].remove(&name);
                idents[mi].insert(f.clone());
                finals.insert((mi, name.clone()), f);
            }
            winners.push((name, win));
        }
        for (name, mi) in winners {
            // `name` may stay when no other file's code could mean something else by it: in a
            // file that imports it (this declaration, or another that then gets renamed), or
            // declares it (a loser above, renamed), or has it as a namespace, all is well; any
            // other occurrence may be a global or an inner variable: rename to be safe.
            // A JS global (`Error`, `Map`) may be meant there: then this declaration is renamed.
            // Any other name can only be an inner variable there (a free reference would be a
            // ReferenceError), so that file renames its occurrences instead.
            let others: Vec<usize> = (0..self.mods.len())
                .filter(|&o| o != mi && idents[o].contains(&name) && !self.mods[o].bindings.contains_key(&name))
                .collect();
            let f = if !others.is_empty() && is_js_global(&name) {
                fresh(&name, &mut taken)
            } else {
                for o in others {
                    let g = fresh(&name, &mut taken);
                    finals.insert((o, name.clone()), g);
                }
                name.clone()
            };
            taken.insert(f.clone());
            finals.insert((mi, name), f);
        }
        finals
    }

    /// The declared name an export resolves to (an item can declare several).
    fn export_local(&self, file: &str, name: &str, depth: usize) -> Option<(usize, String)> {
        if depth > 64 {
            return None;
        }
        let &m = self.index.get(file)?;
        match self.mods[m].exports.get(name) {
            Some(Export::Local(l)) => self.local_decl_name(m, l, depth + 1),
            Some(Export::From { file, name }) => self.export_local(file, name, depth + 1),
            None => self.mods[m].star_from.iter().find_map(|f| self.export_local(f, name, depth + 1)),
        }
    }

    fn local_decl_name(&self, m: usize, name: &str, depth: usize) -> Option<(usize, String)> {
        match self.mods[m].bindings.get(name)? {
            Binding::Decl(_) => Some((m, name.to_string())),
            Binding::Import { file, name } => self.export_local(file, name, depth + 1),
            Binding::Namespace(_) => None,
        }
    }

    fn emit(
        &self,
        k: &Shaken,
        finals: &HashMap<(usize, String), String>,
        exported: &BTreeMap<String, (usize, String)>,
    ) -> Result<String, String> {
        let fin = |m: usize, n: &str| finals.get(&(m, n.to_string())).cloned().unwrap_or_else(|| n.to_string());
        // Evaluation order: post-order DFS over imports from builtins.mjs.
        let mut order = vec![];
        let mut seen = HashSet::new();
        fn visit(b: &Bundler, m: usize, seen: &mut HashSet<usize>, order: &mut Vec<usize>) {
            if !seen.insert(m) {
                return;
            }
            for d in &b.mods[m].deps {
                if let Some(&i) = b.index.get(d.as_str()) {
                    visit(b, i, seen, order);
                }
            }
            order.push(m);
        }
        visit(self, self.index[CORE], &mut seen, &mut order);
        let mut body: Vec<ModuleItem> = vec![];
        let mut ns_objects: BTreeMap<String, String> = BTreeMap::new();
        let mut ns_code = String::new();
        for &mi in &order {
            let m = &self.mods[mi];
            let mut renames: HashMap<String, String> = finals
                .iter()
                .filter(|((fm, n), _)| *fm == mi && !m.bindings.contains_key(n))
                .map(|((_, n), f)| (n.clone(), f.clone()))
                .collect();
            let mut members: HashMap<(String, String), String> = HashMap::new();
            for (name, bnd) in &m.bindings {
                match bnd {
                    Binding::Decl(_) => {
                        let f = fin(mi, name);
                        if &f != name {
                            renames.insert(name.clone(), f);
                        }
                    }
                    Binding::Import { .. } => {
                        if let Some((tm, tn)) = self.local_decl_name(mi, name, 0) {
                            let f = fin(tm, &tn);
                            if &f != name {
                                renames.insert(name.clone(), f);
                            }
                        }
                    }
                    Binding::Namespace(file) => {
                        let &fm = self.index.get(file.as_str()).ok_or("namespace of an unbundled file")?;
                        for export in self.mods[fm].export_names(self) {
                            if let Some((tm, tn)) = self.export_local(file, &export, 0) {
                                members.insert((name.clone(), export), fin(tm, &tn));
                            }
                        }
                        if m.items
                            .iter()
                            .enumerate()
                            .any(|(i, it)| self.is_kept(k, mi, i) && it.refs.whole.contains(name))
                        {
                            let obj = ns_objects.entry(file.clone()).or_insert_with(|| {
                                let mut v = format!("$ns{}", ns_code.lines().count());
                                while self.mods.iter().any(|m| m.items.iter().any(|it| it.refs.all.contains(&v))) {
                                    v.push('$');
                                }
                                let mut getters = vec![];
                                for export in self.mods[fm].export_names(self) {
                                    if let Some((tm, tn)) = self.export_local(file, &export, 0) {
                                        getters.push(format!("get {export}(){{return {}}}", fin(tm, &tn)));
                                    }
                                }
                                ns_code.push_str(&format!(
                                    "const {v}=Object.freeze({{__proto__:null,{}}});\n",
                                    getters.join(",")
                                ));
                                v
                            });
                            renames.insert(name.clone(), obj.clone());
                        }
                    }
                }
            }
            let mut r = Renamer { renames: &renames, members: &members };
            for (i, it) in m.items.iter().enumerate() {
                if !self.is_kept(k, mi, i) {
                    continue;
                }
                let mut s = it.stmt.clone();
                s.visit_mut_with(&mut r);
                body.push(ModuleItem::Stmt(s));
                // A renamed function or class keeps its `.name` (builtins' reprs show it).
                if let Stmt::Decl(Decl::Fn(FnDecl { ident, .. }) | Decl::Class(ClassDecl { ident, .. })) = &it.stmt {
                    let f = fin(mi, &ident.sym);
                    if f != *ident.sym {
                        let fix = format!("Object.defineProperty({f},\"name\",{{value:\"{}\"}});", ident.sym);
                        body.extend(parse(&self.cm, "name", &fix)?.body);
                    }
                }
            }
        }
        let mut specs = vec![];
        for (e, (m, n)) in exported {
            let f = fin(*m, n);
            specs.push(if &f == e { f } else { format!("{f} as {e}") });
        }
        let mut code = ns_code;
        code.push_str(&print(&self.cm, body));
        code.push_str(&format!("export{{{}}};\n", specs.join(",")));
        Ok(code)
    }

    /// Parse an unbundled runtime file and find its imports of bundled files: the rewrites,
    /// the requested exports, and the files it imports as namespaces (which get a facade).
    #[allow(clippy::type_complexity)]
    fn scan_importer(
        &self,
        cm: &Lrc<SourceMap>,
        path: &str,
        src: &str,
    ) -> Result<(Vec<Rewrite>, Vec<(String, String)>, Vec<String>), String> {
        let fm_start = {
            let m = parse(cm, path, src)?;
            let base = cm.lookup_byte_offset(m.span.lo).sf.start_pos;
            (m, base)
        };
        let (module, base) = fm_start;
        let mut rws = vec![];
        let mut wanted = vec![];
        let mut facades = vec![];
        for item in &module.body {
            let ModuleItem::ModuleDecl(d) = item else { continue };
            let (srcs, specs, export) = match d {
                ModuleDecl::Import(i) => (&i.src, Some(&i.specifiers), false),
                ModuleDecl::ExportNamed(n) if n.src.is_some() => (n.src.as_ref().unwrap(), None, true),
                ModuleDecl::ExportAll(a) => {
                    if let Some(f) = join(path, &a.src.value.to_string_lossy()) {
                        if self.index.contains_key(f.as_str()) {
                            facades.push(f);
                        }
                    }
                    continue;
                }
                _ => continue,
            };
            let Some(file) = join(path, &srcs.value.to_string_lossy()) else { continue };
            if !self.index.contains_key(file.as_str()) {
                continue;
            }
            let mut pairs = vec![];
            let mut namespace = false;
            if let Some(specs) = specs {
                for s in specs.iter() {
                    match s {
                        ImportSpecifier::Named(n) => pairs.push((
                            n.imported.as_ref().map_or_else(|| n.local.sym.to_string(), export_name),
                            n.local.sym.to_string(),
                        )),
                        _ => namespace = true,
                    }
                }
            } else if let ModuleDecl::ExportNamed(n) = d {
                for s in &n.specifiers {
                    let ExportSpecifier::Named(s) = s else { return Err(format!("{path}: export specifier")) };
                    let orig = export_name(&s.orig);
                    let exported = s.exported.as_ref().map_or_else(|| orig.clone(), export_name);
                    pairs.push((orig, exported));
                }
            }
            if namespace {
                if !pairs.is_empty() {
                    return Err(format!("{path}: mixed import"));
                }
                facades.push(file);
                continue;
            }
            wanted.extend(pairs.iter().map(|(n, _)| (file.clone(), n.clone())));
            if file == CORE && path.matches('/').count() == 0 {
                continue; // already `./builtins.mjs`, and the names are builtins' own
            }
            let span = d.span();
            rws.push(Rewrite {
                lo: (span.lo.0 - base.0) as usize,
                hi: (span.hi.0 - base.0) as usize,
                export,
                file,
                specs: pairs,
            });
        }
        Ok((rws, wanted, facades))
    }
}

fn is_js_global(name: &str) -> bool {
    const GLOBALS: &[&str] = &[
        "AggregateError",
        "Array",
        "ArrayBuffer",
        "Atomics",
        "BigInt",
        "BigInt64Array",
        "BigUint64Array",
        "Boolean",
        "Buffer",
        "DataView",
        "Date",
        "Error",
        "EvalError",
        "FinalizationRegistry",
        "Float32Array",
        "Float64Array",
        "Function",
        "Infinity",
        "Int16Array",
        "Int32Array",
        "Int8Array",
        "Intl",
        "Iterator",
        "JSON",
        "Map",
        "Math",
        "NaN",
        "Number",
        "Object",
        "Promise",
        "Proxy",
        "RangeError",
        "ReferenceError",
        "Reflect",
        "RegExp",
        "Set",
        "SharedArrayBuffer",
        "String",
        "Symbol",
        "SyntaxError",
        "TextDecoder",
        "TextEncoder",
        "TypeError",
        "URIError",
        "URL",
        "Uint16Array",
        "Uint32Array",
        "Uint8Array",
        "Uint8ClampedArray",
        "WeakMap",
        "WeakRef",
        "WeakSet",
        "WebAssembly",
        "arguments",
        "atob",
        "btoa",
        "clearInterval",
        "clearTimeout",
        "console",
        "crypto",
        "decodeURI",
        "decodeURIComponent",
        "document",
        "encodeURI",
        "encodeURIComponent",
        "escape",
        "eval",
        "fetch",
        "globalThis",
        "isFinite",
        "isNaN",
        "navigator",
        "parseFloat",
        "parseInt",
        "performance",
        "process",
        "queueMicrotask",
        "require",
        "self",
        "setInterval",
        "setTimeout",
        "structuredClone",
        "undefined",
        "unescape",
        "window",
    ];
    GLOBALS.contains(&name)
}

struct Renamer<'a> {
    renames: &'a HashMap<String, String>,
    members: &'a HashMap<(String, String), String>,
}

fn mk_ident(s: &str) -> Ident {
    Ident::new_no_ctxt(s.into(), DUMMY_SP)
}

impl VisitMut for Renamer<'_> {
    fn visit_mut_ident(&mut self, i: &mut Ident) {
        if let Some(n) = self.renames.get(&*i.sym) {
            i.sym = n.as_str().into();
        }
    }
    fn visit_mut_expr(&mut self, e: &mut Expr) {
        if let Expr::Member(m) = e {
            if let Some((o, name)) = static_member(m) {
                if let Some(f) = self.members.get(&(o.to_string(), name)) {
                    *e = Expr::Ident(mk_ident(f));
                    return;
                }
            }
        }
        e.visit_mut_children_with(self);
    }
    fn visit_mut_prop(&mut self, p: &mut Prop) {
        if let Prop::Shorthand(i) = p {
            if let Some(n) = self.renames.get(&*i.sym) {
                *p = Prop::KeyValue(KeyValueProp {
                    key: PropName::Ident(IdentName::new(i.sym.clone(), DUMMY_SP)),
                    value: Box::new(Expr::Ident(mk_ident(n))),
                });
                return;
            }
        }
        p.visit_mut_children_with(self);
    }
    fn visit_mut_object_pat_prop(&mut self, p: &mut ObjectPatProp) {
        if let ObjectPatProp::Assign(a) = p {
            if let Some(n) = self.renames.get(&*a.key.id.sym) {
                let left = Pat::Ident(BindingIdent { id: mk_ident(n), type_ann: None });
                let value = match a.value.take() {
                    Some(mut v) => {
                        v.visit_mut_with(self);
                        Pat::Assign(AssignPat { span: DUMMY_SP, left: Box::new(left), right: v })
                    }
                    None => left,
                };
                *p = ObjectPatProp::KeyValue(KeyValuePatProp {
                    key: PropName::Ident(IdentName::new(a.key.id.sym.clone(), DUMMY_SP)),
                    value: Box::new(value),
                });
                return;
            }
        }
        p.visit_mut_children_with(self);
    }
}

/// Print statements compactly (swc's minified printing: no whitespace or comments, names kept).
fn print(cm: &Lrc<SourceMap>, body: Vec<ModuleItem>) -> String {
    let module = Module { span: DUMMY_SP, body, shebang: None };
    let mut buf = vec![];
    {
        let mut emitter = Emitter {
            cfg: Config::default().with_minify(true),
            cm: cm.clone(),
            comments: None,
            wr: JsWriter::new(cm.clone(), "\n", &mut buf, None),
        };
        emitter.emit_module(&module).expect("writing to a Vec cannot fail");
    }
    String::from_utf8(buf).expect("codegen produced UTF-8")
}
