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

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};

use swc_common::{sync::Lrc, FileName, SourceMap, SourceMapper, Spanned, DUMMY_SP};
use swc_ecma_ast::*;
use swc_ecma_codegen::{
    text_writer::{omit_trailing_semi, JsWriter},
    Config, Emitter,
};
use swc_ecma_parser::{lexer::Lexer, EsSyntax, Parser, StringInput, Syntax};
use swc_ecma_visit::{Visit, VisitMut, VisitMutWith, VisitWith};

use crate::runtime;

/// The entry of the core runtime, and the name the bundle is written under.
pub const CORE: &str = "builtins.mjs";

/// The traceback printer: core code kept out of the bundle, which `main` imports dynamically
/// for an uncaught exception only (rt/core.mjs `uncaught`), so a program that ends normally
/// never loads it. It ships beside the bundle whenever `main` does (driver.rs).
pub const LAZY_TRACEBACK: &str = "_tb.mjs";

/// What the program asks of the runtime.
#[derive(Default, Debug)]
pub struct Requests {
    /// Names generated code imports from `builtins.mjs`.
    pub names: BTreeSet<String>,
    /// Runtime files generated code imports as namespaces (stdlib shims).
    pub shims: BTreeSet<String>,
    /// Words generated code could use as attribute names ([`collect_words`]).
    pub words: BTreeSet<String>,
    /// What the shipped part of each tree-shaken shim uses (`None`: the whole files).
    pub live_shims: Option<ShimUses>,
}

/// Per stdlib shim (path), what its part that ships (after `kernels.rs`'s tree-shaking) uses:
/// its words ([`runtime_words`]) and the local names of its imports. The core is shaken for
/// those instead of for the whole shim files.
#[derive(Default, Debug)]
pub struct ShimUses {
    pub words: BTreeMap<String, Vec<String>>,
    pub locals: BTreeMap<String, HashSet<String>>,
}

impl Requests {
    /// Whether the program can look up attributes by names computed at run time, so every
    /// method table entry must stay.
    pub fn dynamic_names(&self) -> bool {
        ["getattr", "hasattr", "setattr", "delattr", "dir", "vars"].iter().any(|n| self.names.contains(*n))
            || ["__dict__", "__getattribute__"].iter().any(|w| self.words.contains(*w))
    }
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

/// Per runtime file [`bundle`] rewrote, its import/export statements replaced: (byte range in the
/// embedded text, new text), in order. The driver applies them to the already parsed file
/// ([`apply_edits`]) instead of parsing the rewritten text again.
pub type Edits = BTreeMap<String, Vec<(usize, usize, String)>>;

/// Every runtime file the program needs, unchanged (the fallback, and the behaviour before
/// tree-shaking).
pub fn unbundled(req: &Requests) -> Files {
    let mut roots = vec![CORE.to_string()];
    roots.extend(req.shims.iter().cloned());
    runtime::closure(&roots).into_iter().filter_map(|p| runtime::file(&p).map(|b| (p, b.to_vec()))).collect()
}

/// The tree-shaken runtime for `req`.
pub fn bundle(req: &Requests) -> Result<(Files, Edits), String> {
    let t0 = std::time::Instant::now();
    let debug = std::env::var_os("PYJS_DEBUG_BUNDLE").is_some();
    let mut roots = vec![CORE.to_string()];
    roots.extend(req.shims.iter().cloned());
    let core = core_files();
    let others: Vec<String> = runtime::closure(&roots).into_iter().filter(|p| !core.contains(p)).collect();
    let g = Graph::get(&others)?;
    if debug {
        eprintln!("bundle: graph {:?}", t0.elapsed());
    }
    // What is asked: generated code's imports, the shims' imports of the core, and all the
    // exports of core files imported as namespaces (facades).
    let mut wanted: Vec<(String, String)> = req.names.iter().map(|n| (CORE.to_string(), n.clone())).collect();
    let mut facades: BTreeSet<String> = req.shims.iter().filter(|s| g.file_exports.contains_key(*s)).cloned().collect();
    let live_locals = |path: &str| req.live_shims.as_ref().and_then(|l| l.locals.get(path));
    for path in &others {
        if let Some(imp) = g.importers.get(path) {
            match live_locals(path) {
                // Only what the shipped part of the shim imports (an import every local name
                // of which is unused asks for nothing).
                Some(used) => wanted.extend(
                    imp.wants
                        .iter()
                        .filter(|(f, n)| {
                            let mut locals =
                                imp.rewrites.iter().filter(|rw| !rw.export && rw.file == *f).flat_map(|rw| {
                                    rw.specs.iter().filter(|(name, _)| name == n).map(|(_, local)| local)
                                });
                            let mut locals = locals.by_ref().peekable();
                            locals.peek().is_none() || locals.any(|l| used.contains(l))
                        })
                        .cloned(),
                ),
                None => wanted.extend(imp.wants.iter().cloned()),
            }
            facades.extend(imp.facades.iter().cloned());
        }
    }
    for f in &facades {
        for name in &g.file_exports[f] {
            wanted.push((f.clone(), name.clone()));
        }
    }
    let mut words = req.words.clone();
    for path in &others {
        match req.live_shims.as_ref().and_then(|l| l.words.get(path)) {
            Some(w) => words.extend(w.iter().cloned()),
            None => {
                if let Some(imp) = g.importers.get(path) {
                    words.extend(imp.words.iter().map(|w| w.to_string()));
                }
            }
        }
    }
    // int's and float's arithmetic dunders exist only for the operations that ship
    // (rt/object.mjs `regOp`): `x.__mod__(y)` asks for `mod`.
    {
        let mut ops = BTreeSet::new();
        for w in &words {
            if let Some(op) = dunder_op(w) {
                ops.insert(op);
            }
        }
        if req.dynamic_names() {
            ops.extend(NUMBER_OPS.iter().map(|(_, op)| *op));
        }
        for op in ops {
            if g.exports.contains_key(&(CORE.to_string(), op.to_string())) {
                wanted.push((CORE.to_string(), op.to_string()));
            }
        }
        // The operator dunders of list, tuple, dict, set (rt/object.mjs `container_dunders`),
        // for programs that name one (`[1].__add__(x)`, `reduce(set.__or__, ...)`).
        let container = req.dynamic_names()
            || words.iter().any(|w| {
                w.strip_prefix("__").and_then(|w| w.strip_suffix("__")).is_some_and(|n| {
                    let n = n
                        .strip_prefix('i')
                        .or_else(|| n.strip_prefix('r'))
                        .filter(|r| CONTAINER_OPS.contains(r))
                        .unwrap_or(n);
                    CONTAINER_OPS.contains(&n)
                })
            });
        if container && g.exports.contains_key(&(CORE.to_string(), "container_dunders".to_string())) {
            wanted.push((CORE.to_string(), "container_dunders".to_string()));
        }
    }
    let mut root_items = vec![];
    for (file, name) in &wanted {
        let (item, _) =
            g.exports.get(&(file.clone(), name.clone())).ok_or_else(|| format!("{file} does not export {name}"))?;
        root_items.push(*item);
    }
    let op_items: HashMap<&str, usize> = NUMBER_OPS
        .iter()
        .filter_map(|(_, op)| g.exports.get(&(CORE.to_string(), op.to_string())).map(|(item, _)| (*op, *item)))
        .collect();
    let (kept, kept_props) = g.shake(
        &root_items,
        &op_items,
        &words,
        req.dynamic_names(),
        std::env::var("PYJS_DEBUG_BUNDLE").is_ok_and(|v| v == "2"),
    );

    // Requests into builtins.mjs keep their names; others (a shim importing `./rt/x.mjs`
    // directly) get a name no other export uses.
    let mut exported: BTreeMap<String, &str> = BTreeMap::new();
    let mut export_of: HashMap<(String, String), String> = HashMap::default();
    let core_exports = &g.file_exports[CORE];
    let mut ordered = wanted.clone();
    ordered.sort_by_key(|(f, _)| f != CORE);
    for (file, name) in &ordered {
        let (_, fin) = &g.exports[&(file.clone(), name.clone())];
        let mut e = name.clone();
        let mut k = 1;
        while exported.get(&e).is_some_and(|u| *u != fin)
            || (file != CORE && core_exports.contains(&e) && exported.get(&e) != Some(&fin.as_str()))
        {
            k += 1;
            e = format!("{name}${k}");
        }
        exported.insert(e.clone(), fin);
        export_of.insert((file.clone(), name.clone()), e);
    }
    let mut code = String::new();
    for (i, it) in g.items.iter().enumerate() {
        if kept[i] {
            code.push_str(&it.text);
            if let Some((suffix, props)) = &it.table {
                let entries: Vec<&str> =
                    props.iter().zip(&kept_props[i]).filter(|(_, k)| **k).map(|(p, _)| &*p.text).collect();
                code.push_str(&entries.join(","));
                code.push_str(suffix);
            }
            code.push('\n');
        }
    }
    let specs: Vec<String> =
        exported.iter().map(|(e, f)| if e == f { e.clone() } else { format!("{f} as {e}") }).collect();
    code.push_str(&format!("export{{{}}};\n", specs.join(",")));
    let mut out = Files::new();
    let mut edits = Edits::new();
    out.insert(CORE.to_string(), code.into_bytes());
    let lookup = |file: &str, name: &str| export_of.get(&(file.to_string(), name.to_string())).cloned();
    for f in &facades {
        if f == CORE {
            continue;
        }
        let mut specs = vec![];
        for name in &g.file_exports[f] {
            let e = lookup(f, name).ok_or("facade export")?;
            specs.push(if &e == name { e } else { format!("{e} as {name}") });
        }
        let code = format!("export {{ {} }} from \"{}{CORE}\";\n", specs.join(", "), up(f));
        out.insert(f.clone(), code.into_bytes());
    }
    for path in others {
        let Some(bytes) = runtime::file(&path) else { continue };
        let rws = g.importers.get(&path).map(|i| &i.rewrites[..]).unwrap_or_default();
        if rws.is_empty() {
            out.insert(path, bytes.to_vec());
            continue;
        }
        let src = String::from_utf8_lossy(bytes);
        let mut code = String::with_capacity(src.len());
        let mut at = 0;
        for rw in rws {
            code.push_str(&src[at..rw.lo]);
            let mut specs = vec![];
            for (name, local) in &rw.specs {
                let e = match lookup(&rw.file, name) {
                    Some(e) => e,
                    // An import the shipped part of the shim does not use (cut later).
                    None if !rw.export && live_locals(&path).is_some_and(|u| !u.contains(local)) => continue,
                    None => return Err("rewrite export".into()),
                };
                specs.push(if &e == local { e } else { format!("{e} as {local}") });
            }
            let kw = if rw.export { "export" } else { "import" };
            let stmt = format!("{kw} {{ {} }} from \"{}{CORE}\";", specs.join(", "), up(&path));
            code.push_str(&stmt);
            edits.entry(path.clone()).or_default().push((rw.lo, rw.hi, stmt));
            at = rw.hi;
        }
        code.push_str(&src[at..]);
        out.insert(path, code.into_bytes());
    }
    if debug {
        eprintln!("bundle: done {:?}", t0.elapsed());
    }
    Ok((out, edits))
}

/// `module` (a runtime file parsed by [`parse_file_at`], its text starting at `base`) with the
/// statements at the byte ranges of `edits` replaced by the parsed replacement text: the module
/// parsing the edited text gives. None if a range is not exactly one top-level item.
pub fn apply_edits(mut module: Module, base: u32, edits: &[(usize, usize, String)], path: &str) -> Option<Module> {
    let mut next = 0;
    for (lo, hi, text) in edits {
        let i = (next..module.body.len()).find(|&i| {
            let sp = module.body[i].span();
            (sp.lo.0.checked_sub(base), sp.hi.0.checked_sub(base)) == (Some(*lo as u32), Some(*hi as u32))
        })?;
        let mut m = parse_file(path, text).ok()?;
        if m.body.len() != 1 {
            return None;
        }
        module.body[i] = m.body.pop()?;
        next = i + 1;
    }
    Some(module)
}

/// The operators whose dunders list, tuple, dict and set get (`__add__`, `__radd__`, `__iadd__`...).
const CONTAINER_OPS: &[&str] = &["add", "mul", "or", "and", "xor", "sub", "eq", "ne", "lt", "le", "gt", "ge"];

/// Python's names of the binary number operations, and their runtime functions.
const NUMBER_OPS: &[(&str, &str)] = &[
    ("add", "add"),
    ("sub", "sub"),
    ("mul", "mul"),
    ("truediv", "truediv"),
    ("floordiv", "floordiv"),
    ("mod", "mod"),
    ("pow", "pow"),
    ("divmod", "divmod"),
    ("lshift", "lshift"),
    ("rshift", "rshift"),
    ("and", "bitand"),
    ("or", "bitor"),
    ("xor", "bitxor"),
];

/// The runtime operation behind a number dunder name (`__rmod__` → `mod`).
fn dunder_op(w: &str) -> Option<&'static str> {
    let n = w.strip_prefix("__")?.strip_suffix("__")?;
    let find = |n: &str| NUMBER_OPS.iter().find(|(py, _)| *py == n).map(|(_, op)| *op);
    find(n).or_else(|| n.strip_prefix('r').and_then(find))
}

/// The core runtime as a resolved graph of top-level items in bundle order, with their
/// printed (minified, collision-free) text: everything a program's bundle is cut from.
/// Computing it parses the runtime with swc (tens of milliseconds), so the compiler embeds
/// a precomputed copy (`compiler/runtime-graph.txt`, written by `cargo xtask runtime-graph`)
/// and uses it when its hash matches the embedded runtime; otherwise it analyzes the runtime
/// at compile time (same output, slower).
pub struct Graph {
    hash: u64,
    items: Vec<GItem>,
    /// `(core file, export name)` → (item, its name in the bundle).
    exports: HashMap<(String, String), (usize, String)>,
    /// Export names of each core file.
    file_exports: BTreeMap<String, Vec<String>>,
    /// Non-core runtime files that import core files.
    importers: BTreeMap<String, Importer>,
}

#[derive(Default, Clone)]
struct GItem {
    text: Cow<'static, str>,
    label: Cow<'static, str>,
    decl: bool,
    always: bool,
    deps: Vec<usize>,
    anchors: Vec<Vec<usize>>,
    registers: Vec<usize>,
    /// For a statement that adds an entry to a method table from outside its literal
    /// (`str_methods.encode = ...`): the entry's name, which must be a live word too.
    word: Option<Cow<'static, str>>,
    /// Words this item could use as attribute names.
    words: Vec<Cow<'static, str>>,
    /// For a method table: the text after the entries (`text` is the part before), and the
    /// entries.
    table: Option<(Cow<'static, str>, Vec<GProp>)>,
}

#[derive(Default, Clone)]
struct GProp {
    name: Cow<'static, str>,
    text: Cow<'static, str>,
    deps: Vec<usize>,
    words: Vec<Cow<'static, str>>,
}

#[derive(Default)]
struct Importer {
    wants: Vec<(String, String)>,
    facades: Vec<String>,
    rewrites: Vec<Rewrite>,
    words: Vec<Cow<'static, str>>,
}

static EMBEDDED_GRAPH: &str = include_str!("../runtime-graph.txt");

impl Graph {
    /// The embedded graph if it is fresh, else a fresh analysis.
    pub fn get(others: &[String]) -> Result<Graph, String> {
        if std::env::var_os("PYJS_REANALYZE_RUNTIME").is_none() && !runtime::dev_override() {
            if let Some(g) = Graph::from_text(EMBEDDED_GRAPH) {
                if g.hash == runtime::RUNTIME_HASH {
                    return Ok(g);
                }
            }
        }
        Graph::analyze_files(Some(others))
    }

    /// Whether the embedded graph matches the embedded runtime.
    pub fn embedded_is_fresh() -> bool {
        Graph::from_text(EMBEDDED_GRAPH).is_some_and(|g| g.hash == runtime::RUNTIME_HASH)
    }

    /// The items (and method-table entries) reachable from `roots`. A table entry is kept
    /// when its table is and its name is a dunder, or a word of the program or of kept
    /// runtime code (`words`), or when `all_entries`. An arithmetic dunder (`__mod__`,
    /// `__rmod__`) that is not a word is called only by the operation's generic dispatch
    /// (`num.mod` → `binop`), so it also needs that operation's item (`op_items`) kept:
    /// `str.__mod__` (`%`-formatting) does not ship with a program that never uses `%`.
    fn shake(
        &self,
        roots: &[usize],
        op_items: &HashMap<&str, usize>,
        words: &BTreeSet<String>,
        all_entries: bool,
        debug: bool,
    ) -> (Vec<bool>, Vec<Vec<bool>>) {
        let n = self.items.len();
        let mut kept = vec![false; n];
        let mut kept_props: Vec<Vec<bool>> =
            self.items.iter().map(|it| vec![false; it.table.as_ref().map_or(0, |t| t.1.len())]).collect();
        let mut names: HashSet<&str> = words.iter().map(String::as_str).collect();
        let mut parent: Vec<Option<usize>> = vec![None; n];
        let mut stack: Vec<usize> = roots.to_vec();
        stack.extend((0..n).filter(|&i| self.items[i].always));
        loop {
            while let Some(i) = stack.pop() {
                if kept[i] {
                    continue;
                }
                kept[i] = true;
                names.extend(self.items[i].words.iter().map(|w| &**w));
                for &d in &self.items[i].deps {
                    if !kept[d] {
                        parent[d].get_or_insert(i);
                        stack.push(d);
                    }
                }
            }
            let mut changed = false;
            for (i, it) in self.items.iter().enumerate() {
                let Some((_, props)) = &it.table else { continue };
                if !kept[i] {
                    continue;
                }
                for (j, p) in props.iter().enumerate() {
                    let dunder = p.name.starts_with("__")
                        && dunder_op(&p.name).and_then(|op| op_items.get(op)).is_none_or(|&t| kept[t]);
                    if kept_props[i][j] || !(all_entries || dunder || names.contains(&*p.name)) {
                        continue;
                    }
                    kept_props[i][j] = true;
                    changed = true;
                    names.extend(p.words.iter().map(|w| &**w));
                    for &d in &p.deps {
                        if !kept[d] {
                            parent[d].get_or_insert(i);
                            stack.push(d);
                        }
                    }
                }
            }
            for (i, it) in self.items.iter().enumerate() {
                if kept[i] || it.always {
                    continue;
                }
                let ok = if it.decl {
                    it.registers.iter().any(|&t| kept[t])
                } else {
                    it.anchors.iter().all(|g| g.iter().any(|&t| kept[t]))
                        && it.word.as_ref().is_none_or(|w| all_entries || names.contains(&**w))
                };
                if ok {
                    if debug {
                        parent[i] = it.anchors.iter().flatten().chain(&it.registers).find(|&&t| kept[t]).copied();
                    }
                    stack.push(i);
                }
            }
            if stack.is_empty() && !changed {
                break;
            }
        }
        if debug {
            for i in (0..n).filter(|&i| kept[i]) {
                let why = parent[i].map_or("root", |p| &self.items[p].label);
                let it = &self.items[i];
                eprintln!("kept {} {} <- {why}", it.text.len(), it.label);
                if let Some((_, props)) = &it.table {
                    for (j, p) in props.iter().enumerate() {
                        if kept_props[i][j] {
                            eprintln!("kept {} {}.{} <- table", p.text.len(), it.label, p.name);
                        }
                    }
                }
            }
        }
        (kept, kept_props)
    }

    /// Parse and resolve the core runtime (and the imports of the other runtime files).
    pub fn analyze() -> Result<Graph, String> {
        Graph::analyze_files(None)
    }

    /// `analyze`, reading only the non-core files in `others` if given.
    fn analyze_files(others: Option<&[String]>) -> Result<Graph, String> {
        let core_files = core_files();
        let cm: Lrc<SourceMap> = Default::default();
        let mut b = Bundler { cm: cm.clone(), mods: vec![], index: HashMap::default() };
        for path in &core_files {
            let module = parse(&cm, path, &text(path))?;
            b.add(path, module)?;
        }
        if !b.index.contains_key(CORE) {
            return Err("no builtins.mjs".into());
        }
        let mut g = b.resolve()?;
        for (path, _) in runtime::RUNTIME_FILES {
            if !path.ends_with(".mjs") || b.index.contains_key(*path) {
                continue;
            }
            if others.is_some_and(|o| !o.iter().any(|p| p == path)) {
                continue;
            }
            let (rewrites, wants, facades, words) = b.scan_importer(&cm, path, &text(path))?;
            let words = words.into_iter().map(Cow::Owned).collect();
            g.importers.insert(path.to_string(), Importer { wants, facades, rewrites, words });
        }
        Ok(g)
    }

    /// The line-based text form (`compiler/runtime-graph.txt`).
    pub fn to_text(&self) -> String {
        let list = |v: &[usize]| v.iter().map(|i| i.to_string()).collect::<Vec<_>>().join(",");
        let mut o = format!("pyjs-runtime-graph 1 {:016x}\n", self.hash);
        for it in &self.items {
            let flags = format!("{}{}", if it.decl { "d" } else { "s" }, if it.always { "a" } else { "" });
            let anchors = it.anchors.iter().map(|g| list(g)).collect::<Vec<_>>().join(";");
            o.push_str(&format!(
                "I {flags} {} |{}|{}|{}| {}\n{}\n",
                it.text.len(),
                list(&it.deps),
                anchors,
                list(&it.registers),
                it.label,
                it.text
            ));
            if let Some(w) = &it.word {
                o.push_str(&format!("Q {w}\n"));
            }
            o.push_str(&format!("N {}\n", it.words.join(" ")));
            if let Some((suffix, props)) = &it.table {
                o.push_str(&format!("S {}\n{suffix}\n", suffix.len()));
                for p in props {
                    o.push_str(&format!("P {} {} |{}|\n{}\n", p.name, p.text.len(), list(&p.deps), p.text));
                    o.push_str(&format!("N {}\n", p.words.join(" ")));
                }
            }
        }
        for ((file, name), (item, fin)) in self.exports.iter().collect::<BTreeMap<_, _>>() {
            o.push_str(&format!("E {file} {name} {item} {fin}\n"));
        }
        for (file, names) in &self.file_exports {
            o.push_str(&format!("X {file} {}\n", names.join(" ")));
        }
        for (path, imp) in &self.importers {
            for (f, n) in &imp.wants {
                o.push_str(&format!("W {path} {f} {n}\n"));
            }
            for f in &imp.facades {
                o.push_str(&format!("F {path} {f}\n"));
            }
            o.push_str(&format!("M {path} {}\n", imp.words.join(" ")));
            for rw in &imp.rewrites {
                let specs: Vec<String> = rw.specs.iter().map(|(a, b)| format!("{a}:{b}")).collect();
                o.push_str(&format!(
                    "R {path} {} {} {} {} {}\n",
                    rw.lo,
                    rw.hi,
                    u8::from(rw.export),
                    rw.file,
                    specs.join(" ")
                ));
            }
        }
        o
    }

    fn from_text(t: &'static str) -> Option<Graph> {
        let list = |s: &str| -> Option<Vec<usize>> {
            if s.is_empty() {
                return Some(vec![]);
            }
            s.split(',').map(|x| x.parse().ok()).collect()
        };
        let (head, mut rest) = t.split_once('\n')?;
        let hash = u64::from_str_radix(head.strip_prefix("pyjs-runtime-graph 1 ")?, 16).ok()?;
        let mut g = Graph {
            hash,
            items: vec![],
            exports: HashMap::default(),
            file_exports: BTreeMap::new(),
            importers: BTreeMap::new(),
        };
        let mut last_words: Option<usize> = None;
        while !rest.is_empty() {
            let (line, after) = rest.split_once('\n')?;
            rest = after;
            let mut w = line.splitn(2, ' ');
            let kind = w.next()?;
            let body = w.next().unwrap_or_default();
            match kind {
                "I" => {
                    let (flags, body) = body.split_once(' ')?;
                    let (len, body) = body.split_once(' ')?;
                    let mut parts = body.splitn(5, '|');
                    parts.next()?;
                    let deps = list(parts.next()?)?;
                    let anchors = parts.next()?;
                    let anchors = if anchors.is_empty() {
                        vec![]
                    } else {
                        anchors.split(';').map(list).collect::<Option<Vec<_>>>()?
                    };
                    let registers = list(parts.next()?)?;
                    let label = Cow::Borrowed(parts.next()?.trim_start());
                    let len: usize = len.parse().ok()?;
                    let text = Cow::Borrowed(rest.get(..len)?);
                    rest = rest.get(len + 1..)?;
                    g.items.push(GItem {
                        text,
                        label,
                        decl: flags.starts_with('d'),
                        always: flags.contains('a'),
                        deps,
                        anchors,
                        registers,
                        word: None,
                        words: vec![],
                        table: None,
                    });
                    last_words = None;
                }
                "Q" => g.items.last_mut()?.word = Some(Cow::Borrowed(body)),
                "N" => {
                    let words = body.split(' ').filter(|w| !w.is_empty()).map(Cow::Borrowed).collect();
                    let it = g.items.last_mut()?;
                    match (&mut it.table, last_words) {
                        (Some((_, props)), Some(j)) => props.get_mut(j)?.words = words,
                        _ => it.words = words,
                    }
                }
                "S" => {
                    let len: usize = body.parse().ok()?;
                    let suffix = Cow::Borrowed(rest.get(..len)?);
                    rest = rest.get(len + 1..)?;
                    g.items.last_mut()?.table = Some((suffix, vec![]));
                }
                "P" => {
                    let (name, body) = body.split_once(' ')?;
                    let (len, body) = body.split_once(' ')?;
                    let deps = list(body.trim_matches('|'))?;
                    let len: usize = len.parse().ok()?;
                    let text = Cow::Borrowed(rest.get(..len)?);
                    rest = rest.get(len + 1..)?;
                    let (_, props) = g.items.last_mut()?.table.as_mut()?;
                    props.push(GProp { name: Cow::Borrowed(name), text, deps, words: vec![] });
                    last_words = Some(props.len() - 1);
                }
                "M" => {
                    let (path, body) = body.split_once(' ').unwrap_or((body, ""));
                    let imp = g.importers.entry(path.to_string()).or_default();
                    imp.words = body.split(' ').filter(|w| !w.is_empty()).map(Cow::Borrowed).collect();
                }
                "E" => {
                    let v: Vec<&str> = body.split(' ').collect();
                    let [file, name, item, fin] = v[..] else { return None };
                    g.exports.insert((file.into(), name.into()), (item.parse().ok()?, fin.into()));
                }
                "X" => {
                    let mut v = body.split(' ');
                    let file = v.next()?;
                    g.file_exports.insert(file.into(), v.filter(|s| !s.is_empty()).map(String::from).collect());
                }
                "W" | "F" | "R" => {
                    let (path, body) = body.split_once(' ')?;
                    let imp = g.importers.entry(path.to_string()).or_default();
                    let v: Vec<&str> = body.split(' ').collect();
                    match kind {
                        "W" => imp.wants.push((v.first()?.to_string(), v.get(1)?.to_string())),
                        "F" => imp.facades.push(v.first()?.to_string()),
                        _ => imp.rewrites.push(Rewrite {
                            lo: v.first()?.parse().ok()?,
                            hi: v.get(1)?.parse().ok()?,
                            export: *v.get(2)? == "1",
                            file: v.get(3)?.to_string(),
                            specs: v[4..]
                                .iter()
                                .filter(|s| !s.is_empty())
                                .map(|s| s.split_once(':').map(|(a, b)| (a.to_string(), b.to_string())))
                                .collect::<Option<Vec<_>>>()?,
                        }),
                    }
                }
                _ => return None,
            }
        }
        Some(g)
    }
}

/// The files bundled: `builtins.mjs` and what it imports, except files using `import.meta`.
/// Computed once per process (the runtime is embedded; a compile asks several times).
pub(crate) fn core_files() -> Vec<String> {
    static CORE_FILES: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    CORE_FILES
        .get_or_init(|| {
            runtime::closure(&[CORE.to_string()])
                .into_iter()
                .filter(|p| {
                    p.ends_with(".mjs")
                        && !String::from_utf8_lossy(runtime::file(p).unwrap_or_default()).contains("import.meta")
                })
                .collect()
        })
        .clone()
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

pub(crate) fn join(from: &str, spec: &str) -> Option<String> {
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

pub(crate) fn parse(cm: &Lrc<SourceMap>, path: &str, src: &str) -> Result<Module, String> {
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
    /// Names bound by enclosing functions and blocks of the item: a mention of one of them is
    /// a local, not an edge to the top-level declaration of that name (`let mod = v % w`).
    scopes: Vec<HashSet<String>>,
}

impl<'a> RefCollector<'a> {
    fn new(ns: &'a HashSet<String>) -> Self {
        RefCollector { ns, refs: Refs::default(), scopes: vec![] }
    }

    fn scoped(&mut self, names: Vec<String>, f: impl FnOnce(&mut Self)) {
        self.scopes.push(names.into_iter().collect());
        f(self);
        self.scopes.pop();
    }

    /// A function-like scope: its parameters (for their defaults and the body), then the
    /// `var`s of its body and the lexical declarations directly in it (for the body).
    fn function<P: VisitWith<Self> + ?Sized>(&mut self, params: &[&Pat], visit_params: &P, body: Option<&[Stmt]>) {
        let mut names = vec![];
        for p in params {
            pat_names(p, &mut names);
        }
        self.scoped(names, |c| {
            visit_params.visit_with(c);
            let Some(body) = body else { return };
            let mut names = vec![];
            let mut v = VarNames(&mut names);
            body.iter().for_each(|s| s.visit_with(&mut v));
            lexical_names(body, &mut names);
            c.scoped(names, |c| body.visit_with(c));
        });
    }
}

/// The `var` declarations of a function body, not entering nested functions or classes.
struct VarNames<'a>(&'a mut Vec<String>);

impl Visit for VarNames<'_> {
    fn visit_var_decl(&mut self, v: &VarDecl) {
        if v.kind == VarDeclKind::Var {
            v.decls.iter().for_each(|d| pat_names(&d.name, self.0));
        }
        v.visit_children_with(self);
    }
    fn visit_function(&mut self, _: &Function) {}
    fn visit_arrow_expr(&mut self, _: &ArrowExpr) {}
    fn visit_class(&mut self, _: &Class) {}
}

/// The `let`/`const`/`class`/`function` declarations directly in a block's statements.
fn lexical_names(stmts: &[Stmt], out: &mut Vec<String>) {
    for s in stmts {
        match s {
            Stmt::Decl(Decl::Fn(f)) => out.push(f.ident.sym.to_string()),
            Stmt::Decl(Decl::Class(c)) => out.push(c.ident.sym.to_string()),
            Stmt::Decl(Decl::Var(v)) if v.kind != VarDeclKind::Var => {
                v.decls.iter().for_each(|d| pat_names(&d.name, out));
            }
            _ => {}
        }
    }
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
        if self.scopes.iter().any(|sc| sc.contains(&s)) {
            // A local: not an edge (still renamed with the file's top-level name).
        } else if self.ns.contains(&s) {
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
    fn visit_function(&mut self, f: &Function) {
        f.decorators.visit_with(self);
        let params: Vec<&Pat> = f.params.iter().map(|p| &p.pat).collect();
        self.function(&params, &f.params, f.body.as_ref().map(|b| &b.stmts[..]));
    }
    fn visit_arrow_expr(&mut self, f: &ArrowExpr) {
        let params: Vec<&Pat> = f.params.iter().collect();
        match &*f.body {
            ArrowFunctionBody::FunctionBody(b) => self.function(&params, &f.params, Some(&b.stmts[..])),
            ArrowFunctionBody::Expr(e) => {
                let mut names = vec![];
                params.iter().for_each(|p| pat_names(p, &mut names));
                self.scoped(names, |c| {
                    f.params.visit_with(c);
                    e.visit_with(c);
                });
            }
        }
    }
    fn visit_constructor(&mut self, f: &Constructor) {
        let params: Vec<&Pat> = f
            .params
            .iter()
            .filter_map(|p| match p {
                ParamOrTsParamProp::Param(p) => Some(&p.pat),
                _ => None,
            })
            .collect();
        if f.params.len() != params.len() {
            return f.visit_children_with(self);
        }
        f.key.visit_with(self);
        self.function(&params, &f.params, f.body.as_ref().map(|b| &b.stmts[..]));
    }
    fn visit_fn_expr(&mut self, f: &FnExpr) {
        let names = f.ident.iter().map(|i| i.sym.to_string()).collect();
        self.scoped(names, |c| f.visit_children_with(c));
    }
    fn visit_class_expr(&mut self, f: &ClassExpr) {
        let names = f.ident.iter().map(|i| i.sym.to_string()).collect();
        self.scoped(names, |c| f.visit_children_with(c));
    }
    fn visit_block_stmt(&mut self, b: &BlockStmt) {
        let mut names = vec![];
        lexical_names(&b.stmts, &mut names);
        self.scoped(names, |c| b.visit_children_with(c));
    }
    fn visit_switch_stmt(&mut self, s: &SwitchStmt) {
        s.discriminant.visit_with(self);
        let mut names = vec![];
        for case in &s.cases {
            lexical_names(&case.cons, &mut names);
        }
        self.scoped(names, |c| s.cases.visit_with(c));
    }
    fn visit_catch_clause(&mut self, cc: &CatchClause) {
        let mut names = vec![];
        if let Some(p) = &cc.param {
            pat_names(p, &mut names);
        }
        self.scoped(names, |c| cc.visit_children_with(c));
    }
    fn visit_for_stmt(&mut self, f: &ForStmt) {
        let mut names = vec![];
        if let Some(VarDeclOrExpr::VarDecl(v)) = &f.init {
            if v.kind != VarDeclKind::Var {
                v.decls.iter().for_each(|d| pat_names(&d.name, &mut names));
            }
        }
        self.scoped(names, |c| f.visit_children_with(c));
    }
    fn visit_for_in_stmt(&mut self, f: &ForInStmt) {
        let names = for_head_names(&f.left);
        self.scoped(names, |c| f.visit_children_with(c));
    }
    fn visit_for_of_stmt(&mut self, f: &ForOfStmt) {
        let names = for_head_names(&f.left);
        self.scoped(names, |c| f.visit_children_with(c));
    }
}

fn for_head_names(h: &ForHead) -> Vec<String> {
    let mut names = vec![];
    if let ForHead::VarDecl(v) = h {
        if v.kind != VarDeclKind::Var {
            v.decls.iter().for_each(|d| pat_names(&d.name, &mut names));
        }
    }
    names
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
    /// See `GItem::word`.
    word: Option<String>,
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

/// For a statement `X_methods.name = ...` (possibly chained, `int.f = X_methods.f = ...`) adding
/// a method to a method table from outside its literal: the method name, unless a dunder
/// (those stay, as table entries do).
fn table_entry_store(s: &Stmt) -> Option<String> {
    let Stmt::Expr(e) = s else { return None };
    let mut cur = &*e.expr;
    while let Expr::Assign(a) = cur {
        if let AssignTarget::Simple(SimpleAssignTarget::Member(m)) = &a.left {
            if let (Expr::Ident(o), MemberProp::Ident(p)) = (&*m.obj, &m.prop) {
                if o.sym.ends_with("_methods") && !p.sym.starts_with("__") && !p.sym.contains('$') {
                    return Some(p.sym.to_string());
                }
            }
        }
        cur = &a.right;
    }
    None
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

/// The words a piece of code could use as an attribute name: property names, and the
/// identifier-like words inside its string and template literals.
#[derive(Default)]
struct WordCollector {
    words: Words,
    /// The identifier names and string literals already collected ([`WordMemo`]).
    memo: WordMemo,
    /// In runtime code, `.name` accesses with the name of a JS builtin method (`a.sort()`,
    /// `s.split()`) are JS calls, never method-table lookups (`ensureBuiltins` does not install
    /// such names on the classes), unless made on a table itself (`dict_methods.clear`).
    runtime: bool,
}

/// Methods of JS's builtin prototypes (Array, String, Map, Set, Object, Function, RegExp).
const JS_METHODS: &[&str] = &[
    "add",
    "apply",
    "at",
    "bind",
    "call",
    "charAt",
    "charCodeAt",
    "clear",
    "codePointAt",
    "concat",
    "decode",
    "delete",
    "encode",
    "endsWith",
    "entries",
    "every",
    "exec",
    "fill",
    "filter",
    "find",
    "findIndex",
    "findLast",
    "findLastIndex",
    "flat",
    "flatMap",
    "forEach",
    "get",
    "has",
    "hasOwnProperty",
    "includes",
    "indexOf",
    "join",
    "keys",
    "lastIndexOf",
    "localeCompare",
    "map",
    "match",
    "matchAll",
    "normalize",
    "padEnd",
    "padStart",
    "pop",
    "push",
    "reduce",
    "reduceRight",
    "repeat",
    "replace",
    "replaceAll",
    "reverse",
    "search",
    "set",
    "shift",
    "slice",
    "some",
    "sort",
    "splice",
    "split",
    "startsWith",
    "substring",
    "test",
    "toLowerCase",
    "toString",
    "toUpperCase",
    "trim",
    "trimEnd",
    "trimStart",
    "unshift",
    "values",
];

fn add_words(text: &str, out: &mut Words) {
    for w in text.split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '$')) {
        if !w.is_empty() && !w.starts_with(|c: char| c.is_ascii_digit()) && !out.contains(w) {
            out.insert(w.to_string());
        }
    }
}

impl Visit for WordCollector {
    fn visit_ident_name(&mut self, i: &IdentName) {
        if self.memo.idents.contains(&i.sym) {
            return;
        }
        if !self.words.contains(&*i.sym) {
            self.words.insert(i.sym.to_string());
        }
        self.memo.idents.insert(i.sym.clone());
    }
    /// In runtime code, the key of an object literal entry or a class member defines a
    /// property; only uses (`.name`, string literals) can look one up by a Python name.
    fn visit_prop_name(&mut self, p: &PropName) {
        if !self.runtime || matches!(p, PropName::Computed(_)) {
            p.visit_children_with(self);
        }
    }
    fn visit_member_expr(&mut self, m: &MemberExpr) {
        if let (true, MemberProp::Ident(p)) = (self.runtime, &m.prop) {
            let on_table = match &*m.obj {
                Expr::Ident(o) => o.sym.ends_with("_methods"),
                Expr::Member(MemberExpr { prop: MemberProp::Ident(o), .. }) => o.sym.ends_with("_methods"),
                _ => false,
            };
            if !on_table && JS_METHODS.contains(&&*p.sym) {
                m.obj.visit_with(self);
                return;
            }
        }
        m.visit_children_with(self);
    }
    fn visit_str(&mut self, s: &Str) {
        if self.memo.strs.contains(&s.value) {
            return;
        }
        self.literal(&s.value.to_string_lossy());
        self.memo.strs.insert(s.value.clone());
    }
    fn visit_tpl_element(&mut self, t: &TplElement) {
        self.literal(&t.raw);
    }
}

impl WordCollector {
    /// A string literal's words. In runtime code only a literal that is one word whole
    /// (`cm(x, "keys")`) can name a method: the words of messages (`"count() takes..."`) cannot.
    fn literal(&mut self, text: &str) {
        if !self.runtime {
            add_words(text, &mut self.words);
        } else if !text.is_empty() && text.chars().all(|c| c.is_alphanumeric() || c == '_' || c == '$') {
            add_words(text, &mut self.words);
        }
    }
}

/// The words runtime code could use as attribute names (see [`WordCollector`]).
pub fn runtime_words(module: &Module) -> Vec<String> {
    words_of(module)
}

fn words_of<T: VisitWith<WordCollector>>(node: &T) -> Vec<String> {
    let mut w = WordCollector { runtime: true, ..Default::default() };
    node.visit_with(&mut w);
    let mut words: Vec<String> = w.words.into_iter().collect();
    words.sort_unstable();
    words
}

/// A set of words (see [`WordCollector`]), hashed: the program's are collected statement by
/// statement, and sorted once at the end.
pub type Words = rustc_hash::FxHashSet<String>;

/// The identifier names and string literals whose words a [`Words`] set already has, as swc
/// atoms: an atom hashes by the hash stored in it, so meeting the same name or literal again
/// (most of them, in a large module) costs no string hashing or word splitting.
#[derive(Default)]
pub struct WordMemo {
    idents: HashSet<swc_atoms::Atom>,
    strs: HashSet<swc_atoms::Wtf8Atom>,
}

/// Collect the words generated code could use as attribute names (see [`WordCollector`]).
/// `memo` belongs to `out` (the same pair for every call).
pub fn collect_words(items: &[ModuleItem], out: &mut Words, memo: &mut WordMemo) {
    let mut w = WordCollector { words: std::mem::take(out), memo: std::mem::take(memo), runtime: false };
    for item in items {
        item.visit_with(&mut w);
    }
    *out = w.words;
    *memo = w.memo;
}

/// [`collect_words`] for statements (a chunk of a module body).
pub fn collect_stmt_words(stmts: &[Stmt], out: &mut Words, memo: &mut WordMemo) {
    let mut w = WordCollector { words: std::mem::take(out), memo: std::mem::take(memo), runtime: false };
    for s in stmts {
        s.visit_with(&mut w);
    }
    *out = w.words;
    *memo = w.memo;
}

/// A method table: `const X_methods = { name: ..., ... }` with only static keys. Its entries
/// are kept per program only for names the program can look up (see `Graph::shake`).
fn method_table(stmt: &Stmt) -> Option<(VarDeclKind, String, &ObjectLit)> {
    let Stmt::Decl(Decl::Var(v)) = stmt else { return None };
    let [d] = &v.decls[..] else { return None };
    let Pat::Ident(name) = &d.name else { return None };
    if !name.id.sym.ends_with("_methods") {
        return None;
    }
    let Some(Expr::Object(o)) = d.init.as_deref() else { return None };
    let ok = o.props.iter().all(|p| match p {
        PropOrSpread::Prop(p) => match &**p {
            Prop::KeyValue(KeyValueProp { key, .. }) | Prop::Method(MethodProp { key, .. }) => {
                matches!(key, PropName::Ident(_) | PropName::Str(_))
            }
            Prop::Shorthand(_) => true,
            _ => false,
        },
        PropOrSpread::Spread(_) => false,
    });
    ok.then(|| (v.kind, name.id.sym.to_string(), o))
}

fn prop_key(p: &PropOrSpread) -> String {
    let PropOrSpread::Prop(p) = p else { return String::new() };
    let key = match &**p {
        Prop::KeyValue(KeyValueProp { key, .. }) | Prop::Method(MethodProp { key, .. }) => key,
        Prop::Shorthand(i) => return i.sym.to_string(),
        _ => return String::new(),
    };
    match key {
        PropName::Ident(i) => i.sym.to_string(),
        PropName::Str(s) => s.value.to_string_lossy().to_string(),
        _ => String::new(),
    }
}

struct Shaken {
    kept: Vec<bool>,
}

/// Rewrites the relative specifiers of dynamic `import("../x.mjs")` calls in a core file to be
/// relative to the bundle (`builtins.mjs`, at the runtime root), where its code ends up.
struct RebaseDynamicImports<'a>(&'a str);

impl VisitMut for RebaseDynamicImports<'_> {
    fn visit_mut_call_expr(&mut self, c: &mut CallExpr) {
        c.visit_mut_children_with(self);
        if !matches!(c.callee, Callee::Import(_)) {
            return;
        }
        if let Some(Expr::Lit(Lit::Str(s))) = c.args.first_mut().map(|a| &mut *a.expr) {
            let spec = s.value.to_string_lossy().to_string();
            if let Some(resolved) = join(self.0, &spec) {
                *s = Str { span: s.span, value: format!("./{resolved}").into(), raw: None };
            }
        }
    }
}

impl Bundler {
    fn add(&mut self, path: &str, mut module: Module) -> Result<(), String> {
        module.visit_mut_with(&mut RebaseDynamicImports(path));
        let mut m = Mod {
            path: path.to_string(),
            items: vec![],
            bindings: HashMap::default(),
            exports: HashMap::default(),
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
            let mut c = RefCollector::new(&ns);
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
            let mut stores = HashSet::default();
            let mut calls = HashSet::default();
            if let Stmt::Decl(Decl::Fn(f)) = &stmt {
                let mut sc = StoreCollector { stores: &mut stores, calls: None, depth: 0 };
                f.function.visit_with(&mut sc);
            } else if let Stmt::Decl(Decl::Var(v)) = &stmt {
                let mut sc = StoreCollector { stores: &mut HashSet::default(), calls: Some(&mut calls), depth: 0 };
                v.visit_with(&mut sc);
            }
            let idx = m.items.len();
            for d in &decls {
                m.bindings.insert(d.clone(), Binding::Decl(idx));
            }
            let registers = calls.into_iter().collect();
            let word = if is_decl { None } else { table_entry_store(&stmt) };
            m.items.push(Item { stmt, decls, refs: c.refs, anchors, word, is_decl, registers, stores });
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
        self.deps_of_refs(m, &it.refs)
    }

    fn deps_of_refs(&self, m: usize, refs: &Refs) -> Result<Vec<Target>, String> {
        let mut out = vec![];
        for n in &refs.names {
            if let Some(t) = self.resolve_local(m, n, 0) {
                out.push(t);
            }
        }
        for (ns, n) in &refs.members {
            let f = self.ns_file(m, ns).ok_or("namespace")?;
            let t = self
                .resolve_export(f, n, 0)
                .ok_or_else(|| format!("{}: {ns}.{n} is not exported", self.mods[m].path))?;
            out.push(t);
        }
        for ns in &refs.whole {
            let f = self.ns_file(m, ns).ok_or("namespace")?;
            let &fm = self.index.get(f).ok_or("namespace file")?;
            for name in self.mods[fm].export_names(self) {
                out.extend(self.resolve_export(f, &name, 0));
            }
        }
        Ok(out)
    }

    fn is_kept(&self, k: &Shaken, m: usize, i: usize) -> bool {
        k.kept[self.mods[m].base + i]
    }

    /// Final names of kept declarations: `(module, local name) → name in the bundle`.
    fn final_names(&self, k: &Shaken) -> HashMap<(usize, String), String> {
        // Identifiers each module's kept code uses.
        let mut idents: Vec<HashSet<String>> = vec![HashSet::default(); self.mods.len()];
        let mut everything: HashSet<String> = HashSet::default();
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
        let mut finals: HashMap<(usize, String), String> = HashMap::default();
        let mut taken: HashSet<String> = HashSet::default();
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

    /// The whole-core graph: every item printed with collision-free names, its edges
    /// resolved to item indices in bundle (module evaluation) order.
    fn resolve(&self) -> Result<Graph, String> {
        let total: usize = self.mods.iter().map(|m| m.items.len()).sum();
        let all = Shaken { kept: vec![true; total] };
        let finals = self.final_names(&all);
        let fin = |m: usize, n: &str| finals.get(&(m, n.to_string())).cloned().unwrap_or_else(|| n.to_string());
        // Evaluation order: post-order DFS over imports from builtins.mjs.
        let mut order = vec![];
        let mut seen = HashSet::default();
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
        for m in 0..self.mods.len() {
            if !seen.contains(&m) {
                order.push(m);
            }
        }
        // Namespace objects (for `import * as ns` used other than as `ns.name`) come first.
        let mut items: Vec<GItem> = vec![];
        let mut ns_item: BTreeMap<String, (usize, String)> = BTreeMap::new();
        let mut ns_deps: Vec<(usize, String)> = vec![];
        for &mi in &order {
            let m = &self.mods[mi];
            let mut bindings: Vec<(&String, &Binding)> = m.bindings.iter().collect();
            bindings.sort_by_key(|(n, _)| *n);
            for (name, bnd) in bindings {
                let Binding::Namespace(file) = bnd else { continue };
                if ns_item.contains_key(file) || !m.items.iter().any(|it| it.refs.whole.contains(name)) {
                    continue;
                }
                let &fm = self.index.get(file.as_str()).ok_or("namespace of an unbundled file")?;
                let mut v = format!("$ns{}", ns_item.len());
                while self.mods.iter().any(|m| m.items.iter().any(|it| it.refs.all.contains(&v))) {
                    v.push('$');
                }
                let mut getters = vec![];
                for export in self.mods[fm].export_names(self) {
                    if let Some((tm, tn)) = self.export_local(file, &export, 0) {
                        getters.push(format!("get {export}(){{return {}}}", fin(tm, &tn)));
                    }
                }
                let text = format!("const {v}=Object.freeze({{__proto__:null,{}}});", getters.join(","));
                ns_item.insert(file.clone(), (items.len(), v.clone()));
                ns_deps.push((items.len(), file.clone()));
                items.push(GItem {
                    text: text.into(),
                    label: format!("{file}:<namespace>").into(),
                    decl: true,
                    ..Default::default()
                });
            }
        }
        let mut pos: HashMap<Target, usize> = HashMap::default();
        for &mi in &order {
            for i in 0..self.mods[mi].items.len() {
                pos.insert((mi, i), items.len() + pos.len());
            }
        }
        for &mi in &order {
            let m = &self.mods[mi];
            let mut renames: HashMap<String, String> = finals
                .iter()
                .filter(|((fm, n), _)| *fm == mi && !m.bindings.contains_key(n))
                .map(|((_, n), f)| (n.clone(), f.clone()))
                .collect();
            let mut members: HashMap<(String, String), String> = HashMap::default();
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
                        if let Some((_, v)) = ns_item.get(file) {
                            renames.insert(name.clone(), v.clone());
                        }
                    }
                }
            }
            let mut r = Renamer { renames: &renames, members: &members };
            let ns: HashSet<String> =
                m.bindings.iter().filter(|(_, b)| matches!(b, Binding::Namespace(_))).map(|(k, _)| k.clone()).collect();
            for it in &m.items {
                if let Some((kind, name, obj)) = method_table(&it.stmt) {
                    let kw = match kind {
                        VarDeclKind::Const => "const",
                        VarDeclKind::Let => "let",
                        VarDeclKind::Var => "var",
                    };
                    let mut props = vec![];
                    for p in &obj.props {
                        let mut p2 = p.clone();
                        p2.visit_mut_with(&mut r);
                        let lit = Expr::Paren(ParenExpr {
                            span: DUMMY_SP,
                            expr: Box::new(Expr::Object(ObjectLit { span: DUMMY_SP, props: vec![p2] })),
                        });
                        let mut item =
                            vec![ModuleItem::Stmt(Stmt::Expr(ExprStmt { span: DUMMY_SP, expr: Box::new(lit) }))];
                        crate::mangle::mangle(&mut item);
                        let printed = print(&self.cm, item);
                        let (Some(a), Some(b)) = (printed.find('{'), printed.rfind('}')) else {
                            return Err(format!("{}: printing {name}", m.path));
                        };
                        let mut c = RefCollector::new(&ns);
                        p.visit_with(&mut c);
                        let mut deps: Vec<usize> = self.deps_of_refs(mi, &c.refs)?.iter().map(|t| pos[t]).collect();
                        for n in &c.refs.whole {
                            if let Some(f) = self.ns_file(mi, n) {
                                deps.extend(ns_item.get(f).map(|(i, _)| *i));
                            }
                        }
                        deps.sort_unstable();
                        deps.dedup();
                        props.push(GProp {
                            name: prop_key(p).into(),
                            text: printed[a + 1..b].to_string().into(),
                            deps,
                            words: words_of(p).into_iter().map(Cow::Owned).collect(),
                        });
                    }
                    items.push(GItem {
                        text: format!("{kw} {}={{", fin(mi, &name)).into(),
                        label: format!("{}:{name}", m.path).into(),
                        decl: true,
                        table: Some(("};".into(), props)),
                        ..Default::default()
                    });
                    continue;
                }
                let mut s = it.stmt.clone();
                s.visit_mut_with(&mut r);
                let mut item = vec![ModuleItem::Stmt(s)];
                crate::mangle::mangle(&mut item);
                let mut text = print(&self.cm, item);
                let fn_or_class = matches!(&it.stmt, Stmt::Decl(Decl::Fn(_) | Decl::Class(_)));
                if !fn_or_class && !text.ends_with(';') {
                    text.push(';');
                }
                // A renamed function or class keeps its `.name` (builtins' reprs show it).
                if let Stmt::Decl(Decl::Fn(FnDecl { ident, .. }) | Decl::Class(ClassDecl { ident, .. })) = &it.stmt {
                    let f = fin(mi, &ident.sym);
                    if f != *ident.sym {
                        text.push_str(&format!("Object.defineProperty({f},\"name\",{{value:\"{}\"}});", ident.sym));
                    }
                }
                let mut deps: Vec<usize> = self.deps_of(mi, it)?.iter().map(|t| pos[t]).collect();
                for ns in &it.refs.whole {
                    if let Some(f) = self.ns_file(mi, ns) {
                        deps.extend(ns_item.get(f).map(|(i, _)| *i));
                    }
                }
                deps.sort_unstable();
                deps.dedup();
                let anchors: Vec<Vec<usize>> = it
                    .anchors
                    .iter()
                    .map(|g| {
                        let mut g: Vec<usize> =
                            g.iter().filter_map(|a| self.anchor_targets(mi, a)).map(|t| pos[&t]).collect();
                        g.sort_unstable();
                        g.dedup();
                        g
                    })
                    .filter(|g| !g.is_empty())
                    .collect();
                let registers =
                    it.registers.iter().filter_map(|t| self.resolve_local(mi, t, 0)).map(|t| pos[&t]).collect();
                let label = match it.decls.first() {
                    Some(d) => format!("{}:{d}", m.path),
                    None => {
                        let t = self.cm.span_to_snippet(it.stmt.span()).unwrap_or_default();
                        let t: String = t.chars().take(60).collect();
                        format!("{}:<{}>", m.path, t.split_whitespace().collect::<Vec<_>>().join(" "))
                    }
                };
                let always = !it.is_decl && anchors.is_empty();
                items.push(GItem {
                    text: text.into(),
                    label: label.into(),
                    decl: it.is_decl,
                    always,
                    deps,
                    anchors,
                    registers,
                    word: it.word.clone().map(Cow::Owned),
                    words: words_of(&it.stmt).into_iter().map(Cow::Owned).collect(),
                    table: None,
                });
            }
        }
        for (ni, file) in ns_deps {
            let fm = self.index[file.as_str()];
            let mut deps = vec![];
            for export in self.mods[fm].export_names(self) {
                deps.extend(self.resolve_export(&file, &export, 0).map(|t| pos[&t]));
            }
            items[ni].deps = deps;
        }
        let mut exports = HashMap::default();
        let mut file_exports = BTreeMap::new();
        for m in &self.mods {
            let names = m.export_names(self);
            for name in &names {
                let (Some(t), Some((tm, tn))) =
                    (self.resolve_export(&m.path, name, 0), self.export_local(&m.path, name, 0))
                else {
                    return Err(format!("{}: export {name} does not resolve", m.path));
                };
                exports.insert((m.path.clone(), name.clone()), (pos[&t], fin(tm, &tn)));
            }
            file_exports.insert(m.path.clone(), names);
        }
        Ok(Graph { hash: runtime::RUNTIME_HASH, items, exports, file_exports, importers: BTreeMap::new() })
    }

    /// Parse an unbundled runtime file and find its imports of bundled files: the rewrites,
    /// the requested exports, and the files it imports as namespaces (which get a facade).
    #[allow(clippy::type_complexity)]
    fn scan_importer(
        &self,
        cm: &Lrc<SourceMap>,
        path: &str,
        src: &str,
    ) -> Result<(Vec<Rewrite>, Vec<(String, String)>, Vec<String>, Vec<String>), String> {
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
        Ok((rws, wanted, facades, words_of(&module)))
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
/// `src` (a runtime file shipped as its own module) printed without comments and
/// indentation, as the bundle is.
pub fn minify(mut module: Module) -> String {
    crate::mangle::mangle(&mut module.body);
    print(&Default::default(), module.body)
}

/// Parse a runtime file (for [`minify`] and `kernels.rs`).
pub fn parse_file(path: &str, src: &str) -> Result<Module, String> {
    parse(&Default::default(), path, src)
}

/// [`parse_file`], and the position its text starts at (spans minus it are byte offsets).
pub fn parse_file_at(path: &str, src: &str) -> Result<(Module, u32), String> {
    let cm: Lrc<SourceMap> = Default::default();
    let m = parse(&cm, path, src)?;
    let base = cm.files().first().map_or(0, |f| f.start_pos.0);
    Ok((m, base))
}

fn print(cm: &Lrc<SourceMap>, body: Vec<ModuleItem>) -> String {
    let module = Module { span: DUMMY_SP, body, shebang: None };
    let mut buf = vec![];
    {
        let mut emitter = Emitter {
            // No `;` before a `}` or at the end (swc minifier's writer; the bundler adds one
            // after an item that needs it).
            cfg: Config::default().with_minify(true).with_omit_last_semi(true),
            cm: cm.clone(),
            comments: None,
            wr: omit_trailing_semi(JsWriter::new(cm.clone(), "\n", &mut buf, None)),
        };
        emitter.emit_module(&module).expect("writing to a Vec cannot fail");
    }
    String::from_utf8(buf).expect("codegen produced UTF-8")
}
