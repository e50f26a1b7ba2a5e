//! `pyjs run FILE ARGS...` passes every argument after FILE to the program, as `python3 FILE
//! ARGS...` does, including ones pyjs itself would parse (`--help`, `--`).

use std::process::Command;

#[test]
fn run_passes_arguments_after_the_file_to_the_program() {
    let dir = std::env::temp_dir().join(format!("pyjs-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("args.py"), "import sys\nprint(sys.argv)\nsys.exit(len(sys.argv))\n").unwrap();
    for args in [&["--help"][..], &["-h", "x"], &["--", "a", "--version"], &["plain", "-v"], &[]] {
        let pyjs =
            Command::new(env!("CARGO_BIN_EXE_pyjs")).current_dir(&dir).arg("run").arg("args.py").args(args).output();
        let python = Command::new("python3").current_dir(&dir).arg("args.py").args(args).output();
        let (pyjs, python) = (pyjs.unwrap(), python.unwrap());
        assert_eq!(String::from_utf8_lossy(&pyjs.stdout), String::from_utf8_lossy(&python.stdout), "args {args:?}");
        assert_eq!(pyjs.status.code(), python.status.code(), "args {args:?}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}
