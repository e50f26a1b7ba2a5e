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
    let shape: Vec<usize> = if shape_s == "-" { vec![] } else { shape_s.split('x').map(|d| d.parse().unwrap()).collect() };
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
            "in" => cases.last_mut().unwrap().inputs.push(parse_array(rest)),
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
