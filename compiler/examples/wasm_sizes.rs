// Analysis helper (ARCHITECTURE.md, "NumPy kernels"): the body bytes each export of the NumPy
// kernels' wasm reaches alone; with `<out> a,b,...`, writes the wasm shrunk to those exports.
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let wasm = std::fs::read(&args[1]).unwrap();
    if args.len() > 2 {
        let keep: Vec<&str> = args[3].split(',').collect();
        let out = pyjs::wasm_dce::shrink(&wasm, &|n| keep.contains(&n)).unwrap();
        std::fs::write(&args[2], out).unwrap();
        return;
    }
    for (n, s) in pyjs::wasm_dce::export_reach(&wasm).unwrap() {
        println!("{s:8} {n}");
    }
}
