//! Printing the JS module with swc_ecma_codegen, and its source map.

use swc_common::{sync::Lrc, BytePos, FileName, LineCol, SourceMap};
use swc_ecma_ast::{Module, ModuleItem, Stmt};
use swc_ecma_codegen::{
    text_writer::{JsWriter, WriteJs},
    Config, Emitter, Node,
};

/// The swc source map that holds the Python file, so spans can point into it.
pub struct Sources {
    pub cm: Lrc<SourceMap>,
}

impl Sources {
    pub fn new() -> Sources {
        Sources { cm: Lrc::new(SourceMap::default()) }
    }

    /// Register a Python file; returns the base offset for its spans.
    pub fn add(&self, name: &str, src: &str) -> u32 {
        let file = self.cm.new_source_file(Lrc::new(FileName::Custom(name.to_string())), src.to_string());
        file.start_pos.0
    }

    /// Register the *end-position* copy of a Python file (named `NAME#end` in the source map);
    /// returns its base offset. A mapping into it at the same generated column as a mapping
    /// into the file itself gives the end of that Python expression (see [`END_SUFFIX`]).
    ///
    /// The copy is ASCII: each non-ASCII character becomes as many `x` as its UTF-16 length, so
    /// swc's columns there are the same UTF-16 columns as in the file, without the multibyte
    /// scan that swc redoes from the file's start each time the mappings switch source (that
    /// scan made a compile of non-ASCII text 20% slower). [`EndIndex::pos`] converts a byte
    /// offset of the file into the copy.
    pub fn add_ends(&self, name: &str, src: &str) -> (u32, EndIndex) {
        let name = format!("{name}{END_SUFFIX}");
        if src.is_ascii() {
            return (self.add(&name, src), EndIndex(vec![]));
        }
        let mut copy = String::with_capacity(src.len());
        let mut saved = vec![];
        let mut total = 0u32;
        for (i, ch) in src.char_indices() {
            if ch.is_ascii() {
                copy.push(ch);
                continue;
            }
            let units = ch.len_utf16();
            copy.extend(std::iter::repeat_n('x', units));
            total += (ch.len_utf8() - units) as u32;
            saved.push(((i + ch.len_utf8()) as u32, total));
        }
        (self.add(&name, &copy), EndIndex(saved))
    }
}

/// Byte offsets of a Python file into its ASCII end-position copy ([`Sources::add_ends`]):
/// `(end of a non-ASCII character, bytes saved up to there)`, in order.
#[derive(Default)]
pub struct EndIndex(Vec<(u32, u32)>);

impl EndIndex {
    /// The offset in the copy of the file's byte offset `pos` (a character boundary).
    pub fn pos(&self, pos: u32) -> u32 {
        let k = self.0.partition_point(|&(at, _)| at <= pos);
        if k == 0 {
            pos
        } else {
            pos - self.0[k - 1].1
        }
    }
}

/// The suffix of the source-map source that carries end positions: a call of a runtime helper
/// maps its start to the Python expression's start and its callee identifier (printed at the
/// same JS column) to the expression's end in `NAME#end`, so the traceback printer can draw
/// CPython 3.11's carets under exactly that expression (`_tb.mjs`).
pub const END_SUFFIX: &str = "#end";

/// The identifier of the statement that stands for the streamed module body in the items
/// `Lowerer::lower_module` returns (no Python name contains `$`).
pub const BODY_MARKER: &str = "$pyjs_streamed_body$";

/// The module body's text, printed one chunk of statements at a time as the lowerer produces
/// them (a chunk's JS tree is dropped once printed), with its source-map entries. The body sits
/// one level deep (`$main(() => { ... })`, `function $pyjs_init($ns) { ... }`); each chunk is
/// printed by a fresh writer at that indent, exactly as swc prints the statements of a block
/// (each statement, then a line break), so the spliced text is what printing the whole tree at
/// once gives.
pub struct Body {
    code: Vec<u8>,
    mappings: Vec<(BytePos, LineCol)>,
    lines: u32,
}

impl Default for Body {
    fn default() -> Self {
        Body::new()
    }
}

impl Body {
    pub fn new() -> Body {
        Body { code: vec![], mappings: vec![], lines: 0 }
    }

    /// A body for a module of `src_len` bytes of Python: room for its JS text up front (pages
    /// only count once written), so the buffer is not copied as it grows.
    pub fn for_source(src_len: usize) -> Body {
        Body { code: Vec::with_capacity(src_len.saturating_mul(12)), mappings: vec![], lines: 0 }
    }

    /// Print `stmts` after the statements printed so far.
    pub fn print(&mut self, sources: &Sources, stmts: &[Stmt]) {
        let start = self.code.len();
        let mut mappings: Vec<(BytePos, LineCol)> = vec![];
        {
            let mut wr = JsWriter::new(sources.cm.clone(), "\n", &mut self.code, Some(&mut mappings));
            wr.increase_indent().expect("writing to a Vec cannot fail");
            let mut emitter = Emitter { cfg: Config::default(), cm: sources.cm.clone(), comments: None, wr };
            for s in stmts {
                s.emit_with(&mut emitter).expect("writing to a Vec cannot fail");
                emitter.wr.write_line().expect("writing to a Vec cannot fail");
            }
        }
        let base = self.lines;
        self.mappings.extend(mappings.into_iter().map(|(p, lc)| (p, LineCol { line: lc.line + base, col: lc.col })));
        self.lines += self.code[start..].iter().filter(|&&b| b == b'\n').count() as u32;
    }
}

/// Print `items`, with `body` (if it printed anything) in place of the [`BODY_MARKER`]
/// statement; returns the JS text (ending in a `sourceMappingURL` comment naming `map_name`)
/// and the source map JSON.
pub fn print_module(sources: &Sources, items: Vec<ModuleItem>, body: Body, map_name: &str) -> (String, String) {
    let (code, mappings) = print_code(sources, items, body, map_name);
    let map = crate::srcmap::build(&sources.cm, &mappings);
    (code, map)
}

/// [`print_module`], with the map built twice: by [`crate::srcmap::build`] and by swc
/// ([`crate::srcmap::swc_source_map`]), for the test that checks they are the same.
pub fn print_module_both_maps(
    sources: &Sources,
    items: Vec<ModuleItem>,
    body: Body,
    map_name: &str,
) -> (String, String, String) {
    let (code, mappings) = print_code(sources, items, body, map_name);
    let ours = crate::srcmap::build(&sources.cm, &mappings);
    let swc = crate::srcmap::swc_source_map(&sources.cm, &mappings);
    (code, ours, swc)
}

fn print_code(
    sources: &Sources,
    items: Vec<ModuleItem>,
    body: Body,
    map_name: &str,
) -> (String, Vec<(BytePos, LineCol)>) {
    let module = Module { span: Default::default(), body: items, shebang: None };
    let mut buf = vec![];
    let mut mappings: Vec<(BytePos, LineCol)> = vec![];
    {
        let mut emitter = Emitter {
            cfg: Config::default(),
            cm: sources.cm.clone(),
            comments: None,
            wr: JsWriter::new(sources.cm.clone(), "\n", &mut buf, Some(&mut mappings)),
        };
        emitter.emit_module(&module).expect("writing to a Vec cannot fail");
    }
    let (buf, mappings) = splice_body(buf, mappings, body);
    let mut code = String::from_utf8(buf).expect("codegen produced UTF-8");
    code.push_str(&format!("//# sourceMappingURL={map_name}\n"));
    (code, mappings)
}

/// Replace the marker line of the printed skeleton by the body's text; the skeleton's
/// source-map entries after it move down by the body's line count, less the marker's line.
fn splice_body(buf: Vec<u8>, mappings: Vec<(BytePos, LineCol)>, body: Body) -> (Vec<u8>, Vec<(BytePos, LineCol)>) {
    let marker = format!("\n    {BODY_MARKER};\n");
    let Some(at) = buf.windows(marker.len()).position(|w| w == marker.as_bytes()) else {
        debug_assert!(body.code.is_empty(), "a printed body needs its marker");
        return (buf, mappings);
    };
    let marker_line = buf[..=at].iter().filter(|&&b| b == b'\n').count() as u32;
    // The body is the bulk of the text: the skeleton's head goes in front of it in place.
    let mut code = body.code;
    code.reserve(buf.len() - marker.len() + 256);
    code.splice(0..0, buf[..=at].iter().copied());
    code.extend_from_slice(&buf[at + marker.len()..]);
    let shift = body.lines.wrapping_sub(1);
    let mut out = Vec::with_capacity(mappings.len() + body.mappings.len());
    let mut body_maps = Some(body.mappings);
    for (p, lc) in mappings {
        if lc.line > marker_line {
            if let Some(b) = body_maps.take() {
                out.extend(b.into_iter().map(|(p, lc)| (p, LineCol { line: lc.line + marker_line, col: lc.col })));
            }
            out.push((p, LineCol { line: lc.line.wrapping_add(shift), col: lc.col }));
        } else {
            out.push((p, lc));
        }
    }
    if let Some(b) = body_maps {
        out.extend(b.into_iter().map(|(p, lc)| (p, LineCol { line: lc.line + marker_line, col: lc.col })));
    }
    (code, out)
}
