//! The parser boundary: the only module that names `rustpython_parser`.
//!
//! The rest of the compiler uses the AST through `crate::parse::ast`, so replacing the parser
//! means providing the same node types here (or converting to them).

pub use rustpython_parser::ast;
use rustpython_parser::text_size::TextRange;

use crate::diagnostics::{Diagnostic, Span};

/// Parse a module. `path` is only used in messages.
///
/// A large module is parsed in two pieces on two threads ([`split_point`]: a top-level line,
/// so each piece is a sequence of whole top-level statements and the lexer starts the second
/// one in the state it would be in there). The pieces' statements, with their ranges offset to
/// the module's, are exactly those of parsing it whole; on any syntax error the module is
/// parsed again whole, so the diagnostic is the same too.
pub fn parse_module(src: &str, path: &str) -> Result<Vec<ast::Stmt>, Diagnostic> {
    if let Some(at) = split_point(src, split_min()) {
        if let Some(stmts) = parse_in_two(src, at, path) {
            return Ok(stmts);
        }
    }
    parse_piece(src, 0, src.len(), path).map_err(|e| {
        let at = e.offset.to_u32();
        Diagnostic::syntax_error(Span::new(at, at + 1), &e.error.to_string())
    })
}

/// `src[..at]` parsed on this thread and `src[at..]` on another, joined; None if either has a
/// syntax error (or no thread could be started).
fn parse_in_two(src: &str, at: usize, path: &str) -> Option<Vec<ast::Stmt>> {
    let (first, second) = std::thread::scope(|scope| {
        let second = std::thread::Builder::new()
            .stack_size(HELPER_STACK)
            .spawn_scoped(scope, || parse_piece(src, at, src.len(), path))
            .ok()?;
        Some((parse_piece(src, 0, at, path), second.join()))
    })?;
    let rest = second.unwrap_or_else(|panic| std::panic::resume_unwind(panic));
    let mut stmts = first.ok()?;
    stmts.extend(rest.ok()?);
    Some(stmts)
}

/// Parse `src[start..end]` (whole top-level statements) with the module's offsets, then
/// normalize identifiers and mangle private names in it. The conditions that skip those folds
/// look at the piece's text only: a piece without the characters holds no node they change.
fn parse_piece(
    src: &str,
    start: usize,
    end: usize,
    path: &str,
) -> Result<Vec<ast::Stmt>, rustpython_parser::ParseError> {
    use rustpython_parser::text_size::TextSize;
    use rustpython_parser::Parse;
    let text = &src[start..end];
    let stmts = ast::Suite::parse_starts_at(text, path, TextSize::from(start as u32))?;
    let stmts = if text.chars().any(needs_nfkc) { nfkc_identifiers(src, start, stmts) } else { stmts };
    Ok(if text.contains("class") && text.contains("__") { mangle_private_names(src, stmts) } else { stmts })
}

/// The stack of the compiler's helper threads (the main thread's is 8 MB; recursive walks of
/// deeply nested code need it, and untouched pages cost nothing).
pub const HELPER_STACK: usize = 64 << 20;

/// The smallest module parsed in two pieces (`PYJS_SPLIT_MIN` bytes, for tests; 32 KB: below
/// that, starting a thread costs more than it saves).
fn split_min() -> usize {
    static MIN: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *MIN.get_or_init(|| std::env::var("PYJS_SPLIT_MIN").ok().and_then(|v| v.parse().ok()).unwrap_or(32 * 1024))
}

/// Where to cut `src` (at least `min` bytes long) in two for [`parse_module`]: the start of
/// the first line at or after the middle that begins at column 0 with a letter, `_` or `@`,
/// outside any bracket and string, not after a backslash continuation. This scan only guesses
/// (a wrong guess is a syntax error in a piece: the module is then parsed whole); when the
/// first piece parses, the lexer is at a top-level line start there, as a fresh lexer is.
pub fn split_point(src: &str, min: usize) -> Option<usize> {
    if src.len() < min.max(2) {
        return None;
    }
    split_after(src, src.len() / 2)
}

/// The first line start at or after byte `mid` that [`split_point`] may cut at.
fn split_after(src: &str, mid: usize) -> Option<usize> {
    let b = src.as_bytes();
    let (mut i, mut depth) = (0usize, 0u32);
    while i < b.len() {
        match b[i] {
            b'#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            // A line continuation (`\\` before LF or CRLF): the next line does not start a line.
            b'\\' => i += if b[i + 1..].starts_with(b"\r\n") { 3 } else { 2 },
            q @ (b'\'' | b'"') => {
                if b[i..].starts_with(&[q, q, q]) {
                    i += 3;
                    loop {
                        if i >= b.len() {
                            return None;
                        }
                        if b[i] == b'\\' {
                            i += 2;
                        } else if b[i..].starts_with(&[q, q, q]) {
                            i += 3;
                            break;
                        } else {
                            i += 1;
                        }
                    }
                } else {
                    i += 1;
                    while i < b.len() && b[i] != q && b[i] != b'\n' {
                        i += if b[i] == b'\\' { 2 } else { 1 };
                    }
                    i += 1;
                }
            }
            b'(' | b'[' | b'{' => {
                depth += 1;
                i += 1;
            }
            b')' | b']' | b'}' => {
                depth = depth.saturating_sub(1);
                i += 1;
            }
            b'\n' => {
                i += 1;
                if depth == 0 && i >= mid && i < b.len() && (b[i].is_ascii_alphabetic() || b[i] == b'_' || b[i] == b'@')
                {
                    return Some(i);
                }
            }
            _ => i += 1,
        }
    }
    None
}

/// The NFKC form of an identifier character that has another one (`ℌ` is `H`, `ﬁ` is `fi`).
fn nfkc_char(c: char) -> Option<std::borrow::Cow<'static, str>> {
    use crate::nfkc_table::{MULTI, RUNS};
    let cp = c as u32;
    if cp < 0xAA {
        return None;
    }
    let i = RUNS.partition_point(|&(first, _, _)| first <= cp);
    if i > 0 {
        let (first, count, target) = RUNS[i - 1];
        if cp < first + count {
            return char::from_u32(target + (cp - first)).map(|t| t.to_string().into());
        }
    }
    MULTI.binary_search_by_key(&cp, |&(k, _)| k).ok().map(|j| MULTI[j].1.into())
}

/// `id` in NFKC form, as CPython's parser leaves every identifier (per character: a combining
/// sequence that NFC would compose stays as written).
fn nfkc_ident(id: ast::Identifier) -> ast::Identifier {
    if id.is_ascii() || !id.chars().any(|c| nfkc_char(c).is_some()) {
        return id;
    }
    let mut out = String::with_capacity(id.len());
    for c in id.chars() {
        match nfkc_char(c) {
            Some(k) => out.push_str(&k),
            None => out.push(c),
        }
    }
    ast::Identifier::new(out)
}

/// Whether `c` is a character that has another NFKC form.
fn needs_nfkc(c: char) -> bool {
    !c.is_ascii() && nfkc_char(c).is_some()
}

/// Identifiers to NFKC, for a piece (starting at byte `start` of `src`) whose text holds
/// characters that have another NFKC form. Folding rebuilds a statement's whole tree, so only
/// the top-level statements with such a character in their text are folded: the text from the
/// end of the previous statement to the end of this one (decorators and all).
fn nfkc_identifiers(src: &str, start: usize, stmts: Vec<ast::Stmt>) -> Vec<ast::Stmt> {
    use ast::fold::Fold;
    use ast::Ranged;
    let mut f = NfkcFolder;
    let mut from = start;
    stmts
        .into_iter()
        .map(|s| {
            let end = s.range().end().to_usize();
            let text = src.get(from.min(end)..end).unwrap_or(src);
            from = end;
            if text.chars().any(needs_nfkc) {
                f.fold_stmt(s).unwrap_or_else(|e| match e {})
            } else {
                s
            }
        })
        .collect()
}

struct NfkcFolder;

impl ast::fold::Fold<TextRange> for NfkcFolder {
    type TargetU = TextRange;
    type Error = std::convert::Infallible;
    type UserContext = ();

    fn will_map_user(&mut self, _user: &TextRange) {}

    fn map_user(&mut self, user: TextRange, _context: ()) -> Result<TextRange, Self::Error> {
        Ok(user)
    }

    fn fold_stmt_class_def(&mut self, node: ast::StmtClassDef) -> Result<ast::StmtClassDef, Self::Error> {
        let mut node = ast::fold::fold_stmt_class_def(self, node)?;
        node.name = nfkc_ident(node.name);
        Ok(node)
    }

    fn fold_stmt_function_def(&mut self, node: ast::StmtFunctionDef) -> Result<ast::StmtFunctionDef, Self::Error> {
        let mut node = ast::fold::fold_stmt_function_def(self, node)?;
        node.name = nfkc_ident(node.name);
        Ok(node)
    }

    fn fold_stmt_async_function_def(
        &mut self,
        node: ast::StmtAsyncFunctionDef,
    ) -> Result<ast::StmtAsyncFunctionDef, Self::Error> {
        let mut node = ast::fold::fold_stmt_async_function_def(self, node)?;
        node.name = nfkc_ident(node.name);
        Ok(node)
    }

    fn fold_stmt_global(&mut self, mut node: ast::StmtGlobal) -> Result<ast::StmtGlobal, Self::Error> {
        node.names = node.names.into_iter().map(nfkc_ident).collect();
        Ok(node)
    }

    fn fold_stmt_nonlocal(&mut self, mut node: ast::StmtNonlocal) -> Result<ast::StmtNonlocal, Self::Error> {
        node.names = node.names.into_iter().map(nfkc_ident).collect();
        Ok(node)
    }

    fn fold_stmt_import_from(&mut self, mut node: ast::StmtImportFrom) -> Result<ast::StmtImportFrom, Self::Error> {
        node.module = node.module.map(nfkc_ident);
        node.names = node.names.into_iter().map(|a| self.fold_alias(a).unwrap_or_else(|e| match e {})).collect();
        Ok(node)
    }

    fn fold_alias(&mut self, mut node: ast::Alias) -> Result<ast::Alias, Self::Error> {
        node.name = nfkc_ident(node.name);
        node.asname = node.asname.map(nfkc_ident);
        Ok(node)
    }

    fn fold_excepthandler_except_handler(
        &mut self,
        node: ast::ExceptHandlerExceptHandler,
    ) -> Result<ast::ExceptHandlerExceptHandler, Self::Error> {
        let mut node = ast::fold::fold_excepthandler_except_handler(self, node)?;
        node.name = node.name.map(nfkc_ident);
        Ok(node)
    }

    fn fold_expr_name(&mut self, mut node: ast::ExprName) -> Result<ast::ExprName, Self::Error> {
        node.id = nfkc_ident(node.id);
        Ok(node)
    }

    fn fold_expr_attribute(&mut self, node: ast::ExprAttribute) -> Result<ast::ExprAttribute, Self::Error> {
        let mut node = ast::fold::fold_expr_attribute(self, node)?;
        node.attr = nfkc_ident(node.attr);
        Ok(node)
    }

    fn fold_arg(&mut self, node: ast::Arg) -> Result<ast::Arg, Self::Error> {
        let mut node = ast::fold::fold_arg(self, node)?;
        node.arg = nfkc_ident(node.arg);
        Ok(node)
    }

    fn fold_keyword(&mut self, node: ast::Keyword) -> Result<ast::Keyword, Self::Error> {
        let mut node = ast::fold::fold_keyword(self, node)?;
        node.arg = node.arg.map(nfkc_ident);
        Ok(node)
    }

    fn fold_pattern_match_as(&mut self, node: ast::PatternMatchAs) -> Result<ast::PatternMatchAs, Self::Error> {
        let mut node = ast::fold::fold_pattern_match_as(self, node)?;
        node.name = node.name.map(nfkc_ident);
        Ok(node)
    }

    fn fold_pattern_match_star(
        &mut self,
        mut node: ast::PatternMatchStar,
    ) -> Result<ast::PatternMatchStar, Self::Error> {
        node.name = node.name.map(nfkc_ident);
        Ok(node)
    }

    fn fold_pattern_match_mapping(
        &mut self,
        node: ast::PatternMatchMapping,
    ) -> Result<ast::PatternMatchMapping, Self::Error> {
        let mut node = ast::fold::fold_pattern_match_mapping(self, node)?;
        node.rest = node.rest.map(nfkc_ident);
        Ok(node)
    }

    fn fold_pattern_match_class(
        &mut self,
        node: ast::PatternMatchClass,
    ) -> Result<ast::PatternMatchClass, Self::Error> {
        let mut node = ast::fold::fold_pattern_match_class(self, node)?;
        node.kwd_attrs = node.kwd_attrs.into_iter().map(nfkc_ident).collect();
        Ok(node)
    }
}

/// Parse `src` as one expression whose text starts at byte `offset` of the module (a string
/// annotation's content): its nodes' ranges are then the module's. None on a syntax error.
pub fn parse_expression_at(src: &str, offset: u32) -> Option<ast::Expr> {
    use rustpython_parser::Parse;
    ast::Expr::parse_starts_at(src, "<annotation>", rustpython_parser::text_size::TextSize::from(offset)).ok()
}

/// Calls `f` on each statement block nested in `s` that runs in the same scope: the bodies,
/// `else`s, handlers and `finally`s of if/for/while/with/try/match (not the bodies of `def`
/// and `class`, which are scopes of their own). Walkers over "statements of one scope" use it.
pub fn same_scope_blocks<'a>(s: &'a ast::Stmt, f: &mut impl FnMut(&'a [ast::Stmt])) {
    use ast::Stmt as S;
    let handlers = |hs: &'a [ast::ExceptHandler], f: &mut dyn FnMut(&'a [ast::Stmt])| {
        for h in hs {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            f(&h.body);
        }
    };
    match s {
        S::If(x) => {
            f(&x.body);
            f(&x.orelse);
        }
        S::For(x) => {
            f(&x.body);
            f(&x.orelse);
        }
        S::AsyncFor(x) => {
            f(&x.body);
            f(&x.orelse);
        }
        S::While(x) => {
            f(&x.body);
            f(&x.orelse);
        }
        S::With(x) => f(&x.body),
        S::AsyncWith(x) => f(&x.body),
        S::Try(x) => {
            f(&x.body);
            handlers(&x.handlers, f);
            f(&x.orelse);
            f(&x.finalbody);
        }
        S::TryStar(x) => {
            f(&x.body);
            handlers(&x.handlers, f);
            f(&x.orelse);
            f(&x.finalbody);
        }
        S::Match(x) => {
            for c in &x.cases {
                f(&c.body);
            }
        }
        _ => {}
    }
}

/// The span of any node range.
pub fn span(range: TextRange) -> Span {
    Span::new(range.start().to_u32(), range.end().to_u32())
}

/// Start offset of a range, used as the key of side tables.
pub fn start(range: TextRange) -> u32 {
    range.start().to_u32()
}

pub type Range = TextRange;

/// Private name mangling, on the AST: inside `class C`, an identifier `__x` (not ending in `__`)
/// is `_C__x`, whether a name, an attribute, a parameter, a keyword or a `def`.
///
/// Only top-level statements whose text has the word `class` are folded (rebuilding the tree
/// of a large module costs time): a class body can only sit inside such a statement.
fn mangle_private_names(src: &str, stmts: Vec<ast::Stmt>) -> Vec<ast::Stmt> {
    use ast::fold::Fold;
    use ast::Ranged;
    let mut m = PrivateMangler { class: None };
    stmts
        .into_iter()
        .map(|s| {
            let r = s.range();
            let text = src.get(r.start().to_usize()..r.end().to_usize()).unwrap_or(src);
            if text.contains("class") && may_mangle(text) {
                m.fold_stmt(s).unwrap_or_else(|e| match e {})
            } else {
                s
            }
        })
        .collect()
}

/// Whether `text` may hold a name that private name mangling changes: an identifier that
/// starts with `__` and does not end with `__` (`__init__` does not count, so most classes are
/// not rebuilt). Non-ASCII text always may (NFKC makes `_` of other characters).
fn may_mangle(text: &str) -> bool {
    if !text.is_ascii() {
        return true;
    }
    let b = text.as_bytes();
    let word = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    let mut i = 0;
    while i + 1 < b.len() {
        if b[i] == b'_' && b[i + 1] == b'_' && (i == 0 || !word(b[i - 1])) {
            let mut j = i;
            while j < b.len() && word(b[j]) {
                j += 1;
            }
            if !b[i..j].ends_with(b"__") {
                return true;
            }
            i = j;
        } else {
            i += 1;
        }
    }
    false
}

struct PrivateMangler {
    /// The enclosing class name without leading underscores (None: no mangling).
    class: Option<String>,
}

impl PrivateMangler {
    fn m(&self, id: ast::Identifier) -> ast::Identifier {
        match &self.class {
            Some(c) if id.starts_with("__") && !id.ends_with("__") && !id.contains('.') => {
                ast::Identifier::new(format!("_{c}{}", id.as_str()))
            }
            _ => id,
        }
    }
}

impl ast::fold::Fold<TextRange> for PrivateMangler {
    type TargetU = TextRange;
    type Error = std::convert::Infallible;
    type UserContext = ();

    fn will_map_user(&mut self, _user: &TextRange) {}

    fn map_user(&mut self, user: TextRange, _context: ()) -> Result<TextRange, Self::Error> {
        Ok(user)
    }

    fn fold_stmt_class_def(&mut self, node: ast::StmtClassDef) -> Result<ast::StmtClassDef, Self::Error> {
        use ast::fold::Foldable;
        let own = node.name.trim_start_matches('_').to_string();
        let name = self.m(node.name);
        let bases = Foldable::fold(node.bases, self)?;
        let keywords = Foldable::fold(node.keywords, self)?;
        let decorator_list = Foldable::fold(node.decorator_list, self)?;
        let saved = std::mem::replace(&mut self.class, (!own.is_empty()).then_some(own));
        let body = Foldable::fold(node.body, self);
        self.class = saved;
        Ok(ast::StmtClassDef { name, bases, keywords, body: body?, decorator_list, ..node })
    }

    fn fold_stmt_function_def(&mut self, node: ast::StmtFunctionDef) -> Result<ast::StmtFunctionDef, Self::Error> {
        let mut node = ast::fold::fold_stmt_function_def(self, node)?;
        node.name = self.m(node.name);
        Ok(node)
    }

    fn fold_stmt_async_function_def(
        &mut self,
        node: ast::StmtAsyncFunctionDef,
    ) -> Result<ast::StmtAsyncFunctionDef, Self::Error> {
        let mut node = ast::fold::fold_stmt_async_function_def(self, node)?;
        node.name = self.m(node.name);
        Ok(node)
    }

    fn fold_stmt_global(&mut self, mut node: ast::StmtGlobal) -> Result<ast::StmtGlobal, Self::Error> {
        node.names = node.names.into_iter().map(|n| self.m(n)).collect();
        Ok(node)
    }

    fn fold_stmt_nonlocal(&mut self, mut node: ast::StmtNonlocal) -> Result<ast::StmtNonlocal, Self::Error> {
        node.names = node.names.into_iter().map(|n| self.m(n)).collect();
        Ok(node)
    }

    fn fold_expr_name(&mut self, mut node: ast::ExprName) -> Result<ast::ExprName, Self::Error> {
        node.id = self.m(node.id);
        Ok(node)
    }

    fn fold_expr_attribute(&mut self, node: ast::ExprAttribute) -> Result<ast::ExprAttribute, Self::Error> {
        let mut node = ast::fold::fold_expr_attribute(self, node)?;
        node.attr = self.m(node.attr);
        Ok(node)
    }

    fn fold_arg(&mut self, node: ast::Arg) -> Result<ast::Arg, Self::Error> {
        let mut node = ast::fold::fold_arg(self, node)?;
        node.arg = self.m(node.arg);
        Ok(node)
    }

    fn fold_keyword(&mut self, node: ast::Keyword) -> Result<ast::Keyword, Self::Error> {
        let mut node = ast::fold::fold_keyword(self, node)?;
        node.arg = node.arg.map(|a| self.m(a));
        Ok(node)
    }
}

#[cfg(test)]
mod tests {
    use super::{may_mangle, parse_piece, split_after};

    /// Every differential test program, cut at lines [`split_after`] offers: the two
    /// pieces' statements are exactly the whole module's (ranges included).
    #[test]
    fn pieces_parse_as_the_whole_module() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/differential");
        let mut files = vec![];
        let mut dirs = vec![root];
        while let Some(d) = dirs.pop() {
            for e in std::fs::read_dir(&d).unwrap().flatten() {
                let p = e.path();
                if p.is_dir() {
                    dirs.push(p);
                } else if p.extension().is_some_and(|x| x == "py") {
                    files.push(p);
                }
            }
        }
        assert!(files.len() > 1000, "test programs not found");
        let (mut cuts, mut refused) = (0, 0);
        for f in files {
            let src = std::fs::read_to_string(&f).unwrap();
            let Ok(whole) = parse_piece(&src, 0, src.len(), "t.py") else { continue };
            let whole = format!("{whole:?}");
            // Six cuts per program (the line starts after each seventh of it) keep the test short.
            let mut last = 0;
            for k in 1..7 {
                let Some(at) = split_after(&src, src.len() * k / 7) else { break };
                if at == last {
                    continue;
                }
                last = at;
                match (parse_piece(&src, 0, at, "t.py"), parse_piece(&src, at, src.len(), "t.py")) {
                    (Ok(mut a), Ok(b)) => {
                        a.extend(b);
                        assert_eq!(format!("{a:?}"), whole, "{} cut at byte {at}", f.display());
                        cuts += 1;
                    }
                    _ => refused += 1,
                }
            }
        }
        assert!(cuts > 10 * refused, "{cuts} cuts, {refused} refused");
    }

    #[test]
    fn may_mangle_finds_private_names_only() {
        assert!(!may_mangle("class A:\n    def __init__(self): self.x__y = 1\n"));
        assert!(!may_mangle("class A:\n    __slots__ = ('a',)\n    ___ = 2\n"));
        assert!(may_mangle("class A:\n    def f(self): return self.__x\n"));
        assert!(may_mangle("__x = 1"));
        assert!(may_mangle("class A: __y__z = 1"));
        assert!(may_mangle("class A: x = '\u{e9}'"));
    }
}
