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

/// Compiles `file` into `out`: `Some((success, stderr))`, or `None` past 30 seconds.
fn compile_with_timeout(pyjs: &Path, file: &Path, out: &Path) -> Option<(bool, String)> {
    use std::process::Stdio;
    let mut child = Command::new(pyjs)
        .arg("compile")
        .arg(file)
        .arg("-o")
        .arg(out)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .ok()?;
    let mut stderr = child.stderr.take()?;
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = std::io::Read::read_to_string(&mut stderr, &mut s);
        s
    });
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    loop {
        match child.try_wait() {
            Ok(Some(status)) => {
                let text = reader.join().unwrap_or_default();
                // Exit status 1 with a diagnostic is a diagnosis; anything else (a panic's 101,
                // a signal) is a crash.
                let diagnosed = status.code() == Some(1);
                return Some((
                    status.success(),
                    if status.success() || diagnosed { text } else { format!("exit {status}: {text}") },
                ));
            }
            Ok(None) if std::time::Instant::now() < deadline => std::thread::sleep(std::time::Duration::from_millis(5)),
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                return None;
            }
        }
    }
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
    // Each file is copied alone into an empty folder and compiled there: compiled in place, it
    // would pull much of the stdlib in through its imports, and the run would take an hour.
    // Imports of stdlib modules pyjs does not ship then get `unresolved-import` diagnostics.
    let src = std::env::temp_dir().join("pyjs-corpus-src");
    let tmp = std::env::temp_dir().join("pyjs-corpus");
    let (mut ok, mut diagnosed, mut crashed) = (0, 0, vec![]);
    let mut ids = std::collections::BTreeMap::new();
    let start = std::time::Instant::now();
    let mut lines = 0usize;
    for f in &files {
        let Ok(text) = std::fs::read(f) else { continue };
        lines += String::from_utf8_lossy(&text).lines().count();
        let _ = std::fs::remove_dir_all(&tmp);
        let _ = std::fs::remove_dir_all(&src);
        let _ = std::fs::create_dir_all(&src);
        let alone = src.join(f.file_name().unwrap());
        if std::fs::write(&alone, &text).is_err() {
            continue;
        }
        match compile_with_timeout(&pyjs, &alone, &tmp) {
            Some((true, _)) => ok += 1,
            Some((false, stderr)) if stderr.contains("error[") => {
                diagnosed += 1;
                // Tally every diagnostic id the file got, once per file.
                let mut seen = std::collections::BTreeSet::new();
                for part in stderr.split("error[").skip(1) {
                    if let Some(id) = part.split(']').next() {
                        seen.insert(id.to_string());
                    }
                }
                for id in seen {
                    *ids.entry(id).or_insert(0usize) += 1;
                }
            }
            Some((false, stderr)) => crashed.push(format!("{}: {}", f.display(), stderr.lines().next().unwrap_or(""))),
            None => crashed.push(format!("{}: timed out", f.display())),
        }
    }
    println!(
        "stdlib corpus: {} files, {lines} lines in {:.1}s: {ok} compiled, {diagnosed} diagnosed, {} crashed",
        files.len(),
        start.elapsed().as_secs_f64(),
        crashed.len()
    );
    let mut by_count: Vec<_> = ids.into_iter().collect();
    by_count.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    for (id, n) in by_count {
        println!("  {n:5} files with error[{id}]");
    }
    for c in &crashed {
        println!("  crashed: {c}");
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
