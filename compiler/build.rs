//! Embeds the JavaScript runtime (`../stdlib-shims`) into the binary, so `pyjs` needs no
//! files next to it.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn collect(dir: &Path, base: &Path, out: &mut Vec<(String, PathBuf)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        let name = p.file_name().unwrap().to_string_lossy().to_string();
        if p.is_dir() {
            if name != "test" && name != "node_modules" {
                println!("cargo:rerun-if-changed={}", p.display());
                collect(&p, base, out);
            }
        } else if name.ends_with(".mjs") || name.ends_with(".wasm") {
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
    collect(&shims, &shims, &mut files);
    files.sort();
    let mut code = String::from("pub static RUNTIME_FILES: &[(&str, &[u8])] = &[\n");
    for (rel, path) in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let _ = writeln!(code, "    ({rel:?}, include_bytes!({:?})),", path.display().to_string());
    }
    code.push_str("];\n");
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("runtime_files.rs");
    std::fs::write(out, code).unwrap();
}
