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
        let (start, base) = (self.code.len(), self.lines);
        let mut wr = BodyWriter::new(&mut self.code, &mut self.mappings, base);
        wr.increase_indent().expect("writing to a Vec cannot fail");
        let mut emitter = Emitter { cfg: Config::default(), cm: sources.cm.clone(), comments: None, wr };
        for s in stmts {
            s.emit_with(&mut emitter).expect("writing to a Vec cannot fail");
            emitter.wr.write_line().expect("writing to a Vec cannot fail");
        }
        self.lines += self.code[start..].iter().filter(|&&b| b == b'\n').count() as u32;
    }
}

/// swc's `JsWriter` (text_writer/basic_impl.rs) for [`Body::print`], writing the same text and
/// the same source-map entries (lines counted from the body's first line): into a `Vec` without
/// the `io::Write` layer, indentation written at once, line and column updated in one pass over
/// each string, and duplicate entries found without a hash set. `JsWriter` drops an entry whose
/// (position, line, column) it has pushed before; the generated line and column never go back,
/// so such an entry can only be one of those pushed at the current line and column.
struct BodyWriter<'a> {
    indent: usize,
    line_start: bool,
    line_count: u32,
    line_pos: u32,
    code: &'a mut Vec<u8>,
    srcmap: &'a mut Vec<(BytePos, LineCol)>,
    /// The positions of the entries pushed at (`done_line`, `done_col`).
    done: Vec<BytePos>,
    done_line: u32,
    done_col: u32,
    pending_srcmap: Option<BytePos>,
}

/// Indentation written at once (JsWriter's `indent_str` is four spaces); deeper levels in pieces.
const SPACES: &str = "                                                                ";

impl<'a> BodyWriter<'a> {
    fn new(code: &'a mut Vec<u8>, srcmap: &'a mut Vec<(BytePos, LineCol)>, line: u32) -> BodyWriter<'a> {
        BodyWriter {
            indent: 0,
            line_start: true,
            line_count: line,
            line_pos: 0,
            code,
            srcmap,
            done: vec![],
            done_line: u32::MAX,
            done_col: u32::MAX,
            pending_srcmap: None,
        }
    }

    #[inline]
    fn write_indent_string(&mut self) {
        let mut n = self.indent * 4;
        self.line_pos += n as u32;
        while n > 0 {
            let k = n.min(SPACES.len());
            self.code.extend_from_slice(&SPACES.as_bytes()[..k]);
            n -= k;
        }
    }

    #[inline(always)]
    fn write(&mut self, span: Option<swc_common::Span>, data: &str) -> std::io::Result<()> {
        if !data.is_empty() {
            if self.line_start {
                self.write_indent_string();
                self.line_start = false;
                if let Some(pending) = self.pending_srcmap.take() {
                    self.srcmap(pending);
                }
            }
            if let Some(span) = span {
                self.srcmap(span.lo());
            }
            self.code.extend_from_slice(data.as_bytes());
            self.update_pos(data);
            if let Some(span) = span {
                self.srcmap(span.hi());
            }
        }
        Ok(())
    }

    /// JsWriter's `update_pos`: columns in UTF-16 units, `\r\n`, `\r` and `\n` each a line break.
    #[inline]
    fn update_pos(&mut self, s: &str) {
        let bytes = s.as_bytes();
        if bytes.iter().all(|&b| b != b'\n' && b != b'\r' && b < 0x80) {
            self.line_pos += bytes.len() as u32;
            return;
        }
        let (mut pos, mut line_start) = (0, 0);
        while pos < bytes.len() {
            match bytes[pos] {
                b'\r' => {
                    self.line_count += 1;
                    pos += 1;
                    if pos < bytes.len() && bytes[pos] == b'\n' {
                        pos += 1;
                    }
                    line_start = pos;
                }
                b'\n' => {
                    self.line_count += 1;
                    pos += 1;
                    line_start = pos;
                }
                _ => pos += 1,
            }
        }
        let units = s[line_start..].encode_utf16().count() as u32;
        if line_start > 0 {
            self.line_pos = units;
        } else {
            self.line_pos += units;
        }
    }

    #[inline]
    fn srcmap(&mut self, byte_pos: BytePos) {
        if byte_pos.is_dummy() && byte_pos != BytePos(u32::MAX) {
            return;
        }
        if (self.line_count, self.line_pos) != (self.done_line, self.done_col) {
            self.done.clear();
            self.done_line = self.line_count;
            self.done_col = self.line_pos;
        } else if self.done.contains(&byte_pos) {
            return;
        }
        self.done.push(byte_pos);
        self.srcmap.push((byte_pos, LineCol { line: self.line_count, col: self.line_pos }));
    }
}

impl WriteJs for BodyWriter<'_> {
    #[inline]
    fn increase_indent(&mut self) -> std::io::Result<()> {
        self.indent += 1;
        Ok(())
    }

    #[inline]
    fn decrease_indent(&mut self) -> std::io::Result<()> {
        self.indent -= 1;
        Ok(())
    }

    #[inline]
    fn write_semi(&mut self, span: Option<swc_common::Span>) -> std::io::Result<()> {
        self.write(span, ";")
    }

    #[inline]
    fn write_space(&mut self) -> std::io::Result<()> {
        self.write(None, " ")
    }

    #[inline]
    fn write_keyword(&mut self, span: Option<swc_common::Span>, s: &'static str) -> std::io::Result<()> {
        self.write(span, s)
    }

    #[inline]
    fn write_operator(&mut self, span: Option<swc_common::Span>, s: &str) -> std::io::Result<()> {
        self.write(span, s)
    }

    #[inline]
    fn write_param(&mut self, s: &str) -> std::io::Result<()> {
        self.write(None, s)
    }

    #[inline]
    fn write_property(&mut self, s: &str) -> std::io::Result<()> {
        self.write(None, s)
    }

    #[inline]
    fn write_line(&mut self) -> std::io::Result<()> {
        let pending = self.pending_srcmap.take();
        if !self.line_start {
            self.code.push(b'\n');
            self.line_count += 1;
            self.line_pos = 0;
            self.line_start = true;
            if let Some(pending) = pending {
                self.srcmap(pending)
            }
        }
        Ok(())
    }

    #[inline]
    fn write_lit(&mut self, span: swc_common::Span, s: &str) -> std::io::Result<()> {
        if !s.is_empty() {
            self.srcmap(span.lo());
            self.write(None, s)?;
            self.srcmap(span.hi());
        }
        Ok(())
    }

    #[inline]
    fn write_comment(&mut self, s: &str) -> std::io::Result<()> {
        self.write(None, s)
    }

    #[inline]
    fn write_str_lit(&mut self, span: swc_common::Span, s: &str) -> std::io::Result<()> {
        if !s.is_empty() {
            self.srcmap(span.lo());
            self.write(None, s)?;
            self.srcmap(span.hi());
        }
        Ok(())
    }

    #[inline]
    fn write_str(&mut self, s: &str) -> std::io::Result<()> {
        self.write(None, s)
    }

    #[inline]
    fn write_symbol(&mut self, span: swc_common::Span, s: &str) -> std::io::Result<()> {
        self.write(Some(span), s)
    }

    #[inline]
    fn write_punct(
        &mut self,
        span: Option<swc_common::Span>,
        s: &'static str,
        _commit_pending_semi: bool,
    ) -> std::io::Result<()> {
        self.write(span, s)
    }

    #[inline]
    fn care_about_srcmap(&self) -> bool {
        true
    }

    #[inline]
    fn add_srcmap(&mut self, pos: BytePos) -> std::io::Result<()> {
        if self.line_start {
            self.pending_srcmap = Some(pos);
        } else {
            self.srcmap(pos);
        }
        Ok(())
    }

    #[inline]
    fn commit_pending_semi(&mut self) -> std::io::Result<()> {
        Ok(())
    }

    /// The emitter replaces `\\\0` in identifiers unless this is true: a JS identifier made
    /// from Python code holds no backslash.
    #[inline(always)]
    fn can_ignore_invalid_unicodes(&mut self) -> bool {
        true
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
