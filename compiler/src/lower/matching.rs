//! `match` statements.
//!
//! ```python
//! match cmd:
//!     case ["go", direction]: move(direction)
//!     case Point(x=0, y=y) if y > 0: up(y)
//!     case _: pass
//! ```
//! becomes
//! ```js
//! $t1 = cmd;
//! if (($t2 = $match_seq($t1, 2, false)) !== null && $eq($t2[0], "go") && (direction = $t2[1], true)) { move(direction); }
//! else if ($match_cls($t1, Point) && ($t3 = $match_attr($t1, "x")) !== undefined && $eq($t3, 0) && ...) { ... }
//! else { }
//! ```
//! Each pattern is one JS boolean expression; captures are assignments inside it.

use swc_common::DUMMY_SP;
use swc_ecma_ast::{BinaryOp, Expr as JsExpr, Stmt as JsStmt};

use super::Lowerer;
use crate::diagnostics::Diagnostic;
use crate::js;
use crate::parse::{ast::*, span};

impl Lowerer<'_> {
    pub(super) fn match_stmt(&mut self, m: &StmtMatch) -> Vec<JsStmt> {
        let sp = self.span(m.range);
        let subject = self.temp();
        let value = self.expr(&m.subject);
        let mut out = vec![js::expr_stmt(js::assign(js::id(&subject), value), sp)];
        let mut arms = vec![];
        for case in &m.cases {
            let mut test = self.pattern(&case.pattern, js::id(&subject));
            if let Some(g) = &case.guard {
                let g = self.test(g);
                test = js::bin(BinaryOp::LogicalAnd, test, g);
            }
            let body = self.stmts(&case.body);
            arms.push((test, body));
        }
        let mut chain: Option<Vec<JsStmt>> = None;
        for (test, body) in arms.into_iter().rev() {
            chain = Some(vec![js::if_stmt(test, body, chain, DUMMY_SP)]);
        }
        out.extend(chain.unwrap_or_default());
        out
    }

    fn capture(&mut self, name: &str, value: JsExpr) -> JsExpr {
        let target = self.name_ref(name);
        js::seq(vec![js::assign(target, value), js::bool_lit(true)])
    }

    fn all(parts: Vec<JsExpr>) -> JsExpr {
        let mut iter = parts.into_iter();
        let first = iter.next().unwrap_or_else(|| js::bool_lit(true));
        iter.fold(first, |acc, p| js::bin(BinaryOp::LogicalAnd, acc, p))
    }

    /// A JS boolean expression testing `subject` (a side-effect-free expression) against `p`.
    fn pattern(&mut self, p: &Pattern, subject: JsExpr) -> JsExpr {
        match p {
            Pattern::MatchValue(v) => {
                let value = self.expr(&v.value);
                let f = self.h("eq");
                js::call(f, vec![subject, value])
            }
            Pattern::MatchSingleton(s) => {
                let lit = match s.value {
                    Constant::Bool(b) => js::bool_lit(b),
                    _ => js::null(),
                };
                if matches!(s.value, Constant::None) {
                    js::bin(BinaryOp::EqEq, subject, lit)
                } else {
                    js::bin(BinaryOp::EqEqEq, subject, lit)
                }
            }
            Pattern::MatchSequence(seq) => {
                let star = seq.patterns.iter().position(|p| matches!(p, Pattern::MatchStar(_)));
                let fixed = seq.patterns.len() - star.map_or(0, |_| 1);
                let t = self.temp();
                let f = self.h("match_seq");
                let get = js::call(f, vec![subject, js::num(fixed as f64), js::bool_lit(star.is_some())]);
                let mut parts = vec![js::bin(BinaryOp::NotEqEq, js::paren(js::assign(js::id(&t), get)), js::null())];
                let n = seq.patterns.len();
                for (i, sub) in seq.patterns.iter().enumerate() {
                    let elem = match star {
                        Some(s) if i > s => {
                            let from_end = n - i;
                            js::index(
                                js::id(&t),
                                js::bin(BinaryOp::Sub, js::member(js::id(&t), "length"), js::num(from_end as f64)),
                            )
                        }
                        _ => js::index(js::id(&t), js::num(i as f64)),
                    };
                    if let Pattern::MatchStar(ms) = sub {
                        if let Some(name) = &ms.name {
                            let after = n - i - 1;
                            let slice = js::call(
                                js::member(js::id(&t), "slice"),
                                vec![
                                    js::num(i as f64),
                                    js::bin(BinaryOp::Sub, js::member(js::id(&t), "length"), js::num(after as f64)),
                                ],
                            );
                            // Always a list, also from a tuple subject (whose slice is a tuple).
                            let list = js::call(js::member(js::id("Array"), "from"), vec![slice]);
                            parts.push(self.capture(name.as_str(), list));
                        }
                        continue;
                    }
                    parts.push(self.sub_pattern(sub, elem));
                }
                Self::all(parts)
            }
            Pattern::MatchMapping(mp) => {
                let f = self.h("match_map");
                let mut parts = vec![js::call(f, vec![subject.clone()])];
                let mut keys = vec![];
                for (k, sub) in mp.keys.iter().zip(&mp.patterns) {
                    let key = self.expr(k);
                    keys.push(key.clone());
                    let v = self.temp();
                    let get = self.h("map_get");
                    let fetched = js::paren(js::assign(js::id(&v), js::call(get, vec![subject.clone(), key])));
                    parts.push(js::bin(BinaryOp::NotEqEq, fetched, js::undefined()));
                    parts.push(self.sub_pattern(sub, js::id(&v)));
                }
                if let Some(rest) = &mp.rest {
                    let f = self.h("map_rest");
                    let r = js::call(f, vec![subject, js::array(keys)]);
                    parts.push(self.capture(rest.as_str(), r));
                }
                Self::all(parts)
            }
            Pattern::MatchClass(c) => {
                let cls = self.expr(&c.cls);
                let isinst = self.h("match_cls");
                let mut parts = vec![js::call(isinst, vec![subject.clone(), cls.clone()])];
                for (i, sub) in c.patterns.iter().enumerate() {
                    let v = self.temp();
                    let f = self.h("match_pos");
                    let fetched = js::paren(js::assign(
                        js::id(&v),
                        js::call(
                            f,
                            vec![subject.clone(), cls.clone(), js::num(i as f64), js::num(c.patterns.len() as f64)],
                        ),
                    ));
                    parts.push(js::bin(BinaryOp::NotEqEq, fetched, js::undefined()));
                    parts.push(self.sub_pattern(sub, js::id(&v)));
                }
                for (attr, sub) in c.kwd_attrs.iter().zip(&c.kwd_patterns) {
                    let v = self.temp();
                    let f = self.h("match_attr");
                    let fetched = js::paren(js::assign(
                        js::id(&v),
                        js::call(f, vec![subject.clone(), js::str_lit(attr.as_str())]),
                    ));
                    parts.push(js::bin(BinaryOp::NotEqEq, fetched, js::undefined()));
                    parts.push(self.sub_pattern(sub, js::id(&v)));
                }
                Self::all(parts)
            }
            Pattern::MatchStar(s) => {
                self.diag(Diagnostic::misplaced(
                    span(s.range),
                    "a star pattern is only allowed inside a sequence pattern",
                ));
                js::bool_lit(false)
            }
            Pattern::MatchAs(a) => {
                let test = match &a.pattern {
                    Some(p) => self.pattern(p, subject.clone()),
                    None => js::bool_lit(true),
                };
                match &a.name {
                    Some(name) => {
                        let cap = self.capture(name.as_str(), subject);
                        if a.pattern.is_some() {
                            js::bin(BinaryOp::LogicalAnd, test, cap)
                        } else {
                            cap
                        }
                    }
                    None => test,
                }
            }
            Pattern::MatchOr(o) => {
                let mut iter =
                    o.patterns.iter().map(|p| self.pattern(p, subject.clone())).collect::<Vec<_>>().into_iter();
                let first = iter.next().unwrap_or_else(|| js::bool_lit(false));
                iter.fold(first, |acc, p| js::bin(BinaryOp::LogicalOr, acc, p))
            }
        }
    }

    /// A sub-pattern on an element expression: captured into a temp first unless trivial.
    fn sub_pattern(&mut self, p: &Pattern, elem: JsExpr) -> JsExpr {
        match p {
            Pattern::MatchAs(a) if a.pattern.is_none() => self.pattern(p, elem),
            _ => {
                let t = self.temp();
                let bind = js::seq(vec![js::assign(js::id(&t), elem), js::bool_lit(true)]);
                let test = self.pattern(p, js::id(&t));
                js::bin(BinaryOp::LogicalAnd, bind, test)
            }
        }
    }
}
