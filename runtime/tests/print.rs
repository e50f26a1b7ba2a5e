//! Printing: `repr`/`str` of arrays and scalars compared with NumPy's exact output.

mod common;

use pyjs_runtime::print::{array_repr_with, array_str_with, scalar_repr, scalar_str, FloatMode, PrintOptions};

#[test]
fn print_matches_numpy() {
    let cases = common::load("print");
    let mut failures = Vec::new();
    for c in &cases {
        let a = &c.inputs[0];
        let (repr, str_) = if c.op == "scalar" {
            let s = a.get_flat(0);
            (scalar_repr(s), scalar_str(s))
        } else {
            let mut o = PrintOptions::default();
            if let Some(p) = c.int("precision") {
                o.precision = p as usize;
            }
            if let Some(s) = c.int("suppress") {
                o.suppress = s != 0;
            }
            if let Some(l) = c.int("linewidth") {
                o.linewidth = l as usize;
            }
            if let Some(t) = c.int("threshold") {
                o.threshold = t as usize;
            }
            if let Some(e) = c.int("edgeitems") {
                o.edgeitems = e as usize;
            }
            if let Some(m) = c.param("floatmode") {
                o.floatmode = FloatMode::parse(m).unwrap();
            }
            (array_repr_with(a, &o), array_str_with(a, &o))
        };
        if repr != c.texts[0] {
            failures.push(format!("{} repr:\n  got  {repr:?}\n  want {:?}", c.name, c.texts[0]));
        }
        if str_ != c.texts[1] {
            failures.push(format!("{} str:\n  got  {str_:?}\n  want {:?}", c.name, c.texts[1]));
        }
    }
    eprintln!("checked {} cases", cases.len());
    assert!(
        failures.is_empty(),
        "{} of {} printing checks failed:\n{}",
        failures.len(),
        2 * cases.len(),
        failures.join("\n")
    );
}
