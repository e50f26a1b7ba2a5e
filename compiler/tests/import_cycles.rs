//! The driver's module queue: a cycle of local imports whose modules all have diagnostics must
//! report each module's diagnostic exactly once and finish. (Re-queueing failed modules once
//! made such cycles exponential: compiling a stdlib file in place hung.)

use std::process::Command;

#[test]
fn import_cycle_through_failing_modules_reports_each_once() {
    let dir = std::env::temp_dir().join(format!("pyjs-import-cycle-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let n = 12;
    for i in 0..n {
        let mut src: String = (0..n).filter(|&j| j != i).map(|j| format!("import m{j}\n")).collect();
        src.push_str("x = eval(\"1\")\n");
        std::fs::write(dir.join(format!("m{i}.py")), src).unwrap();
    }
    std::fs::write(dir.join("main.py"), "import m0\nprint(m0.x)\n").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_pyjs"))
        .current_dir(&dir)
        .args(["compile", "main.py", "-o", "out"])
        .output()
        .unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    for i in 0..n {
        let header = format!("m{i}.py:{}:5: error[unsupported-builtin]", n);
        assert_eq!(stderr.matches(&header).count(), 1, "m{i}.py diagnosed once:\n{stderr}");
    }
    assert_eq!(stderr.matches("error[").count(), n, "{stderr}");
}
