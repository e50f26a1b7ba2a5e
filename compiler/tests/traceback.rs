//! Source maps end to end: a real Node stack trace, printed as a CPython traceback, must point
//! back at the Python file's lines and function names.

use std::process::Command;

#[test]
fn uncaught_exception_traceback_points_into_python() {
    let dir = std::env::temp_dir().join(format!("pyjs-traceback-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("crash.py"),
        "def outer(n):\n    return inner(n) + 1\n\n\ndef inner(n):\n    if n > 2:\n        raise ValueError(f\"bad {n}\")\n    return n\n\n\nprint(outer(1))\nouter(3)\n",
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_pyjs")).current_dir(&dir).args(["run", "crash.py"]).output().unwrap();
    // CPython names the script `<cwd>/crash.py`; so must pyjs, byte for byte.
    let python = Command::new("python3").current_dir(&dir).arg("crash.py").output().unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(out.status.code(), Some(1));
    // CPython 3.11's `^^^^` position lines included.
    assert_eq!(String::from_utf8_lossy(&out.stderr), String::from_utf8_lossy(&python.stderr));
    let cwd =
        std::fs::canonicalize(std::env::temp_dir()).unwrap().join(format!("pyjs-traceback-{}", std::process::id()));
    let report =
        format!("stdout:\n{}stderr:\n{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr))
            .replace(&cwd.to_string_lossy().to_string(), "<cwd>");
    insta::assert_snapshot!(report);
}
