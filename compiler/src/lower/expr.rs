//! Expressions: one exhaustive dispatch, operators, literals, names, attributes, subscripts.
//!
//! ```python
//! a[i] + b.x * -2.0
//! ```
//! becomes
//! ```js
//! $add($getitem(a, i), $mul($ga(b, "x"), $K0))   // const $K0 = $mkfloat(-2)
//! ```
//! and a tuple of literals is a module constant, tested inline by `in`:
//! ```python
//! c in ("a", "b")
//! ```
//! ```js
//! ((typeof ($t1 = c)) === "string" ? ($t1 === "a" || $t1 === "b") : $contains($K1, $t1))   // const $K1 = $mktuple2("a", "b")
//! ```

use swc_common::Span as JsSpan;
use swc_ecma_ast::{BinaryOp, Expr as JsExpr};

use super::Lowerer;
use crate::diagnostics::Diagnostic;
use crate::js;
use crate::parse::ast::bigint;
use crate::parse::{ast::*, span};
use crate::semantic::Resolved;

impl Lowerer<'_> {
    pub(super) fn expr(&mut self, e: &Expr) -> JsExpr {
        if let Expr::BinOp(b) = e {
            if let Some(v) = fold_int_binop(b) {
                return self.int_literal(&v.to_string());
            }
        }
        if let Some(v) = self.typed_expr(e) {
            return v;
        }
        match e {
            Expr::BoolOp(b) => self.bool_op(b),
            Expr::NamedExpr(n) => {
                if let (Expr::Name(name), true) = (&*n.target, self.is_raw_float_var(&n.target)) {
                    let raw = self.raw_float(&n.value);
                    let target = self.name_ref(name.id.as_str());
                    return self.box_float(js::paren(js::assign(target, raw)));
                }
                let value = self.expr(&n.value);
                let Expr::Name(name) = &*n.target else {
                    self.diag(Diagnostic::invalid_target(span(n.target.range()), "this expression"));
                    return js::null();
                };
                let target = self.name_ref(name.id.as_str());
                js::paren(js::assign(target, value))
            }
            Expr::BinOp(b) => {
                let l = self.expr(&b.left);
                let l = self.tmp_operand(b.op, &b.left, l);
                let r = self.expr(&b.right);
                let r = self.tmp_operand(b.op, &b.right, r);
                let f = self.h(binop_helper(b.op));
                self.call_sp(f, vec![l, r], self.span(b.range))
            }
            Expr::UnaryOp(u) => self.unary_op(u),
            Expr::Lambda(l) => self.lambda(l),
            Expr::IfExp(i) => {
                let test = self.test(&i.test);
                let a = self.expr(&i.body);
                let b = self.expr(&i.orelse);
                js::cond(test, a, b)
            }
            Expr::Dict(d) => self.dict_display(d),
            Expr::Set(s) => {
                let items = self.elements_of(&s.elts, "arr");
                // CPython builds an all-constant display of 3+ items as a frozenset first,
                // which changes the iteration order of the result.
                let constant = s.elts.len() > 2 && s.elts.iter().all(folded_constant);
                let f = self.h(if constant { "mkset_const" } else { "mkset" });
                js::call(f, vec![items])
            }
            Expr::ListComp(c) => self.list_comp(c),
            Expr::SetComp(c) => self.set_comp(c),
            Expr::DictComp(c) => self.dict_comp(c),
            Expr::GeneratorExp(c) => self.generator_exp(c),
            Expr::Await(a) => {
                let v = self.expr(&a.value);
                self.fctx().saw_await = true;
                let f = self.h("aw");
                let unbox = self.h("unbox");
                js::call(unbox, vec![js::await_expr(js::call(f, vec![v]))])
            }
            Expr::Yield(y) => {
                let v = y.value.as_ref().map(|v| self.expr(v)).unwrap_or_else(js::null);
                // A JS async generator awaits what it yields: `$awbox` keeps a thenable as it is
                // (`$aforin` takes it out of its box).
                let v = if self.fns.last().is_some_and(|f| f.is_async)
                    && !matches!(y.value.as_deref(), None | Some(Expr::Constant(_)))
                {
                    js::call(self.h("awbox"), vec![v])
                } else {
                    v
                };
                js::yield_expr(Some(v), false)
            }
            Expr::YieldFrom(y) => {
                let v = self.expr(&y.value);
                let f = self.h("yield_from_iter");
                js::yield_expr(Some(js::call(f, vec![v])), true)
            }
            Expr::Compare(c) => self.compare_value(c),
            Expr::Call(c) => self.call(c),
            Expr::FormattedValue(f) => self.formatted_value(f),
            Expr::JoinedStr(j) => self.joined_str(j),
            Expr::Constant(c) => self.constant(&c.value, c.range),
            Expr::Attribute(a) => self.attribute(a),
            Expr::Subscript(s) => self.subscript(s),
            Expr::Starred(s) => {
                self.diag(Diagnostic::misplaced(span(s.range), "can't use starred expression here"));
                js::null()
            }
            Expr::Name(n) => self.name_load(n),
            Expr::List(l) => self.elements(&l.elts),
            Expr::Tuple(t) => self.tuple_display(&t.elts),
            Expr::Slice(s) => {
                let parts = self.slice_parts(s);
                let f = self.h("slice");
                js::call(f, parts.to_vec())
            }
        }
    }

    /// An expression used as a condition: a JS boolean.
    pub(super) fn test(&mut self, e: &Expr) -> JsExpr {
        match e {
            Expr::BoolOp(b) => {
                let op = if b.op == BoolOp::And { BinaryOp::LogicalAnd } else { BinaryOp::LogicalOr };
                let mut parts = b.values.iter().map(|v| self.test(v)).collect::<Vec<_>>().into_iter();
                let first = parts.next().unwrap();
                parts.fold(first, |acc, p| js::bin(op, acc, p))
            }
            Expr::UnaryOp(u) if u.op == UnaryOp::Not => {
                let inner = self.test(&u.operand);
                js::not(inner)
            }
            Expr::Compare(c) => self.compare(c),
            Expr::Constant(ExprConstant { value: Constant::Bool(b), .. }) => js::bool_lit(*b),
            _ => {
                if let Some(t) = self.typed_test(e) {
                    return t;
                }
                let v = self.expr(e);
                let f = self.h("truthy");
                js::call(f, vec![v])
            }
        }
    }

    fn bool_op(&mut self, b: &ExprBoolOp) -> JsExpr {
        let t = self.temp();
        let values: Vec<JsExpr> = b.values.iter().map(|v| self.expr(v)).collect();
        let mut iter = values.into_iter().rev();
        let mut acc = iter.next().unwrap();
        for v in iter {
            let truthy = self.h("truthy");
            let test = js::call(truthy, vec![js::id(&t)]);
            let chosen =
                if b.op == BoolOp::And { js::cond(test, acc, js::id(&t)) } else { js::cond(test, js::id(&t), acc) };
            acc = js::seq(vec![js::assign(js::id(&t), v), chosen]);
        }
        acc
    }

    fn unary_op(&mut self, u: &ExprUnaryOp) -> JsExpr {
        // Fold negative literals so `-1` stays a plain number.
        if u.op == UnaryOp::USub {
            if let Expr::BinOp(b) = &*u.operand {
                if let Some(v) = fold_int_binop(b) {
                    return self.int_literal(&(-v).to_string());
                }
            }
            if let Expr::Constant(c) = &*u.operand {
                match &c.value {
                    Constant::Int(i) => {
                        let neg = -i.clone();
                        return self.int_literal(&neg.to_string());
                    }
                    Constant::Float(f) => return self.float_literal(-f),
                    _ => {}
                }
            }
        }
        match u.op {
            UnaryOp::Not => {
                let t = self.test(&u.operand);
                js::not(t)
            }
            UnaryOp::USub | UnaryOp::UAdd | UnaryOp::Invert => {
                let v = self.expr(&u.operand);
                let name = match u.op {
                    UnaryOp::USub => "neg",
                    UnaryOp::UAdd => "pos",
                    _ => "invert",
                };
                let f = self.h(name);
                js::call(f, vec![v])
            }
        }
    }

    /// A comparison whose result is a value (not a condition): a single rich comparison keeps
    /// what `__eq__`/`__lt__`/... return (`x = a < b` on NumPy arrays is an array).
    /// `__name__ == "__main__"` (or `!=`, either side) when the program never binds `__name__`:
    /// it is then always the str the module set, so JS `===` is exact and needs no `$eq`.
    fn module_name_compare(&mut self, c: &ExprCompare) -> Option<JsExpr> {
        let [op @ (CmpOp::Eq | CmpOp::NotEq)] = c.ops.as_slice() else { return None };
        let is_name = |e: &Expr| matches!(e, Expr::Name(n) if n.id.as_str() == "__name__");
        let is_str = |e: &Expr| matches!(e, Expr::Constant(ExprConstant { value: Constant::Str(_), .. }));
        let (l, r) = (&c.left, &c.comparators[0]);
        let ok = (is_name(l) && is_str(r)) || (is_str(l) && is_name(r));
        if !ok || self.resolve("__name__") != Resolved::Undefined {
            return None;
        }
        let (l, r) = (self.expr(l), self.expr(r));
        Some(js::bin(if *op == CmpOp::Eq { BinaryOp::EqEqEq } else { BinaryOp::NotEqEq }, l, r))
    }

    fn compare_value(&mut self, c: &ExprCompare) -> JsExpr {
        if let Some(v) = self.module_name_compare(c) {
            return v;
        }
        // Typed operands (numbers, str, bool) cannot compare richly: the plain JS comparison.
        if let Some(v) = self.typed_compare(c) {
            return v;
        }
        if c.ops.len() == 1 {
            let helper = match c.ops[0] {
                CmpOp::Eq => "eq_v",
                CmpOp::NotEq => "ne_v",
                CmpOp::Lt => "lt_v",
                CmpOp::LtE => "le_v",
                CmpOp::Gt => "gt_v",
                CmpOp::GtE => "ge_v",
                _ => return self.compare(c),
            };
            let is_literal = |e: &Expr| matches!(e, Expr::Constant(_));
            // Comparisons with a literal on both sides cannot be rich.
            if !(is_literal(&c.left) && is_literal(&c.comparators[0])) {
                let l = self.expr(&c.left);
                let r = self.expr(&c.comparators[0]);
                let f = self.h(helper);
                return self.call_sp(f, vec![l, r], self.span(c.range));
            }
        }
        if c.ops.len() > 1 {
            return self.chain_value(c);
        }
        self.compare(c)
    }

    /// A chained comparison used as a value is the first falsy link's result, else the last's,
    /// each kept as its `__lt__`/... returned it (`0 < np.float64(x) < 1` is `np.True_`):
    /// `a < b < c`  =>  `($r = $lt_v(a, $t = b), $truthy($r) ? $lt_v($t, c) : $r)`
    fn chain_value(&mut self, c: &ExprCompare) -> JsExpr {
        let n = c.ops.len();
        let mut links = vec![];
        let mut left = self.expr(&c.left);
        for (i, (op, right)) in c.ops.iter().zip(&c.comparators).enumerate() {
            let helper = match op {
                CmpOp::Eq => Some("eq_v"),
                CmpOp::NotEq => Some("ne_v"),
                CmpOp::Lt => Some("lt_v"),
                CmpOp::LtE => Some("le_v"),
                CmpOp::Gt => Some("gt_v"),
                CmpOp::GtE => Some("ge_v"),
                _ => None,
            };
            if i + 1 == n && helper.is_none() {
                links.push(self.compare_one(*op, left, right, self.span(c.range)));
                break;
            }
            let mut r = self.expr(right);
            let mut next = None;
            if i + 1 < n {
                let t = self.temp();
                r = js::paren(js::assign(js::id(&t), r));
                next = Some(js::id(&t));
            }
            let link = match helper {
                Some(h) => {
                    let f = self.h(h);
                    self.call_sp(f, vec![left, r], self.span(c.range))
                }
                None => self.compare_exprs(*op, left, r, self.span(c.range)),
            };
            links.push(link);
            match next {
                Some(t) => left = t,
                None => break,
            }
        }
        let res = self.temp();
        let mut iter = links.into_iter().rev();
        let Some(mut acc) = iter.next() else { return js::bool_lit(true) };
        for link in iter {
            let truthy = self.h("truthy");
            let test = js::call(truthy, vec![js::id(&res)]);
            acc = js::seq(vec![js::assign(js::id(&res), link), js::cond(test, acc, js::id(&res))]);
        }
        acc
    }

    fn compare(&mut self, c: &ExprCompare) -> JsExpr {
        if let Some(v) = self.module_name_compare(c) {
            return v;
        }
        if let Some(v) = self.typed_compare(c) {
            return v;
        }
        if c.ops.len() == 1 {
            let l = self.expr(&c.left);
            return self.compare_one(c.ops[0], l, &c.comparators[0], self.span(c.range));
        }
        // a < b < c  =>  ($t = b, $lt(a, $t) && $lt($t, c))
        let mut parts = vec![];
        let mut left = self.expr(&c.left);
        for (i, (op, right)) in c.ops.iter().zip(&c.comparators).enumerate() {
            if i + 1 < c.ops.len() {
                let t = self.temp();
                let r = self.expr(right);
                let cmp = self.compare_exprs(*op, left, js::paren(js::assign(js::id(&t), r)), self.span(c.range));
                parts.push(cmp);
                left = js::id(&t);
            } else {
                let cmp = self.compare_one(*op, left, right, self.span(c.range));
                parts.push(cmp);
                break;
            }
        }
        let mut iter = parts.into_iter();
        let first = iter.next().unwrap();
        iter.fold(first, |acc, p| js::bin(BinaryOp::LogicalAnd, acc, p))
    }

    fn compare_one(&mut self, op: CmpOp, left: JsExpr, right: &Expr, sp: JsSpan) -> JsExpr {
        let is_none = matches!(right, Expr::Constant(ExprConstant { value: Constant::None, .. }));
        // An integral float literal compares exactly like the equal int, which needs no box.
        if let (
            Expr::Constant(ExprConstant { value: Constant::Float(f), .. }),
            CmpOp::Eq | CmpOp::NotEq | CmpOp::Lt | CmpOp::LtE | CmpOp::Gt | CmpOp::GtE,
        ) = (right, op)
        {
            if f.fract() == 0.0 && f.abs() < 9007199254740992.0 {
                return self.compare_exprs(op, left, js::num(*f + 0.0), sp);
            }
        }
        if let (CmpOp::In | CmpOp::NotIn, Expr::Tuple(t)) = (op, right) {
            if let Some(v) = self.in_const_tuple(op, left.clone(), &t.elts, sp) {
                return v;
            }
        }
        match op {
            CmpOp::Is if is_none => js::bin(BinaryOp::EqEq, left, js::null()),
            CmpOp::IsNot if is_none => js::bin(BinaryOp::NotEq, left, js::null()),
            _ => {
                let r = self.expr(right);
                self.compare_exprs(op, left, r, sp)
            }
        }
    }

    /// `x in ("a", "b")` (all strs) or `x in (1, 2)` (all ints below 2**53): a str (a number)
    /// `x` is compared with `===`, which is Python's equality between such values; any other `x`
    /// (a str subclass, an int past 2**53, an object with `__eq__`) takes `$contains` on the
    /// tuple constant.
    fn in_const_tuple(&mut self, op: CmpOp, left: JsExpr, elts: &[Expr], sp: JsSpan) -> Option<JsExpr> {
        if elts.is_empty() || elts.len() > 8 {
            return None;
        }
        let mut strs = vec![];
        let mut nums = vec![];
        for e in elts {
            match e {
                Expr::Constant(ExprConstant { value: Constant::Str(s), .. }) => strs.push(js::str_lit(s)),
                Expr::Constant(ExprConstant { value: Constant::Int(i), .. }) => {
                    let v: i64 = i.to_string().parse().ok()?;
                    if v.unsigned_abs() >= 1u64 << 53 {
                        return None;
                    }
                    nums.push(js::num(v as f64));
                }
                _ => return None,
            }
        }
        let (kind, items) = match (strs.is_empty(), nums.is_empty()) {
            (false, true) => ("string", strs),
            (true, false) => ("number", nums),
            _ => return None,
        };
        let t = self.temp();
        let tuple = self.tuple_display(elts);
        let f = self.h("contains");
        let slow = self.call_sp(f, vec![tuple, js::id(&t)], sp);
        let fast = items
            .into_iter()
            .map(|v| js::bin(BinaryOp::EqEqEq, js::id(&t), v))
            .reduce(|a, b| js::bin(BinaryOp::LogicalOr, a, b))
            .unwrap();
        let test = js::bin(
            BinaryOp::EqEqEq,
            js::unary(swc_ecma_ast::UnaryOp::TypeOf, js::paren(js::assign(js::id(&t), left))),
            js::str_lit(kind),
        );
        let v = js::paren(js::cond(test, js::paren(fast), slow));
        Some(if op == CmpOp::NotIn { js::not(v) } else { v })
    }

    /// `sp`: the comparison's span, for the traceback of an error it raises.
    fn compare_exprs(&mut self, op: CmpOp, l: JsExpr, r: JsExpr, sp: JsSpan) -> JsExpr {
        let helper = match op {
            CmpOp::Eq => "eq",
            CmpOp::NotEq => "ne",
            CmpOp::Lt => "lt",
            CmpOp::LtE => "le",
            CmpOp::Gt => "gt",
            CmpOp::GtE => "ge",
            CmpOp::Is => return js::bin(BinaryOp::EqEqEq, l, r),
            CmpOp::IsNot => return js::bin(BinaryOp::NotEqEq, l, r),
            CmpOp::In | CmpOp::NotIn => {
                // `$contains(container, item)` takes the operands the other way round: when both
                // may have effects, the item is evaluated first into a temporary, as in Python.
                let simple = |e: &JsExpr| matches!(e, JsExpr::Ident(_) | JsExpr::Lit(_));
                let (first, l) = if simple(&l) || simple(&r) {
                    (None, l)
                } else {
                    let t = self.temp();
                    (Some(js::assign(js::id(&t), l)), js::id(&t))
                };
                let f = self.h("contains");
                let mut v = self.call_sp(f, vec![r, l], sp);
                if op == CmpOp::NotIn {
                    v = js::not(v);
                }
                return match first {
                    Some(a) => js::paren(js::seq(vec![a, v])),
                    None => v,
                };
            }
        };
        let f = self.h(helper);
        self.call_sp(f, vec![l, r], sp)
    }

    pub(super) fn constant(&mut self, c: &Constant, range: crate::parse::Range) -> JsExpr {
        match c {
            Constant::None => js::null(),
            Constant::Bool(b) => js::bool_lit(*b),
            Constant::Str(s) if s.contains('\u{FFFD}') => {
                let src = self.source_text(range);
                super::strlit::surrogate_str_lit(s, &src).unwrap_or_else(|| js::str_lit(s))
            }
            Constant::Str(s) => js::str_lit(s),
            Constant::Int(i) => self.int_literal(&i.to_string()),
            Constant::Float(f) => self.float_literal(*f),
            Constant::Ellipsis => self.h("Ellipsis"),
            Constant::Tuple(items) => {
                let parts: Vec<JsExpr> = items.iter().map(|c| self.constant(c, range)).collect();
                let f = self.h("mktuple");
                js::call(f, parts)
            }
            Constant::Bytes(b) => {
                // One object per distinct literal, as a latin-1 string of its bytes.
                let text: String = b.iter().map(|&c| c as char).collect();
                let key = format!("bytes:{text}");
                self.hoist_const(key, |l| {
                    let f = l.h("bytes_lit");
                    js::call(f, vec![js::str_lit(&text)])
                })
            }
            Constant::Complex { real, imag } => {
                // One object per distinct literal (complex numbers are immutable).
                let (re, im) = (*real, *imag);
                self.hoist_const(format!("complex:{re:?}:{im:?}"), |l| {
                    let f = l.h("complex_lit");
                    js::call(f, vec![js::num(re), js::num(im)])
                })
            }
        }
    }

    pub(super) fn int_literal(&mut self, digits: &str) -> JsExpr {
        match digits.parse::<i64>() {
            Ok(v) if v.unsigned_abs() <= (1u64 << 53) - 1 => js::num(v as f64),
            _ => {
                let key = format!("int:{digits}");
                let digits = digits.to_string();
                self.hoist_const(key, |l| {
                    let f = l.h("bigint_lit");
                    js::call(f, vec![js::str_lit(&digits)])
                })
            }
        }
    }

    pub(super) fn float_literal(&mut self, v: f64) -> JsExpr {
        if v.is_finite() && v.fract() != 0.0 {
            return js::num(v);
        }
        let key = format!("float:{:?}", v.to_bits());
        self.hoist_const(key, |l| {
            let f = l.h("mkfloat");
            let n = if v.is_infinite() {
                let inf = js::id("Infinity");
                if v < 0.0 {
                    js::unary(swc_ecma_ast::UnaryOp::Minus, inf)
                } else {
                    inf
                }
            } else if v.is_nan() {
                js::id("NaN")
            } else {
                js::num(v)
            };
            js::call(f, vec![n])
        })
    }

    /// `np.random.noncentral_f`: a name a NumPy submodule's shim does not export is the same
    /// compile-time error as `np.X` (`numpy.random.noncentral_f is not supported by pyjs`); also for
    /// calls (`np.random.noncentral_f(3, 20, 3.0)`), which `call.rs` lowers as method calls.
    pub(super) fn check_np_submodule_attr(&mut self, a: &ExprAttribute) {
        let attr = a.attr.as_str();
        if let Expr::Attribute(inner) = &*a.value {
            if let Expr::Name(n) = &*inner.value {
                if self.is_module_expr(&inner.value) {
                    if let Some(m) = self.module_names.get(n.id.as_str()).cloned() {
                        let sub = format!("{m}.{}", inner.attr.as_str());
                        if m == "numpy"
                            && crate::runtime::shim_for(&sub).is_some_and(|s| crate::runtime::shim_for(&m) != Some(s))
                        {
                            if let Some(d) = self.check_shim_attr(&sub, attr, a.range) {
                                self.diag(d);
                            }
                        }
                    }
                }
            }
        }
    }

    fn attribute(&mut self, a: &ExprAttribute) -> JsExpr {
        let attr = a.attr.as_str();
        self.check_np_submodule_attr(a);
        if self.is_module_expr(&a.value) {
            if let Expr::Name(n) = &*a.value {
                if let Some(m) = self.module_names.get(n.id.as_str()).cloned() {
                    if let Some(d) = self.check_shim_attr(&m, attr, a.range) {
                        self.diag(d);
                    } else if self.shim_lacks_attr(&m, attr) {
                        // `math.sqroot`: CPython's AttributeError at run time.
                        let obj = self.expr(&a.value);
                        let f = self.h("ga");
                        return self.call_sp(f, vec![obj, js::str_lit(attr)], self.span(a.range));
                    } else if crate::runtime::shim_for(&m).is_none() {
                        // A compiled module: a missing attribute raises AttributeError, and one
                        // set from outside (`m.new = 1`) lives in its `$pyjs_extra`.
                        let obj = self.expr(&a.value);
                        let f = self.h("gmod");
                        let slow = self.call_sp(f, vec![obj.clone(), js::str_lit(attr)], self.span(a.range));
                        return js::paren(js::bin(BinaryOp::NullishCoalescing, js::member(obj, attr), slow));
                    }
                }
            }
            // Module namespaces export Python names as they are.
            let obj = self.expr(&a.value);
            return js::member(obj, attr);
        }
        let obj = self.expr(&a.value);
        if matches!(attr, "__name__" | "__qualname__" | "__bases__" | "__mro__") {
            // Attributes of types that their instances do not see.
            let f = self.h("ga_type");
            return self.call_sp(f, vec![obj, js::str_lit(attr)], self.span(a.range));
        }
        if crate::names::mangle_attr(attr) == attr {
            return self.inline_get(obj, attr, self.span(a.range));
        }
        let f = self.h("ga");
        self.call_sp(f, vec![obj, js::str_lit(attr)], self.span(a.range))
    }

    /// `o.x` for a name JS gives no meaning, read inline from ordinary instances (the read maps
    /// to the Python attribute, the position of a property getter's caller):
    /// `(typeof ($o = o) === "object" && $o !== null && $o.$plain === true &&
    ///   typeof ($v = $o.x) !== "function" && $v !== undefined) ? $v : $gaf($o, "x", $v)`
    pub(super) fn inline_get(&mut self, obj: JsExpr, attr: &str, sp: swc_common::Span) -> JsExpr {
        let (o, v) = self.attr_temps();
        let (first, o_ref) = match obj {
            JsExpr::Ident(_) => (obj.clone(), obj),
            other => (js::paren(js::assign(js::id(&o), other)), js::id(&o)),
        };
        let test = [
            js::bin(BinaryOp::EqEqEq, js::unary(swc_ecma_ast::UnaryOp::TypeOf, first), js::str_lit("object")),
            js::bin(BinaryOp::NotEqEq, o_ref.clone(), js::null()),
            js::bin(BinaryOp::EqEqEq, js::member(o_ref.clone(), "$plain"), js::bool_lit(true)),
            js::bin(
                BinaryOp::NotEqEq,
                js::unary(
                    swc_ecma_ast::UnaryOp::TypeOf,
                    js::paren(js::assign(js::id(&v), js::member_sp(o_ref.clone(), attr, sp))),
                ),
                js::str_lit("function"),
            ),
            js::bin(BinaryOp::NotEqEq, js::id(&v), js::undefined()),
        ]
        .into_iter()
        .reduce(|a, b| js::bin(BinaryOp::LogicalAnd, a, b))
        .unwrap();
        let f = self.h("gaf");
        let slow = self.call_sp(f, vec![o_ref, js::str_lit(attr), js::id(&v)], sp);
        js::paren(js::cond(test, js::id(&v), slow))
    }

    fn subscript(&mut self, s: &ExprSubscript) -> JsExpr {
        let obj = self.expr(&s.value);
        if let Expr::Slice(sl) = &*s.slice {
            let parts = self.slice_parts(sl);
            let f = self.h("getslice");
            let mut args = vec![obj];
            args.extend(parts);
            return self.call_sp(f, args, self.span(s.range));
        }
        let key = self.expr(&s.slice);
        if self.list_index_key(&s.slice) {
            let sp = self.span(s.range);
            return self.list_getitem(obj, key, sp);
        }
        let f = self.h("getitem");
        self.call_sp(f, vec![obj, key], self.span(s.range))
    }

    pub(super) fn slice_parts(&mut self, s: &ExprSlice) -> [JsExpr; 3] {
        let mut part = |e: &Option<Box<Expr>>| e.as_ref().map(|e| self.expr(e)).unwrap_or_else(js::null);
        [part(&s.lower), part(&s.upper), part(&s.step)]
    }

    /// A JS array of the elements of a list display, spreading starred items.
    pub(super) fn elements(&mut self, elts: &[Expr]) -> JsExpr {
        self.elements_of(elts, "star_arr")
    }

    /// `elements` with `spread` the helper that turns a starred item into an array (`$star_arr`
    /// for list and tuple displays, whose error says "Value after * must be an iterable";
    /// `$arr` for sets and class bases).
    pub(super) fn elements_of(&mut self, elts: &[Expr], spread: &str) -> JsExpr {
        if !elts.iter().any(|e| matches!(e, Expr::Starred(_))) {
            let items = elts.iter().map(|e| self.expr(e)).collect();
            return js::array(items);
        }
        let mut items = vec![];
        for e in elts {
            if let Expr::Starred(s) = e {
                let v = self.expr(&s.value);
                let f = self.h(spread);
                items.push(js::spread(js::call(f, vec![v])));
            } else {
                items.push(js::arg(self.expr(e)));
            }
        }
        js::array_spread(items)
    }

    fn tuple_display(&mut self, elts: &[Expr]) -> JsExpr {
        if elts.iter().any(|e| matches!(e, Expr::Starred(_))) {
            let arr = self.elements(elts);
            let f = self.h("tuple_of");
            return js::call(f, vec![arr]);
        }
        // A tuple of constants is one object, made once, as CPython's compiler makes it a
        // constant of the code object (equal ones in a module are merged: `f() is f()` holds
        // for `def f(): return (1, 2)`), and `c in ("a", "b")` allocates nothing.
        if let Some(key) = tuple_const_key(elts) {
            let elts = elts.to_vec();
            return self.hoist_const(format!("tuple:{key}"), |l| {
                let items: Vec<JsExpr> = elts.iter().map(|e| l.expr(e)).collect();
                let f = l.h(if items.len() == 2 { "mktuple2" } else { "mktuple" });
                js::call(f, items)
            });
        }
        let items: Vec<JsExpr> = elts.iter().map(|e| self.expr(e)).collect();
        // Pairs (the commonest tuples: dict items, keys, yields of two values) use a
        // fixed-arity helper.
        let f = self.h(if items.len() == 2 { "mktuple2" } else { "mktuple" });
        js::call(f, items)
    }

    fn dict_display(&mut self, d: &ExprDict) -> JsExpr {
        // $mkdict([k1, v1, k2, v2]); `**m` entries merge in order with $dict_update.
        let mut segments: Vec<JsExpr> = vec![];
        let mut flat = vec![];
        for (k, v) in d.keys.iter().zip(&d.values) {
            match k {
                Some(k) => {
                    flat.push(self.expr(k));
                    flat.push(self.expr(v));
                }
                None => {
                    let mk = self.h("mkdict");
                    segments.push(js::call(mk, vec![js::array(std::mem::take(&mut flat))]));
                    let m = self.expr(v);
                    segments.push(m);
                }
            }
        }
        let mk = self.h("mkdict");
        let last = js::call(mk, vec![js::array(flat)]);
        if segments.is_empty() {
            return last;
        }
        segments.push(last);
        let f = self.h("dict_merge");
        js::call(f, segments)
    }

    /// `$tmp(v)` for an operand of `+ - * / @` that is itself the value of one of them (of a
    /// type not known to be a number or str): a temporary nothing else references, which the
    /// runtime may reuse for the result (NumPy arrays; see `tmp` in rt/num.mjs).
    pub(super) fn tmp_operand(&mut self, outer: Operator, operand: &Expr, v: JsExpr) -> JsExpr {
        let is_tmp_op = |op: Operator| {
            matches!(op, Operator::Add | Operator::Sub | Operator::Mult | Operator::Div | Operator::MatMult)
        };
        if is_tmp_op(outer) && self.is_tmp_value(operand) {
            let f = self.h("tmp");
            return js::call(f, vec![v]);
        }
        v
    }

    /// Whether `e`'s value is a new object nothing else references when it is an array: the
    /// value of `+ - * / @` (type not known to be a number or str), of a NumPy ufunc call or of
    /// a NumPy function returning a new array (`np.eye(n)`, `np.linalg.inv(a)`: owned.rs
    /// `numpy_fresh_call`).
    pub(super) fn is_tmp_value(&self, e: &Expr) -> bool {
        match e {
            Expr::BinOp(inner) => {
                matches!(inner.op, Operator::Add | Operator::Sub | Operator::Mult | Operator::Div | Operator::MatMult)
                    && matches!(self.ty(e), crate::infer::Ty::Unknown | crate::infer::Ty::Bottom)
            }
            Expr::Call(c) => self.numpy_ufunc_call(c) || self.numpy_fresh_call(c),
            _ => false,
        }
    }

    /// `np.sqrt(x)`, `np.maximum(x, y)`, ...: a call with plain positional arguments of a
    /// ufunc of the `numpy` shim (`export const NAME = ufunc1(`/`ufunc2(` in numpy.mjs; module
    /// attributes are read-only, so the name cannot be rebound).
    pub(super) fn numpy_ufunc_call(&self, c: &ExprCall) -> bool {
        let Expr::Attribute(a) = &*c.func else { return false };
        let Expr::Name(n) = &*a.value else { return false };
        if !c.keywords.is_empty()
            || c.args.iter().any(|x| matches!(x, Expr::Starred(_)))
            || !self.is_module_expr(&a.value)
        {
            return false;
        }
        if self.module_names.get(n.id.as_str()).map(String::as_str) != Some("numpy") {
            return false;
        }
        Self::numpy_ufunc_attr(a.attr.as_str())
    }

    /// `np.max(x)`, `np.sum(x)`, ...: a whole-array reduction of the numpy shim with plain
    /// positional arguments, which pools the data of a dead temporary argument (`$tmp`).
    pub(super) fn numpy_reduction_call(&self, c: &ExprCall) -> bool {
        let Expr::Attribute(a) = &*c.func else { return false };
        let Expr::Name(n) = &*a.value else { return false };
        c.keywords.is_empty()
            && !c.args.iter().any(|x| matches!(x, Expr::Starred(_)))
            && self.is_module_expr(&a.value)
            && self.module_names.get(n.id.as_str()).map(String::as_str) == Some("numpy")
            && matches!(a.attr.as_str(), "sum" | "prod" | "mean" | "any" | "all" | "min" | "max" | "amin" | "amax")
    }

    /// Whether `numpy.<attr>` is a ufunc of the numpy shim.
    pub(super) fn numpy_ufunc_attr(attr: &str) -> bool {
        // The numpy shim's text, read once per process (this runs per `np.f(...)` call).
        static NUMPY_TEXT: std::sync::OnceLock<String> = std::sync::OnceLock::new();
        let text = NUMPY_TEXT.get_or_init(|| {
            crate::runtime::shim_for("numpy")
                .and_then(|shim| crate::runtime::file(&shim))
                .map(|t| String::from_utf8_lossy(t).into_owned())
                .unwrap_or_default()
        });
        let is_ufunc =
            |name: &str| ["ufunc1(", "ufunc2("].iter().any(|k| text.contains(&format!("export const {name} = {k}")));
        if is_ufunc(attr) {
            return true;
        }
        // `export const abs = absolute;`
        let alias = format!("export const {attr} = ");
        text.find(&alias).is_some_and(|i| {
            let rest = &text[i + alias.len()..];
            let end = rest.find(';').unwrap_or(0);
            let other = &rest[..end];
            !other.is_empty() && other.chars().all(|ch| ch.is_ascii_alphanumeric() || ch == '_') && is_ufunc(other)
        })
    }

    pub(super) fn resolves_to_builtin(&self, e: &Expr, name: &str) -> bool {
        matches!(e, Expr::Name(n) if n.id.as_str() == name && self.resolve(name) == Resolved::Builtin)
    }
}

pub(super) fn binop_helper(op: Operator) -> &'static str {
    match op {
        Operator::Add => "add",
        Operator::Sub => "sub",
        Operator::Mult => "mul",
        Operator::MatMult => "matmul",
        Operator::Div => "truediv",
        Operator::Mod => "mod",
        Operator::Pow => "pow",
        Operator::LShift => "lshift",
        Operator::RShift => "rshift",
        Operator::BitOr => "bitor",
        Operator::BitXor => "bitxor",
        Operator::BitAnd => "bitand",
        Operator::FloorDiv => "floordiv",
    }
}

pub(super) fn inplace_helper(op: Operator) -> &'static str {
    match op {
        Operator::Add => "iadd",
        Operator::Sub => "isub",
        Operator::Mult => "imul",
        Operator::MatMult => "imatmul",
        Operator::Div => "itruediv",
        Operator::Mod => "imod",
        Operator::Pow => "ipow",
        Operator::LShift => "ilshift",
        Operator::RShift => "irshift",
        Operator::BitOr => "ibitor",
        Operator::BitXor => "ibitxor",
        Operator::BitAnd => "ibitand",
        Operator::FloorDiv => "ifloordiv",
    }
}

/// The identity of a tuple display of literals (a constant in CPython's code object), or None.
/// Types are part of the key (`(1,)`, `(1.0,)` and `(True,)` are different constants).
fn tuple_const_key(elts: &[Expr]) -> Option<String> {
    let mut out = String::from("(");
    for e in elts {
        match e {
            Expr::Constant(c) => const_key(&c.value, &mut out)?,
            Expr::Tuple(t) => out.push_str(&tuple_const_key(&t.elts)?),
            // `-1`, `-2.5`: folded to constants too.
            Expr::UnaryOp(u) if matches!(u.op, UnaryOp::USub | UnaryOp::UAdd) => match &*u.operand {
                // Keyed as the folded value, so `(-1,)` and `(-1,)` are one constant.
                Expr::Constant(ExprConstant { value: Constant::Int(i), .. }) => {
                    let digits = i.to_string();
                    if u.op == UnaryOp::USub && digits != "0" {
                        out.push_str(&format!("i-{digits}"));
                    } else {
                        out.push_str(&format!("i{digits}"));
                    }
                }
                Expr::Constant(ExprConstant { value: Constant::Float(f), .. }) => {
                    let v = if u.op == UnaryOp::USub { -*f } else { *f };
                    out.push_str(&format!("f{}", v.to_bits()));
                }
                _ => return None,
            },
            _ => return None,
        }
        out.push(',');
    }
    out.push(')');
    Some(out)
}

fn const_key(c: &Constant, out: &mut String) -> Option<()> {
    use std::fmt::Write;
    match c {
        Constant::None => out.push('N'),
        Constant::Bool(b) => out.push_str(if *b { "T" } else { "F" }),
        Constant::Str(s) => write!(out, "s{s:?}").ok()?,
        Constant::Int(i) => write!(out, "i{i}").ok()?, // (a literal has no sign)
        Constant::Float(f) => write!(out, "f{}", f.to_bits()).ok()?,
        Constant::Ellipsis => out.push('E'),
        Constant::Bytes(b) => write!(out, "y{b:?}").ok()?,
        Constant::Complex { real, imag } => write!(out, "c{}:{}", real.to_bits(), imag.to_bits()).ok()?,
        Constant::Tuple(items) => {
            out.push('(');
            for c in items {
                const_key(c, out)?;
                out.push(',');
            }
            out.push(')');
        }
    }
    Some(())
}

/// Whether CPython's AST optimizer folds `e` to a constant: a literal, a sign or `~` of a number
/// literal, `not` of a literal, a tuple of such.
fn folded_constant(e: &Expr) -> bool {
    match e {
        Expr::Constant(_) => true,
        Expr::UnaryOp(u) => match (&u.op, &*u.operand) {
            (UnaryOp::Not, Expr::Constant(_)) => true,
            (UnaryOp::USub | UnaryOp::UAdd, Expr::Constant(c)) => {
                matches!(c.value, Constant::Int(_) | Constant::Float(_) | Constant::Complex { .. } | Constant::Bool(_))
            }
            (UnaryOp::Invert, Expr::Constant(c)) => matches!(c.value, Constant::Int(_) | Constant::Bool(_)),
            _ => false,
        },
        Expr::Tuple(t) => t.elts.iter().all(folded_constant),
        // `2**40`, `1 << 60`: CPython's AST optimizer folds these into constants too.
        Expr::BinOp(b) => fold_int_binop(b).is_some(),
        _ => false,
    }
}

/// The value of an int expression made only of int literals and the operators below, as
/// CPython's AST optimizer folds it (`1 << 60`, `10**9 + 7`, `2**31 - 1`), or None. Only
/// operations that cannot raise and stay small are folded; the rest run as written.
pub(super) fn fold_int_binop(b: &ExprBinOp) -> Option<bigint::BigInt> {
    let l = fold_int(&b.left)?;
    let r = fold_int(&b.right)?;
    let zero = bigint::BigInt::from(0);
    // Operands and results stay below 4096 bits (CPython's optimizer also limits sizes).
    const MAX_BITS: u64 = 4096;
    let v = match b.op {
        Operator::Add => l + r,
        Operator::Sub => l - r,
        Operator::Mult => {
            if l.bits() + r.bits() > MAX_BITS {
                return None;
            }
            l * r
        }
        Operator::LShift => {
            let k = u64::try_from(&r).ok()?;
            if r < zero || l.bits() + k > MAX_BITS {
                return None;
            }
            l << (k as usize)
        }
        Operator::RShift => {
            let k = u64::try_from(&r).ok()?;
            if l < zero || k > MAX_BITS {
                return None;
            }
            l >> (k as usize)
        }
        Operator::Pow => {
            let k = u32::try_from(&r).ok()?;
            if l.bits().saturating_mul(k as u64) > MAX_BITS {
                return None;
            }
            l.pow(k)
        }
        Operator::FloorDiv | Operator::Mod => {
            if r == zero {
                return None;
            }
            let (mut q, mut m) = (&l / &r, &l % &r);
            if m != zero && ((m < zero) != (r < zero)) {
                q -= 1;
                m += &r;
            }
            if b.op == Operator::FloorDiv {
                q
            } else {
                m
            }
        }
        Operator::BitAnd | Operator::BitOr | Operator::BitXor => {
            if l < zero || r < zero {
                return None;
            }
            match b.op {
                Operator::BitAnd => l & r,
                Operator::BitOr => l | r,
                _ => l ^ r,
            }
        }
        Operator::Div | Operator::MatMult => return None,
    };
    (v.bits() <= MAX_BITS).then_some(v)
}

fn fold_int(e: &Expr) -> Option<bigint::BigInt> {
    match e {
        Expr::Constant(ExprConstant { value: Constant::Int(i), .. }) => (i.bits() <= 4096).then(|| i.clone()),
        Expr::UnaryOp(u) if u.op == UnaryOp::USub => fold_int(&u.operand).map(|v| -v),
        Expr::BinOp(b) => fold_int_binop(b),
        _ => None,
    }
}
