//! String literals holding lone surrogates.
//!
//! ```python
//! s = "a\ud800b"
//! ```
//! becomes
//! ```js
//! s = "a\ud800b";
//! ```
//! The parser keeps a str literal's value as a Rust `String`, so it turns a `\ud800`-style
//! escape (a lone surrogate, which a Python str may hold) into U+FFFD. When a literal's value
//! has U+FFFD, [`lone_surrogates`] rescans its source text for what produced each U+FFFD in
//! order (a surrogate escape, or a real U+FFFD: the character itself, `\ufffd`, ...), and the
//! literal is emitted as a WTF-8 string (swc prints its surrogates as `\uXXXX` escapes). Any
//! doubt (an f-string or bytes piece, a count that does not match) keeps the parser's value.

use swc_atoms::wtf8::{CodePoint, Wtf8Buf};
use swc_common::DUMMY_SP;
use swc_ecma_ast::{Expr as JsExpr, Lit, Str};

/// For each U+FFFD the literal(s) in `src` produce, in order: `Some(cp)` for a surrogate escape
/// (cp in D800..=DFFF), `None` for a real U+FFFD. `None` overall if `src` is not plain str
/// literals (implicitly concatenated, with whitespace, comments and line continuations between).
fn lone_surrogates(src: &str) -> Option<Vec<Option<u32>>> {
    let c: Vec<char> = src.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let hex = |c: &[char], from: usize, n: usize| -> Option<u32> {
        let s: String = c.get(from..from + n)?.iter().collect();
        u32::from_str_radix(&s, 16).ok()
    };
    while i < c.len() {
        match c[i] {
            ' ' | '\t' | '\n' | '\r' | '\x0c' | '\\' => {
                i += 1;
                continue;
            }
            '#' => {
                while i < c.len() && c[i] != '\n' {
                    i += 1;
                }
                continue;
            }
            _ => {}
        }
        let mut raw = false;
        while i < c.len() && c[i].is_ascii_alphabetic() {
            match c[i] {
                'r' | 'R' => raw = true,
                'u' | 'U' => {}
                _ => return None, // bytes or f-string pieces
            }
            i += 1;
        }
        let q = *c.get(i)?;
        if q != '\'' && q != '"' {
            return None;
        }
        let triple = c.get(i + 1) == Some(&q) && c.get(i + 2) == Some(&q);
        i += if triple { 3 } else { 1 };
        loop {
            let ch = *c.get(i)?;
            if ch == q && (!triple || (c.get(i + 1) == Some(&q) && c.get(i + 2) == Some(&q))) {
                i += if triple { 3 } else { 1 };
                break;
            }
            if ch == '\u{FFFD}' {
                out.push(None);
            }
            if ch != '\\' {
                i += 1;
                continue;
            }
            let e = *c.get(i + 1)?;
            i += 2;
            if raw {
                if e == '\u{FFFD}' {
                    out.push(None);
                }
                continue;
            }
            let n = match e {
                'u' => 4,
                'U' => 8,
                'N' => {
                    let end = i + c[i..].iter().position(|&x| x == '}')?;
                    let name: String = c[i..end].iter().collect();
                    if name.trim_start_matches('{').eq_ignore_ascii_case("REPLACEMENT CHARACTER") {
                        out.push(None);
                    }
                    i = end + 1;
                    continue;
                }
                '\u{FFFD}' => {
                    out.push(None);
                    continue;
                }
                _ => continue,
            };
            let cp = hex(&c, i, n)?;
            i += n;
            if (0xD800..=0xDFFF).contains(&cp) {
                out.push(Some(cp));
            } else if cp == 0xFFFD {
                out.push(None);
            }
        }
    }
    Some(out)
}

/// The JS literal for str constant `value` whose source is `src`, when the source has lone
/// surrogates the parser replaced (else `None`: the plain literal is right).
pub(super) fn surrogate_str_lit(value: &str, src: &str) -> Option<JsExpr> {
    let marks = lone_surrogates(src)?;
    if !marks.iter().any(Option::is_some) || marks.len() != value.matches('\u{FFFD}').count() {
        return None;
    }
    let mut buf = Wtf8Buf::new();
    let mut next = marks.into_iter();
    for ch in value.chars() {
        let cp = if ch == '\u{FFFD}' { next.next()?.unwrap_or(0xFFFD) } else { ch as u32 };
        buf.push(CodePoint::from_u32(cp)?);
    }
    Some(JsExpr::Lit(Lit::Str(Str { span: DUMMY_SP, value: buf.into(), raw: None })))
}

#[cfg(test)]
mod tests {
    use super::lone_surrogates;

    #[test]
    fn finds_surrogate_escapes_in_order() {
        assert_eq!(lone_surrogates(r#""a\ud800b""#), Some(vec![Some(0xD800)]));
        assert_eq!(
            lone_surrogates("'\u{FFFD}\\uDFFF' # c\n  \"\\U0000dc00\\ufffd\""),
            Some(vec![None, Some(0xDFFF), Some(0xDC00), None])
        );
        assert_eq!(lone_surrogates(r#"r"\ud800""#), Some(vec![]));
        assert_eq!(lone_surrogates(r#""""x\\ud800""""#), Some(vec![]));
        assert_eq!(lone_surrogates(r#"b"\ud800""#), None);
    }
}
