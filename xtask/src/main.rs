//! `cargo xtask <command>`: the project's common chores.
//!
//! - `ready`: format check, expected outputs still CPython's, build, the runtime's JS unit
//!   tests, all Rust tests including the differential ones (what CI runs).
//! - `conformance`: run the differential tests and rewrite `tests/conformance.md`.
//! - `bless [PATH...]`: regenerate the expected outputs with CPython 3.11 (`tests/bless.py`).
//! - `print-js FILE.py`: show the JavaScript pyjs generates for a file.
//! - `stdlib-corpus`: compile every `.py` of the installed CPython standard library and count
//!   how many compile, how many get diagnostics, and whether anything crashed.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

/// The precomputed runtime graph (see `compiler/src/bundle.rs`).
const GRAPH: &str = "compiler/runtime-graph.txt";

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

fn run(cmd: &mut Command) -> bool {
    eprintln!("$ {cmd:?}");
    cmd.current_dir(root()).status().map(|s| s.success()).unwrap_or(false)
}

fn cargo() -> Command {
    let mut c = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    c.env("CARGO_BUILD_JOBS", std::env::var("CARGO_BUILD_JOBS").unwrap_or_else(|_| "2".into()));
    c
}

fn stdlib_corpus() -> bool {
    let out = Command::new("python3").args(["-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"]).output();
    let Ok(out) = out else { return false };
    let dir = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim().to_string());
    if !run(cargo().args(["build", "--release", "-p", "pyjs"])) {
        return false;
    }
    let pyjs = root().join("target/release/pyjs");
    let mut files = vec![];
    let mut stack = vec![dir];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = e.path();
            let name = p.file_name().unwrap().to_string_lossy().to_string();
            if p.is_dir() && name != "site-packages" {
                stack.push(p);
            } else if name.ends_with(".py") {
                files.push(p);
            }
        }
    }
    files.sort();
    let tmp = std::env::temp_dir().join("pyjs-corpus");
    let (mut ok, mut diagnosed, mut crashed) = (0, 0, vec![]);
    let start = std::time::Instant::now();
    let mut lines = 0usize;
    for f in &files {
        lines += std::fs::read_to_string(f).map(|s| s.lines().count()).unwrap_or(0);
        let _ = std::fs::remove_dir_all(&tmp);
        let r = Command::new(&pyjs).arg("compile").arg(f).arg("-o").arg(&tmp).output();
        match r {
            Ok(o) if o.status.success() => ok += 1,
            Ok(o) if o.status.code() == Some(1) && String::from_utf8_lossy(&o.stderr).contains("error[") => {
                diagnosed += 1
            }
            _ => crashed.push(f.clone()),
        }
    }
    println!(
        "stdlib corpus: {} files, {lines} lines in {:.1}s: {ok} compiled, {diagnosed} diagnosed, {} crashed",
        files.len(),
        start.elapsed().as_secs_f64(),
        crashed.len()
    );
    for c in &crashed {
        println!("  crashed: {}", c.display());
    }
    crashed.is_empty()
}

/// The runtime's JS unit tests (`stdlib-shims/test/*.test.mjs`; fixtures there are not tests).
fn js_tests() -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(root().join("stdlib-shims/test"))
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().to_string())
        .filter(|n| n.ends_with(".test.mjs"))
        .map(|n| format!("stdlib-shims/test/{n}"))
        .collect();
    v.sort();
    v
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let ok = match args.first().map(String::as_str) {
        Some("ready") => {
            run(cargo().args(["fmt", "--all", "--check"]))
                && run(Command::new("python3").args(["tests/bless.py", "--check"]))
                && run(cargo().args(["build", "--release"]))
                && run(Command::new("bash").args(["runtime/build-wasm.sh", "--check"]))
                && run(cargo()
                    .args(["run", "-q", "--release", "-p", "pyjs", "--", "runtime-graph", "--check"])
                    .arg(GRAPH))
                && run(Command::new("node").arg("--test").args(js_tests()))
                && run(cargo().args(["test", "--release", "--workspace"]))
        }
        Some("conformance") => {
            run(cargo().args(["test", "--release", "--test", "differential"]).env("PYJS_CONFORMANCE", "1"))
        }
        Some("bless") => run(Command::new("python3").arg("tests/bless.py").args(&args[1..])),
        Some("print-js") if args.len() == 2 => {
            run(cargo().args(["run", "-q", "-p", "pyjs", "--", "print-js", &args[1]]))
        }
        Some("stdlib-corpus") => stdlib_corpus(),
        // The runtime's declaration graph that pyjs embeds for tree-shaking: regenerate it
        // after changing stdlib-shims/ (a stale one still works, but costs compile time).
        Some("runtime-graph") => {
            run(cargo().args(["run", "-q", "--release", "-p", "pyjs", "--", "runtime-graph"]).arg(GRAPH))
                && run(cargo().args(["build", "--release", "-p", "pyjs"]))
        }
        _ => {
            eprintln!(
                "usage: cargo xtask ready | conformance | bless [PATH...] | print-js FILE.py | stdlib-corpus | runtime-graph"
            );
            false
        }
    };
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
