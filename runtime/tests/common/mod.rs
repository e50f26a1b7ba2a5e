//! Reader for the expectation files written by `gen_expected.py` (format described there).
#![allow(dead_code)]

use std::collections::HashMap;

use pyjs_runtime::{Array, DType};

#[derive(Debug)]
pub struct Case {
    pub name: String,
    pub op: String,
    pub params: HashMap<String, String>,
    pub inputs: Vec<Array>,
    pub outs: Vec<Array>,
    pub err: Option<(String, String)>,
    pub texts: Vec<String>,
}

impl Case {
    pub fn param(&self, k: &str) -> Option<&str> {
        self.params.get(k).map(|s| s.as_str())
    }
    pub fn int(&self, k: &str) -> Option<i64> {
        self.param(k).map(|v| v.parse().unwrap_or_else(|_| panic!("{}: bad int {k}={v}", self.name)))
    }
    pub fn float(&self, k: &str) -> Option<f64> {
        self.param(k).map(|v| v.parse().unwrap())
    }
    /// `axis=` as None, one int, or a tuple `0,1`.
    pub fn axes(&self, k: &str) -> Option<Vec<isize>> {
        self.param(k).filter(|v| *v != "None").map(|v| v.split(',').map(|x| x.parse().unwrap()).collect())
    }
    pub fn ints(&self, k: &str) -> Option<Vec<i64>> {
        self.param(k).map(|v| if v.is_empty() { vec![] } else { v.split(',').map(|x| x.parse().unwrap()).collect() })
    }
}

fn unesc(s: &str) -> String {
    let mut out = String::new();
    let mut it = s.chars();
    while let Some(c) = it.next() {
        if c == '\\' {
            match it.next() {
                Some('n') => out.push('\n'),
                Some(o) => out.push(o),
                None => {}
            }
        } else {
            out.push(c);
        }
    }
    out
}

pub fn parse_array(s: &str) -> Array {
    let mut it = s.split(' ');
    let dt = DType::parse(it.next().unwrap()).unwrap();
    let shape_s = it.next().unwrap();
    let shape: Vec<usize> =
        if shape_s == "-" { vec![] } else { shape_s.split('x').map(|d| d.parse().unwrap()).collect() };
    let vals: Vec<&str> = it.filter(|v| !v.is_empty()).collect();
    match dt {
        DType::Float64 => {
            Array::from_f64(shape, vals.iter().map(|v| f64::from_bits(u64::from_str_radix(v, 16).unwrap())).collect())
        }
        DType::Int64 => Array::from_i64(shape, vals.iter().map(|v| v.parse().unwrap()).collect()),
        DType::Bool => Array::from_bool(shape, vals.iter().map(|v| *v == "1").collect()),
    }
}

pub fn load(name: &str) -> Vec<Case> {
    let path = format!("{}/tests/data/{name}.txt", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut cases: Vec<Case> = Vec::new();
    let mut defs: HashMap<String, Array> = HashMap::new();
    for line in text.lines() {
        let (tag, rest) = line.split_once(' ').unwrap_or((line, ""));
        match tag {
            "case" => {
                let mut it = rest.split(' ');
                let name = it.next().unwrap().to_string();
                let op = it.next().unwrap().to_string();
                let params = it
                    .filter(|p| !p.is_empty())
                    .map(|p| {
                        let (k, v) = p.split_once('=').unwrap();
                        (k.to_string(), v.to_string())
                    })
                    .collect();
                cases.push(Case { name, op, params, inputs: vec![], outs: vec![], err: None, texts: vec![] });
            }
            "def" => {
                let (id, arr) = rest.split_once(' ').unwrap();
                defs.insert(id.to_string(), parse_array(arr));
            }
            "in" => {
                let a = match rest.strip_prefix('@') {
                    Some(id) => defs[id].copy(),
                    None => parse_array(rest),
                };
                cases.last_mut().unwrap().inputs.push(a)
            }
            "out" => cases.last_mut().unwrap().outs.push(parse_array(rest)),
            "text" => cases.last_mut().unwrap().texts.push(unesc(rest)),
            "err" => {
                let (k, m) = rest.split_once(' ').unwrap_or((rest, ""));
                cases.last_mut().unwrap().err = Some((k.to_string(), unesc(m)));
            }
            _ => panic!("{path}: bad line {line}"),
        }
    }
    cases
}

/// Describes how `got` differs from `want` (None if equal). Floats compare bit-for-bit
/// (NaNs of any payload are equal), or within `ulps` units in the last place.
pub fn array_diff(got: &Array, want: &Array, ulps: u64) -> Option<String> {
    if got.dtype() != want.dtype() {
        return Some(format!("dtype {} != {}", got.dtype(), want.dtype()));
    }
    if got.shape() != want.shape() {
        return Some(format!("shape {:?} != {:?}", got.shape(), want.shape()));
    }
    let (g, w) = (got.to_scalars(), want.to_scalars());
    for (i, (a, b)) in g.iter().zip(&w).enumerate() {
        let ok = match (a, b) {
            (pyjs_runtime::Scalar::Float(x), pyjs_runtime::Scalar::Float(y)) => {
                (x.is_nan() && y.is_nan())
                    || x.to_bits() == y.to_bits()
                    || (ulps > 0 && x.is_finite() && y.is_finite() && ulp_dist(*x, *y) <= ulps)
                    || (ulps == u64::MAX && (x - y).abs() <= 1e-12 * (1.0 + y.abs()))
            }
            _ => a == b,
        };
        if !ok {
            return Some(format!("element {i}: got {a:?}, want {b:?}"));
        }
    }
    None
}

fn ulp_dist(x: f64, y: f64) -> u64 {
    let key = |v: f64| {
        let b = v.to_bits() as i64;
        if b < 0 {
            i64::MIN - b
        } else {
            b
        }
    };
    key(x).abs_diff(key(y))
}

/// Parses a scalar parameter (`f:<hex bits>`, `i:3`, `b:1`).
pub fn scalar(s: &str) -> pyjs_runtime::Scalar {
    let (k, v) = s.split_once(':').unwrap();
    match k {
        "f" => pyjs_runtime::Scalar::Float(f64::from_bits(u64::from_str_radix(v, 16).unwrap())),
        "i" => pyjs_runtime::Scalar::Int(v.parse().unwrap()),
        "b" => pyjs_runtime::Scalar::Bool(v == "1"),
        _ => panic!("bad scalar {s}"),
    }
}

/// Runs every case through `run` and checks outputs (or the error) against NumPy's.
/// `ulps(case)` is the float tolerance for that case (0 = bit-exact).
pub fn check_all(file: &str, run: impl Fn(&Case) -> pyjs_runtime::Result<Vec<Array>>, ulps: impl Fn(&Case) -> u64) {
    let cases = load(file);
    let mut failures = Vec::new();
    for c in &cases {
        let got = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run(c)));
        let got = match got {
            Ok(g) => g,
            Err(_) => {
                failures.push(format!("{} {} {:?}: panicked", c.name, c.op, c.params));
                continue;
            }
        };
        match (&c.err, got) {
            (Some((kind, msg)), Err(e)) => {
                let kind_ok = kind == e.kind()
                    || (kind == "UFuncTypeError" && e.kind() == "TypeError")
                    || (kind == "AxisError" && e.kind() == "AxisError")
                    || (kind == "ZeroDivisionError" && e.kind() == "ValueError");
                if !kind_ok || msg != e.message() {
                    failures.push(format!(
                        "{} {} {:?}: error {}: {:?}, want {kind}: {msg:?}",
                        c.name,
                        c.op,
                        c.params,
                        e.kind(),
                        e.message()
                    ));
                }
            }
            (Some((kind, msg)), Ok(_)) => {
                failures.push(format!("{} {} {:?}: no error, want {kind}: {msg}", c.name, c.op, c.params))
            }
            (None, Err(e)) => failures.push(format!("{} {} {:?}: unexpected error {e}", c.name, c.op, c.params)),
            (None, Ok(outs)) => {
                if outs.len() != c.outs.len() {
                    failures.push(format!("{} {}: {} outputs, want {}", c.name, c.op, outs.len(), c.outs.len()));
                    continue;
                }
                for (g, w) in outs.iter().zip(&c.outs) {
                    if let Some(d) = array_diff(g, w, ulps(c)) {
                        failures.push(format!("{} {} {:?}: {d}", c.name, c.op, c.params));
                        break;
                    }
                }
            }
        }
    }
    eprintln!("{file}: checked {} cases, {} failed", cases.len(), failures.len());
    assert!(failures.is_empty(), "{} of {} cases failed:\n{}", failures.len(), cases.len(), failures.join("\n"));
}
