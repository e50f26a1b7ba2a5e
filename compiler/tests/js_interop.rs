//! Compiled code used from JavaScript: a `pyjs compile --lib` module through
//! `pyjs/js-interop.mjs`, and a program run the way a browser runs it (page I/O hooks).
//! Each `tests/interop/NAME.py` is compiled, `NAME.test.mjs` (node:assert checks) is copied
//! beside it and run under node, and its standard output is compared.

use std::path::Path;
use std::process::Command;

fn check(name: &str, lib: bool, expected_stdout: &str) {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/interop");
    let out = std::env::temp_dir().join(format!("pyjs-interop-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&out);
    let compiled = Command::new(env!("CARGO_BIN_EXE_pyjs"))
        .arg("compile")
        .args(lib.then_some("--lib"))
        .arg(src.join(format!("{name}.py")))
        .arg("-o")
        .arg(&out)
        .output()
        .expect("run pyjs");
    assert!(compiled.status.success(), "compile: {}", String::from_utf8_lossy(&compiled.stderr));
    assert_eq!(out.join("pyjs/js-interop.mjs").exists(), lib, "only --lib ships pyjs/js-interop.mjs");
    std::fs::copy(src.join(format!("{name}.test.mjs")), out.join(format!("{name}.test.mjs"))).unwrap();
    let run = Command::new("node").arg(out.join(format!("{name}.test.mjs"))).output().expect("run node");
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert!(run.status.success(), "node failed:\n{stdout}\n{}", String::from_utf8_lossy(&run.stderr));
    assert_eq!(stdout, expected_stdout);
    let _ = std::fs::remove_dir_all(&out);
}

#[test]
fn geometry_library_from_javascript() {
    check("geometry", true, "geometry loaded as geometry\njs-interop ok\n");
}

#[test]
fn browser_page_io_hooks() {
    check("greet", false, "browser io ok\n");
}

#[test]
fn without_lib_the_module_runs_as_main_and_ships_no_interop() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/interop/geometry.py");
    let out = std::env::temp_dir().join(format!("pyjs-interop-main-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&out);
    let compiled =
        Command::new(env!("CARGO_BIN_EXE_pyjs")).arg("compile").arg(&src).arg("-o").arg(&out).output().unwrap();
    assert!(compiled.status.success());
    assert!(!out.join("pyjs/js-interop.mjs").exists());
    let run = Command::new("node").arg(out.join("geometry.mjs")).output().unwrap();
    assert_eq!(
        String::from_utf8_lossy(&run.stdout),
        "geometry loaded as __main__\nnever printed: imported from JavaScript\n"
    );
    let _ = std::fs::remove_dir_all(&out);
}
