//! Native timing of a few hot kernels: `cargo run --release --example bench_kernels`.
//! Compare with `python3 runtime/examples/bench_kernels.py` (same operations in NumPy).

use std::time::Instant;

use pyjs_runtime::ops::{self, BinOp};
use pyjs_runtime::{reduce, Array, Scalar};

fn time<F: FnMut()>(name: &str, reps: usize, mut f: F) {
    f();
    let t = Instant::now();
    for _ in 0..reps {
        f();
    }
    let us = t.elapsed().as_secs_f64() * 1e6 / reps as f64;
    println!("{name:<28} {us:>10.1} us");
}

fn main() {
    let n = 100_000;
    let a = Array::from_f64(vec![n], (0..n).map(|i| i as f64 * 0.5).collect());
    let b = Array::from_f64(vec![n], (0..n).map(|i| (i % 7) as f64).collect());
    time("a * 2.0 + 1.0 (1e5)", 200, || {
        let t = ops::binary_scalar(BinOp::Mul, &a, Scalar::Float(2.0), false).unwrap();
        let _ = ops::binary_scalar(BinOp::Add, &t, Scalar::Float(1.0), false).unwrap();
    });
    time("a + b (1e5)", 200, || {
        let _ = ops::binary(BinOp::Add, &a, &b).unwrap();
    });
    time("sqrt(a) (1e5)", 200, || {
        let _ = ops::unary(ops::UnOp::Sqrt, &a).unwrap();
    });
    time("sum(a) (1e5)", 200, || {
        let _ = reduce::sum(&a, None, false).unwrap();
    });
    let m = 200;
    let x = Array::from_f64(vec![m, m], (0..m * m).map(|i| ((i * 7919) % 1000) as f64 / 1000.0).collect());
    time("matmul 200x200", 20, || {
        let _ = ops::matmul(&x, &x).unwrap();
    });
    let col = Array::from_f64(vec![1000, 1], (0..1000).map(|i| i as f64).collect());
    let row = Array::from_f64(vec![100], (0..100).map(|i| i as f64).collect());
    time("broadcast (1000,1)+(100,)", 200, || {
        let _ = ops::binary(BinOp::Add, &col, &row).unwrap();
    });
}
