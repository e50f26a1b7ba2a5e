//! Lowering: Python AST to swc's JavaScript AST.
//!
//! One [`Lowerer`] lowers one Python module to one ES module. Construct families live in
//! their own files; `stmt.rs` and `expr.rs` dispatch with exhaustive matches.
//!
//! ```python
//! x = 1
//! print(x + 2)
//! ```
//! becomes
//! ```js
//! import { add as $add, print as $print } from "./pyjs/builtins.mjs";
//! let x;
//! $main(() => { x = 1; $print($add(x, 2)); }, "x.py");
//! export { x };
//! ```

mod assign;
mod call;
mod class;
mod comprehension;
mod dual;
mod exceptions;
mod expr;
mod fstring;
mod func;
pub(crate) mod imports;
mod lean;
mod loops;
mod matching;
mod owned;
mod stmt;
mod strlit;
mod typed;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::collections::{BTreeMap, BTreeSet};

use swc_common::{BytePos, Span as JsSpan};
use swc_ecma_ast::{Expr as JsExpr, ModuleItem, Stmt as JsStmt};

use crate::diagnostics::Diagnostic;
use crate::js;
use crate::names;
use crate::parse::{ast, Range};
use crate::semantic::{Resolved, ScopeId, ScopeKind, Semantic};

pub use imports::{ImportResolver, ModuleRef};

/// Per-function lowering state.
#[derive(Default)]
struct FnCtx {
    temps: Vec<String>,
    loops: Vec<LoopCtx>,
    /// Names of the caught-exception variables of the enclosing `except` blocks.
    excs: Vec<String>,
    /// How many enclosing `try` statements catch ImportError.
    import_guards: u32,
    /// The first parameter of a method (`self`), for `super()`.
    self_name: Option<String>,
    /// The JS name of the class object whose method this is, for `super()`.
    class_obj: Option<String>,
    /// A comprehension in a method: `super()` there finds the iterator as its first argument
    /// (CPython 3.11 runs a comprehension as a function), a TypeError.
    comp_super: bool,
    /// Temporaries shared by the inline attribute accesses of this function (object, value).
    attr_temps: Option<(String, String)>,
    /// The temporary shared by this function's inline float boxings (`box_raw_float`).
    float_temp: Option<String>,
    /// Variables of this scope that may be read unbound: declared with the unbound marker.
    marked: HashSet<String>,
    /// Free variables that may be unbound when this function is defined.
    free_unbound: HashSet<String>,
    /// Whether an `await` was lowered in this function (makes a comprehension asynchronous).
    saw_await: bool,
    /// Whether this is an `async def` (its `try`/`with` blocks may span suspensions).
    is_async: bool,
    /// The owned array variables of this function's scope (lower/owned.rs).
    owned: Option<(ScopeId, HashSet<String>)>,
    /// The owned variables released at a `return`.
    owned_at_return: Vec<String>,
    /// The dual (float or np.float64) locals of this function's scope (lower/dual.rs).
    duals: Option<(ScopeId, HashSet<String>)>,
    /// Free variables read or written in this function or its nested functions (for
    /// `__closure__`, recorded only when the module text mentions it).
    free: BTreeSet<String>,
    /// This function's variables that nested functions read (`co_cellvars`, recorded only
    /// when the module text mentions `__code__`).
    cellvars: BTreeSet<String>,
}

struct LoopCtx {
    /// Label to `break` to when the loop has an `else` clause.
    else_label: Option<String>,
}

pub struct Lowerer<'a> {
    sem: &'a Semantic,
    src: &'a str,
    /// Whether the module text could read function annotations (`__annotations__`, `register`,
    /// `get_type_hints`, `signature`), and whether it has `from __future__ import annotations`:
    /// scanned once here, not per function.
    reads_annotations: bool,
    future_annotations: bool,
    /// Whether the module text calls `get_type_hints`: string annotations then also get their
    /// evaluated form, as a thunk (`annotation_hint`).
    wants_hints: bool,
    /// Whether the module binds its own `__annotations__` dict: its text mentions the name and
    /// module-level code has an annotated assignment to a simple name (CPython creates the dict
    /// only then).
    module_annotations: bool,
    /// Whether the source imports numpy (scanned once: lower/owned.rs asks per function).
    mentions_numpy: bool,
    /// Whether the source mentions `modules` (`sys.modules["__main__"]`: see `lower_module`).
    mentions_modules: bool,
    /// Whether the module text reads the exception being handled at run time (`exc_info`,
    /// `exception()`, `format_exc`, `print_exc`): handlers then restore the previous one.
    reads_exc_info: bool,
    /// The names the module text defines with `def`: a method call `o.name(...)` of another name
    /// cannot call a method this module defines, so it goes through the runtime, which raises
    /// CPython's AttributeError with the receiver's type (`'Account' object has no attribute
    /// 'name'`) or TypeError (`'int' object is not callable`) instead of a bare JS call.
    def_names: HashSet<&'a str>,
    /// Whether the module text mentions `__closure__`: functions then record their free variables.
    wants_closure: bool,
    /// Whether the module text mentions `__code__`: function signatures then carry what
    /// `f.__code__` reports (`co_varnames`, `co_cellvars`, `co_flags`, `co_firstlineno`).
    wants_code: bool,
    /// The Python path shown in tracebacks (`co_filename`).
    pyfile: String,
    /// Whether the module text calls `globals()`: it then returns a dict whose stores rebind the
    /// module's variables (`$pyjs_setattr`, in the main module too), and reads of names no
    /// statement binds consult the names stored that way (`$pyjs_extra`).
    pub(super) live_globals: bool,
    /// Offset of this file in swc's source map, for spans.
    base: u32,
    /// Base offset of the module's end-position copy in the source map (`emit::END_SUFFIX`),
    /// when the driver registered one: helper calls then also record their expression's end.
    pub end_base: Option<u32>,
    /// Byte offsets of the module into its end-position copy (`emit::EndIndex`).
    pub end_index: crate::emit::EndIndex,
    /// The builtin call consuming the generator expression being lowered (see
    /// `consumed_comprehension`).
    comp_call: Option<Range>,
    pub module_name: String,
    is_main: bool,
    /// `pyjs compile --lib`: the entry module is imported by JavaScript code, not run as
    /// `__main__`. Its `__name__` is its own name, its functions may be called with any
    /// arguments (no closed-function inference, no release of module variables' arrays), and
    /// an uncaught exception is thrown to the importer (`$main_lib`) instead of ending the process.
    pub lib: bool,
    /// Whether this module is a package's `__init__`.
    is_package: bool,
    /// Runtime exports used, each imported as `$name`.
    /// The runtime helpers used, each with its `$name` identifier.
    helpers: HashMap<String, swc_ecma_ast::Ident>,
    pub diags: Vec<Diagnostic>,
    scope: ScopeId,
    fns: Vec<FnCtx>,
    /// Class body parameter names, innermost last (class scopes only).
    class_objs: Vec<String>,
    /// Class body parameters of classes with bases other than `object` (possible metaclasses).
    maybe_meta: BTreeSet<String>,
    /// Module-level constants hoisted out of the body (boxed float literals).
    consts: Vec<JsStmt>,
    const_ids: BTreeMap<String, String>,
    /// `import * as alias from "path"` items, by path.
    module_imports: BTreeMap<String, String>,
    /// Module-level names bound to a module by `import`, with the module's full name.
    module_names: BTreeMap<String, String>,
    /// Module-level names bound by `from importlib import import_module [as x]`: a call of one
    /// with a literal module name is that import, as `importlib.import_module("m")` is (call.rs).
    import_module_fns: rustc_hash::FxHashSet<String>,
    resolver: &'a mut dyn ImportResolver,
    counter: u32,
    /// Local modules imported since the last `import` statement finished (see imports.rs).
    pending_inits: Vec<String>,
    /// `__qualname__` prefix of the current scope (`""`, `"C."`, `"f.<locals>."`).
    qual_prefix: String,
    /// The module body awaits (`asyncio.run(...)` at module level), so it runs as an async function.
    module_async: bool,
    /// Inferred variable types (see `crate::infer` and `typed.rs`).
    types: crate::infer::Inference,
    /// Name reads that may find the variable unbound (start offset -> what kind of variable).
    unbound_checks: HashMap<u32, UnboundKind>,
    /// For each nested `def` (start offset), the enclosing variables that may be unbound there.
    nested_unbound: HashMap<u32, HashSet<String>>,
    /// Class objects (`X$cls`) of metaclasses (`class M(type)`): their methods get a class as self.
    metaclass_objs: HashSet<String>,
    /// Module-level functions bound only by their undecorated `def`, without `*args`: how many
    /// positional arguments they take (direct calls with more raise at compile-known sites).
    static_arity: HashMap<String, usize>,
    /// Module-level classes bound only by their undecorated `class` statement: `C.m(obj, ...)`
    /// calls through them use `$ucallN` (see `lower/call.rs`).
    static_classes: HashSet<String>,
    /// Names whose every binding in the module (any scope) is a `def`, `class` or import: calls of
    /// them need no callable check (`$cf`, which names the type of a non-callable callee).
    callable_names: HashSet<String>,
    /// The entry module's body cannot raise (`body_cannot_raise`): it runs under `$main_lean`
    /// and its `print` statements use `$print_str`.
    lean: bool,
    /// The entry module's values are all ints, floats, strs, bools and None (`lean.rs`): if every
    /// helper it imports has a lean version, it uses the lean runtime (`main_lazy`).
    lean_universe: bool,
    /// In a `lean` module, the type of the constants each variable name is ever assigned (when
    /// they all have one: `lean_kinds`), which `print_str_fast` prints by.
    lean_types: HashMap<String, crate::infer::Ty>,
    /// Module globals that a nested function declares `global` while an enclosing function has a
    /// local of the same name (JS would find the local): read and written through `$G.name`.
    shadowed_globals: BTreeSet<String>,
    /// Lowering the fallback of an np.float64 element expression (`typed.rs::spec_npsub`).
    no_npsub: bool,
}

#[derive(Clone, Copy)]
enum UnboundKind {
    Local,
    Module,
    Free,
}

/// The names `src` defines with `def` (methods and functions).
fn def_names(src: &str) -> HashSet<&str> {
    let b = src.as_bytes();
    let mut out = HashSet::default();
    let mut i = 0;
    let mut after_def = false;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_alphabetic() || c == b'_' || c >= 0x80 {
            let start = i;
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_' || b[i] >= 0x80) {
                i += 1;
            }
            let word = &src[start..i];
            if after_def {
                out.insert(word);
            }
            after_def = word == "def";
        } else if c.is_ascii_digit() {
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
                i += 1;
            }
            after_def = false;
        } else {
            if !c.is_ascii_whitespace() {
                after_def = false;
            }
            i += 1;
        }
    }
    out
}

impl<'a> Lowerer<'a> {
    pub fn new(
        sem: &'a Semantic,
        src: &'a str,
        base: u32,
        module_name: &str,
        is_main: bool,
        is_package: bool,
        resolver: &'a mut dyn ImportResolver,
    ) -> Self {
        Lowerer {
            sem,
            src,
            reads_annotations: ["__annotations__", "register", "get_type_hints", "signature"]
                .iter()
                .any(|w| src.contains(w)),
            future_annotations: src.contains("from __future__ import annotations"),
            wants_hints: src.contains("get_type_hints"),
            module_annotations: false,
            mentions_numpy: src.contains("import numpy") || src.contains("from numpy"),
            mentions_modules: src.contains("modules"),
            reads_exc_info: ["exc_info", "exception()", "format_exc", "print_exc"].iter().any(|w| src.contains(w)),
            def_names: def_names(src),
            wants_closure: src.contains("__closure__") || src.contains("__code__"),
            wants_code: src.contains("__code__"),
            pyfile: String::new(),
            live_globals: src.contains("globals()"),
            base,
            end_base: None,
            end_index: Default::default(),
            comp_call: None,
            module_name: module_name.to_string(),
            is_main,
            lib: false,
            is_package,
            helpers: HashMap::default(),
            diags: vec![],
            scope: ScopeId(0),
            fns: vec![FnCtx::default()],
            class_objs: vec![],
            maybe_meta: BTreeSet::new(),
            consts: vec![],
            const_ids: BTreeMap::new(),
            module_imports: BTreeMap::new(),
            module_names: BTreeMap::new(),
            import_module_fns: Default::default(),
            resolver,
            counter: 0,
            module_async: false,
            qual_prefix: String::new(),
            pending_inits: vec![],
            types: crate::infer::Inference::default(),
            unbound_checks: HashMap::default(),
            nested_unbound: HashMap::default(),
            metaclass_objs: HashSet::default(),
            static_arity: HashMap::default(),
            static_classes: HashSet::default(),
            callable_names: HashSet::default(),
            lean: false,
            lean_universe: false,
            lean_types: HashMap::default(),
            shadowed_globals: BTreeSet::new(),
            no_npsub: false,
        }
    }

    /// Lower a whole module. `runtime` is the import path of `builtins.mjs` from this module,
    /// `pyfile` the Python path shown in tracebacks.
    ///
    /// The module body's statements are handed to `body` one top-level Python statement at a
    /// time, as soon as each is lowered (the driver prints and drops them, so the JS tree of a
    /// whole large module never exists at once); the returned items hold
    /// [`crate::emit::BODY_MARKER`] where they go (nothing when the body lowered to no statement).
    pub fn lower_module(
        mut self,
        body: &[ast::Stmt],
        runtime: &str,
        pyfile: &str,
        body_sink: &mut dyn FnMut(Vec<JsStmt>),
    ) -> (Vec<ModuleItem>, Vec<Diagnostic>) {
        crate::timing::mark("lower-setup");
        self.pyfile = pyfile.to_string();
        self.module_annotations = self.src.contains("__annotations__") && has_module_annassign(body);
        self.types = crate::infer::Inference::analyze(self.sem, body, self.is_main && !self.lib);
        crate::timing::mark("infer");
        let counts = &self.sem.scope(ScopeId(0)).binding_count;
        // Module-level `def`s, also those inside `if`/`try`/`with`/loops (`try: def f ...`).
        let mut module_defs = vec![];
        module_level_defs(body, &mut module_defs);
        for d in module_defs {
            if d.decorator_list.is_empty() && d.args.vararg.is_none() && counts.get(d.name.as_str()).copied() == Some(1)
            {
                self.static_arity.insert(d.name.to_string(), d.args.posonlyargs.len() + d.args.args.len());
            }
        }
        for s in body {
            if let ast::Stmt::ClassDef(d) = s {
                if d.decorator_list.is_empty() && counts.get(d.name.as_str()).copied() == Some(1) {
                    self.static_classes.insert(d.name.to_string());
                }
            }
        }
        self.callable_names = self.callable_names(body);
        self.definite_assignment(body, vec![], None);
        if self.is_main && !self.lib {
            let (owned, _) = self.owned_vars(body);
            self.fctx().owned = Some((self.scope, owned));
        }
        self.lean = self.is_main && self.body_cannot_raise(body);
        self.lean_universe = self.is_main && !self.lib && !self.lean && self.lean_universe(body);
        if self.lean {
            self.lean_types = Self::lean_kinds(body).into_iter().map(|(k, v)| (k.to_string(), v)).collect();
        }
        crate::timing::mark("definite+owned");
        let mut streamed = false;
        for s in body {
            let js = self.stmt(s);
            if !js.is_empty() {
                streamed = true;
                body_sink(js);
            }
        }
        if let Some(close) = self.close_generators() {
            streamed = true;
            body_sink(vec![close]);
        }
        let fctx = self.fns.pop().unwrap();
        let globals: Vec<String> = self.sem.scope(ScopeId(0)).bound.iter().map(|n| names::mangle(n)).collect();
        let marker = (!fctx.marked.is_empty()).then(|| self.h("UNBOUND"));

        let mut items = vec![];
        let mut main_body = vec![];
        if !fctx.temps.is_empty() {
            main_body.push(js::let_names(&fctx.temps));
        }
        if streamed {
            main_body.push(js::expr_stmt(js::id(crate::emit::BODY_MARKER), swc_common::DUMMY_SP));
        }
        // `__name__`
        let name_init = js::assign(js::id("__name__"), js::str_lit(&self.py_module_name()));
        main_body.insert(0, js::expr_stmt(name_init, swc_common::DUMMY_SP));
        let doc = docstring(body).map(js::str_lit).unwrap_or_else(js::null);
        main_body.insert(1, js::expr_stmt(js::assign(js::id("__doc__"), doc), swc_common::DUMMY_SP));
        main_body.insert(2, js::expr_stmt(js::assign(js::id("__file__"), js::str_lit(pyfile)), swc_common::DUMMY_SP));
        if self.is_main && !self.lib && (self.mentions_modules || !self.module_imports.is_empty()) {
            // `sys.modules["__main__"]` (read here or by a module it imports): the main module's
            // own namespace, imported by itself, registered before its body runs.
            let stem =
                std::path::Path::new(pyfile).file_stem().map(|s| s.to_string_lossy().to_string()).unwrap_or_default();
            let alias = "$M___main__".to_string();
            self.module_imports.insert(format!("./{stem}.mjs"), alias.clone());
            let reg = js::call(self.h("register_module"), vec![js::id(&alias), js::str_lit("__main__")]);
            main_body.insert(3, js::expr_stmt(reg, swc_common::DUMMY_SP));
        }
        if self.module_annotations {
            let init = js::assign(js::id("__annotations__"), js::call(self.h("mkdict"), vec![js::array(vec![])]));
            main_body.insert(3, js::expr_stmt(init, swc_common::DUMMY_SP));
        }
        let run = if self.lean && !self.module_async {
            // Nothing can reach the traceback printer: `$main_lean` only runs the body and flushes.
            let f = js::arrow(vec![], main_body, false);
            vec![js::expr_stmt(js::call(self.h("main_lean"), vec![f]), swc_common::DUMMY_SP)]
        } else if self.is_main {
            let f = js::arrow(vec![], main_body, self.module_async);
            let driver = self.h(if self.lib { "main_lib" } else { "main" });
            vec![js::expr_stmt(js::call(driver, vec![f, js::str_lit(pyfile)]), swc_common::DUMMY_SP)]
        } else {
            // `export function $pyjs_init($ns) { if ($pyjs_done) return; $pyjs_done = true; ...body }`
            let mut body = vec![
                js::if_stmt(
                    js::id("$pyjs_done"),
                    vec![js::return_stmt(None, swc_common::DUMMY_SP)],
                    None,
                    swc_common::DUMMY_SP,
                ),
                js::expr_stmt(js::assign(js::id("$pyjs_done"), js::bool_lit(true)), swc_common::DUMMY_SP),
                // In `sys.modules` before its body runs, as in CPython.
                js::expr_stmt(
                    js::call(self.h("register_module"), vec![js::id("$ns"), js::str_lit(&self.module_name)]),
                    swc_common::DUMMY_SP,
                ),
            ];
            body.extend(main_body);
            let f = js::function(
                js::FnOpts {
                    name: Some("$pyjs_init".into()),
                    is_generator: false,
                    is_async: false,
                    span: swc_common::DUMMY_SP,
                },
                vec![js::param("$ns")],
                body,
            );
            vec![js::let_decl("$pyjs_done", js::bool_lit(false)), js::const_decl("$pyjs_init", f)]
        };

        // Module-level names that shadow builtins start (and are restored by `del`) as the builtin.
        let sem = self.sem;
        let shadows: HashMap<String, JsExpr> = sem
            .scope(ScopeId(0))
            .bound
            .iter()
            .filter(|n| names::is_builtin(n) && names::unsupported_builtin(n).is_none())
            .map(|n| (names::mangle(n), self.h(n)))
            .collect();
        let gbox_decl = if self.shadowed_globals.is_empty() {
            None
        } else {
            // `const $G = $gbox({x: [() => x, (v) => { x = v; }]})`: accessors for shadowed globals.
            let gnames: Vec<String> = self.shadowed_globals.iter().cloned().collect();
            let props: Vec<(String, JsExpr)> = gnames
                .iter()
                .map(|n| {
                    let m = names::mangle(n);
                    let get = js::arrow(vec![], vec![js::return_stmt(Some(js::id(&m)), swc_common::DUMMY_SP)], false);
                    let set = js::arrow(
                        vec!["v"],
                        vec![js::expr_stmt(js::assign(js::id(&m), js::id("v")), swc_common::DUMMY_SP)],
                        false,
                    );
                    (m, js::array(vec![get, set]))
                })
                .collect();
            let obj = js::object(props.iter().map(|(k, v)| (k.as_str(), v.clone())).collect());
            let gbox = self.h("gbox");
            Some(js::const_decl("$G", js::call(gbox, vec![obj])))
        };
        let lazy =
            self.lean_universe && !self.module_async && self.helpers.keys().all(|h| lean::lean_helper(h).is_some());
        if self.lean_universe && !lazy && std::env::var_os("PYJS_DEBUG_LEAN").is_some() {
            let missing: Vec<&String> = self.helpers.keys().filter(|h| lean::lean_helper(h).is_none()).collect();
            eprintln!("pyjs: lean universe, helpers without a lean version: {missing:?}");
        }
        let mut helper_names: Vec<(String, String)> = self
            .helpers
            .keys()
            .map(|h| (if lazy { lean::lean_helper(h).unwrap().to_string() } else { h.clone() }, format!("${h}")))
            .collect();
        helper_names.sort();
        if self.lib {
            // `--lib`: the JS side (it installs the traceback printer for errors thrown to JS).
            let interop = runtime.replace("builtins.mjs", crate::driver::JS_INTEROP);
            items.push(js::import_named(vec![], &interop));
        }
        if !helper_names.is_empty() {
            items.push(js::import_named(helper_names, runtime));
        }
        for (path, alias) in &self.module_imports {
            items.push(js::import_star(alias, path));
        }
        let mut decl = globals.clone();
        decl.extend(["__name__".into(), "__doc__".into(), "__file__".into()]);
        if self.module_annotations {
            decl.push("__annotations__".into());
        }
        let marked: HashSet<String> = fctx.marked.iter().map(|n| names::mangle(n)).collect();
        items.push(ModuleItem::Stmt(js::let_names_init(&decl, |n| {
            shadows.get(n).cloned().or_else(|| marker.clone().filter(|_| marked.contains(n)))
        })));
        items.extend(self.consts.drain(..).map(ModuleItem::Stmt));
        items.extend(gbox_decl.into_iter().map(ModuleItem::Stmt));
        if !self.is_main || self.live_globals {
            items.extend(module_setattr(&globals_py(sem)).into_iter().map(ModuleItem::Stmt));
        }
        items.extend(run.into_iter().map(ModuleItem::Stmt));
        let exports: Vec<(String, String)> = self
            .sem
            .scope(ScopeId(0))
            .bound
            .iter()
            // Node's loader resolves the entry module's namespace like a promise, so an exported
            // `then` would be called at start-up: a program's own `then` is not exported (only
            // `--lib` modules, which JS imports, export it).
            .filter(|n| !(self.is_main && !self.lib && n.as_str() == "then"))
            .map(|n| (names::mangle(n), n.clone()))
            .chain(["__name__", "__doc__", "__file__"].map(|n| (n.to_string(), n.to_string())))
            .chain(self.module_annotations.then(|| ("__annotations__".to_string(), "__annotations__".to_string())))
            .chain((!self.is_main).then(|| ("$pyjs_init".to_string(), "$pyjs_init".to_string())))
            .chain(
                ["$pyjs_setattr", "$pyjs_extra"]
                    .into_iter()
                    .filter(|_| !self.is_main)
                    .map(|n| (n.to_string(), n.to_string())),
            )
            .collect();
        items.push(js::export_names(exports));
        (items, self.diags)
    }

    /// In a main module that defines generators, the statement ending its body that closes the
    /// generators its variables still hold (`$close_gens([g, ...])`, `rt/object.mjs`), as
    /// CPython's finalization does when it clears `__main__`: names starting with `_` first,
    /// then the others, in first-binding order; names bound only by `def`/`class`/imports are
    /// left out.
    fn close_generators(&mut self) -> Option<JsStmt> {
        if !self.is_main || self.lib || !self.sem.scopes.iter().any(|s| s.is_generator) {
            return None;
        }
        let bound = &self.sem.scope(ScopeId(0)).bound;
        let vars = bound.iter().filter(|n| !self.callable_names.contains(*n) && !n.starts_with("__"));
        let (under, rest): (Vec<&String>, Vec<&String>) = vars.partition(|n| n.starts_with('_'));
        let vals: Vec<JsExpr> = under.into_iter().chain(rest).map(|n| js::id(&names::mangle(n))).collect();
        if vals.is_empty() {
            return None;
        }
        let f = self.h("close_gens");
        Some(js::expr_stmt(js::call(f, vec![js::array(vals)]), swc_common::DUMMY_SP))
    }

    // ---- shared services for the construct files ----

    fn is_main_module(&self) -> bool {
        self.is_main
    }

    /// The module's `__name__`.
    /// `__package__`: None in the main script (as `python3 FILE.py` gives), else the package a
    /// module belongs to (`pkg` for `pkg/util.py` and `pkg/__init__.py`, `""` at top level).
    fn package_value(&self) -> JsExpr {
        if self.is_main && !self.lib {
            return js::null();
        }
        let name = &self.module_name;
        if self.is_package {
            return js::str_lit(name);
        }
        js::str_lit(name.rsplit_once('.').map_or("", |(p, _)| p))
    }

    fn py_module_name(&self) -> String {
        if self.is_main && !self.lib {
            "__main__".to_string()
        } else {
            self.module_name.clone()
        }
    }

    /// A runtime helper, recorded for import: `$name`.
    fn h(&mut self, name: &str) -> JsExpr {
        if let Some(id) = self.helpers.get(name) {
            return JsExpr::Ident(id.clone());
        }
        let id = js::ident(&format!("${name}"));
        self.helpers.insert(name.to_string(), id.clone());
        JsExpr::Ident(id)
    }

    /// The Python source text of a node.
    fn source_text(&self, r: Range) -> String {
        self.src.get(r.start().to_usize()..r.end().to_usize()).unwrap_or_default().to_string()
    }

    /// The text of annotation `r` as `from __future__ import annotations` keeps it: CPython
    /// stores the unparsed expression, whose string literals are reprs (`Literal["a"]` becomes
    /// `Literal['a']`). Plain one-line literals without escapes are re-quoted; the rest of the
    /// source text stays as written.
    fn annotation_source(&self, r: Range) -> String {
        let src = self.source_text(r);
        if !src.contains('"') || src.contains('\\') || src.contains("\"\"\"") || src.contains("'''") {
            return src;
        }
        let mut out = String::with_capacity(src.len());
        let mut chars = src.chars();
        while let Some(c) = chars.next() {
            if c != '"' && c != '\'' {
                out.push(c);
                continue;
            }
            let mut inner = String::new();
            let mut closed = false;
            for d in chars.by_ref() {
                if d == c {
                    closed = true;
                    break;
                }
                inner.push(d);
            }
            if !closed || inner.contains('\n') {
                return src;
            }
            // Python's repr: single quotes unless the text has one and no double quote.
            if inner.contains('\'') {
                if c == '\'' || inner.contains('"') {
                    return src;
                }
                out.push('"');
                out.push_str(&inner);
                out.push('"');
            } else {
                out.push('\'');
                out.push_str(&inner);
                out.push('\'');
            }
        }
        out
    }

    fn span(&self, r: Range) -> JsSpan {
        JsSpan::new(BytePos(self.base + r.start().to_u32()), BytePos(self.base + r.end().to_u32()))
    }

    /// `callee(args)` mapped to the Python expression `sp`, whose end is recorded too when the
    /// callee is a plain identifier (a runtime helper) and the expression sits on one line: the
    /// call maps to the end in the module's end-position copy (`emit::END_SUFFIX`) and the
    /// identifier, printed at the same JS column, to the start, so the traceback printer can
    /// draw CPython's carets (`~~^~~`) under exactly this expression. At the start of a JS line
    /// only the last mapping survives (swc's writer), the start: the printer then re-scans the
    /// source line as it does for calls without an end.
    fn call_sp(&self, callee: JsExpr, args: Vec<JsExpr>, sp: JsSpan) -> JsExpr {
        self.call_args_sp(callee, args.into_iter().map(js::arg).collect(), sp)
    }

    /// [`Self::call_sp`] with spread-capable arguments.
    fn call_args_sp(&self, callee: JsExpr, args: Vec<swc_ecma_ast::ExprOrSpread>, sp: JsSpan) -> JsExpr {
        match (callee, self.end_span(sp)) {
            (JsExpr::Ident(mut id), Some(end)) if id.span.is_dummy() => {
                id.span = JsSpan::new(sp.lo, sp.lo);
                js::call_args(JsExpr::Ident(id), args, end)
            }
            // `obj.m(...)`: V8 reports the call at the property name, which maps to the call's
            // end (a lone end: the printer takes the primary expression ending there, the whole
            // `make().m(...)`, where the mapping before it would give `make()`).
            (JsExpr::Member(mut m), Some(end)) => {
                if let swc_ecma_ast::MemberProp::Ident(id) = &mut m.prop {
                    if id.span.is_dummy() {
                        id.span = end;
                    }
                }
                js::call_args(JsExpr::Member(m), args, sp)
            }
            (callee, _) => js::call_args(callee, args, sp),
        }
    }

    /// [`Self::call_sp`] for a call that is a whole statement (`x[i] = v` is `$setitem(x, i, v);`),
    /// so it starts a JS line: the mappings go the other way round (start, then end), so the
    /// end survives, and the printer takes the primary expression ending there (`x[i]`).
    fn call_sp_stmt(&self, callee: JsExpr, args: Vec<JsExpr>, sp: JsSpan) -> JsExpr {
        match (callee, self.end_span(sp)) {
            (JsExpr::Ident(mut id), Some(end)) if id.span.is_dummy() => {
                id.span = end;
                js::call_sp(JsExpr::Ident(id), args, sp)
            }
            (callee, _) => js::call_sp(callee, args, sp),
        }
    }

    /// The end of the one-line Python expression `sp` as a position in the module's
    /// end-position copy, or None.
    fn end_span(&self, sp: JsSpan) -> Option<JsSpan> {
        let end_base = self.end_base?;
        if sp.is_dummy() {
            return None;
        }
        let (lo, hi) = (sp.lo.0.wrapping_sub(self.base) as usize, sp.hi.0.wrapping_sub(self.base) as usize);
        if lo < hi && hi < self.src.len() && !self.src.as_bytes()[lo..hi].contains(&b'\n') {
            let at = end_base + self.end_index.pos(hi as u32);
            Some(JsSpan::new(BytePos(at), BytePos(at)))
        } else {
            None
        }
    }

    fn diag(&mut self, d: Diagnostic) {
        self.diags.push(d);
    }

    fn fctx(&mut self) -> &mut FnCtx {
        self.fns.last_mut().unwrap()
    }

    /// A fresh temporary, declared at the top of the current function.
    fn temp(&mut self) -> String {
        self.counter += 1;
        let name = format!("$t{}", self.counter);
        self.fctx().temps.push(name.clone());
        name
    }

    /// The two temporaries of inline attribute access (see `attribute` in expr.rs). Each use
    /// finishes with them before the next one starts, so one pair serves a whole function.
    fn attr_temps(&mut self) -> (String, String) {
        if let Some(t) = &self.fctx().attr_temps {
            return t.clone();
        }
        let t = (self.temp(), self.temp());
        self.fctx().attr_temps = Some(t.clone());
        t
    }

    /// The temporary of inline float boxing (`box_raw_float` in typed.rs): each use assigns it
    /// and reads it back before any other use can start, so one serves a whole function.
    fn float_temp(&mut self) -> String {
        if let Some(t) = &self.fctx().float_temp {
            return t.clone();
        }
        let t = self.temp();
        self.fctx().float_temp = Some(t.clone());
        t
    }

    fn label(&mut self) -> String {
        self.counter += 1;
        format!("$L{}", self.counter)
    }

    fn unique(&mut self, stem: &str) -> String {
        self.counter += 1;
        format!("${stem}{}", self.counter)
    }

    /// A module-level constant for an expression that must be built once.
    fn hoist_const(&mut self, key: String, make: impl FnOnce(&mut Self) -> JsExpr) -> JsExpr {
        if let Some(name) = self.const_ids.get(&key) {
            return js::id(name);
        }
        // Named after `make` runs: it may hoist the constants it is built from first.
        let value = make(self);
        let name = format!("$K{}", self.const_ids.len());
        self.consts.push(js::const_decl(&name, value));
        self.const_ids.insert(key, name.clone());
        js::id(&name)
    }

    /// Whether a module body provably raises no exception, so the entry module can run under
    /// the lean `$main_lean` driver, which ships none of the exception and traceback machinery. Only
    /// straight-line code qualifies: `pass`, docstrings, `name = <constant>`, `print` of
    /// constants and of names assigned before (constant `sep`/`end`), `if __name__ == "..."`,
    /// and argument-less `def f(): ...` of such statements, called as `f()` after their `def`.
    /// A function may call only functions defined before it and none is redefined, so no call
    /// chain recurses.
    fn body_cannot_raise(&self, body: &[ast::Stmt]) -> bool {
        let mut defs = HashSet::default();
        let mut assigned = HashSet::default();
        let kinds = Self::lean_kinds(body);
        let numeric: HashSet<&str> = kinds
            .iter()
            .filter(|(_, t)| matches!(t, crate::infer::Ty::Float | crate::infer::Ty::SmallInt))
            .map(|(n, _)| *n)
            .collect();
        self.stmts_cannot_raise(body, false, &numeric, &mut defs, &mut assigned)
    }

    /// The type of the constants each name is assigned in `body` (nested `def`/`if` bodies
    /// included: every variable of that name), for the names whose constants all have one type:
    /// str, bool, float, a small int (at most 2**53: `{x:.2f}` formats it as a float exactly) or
    /// another int.
    fn lean_kinds(body: &[ast::Stmt]) -> HashMap<&str, crate::infer::Ty> {
        use crate::infer::Ty;
        fn walk<'b>(body: &'b [ast::Stmt], kinds: &mut HashMap<&'b str, Ty>) {
            for s in body {
                match s {
                    ast::Stmt::Assign(a) => {
                        let ty = match &*a.value {
                            ast::Expr::Constant(c) => match &c.value {
                                ast::Constant::Str(_) => Ty::Str,
                                ast::Constant::Bool(_) => Ty::Bool,
                                ast::Constant::Float(_) => Ty::Float,
                                ast::Constant::Int(i) => match i.to_string().parse::<i64>() {
                                    Ok(v) if v.unsigned_abs() <= 1 << 53 => Ty::SmallInt,
                                    _ => Ty::Int,
                                },
                                _ => Ty::Unknown,
                            },
                            _ => Ty::Unknown,
                        };
                        for t in &a.targets {
                            if let ast::Expr::Name(n) = t {
                                let k = kinds.entry(n.id.as_str()).or_insert(ty);
                                if *k != ty {
                                    *k = Ty::Unknown;
                                }
                            }
                        }
                    }
                    ast::Stmt::FunctionDef(f) => {
                        // The name holds a function (`x = 1` then `def x(): ...`).
                        kinds.insert(f.name.as_str(), Ty::Unknown);
                        walk(&f.body, kinds)
                    }
                    ast::Stmt::If(i) => {
                        walk(&i.body, kinds);
                        walk(&i.orelse, kinds);
                    }
                    _ => {}
                }
            }
        }
        let mut kinds = HashMap::default();
        walk(body, &mut kinds);
        kinds.retain(|_, t| *t != Ty::Unknown);
        kinds
    }

    fn stmts_cannot_raise<'b>(
        &self,
        body: &'b [ast::Stmt],
        in_fn: bool,
        numeric: &HashSet<&str>,
        defs: &mut HashSet<&'b str>,
        assigned: &mut HashSet<&'b str>,
    ) -> bool {
        use ast::{Constant, Expr, Stmt};
        let constant = |e: &Expr| match e {
            Expr::Constant(c) => match &c.value {
                Constant::Str(_) | Constant::Bool(_) | Constant::None | Constant::Float(_) => true,
                Constant::Int(i) => i.to_string().len() <= 4300,
                _ => false,
            },
            _ => false,
        };
        let is_str = |e: &Expr| matches!(e, Expr::Constant(ast::ExprConstant { value: Constant::Str(_), .. }));
        for s in body {
            match s {
                Stmt::Pass(_) => {}
                Stmt::Expr(e) if matches!(&*e.value, Expr::Constant(_)) => {}
                Stmt::Return(r) if in_fn && r.value.as_deref().is_none_or(constant) => {}
                Stmt::Assign(a) if constant(&a.value) => {
                    for t in &a.targets {
                        match t {
                            Expr::Name(n) if !defs.contains(n.id.as_str()) => {
                                assigned.insert(n.id.as_str());
                            }
                            _ => return false,
                        }
                    }
                }
                Stmt::FunctionDef(f) if !in_fn => {
                    let a = &f.args;
                    let plain = f.decorator_list.is_empty()
                        && f.returns.is_none()
                        && f.type_params.is_empty()
                        && a.posonlyargs.is_empty()
                        && a.args.is_empty()
                        && a.vararg.is_none()
                        && a.kwonlyargs.is_empty()
                        && a.kwarg.is_none();
                    let name = f.name.as_str();
                    if !plain || defs.contains(name) {
                        return false;
                    }
                    let mut fn_defs = defs.clone();
                    if !self.stmts_cannot_raise(&f.body, true, numeric, &mut fn_defs, &mut HashSet::default()) {
                        return false;
                    }
                    defs.insert(name);
                }
                Stmt::If(i) => {
                    let Expr::Compare(c) = &*i.test else { return false };
                    let name_test = matches!(c.ops.as_slice(), [ast::CmpOp::Eq | ast::CmpOp::NotEq])
                        && matches!(&*c.left, Expr::Name(n) if n.id.as_str() == "__name__")
                        && is_str(&c.comparators[0])
                        && self.resolve("__name__") == Resolved::Undefined;
                    // What a branch defines or assigns may not have happened after the `if`.
                    if !name_test
                        || !self.stmts_cannot_raise(&i.body, in_fn, numeric, &mut defs.clone(), &mut assigned.clone())
                        || !self.stmts_cannot_raise(&i.orelse, in_fn, numeric, &mut defs.clone(), &mut assigned.clone())
                    {
                        return false;
                    }
                }
                Stmt::Expr(e) => {
                    let Expr::Call(c) = &*e.value else { return false };
                    let Expr::Name(f) = &*c.func else { return false };
                    let fname = f.id.as_str();
                    if assigned.contains(fname) {
                        return false;
                    }
                    if defs.contains(fname) {
                        if !c.args.is_empty() || !c.keywords.is_empty() {
                            return false;
                        }
                        continue;
                    }
                    if fname != "print" || self.resolve("print") != Resolved::Builtin {
                        return false;
                    }
                    let value_ok =
                        |a: &Expr| constant(a) || matches!(a, Expr::Name(n) if assigned.contains(n.id.as_str()));
                    // An f-string of constants and such names, `{x:.2f}` only of int/float names.
                    let field_ok = |v: &Expr| match v {
                        Expr::Constant(c) => matches!(c.value, Constant::Str(_)),
                        Expr::FormattedValue(f) => {
                            f.conversion == ast::ConversionFlag::None
                                && value_ok(&f.value)
                                && match f.format_spec.as_deref() {
                                    None => true,
                                    Some(spec) => {
                                        typed::lean_fixed_spec(spec).is_some()
                                            && match &*f.value {
                                                Expr::Name(n) => numeric.contains(n.id.as_str()),
                                                Expr::Constant(c) => matches!(c.value, Constant::Float(_)),
                                                _ => false,
                                            }
                                    }
                                }
                        }
                        _ => false,
                    };
                    let arg_ok = |a: &Expr| {
                        value_ok(a)
                            || typed::fold_num(a).is_some()
                            || matches!(a, Expr::JoinedStr(j) if j.values.iter().all(field_ok))
                    };
                    let kw_ok = c
                        .keywords
                        .iter()
                        .all(|k| matches!(k.arg.as_ref().map(|a| a.as_str()), Some("sep" | "end")) && is_str(&k.value));
                    if !kw_ok || !c.args.iter().all(arg_ok) {
                        return false;
                    }
                }
                _ => return false,
            }
        }
        true
    }

    /// See `callable_names`: names bound (in every scope) only by `def`/`class`/imports.
    fn callable_names(&self, body: &[ast::Stmt]) -> HashSet<String> {
        fn defs(body: &[ast::Stmt], out: &mut HashMap<String, u32>, sem: &Semantic) {
            use ast::Stmt as S;
            let defs = |body: &[ast::Stmt], out: &mut HashMap<String, u32>| defs(body, out, sem);
            for s in body {
                match s {
                    S::Import(i) => {
                        for a in &i.names {
                            let n = a
                                .asname
                                .as_ref()
                                .map_or_else(|| a.name.split('.').next().unwrap_or(""), |n| n.as_str());
                            *out.entry(n.to_string()).or_insert(0) += 1;
                        }
                    }
                    S::ImportFrom(i) => {
                        for a in &i.names {
                            if a.name.as_str() == "*" {
                                for n in sem.star_imports.get(&crate::parse::start(i.range)).into_iter().flatten() {
                                    *out.entry(n.clone()).or_insert(0) += 1;
                                }
                            } else {
                                let n = a.asname.as_ref().unwrap_or(&a.name);
                                *out.entry(n.to_string()).or_insert(0) += 1;
                            }
                        }
                    }
                    S::FunctionDef(d) => {
                        *out.entry(d.name.to_string()).or_insert(0) += 1;
                        defs(&d.body, out);
                    }
                    S::AsyncFunctionDef(d) => {
                        *out.entry(d.name.to_string()).or_insert(0) += 1;
                        defs(&d.body, out);
                    }
                    S::ClassDef(d) => {
                        *out.entry(d.name.to_string()).or_insert(0) += 1;
                        defs(&d.body, out);
                    }
                    _ => crate::parse::same_scope_blocks(s, &mut |b| defs(b, out)),
                }
            }
        }
        let mut def_count = HashMap::default();
        defs(body, &mut def_count, self.sem);
        let mut other: HashMap<&str, u32> = HashMap::default();
        for sc in &self.sem.scopes {
            for (name, n) in &sc.binding_count {
                *other.entry(name.as_str()).or_insert(0) += n;
            }
        }
        let mut out = HashSet::default();
        for sc in &self.sem.scopes {
            for name in sc.binding_count.keys() {
                let n = other.get(name.as_str()).copied().unwrap_or(0);
                if n == def_count.get(name).copied().unwrap_or(0) {
                    out.insert(name.clone());
                }
            }
        }
        out
    }

    fn resolve(&self, name: &str) -> Resolved {
        self.sem.resolve(self.scope, name)
    }

    /// Find the reads in this scope's `body` that may see a variable unbound (see definite.rs).
    /// `def_at` is the start offset of the function's `def` (None for the module).
    fn definite_assignment(&mut self, body: &[ast::Stmt], params: Vec<String>, def_at: Option<u32>) {
        let sc = self.sem.scope(self.scope);
        let candidates: Vec<String> =
            sc.bound.iter().filter(|n| !sc.globals.contains(*n) && !sc.nonlocals.contains(*n)).cloned().collect();
        // Free variables unbound at this `def`, or already so where the enclosing function was defined.
        let mut free: HashSet<String> = def_at.and_then(|at| self.nested_unbound.get(&at)).cloned().unwrap_or_default();
        if self.fns.len() >= 2 {
            let parent = &self.fns[self.fns.len() - 2];
            let parent_scope = sc.parent.map(|p| self.sem.scope(p));
            free.extend(parent.free_unbound.iter().filter(|n| parent_scope.is_some_and(|p| !p.binds(n))).cloned());
        }
        let is_free = |n: &str| free.contains(n);
        let star = |at: u32| self.sem.star_imports.get(&at).cloned().unwrap_or_default();
        let result = crate::definite::analyze(body, params, &candidates, def_at.is_some(), &is_free, &star);
        for (at, is_free) in result.checks {
            let kind = if is_free {
                UnboundKind::Free
            } else if def_at.is_none() {
                UnboundKind::Module
            } else {
                UnboundKind::Local
            };
            self.unbound_checks.insert(at, kind);
        }
        self.nested_unbound.extend(result.nested);
        let mut marked = result.marked;
        if def_at.is_none() {
            // A module variable some function deletes may be unbound wherever it is read.
            marked.extend(self.sem.deleted_globals.iter().cloned());
        }
        let ctx = self.fctx();
        ctx.marked = marked;
        ctx.free_unbound = free;
    }

    /// A read of variable `n`, checked for being unbound where analysis could not prove it bound.
    fn name_load(&mut self, n: &ast::ExprName) -> JsExpr {
        let name = n.id.as_str();
        if self.is_dual_var(name) {
            return self.dual_box(name);
        }
        if let Some(v) = self.class_body_load(name) {
            return v;
        }
        // `__class__` in a method (or a function/lambda nested in one) is the implicit cell of
        // the class being defined, as `super()` uses it.
        if name == "__class__"
            && self.resolve(name) == Resolved::Undefined
            && self.sem.scope(self.scope).kind != ScopeKind::Class
        {
            if let Some(cls) = self.fns.last().and_then(|c| c.class_obj.clone()) {
                return js::id(&cls);
            }
        }
        let v = self.name_ref(name);
        // `$name_error(...)` maps to the name, which CPython's NameError traceback underlines.
        let v = match v {
            JsExpr::Call(c) if self.resolve(name) == Resolved::Undefined => match c.callee {
                swc_ecma_ast::Callee::Expr(callee) => self.call_args_sp(*callee, c.args, self.span(n.range)),
                callee => JsExpr::Call(swc_ecma_ast::CallExpr { callee, ..c }),
            },
            v => v,
        };
        let kind = match self.unbound_checks.get(&crate::parse::start(n.range)) {
            Some(&kind) => kind,
            // A function reading a module variable that module code may leave unbound (`del g`),
            // or any read of one that a function deletes.
            None if (self.fns.len() > 1 || self.sem.deleted_globals.contains(name))
                && self.fns[0].marked.contains(name)
                && self.resolve(name) == Resolved::Global =>
            {
                UnboundKind::Module
            }
            None => return v,
        };
        if !matches!(self.resolve(name), Resolved::Local | Resolved::Global) {
            return v;
        }
        let marker = self.h("UNBOUND");
        let f = self.h(match kind {
            UnboundKind::Local => "unbound_local",
            UnboundKind::Module => "unbound_name",
            UnboundKind::Free => "unbound_free",
        });
        js::paren(js::cond(
            js::bin(swc_ecma_ast::BinaryOp::EqEqEq, v.clone(), marker),
            self.call_sp(f, vec![js::str_lit(name)], self.span(n.range)),
            v,
        ))
    }

    /// Whether `name` (a variable of a function scope) is a free variable of the function being
    /// lowered: not bound by it nor by the comprehensions around the current point.
    fn is_free_here(&self, name: &str) -> bool {
        let mut cur = Some(self.scope);
        while let Some(id) = cur {
            let sc = self.sem.scope(id);
            match sc.kind {
                ScopeKind::Comprehension if sc.binds(name) => return false,
                ScopeKind::Comprehension => cur = sc.parent,
                ScopeKind::Function | ScopeKind::Lambda => {
                    return !sc.binds(name) || sc.nonlocals.contains(name);
                }
                _ => return false,
            }
        }
        false
    }

    /// Whether `name`, read in a comprehension, is a variable of the function around it (a
    /// free variable of the comprehension's own function in CPython, a cell of the function's).
    fn comprehension_free(&self, name: &str) -> bool {
        let mut cur = Some(self.scope);
        let mut in_comp = false;
        while let Some(id) = cur {
            let sc = self.sem.scope(id);
            match sc.kind {
                ScopeKind::Comprehension if sc.binds(name) => return false,
                ScopeKind::Comprehension => {
                    in_comp = true;
                    cur = sc.parent;
                }
                ScopeKind::Function | ScopeKind::Lambda => return in_comp,
                _ => return false,
            }
        }
        false
    }

    /// Whether variable `name` of the current scope starts as the unbound marker.
    fn is_marked(&self, name: &str) -> bool {
        self.fns.last().is_some_and(|f| f.marked.contains(name))
    }

    /// A class-body read of a name the body also binds, when a module global or builtin of
    /// that name exists: CPython looks the name up in the class namespace, then in the globals
    /// and builtins, so `_t = _t` or a use before the class's own assignment reads the global:
    /// `(Object.hasOwn(A$cls, "_t") ? A$cls._t : _t)`. Only for classes at module level (a
    /// nested class's JS scope may shadow the global's name).
    fn class_body_load(&mut self, name: &str) -> Option<JsExpr> {
        if self.resolve(name) != Resolved::ClassAttr || self.sem.scope(self.scope).parent != Some(ScopeId(0)) {
            return None;
        }
        if !matches!(self.sem.resolve(ScopeId(0), name), Resolved::Global | Resolved::Builtin) {
            return None;
        }
        let cls = self.class_objs.last().cloned()?;
        let own = self.name_ref(name);
        let saved = self.scope;
        self.scope = ScopeId(0);
        let fallback = self.name_ref(name);
        self.scope = saved;
        let has = js::call(
            js::member(js::id("Object"), "hasOwn"),
            vec![js::id(&cls), js::str_lit(&names::mangle_attr(name))],
        );
        Some(js::paren(js::cond(has, own, fallback)))
    }

    /// The JS expression that reads or writes Python variable `name` in the current scope.
    fn name_ref(&mut self, name: &str) -> JsExpr {
        match self.resolve(name) {
            Resolved::Global if self.global_shadowed(name) => {
                self.shadowed_globals.insert(name.to_string());
                js::member(js::id("$G"), &names::mangle(name))
            }
            res @ (Resolved::Local | Resolved::Global) => {
                // A module-level (global) name is no free variable (`co_freevars`).
                if self.wants_closure
                    && res == Resolved::Local
                    && (self.is_free_here(name) || self.comprehension_free(name))
                {
                    self.fctx().free.insert(name.to_string());
                }
                js::id(&names::mangle(name))
            }
            Resolved::ClassAttr => {
                let cls = self.class_objs.last().cloned().expect("class scope without class object");
                js::member(js::id(&cls), &names::mangle_attr(name))
            }
            // `iter` as a program names it hands back an instance's own iterator (`$pyiter`).
            Resolved::Builtin => self.h(if name == "iter" { "pyiter" } else { name }),
            Resolved::Undefined if matches!(name, "__name__" | "__file__" | "__doc__") => js::id(name),
            Resolved::Undefined if name == "__package__" => self.package_value(),
            // CPython's `__builtins__` in a script: the `builtins` module.
            Resolved::Undefined if name == "__builtins__" => self.import_call("builtins", false, Default::default()),
            Resolved::Undefined if name == "__annotations__" && self.module_annotations => js::id(name),
            Resolved::Undefined => {
                // An imported module's global set from outside (`mod.x = 1`), else NameError
                // (with CPython's "Did you mean" hint for its traceback, computed here).
                let f = self.h("name_error");
                let with_extra = !self.is_main || self.live_globals;
                let extra = if with_extra { js::id("$pyjs_extra") } else { js::undefined() };
                let mut args = vec![js::str_lit(name)];
                let hint = self.name_suggestion(name);
                if with_extra || hint.is_some() {
                    args.push(extra);
                }
                if let Some(hint) = hint {
                    args.push(js::str_lit(&hint));
                }
                js::call(f, args)
            }
        }
    }

    /// CPython 3.11's suggestion for a NameError: the closest of the frame's locals, else of
    /// the module's globals, else of the builtins (Python/suggestions.c).
    fn name_suggestion(&self, name: &str) -> Option<String> {
        let sc = self.sem.scope(self.scope);
        let module = self.sem.scope(ScopeId(0));
        let mut globals: Vec<String> = module.bound.clone();
        globals.extend(
            [
                "__name__",
                "__doc__",
                "__package__",
                "__loader__",
                "__spec__",
                "__annotations__",
                "__builtins__",
                "__file__",
            ]
            .map(String::from),
        );
        if self.scope != ScopeId(0) {
            if let Some(s) = crate::suggest::closest(name, &sc.bound) {
                return Some(s);
            }
        }
        if let Some(s) = crate::suggest::closest(name, &globals) {
            return Some(s);
        }
        let builtins: Vec<String> = names::BUILTINS
            .iter()
            .chain(&["breakpoint", "compile", "copyright", "credits", "eval", "exec", "help", "license"])
            .map(|s| s.to_string())
            .collect();
        crate::suggest::closest(name, &builtins)
    }

    /// Whether global `name`, read from the current scope, is hidden in JS by a local of the
    /// same name in an enclosing function.
    fn global_shadowed(&self, name: &str) -> bool {
        let mut id = self.sem.scope(self.scope).parent;
        while let Some(sid) = id {
            let s = self.sem.scope(sid);
            if s.kind == crate::semantic::ScopeKind::Module {
                return false;
            }
            if s.kind != crate::semantic::ScopeKind::Class
                && s.bound.iter().any(|b| b == name)
                && !s.globals.contains(name)
                && !s.nonlocals.contains(name)
            {
                return true;
            }
            id = s.parent;
        }
        false
    }

    /// Whether `e` is a module object bound by `import` at module level.
    fn is_module_expr(&self, e: &ast::Expr) -> bool {
        match e {
            ast::Expr::Name(n) => {
                self.resolve(n.id.as_str()) == Resolved::Global && self.sem.is_module_import(n.id.as_str())
            }
            _ => false,
        }
    }
}

/// The docstring of a module, class or function body.
pub(crate) fn docstring(body: &[ast::Stmt]) -> Option<&str> {
    match body.first()? {
        ast::Stmt::Expr(e) => match &*e.value {
            ast::Expr::Constant(c) => match &c.value {
                ast::Constant::Str(s) => Some(s.as_str()),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    }
}

/// The module's Python-level globals that `mod.x = v` from another module rebinds.
fn globals_py(sem: &Semantic) -> Vec<String> {
    let mut v: Vec<String> = sem.scope(ScopeId(0)).bound.iter().cloned().collect();
    v.extend(["__doc__".to_string()]);
    v
}

/// `mod.x = v` from another module (an ES namespace is read-only):
/// `function $pyjs_setattr(n, v) { if (n === "x") { x = v; return; } ... $pyjs_extra[n] = v; }`,
/// new attributes going to the exported `$pyjs_extra` object that attribute reads consult.
fn module_setattr(names: &[String]) -> Vec<JsStmt> {
    use swc_common::DUMMY_SP;
    let mut body = vec![];
    for n in names {
        body.push(js::if_stmt(
            js::bin(swc_ecma_ast::BinaryOp::EqEqEq, js::id("n"), js::str_lit(n)),
            vec![
                js::expr_stmt(js::assign(js::id(&names::mangle(n)), js::id("v")), DUMMY_SP),
                js::return_stmt(None, DUMMY_SP),
            ],
            None,
            DUMMY_SP,
        ));
    }
    body.push(js::expr_stmt(js::assign(js::index(js::id("$pyjs_extra"), js::id("n")), js::id("v")), DUMMY_SP));
    let f = js::function(
        js::FnOpts { name: Some("$pyjs_setattr".into()), is_generator: false, is_async: false, span: DUMMY_SP },
        vec![js::param("n"), js::param("v")],
        body,
    );
    vec![js::const_decl("$pyjs_extra", js::object(vec![])), js::const_decl("$pyjs_setattr", f)]
}

/// Whether module-level code (not inside a `def` or `class`) annotates a simple name
/// (`x: int` or `x: int = 1`), which makes CPython create the module's `__annotations__`.
fn has_module_annassign(body: &[ast::Stmt]) -> bool {
    body.iter().any(|s| match s {
        ast::Stmt::AnnAssign(a) => a.simple,
        _ => {
            let mut found = false;
            crate::parse::same_scope_blocks(s, &mut |b| found = found || has_module_annassign(b));
            found
        }
    })
}

/// The `def` statements of a module body that bind module-level names: top-level ones and
/// those nested in compound statements (not in functions or classes, which are other scopes).
fn module_level_defs<'a>(body: &'a [ast::Stmt], out: &mut Vec<&'a ast::StmtFunctionDef>) {
    for s in body {
        match s {
            ast::Stmt::FunctionDef(d) => out.push(d),
            _ => crate::parse::same_scope_blocks(s, &mut |b| module_level_defs(b, out)),
        }
    }
}
