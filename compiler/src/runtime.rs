//! The embedded JavaScript runtime, and choosing which of its files a program needs.

use std::collections::BTreeSet;

include!(concat!(env!("OUT_DIR"), "/runtime_files.rs"));

/// The runtime file at `path` (relative to `stdlib-shims/`), if it exists. Development aid:
/// `PYJS_RUNTIME_DIR=stdlib-shims` reads the files from that folder instead of the embedded
/// copy (with a fresh runtime analysis), so runtime edits need no rebuild.
pub fn file(path: &str) -> Option<&'static [u8]> {
    let embedded = RUNTIME_FILES.iter().find(|(p, _)| *p == path).map(|(_, b)| *b);
    match dev_dir() {
        Some(dir) => dev_file(dir, path).or(embedded),
        None => embedded,
    }
}

fn dev_dir() -> Option<&'static str> {
    static DIR: std::sync::OnceLock<Option<String>> = std::sync::OnceLock::new();
    DIR.get_or_init(|| std::env::var("PYJS_RUNTIME_DIR").ok()).as_deref()
}

/// Whether the runtime comes from `PYJS_RUNTIME_DIR` (the embedded graph is then not used).
pub fn dev_override() -> bool {
    dev_dir().is_some()
}

fn py_dev_dir() -> Option<&'static str> {
    static DIR: std::sync::OnceLock<Option<String>> = std::sync::OnceLock::new();
    DIR.get_or_init(|| std::env::var("PYJS_STDLIB_PY_DIR").ok()).as_deref()
}

fn dev_file(dir: &str, path: &str) -> Option<&'static [u8]> {
    type Cache = std::sync::Mutex<std::collections::HashMap<String, Option<&'static [u8]>>>;
    static CACHE: std::sync::OnceLock<Cache> = std::sync::OnceLock::new();
    let mut cache = CACHE.get_or_init(Default::default).lock().ok()?;
    *cache.entry(path.to_string()).or_insert_with(|| {
        std::fs::read(std::path::Path::new(dir).join(path)).ok().map(|b| &*Box::leak(b.into_boxed_slice()))
    })
}

/// The source of a stdlib module written in Python (`stdlib-py/a/b.py` or
/// `stdlib-py/a/b/__init__.py` for `a.b`), and whether it is a package.
/// Development aid: `PYJS_STDLIB_PY_DIR=stdlib-py` reads these from that folder instead of the
/// embedded copy, so edits to them need no rebuild.
pub fn py_module(module: &str) -> Option<(&'static str, bool)> {
    let rel = module.replace('.', "/");
    let find = |p: &str| match py_dev_dir() {
        Some(dir) => dev_file(dir, p).and_then(|b| std::str::from_utf8(b).ok()),
        None => PY_STDLIB_FILES.iter().find(|(f, _)| *f == p).map(|(_, s)| *s),
    };
    find(&format!("{rel}.py")).map(|s| (s, false)).or_else(|| find(&format!("{rel}/__init__.py")).map(|s| (s, true)))
}

/// The runtime module for a Python stdlib module name: `a/b/c.mjs` for `a.b.c`, else the
/// nearest enclosing module that has one (`os.path` → `os.mjs`, which exports `path`).
pub fn shim_for(module: &str) -> Option<String> {
    let parts: Vec<&str> = module.split('.').collect();
    (1..=parts.len()).rev().map(|n| format!("{}.mjs", parts[..n].join("/"))).find(|p| file(p).is_some())
}

/// `roots` and every runtime file they import, transitively.
pub fn closure(roots: &[String]) -> BTreeSet<String> {
    let mut seen = BTreeSet::new();
    let mut stack: Vec<String> = roots.to_vec();
    while let Some(path) = stack.pop() {
        if !seen.insert(path.clone()) {
            continue;
        }
        let Some(bytes) = file(&path) else { continue };
        let text = String::from_utf8_lossy(bytes);
        let dir = path.rsplit_once('/').map_or("", |(d, _)| d);
        for spec in import_specifiers(&text) {
            if let Some(resolved) = join(dir, &spec) {
                stack.push(resolved);
            }
        }
        // The wasm binary a glue module loads sits next to it.
        if path.ends_with(".mjs") {
            let wasm = path.replace(".mjs", "_bg.wasm");
            if file(&wasm).is_some() {
                seen.insert(wasm);
            }
        }
    }
    seen
}

/// Relative specifiers of static `import ... from "./x.mjs"` / `export ... from` statements and
/// dynamic `import("./x.mjs")` calls.
fn import_specifiers(text: &str) -> Vec<String> {
    let mut out = vec![];
    for quote in ['"', '\''] {
        let mut rest = text;
        while let Some(i) = rest.find(quote) {
            let after = &rest[i + 1..];
            let Some(j) = after.find(quote) else { break };
            let s = &after[..j];
            let before = rest[..i].trim_end();
            if (s.starts_with("./") || s.starts_with("../"))
                && s.ends_with(".mjs")
                && (before.ends_with("from") || before.ends_with("import") || before.ends_with("import("))
            {
                out.push(s.to_string());
            }
            rest = &after[j + 1..];
        }
    }
    out
}

fn join(dir: &str, spec: &str) -> Option<String> {
    let mut parts: Vec<&str> = if dir.is_empty() { vec![] } else { dir.split('/').collect() };
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

/// Names a runtime module exports (`export function f`, `export const a`, `export { b, c as d }`).
/// The names a runtime file exports, parsed once per process.
pub fn shim_exports(shim: &str) -> std::sync::Arc<std::collections::HashSet<String>> {
    use std::collections::{HashMap, HashSet};
    use std::sync::{Arc, Mutex, OnceLock};
    static CACHE: OnceLock<Mutex<HashMap<String, Arc<HashSet<String>>>>> = OnceLock::new();
    let cache = CACHE.get_or_init(|| Mutex::new(HashMap::new()));
    let mut map = cache.lock().unwrap_or_else(|e| e.into_inner());
    map.entry(shim.to_string())
        .or_insert_with(|| {
            let text = file(shim).map(|b| String::from_utf8_lossy(b).to_string()).unwrap_or_default();
            Arc::new(exports(&text).into_iter().collect::<HashSet<String>>())
        })
        .clone()
}

pub fn exports(text: &str) -> Vec<String> {
    let mut out = vec![];
    let mut lines = text.lines();
    while let Some(line) = lines.next() {
        let Some(rest) = line.strip_prefix("export ") else { continue };
        let rest = rest.trim_start();
        if let Some(list) = rest.strip_prefix('{') {
            // `export { a, b as c }` and `export { a } from "./x.mjs"`, possibly over several lines.
            let mut body = list.to_string();
            while !body.contains('}') {
                match lines.next() {
                    Some(l) => {
                        body.push(' ');
                        body.push_str(l);
                    }
                    None => break,
                }
            }
            for item in body.split('}').next().unwrap_or_default().split(',') {
                let name = item.rsplit(" as ").next().unwrap_or_default().trim();
                if !name.is_empty() && !name.contains('$') {
                    out.push(name.to_string());
                }
            }
            continue;
        }
        let rest = rest.strip_prefix("async ").unwrap_or(rest);
        for kw in ["function* ", "function ", "const ", "let ", "class ", "var "] {
            if let Some(decl) = rest.strip_prefix(kw) {
                let name: String = decl.chars().take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '$').collect();
                if !name.is_empty() && !name.contains('$') {
                    out.push(name);
                }
                break;
            }
        }
    }
    out
}
