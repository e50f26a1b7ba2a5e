//! Assignment, augmented assignment, unpacking and `del`.
//!
//! ```python
//! a, (b, *c) = v
//! obj.total += n
//! ```
//! becomes
//! ```js
//! $t1 = $unpack(v, 2); a = $t1[0]; $t2 = $unpack_star($t1[1], 1, 0); b = $t2[0]; c = $t2[1];
//! $t3 = obj; $t3.total = $iadd($ga($t3, "total"), n);
//! ```
//! and `counts[w] = counts.get(w, 0) + 1` on an exact dict is `$dict_incr(counts, w, 0, 1)`.
//! (`$unpack(v, 2)` stands for `(v != null && (($c = v.constructor) === $Tuple || $c === Array) &&
//! v.length === 2) ? v : $unpack(v, 2)`: an exact tuple/list of the right length is tested inline.)

use swc_common::{Span, DUMMY_SP};
use swc_ecma_ast::{Expr as JsExpr, Stmt as JsStmt};

use super::expr::inplace_helper;
use super::Lowerer;
use crate::diagnostics::Diagnostic;
use crate::js;
use crate::names;
use crate::parse::{ast::*, span};
use crate::semantic::Resolved;

impl Lowerer<'_> {
    /// Statements that store `value` into `target`.
    pub(super) fn assign_to(&mut self, target: &Expr, value: JsExpr, sp: Span) -> Vec<JsStmt> {
        match target {
            Expr::Name(n) => {
                // A float local holds the raw JS number (see typed.rs).
                let value = if self.is_raw_float_var(target) {
                    let f = self.h("fval");
                    js::call(f, vec![value])
                } else {
                    value
                };
                let t = self.name_ref(n.id.as_str());
                vec![js::expr_stmt(js::assign(t, value), sp)]
            }
            Expr::Attribute(a) => {
                let (pre, value) = self.value_first(value, &[&a.value], sp);
                let obj = self.expr(&a.value);
                let plain = crate::names::mangle_attr(a.attr.as_str()) == a.attr.as_str();
                if plain && !self.is_module_expr(&a.value) {
                    return pre.into_iter().chain(self.inline_set(obj, a.attr.as_str(), value, sp)).collect();
                }
                let f = self.h(if plain { "sap" } else { "sa" });
                pre.into_iter()
                    .chain([js::expr_stmt(js::call(f, vec![obj, js::str_lit(a.attr.as_str()), value]), sp)])
                    .collect()
            }
            Expr::Subscript(s) => {
                let (pre, value) = self.value_first(value, &[&s.value, &s.slice], sp);
                let obj = self.expr(&s.value);
                if let Expr::Slice(sl) = &*s.slice {
                    let parts = self.slice_parts(sl);
                    let f = self.h("setslice");
                    let mut args = vec![obj];
                    args.extend(parts);
                    args.push(value);
                    let set = self.call_sp_stmt(f, args, self.span(s.range));
                    return pre.into_iter().chain([js::expr_stmt(set, sp)]).collect();
                }
                let key = self.expr(&s.slice);
                // The store's helper call maps to the subscript (CPython's position for it).
                let at = self.span(s.range);
                if self.list_index_key(&s.slice) {
                    let set = self.list_setitem(obj, key, value, at);
                    return pre.into_iter().chain([js::expr_stmt(set, sp)]).collect();
                }
                let f = self.h("setitem");
                let set = self.call_sp_stmt(f, vec![obj, key, value], at);
                pre.into_iter().chain([js::expr_stmt(set, sp)]).collect()
            }
            Expr::Tuple(t) => self.unpack_to(&t.elts, value, sp),
            Expr::List(l) => self.unpack_to(&l.elts, value, sp),
            Expr::Starred(s) => {
                self.diag(Diagnostic::misplaced(span(s.range), "starred assignment target must be in a list or tuple"));
                vec![]
            }
            other => {
                self.diag(Diagnostic::invalid_target(span(other.range()), "this expression"));
                vec![]
            }
        }
    }

    /// `o.x = v` for a name JS gives no meaning, stored inline on ordinary instances:
    /// `$o = o; $w = v; if (typeof $o === "object" && $o !== null && $o.$sa === true &&
    /// ($o.$slotsOnly !== true || $o.$slotset.x === true)) $o.x = $w; else $sap($o, "x", $w);`
    fn inline_set(&mut self, obj: JsExpr, attr: &str, value: JsExpr, sp: Span) -> Vec<JsStmt> {
        let mut out = vec![];
        // The object is evaluated before the value (as `$sap(obj, "x", value)` did).
        let o = match obj {
            JsExpr::Ident(_) | JsExpr::This(_) => obj,
            other => {
                let o = self.temp();
                out.push(js::expr_stmt(js::assign(js::id(&o), other), sp));
                js::id(&o)
            }
        };
        let v = match value {
            JsExpr::Ident(_) | JsExpr::Lit(_) => value,
            other => {
                let w = self.temp();
                out.push(js::expr_stmt(js::assign(js::id(&w), other), sp));
                js::id(&w)
            }
        };
        let test = [
            js::bin(
                swc_ecma_ast::BinaryOp::EqEqEq,
                js::unary(swc_ecma_ast::UnaryOp::TypeOf, o.clone()),
                js::str_lit("object"),
            ),
            js::bin(swc_ecma_ast::BinaryOp::NotEqEq, o.clone(), js::null()),
            js::bin(swc_ecma_ast::BinaryOp::EqEqEq, js::member(o.clone(), "$sa"), js::bool_lit(true)),
            // An instance with only `__slots__` takes stores to its slots (`$slotset`, see
            // `initSlots`) as plain stores too.
            js::paren(js::bin(
                swc_ecma_ast::BinaryOp::LogicalOr,
                js::bin(swc_ecma_ast::BinaryOp::NotEqEq, js::member(o.clone(), "$slotsOnly"), js::bool_lit(true)),
                js::bin(
                    swc_ecma_ast::BinaryOp::EqEqEq,
                    js::member(js::member(o.clone(), "$slotset"), attr),
                    js::bool_lit(true),
                ),
            )),
        ]
        .into_iter()
        .reduce(|a, b| js::bin(swc_ecma_ast::BinaryOp::LogicalAnd, a, b))
        .unwrap();
        let fast = js::expr_stmt(js::assign(js::member(o.clone(), attr), v.clone()), sp);
        let f = self.h("sap");
        let slow = js::expr_stmt(js::call(f, vec![o, js::str_lit(attr), v]), sp);
        out.push(js::if_stmt(test, vec![fast], Some(vec![slow]), sp));
        out
    }

    /// `p[:k + 1] = p[k::-1]` with `p` and `k` locals only this function's code assigns (so
    /// they hold the same values when the statement reads them again after the slice): the
    /// `p[k::-1]` and `k` expressions.
    fn rev_prefix_names<'e>(&self, t: &'e ExprSubscript, value: &'e Expr) -> Option<(&'e Expr, &'e Expr)> {
        let Expr::Subscript(v) = value else { return None };
        let (Expr::Name(p1), Expr::Name(p2)) = (&*t.value, &*v.value) else { return None };
        let (Expr::Slice(ts), Expr::Slice(vs)) = (&*t.slice, &*v.slice) else { return None };
        let Some(Expr::BinOp(hi)) = ts.upper.as_deref() else { return None };
        let one =
            |e: &Expr| matches!(e, Expr::Constant(c) if matches!(&c.value, Constant::Int(i) if i.to_string() == "1"));
        let minus_one = |e: &Expr| match e {
            Expr::UnaryOp(u) => u.op == UnaryOp::USub && one(&u.operand),
            Expr::Constant(c) => matches!(&c.value, Constant::Int(i) if i.to_string() == "-1"),
            _ => false,
        };
        let (Expr::Name(k1), Some(Expr::Name(k2))) = (&*hi.left, vs.lower.as_deref()) else { return None };
        let shape = ts.lower.is_none()
            && ts.step.is_none()
            && hi.op == Operator::Add
            && one(&hi.right)
            && vs.upper.is_none()
            && vs.step.as_deref().is_some_and(minus_one);
        let stable = |n: &ExprName| {
            self.spec_stable_local(n)
                && !self.is_dual_var(n.id.as_str())
                && self.var_ty(n.id.as_str()) != crate::infer::Ty::Float
        };
        (shape && p1.id == p2.id && k1.id == k2.id && p1.id != k1.id && [p1, p2, k1, k2].into_iter().all(stable))
            .then_some((&*v.value, vs.lower.as_deref()?))
    }

    /// `d[k] = d.get(k, c) + n` on an exact dict `d` (`infer::Ty::Dict`), with a name or str
    /// literal key and int literals `c` and `n` (word counts): `$dict_incr(d, k, c, n)`, one Map
    /// read and one write; its general path runs the statement as usual. Reading `d` and `k`
    /// twice or once is the same (names; a literal `c`/`n` cannot be rebound by a key's `__eq__`).
    fn dict_incr(&mut self, t: &ExprSubscript, value: &Expr, sp: Span) -> Option<Vec<JsStmt>> {
        let (Expr::Name(d), Expr::BinOp(b)) = (&*t.value, value) else { return None };
        let Expr::Call(c) = &*b.left else { return None };
        let Expr::Attribute(at) = &*c.func else { return None };
        let Expr::Name(d2) = &*at.value else { return None };
        let int_lit = |e: &Expr| matches!(e, Expr::Constant(k) if matches!(k.value, Constant::Int(_)));
        let same_key = match (&*t.slice, c.args.first()) {
            (Expr::Name(k1), Some(Expr::Name(k2))) => k1.id == k2.id,
            (Expr::Constant(k1), Some(Expr::Constant(k2))) => {
                matches!((&k1.value, &k2.value), (Constant::Str(x), Constant::Str(y)) if x == y)
            }
            _ => false,
        };
        let shape = b.op == Operator::Add
            && d.id == d2.id
            && at.attr.as_str() == "get"
            && c.keywords.is_empty()
            && c.args.len() == 2
            && same_key
            && int_lit(&c.args[1])
            && int_lit(&b.right);
        if !shape || self.ty(&t.value) != crate::infer::Ty::Dict {
            return None;
        }
        let f = self.h("dict_incr");
        let args = vec![self.expr(&t.value), self.expr(&t.slice), self.expr(&c.args[1]), self.expr(&b.right)];
        Some(vec![js::expr_stmt(self.call_sp(f, args, sp), sp)])
    }

    /// Python evaluates the assigned value before the target's object and key: when both may
    /// run code, store the value in a temporary first.
    fn value_first(&mut self, value: JsExpr, parts: &[&Expr], sp: Span) -> (Option<JsStmt>, JsExpr) {
        let value_pure = matches!(value, JsExpr::Ident(_) | JsExpr::Lit(_));
        let parts_simple = parts.iter().all(|e| match e {
            Expr::Name(_) | Expr::Constant(_) => true,
            Expr::Slice(s) => [&s.lower, &s.upper, &s.step]
                .iter()
                .all(|p| p.as_deref().is_none_or(|e| matches!(e, Expr::Name(_) | Expr::Constant(_)))),
            _ => false,
        });
        if value_pure || parts_simple {
            return (None, value);
        }
        let t = self.temp();
        (Some(js::expr_stmt(js::assign(js::id(&t), value), sp)), js::id(&t))
    }

    /// The items of `value` for `a, b = value` (no starred target): an exact tuple or list of
    /// the right length is its own item array, tested inline, since V8 does not inline `$unpack`
    /// into large loop bodies (10% of shared/bench/nbody.py's `for a, b in pairs:`); anything
    /// else goes through `$unpack`:
    /// `($v != null && (($c = $v.constructor) === $Tuple || $c === Array) && $v.length === 2) ? $v : $unpack($v, 2)`.
    /// When a target is not a plain name, storing into it may run code that mutates a list being
    /// unpacked (`x[1], x[0] = x`), while CPython reads every item before the first store: a
    /// list is then copied, `(($r = $unpack(v, 2)).constructor === Array ? $r.slice() : $r)`.
    fn unpack_exact(&mut self, elts: &[Expr], value: JsExpr) -> JsExpr {
        use swc_ecma_ast::BinaryOp;
        fn names_only(e: &Expr) -> bool {
            match e {
                Expr::Name(_) => true,
                Expr::Tuple(t) => t.elts.iter().all(names_only),
                Expr::List(l) => l.elts.iter().all(names_only),
                Expr::Starred(s) => names_only(&s.value),
                _ => false,
            }
        }
        let n = elts.len() as f64;
        let mut pre = vec![];
        let v = match value {
            JsExpr::Ident(_) => value,
            other => {
                let s = self.temp();
                pre.push(js::assign(js::id(&s), other));
                js::id(&s)
            }
        };
        let f = self.h("unpack");
        if !elts.iter().all(names_only) {
            let r = self.temp();
            let call = js::call(f, vec![v, js::num(n)]);
            let test = js::bin(
                BinaryOp::EqEqEq,
                js::member(js::paren(js::assign(js::id(&r), call)), "constructor"),
                js::id("Array"),
            );
            pre.push(js::cond(test, js::call(js::member(js::id(&r), "slice"), vec![]), js::id(&r)));
            return js::paren(js::seq(pre));
        }
        let c = self.temp();
        let tuple = self.h("Tuple");
        let test = [
            js::bin(BinaryOp::NotEq, v.clone(), js::null()),
            js::paren(js::bin(
                BinaryOp::LogicalOr,
                js::bin(
                    BinaryOp::EqEqEq,
                    js::paren(js::assign(js::id(&c), js::member(v.clone(), "constructor"))),
                    tuple,
                ),
                js::bin(BinaryOp::EqEqEq, js::id(&c), js::id("Array")),
            )),
            js::bin(BinaryOp::EqEqEq, js::member(v.clone(), "length"), js::num(n)),
        ]
        .into_iter()
        .reduce(|a, b| js::bin(BinaryOp::LogicalAnd, a, b))
        .unwrap();
        let slow = js::call(f, vec![v.clone(), js::num(n)]);
        pre.push(js::cond(test, v, slow));
        if pre.len() == 1 {
            return js::paren(pre.pop().unwrap());
        }
        js::paren(js::seq(pre))
    }

    fn unpack_to(&mut self, elts: &[Expr], value: JsExpr, sp: Span) -> Vec<JsStmt> {
        let t = self.temp();
        let star = elts.iter().position(|e| matches!(e, Expr::Starred(_)));
        let unpacked = match star {
            None => self.unpack_exact(elts, value),
            Some(i) => {
                let f = self.h("unpack_star");
                js::call(f, vec![value, js::num(i as f64), js::num((elts.len() - i - 1) as f64)])
            }
        };
        let mut out = vec![js::expr_stmt(js::assign(js::id(&t), unpacked), sp)];
        for (i, e) in elts.iter().enumerate() {
            let item = js::index(js::id(&t), js::num(i as f64));
            let target = match e {
                Expr::Starred(s) => &*s.value,
                e => e,
            };
            out.extend(self.assign_to(target, item, DUMMY_SP));
        }
        out
    }

    pub(super) fn assign_stmt(&mut self, a: &StmtAssign) -> Vec<JsStmt> {
        let sp = self.span(a.range);
        if let [Expr::Name(n)] = a.targets.as_slice() {
            if self.is_dual_var(n.id.as_str()) {
                return self.dual_assign(n.id.as_str(), &a.value, sp);
            }
        }
        if let Some(stmts) = self.parallel_assign(a, sp) {
            return stmts;
        }
        if let [target @ Expr::Name(n)] = a.targets.as_slice() {
            if self.is_raw_float_var(target) {
                let raw = self.raw_float(&a.value);
                let t = self.name_ref(n.id.as_str());
                return vec![js::expr_stmt(js::assign(t, raw), sp)];
            }
        }
        if a.targets.iter().any(|t| self.is_raw_float_var(t)) && self.ty(&a.value) == crate::infer::Ty::Float {
            // `x = y = 0.0` with float locals: the raw number, boxed for the other targets.
            let t = self.temp();
            let raw = self.raw_float(&a.value);
            let mut out = vec![js::expr_stmt(js::assign(js::id(&t), raw), sp)];
            for target in &a.targets {
                if let (Expr::Name(n), true) = (target, self.is_raw_float_var(target)) {
                    let name = self.name_ref(n.id.as_str());
                    out.push(js::expr_stmt(js::assign(name, js::id(&t)), sp));
                } else {
                    let boxed = self.box_float(js::id(&t));
                    out.extend(self.assign_to(target, boxed, sp));
                }
            }
            return out;
        }
        if let [Expr::Subscript(t)] = a.targets.as_slice() {
            if let Some((p, k)) = self.rev_prefix_names(t, &a.value) {
                // `p[:k + 1] = p[k::-1]` (a pancake flip): reversed in place by `$rev_prefix`
                // when `p` is an exact list and `0 <= k < len(p)` an int; else the statement as usual.
                let f = self.h("rev_prefix");
                let test = js::not(js::call(f, vec![self.expr(p), self.expr(k)]));
                let value = self.expr(&a.value);
                let general = self.assign_to(&a.targets[0], value, sp);
                return vec![js::if_stmt(test, general, None, sp)];
            }
            if let Some(stmts) = self.dict_incr(t, &a.value, sp) {
                return stmts;
            }
            if let Some(stmts) = self.npsub_store(t, &a.value, sp) {
                return stmts;
            }
            if let Some(stmts) = self.float_store(t, &a.value, sp) {
                return stmts;
            }
        }
        let value = self.expr(&a.value);
        if let [Expr::Name(n)] = a.targets.as_slice() {
            if self.is_owned_var(n.id.as_str()) {
                // The array the variable held is dead once rebound (lower/owned.rs).
                let old = self.name_ref(n.id.as_str());
                let value = match &*a.value {
                    Expr::Call(c) if self.fresh_fn_call(&a.value) => {
                        let callee = self.expr(&c.func);
                        let f = self.h("rebind_call");
                        js::call(f, vec![old, callee, value])
                    }
                    _ => {
                        let f = self.h(if self.is_fresh_value(&a.value) { "rebind_own" } else { "rebind" });
                        js::call(f, vec![old, value])
                    }
                };
                return self.assign_to(&a.targets[0], value, sp);
            }
        }
        if a.targets.len() == 1 {
            return self.assign_to(&a.targets[0], value, sp);
        }
        let t = self.temp();
        let mut out = vec![js::expr_stmt(js::assign(js::id(&t), value), sp)];
        for target in &a.targets {
            out.extend(self.assign_to(target, js::id(&t), sp));
        }
        out
    }

    /// `a, b = x, y` without building a tuple: evaluate the right side into temporaries,
    /// then store them left to right (the order CPython uses).
    fn parallel_assign(&mut self, a: &StmtAssign, sp: Span) -> Option<Vec<JsStmt>> {
        let [target] = a.targets.as_slice() else { return None };
        let targets = match target {
            Expr::Tuple(t) => &t.elts,
            Expr::List(l) => &l.elts,
            _ => return None,
        };
        let values = match &*a.value {
            Expr::Tuple(t) => &t.elts,
            Expr::List(l) => &l.elts,
            _ => return None,
        };
        let starred = |v: &[Expr]| v.iter().any(|e| matches!(e, Expr::Starred(_)));
        if targets.len() != values.len() || starred(targets) || starred(values) {
            return None;
        }
        let mut out = vec![];
        let mut temps = vec![];
        for (v, target) in values.iter().zip(targets) {
            let t = self.temp();
            let raw = self.is_raw_float_var(target);
            let value = if raw { self.raw_float(v) } else { self.expr(v) };
            out.push(js::expr_stmt(js::assign(js::id(&t), value), sp));
            temps.push((t, raw));
        }
        for (target, (t, raw)) in targets.iter().zip(temps) {
            match target {
                Expr::Name(n) if raw => {
                    let name = self.name_ref(n.id.as_str());
                    out.push(js::expr_stmt(js::assign(name, js::id(&t)), DUMMY_SP));
                }
                _ => out.extend(self.assign_to(target, js::id(&t), DUMMY_SP)),
            }
        }
        Some(out)
    }

    pub(super) fn aug_assign(&mut self, a: &StmtAugAssign) -> Vec<JsStmt> {
        let sp = self.span(a.range);
        let op = inplace_helper(a.op);
        match &*a.target {
            Expr::Name(n) if self.var_ty(n.id.as_str()).known() => {
                // A typed local: `x op= v` is `x = x op v` (ints, floats and strs are immutable).
                let bin =
                    Expr::BinOp(ExprBinOp { range: a.range, left: a.target.clone(), op: a.op, right: a.value.clone() });
                let value = if self.is_raw_float_var(&a.target) { self.raw_float(&bin) } else { self.expr(&bin) };
                let t = self.name_ref(n.id.as_str());
                vec![js::expr_stmt(js::assign(t, value), sp)]
            }
            Expr::Name(n) if self.is_dual_var(n.id.as_str()) => self.dual_aug(n.id.as_str(), a, sp),
            Expr::Name(n) => {
                let cur = self.name_load(n);
                let new = self.aug_value(cur, a);
                let t = self.name_ref(n.id.as_str());
                vec![js::expr_stmt(js::assign(t, new), sp)]
            }
            Expr::Attribute(at)
                if crate::names::mangle_attr(at.attr.as_str()) == at.attr.as_str()
                    && !self.is_module_expr(&at.value) =>
            {
                let o = self.temp();
                let obj = self.expr(&at.value);
                let mut out = vec![js::expr_stmt(js::assign(js::id(&o), obj), sp)];
                let cur = self.inline_get(js::id(&o), at.attr.as_str(), sp);
                let new = self.aug_value(cur, a);
                out.extend(self.inline_set(js::id(&o), at.attr.as_str(), new, sp));
                out
            }
            Expr::Attribute(at) => {
                let o = self.temp();
                let obj = self.expr(&at.value);
                let ga = self.h("ga");
                let cur = js::call(ga, vec![js::id(&o), js::str_lit(at.attr.as_str())]);
                let v = self.expr(&a.value);
                let f = self.h(op);
                let sa = self.h("sa");
                vec![
                    js::expr_stmt(js::assign(js::id(&o), obj), sp),
                    js::expr_stmt(
                        js::call(sa, vec![js::id(&o), js::str_lit(at.attr.as_str()), js::call(f, vec![cur, v])]),
                        sp,
                    ),
                ]
            }
            Expr::Subscript(s) => {
                let o = self.temp();
                let obj = self.expr(&s.value);
                let mut out = vec![js::expr_stmt(js::assign(js::id(&o), obj), sp)];
                if let Expr::Slice(sl) = &*s.slice {
                    let parts = self.slice_parts(sl);
                    let names: Vec<String> = (0..3).map(|_| self.temp()).collect();
                    for (n, p) in names.iter().zip(parts) {
                        out.push(js::expr_stmt(js::assign(js::id(n), p), DUMMY_SP));
                    }
                    let get = self.h("getslice");
                    let cur = js::call(get, vec![js::id(&o), js::id(&names[0]), js::id(&names[1]), js::id(&names[2])]);
                    let v = self.expr(&a.value);
                    let f = self.h(op);
                    let set = self.h("setslice");
                    out.push(js::expr_stmt(
                        js::call(
                            set,
                            vec![
                                js::id(&o),
                                js::id(&names[0]),
                                js::id(&names[1]),
                                js::id(&names[2]),
                                js::call(f, vec![cur, v]),
                            ],
                        ),
                        sp,
                    ));
                    return out;
                }
                let k = self.temp();
                let key = self.expr(&s.slice);
                if self.list_index_key(&s.slice) {
                    let key = match key {
                        JsExpr::Lit(_) => key,
                        _ => {
                            out.push(js::expr_stmt(js::assign(js::id(&k), key), DUMMY_SP));
                            js::id(&k)
                        }
                    };
                    let cur = self.list_getitem(js::id(&o), key.clone(), sp);
                    let new = self.aug_value(cur, a);
                    let set = self.list_setitem(js::id(&o), key, new, sp);
                    out.push(js::expr_stmt(set, sp));
                    return out;
                }
                out.push(js::expr_stmt(js::assign(js::id(&k), key), DUMMY_SP));
                let get = self.h("getitem");
                let cur = js::call(get, vec![js::id(&o), js::id(&k)]);
                let new = self.aug_value(cur, a);
                let set = self.h("setitem");
                out.push(js::expr_stmt(js::call(set, vec![js::id(&o), js::id(&k), new]), sp));
                out
            }
            other => {
                self.diag(Diagnostic::invalid_target(span(other.range()), "this expression"));
                vec![]
            }
        }
    }

    /// The new value of `cur op= value`: speculated float arithmetic when it applies, else
    /// the in-place helper.
    pub(super) fn aug_value(&mut self, cur: JsExpr, a: &StmtAugAssign) -> JsExpr {
        if let Some(v) = self.spec_npsub(Some((cur.clone(), a)), &a.value) {
            return v;
        }
        if let Some(v) = self.spec_float(Some((cur.clone(), a.op)), &a.value) {
            return v;
        }
        if let Some(v) = self.spec_int_aug(cur.clone(), a) {
            return v;
        }
        let v = self.expr(&a.value);
        let f = self.h(inplace_helper(a.op));
        js::call(f, vec![cur, v])
    }

    pub(super) fn delete(&mut self, target: &Expr, sp: Span) -> Vec<JsStmt> {
        match target {
            Expr::Name(n) => {
                // `del x` of an unbound x raises; afterwards x reads as unbound.
                let mut out = vec![];
                if self.unbound_checks.contains_key(&crate::parse::start(n.range)) {
                    out.push(js::expr_stmt(self.name_load(n), sp));
                }
                let t = self.name_ref(n.id.as_str());
                let name = n.id.as_str();
                let v = if self.resolve(name) == Resolved::Global
                    && names::is_builtin(name)
                    && names::unsupported_builtin(name).is_none()
                {
                    // A module-level name shadowing a builtin: `del` uncovers the builtin.
                    self.h(name)
                } else if self.is_marked(name)
                    || (self.resolve(name) == Resolved::Global && self.fns[0].marked.contains(name))
                {
                    self.h("UNBOUND")
                } else {
                    js::undefined()
                };
                out.push(js::expr_stmt(js::assign(t, v), sp));
                out
            }
            Expr::Attribute(a) => {
                let obj = self.expr(&a.value);
                let f = self.h("da");
                vec![js::expr_stmt(js::call(f, vec![obj, js::str_lit(a.attr.as_str())]), sp)]
            }
            Expr::Subscript(s) => {
                let obj = self.expr(&s.value);
                if let Expr::Slice(sl) = &*s.slice {
                    let parts = self.slice_parts(sl);
                    let f = self.h("delslice");
                    let mut args = vec![obj];
                    args.extend(parts);
                    return vec![js::expr_stmt(self.call_sp_stmt(f, args, self.span(s.range)), sp)];
                }
                let key = self.expr(&s.slice);
                let f = self.h("delitem");
                let at = self.span(s.range);
                vec![js::expr_stmt(self.call_sp_stmt(f, vec![obj, key], at), sp)]
            }
            Expr::Tuple(t) => t.elts.iter().flat_map(|e| self.delete(e, sp)).collect(),
            Expr::List(l) => l.elts.iter().flat_map(|e| self.delete(e, sp)).collect(),
            other => {
                self.diag(Diagnostic::invalid_target(span(other.range()), "this expression (in del)"));
                vec![]
            }
        }
    }
}
