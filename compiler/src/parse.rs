//! The parser boundary: the only module that names `rustpython_parser`.
//!
//! The rest of the compiler uses the AST through `crate::parse::ast`, so replacing the parser
//! means providing the same node types here (or converting to them).

pub use rustpython_parser::ast;
use rustpython_parser::text_size::TextRange;

use crate::diagnostics::{Diagnostic, Span};

/// Parse a module. `path` is only used in messages.
pub fn parse_module(src: &str, path: &str) -> Result<Vec<ast::Stmt>, Diagnostic> {
    use rustpython_parser::Parse;
    let stmts = ast::Suite::parse(src, path).map_err(|e| {
        let at = e.offset.to_u32();
        Diagnostic::syntax_error(Span::new(at, at + 1), &e.error.to_string())
    })?;
    let stmts =
        if src.chars().any(|c| !c.is_ascii() && nfkc_char(c).is_some()) { nfkc_identifiers(stmts) } else { stmts };
    Ok(if src.contains("class") && src.contains("__") { mangle_private_names(src, stmts) } else { stmts })
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

/// Identifiers to NFKC, for a module whose text holds characters that have another NFKC form.
fn nfkc_identifiers(stmts: Vec<ast::Stmt>) -> Vec<ast::Stmt> {
    use ast::fold::Fold;
    let mut f = NfkcFolder;
    stmts.into_iter().map(|s| f.fold_stmt(s).unwrap_or_else(|e| match e {})).collect()
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
    use super::may_mangle;

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
