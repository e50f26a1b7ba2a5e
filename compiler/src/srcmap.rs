//! The source map of a printed module, built from the `(Python position, JS line/column)` pairs
//! swc_ecma_codegen collects (`emit::print_module`).
//!
//! ```text
//! mappings [(BytePos 120, 3:4), (BytePos 9000123 /* in app.py#end */, 3:4), ...]
//!   -> {"version":3,"sources":["app.py","app.py#end"],"names":[],"mappings":";;;IAGI,CCAI..."}
//! ```
//!
//! It writes exactly what swc's `SourceMap::build_source_map` + `to_writer` write (same token
//! order, same dedup of repeated tokens, same JSON), which [`swc_source_map`] keeps for the
//! equivalence test (`tests/srcmap.rs`). The difference is the cost: swc recomputes UTF-16
//! columns by walking the file's multibyte characters and restarts that walk from the file's
//! start each time consecutive mappings switch source, which they do at almost every runtime
//! helper call (`NAME.py` / `NAME.py#end`, see `emit::END_SUFFIX`). Here each source file gets
//! its line starts and a prefix table of its multibyte characters once ([`FileTable`]), and
//! a column is two binary searches.

use swc_common::{sync::Lrc, BytePos, LineCol, SourceFile, SourceMap};

/// One mapping, as swc_sourcemap's `RawToken` (same fields in the same order, so sorting
/// a vector of them behaves the same).
#[derive(PartialEq, Eq, Copy, Clone, Debug)]
struct Token {
    dst_line: u32,
    dst_col: u32,
    src_line: u32,
    src_col: u32,
    src_id: u32,
    name_id: u32,
    is_range: bool,
}

/// Line starts and UTF-16 offsets of one source file, computed once.
struct FileTable {
    start: u32,
    end: u32,
    /// The id of the file's name in the map's `sources`.
    src_id: u32,
    /// Byte positions where lines start (swc's analysis: after each `\n`).
    lines: Vec<BytePos>,
    /// `(position of a multibyte character, UTF-8 bytes beyond its UTF-16 length for every
    /// multibyte character up to and including it)`, in order; empty for ASCII text.
    extra: Vec<(u32, u32)>,
    /// The line [`FileTable::line_of`] found last.
    last_line: std::cell::Cell<usize>,
}

impl FileTable {
    /// UTF-8 bytes beyond UTF-16 length of the characters that start before `pos`.
    fn extra_before(&self, pos: u32) -> u32 {
        let k = self.extra.partition_point(|&(at, _)| at < pos);
        if k == 0 {
            0
        } else {
            self.extra[k - 1].1
        }
    }

    /// The line holding `pos`: the last one starting at or before it. Consecutive mappings
    /// mostly stay on one Python line or move to the next, so the line found last time and the
    /// one after it are tried before the binary search.
    fn line_of(&self, pos: BytePos) -> Option<usize> {
        let lines = &self.lines;
        let holds = |k: usize| lines[k] <= pos && lines.get(k + 1).is_none_or(|&next| pos < next);
        let k = self.last_line.get();
        if k < lines.len() && holds(k) {
            return Some(k);
        }
        if k + 1 < lines.len() && holds(k + 1) {
            self.last_line.set(k + 1);
            return Some(k + 1);
        }
        let line = match lines.binary_search(&pos) {
            Ok(l) => l,
            Err(0) => return None,
            Err(l) => l - 1,
        };
        self.last_line.set(line);
        Some(line)
    }

    /// The 0-based line and UTF-16 column of `pos`, as swc computes them.
    fn line_col(&self, pos: BytePos) -> Option<(u32, u32)> {
        let line = self.line_of(pos)?;
        let line_start = self.lines[line].0;
        if self.extra.is_empty() {
            return Some((line as u32, pos.0 - line_start));
        }
        let line_ch = line_start - self.extra_before(line_start);
        let ch = pos.0 - self.extra_before(pos.0);
        Some((line as u32, ch - line_ch))
    }
}

fn table(file: &SourceFile, src_id: u32) -> FileTable {
    let analysis = file.analyze();
    let mut extra = Vec::with_capacity(analysis.multibyte_chars.len());
    let mut total = 0u32;
    for mbc in &analysis.multibyte_chars {
        total += mbc.byte_to_char_diff() as u32;
        extra.push((mbc.pos.0, total));
    }
    FileTable {
        start: file.start_pos.0,
        end: file.end_pos.0,
        src_id,
        lines: analysis.lines.clone(),
        extra,
        last_line: std::cell::Cell::new(0),
    }
}

/// The source map JSON for `mappings` into the files of `cm` (no names, no sources content).
pub fn build(cm: &Lrc<SourceMap>, mappings: &[(BytePos, LineCol)]) -> String {
    let files = cm.files().clone();
    let mut sources: Vec<String> = vec![];
    // Tables of the files met so far, by index in `files`.
    let mut tables: Vec<Option<FileTable>> = (0..files.len()).map(|_| None).collect();
    let mut cur: Option<usize> = None;
    let mut prev: Option<usize> = None;
    let mut src_id = 0u32;
    let mut tokens: Vec<Token> = Vec::with_capacity(mappings.len());
    let token = |dst: LineCol, src_line, src_col, src_id| Token {
        dst_line: dst.line,
        dst_col: dst.col,
        src_line,
        src_col,
        src_id,
        name_id: !0,
        is_range: false,
    };
    for &(pos, lc) in mappings {
        // The same skips as swc's `build_source_map`.
        if pos.is_reserved_for_comments() || (lc.line == 0 && lc.col == 0 && pos.is_dummy()) {
            continue;
        }
        if pos == BytePos(u32::MAX) {
            tokens.push(token(lc, 0, 0, src_id));
            continue;
        }
        let in_cur = cur.is_some_and(|i| {
            let t = tables[i].as_ref().expect("a current file has its table");
            t.start <= pos.0 && pos.0 < t.end
        });
        if !in_cur {
            // swc's `lookup_source_file_in`: the last file starting at or before `pos`.
            if pos.is_dummy() || files.is_empty() {
                continue;
            }
            // Consecutive mappings mostly alternate between two files (`NAME.py` and
            // `NAME.py#end`): the one before the current is tried first.
            let i = match prev {
                Some(p) if tables[p].as_ref().is_some_and(|t| t.start <= pos.0 && pos.0 < t.end) => p,
                _ => files.partition_point(|f| f.start_pos <= pos).saturating_sub(1),
            };
            if tables[i].is_none() {
                // A file's name is looked up (and its table built) the first time only.
                let file = &files[i];
                let name = file.name.to_string();
                let id = match sources.iter().position(|s| *s == name) {
                    Some(id) => id as u32,
                    None => {
                        sources.push(name);
                        sources.len() as u32 - 1
                    }
                };
                tables[i] = Some(table(file, id));
            }
            src_id = tables[i].as_ref().expect("built above").src_id;
            prev = cur;
            cur = Some(i);
        }
        let t = tables[cur.expect("set above")].as_ref().expect("a current file has its table");
        let Some((line, col)) = t.line_col(pos) else { continue };
        tokens.push(token(lc, line, col, src_id));
    }
    // swc_sourcemap's `SourceMap::new` sorts the tokens this way (a no-op on the printer's
    // mappings, which come in order).
    if !tokens.windows(2).all(|w| (w[0].dst_line, w[0].dst_col) <= (w[1].dst_line, w[1].dst_col)) {
        tokens.sort_unstable_by_key(|t| (t.dst_line, t.dst_col));
    }
    let mut json = String::with_capacity(tokens.len() * 6 + 256);
    json.push_str("{\"version\":3,\"sources\":[");
    for (i, s) in sources.iter().enumerate() {
        if i > 0 {
            json.push(',');
        }
        push_json_string(&mut json, s);
    }
    json.push_str("],\"names\":[],\"mappings\":\"");
    push_mappings(&mut json, &tokens);
    json.push_str("\"}");
    json
}

/// swc_sourcemap's `serialize_mappings`: VLQ deltas, `;` between generated lines, a token
/// equal to the one before it left out.
fn push_mappings(out: &mut String, tokens: &[Token]) {
    let (mut prev_dst_line, mut prev_dst_col) = (0u32, 0u32);
    let (mut prev_src_line, mut prev_src_col, mut prev_src_id) = (0u32, 0u32, 0u32);
    for (idx, t) in tokens.iter().enumerate() {
        if t.dst_line != prev_dst_line {
            prev_dst_col = 0;
            while t.dst_line != prev_dst_line {
                out.push(';');
                prev_dst_line += 1;
            }
        } else if idx > 0 {
            if tokens[idx - 1] == *t {
                continue;
            }
            out.push(',');
        }
        vlq(out, t.dst_col as i64 - prev_dst_col as i64);
        prev_dst_col = t.dst_col;
        if t.src_id != !0 {
            vlq(out, t.src_id as i64 - prev_src_id as i64);
            prev_src_id = t.src_id;
            vlq(out, t.src_line as i64 - prev_src_line as i64);
            prev_src_line = t.src_line;
            vlq(out, t.src_col as i64 - prev_src_col as i64);
            prev_src_col = t.src_col;
        }
    }
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn vlq(out: &mut String, num: i64) {
    let mut num = if num < 0 { ((-num) << 1) + 1 } else { num << 1 };
    loop {
        let mut digit = num & 0b11111;
        num >>= 5;
        if num > 0 {
            digit |= 1 << 5;
        }
        out.push(B64[digit as usize] as char);
        if num == 0 {
            break;
        }
    }
}

/// A JSON string as serde_json writes it (only `"`, `\` and control characters escaped).
fn push_json_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

struct MapConfig;

impl swc_common::source_map::SourceMapGenConfig for MapConfig {
    fn file_name_to_source(&self, f: &swc_common::FileName) -> String {
        f.to_string()
    }
    fn inline_sources_content(&self, _: &swc_common::FileName) -> bool {
        false
    }
}

/// The same map built by swc (`SourceMap::build_source_map`, then `to_writer`): what pyjs
/// used before [`build`]; kept as the reference the equivalence test compares against.
pub fn swc_source_map(cm: &Lrc<SourceMap>, mappings: &[(BytePos, LineCol)]) -> String {
    let map = cm.build_source_map(mappings, None, MapConfig);
    let mut json = vec![];
    map.to_writer(&mut json).expect("source map serializes");
    String::from_utf8(json).expect("source map is UTF-8")
}
