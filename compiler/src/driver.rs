//! The compilation driver: finds the program's modules, compiles each one, and writes the
//! output folder with the runtime files the program needs.
//!
//! Output layout for `pyjs compile app.py -o out/`:
//! `out/app.mjs` (+ `.map`), `out/helper.mjs` for `import helper`, `out/pkg/__init__.mjs` and
//! `out/pkg/mod.mjs` for packages, and `out/pyjs/...` for the runtime.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use crate::diagnostics::{Diagnostic, Span};
use crate::emit::{print_module, Body, Sources};
use crate::lower::{ImportResolver, Lowerer, ModuleRef};
use crate::parse::parse_module;
use crate::semantic::Semantic;
use crate::{bundle, kernels, runtime, stdlib_names, wasm_dce};
use swc_ecma_ast::Module;

/// A diagnostic with the file it belongs to.
pub struct FileDiagnostic {
    pub file: String,
    pub src: String,
    pub diag: Diagnostic,
}

impl FileDiagnostic {
    pub fn render(&self) -> String {
        self.diag.render(&self.file, &self.src)
    }
}

pub struct CompiledModule {
    /// Path of the `.mjs` inside the output folder.
    pub out_path: String,
    pub code: String,
    pub map: String,
}

pub struct Program {
    pub entry: String,
    pub modules: Vec<CompiledModule>,
    /// The runtime files to write under `pyjs/` (tree-shaken, see `bundle.rs`).
    pub runtime: bundle::Files,
}

#[derive(Clone)]
struct ModuleInfo {
    name: String,
    path: PathBuf,
    is_package: bool,
    /// The source of a stdlib module written in Python (`stdlib-py/`), embedded in the binary.
    embedded: Option<&'static str>,
}

impl ModuleInfo {
    fn out_path(&self, entry_stem: &str, is_main: bool) -> String {
        if is_main {
            return format!("{entry_stem}.mjs");
        }
        let base = self.name.replace('.', "/");
        let base = if self.embedded.is_some() { format!("pyjs/lib/{base}") } else { base };
        if self.is_package {
            format!("{base}/__init__.mjs")
        } else {
            format!("{base}.mjs")
        }
    }
}

/// Resolves imports against the program's root folder and the runtime's shims.
struct Resolver<'r> {
    root: &'r Path,
    /// Depth of the importing module's output file below the output root.
    depth: usize,
    found: &'r mut BTreeMap<String, ModuleInfo>,
    shims: &'r mut BTreeSet<String>,
    /// Names with no local file (asked once per program, not once per import statement).
    not_local: &'r mut BTreeSet<String>,
}

impl Resolver<'_> {
    fn prefix(&self) -> String {
        if self.depth == 0 {
            "./".to_string()
        } else {
            "../".repeat(self.depth)
        }
    }

    fn local(&self, name: &str) -> Option<ModuleInfo> {
        if name.is_empty() || name.split('.').any(|part| part.is_empty()) {
            return None;
        }
        let rel = name.replace('.', "/");
        let file = self.root.join(format!("{rel}.py"));
        if file.is_file() {
            return Some(ModuleInfo { name: name.to_string(), path: file, is_package: false, embedded: None });
        }
        let init = self.root.join(&rel).join("__init__.py");
        init.is_file().then(|| ModuleInfo { name: name.to_string(), path: init, is_package: true, embedded: None })
    }

    /// A stdlib module written in Python (a local file of the same name shadows it).
    fn stdlib_py(name: &str) -> Option<ModuleInfo> {
        let (src, is_package) = runtime::py_module(name)?;
        let rel = name.replace('.', "/");
        let path = if is_package { format!("{rel}/__init__.py") } else { format!("{rel}.py") };
        Some(ModuleInfo { name: name.to_string(), path: PathBuf::from(path), is_package, embedded: Some(src) })
    }
}

impl ImportResolver for Resolver<'_> {
    fn resolve(&mut self, name: &str) -> ModuleRef {
        if name == "__future__" {
            return ModuleRef::Ignore;
        }
        let info = self.found.get(name).cloned().or_else(|| {
            if self.not_local.contains(name) {
                return None;
            }
            let found = self.local(name);
            if found.is_none() {
                self.not_local.insert(name.to_string());
            }
            found
        });
        if let Some(info) = info.or_else(|| Self::stdlib_py(name)) {
            let out = info.out_path("", false);
            self.found.entry(name.to_string()).or_insert(info);
            return ModuleRef::Found { path: format!("{}{}", self.prefix(), out), local: true };
        }
        if let Some(shim) = runtime::shim_for(name) {
            self.shims.insert(shim.clone());
            return ModuleRef::Found { path: format!("{}pyjs/{}", self.prefix(), shim), local: false };
        }
        let top = name.split('.').next().unwrap_or(name);
        if stdlib_names::STDLIB_MODULES.contains(&top) || matches!(top, "numpy" | "pandas" | "scipy" | "matplotlib") {
            ModuleRef::Unsupported
        } else {
            ModuleRef::Missing
        }
    }
}

/// The name CPython gives the script `entry` (`python3 x.py` runs `<cwd>/x.py`, unnormalized) and
/// the folder its imports are named under (`sys.path[0]`, the script's real folder).
fn cpython_paths(entry: &Path, root: &Path) -> (String, PathBuf) {
    let cwd = std::env::current_dir().unwrap_or_default();
    let main = if entry.is_absolute() {
        entry.to_string_lossy().to_string()
    } else {
        format!("{}/{}", cwd.to_string_lossy(), entry.to_string_lossy())
    };
    let module_root = std::fs::canonicalize(root).unwrap_or_else(|_| cwd.join(root));
    (main, module_root)
}

/// `map` (a source map's JSON) with the `x_pyjs_file` field the traceback printer shows.
fn with_python_file(map: &str, file: &str) -> String {
    let mut quoted = String::from("\"");
    for c in file.chars() {
        match c {
            '"' => quoted.push_str("\\\""),
            '\\' => quoted.push_str("\\\\"),
            c if (c as u32) < 0x20 => quoted.push_str(&format!("\\u{:04x}", c as u32)),
            c => quoted.push(c),
        }
    }
    quoted.push('"');
    match map.strip_prefix('{') {
        Some(rest) => format!("{{\"x_pyjs_file\":{quoted},{rest}"),
        None => map.to_string(),
    }
}

/// Compile the program whose entry is `entry`. `shown_entry` is the path diagnostics show.
pub fn compile(entry: &Path, shown_entry: &str) -> Result<Program, Vec<FileDiagnostic>> {
    compile_with(entry, shown_entry, false)
}

/// The JS side of `--lib` (`stdlib-shims/js-interop.mjs`): shipped whole for JavaScript code to
/// import; its name is not a Python module name, so no `import` reaches it.
pub const JS_INTEROP: &str = "js-interop.mjs";

/// [`compile`], or with `lib` the entry module as a library for JavaScript code to import
/// (`pyjs compile --lib`): not run as `__main__`, exceptions thrown to the importer, and
/// `pyjs/js-interop.mjs` shipped beside it.
pub fn compile_with(entry: &Path, shown_entry: &str, lib: bool) -> Result<Program, Vec<FileDiagnostic>> {
    let root = entry.parent().map(Path::to_path_buf).unwrap_or_default();
    let root = if root.as_os_str().is_empty() { PathBuf::from(".") } else { root };
    let stem = entry.file_stem().map(|s| s.to_string_lossy().to_string()).unwrap_or_else(|| "main".into());
    let shown_root = Path::new(shown_entry).parent().map(Path::to_path_buf).unwrap_or_default();
    let (main_file, module_root) = cpython_paths(entry, &root);

    let mut found: BTreeMap<String, ModuleInfo> = BTreeMap::new();
    let mut shims: BTreeSet<String> = BTreeSet::new();
    let mut not_local: BTreeSet<String> = BTreeSet::new();
    let mut done: BTreeSet<String> = BTreeSet::new();
    let mut modules = vec![];
    let mut errors = vec![];
    let mut requests = bundle::Requests::default();
    let mut words = bundle::Words::default();
    let mut word_memo = bundle::WordMemo::default();
    let sources = Sources::new();

    let entry_info = ModuleInfo { name: stem.clone(), path: entry.to_path_buf(), is_package: false, embedded: None };
    let mut queue = vec![(entry_info, true)];
    loop {
        // Queue the local modules found so far. A module is `done` as soon as it is taken, even
        // if it has diagnostics: re-queueing failed modules made import cycles exponential.
        for (name, m) in &found {
            if !done.contains(name) && !queue.iter().any(|(q, _)| &q.name == name) {
                queue.push((m.clone(), false));
            }
        }
        let Some((info, is_main)) = queue.pop() else { break };
        done.insert(info.name.clone());
        let rel = info.path.strip_prefix(&root).unwrap_or(&info.path);
        let shown = if is_main {
            shown_entry.to_string()
        } else if info.embedded.is_some() {
            format!("<pyjs-stdlib>/{}", info.path.display())
        } else {
            shown_root.join(rel).to_string_lossy().to_string()
        };
        // `__file__` and traceback frames name the file as CPython does; diagnostics use `shown`.
        let py_file = if is_main {
            main_file.clone()
        } else if info.embedded.is_some() {
            shown.clone()
        } else {
            module_root.join(rel).to_string_lossy().to_string()
        };
        let src = match info.embedded.map_or_else(|| std::fs::read_to_string(&info.path), |s| Ok(s.to_string())) {
            Ok(s) => s,
            Err(e) => {
                errors.push(FileDiagnostic {
                    file: shown.clone(),
                    src: String::new(),
                    diag: Diagnostic::io_error(&shown, &e),
                });
                continue;
            }
        };
        let out_path = info.out_path(&stem, is_main);
        let depth = out_path.matches('/').count();
        crate::timing::mark("read");
        let ast = match parse_module(&src, &shown) {
            Ok(a) => a,
            Err(d) => {
                errors.push(FileDiagnostic { file: shown, src, diag: d });
                continue;
            }
        };
        crate::timing::mark("parse");
        let sem = Semantic::analyze_with(&ast, &mut |m, level| {
            let name = crate::lower::imports::absolute_module_name(&info.name, info.is_package, m, level);
            star_names(&root, &name)
        });
        crate::timing::mark("semantic");
        if let Some((s, e, msg)) = &sem.syntax_error {
            errors.push(FileDiagnostic { file: shown, src, diag: Diagnostic::syntax_error(Span::new(*s, *e), msg) });
            continue;
        }
        let base = sources.add(&shown, &src);
        let runtime_path =
            format!("{}pyjs/builtins.mjs", if depth == 0 { "./".to_string() } else { "../".repeat(depth) });
        let mut resolver =
            Resolver { root: &root, depth, found: &mut found, shims: &mut shims, not_local: &mut not_local };
        let mut lowerer = Lowerer::new(&sem, &src, base, &info.name, is_main, info.is_package, &mut resolver);
        let (end_base, end_index) = sources.add_ends(&shown, &src);
        lowerer.end_base = Some(end_base);
        lowerer.end_index = end_index;
        lowerer.lib = lib && is_main;
        // The body is printed (and its JS dropped) statement by statement, as it is lowered.
        let mut body = Body::for_source(src.len());
        let mut sink = |stmts: Vec<swc_ecma_ast::Stmt>| {
            if errors.is_empty() {
                bundle::collect_stmt_words(&stmts, &mut words, &mut word_memo);
                body.print(&sources, &stmts);
            }
        };
        // The traceback printer reads the .py through the source map, relative to the .mjs.
        let (items, diags) = lowerer.lower_module(&ast, &runtime_path, &py_file, &mut sink);
        crate::timing::mark("lower+print body");
        // The compiler is a short-lived process: freeing these trees node by node costs more
        // than a tenth of the compile time, so they are left for the process exit.
        words.extend(sem.shim_words.iter().cloned());
        std::mem::forget(ast);
        std::mem::forget(sem);
        if !diags.is_empty() {
            errors.extend(diags.into_iter().map(|d| FileDiagnostic { file: shown.clone(), src: src.clone(), diag: d }));
            continue;
        }
        bundle::collect_imports(&items, &runtime_path, &mut requests.names);
        bundle::collect_words(&items, &mut words, &mut word_memo);
        let file_name = out_path.rsplit('/').next().unwrap().to_string();
        let (code, map) = print_module(&sources, items, body, &format!("{file_name}.map"));
        let map = with_python_file(&map, &py_file);
        crate::timing::mark("emit");
        modules.push(CompiledModule { out_path, code, map });
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    if lib {
        // Every export of the interop module is for the JavaScript caller: all of them ship.
        shims.insert(JS_INTEROP.to_string());
        shims.insert(bundle::LAZY_TRACEBACK.to_string());
        words.extend(["api", "wrap", "toJS", "toPy", "pyFloat", "jsError", "format_exception"].map(String::from));
    }
    requests.words = words.into_iter().collect();
    requests.shims = shims;
    // `main` loads the traceback printer only for an uncaught exception (rt/core.mjs `uncaught`:
    // a dynamic import, which `runtime::closure` does not follow): it ships beside the bundle.
    // It calls the module's `format_exception` (a word, so the shim shaker keeps that export).
    if requests.names.contains("main") {
        requests.shims.insert(bundle::LAZY_TRACEBACK.to_string());
        requests.words.insert("format_exception".to_string());
    }
    let mut originals = BTreeMap::new();
    let mut loads = kernels::LoadCache::default();
    requests.live_shims = live_shim_uses(&requests, &mut originals, &mut loads);
    crate::timing::mark("live-shims");
    let mut runtime = runtime_for(&requests, originals, &mut loads);
    if requests.names.contains("main_lazy") {
        // A lean program (lower/lean.rs): its full runtime, loaded only to report an error
        // (rt/core.mjs `main_lazy`), is a second copy of the core in `pyjs/_full/`, made for a
        // program that reports through `lean_report` (with the traceback printer beside it).
        let mut full = bundle::Requests::default();
        full.names.extend(["main", "lean_report"].map(String::from));
        full.words = requests.words.clone();
        full.words.insert("format_exception".to_string());
        full.shims.insert(bundle::LAZY_TRACEBACK.to_string());
        let mut originals = BTreeMap::new();
        let mut loads = kernels::LoadCache::default();
        full.live_shims = live_shim_uses(&full, &mut originals, &mut loads);
        for (path, bytes) in runtime_for(&full, originals, &mut loads) {
            runtime.insert(format!("_full/{path}"), bytes);
        }
    }
    crate::timing::mark("runtime");
    Ok(Program { entry: format!("{stem}.mjs"), modules, runtime })
}

/// The runtime a program needs: tree-shaken and bundled, or (if the bundler cannot handle
/// the runtime's code, or `PYJS_NO_BUNDLE` is set) the whole files it uses.
/// `originals`: runtime files [`live_shim_uses`] already parsed (unchanged embedded text, with
/// the position the text starts at), reused here rather than parsed again; `loads`, what its
/// analysis of them can share with this one's.
fn runtime_for(
    requests: &bundle::Requests,
    mut originals: BTreeMap<String, (Module, u32)>,
    loads: &mut kernels::LoadCache,
) -> bundle::Files {
    let (mut files, edits) = if std::env::var_os("PYJS_NO_BUNDLE").is_some() {
        (bundle::unbundled(requests), bundle::Edits::new())
    } else {
        match bundle::bundle(requests) {
            Ok(r) => r,
            Err(e) => {
                if std::env::var_os("PYJS_DEBUG_BUNDLE").is_some() {
                    eprintln!("pyjs: runtime not bundled: {e}");
                }
                (bundle::unbundled(requests), bundle::Edits::new())
            }
        }
    };
    // Runtime files shipped as their own modules, parsed once: for the kernels' analysis,
    // then printed minified like the bundle. A file the bundler only rewrote the imports of is
    // the parsed original with those statements replaced.
    let mut parsed: BTreeMap<String, Module> = BTreeMap::new();
    for (path, bytes) in &files {
        if path == bundle::CORE || !path.ends_with(".mjs") {
            continue;
        }
        if let Some((m, base)) = originals.remove(path) {
            let reused = match edits.get(path) {
                None => (runtime::file(path) == Some(&bytes[..])).then_some(m),
                Some(es) => bundle::apply_edits(m, base, es, path),
            };
            if let Some(m) = reused {
                parsed.insert(path.clone(), m);
                continue;
            }
        }
        let Ok(src) = std::str::from_utf8(bytes) else { continue };
        if let Ok(m) = bundle::parse_file(path, src) {
            parsed.insert(path.clone(), m);
        }
    }
    shake_shims(requests, &mut parsed, &mut files, loads);
    if std::env::var_os("PYJS_NO_MINIFY").is_none() {
        for (path, m) in parsed {
            files.insert(path, bundle::minify(m).into_bytes());
        }
    }
    files
}

/// What the shipped part of each stdlib shim uses ([`bundle::ShimUses`]): the shims are
/// tree-shaken as [`shake_shims`] will (the same analysis, on their unbundled text), so the core
/// is shaken only for the words and imports of code that ships. `None` on any doubt.
/// The files it parses are left in `originals` (uncut), and its analysis of them in `loads`,
/// for [`runtime_for`].
fn live_shim_uses(
    requests: &bundle::Requests,
    originals: &mut BTreeMap<String, (Module, u32)>,
    loads: &mut kernels::LoadCache,
) -> Option<bundle::ShimUses> {
    if requests.shims.is_empty()
        || std::env::var_os("PYJS_NO_SHAKE").is_some()
        || std::env::var_os("PYJS_NO_BUNDLE").is_some()
    {
        return None;
    }
    let core = bundle::core_files();
    let mut roots = vec![bundle::CORE.to_string()];
    roots.extend(requests.shims.iter().cloned());
    let mut parsed: BTreeMap<String, Module> = BTreeMap::new();
    for path in runtime::closure(&roots) {
        if !path.ends_with(".mjs") || core.contains(&path) {
            continue;
        }
        let src = std::str::from_utf8(runtime::file(&path)?).ok()?;
        let (m, base) = bundle::parse_file_at(&path, src).ok()?;
        originals.insert(path.clone(), (m.clone(), base));
        parsed.insert(path.clone(), m);
    }
    let others: Vec<(&str, &Module)> = parsed.iter().map(|(p, m)| (p.as_str(), m)).collect();
    let exposed: Vec<String> = requests.shims.iter().cloned().collect();
    let shake = kernels::shake_cached(&others, &exposed, &requests.words, requests.dynamic_names(), loads).ok()?;
    let mut uses = bundle::ShimUses::default();
    for (path, mut m) in parsed {
        // The kernels' glue is cut by kernel later; it imports nothing from the core.
        let Some(cuts) = shake.cuts.get(&path) else { continue };
        kernels::apply_cuts(&mut m, cuts);
        let mut locals = rustc_hash::FxHashSet::default();
        for item in &m.body {
            if let swc_ecma_ast::ModuleItem::ModuleDecl(swc_ecma_ast::ModuleDecl::Import(imp)) = item {
                for spec in &imp.specifiers {
                    locals.insert(match spec {
                        swc_ecma_ast::ImportSpecifier::Named(n) => n.local.sym.to_string(),
                        swc_ecma_ast::ImportSpecifier::Namespace(n) => n.local.sym.to_string(),
                        swc_ecma_ast::ImportSpecifier::Default(n) => n.local.sym.to_string(),
                    });
                }
            }
        }
        uses.words.insert(path.clone(), bundle::runtime_words(&m));
        uses.locals.insert(path, locals);
    }
    Some(uses)
}

/// Tree-shake the shims (runtime files outside the core bundle) down to what the program can
/// reach, and drop the NumPy kernels (WebAssembly) it cannot call (`kernels.rs`,
/// `wasm_dce.rs`); on any doubt, ship them whole.
fn shake_shims(
    requests: &bundle::Requests,
    parsed: &mut BTreeMap<String, Module>,
    files: &mut bundle::Files,
    loads: &mut kernels::LoadCache,
) {
    let debug = std::env::var_os("PYJS_DEBUG_BUNDLE").is_some();
    let core = bundle::core_files();
    let others: Vec<(&str, &Module)> =
        parsed.iter().filter(|(p, _)| !core.contains(*p)).map(|(p, m)| (p.as_str(), m)).collect();
    if others.len() != files.keys().filter(|p| p.ends_with(".mjs") && !core.contains(*p)).count() {
        return; // a file that did not parse
    }
    let exposed: Vec<String> = requests.shims.iter().cloned().collect();
    let shake = match kernels::shake_cached(&others, &exposed, &requests.words, requests.dynamic_names(), loads) {
        Ok(s) => s,
        Err(e) => {
            if debug {
                eprintln!("pyjs: shims not shaken: {e}");
            }
            return;
        }
    };
    if std::env::var_os("PYJS_NO_SHAKE").is_none() {
        for (path, cuts) in &shake.cuts {
            if let Some(m) = parsed.get_mut(path) {
                kernels::apply_cuts(m, cuts);
            }
        }
    }
    if std::env::var_os("PYJS_NO_WASM_DCE").is_some() || !files.contains_key(kernels::WASM) {
        return;
    }
    let Some(live) = shake.kernels else { return };
    let glue = String::from_utf8_lossy(runtime::file(kernels::GLUE).unwrap_or_default()).into_owned();
    let api: BTreeSet<String> = runtime::exports(&glue).into_iter().collect();
    if debug {
        eprintln!("pyjs: kernels kept: {:?}", api.iter().filter(|k| live.contains(*k)).collect::<Vec<_>>());
    }
    let Some(wasm) = files.get(kernels::WASM) else { return };
    match wasm_dce::shrink(wasm, &|name| !api.contains(name) || live.contains(name)) {
        Ok(w) => {
            files.insert(kernels::WASM.to_string(), w);
            if std::env::var_os("PYJS_NO_SHAKE").is_none() {
                if let Some(m) = parsed.get_mut(kernels::GLUE) {
                    let cuts = kernels::glue_cuts(m, &|name| api.contains(name) && !live.contains(name));
                    kernels::apply_cuts(m, &cuts);
                }
            }
        }
        Err(e) => {
            if debug {
                eprintln!("pyjs: kernels not shrunk: {e}");
            }
        }
    }
}

/// The public names of module `name` for `from name import *`: a local module's
/// module-level bindings, or a runtime shim's exports, without `_`-prefixed names.
fn star_names(root: &Path, name: &str) -> Option<Vec<String>> {
    let resolver_files = Resolver {
        root,
        depth: 0,
        found: &mut BTreeMap::new(),
        shims: &mut BTreeSet::new(),
        not_local: &mut BTreeSet::new(),
    };
    let mut names: Vec<String> = if let Some(info) = resolver_files.local(name).or_else(|| Resolver::stdlib_py(name)) {
        let src = info.embedded.map_or_else(|| std::fs::read_to_string(&info.path).ok(), |s| Some(s.to_string()))?;
        let ast = parse_module(&src, name).ok()?;
        if let Some(all) = dunder_all(&ast) {
            // `__all__` lists exactly what a star import takes, `_` names included.
            return Some(all);
        }
        Semantic::analyze(&ast).scopes[0].bound.clone()
    } else {
        let shim = runtime::shim_for(name)?;
        let mut names = runtime::exports(&String::from_utf8_lossy(runtime::file(&shim)?));
        // Submodules (`collections.abc`) are not in a package's `__all__`.
        names.retain(|n| runtime::shim_for(&format!("{name}.{n}")).is_none_or(|s| s == shim));
        names
    };
    names.retain(|n| !n.starts_with('_'));
    Some(names)
}

/// A module-level `__all__ = [...]` (or a tuple) of string literals, with any `__all__ += [...]`;
/// `None` when there is none or a method call (`__all__.extend(...)`) changes it.
fn dunder_all(body: &[crate::parse::ast::Stmt]) -> Option<Vec<String>> {
    use crate::parse::ast::{Constant, Expr, Stmt};
    let strs = |e: &Expr| -> Option<Vec<String>> {
        let elts = match e {
            Expr::List(l) => &l.elts,
            Expr::Tuple(t) => &t.elts,
            _ => return None,
        };
        elts.iter()
            .map(|x| match x {
                Expr::Constant(c) => match &c.value {
                    Constant::Str(s) => Some(s.to_string()),
                    _ => None,
                },
                _ => None,
            })
            .collect()
    };
    let is_all = |t: &Expr| matches!(t, Expr::Name(n) if n.id.as_str() == "__all__");
    let mut all: Option<Vec<String>> = None;
    for s in body {
        match s {
            Stmt::Assign(a) if a.targets.len() == 1 && is_all(&a.targets[0]) => all = Some(strs(&a.value)?),
            Stmt::AugAssign(a) if is_all(&a.target) => all.as_mut()?.extend(strs(&a.value)?),
            // `__all__.extend(tok_name.values())` (token.py): the list is only known at run
            // time, so the star import takes every public module-level name instead.
            Stmt::Expr(e) => {
                if let Expr::Call(c) = &*e.value {
                    if let Expr::Attribute(at) = &*c.func {
                        if is_all(&at.value) {
                            return None;
                        }
                    }
                }
            }
            _ => {}
        }
    }
    all
}

/// Write a compiled program into `out`.
pub fn write(program: &Program, out: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(out)?;
    for m in &program.modules {
        let path = out.join(&m.out_path);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        std::fs::write(&path, &m.code)?;
        std::fs::write(path.with_extension("mjs.map"), &m.map)?;
    }
    for (f, bytes) in &program.runtime {
        let path = out.join("pyjs").join(f);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        std::fs::write(&path, bytes)?;
    }
    Ok(())
}

/// Compile one self-contained module from text (no local imports): the JS of the module, or
/// the rendered diagnostics. Used by snapshot tests and tools.
pub fn compile_str(file: &str, src: &str) -> Result<String, String> {
    compile_str_with(file, src, false, |sources, items, body| print_module(sources, items, body, "main.mjs.map").0)
}

/// [`compile_str`], returning the JS and the module's source map built twice: by pyjs's own
/// builder (`srcmap::build`, what `pyjs compile` writes) and by swc (`srcmap::swc_source_map`).
/// For the test that checks the two maps are the same.
pub fn compile_str_maps(file: &str, src: &str) -> Result<(String, String, String), String> {
    compile_str_with(file, src, true, |sources, items, body| {
        crate::emit::print_module_both_maps(sources, items, body, "main.mjs.map")
    })
}

/// `ends`: record expression ends (the `NAME#end` source) as `pyjs compile` does.
fn compile_str_with<T>(
    file: &str,
    src: &str,
    ends: bool,
    print: impl FnOnce(&Sources, Vec<swc_ecma_ast::ModuleItem>, Body) -> T,
) -> Result<T, String> {
    let render = |diags: Vec<Diagnostic>| diags.iter().map(|d| d.render(file, src)).collect::<String>();
    let ast = parse_module(src, file).map_err(|d| render(vec![d]))?;
    let empty = PathBuf::from("/nonexistent-pyjs-root");
    let sem = Semantic::analyze_with(&ast, &mut |m, level| {
        if level == 0 {
            star_names(&empty, m.unwrap_or_default())
        } else {
            None
        }
    });
    if let Some((s, e, msg)) = &sem.syntax_error {
        return Err(render(vec![Diagnostic::syntax_error(Span::new(*s, *e), msg)]));
    }
    let sources = Sources::new();
    let base = sources.add(file, src);
    let (mut found, mut shims) = (BTreeMap::new(), BTreeSet::new());
    let mut not_local = BTreeSet::new();
    let mut resolver =
        Resolver { root: &empty, depth: 0, found: &mut found, shims: &mut shims, not_local: &mut not_local };
    let mut body = Body::new();
    let mut lowerer = Lowerer::new(&sem, src, base, "__main__", true, false, &mut resolver);
    if ends {
        let (end_base, end_index) = sources.add_ends(file, src);
        lowerer.end_base = Some(end_base);
        lowerer.end_index = end_index;
    }
    let (items, diags) =
        lowerer.lower_module(&ast, "./pyjs/builtins.mjs", file, &mut |stmts| body.print(&sources, &stmts));
    if !diags.is_empty() {
        return Err(render(diags));
    }
    Ok(print(&sources, items, body))
}
