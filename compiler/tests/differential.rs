//! Differential tests: every program under `tests/differential/` (and `examples/`) is compiled by pyjs, run
//! under node, and its stdout (and exit status) compared with what CPython 3.11 printed,
//! stored next to it by `tests/bless.py`.
//!
//! `cargo test --test differential [FILTER...]` runs them. Programs listed in
//! `tests/known-failures.txt` are expected to fail; one that passes is reported so it can
//! leave the list. With `PYJS_CONFORMANCE=1` the run writes `tests/conformance.md`.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

struct Case {
    /// Path relative to `tests/differential`, with `/` separators.
    name: String,
    path: PathBuf,
}

enum Outcome {
    Pass,
    Fail(String),
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

fn collect(dir: &Path, base: &Path, out: &mut Vec<Case>) {
    let mut entries: Vec<_> =
        std::fs::read_dir(dir).map(|r| r.flatten().map(|e| e.path()).collect()).unwrap_or_default();
    entries.sort();
    for p in entries {
        let name = p.file_name().unwrap().to_string_lossy().to_string();
        if name.starts_with('_') || name.starts_with('.') {
            continue;
        }
        if p.is_dir() {
            collect(&p, base, out);
        } else if name.ends_with(".py") {
            let rel = p.strip_prefix(base).unwrap().to_string_lossy().replace('\\', "/");
            out.push(Case { name: rel, path: p });
        }
    }
}

/// Run `cmd` with `stdin`, killing it after `limit`. Returns (status, stdout, stderr).
fn run_with_timeout(mut cmd: Command, stdin: &[u8], limit: Duration) -> Result<(i32, String, String), String> {
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start: {e}"))?;
    let mut sin = child.stdin.take().unwrap();
    let input = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = sin.write_all(&input);
    });
    let out = child.stdout.take().unwrap();
    let err = child.stderr.take().unwrap();
    let read = |mut r: Box<dyn std::io::Read + Send>| {
        std::thread::spawn(move || {
            let mut v = vec![];
            let _ = r.read_to_end(&mut v);
            v
        })
    };
    let (o, e) = (read(Box::new(out)), read(Box::new(err)));
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().map_err(|e| e.to_string())? {
            break s;
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!("timed out after {}s", limit.as_secs()));
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let _ = writer.join();
    let stdout = String::from_utf8_lossy(&o.join().unwrap()).to_string();
    let stderr = String::from_utf8_lossy(&e.join().unwrap()).to_string();
    Ok((status.code().unwrap_or(-1), stdout, stderr))
}

fn first_difference(expected: &str, actual: &str) -> String {
    let (e, a): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), actual.lines().collect());
    for i in 0..e.len().max(a.len()) {
        let (x, y) = (e.get(i), a.get(i));
        if x != y {
            return format!(
                "  stdout line {}:\n    expected: {}\n    actual:   {}",
                i + 1,
                x.map_or("<end of output>".to_string(), |s| format!("{s:?}")),
                y.map_or("<end of output>".to_string(), |s| format!("{s:?}"))
            );
        }
    }
    "  stdout differs in trailing newline".to_string()
}

/// The one place a program is checked: compile, run, compare with CPython's output.
fn check(case: &Case, work: &Path) -> Outcome {
    let out_dir = work.join(case.name.replace('/', "__").trim_end_matches(".py"));
    let _ = std::fs::remove_dir_all(&out_dir);
    let compiled =
        Command::new(env!("CARGO_BIN_EXE_pyjs")).arg("compile").arg(&case.path).arg("-o").arg(&out_dir).output();
    let compiled = match compiled {
        Ok(c) => c,
        Err(e) => return Outcome::Fail(format!("  cannot run pyjs: {e}")),
    };
    if !compiled.status.success() {
        let msg = String::from_utf8_lossy(&compiled.stderr);
        return Outcome::Fail(format!(
            "  compile failed:\n{}",
            msg.lines().take(12).map(|l| format!("    {l}\n")).collect::<String>()
        ));
    }
    let stem = case.path.file_stem().unwrap().to_string_lossy().to_string();
    let stdin = std::fs::read(case.path.with_extension("stdin")).unwrap_or_default();
    let mut cmd = Command::new("node");
    cmd.arg("--stack-size=4000").arg(out_dir.join(format!("{stem}.mjs"))).current_dir(case.path.parent().unwrap());
    // As `pyjs run NAME.py` would, in the program's folder (bless.py runs `python3 NAME.py` there).
    cmd.env("PYJS_ARGV0", case.path.file_name().unwrap());
    let (code, stdout, stderr) = match run_with_timeout(cmd, &stdin, Duration::from_secs(60)) {
        Ok(r) => r,
        Err(e) => return Outcome::Fail(format!("  {e}")),
    };
    let expected = std::fs::read_to_string(case.path.with_extension("stdout")).unwrap_or_default();
    let status = std::fs::read_to_string(case.path.with_extension("status")).ok();
    let (want_code, want_last) = match &status {
        Some(s) => {
            let mut lines = s.lines();
            (lines.next().and_then(|l| l.trim().parse().ok()).unwrap_or(1), lines.next().map(str::to_string))
        }
        None => (0, None),
    };
    let mut problems = vec![];
    if stdout != expected {
        problems.push(first_difference(&expected, &stdout));
    }
    if code != want_code {
        let tail: String =
            stderr.lines().rev().take(6).collect::<Vec<_>>().into_iter().rev().map(|l| format!("    {l}\n")).collect();
        problems.push(format!("  exit status {code}, expected {want_code}; stderr ends:\n{tail}"));
    } else if let Some(want) = want_last {
        let last = stderr.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("");
        if last != want {
            problems.push(format!("  last stderr line:\n    expected: {want:?}\n    actual:   {last:?}"));
        }
    }
    // `NAME.stderr` (bless.py writes it for `tracebacks/`): the whole stderr, with the program's
    // absolute directory written `<dir>`, as bless.py does to CPython's.
    if let Ok(want) = std::fs::read_to_string(case.path.with_extension("stderr")) {
        let dir = std::fs::canonicalize(case.path.parent().unwrap()).unwrap();
        let actual = stderr.replace(dir.to_string_lossy().as_ref(), "<dir>");
        if actual != want {
            problems.push(first_difference(&want, &actual).replacen("stdout", "stderr", 1));
        }
    }
    if problems.is_empty() {
        Outcome::Pass
    } else {
        Outcome::Fail(problems.join("\n"))
    }
}

fn main() {
    let root = root();
    let base = root.join("tests/differential");
    let mut cases = vec![];
    collect(&base, &base, &mut cases);
    // The runnable examples are checked the same way, named `examples/...`.
    collect(&root.join("examples"), &root, &mut cases);
    let filters: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with("--")).collect();
    if !filters.is_empty() {
        cases.retain(|c| filters.iter().any(|f| c.name.contains(f.as_str())));
    }
    let known: Vec<String> = std::fs::read_to_string(root.join("tests/known-failures.txt"))
        .unwrap_or_default()
        .lines()
        .map(|l| l.split('#').next().unwrap().trim().to_string())
        .filter(|l| !l.is_empty())
        .collect();
    let work = root.join("target/difftest");
    std::fs::create_dir_all(&work).unwrap();

    println!("running {} differential tests", cases.len());
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<(usize, Outcome)>> = Mutex::new(vec![]);
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get()).min(4);
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some(case) = cases.get(i) else { break };
                let outcome = check(case, &work);
                results.lock().unwrap().push((i, outcome));
            });
        }
    });
    let mut results = results.into_inner().unwrap();
    results.sort_by_key(|(i, _)| *i);

    let (mut passed, mut failed, mut known_failed) = (0, 0, 0);
    let mut unexpected = vec![];
    let mut fixed = vec![];
    let mut failing_names = vec![];
    for (i, outcome) in &results {
        let case = &cases[*i];
        let is_known = known.contains(&case.name);
        match outcome {
            Outcome::Pass if is_known => {
                println!("test {} ... FIXED (remove it from tests/known-failures.txt)", case.name);
                fixed.push(case.name.clone());
                passed += 1;
            }
            Outcome::Pass => {
                println!("test {} ... ok", case.name);
                passed += 1;
            }
            Outcome::Fail(why) => {
                failing_names.push(case.name.clone());
                if is_known {
                    println!("test {} ... known failure", case.name);
                    known_failed += 1;
                } else {
                    println!("test {} ... FAILED", case.name);
                    unexpected.push((case.name.clone(), why.clone()));
                    failed += 1;
                }
            }
        }
    }
    for (name, why) in &unexpected {
        println!("\n---- {name} ----\n{why}");
    }
    if std::env::var_os("PYJS_CONFORMANCE").is_some() && filters.is_empty() {
        let mut report = format!("# Differential conformance\n\nPassed: {}/{}\n\nFailing:\n", passed, cases.len());
        for n in &failing_names {
            report.push_str(&format!("- {n}\n"));
        }
        std::fs::write(root.join("tests/conformance.md"), report).unwrap();
    }
    println!("\nconformance: {passed}/{} programs match CPython ({known_failed} known failures)", cases.len());
    println!("{passed} passed, {} failed", failed + fixed.len());
    if failed > 0 || !fixed.is_empty() {
        std::process::exit(1);
    }
}
