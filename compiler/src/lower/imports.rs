//! `import` and `from ... import`.
//!
//! ```python
//! import math
//! from helper import f as g
//! ```
//! becomes
//! ```js
//! import * as $M_math from "./pyjs/math.mjs";
//! import * as $M_helper from "./helper.mjs";
//! math = $M_math;
//! g = $M_helper.f;
//! ```
//! ES imports are static, so every module is loaded before the program starts; the
//! Python-visible binding still happens where the `import` statement runs.

use swc_common::{Span, DUMMY_SP};
use swc_ecma_ast::{Expr as JsExpr, Stmt as JsStmt};

use super::Lowerer;
use crate::diagnostics::Diagnostic;
use crate::js;
use crate::parse::{ast::*, span};

/// Names of stdlib modules written in Python (`stdlib-py/`) that pyjs leaves out on purpose:
/// naming one (`ast.parse`, `from ast import dump`) is a compile-time error.
const UNSUPPORTED_PY_ATTRS: &[(&str, &[&str])] = &[(
    "ast",
    &[
        "parse",
        "dump",
        "unparse",
        "walk",
        "NodeVisitor",
        "NodeTransformer",
        "fix_missing_locations",
        "copy_location",
        "increment_lineno",
        "iter_fields",
        "iter_child_nodes",
        "get_docstring",
        "get_source_segment",
    ],
)];

/// What an imported module name refers to.
pub enum ModuleRef {
    /// A module with a JS file: a compiled local module or a runtime shim. `path` is the import
    /// specifier from the importing module.
    Found { path: String, local: bool },
    /// A module that needs no code (`__future__`).
    Ignore,
    /// A module pyjs does not provide.
    Unsupported,
    /// Nothing of that name exists.
    Missing,
}

/// Finds modules for the lowering of one module; the driver compiles what it returns.
pub trait ImportResolver {
    /// Resolve absolute module `name` (after relative resolution).
    fn resolve(&mut self, name: &str) -> ModuleRef;
}

/// The absolute name of `from <level dots><module> import ...` in module `this` (a package's
/// `__init__` when `is_package`).
pub fn absolute_module_name(this: &str, is_package: bool, module: Option<&str>, level: u32) -> String {
    if level == 0 {
        return module.unwrap_or_default().to_string();
    }
    // The package of this module: itself if it is a package (`__init__`), else its parent.
    let mut parts: Vec<&str> = this.split('.').collect();
    if !is_package {
        parts.pop();
    }
    for _ in 1..level {
        parts.pop();
    }
    let mut base = parts.join(".");
    if let Some(m) = module {
        if !base.is_empty() {
            base.push('.');
        }
        base.push_str(m);
    }
    base
}

impl Lowerer<'_> {
    fn absolute_name(&self, module: Option<&str>, level: u32) -> String {
        absolute_module_name(&self.module_name, self.is_package, module, level)
    }

    /// The `$M_...` alias for a module, importing it once.
    fn module_alias(&mut self, name: &str, range: crate::parse::Range) -> Result<Option<JsExpr>, ()> {
        // `a.b.c` runs the bodies of local packages `a` and `a.b` first, as Python does.
        let mut dot = 0;
        while let Some(i) = name[dot..].find('.') {
            let parent = &name[..dot + i];
            dot += i + 1;
            if parent == self.module_name {
                continue;
            }
            if let ModuleRef::Found { path, local: true } = self.resolver.resolve(parent) {
                let alias = self
                    .module_imports
                    .entry(path)
                    .or_insert_with(|| format!("$M_{}", parent.replace('.', "_")))
                    .clone();
                if !self.pending_inits.contains(&alias) {
                    self.pending_inits.push(alias);
                }
            }
        }
        match self.resolver.resolve(name) {
            ModuleRef::Found { path, local } => {
                let alias = match self.module_imports.get(&path) {
                    Some(a) => a.clone(),
                    None => {
                        let a = format!("$M_{}", name.replace('.', "_"));
                        self.module_imports.insert(path, a.clone());
                        a
                    }
                };
                if local && !self.pending_inits.contains(&alias) {
                    self.pending_inits.push(alias.clone());
                }
                Ok(Some(js::id(&alias)))
            }
            ModuleRef::Ignore => Ok(None),
            kind @ (ModuleRef::Unsupported | ModuleRef::Missing) => {
                if self.fns.last().unwrap().import_guards > 0 {
                    return Err(());
                }
                let d = match kind {
                    ModuleRef::Unsupported => Diagnostic::unsupported_module(span(range), name),
                    _ => Diagnostic::unresolved_import(span(range), name),
                };
                self.diag(d);
                Ok(None)
            }
        }
    }

    /// For modules whose every name is checked at compile time (`numpy` and its submodules):
    /// a diagnostic if `module.attr` is neither an export of its runtime file nor a submodule.
    /// Whether `module.attr` names nothing a runtime shim exports (so the read must raise
    /// CPython's AttributeError at run time instead of yielding `undefined`).
    pub(super) fn shim_lacks_attr(&self, module: &str, attr: &str) -> bool {
        if attr.starts_with("__") && attr.ends_with("__") {
            return false;
        }
        let Some(shim) = crate::runtime::shim_for(module) else { return false };
        if crate::runtime::shim_for(&format!("{module}.{attr}")).is_some_and(|s| s != shim) {
            return false;
        }
        !crate::runtime::shim_exports(&shim).contains(attr)
    }

    pub(super) fn check_shim_attr(&self, module: &str, attr: &str, range: crate::parse::Range) -> Option<Diagnostic> {
        if let Some((_, names)) = UNSUPPORTED_PY_ATTRS.iter().find(|(m, _)| *m == module) {
            return names.contains(&attr).then(|| Diagnostic::unsupported_stdlib_attribute(span(range), module, attr));
        }
        if module != "numpy" && !module.starts_with("numpy.") {
            return None;
        }
        let shim = crate::runtime::shim_for(module)?;
        let text = String::from_utf8_lossy(crate::runtime::file(&shim)?);
        if crate::runtime::exports(&text).iter().any(|e| e == attr) {
            return None;
        }
        if crate::runtime::shim_for(&format!("{module}.{attr}")).is_some_and(|s| s != shim) {
            return None;
        }
        if attr.starts_with("__") && attr.ends_with("__") {
            return None;
        }
        Some(Diagnostic::unsupported_attribute(span(range), module, attr))
    }

    /// `raise ModuleNotFoundError("No module named 'x'")` for a guarded missing import.
    fn missing_module(&mut self, name: &str, sp: Span) -> Vec<JsStmt> {
        // `import a.b.c` with no `a` names `a`, the first package that is missing.
        let mut dot = 0;
        let mut name = name;
        while let Some(i) = name[dot..].find('.') {
            let prefix = &name[..dot + i];
            if !matches!(self.resolver.resolve(prefix), ModuleRef::Found { .. } | ModuleRef::Ignore) {
                name = prefix;
                break;
            }
            dot += i + 1;
        }
        let cls = self.h("ModuleNotFoundError");
        let f = self.h("raise_");
        let msg = format!("No module named '{name}'");
        let kw = self.h("KwArgs");
        let name_kw = js::new_expr(
            kw,
            vec![js::new_expr(
                js::id("Map"),
                vec![js::array(vec![js::array(vec![js::str_lit("name"), js::str_lit(name)])])],
            )],
        );
        vec![js::throw_stmt(js::call(f, vec![js::call(cls, vec![js::str_lit(&msg), name_kw])]), sp)]
    }

    pub(super) fn import_stmt(&mut self, i: &StmtImport) -> Vec<JsStmt> {
        let sp = self.span(i.range);
        let mut out = vec![];
        for alias in &i.names {
            let full = alias.name.as_str();
            let module = match self.module_alias(full, i.range) {
                Ok(Some(m)) => m,
                Ok(None) => continue,
                Err(()) => {
                    out.extend(self.missing_module(full, sp));
                    continue;
                }
            };
            let (bind_name, value) = match &alias.asname {
                Some(a) => (a.as_str().to_string(), module),
                None => {
                    let top = full.split('.').next().unwrap().to_string();
                    if top == full {
                        (top, module)
                    } else {
                        // `import a.b` binds `a`, with `b` reachable as an attribute.
                        let top_mod = match self.module_alias(&top, i.range) {
                            Ok(Some(m)) => m,
                            _ => continue,
                        };
                        let sub = full[top.len() + 1..].to_string();
                        let all_local = [top.as_str(), full]
                            .iter()
                            .all(|m| matches!(self.resolver.resolve(m), ModuleRef::Found { local: true, .. }));
                        if all_local {
                            // Local packages: each submodule's init sets it on its package.
                            (top, top_mod)
                        } else {
                            let f = self.h("pkg_with");
                            (top, js::call(f, vec![top_mod, js::str_lit(&sub), module]))
                        }
                    }
                }
            };
            out.extend(self.run_pending_inits(sp));
            let bound = if alias.asname.is_some() { full.to_string() } else { bind_name.clone() };
            self.module_names.insert(bind_name.clone(), bound);
            let target = self.name_ref(&bind_name);
            out.push(js::expr_stmt(js::assign(target, value), sp));
        }
        out
    }

    pub(super) fn import_from(&mut self, i: &StmtImportFrom) -> Vec<JsStmt> {
        let sp = self.span(i.range);
        let level = i.level.as_ref().map_or(0, |l| l.to_u32());
        let name = self.absolute_name(i.module.as_ref().map(|m| m.as_str()), level);
        if name == "__future__" {
            return vec![];
        }
        let mut out = vec![];
        let module = if i.module.is_none() {
            // `from . import x`: every name is a submodule or an attribute of the package.
            self.module_alias(&name, i.range).ok().flatten()
        } else {
            match self.module_alias(&name, i.range) {
                Ok(Some(m)) => Some(m),
                Ok(None) => return out,
                Err(()) => return self.missing_module(&name, sp),
            }
        };
        for alias in &i.names {
            let item = alias.name.as_str();
            if item == "*" {
                let names = self.sem.star_imports.get(&crate::parse::start(i.range)).cloned();
                out.extend(self.run_pending_inits(sp));
                match (names, module.clone()) {
                    (Some(names), Some(m)) => {
                        for n in names {
                            let target = self.name_ref(&n);
                            out.push(js::expr_stmt(js::assign(target, js::member(m.clone(), &n)), DUMMY_SP));
                        }
                    }
                    _ => self.diag(Diagnostic::unsupported_syntax(span(i.range), "this `from module import *`")),
                }
                continue;
            }
            let bind = alias.asname.as_ref().unwrap_or(&alias.name).to_string();
            let sub = if name.is_empty() { item.to_string() } else { format!("{name}.{item}") };
            if self.is_submodule(&name, &sub) {
                self.module_names.insert(bind.clone(), sub.clone());
            } else if name == "importlib" && item == "import_module" && self.fns.len() == 1 {
                self.import_module_fns.insert(bind.clone());
            } else if let Some(d) = self.check_shim_attr(&name, item, i.range) {
                self.diag(d);
                continue;
            }
            let value = if self.is_submodule(&name, &sub) {
                match self.module_alias(&sub, i.range) {
                    Ok(Some(m)) => m,
                    _ => continue,
                }
            } else if let Some(m) = module.clone() {
                let f = self.h("import_name");
                js::call(f, vec![m, js::str_lit(item), js::str_lit(&name)])
            } else {
                self.diag(Diagnostic::unresolved_import(span(i.range), &sub));
                continue;
            };
            out.extend(self.run_pending_inits(sp));
            let target = self.name_ref(&bind);
            out.push(js::expr_stmt(js::assign(target, value), DUMMY_SP));
        }
        out
    }

    /// `__import__("a.b")` (the top package `a`) or `importlib.import_module("a.b")` (`a.b`
    /// itself) with a literal name: the import, as an expression that runs the local modules'
    /// bodies first. A name nothing resolves raises ModuleNotFoundError at run time under an
    /// `except ImportError` guard, as the statement does, and is a diagnostic otherwise.
    pub(super) fn import_call(&mut self, name: &str, top: bool, range: crate::parse::Range) -> JsExpr {
        let sp = self.span(range);
        let value = match self.module_alias(name, range) {
            Ok(Some(m)) => m,
            Ok(None) => return js::null(),
            Err(()) => {
                let raise = self.missing_module(name, sp);
                return js::call(js::arrow(vec![], raise, false), vec![]);
            }
        };
        let value = match name.split_once('.') {
            Some((first, _)) if top => match self.module_alias(first, range) {
                Ok(Some(m)) => m,
                _ => return js::null(),
            },
            _ => value,
        };
        let mut parts: Vec<JsExpr> = self
            .run_pending_inits(sp)
            .into_iter()
            .map(|s| match s {
                JsStmt::Expr(e) => *e.expr,
                _ => unreachable!("run_pending_inits gives expression statements"),
            })
            .collect();
        if parts.is_empty() {
            return value;
        }
        parts.push(value);
        js::seq(parts)
    }

    /// `$M_x.$pyjs_init($M_x)` for each local module resolved since the last call: a local module's
    /// body runs when the `import` statement runs, as in Python, not when JS loads it.
    /// The calls carry the import statement's span, so a traceback through a module's body shows
    /// the importing line, as CPython's does.
    fn run_pending_inits(&mut self, sp: swc_common::Span) -> Vec<JsStmt> {
        std::mem::take(&mut self.pending_inits)
            .into_iter()
            .map(|alias| {
                let call = js::call_sp(js::member(js::id(&alias), "$pyjs_init"), vec![js::id(&alias)], sp);
                js::expr_stmt(call, sp)
            })
            .collect()
    }

    /// Whether `parent.item` is a module of its own (not an attribute of `parent`).
    fn is_submodule(&mut self, parent: &str, sub: &str) -> bool {
        let ModuleRef::Found { path, .. } = self.resolver.resolve(sub) else { return false };
        match self.resolver.resolve(parent) {
            ModuleRef::Found { path: parent_path, .. } => parent_path != path,
            _ => true,
        }
    }
}
