//! Embeds the JavaScript runtime (`../stdlib-shims`) into the binary, so `pyjs` needs no
//! files next to it.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn collect(dir: &Path, base: &Path, exts: &[&str], out: &mut Vec<(String, PathBuf)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        let name = p.file_name().unwrap().to_string_lossy().to_string();
        if p.is_dir() {
            if name != "test" && name != "node_modules" {
                println!("cargo:rerun-if-changed={}", p.display());
                collect(&p, base, exts, out);
            }
        } else if exts.iter().any(|x| name.ends_with(x)) {
            let rel = p.strip_prefix(base).unwrap().to_string_lossy().replace('\\', "/");
            out.push((rel, p.clone()));
        }
    }
}

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let shims = manifest.join("../stdlib-shims").canonicalize().expect("stdlib-shims/ next to compiler/");
    println!("cargo:rerun-if-changed={}", shims.display());
    let mut files = vec![];
    collect(&shims, &shims, &[".mjs", ".wasm"], &mut files);
    files.sort();
    let mut code = String::from("pub static RUNTIME_FILES: &[(&str, &[u8])] = &[\n");
    // FNV-1a over every file's path and bytes: tells whether `runtime-graph.txt` is fresh.
    let mut hash: u64 = 0xcbf29ce484222325;
    for (rel, path) in &files {
        let bytes = std::fs::read(path).expect("runtime file is readable");
        for b in rel.bytes().chain([0]).chain(bytes).chain([0]) {
            hash = (hash ^ u64::from(b)).wrapping_mul(0x100000001b3);
        }
    }
    for (rel, path) in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let _ = writeln!(code, "    ({rel:?}, include_bytes!({:?})),", path.display().to_string());
    }
    code.push_str("];\n");
    // Stdlib modules written in Python (`../stdlib-py`), compiled like local modules.
    let py = manifest.join("../stdlib-py").canonicalize().expect("stdlib-py/ next to compiler/");
    println!("cargo:rerun-if-changed={}", py.display());
    let mut py_files = vec![];
    collect(&py, &py, &[".py"], &mut py_files);
    py_files.sort();
    code.push_str("pub static PY_STDLIB_FILES: &[(&str, &str)] = &[\n");
    for (rel, path) in &py_files {
        println!("cargo:rerun-if-changed={}", path.display());
        let _ = writeln!(code, "    ({rel:?}, include_str!({:?})),", path.display().to_string());
    }
    code.push_str("];\n");
    let _ = writeln!(code, "pub const RUNTIME_HASH: u64 = 0x{hash:016x};");
    println!("cargo:rerun-if-changed={}", manifest.join("runtime-graph.txt").display());
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("runtime_files.rs");
    std::fs::write(out, code).unwrap();
}
