//! The source map pyjs writes (`srcmap::build`) is the one swc's `build_source_map` wrote before
//! it, byte for byte, on every test and example program; and a decoded snapshot of the map of a
//! program with non-ASCII text, astral characters, tabs and CRLF line ends.

use pyjs::driver::compile_str_maps;
use std::path::{Path, PathBuf};

fn python_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            python_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "py") {
            out.push(p);
        }
    }
}

#[test]
fn same_map_as_swc_on_the_corpus() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf();
    let mut files = vec![];
    python_files(&root.join("tests"), &mut files);
    python_files(&root.join("examples"), &mut files);
    files.sort();
    let (mut compared, mut non_ascii) = (0, 0);
    for f in &files {
        let Ok(src) = std::fs::read_to_string(f) else { continue };
        let name = f.file_name().unwrap().to_string_lossy().to_string();
        if let Ok((_, ours, swc)) = compile_str_maps(&name, &src) {
            assert!(ours == swc, "{}: the source maps differ\nours: {ours:.400}\nswc:  {swc:.400}", f.display());
            compared += 1;
            non_ascii += usize::from(!src.is_ascii());
        }
    }
    assert!(compared > 500, "only {compared} programs compiled");
    assert!(non_ascii > 10, "only {non_ascii} non-ASCII programs compiled");
}

/// `mappings` decoded to `js LINE:COL -> SOURCE LINE:COL` (0-based, UTF-16 columns).
fn decode(map: &str) -> String {
    let field = |name: &str| {
        let at = map.find(&format!("\"{name}\":")).unwrap() + name.len() + 3;
        &map[at..]
    };
    let sources: Vec<&str> =
        field("sources")[1..].split(']').next().unwrap().split(',').map(|s| s.trim_matches('"')).collect();
    let mappings = field("mappings")[1..].split('"').next().unwrap();
    let b64 = |c: u8| {
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".bytes().position(|x| x == c).unwrap() as i64
    };
    let (mut src, mut line, mut col) = (0i64, 0i64, 0i64);
    let mut out = String::new();
    for (js_line, segs) in mappings.split(';').enumerate() {
        let mut js_col = 0i64;
        for seg in segs.split(',').filter(|s| !s.is_empty()) {
            let mut vals = vec![];
            let (mut v, mut shift) = (0i64, 0);
            for c in seg.bytes() {
                let d = b64(c);
                v += (d & 31) << shift;
                shift += 5;
                if d & 32 == 0 {
                    vals.push(if v & 1 == 1 { -(v >> 1) } else { v >> 1 });
                    (v, shift) = (0, 0);
                }
            }
            js_col += vals[0];
            if vals.len() >= 4 {
                src += vals[1];
                line += vals[2];
                col += vals[3];
                out.push_str(&format!("js {js_line}:{js_col} -> {} {line}:{col}\n", sources[src as usize]));
            } else {
                out.push_str(&format!("js {js_line}:{js_col}\n"));
            }
        }
    }
    out
}

/// The byte offset of UTF-16 column `col` of `line`.
fn utf16_to_byte(line: &str, col: usize) -> usize {
    let mut units = 0;
    for (i, c) in line.char_indices() {
        if units >= col {
            return i;
        }
        units += c.len_utf16();
    }
    line.len()
}

/// Up to 12 characters of `line` from UTF-16 column `col`, quoted.
fn at_utf16(line: &str, col: usize) -> String {
    format!("{:?}", line[utf16_to_byte(line, col)..].chars().take(12).collect::<String>())
}

#[test]
fn decoded_map_of_non_ascii_text() {
    // A tab, an astral character (two UTF-16 units), CRLF line ends, a 2-byte and a 3-byte
    // character before expressions whose end is recorded.
    let src = "s = 'h\u{e9}llo \u{1F600} w\u{f6}rld'\r\n\
               def f(x):\r\n\
               \treturn x['\u{1F600}'] + len(s) * 2\r\n\
               t = {'\u{1F600}': 1, '\u{20ac}': 2}\r\n\
               print(s, '\u{20ac}\u{20ac}', f(t) / t['\u{20ac}'], t['\u{1F600}'] - 1)\r\n";
    let (js, ours, swc) = compile_str_maps("caf\u{e9}.py", src).unwrap();
    assert_eq!(ours, swc);
    // Each mapping with the JS and the Python text that start at its columns.
    let js_lines: Vec<&str> = js.split('\n').collect();
    let py_lines: Vec<&str> = src.split('\n').collect();
    let mut shown = String::new();
    for l in decode(&ours).lines() {
        let (js_pos, py_pos) = l.split_once(" -> ").unwrap_or((l, ""));
        let (line, col) = js_pos[3..].split_once(':').unwrap();
        let mut row =
            format!("{l:<32} js {:<20}", at_utf16(js_lines[line.parse::<usize>().unwrap()], col.parse().unwrap()));
        if let Some((file, pos)) = py_pos.split_once(' ') {
            let (line, col) = pos.split_once(':').unwrap();
            let text = py_lines[line.parse::<usize>().unwrap()];
            if file.ends_with("#end") {
                // The end of an expression: the text that ends there.
                let end = utf16_to_byte(text, col.parse().unwrap());
                let before: String = text[..end].chars().rev().take(12).collect::<Vec<_>>().into_iter().rev().collect();
                row.push_str(&format!(" py ...{before:?}"));
            } else {
                row.push_str(&format!(" py {}", at_utf16(text, col.parse().unwrap())));
            }
        }
        shown.push_str(row.trim_end());
        shown.push('\n');
    }
    insta::assert_snapshot!(shown);
}
