//! Per-program dead-code elimination of the NumPy kernels' WebAssembly.
//!
//! The kernels (`numpy/_kernels_bg.wasm`) export one function per kernel entry point
//! (`reduce`, `linalg`, `repr`, ...). A program that never reaches an entry point from its JS
//! does not need the code only that entry point calls, so [`shrink`] drops the unused exports
//! and replaces the body of every function no kept export can reach with `unreachable`.
//! Function indices stay as they are (no relocation of calls, tables or the name section),
//! so the rest of the module is copied byte for byte, except the custom sections (`producers`,
//! `target_features`), which nothing reads at run time and every program would download.
//!
//! Reachability is conservative: the roots are the kept exports, the start function and
//! every `ref.func` in a global's initializer; edges are `call`, `return_call` and `ref.func`
//! in function bodies, and `call_indirect` of type T reaches every function of type T in an
//! element segment (the only ones it can call without trapping). If a function table can be
//! reached any other way (`table.get`, `call_ref`, a funcref table imported or exported),
//! every function in an element segment is a root.

use wasmparser::{ElementItems, ExternalKind, Operator, Parser, Payload, RefType, TypeRef};

/// `wasm` without the function exports `keep` rejects, and with the bodies of functions no
/// longer reachable replaced by `unreachable`.
pub fn shrink(wasm: &[u8], keep: &dyn Fn(&str) -> bool) -> Result<Vec<u8>, String> {
    let err = |e: wasmparser::BinaryReaderError| e.to_string();
    let mut n_imported = 0u32;
    let mut roots: Vec<u32> = vec![];
    let mut calls: Vec<Vec<u32>> = vec![];
    let mut dropped_exports = 0usize;
    // Signature of each type (None: not a plain function type), the type of each function.
    let mut type_keys: Vec<Option<String>> = vec![];
    let mut func_types: Vec<u32> = vec![];
    // Functions in element segments, call_indirect types per body, and whether a table can be
    // read other than by call_indirect.
    let mut elem_funcs: Vec<u32> = vec![];
    let mut indirect: Vec<Vec<u32>> = vec![];
    let mut all_tables = false;
    let mut table_funcref: Vec<bool> = vec![];
    let is_funcref = |t: &RefType| !t.is_extern_ref();
    for payload in Parser::new(0).parse_all(wasm) {
        match payload.map_err(err)? {
            Payload::TypeSection(r) => {
                for rec in r {
                    for st in rec.map_err(err)?.types() {
                        type_keys.push(match &st.composite_type.inner {
                            wasmparser::CompositeInnerType::Func(f) if !st.composite_type.shared => {
                                Some(format!("{:?}->{:?}", f.params(), f.results()))
                            }
                            _ => None,
                        });
                    }
                }
            }
            Payload::ImportSection(r) => {
                for imp in r.into_imports() {
                    match imp.map_err(err)?.ty {
                        TypeRef::Func(t) => {
                            n_imported += 1;
                            func_types.push(t);
                        }
                        TypeRef::Table(t) => {
                            table_funcref.push(is_funcref(&t.element_type));
                            all_tables |= is_funcref(&t.element_type);
                        }
                        _ => {}
                    }
                }
            }
            Payload::FunctionSection(r) => {
                for t in r {
                    func_types.push(t.map_err(err)?);
                }
            }
            Payload::TableSection(r) => {
                for t in r {
                    table_funcref.push(is_funcref(&t.map_err(err)?.ty.element_type));
                }
            }
            Payload::ExportSection(r) => {
                for e in r {
                    let e = e.map_err(err)?;
                    match e.kind {
                        ExternalKind::Func if keep(e.name) => roots.push(e.index),
                        ExternalKind::Func => dropped_exports += 1,
                        ExternalKind::Table => {
                            all_tables |= table_funcref.get(e.index as usize).copied().unwrap_or(true)
                        }
                        _ => {}
                    }
                }
            }
            Payload::StartSection { func, .. } => roots.push(func),
            Payload::ElementSection(r) => {
                for el in r {
                    match el.map_err(err)?.items {
                        ElementItems::Functions(fs) => {
                            for f in fs {
                                elem_funcs.push(f.map_err(err)?);
                            }
                        }
                        ElementItems::Expressions(_, es) => {
                            for e in es {
                                for op in e.map_err(err)?.get_operators_reader() {
                                    if let Operator::RefFunc { function_index } = op.map_err(err)? {
                                        elem_funcs.push(function_index);
                                    }
                                }
                            }
                        }
                    }
                }
            }
            Payload::GlobalSection(r) => {
                for g in r {
                    for op in g.map_err(err)?.init_expr.get_operators_reader() {
                        if let Operator::RefFunc { function_index } = op.map_err(err)? {
                            roots.push(function_index);
                        }
                    }
                }
            }
            Payload::CodeSectionEntry(body) => {
                let mut out = vec![];
                let mut ind = vec![];
                for op in body.get_operators_reader().map_err(err)? {
                    match op.map_err(err)? {
                        Operator::Call { function_index }
                        | Operator::ReturnCall { function_index }
                        | Operator::RefFunc { function_index } => out.push(function_index),
                        Operator::CallIndirect { type_index, .. } | Operator::ReturnCallIndirect { type_index, .. } => {
                            ind.push(type_index)
                        }
                        Operator::TableGet { table } => {
                            ind.push(u32::MAX);
                            let _ = table;
                        }
                        Operator::CallRef { .. } | Operator::ReturnCallRef { .. } => ind.push(u32::MAX),
                        _ => {}
                    }
                }
                calls.push(out);
                indirect.push(ind);
            }
            _ => {}
        }
    }
    if dropped_exports == 0 {
        return rewrite(wasm, &|_, _| Ok(None));
    }
    // Which defined functions are reachable.
    let total = n_imported as usize + calls.len();
    if func_types.len() != total {
        return Err("function count".into());
    }
    let key = |t: u32| type_keys.get(t as usize).cloned().flatten();
    let mut live = vec![false; total];
    let mut stack = roots;
    // Signatures call_indirect is used with by live code (None: any).
    let mut live_keys: std::collections::HashSet<Option<String>> = Default::default();
    if all_tables {
        live_keys.insert(None);
    }
    let mut elem_live = vec![false; elem_funcs.len()];
    loop {
        while let Some(f) = stack.pop() {
            let Some(l) = live.get_mut(f as usize) else { return Err(format!("function index {f} out of range")) };
            if *l {
                continue;
            }
            *l = true;
            if let Some(i) = (f as usize).checked_sub(n_imported as usize) {
                stack.extend(calls[i].iter().copied());
                for &t in &indirect[i] {
                    // A type that is not a plain function type could match more: treat as any.
                    live_keys.insert(if t == u32::MAX { None } else { key(t) });
                }
            }
        }
        for (j, &f) in elem_funcs.iter().enumerate() {
            let t = *func_types.get(f as usize).ok_or("element function index")?;
            if !elem_live[j] && (live_keys.contains(&None) || live_keys.contains(&key(t))) {
                elem_live[j] = true;
                stack.push(f);
            }
        }
        if stack.is_empty() {
            break;
        }
    }

    let live = &live[n_imported as usize..];
    rewrite(wasm, &|id, body| match id {
        7 => exports(body, keep).map(Some),
        10 => code(body, live).map(Some),
        _ => Ok(None),
    })
}

/// `wasm` with the sections `section` returns a new body for replaced, the custom sections
/// (`producers`, `target_features`: nothing reads them at run time) dropped, and every other
/// section copied as it is.
type Section<'a> = &'a dyn Fn(u8, &[u8]) -> Result<Option<Vec<u8>>, String>;
fn rewrite(wasm: &[u8], section: Section) -> Result<Vec<u8>, String> {
    let mut out = wasm.get(..8).ok_or("not a wasm module")?.to_vec();
    let mut at = 8;
    while at < wasm.len() {
        let id = wasm[at];
        let (size, len_bytes) = read_u32(&wasm[at + 1..]).ok_or("bad section size")?;
        let start = at + 1 + len_bytes;
        let end = start + size as usize;
        let body = wasm.get(start..end).ok_or("section past the end")?;
        match section(id, body)? {
            _ if id == 0 => {}
            Some(b) => {
                out.push(id);
                write_u32(&mut out, b.len() as u32);
                out.extend_from_slice(&b);
            }
            None => out.extend_from_slice(&wasm[at..end]),
        }
        at = end;
    }
    Ok(out)
}

/// The export section without the function exports `keep` rejects.
fn exports(body: &[u8], keep: &dyn Fn(&str) -> bool) -> Result<Vec<u8>, String> {
    let (count, mut at) = read_u32(body).ok_or("bad export count")?;
    let mut kept: Vec<&[u8]> = vec![];
    for _ in 0..count {
        let start = at;
        let (len, n) = read_u32(&body[at..]).ok_or("bad export name")?;
        let name = body.get(at + n..at + n + len as usize).ok_or("bad export name")?;
        at += n + len as usize;
        let kind = *body.get(at).ok_or("bad export kind")?;
        let (_, n) = read_u32(&body[at + 1..]).ok_or("bad export index")?;
        at += 1 + n;
        if kind == 0 && !keep(std::str::from_utf8(name).map_err(|e| e.to_string())?) {
            continue;
        }
        kept.push(&body[start..at]);
    }
    let mut out = vec![];
    write_u32(&mut out, kept.len() as u32);
    kept.iter().for_each(|e| out.extend_from_slice(e));
    Ok(out)
}

/// The code section with the bodies of functions not `live` replaced by `unreachable`.
fn code(body: &[u8], live: &[bool]) -> Result<Vec<u8>, String> {
    let (count, mut at) = read_u32(body).ok_or("bad code count")?;
    if count as usize != live.len() {
        return Err("code count".into());
    }
    let mut out = Vec::with_capacity(body.len());
    write_u32(&mut out, count);
    for &l in live {
        let (size, n) = read_u32(&body[at..]).ok_or("bad body size")?;
        let end = at + n + size as usize;
        if l {
            out.extend_from_slice(body.get(at..end).ok_or("body past the end")?);
        } else {
            // size 3: no locals, `unreachable`, `end`.
            out.extend_from_slice(&[3, 0, 0x00, 0x0b]);
        }
        at = end;
    }
    Ok(out)
}

fn read_u32(b: &[u8]) -> Option<(u32, usize)> {
    let mut r: u64 = 0;
    for (i, &x) in b.iter().enumerate().take(5) {
        r |= u64::from(x & 0x7f) << (7 * i);
        if x < 0x80 {
            return u32::try_from(r).ok().map(|v| (v, i + 1));
        }
    }
    None
}

fn write_u32(out: &mut Vec<u8>, mut v: u32) {
    loop {
        let b = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

/// For analysis (`pyjs wasm-sizes`-style tooling and tests): the body size of every defined
/// function reachable from each function export alone.
pub fn export_reach(wasm: &[u8]) -> Result<Vec<(String, usize)>, String> {
    let mut names = vec![];
    for payload in Parser::new(0).parse_all(wasm) {
        if let Payload::ExportSection(r) = payload.map_err(|e| e.to_string())? {
            for e in r.into_iter().flatten() {
                if e.kind == ExternalKind::Func {
                    names.push(e.name.to_string());
                }
            }
        }
    }
    let base = shrink(wasm, &|_| false)?.len();
    let mut out = vec![];
    for n in names {
        let s = shrink(wasm, &|x| x == n)?.len();
        out.push((n, s - base));
    }
    Ok(out)
}
