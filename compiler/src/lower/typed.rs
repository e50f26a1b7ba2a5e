//! Typed lowering: plain JS operators for expressions whose types [`crate::infer`] proved.
//!
//! ```python
//! def f(n):
//!     x = 0.5
//!     k = 0
//!     for i in range(n):
//!         x = x * 2.0 + i
//!         k += i
//!     return x
//! ```
//! becomes (inside the function)
//! ```js
//! x = 0.5; k = 0;
//! for (let $i1 = 0, $n2 = $range_stop(n); $i1 < $n2; $i1++) {
//!     i = $i1;
//!     x = x * 2 + i;                                  // float locals hold raw JS numbers
//!     k = (typeof k === "number" && Number.isSafeInteger($t3 = k + i)) ? $t3 : $add(k, i);
//! }
//! return $mkfloat(x);                                 // boxed where it escapes
//! ```
//! Int arithmetic keeps an overflow check that falls back to the runtime helper (BigInt past
//! 2**53); float division keeps its ZeroDivisionError check.
//!
//! Arithmetic on operands of unknown type is speculated to be float arithmetic when floats
//! are likely (`spec_float`): `dx = a[0] - b[0]` becomes
//! ```js
//! dx = ($t1 = $getitem(a, 0), $t2 = $getitem(b, 0),
//!       typeof $t1 === "number" && !Number.isInteger($t1) && typeof $t2 === "number" && !Number.isInteger($t2))
//!     ? $mkfloat($t1 - $t2) : $sub($t1, $t2);
//! ```
//! (`a[0]` itself is read inline there: a list index that is a non-negative int literal or a
//! small-int local reads/writes the element of an exact list (reads: or tuple) directly,
//! `(a != null && (($c = a.constructor) === Array || $c === $Tuple) && ($v = a[0]) !== undefined)
//! ? $v : $getitem(a, 0)`.)

use swc_ecma_ast::{BinaryOp, Expr as JsExpr, Stmt as JsStmt, UnaryOp as JsUnary};

use super::Lowerer;
use crate::infer::Ty;
use crate::js;
use crate::names;
use crate::parse::ast::*;
use crate::parse::Range;

impl Lowerer<'_> {
    /// The inferred type of `e` in the current scope.
    pub(super) fn ty(&self, e: &Expr) -> Ty {
        self.types.expr_ty(self.sem, self.scope, e)
    }

    /// The inferred type of local variable `name` of the current scope.
    pub(super) fn var_ty(&self, name: &str) -> Ty {
        let sc = self.sem.scope(self.scope);
        if sc.binds(name) && !sc.globals.contains(name) {
            self.types.var_ty(self.scope, name)
        } else {
            Ty::Unknown
        }
    }

    /// Whether `e` names a local variable that holds a raw JS number for a float.
    pub(super) fn is_raw_float_var(&self, e: &Expr) -> bool {
        matches!(e, Expr::Name(n) if self.var_ty(n.id.as_str()) == Ty::Float)
    }

    /// Whether [`Self::raw_float`] computes `e` with plain JS arithmetic.
    fn float_native(&self, e: &Expr) -> bool {
        match e {
            Expr::Name(_) => self.is_raw_float_var(e),
            Expr::BinOp(b) => {
                matches!(b.op, Operator::Add | Operator::Sub | Operator::Mult | Operator::Div)
                    && self.ty(e) == Ty::Float
                    && !(b.op == Operator::Div && self.exact_int_division(b))
            }
            Expr::UnaryOp(u) => {
                matches!(u.op, UnaryOp::USub | UnaryOp::UAdd)
                    && self.ty(e) == Ty::Float
                    && !matches!(&*u.operand, Expr::Constant(_))
            }
            Expr::IfExp(_) => self.ty(e) == Ty::Float,
            _ => false,
        }
    }

    /// `a / b` of two ints, one of which may be a BigInt: exact division by the runtime.
    fn exact_int_division(&self, b: &ExprBinOp) -> bool {
        let (l, r) = (self.ty(&b.left), self.ty(&b.right));
        l.is_int() && r.is_int() && (l == Ty::Int || r == Ty::Int)
    }

    /// `e` in the normal representation, lowered with plain JS operators when its operand
    /// types allow; `None` for the generic lowering.
    pub(super) fn typed_expr(&mut self, e: &Expr) -> Option<JsExpr> {
        match e {
            Expr::Name(_) | Expr::BinOp(_) | Expr::UnaryOp(_) | Expr::IfExp(_) if self.float_native(e) => {
                let raw = self.raw_float(e);
                Some(self.box_float(raw))
            }
            Expr::BinOp(b) => self
                .mul_mod(b)
                .or_else(|| self.int_binop(b))
                .or_else(|| self.spec_mod_lit(b))
                .or_else(|| self.str_binop(b))
                .or_else(|| self.spec_npsub(None, e))
                .or_else(|| self.spec_float(None, e)),
            Expr::UnaryOp(u)
                if u.op == UnaryOp::USub
                    && self.ty(&u.operand) == Ty::SmallInt
                    && !matches!(&*u.operand, Expr::Constant(_)) =>
            {
                // `0 - x`, not `-x`: an int is never -0.
                let v = self.expr(&u.operand);
                Some(js::paren(js::bin(BinaryOp::Sub, js::num(0.0), v)))
            }
            Expr::BoolOp(b) if b.values.iter().all(|v| self.ty(v) == Ty::Bool) => {
                let op = if b.op == BoolOp::And { BinaryOp::LogicalAnd } else { BinaryOp::LogicalOr };
                let parts: Vec<JsExpr> = b.values.iter().map(|v| self.expr(v)).collect();
                parts.into_iter().reduce(|a, p| js::bin(op, a, p)).map(js::paren)
            }
            _ => None,
        }
    }

    /// A raw JS number as a Python float.
    pub(super) fn box_float(&mut self, raw: JsExpr) -> JsExpr {
        if let JsExpr::Lit(swc_ecma_ast::Lit::Num(n)) = &raw {
            if n.value.fract() != 0.0 {
                return raw;
            }
        }
        self.box_raw_float(raw)
    }

    /// `$mkfloat(raw)` with its test inline: `(($t = raw), (Number.isInteger($t) || $t !== $t)
    /// ? $mkfloat($t) : $t)`. A call that TurboFan does not inline (its inlining budget runs out
    /// in a big loop body) takes and returns its double boxed, one HeapNumber per float
    /// operation; inline, the fractional result stays a raw double, and the boxing branch,
    /// never taken, has no feedback and is cut out of the optimized code.
    pub(super) fn box_raw_float(&mut self, raw: JsExpr) -> JsExpr {
        let f = self.h("mkfloat");
        let (pre, t) = match raw {
            JsExpr::Ident(_) => (None, raw),
            _ => {
                let t = js::id(&self.float_temp());
                (Some(js::assign(t.clone(), raw)), t)
            }
        };
        let is_int = js::call(js::member(js::id("Number"), "isInteger"), vec![t.clone()]);
        let test = js::bin(BinaryOp::LogicalOr, is_int, js::bin(BinaryOp::NotEqEq, t.clone(), t.clone()));
        let c = js::cond(test, js::call(f, vec![t.clone()]), t);
        match pre {
            Some(a) => js::paren(js::seq(vec![a, c])),
            None => js::paren(c),
        }
    }

    /// The raw JS number of an expression typed int or float.
    pub(super) fn raw_float(&mut self, e: &Expr) -> JsExpr {
        match e {
            Expr::Constant(ExprConstant { value: Constant::Float(f), .. }) if f.is_finite() => return js::num(*f),
            Expr::Name(n) if self.is_raw_float_var(e) => return js::id(&names::mangle(n.id.as_str())),
            Expr::NamedExpr(ExprNamedExpr { target, value, .. }) if self.is_raw_float_var(target) => {
                let raw = self.raw_float(value);
                let t = self.expr_target_name(target);
                return js::paren(js::assign(t, raw));
            }
            _ => {}
        }
        match self.ty(e) {
            Ty::SmallInt => return self.expr(e),
            Ty::Int => {
                let v = self.expr(e);
                let f = self.h("int_f");
                return js::call(f, vec![v]);
            }
            _ => {}
        }
        if self.float_native(e) {
            match e {
                Expr::BinOp(b) => {
                    let l = self.raw_float(&b.left);
                    let r = self.raw_float(&b.right);
                    return match b.op {
                        Operator::Add => js::paren(js::bin(BinaryOp::Add, l, r)),
                        Operator::Sub => js::paren(js::bin(BinaryOp::Sub, l, r)),
                        Operator::Mult => js::paren(js::bin(BinaryOp::Mul, l, r)),
                        _ => {
                            let ints = self.ty(&b.left).is_int() && self.ty(&b.right).is_int();
                            let f = self.h(if ints { "idiv" } else { "fdiv" });
                            self.call_sp(f, vec![l, r], self.span(b.range))
                        }
                    };
                }
                Expr::UnaryOp(u) => {
                    let v = self.raw_float(&u.operand);
                    return if u.op == UnaryOp::USub { js::paren(js::unary(JsUnary::Minus, v)) } else { v };
                }
                Expr::IfExp(i) => {
                    let test = self.test(&i.test);
                    let a = self.raw_float(&i.body);
                    let b = self.raw_float(&i.orelse);
                    return js::paren(js::cond(test, a, b));
                }
                _ => {}
            }
        }
        let v = self.expr(e);
        let f = self.h("fval");
        js::call(f, vec![v])
    }

    fn expr_target_name(&mut self, target: &Expr) -> JsExpr {
        match target {
            Expr::Name(n) => self.name_ref(n.id.as_str()),
            _ => js::null(),
        }
    }

    /// An operand that is used twice: itself when it is a name or literal, else a temporary
    /// assigned first (the assignment is returned to be sequenced before).
    fn reusable(&mut self, v: JsExpr, pre: &mut Vec<JsExpr>) -> JsExpr {
        match v {
            JsExpr::Ident(_) | JsExpr::Lit(_) => v,
            _ => {
                let t = self.temp();
                pre.push(js::assign(js::id(&t), v));
                js::id(&t)
            }
        }
    }

    /// Whether `o[key]` may read/write a list element inline: the key is a non-negative int
    /// literal or a safe-integer int (a negative one takes the helper: `a[-1]` is undefined).
    pub(super) fn list_index_key(&self, key: &Expr) -> bool {
        match spec_literal(key) {
            Some((v, false)) => v >= 0.0 && !matches!(key, Expr::UnaryOp(_)),
            // A BigInt key (an int past 2**53) reads no element and fails the store's bounds
            // check, so it takes the helper too.
            _ => self.ty(key).is_int(),
        }
    }

    /// `o[k]` with a key accepted by [`Self::list_index_key`]: the element of an exact list or
    /// tuple read inline, anything else through `$getitem`:
    /// `($o != null && (($c = $o.constructor) === Array || $c === $Tuple) && ($v = $o[k]) !== undefined)
    /// ? $v : $getitem($o, k)` (subclasses of list and tuple have their own constructor).
    pub(super) fn list_getitem(&mut self, obj: JsExpr, key: JsExpr, sp: swc_common::Span) -> JsExpr {
        let mut pre = vec![];
        let (o, k) = self.list_operands(obj, key, &mut pre);
        let v = self.temp();
        let c = self.temp();
        let tuple = self.h("Tuple");
        let test = [
            js::bin(BinaryOp::NotEq, o.clone(), js::null()),
            js::paren(js::bin(
                BinaryOp::LogicalOr,
                js::bin(
                    BinaryOp::EqEqEq,
                    js::paren(js::assign(js::id(&c), js::member(o.clone(), "constructor"))),
                    js::id("Array"),
                ),
                js::bin(BinaryOp::EqEqEq, js::id(&c), tuple),
            )),
            js::bin(
                BinaryOp::NotEqEq,
                js::paren(js::assign(js::id(&v), js::index(o.clone(), k.clone()))),
                js::undefined(),
            ),
        ]
        .into_iter()
        .reduce(|a, b| js::bin(BinaryOp::LogicalAnd, a, b))
        .unwrap();
        let f = self.h("getitem");
        let slow = self.call_sp(f, vec![o, k], sp);
        pre.push(js::paren(js::cond(test, js::id(&v), slow)));
        js::seq(pre)
    }

    /// `o[k] = value` (key as for [`Self::list_getitem`]), `value` evaluated after `o` and `k`
    /// and before the bounds check: an exact list's element is stored inline.
    pub(super) fn list_setitem(&mut self, obj: JsExpr, key: JsExpr, value: JsExpr, sp: swc_common::Span) -> JsExpr {
        let mut pre = vec![];
        let literal_key = matches!(key, JsExpr::Lit(_));
        let (o, k) = self.list_operands(obj, key, &mut pre);
        let v = match value {
            JsExpr::Lit(_) => value,
            _ => {
                let t = self.temp();
                pre.push(js::assign(js::id(&t), value));
                js::id(&t)
            }
        };
        let mut test = vec![
            js::bin(BinaryOp::NotEq, o.clone(), js::null()),
            js::bin(BinaryOp::EqEqEq, js::member(o.clone(), "constructor"), js::id("Array")),
        ];
        if !literal_key {
            test.push(js::bin(BinaryOp::GtEq, k.clone(), js::num(0.0)));
        }
        test.push(js::bin(BinaryOp::Lt, k.clone(), js::member(o.clone(), "length")));
        let test = test.into_iter().reduce(|a, b| js::bin(BinaryOp::LogicalAnd, a, b)).unwrap();
        let fast = js::paren(js::assign(js::index(o.clone(), k.clone()), v.clone()));
        let f = self.h("setitem");
        let mut slow = self.call_sp(f, vec![o.clone(), k.clone(), v.clone()], sp);
        if self.mentions_numpy {
            // A 1-D float64 array's element, stored inline by `$npsetv` (false: anything else).
            let npsetv = self.h("npsetv");
            slow = js::paren(js::bin(BinaryOp::LogicalOr, js::call(npsetv, vec![o, k, v]), slow));
        }
        pre.push(js::paren(js::cond(test, fast, slow)));
        js::seq(pre)
    }

    /// The receiver and key of an inline list access, evaluated once and in order: temporaries
    /// unless they are literals or plain names (a name is read again only when the key is a
    /// literal or a name too, whose evaluation runs no code).
    fn list_operands(&mut self, obj: JsExpr, key: JsExpr, pre: &mut Vec<JsExpr>) -> (JsExpr, JsExpr) {
        let simple_key = matches!(key, JsExpr::Lit(_) | JsExpr::Ident(_));
        let literal_key = matches!(key, JsExpr::Lit(_));
        let o = match obj {
            JsExpr::Ident(_) if simple_key => obj,
            _ => {
                let t = self.temp();
                pre.push(js::assign(js::id(&t), obj));
                js::id(&t)
            }
        };
        let k = if literal_key { key } else { self.reusable(key, pre) };
        (o, k)
    }

    /// `a + b`, `a - b`, `a * b`, `a % k` on ints: the JS operator, with a fallback to the
    /// helper when an operand is a BigInt or the result leaves the safe range.
    fn int_binop(&mut self, b: &ExprBinOp) -> Option<JsExpr> {
        let (lt, rt) = (self.ty(&b.left), self.ty(&b.right));
        if !lt.is_int() || !rt.is_int() {
            return None;
        }
        let op = match b.op {
            Operator::Add => BinaryOp::Add,
            Operator::Sub => BinaryOp::Sub,
            Operator::Mult => BinaryOp::Mul,
            Operator::Mod => return self.int_mod(b, lt),
            // By a positive literal: `Math.floor(a / k)`; else the checked inline division.
            Operator::FloorDiv => return self.int_floor_div(b, lt).or_else(|| Some(self.int_floordiv(b, lt, rt))),
            Operator::RShift => return self.int_floor_div(b, lt),
            _ => return None,
        };
        let mut pre = vec![];
        let l = self.expr(&b.left);
        let l = self.reusable(l, &mut pre);
        let r = self.expr(&b.right);
        let r = self.reusable(r, &mut pre);
        let t = self.temp();
        let mut guard = vec![];
        for (v, ty) in [(&l, lt), (&r, rt)] {
            if ty != Ty::SmallInt {
                guard.push(is_number(v.clone()));
            }
        }
        let is_safe = js::call(
            js::member(js::id("Number"), "isSafeInteger"),
            vec![js::assign(js::id(&t), js::bin(op, l.clone(), r.clone()))],
        );
        guard.push(is_safe);
        let test = guard.into_iter().reduce(|a, g| js::bin(BinaryOp::LogicalAnd, a, g)).unwrap();
        // `0 * -5` is -0 in JS.
        let fast = if op == BinaryOp::Mul { js::bin(BinaryOp::Add, js::id(&t), js::num(0.0)) } else { js::id(&t) };
        let f = self.h(super::expr::binop_helper(b.op));
        let slow = self.call_sp(f, vec![l, r], self.span(b.range));
        pre.push(js::cond(test, fast, slow));
        Some(js::seq(pre))
    }

    /// `cur += v` / `cur -= v` for an int `v` and a current value of unknown type (a list
    /// element, an attribute, an untyped local), speculated to be an int:
    /// `($c = cur, typeof $c === "number" && Number.isSafeInteger($t = $c + v)) ? $t : $iadd($c, v)`.
    /// A fractional (float) `$c` never gives a safe integer, so the fast path only takes ints.
    pub(super) fn spec_int_aug(&mut self, cur: JsExpr, a: &StmtAugAssign) -> Option<JsExpr> {
        let op = match a.op {
            Operator::Add => BinaryOp::Add,
            Operator::Sub => BinaryOp::Sub,
            _ => return None,
        };
        let vt = self.ty(&a.value);
        if !vt.is_int() {
            return None;
        }
        // The current value goes to a temporary: evaluating `v` may rebind what it was read from.
        let c = self.temp();
        let mut pre = vec![js::assign(js::id(&c), cur)];
        let c = js::id(&c);
        let v = self.expr(&a.value);
        let v = self.reusable(v, &mut pre);
        let t = self.temp();
        let mut guard = vec![is_number(c.clone())];
        if vt != Ty::SmallInt {
            guard.push(is_number(v.clone()));
        }
        guard.push(js::call(
            js::member(js::id("Number"), "isSafeInteger"),
            vec![js::assign(js::id(&t), js::bin(op, c.clone(), v.clone()))],
        ));
        let test = guard.into_iter().reduce(|x, g| js::bin(BinaryOp::LogicalAnd, x, g)).unwrap();
        let f = self.h(super::expr::inplace_helper(a.op));
        let slow = self.call_sp(f, vec![c, v], self.span(a.range));
        pre.push(js::cond(test, js::id(&t), slow));
        Some(js::paren(js::seq(pre)))
    }

    /// `a // b` on ints: `Math.floor(a / b) + 0` when both are JS numbers and `b` is not zero
    /// (exact for safe integers: a non-integral quotient is at least 1/|b| from an integer,
    /// more than the rounding error), else `$floordiv` (BigInts, ZeroDivisionError).
    fn int_floordiv(&mut self, b: &ExprBinOp, lt: Ty, rt: Ty) -> JsExpr {
        let mut pre = vec![];
        let l = self.expr(&b.left);
        let l = self.reusable(l, &mut pre);
        let r = self.expr(&b.right);
        let r = self.reusable(r, &mut pre);
        let mut guard = vec![];
        if lt != Ty::SmallInt {
            guard.push(is_number(l.clone()));
        }
        if rt != Ty::SmallInt {
            guard.push(is_number(r.clone()));
        }
        if crate::infer::literal_int(&b.right).is_none_or(|k| k == 0) {
            guard.push(js::bin(BinaryOp::NotEqEq, r.clone(), js::num(0.0)));
        }
        let floor = js::call(js::member(js::id("Math"), "floor"), vec![js::bin(BinaryOp::Div, l.clone(), r.clone())]);
        let fast = js::bin(BinaryOp::Add, floor, js::num(0.0));
        let f = self.h("floordiv");
        let slow = self.call_sp(f, vec![l, r], self.span(b.range));
        match guard.into_iter().reduce(|a, g| js::bin(BinaryOp::LogicalAnd, a, g)) {
            Some(test) => pre.push(js::cond(test, fast, slow)),
            None => pre.push(fast),
        }
        js::paren(js::seq(pre))
    }

    /// `a % k` for an int `a` and a positive int literal `k`.
    fn int_mod(&mut self, b: &ExprBinOp, lt: Ty) -> Option<JsExpr> {
        let k = crate::infer::literal_int(&b.right)?;
        if k <= 0 || k > (1 << 52) {
            return None;
        }
        let mut pre = vec![];
        let l = self.expr(&b.left);
        let l = self.reusable(l, &mut pre);
        let kn = js::num(k as f64);
        let fast = if k < (1 << 31) && lt == Ty::SmallInt {
            // ($t = a % k) < 0 ? $t + k : $t + 0   (+ 0 turns -0 into 0)
            let t = self.temp();
            let rem = js::paren(js::assign(js::id(&t), js::bin(BinaryOp::Mod, l.clone(), kn.clone())));
            js::cond(
                js::bin(BinaryOp::Lt, rem, js::num(0.0)),
                js::bin(BinaryOp::Add, js::id(&t), kn.clone()),
                js::bin(BinaryOp::Add, js::id(&t), js::num(0.0)),
            )
        } else {
            // JS `%` of numbers past int32 is a slow fmod: `$modk` divides instead.
            js::call(self.h("modk"), vec![l.clone(), kn.clone()])
        };
        let k = kn;
        let e = if lt == Ty::SmallInt {
            fast
        } else {
            let f = self.h("mod");
            js::cond(is_number(l.clone()), fast, self.call_sp(f, vec![l, k], self.span(b.range)))
        };
        pre.push(e);
        Some(js::seq(pre))
    }

    /// `(a * b + c) % k`, `(a * b - c) % k` and `(a * b) % k` for an int literal 0 < k <= 2**32
    /// (and `& m` for a mask m = 2**n - 1 <= 2**32 - 1, the same as `% 2**n` on ints), with `c` a
    /// name or literal: the shape of linear congruential generators and modular hashes, whose
    /// product often passes 2**53. `$mulmodk` computes it exactly with JS numbers when the
    /// operands are ints; for anything else it returns undefined and the operators run in turn:
    /// `($r = $mulmodk(a, b, c, k, sub)) !== undefined ? $r : $mod($add($mul(a, b), c), k)`.
    fn mul_mod(&mut self, b: &ExprBinOp) -> Option<JsExpr> {
        if self.mentions_numpy {
            return None;
        }
        let k = crate::infer::literal_int(&b.right)?;
        let modulus = match b.op {
            Operator::Mod if k > 0 && k <= (1i64 << 32) => k,
            Operator::BitAnd if k > 0 && k < (1i64 << 32) && (k + 1) & k == 0 => k + 1,
            _ => return None,
        };
        let (m, c, outer) = match &*b.left {
            Expr::BinOp(m) if m.op == Operator::Mult => (m, None, None),
            Expr::BinOp(s)
                if matches!(s.op, Operator::Add | Operator::Sub)
                    && matches!(&*s.right, Expr::Name(_) | Expr::Constant(_)) =>
            {
                match &*s.left {
                    Expr::BinOp(m) if m.op == Operator::Mult => (m, Some(&*s.right), Some(s)),
                    _ => return None,
                }
            }
            _ => return None,
        };
        let non_int = |t: Ty| matches!(t, Ty::Float | Ty::Str | Ty::List | Ty::Dict);
        if non_int(self.ty(&m.left)) || non_int(self.ty(&m.right)) || c.is_some_and(|c| non_int(self.ty(c))) {
            return None;
        }
        let sub = outer.is_some_and(|s| s.op == Operator::Sub);
        let mut pre = vec![];
        let x = self.expr(&m.left);
        let x = self.reusable(x, &mut pre);
        let y = self.expr(&m.right);
        let y = self.reusable(y, &mut pre);
        let z = match c {
            Some(c) => {
                let z = self.expr(c);
                Some(self.reusable(z, &mut pre))
            }
            None => None,
        };
        let r = self.temp();
        let f = self.h("mulmodk");
        let args =
            vec![x.clone(), y.clone(), z.clone().unwrap_or(js::num(0.0)), js::num(modulus as f64), js::bool_lit(sub)];
        let test = js::bin(BinaryOp::NotEqEq, js::paren(js::assign(js::id(&r), js::call(f, args))), js::undefined());
        let mul = self.h("mul");
        let mut slow = self.call_sp(mul, vec![x, y], self.span(m.range));
        if let (Some(z), Some(s)) = (z, outer) {
            let f = self.h(super::expr::binop_helper(s.op));
            slow = self.call_sp(f, vec![slow, z], self.span(s.range));
        }
        let slow = {
            let f = self.h(super::expr::binop_helper(b.op));
            self.call_sp(f, vec![slow, js::num(k as f64)], self.span(b.range))
        };
        pre.push(js::cond(test, js::id(&r), slow));
        Some(js::paren(js::seq(pre)))
    }

    /// `a % k` for a positive int literal `k` and an `a` of unknown type, speculated to be an
    /// int: `(typeof $a === "number" && Number.isInteger($a)) ? $modk($a, k) : $mod($a, k)` (an
    /// integral JS number is always an int: integral floats are `PyFloat` boxes).
    fn spec_mod_lit(&mut self, b: &ExprBinOp) -> Option<JsExpr> {
        if b.op != Operator::Mod || self.mentions_numpy || self.ty(&b.left) != Ty::Unknown {
            return None;
        }
        let k = crate::infer::literal_int(&b.right)?;
        if k <= 0 || k > (1i64 << 52) {
            return None;
        }
        let mut pre = vec![];
        let l = self.expr(&b.left);
        let l = self.reusable(l, &mut pre);
        let kn = js::num(k as f64);
        let test = js::bin(
            BinaryOp::LogicalAnd,
            is_number(l.clone()),
            js::call(js::member(js::id("Number"), "isInteger"), vec![l.clone()]),
        );
        // Its own copy of `modk`, so these sites do not pollute the typed paths' type feedback.
        let fast = js::call(self.h("modk_spec"), vec![l.clone(), kn.clone()]);
        let modf = self.h("mod");
        let slow = self.call_sp(modf, vec![l, kn], self.span(b.range));
        pre.push(js::cond(test, fast, slow));
        Some(js::paren(js::seq(pre)))
    }

    /// `a // k` for a positive int literal `k` and `a >> k` for `k` in 0..=52, of an int `a`:
    /// `Math.floor(a / k)` (exact: below 2**53 the quotient cannot round up to the next int).
    fn int_floor_div(&mut self, b: &ExprBinOp, lt: Ty) -> Option<JsExpr> {
        let k = crate::infer::literal_int(&b.right)?;
        let divisor = match b.op {
            Operator::FloorDiv if k > 0 && k <= (1 << 52) => k as f64,
            Operator::RShift if (0..=52).contains(&k) => (1u64 << k) as f64,
            _ => return None,
        };
        let mut pre = vec![];
        let l = self.expr(&b.left);
        let l = self.reusable(l, &mut pre);
        let fast =
            js::call(js::member(js::id("Math"), "floor"), vec![js::bin(BinaryOp::Div, l.clone(), js::num(divisor))]);
        let e = if lt == Ty::SmallInt {
            fast
        } else {
            let f = self.h(super::expr::binop_helper(b.op));
            js::cond(is_number(l.clone()), fast, self.call_sp(f, vec![l, js::num(k as f64)], self.span(b.range)))
        };
        pre.push(e);
        Some(js::seq(pre))
    }

    /// `a + b` of two strs.
    fn str_binop(&mut self, b: &ExprBinOp) -> Option<JsExpr> {
        if b.op != Operator::Add || self.ty(&b.left) != Ty::Str || self.ty(&b.right) != Ty::Str {
            return None;
        }
        let l = self.expr(&b.left);
        let r = self.expr(&b.right);
        Some(js::paren(js::bin(BinaryOp::Add, l, r)))
    }

    /// A comparison chain whose operands all have types with plain JS comparisons.
    pub(super) fn typed_compare(&mut self, c: &ExprCompare) -> Option<JsExpr> {
        let operands: Vec<&Expr> = std::iter::once(&*c.left).chain(c.comparators.iter()).collect();
        let tys: Vec<Ty> = operands.iter().map(|e| self.ty(e)).collect();
        let mut ops = vec![];
        for (i, op) in c.ops.iter().enumerate() {
            let (a, b) = (tys[i], tys[i + 1]);
            let js_op = if a.is_num() && b.is_num() {
                // Loose equality compares a number and a BigInt by value (ints are canonical).
                let loose = a == Ty::Int || b == Ty::Int;
                match op {
                    CmpOp::Eq if loose => BinaryOp::EqEq,
                    CmpOp::NotEq if loose => BinaryOp::NotEq,
                    CmpOp::Eq => BinaryOp::EqEqEq,
                    CmpOp::NotEq => BinaryOp::NotEqEq,
                    CmpOp::Lt => BinaryOp::Lt,
                    CmpOp::LtE => BinaryOp::LtEq,
                    CmpOp::Gt => BinaryOp::Gt,
                    CmpOp::GtE => BinaryOp::GtEq,
                    _ => return None,
                }
            } else if a == b && matches!(a, Ty::Str | Ty::Bool) {
                match op {
                    CmpOp::Eq => BinaryOp::EqEqEq,
                    CmpOp::NotEq => BinaryOp::NotEqEq,
                    _ => return None,
                }
            } else {
                return None;
            };
            ops.push(js_op);
        }
        // a < b < c  =>  a < ($t = b) && $t < c  (each operand evaluated once, in order)
        let last = operands.len() - 1;
        let mut firsts = vec![];
        let mut seconds = vec![];
        for (i, (e, t)) in operands.iter().zip(&tys).enumerate() {
            let v = if *t == Ty::Float { self.raw_float(e) } else { self.expr(e) };
            if i == 0 || i == last || matches!(v, JsExpr::Ident(_) | JsExpr::Lit(_)) {
                firsts.push(v.clone());
                seconds.push(v);
            } else {
                let t = self.temp();
                firsts.push(js::paren(js::assign(js::id(&t), v)));
                seconds.push(js::id(&t));
            }
        }
        let mut parts = vec![];
        for (i, op) in ops.into_iter().enumerate() {
            parts.push(js::bin(op, seconds[i].clone(), firsts[i + 1].clone()));
        }
        let chain = parts.into_iter().reduce(|a, p| js::bin(BinaryOp::LogicalAnd, a, p)).unwrap();
        Some(js::paren(chain))
    }

    /// A typed condition: a JS boolean without `$truthy`, when the type allows.
    pub(super) fn typed_test(&mut self, e: &Expr) -> Option<JsExpr> {
        match self.ty(e) {
            Ty::Bool => Some(self.expr(e)),
            Ty::SmallInt | Ty::Int => {
                let v = self.expr(e);
                Some(js::bin(BinaryOp::NotEqEq, v, js::num(0.0)))
            }
            Ty::Float => {
                let v = self.raw_float(e);
                Some(js::bin(BinaryOp::NotEqEq, v, js::num(0.0)))
            }
            Ty::Str => {
                let v = self.expr(e);
                Some(js::bin(BinaryOp::NotEqEq, v, js::str_lit("")))
            }
            _ => None,
        }
    }
}

/// A leaf of an np.float64 element expression (see [`Lowerer::spec_npsub`]).
enum NLeaf<'e> {
    Lit(f64),
    /// A raw float local, a small-int local.
    Raw(&'e Expr),
    /// A pure variable read of unknown type.
    Name(&'e Expr),
    /// `x[i]`: a pure variable `x` and a pure int index.
    Sub(&'e Expr, &'e Expr),
    /// `m[i, j]` or `m[i][j]`: a pure variable `m` and two pure int indexes (`$npget2`: an
    /// element of a 2-D float64 array).
    Sub2(&'e Expr, &'e Expr, &'e Expr),
}

impl Lowerer<'_> {
    /// In a module importing numpy, arithmetic over elements of float64 vectors read with a
    /// int index (`a[i - 1] * 0.5 + a[i] * 0.5`, `acc += belief[src] * kernel[k]`),
    /// with pure operands only (literals, variable reads, `x[i]` of a variable and a pure int
    /// index): the elements are read as raw doubles (`$npget`, undefined when `x` is not a
    /// 1-D float64 array or `i` is out of range; without a division also a fractional float
    /// of a list, `$lget`, as long as some element is an array's), other operands must be
    /// np.float64 or fractional floats (`$npv`; np.float64 only with a division), and the result is one
    /// np.float64; otherwise the whole expression is evaluated again as usual (nothing ran yet
    /// that Python would not run: the reads are pure).
    pub(super) fn spec_npsub(&mut self, aug: Option<(JsExpr, &StmtAugAssign)>, e: &Expr) -> Option<JsExpr> {
        let mut parts = self.npsub_parts(aug, e)?;
        let boxf = self.h("npbox");
        let slow = std::mem::replace(&mut parts.slow, js::null());
        Some(parts.fold(|raw| js::call(boxf.clone(), vec![raw]), slow))
    }

    /// `x[i] = e` where `e` is a [`Self::spec_npsub`] expression and `x`, `i` are pure (a
    /// variable and a pure int index): the raw double goes straight into a 1-D float64 array
    /// (`$npset`), with no np.float64 made; anything else stores the usual value.
    /// ```js
    /// if (!(($ok = <test>) && $npset(x, i, <raw>))) <store of ($ok ? $npbox(<raw>) : <slow>)>
    /// ```
    pub(super) fn npsub_store(
        &mut self,
        target: &ExprSubscript,
        e: &Expr,
        sp: swc_common::Span,
    ) -> Option<Vec<JsStmt>> {
        let Expr::Name(x) = &*target.value else { return None };
        if !self.mentions_numpy
            || self.no_npsub
            || !self.npsub_pure_name(x)
            || !self.ty(&target.slice).is_int()
            || !self.npsub_pure_int(&target.slice)
        {
            return None;
        }
        let NpsubParts { pre, test, raw, slow, .. } = self.npsub_parts(None, e)?;
        let ok = js::id(&self.temp());
        let xv = self.expr(&target.value);
        let iv = self.expr(&target.slice);
        let set = self.h("npset");
        let fast = js::bin(
            BinaryOp::LogicalAnd,
            js::paren(js::assign(ok.clone(), test)),
            js::call(set, vec![xv, iv, raw.clone()]),
        );
        let boxf = self.h("npbox");
        let value = js::paren(js::cond(ok, js::call(boxf, vec![raw]), slow));
        let store = self.assign_to(&Expr::Subscript(target.clone()), value, sp);
        let mut out: Vec<JsStmt> = pre.into_iter().map(|p| js::expr_stmt(p, sp)).collect();
        out.push(js::if_stmt(js::not(js::paren(fast)), store, None, sp));
        Some(out)
    }

    /// The pieces of a [`Self::spec_npsub`] expression: operand reads (`pre`), the test that
    /// they qualify, the raw double of the value when they do, the usual lowering otherwise.
    pub(super) fn npsub_parts(&mut self, aug: Option<(JsExpr, &StmtAugAssign)>, e: &Expr) -> Option<NpsubParts> {
        self.npsub_parts_x(aug.map(|(c, a)| (Some(c), a)), None, e)
    }

    /// [`Self::npsub_parts`] of `v op= e` for a dual local `v` (lower/dual.rs): its raw double
    /// is read in place, and boxed only by the usual lowering.
    pub(super) fn npsub_parts_dual(&mut self, name: &str, a: &StmtAugAssign) -> Option<NpsubParts> {
        self.npsub_parts_x(Some((None, a)), Some(name), &a.value)
    }

    fn npsub_parts_x(
        &mut self,
        aug: Option<(Option<JsExpr>, &StmtAugAssign)>,
        dual: Option<&str>,
        e: &Expr,
    ) -> Option<NpsubParts> {
        if !self.mentions_numpy || self.no_npsub {
            return None;
        }
        let mut leaves: Vec<NLeaf> = vec![];
        let tree = self.npsub_plan(e, &mut leaves)?;
        if !leaves.iter().any(|l| matches!(l, NLeaf::Sub(..) | NLeaf::Sub2(..))) || leaves.len() > SPEC_MAX_LEAVES {
            return None;
        }
        let tree = match &aug {
            Some((_, a)) if matches!(a.op, Operator::Add | Operator::Sub | Operator::Mult | Operator::Div) => {
                leaves.push(NLeaf::Lit(0.0)); // placeholder for the current value, replaced below
                SNode::Bin(a.op, Box::new(SNode::Leaf(leaves.len() - 1)), Box::new(tree), a.range)
            }
            Some(_) => return None,
            None => tree,
        };
        if !matches!(tree, SNode::Bin(..)) {
            return None;
        }
        let div = has_div(&tree);
        // Without a division a boxed integral float (`acc = 0.0`) qualifies too: some operand is
        // an array's element, so the value is an np.float64 anyway.
        let npv = self.h(if div { "npv64" } else { "npvx" });
        let mut pre = vec![];
        let mut vals: Vec<JsExpr> = vec![];
        let mut checks = vec![];
        // Whether some element came from a float64 array (the result is an np.float64).
        let mut any_np = vec![];
        let cur_leaf = aug.as_ref().map(|_| leaves.len() - 1);
        // The current value of `cur op= e` first (Python reads it first).
        let mut cur_temp = None;
        if let Some((Some(cur), _)) = &aug {
            let t = js::id(&self.temp());
            pre.push(js::assign(t.clone(), cur.clone()));
            cur_temp = Some(t);
        }
        for (i, l) in leaves.iter().enumerate() {
            if Some(i) == cur_leaf {
                let r = js::id(&self.temp());
                let v = match dual {
                    Some(name) => self.dual_raw(name, div),
                    None => js::call(npv.clone(), vec![cur_temp.clone().unwrap_or_else(js::null)]),
                };
                checks.push(js::bin(BinaryOp::NotEqEq, js::paren(js::assign(r.clone(), v)), js::undefined()));
                vals.push(r);
                continue;
            }
            match l {
                NLeaf::Lit(v) => vals.push(js::num(*v)),
                NLeaf::Raw(x) => {
                    let v = if self.ty(x) == Ty::Float { self.raw_float(x) } else { self.expr(x) };
                    vals.push(v);
                }
                NLeaf::Name(Expr::Name(n)) if self.is_dual_var(n.id.as_str()) => {
                    let v = self.dual_raw(n.id.as_str(), div);
                    let r = js::id(&self.temp());
                    checks.push(js::bin(BinaryOp::NotEqEq, js::paren(js::assign(r.clone(), v)), js::undefined()));
                    vals.push(r);
                }
                NLeaf::Name(x) => {
                    let v = self.expr(x);
                    let r = js::id(&self.temp());
                    checks.push(js::bin(
                        BinaryOp::NotEqEq,
                        js::paren(js::assign(r.clone(), js::call(npv.clone(), vec![v]))),
                        js::undefined(),
                    ));
                    vals.push(r);
                }
                NLeaf::Sub2(x, i, j) => {
                    let a = js::id(&self.temp());
                    let get = self.h("npget2");
                    let (xv, iv, jv) = (self.expr(x), self.expr(i), self.expr(j));
                    pre.push(js::assign(a.clone(), js::call(get, vec![xv, iv, jv])));
                    let is_np = js::bin(BinaryOp::NotEqEq, a.clone(), js::undefined());
                    any_np.push(is_np.clone());
                    checks.push(is_np);
                    vals.push(a);
                }
                NLeaf::Sub(x, idx) => {
                    let a = js::id(&self.temp());
                    let read = self.npsub_elem(x, idx);
                    pre.push(js::assign(a.clone(), read));
                    let is_np = js::bin(BinaryOp::NotEqEq, a.clone(), js::undefined());
                    any_np.push(is_np.clone());
                    if div {
                        checks.push(is_np);
                        vals.push(a);
                    } else {
                        // Without a division, a fractional float of a list may be an operand
                        // too (`kernel[k]`), read again (pure) when the array read failed.
                        let r = js::id(&self.temp());
                        let lget = self.h("lget");
                        let (xv, iv) = (self.expr(x), self.expr(idx));
                        let first = js::bin(BinaryOp::NotEqEq, js::paren(js::assign(r.clone(), a)), js::undefined());
                        let second = js::bin(
                            BinaryOp::NotEqEq,
                            js::paren(js::assign(r.clone(), js::call(lget, vec![xv, iv]))),
                            js::undefined(),
                        );
                        checks.push(js::paren(js::bin(BinaryOp::LogicalOr, first, second)));
                        vals.push(r);
                    }
                }
            }
        }
        let raw = snode_raw(&tree, &vals);
        let cur_temp_used = cur_temp.is_some();
        // The fallback: the usual lowering, from the current value already read.
        let saved = self.no_npsub;
        self.no_npsub = true;
        let slow = match (&aug, cur_temp, dual) {
            (Some((_, a)), Some(t), _) => self.aug_value(t, a),
            (Some((_, a)), None, Some(name)) => {
                let cur = self.dual_box(name);
                self.aug_value(cur, a)
            }
            _ => self.expr(e),
        };
        self.no_npsub = saved;
        if !div {
            let any = any_np.into_iter().reduce(|a, c| js::bin(BinaryOp::LogicalOr, a, c))?;
            checks.push(js::paren(any));
        }
        let test = checks.into_iter().reduce(|a, c| js::bin(BinaryOp::LogicalAnd, a, c))?;
        let direct = if cur_temp_used { None } else { self.npsub_direct(&tree, &leaves, cur_leaf, dual, div) };
        Some(NpsubParts { pre, test, raw, slow, direct })
    }

    /// The first tier of a [`Self::npsub_parts`] expression: every element read inline from a
    /// 1-D float64 array (`$v1`) and every other operand a raw double already (a dual local of
    /// a float or np.float64, lower/dual.rs), with no undefined values in between (which would
    /// make V8 box the doubles): `(test, raw)`, or None when some leaf cannot take part.
    fn npsub_direct(
        &mut self,
        tree: &SNode,
        leaves: &[NLeaf],
        cur_leaf: Option<usize>,
        dual: Option<&str>,
        div: bool,
    ) -> Option<(JsExpr, JsExpr)> {
        let mut checks = vec![];
        let mut vals = vec![];
        let mut any_sub = false;
        let dual_check = |l: &mut Self, name: &str, checks: &mut Vec<JsExpr>, vals: &mut Vec<JsExpr>| {
            let (_, d, k) = l.dual_ids(name);
            checks.push(if div {
                js::bin(BinaryOp::EqEqEq, k, js::num(2.0))
            } else {
                js::bin(BinaryOp::NotEqEq, k, js::num(0.0))
            });
            vals.push(d);
        };
        for (i, l) in leaves.iter().enumerate() {
            if Some(i) == cur_leaf {
                dual_check(self, dual?, &mut checks, &mut vals);
                continue;
            }
            match l {
                NLeaf::Lit(v) => vals.push(js::num(*v)),
                NLeaf::Raw(x) => {
                    let v = if self.ty(x) == Ty::Float { self.raw_float(x) } else { self.expr(x) };
                    vals.push(v);
                }
                NLeaf::Name(Expr::Name(n)) if self.is_dual_var(n.id.as_str()) => {
                    dual_check(self, n.id.as_str(), &mut checks, &mut vals);
                }
                NLeaf::Name(_) | NLeaf::Sub2(..) => return None,
                NLeaf::Sub(x, idx) => {
                    any_sub = true;
                    let xv = self.expr(x);
                    let iv = self.expr(idx);
                    let (w, j) = (js::id(&self.temp()), js::id(&self.temp()));
                    let size = js::member(xv.clone(), "$size");
                    checks.push(js::bin(BinaryOp::NotEq, xv.clone(), js::null()));
                    checks.push(js::bin(
                        BinaryOp::NotEq,
                        js::paren(js::assign(w.clone(), js::member(xv, "$v1"))),
                        js::null(),
                    ));
                    index_checks(&mut checks, &j, iv, size, self.ty(idx) == Ty::SmallInt);
                    vals.push(js::index(w, j));
                }
            }
        }
        if !any_sub {
            return None;
        }
        let test = checks.into_iter().reduce(|a, c| js::bin(BinaryOp::LogicalAnd, a, c))?;
        Some((test, snode_raw(tree, &vals)))
    }

    /// Element `idx` of `x` (a pure variable and a pure int index) as a raw double, or
    /// undefined when `x` is not a 1-D float64 array with unit stride (`$v1`,
    /// numpy/_core.mjs) or the index is out of range:
    /// `(x != null && ($w = x.$v1) !== undefined) ? (($w !== null && (($j = i) >= 0 || ($j += x.$size) >= 0) && $j < x.$size) ? $w[$j] : $npget(x, i)) : undefined`
    /// (an int index that may be a BigInt is first tested: `typeof ($j = i) === "number"`)
    /// (`$npget` also reads strided and offset vectors).
    fn npsub_elem(&mut self, x: &Expr, idx: &Expr) -> JsExpr {
        let xv = self.expr(x);
        let iv = self.expr(idx);
        let get = self.h("npget");
        let (w, j) = (js::id(&self.temp()), js::id(&self.temp()));
        let size = js::member(xv.clone(), "$size");
        // An int that may be a BigInt (`i - 1`, overflow-checked) is tested to be a number first.
        let small = self.ty(idx) == Ty::SmallInt;
        let first = if small {
            js::bin(BinaryOp::GtEq, js::paren(js::assign(j.clone(), iv.clone())), js::num(0.0))
        } else {
            js::bin(BinaryOp::GtEq, j.clone(), js::num(0.0))
        };
        let in_range = js::paren(js::bin(
            BinaryOp::LogicalOr,
            first,
            js::bin(
                BinaryOp::GtEq,
                js::paren(js::assign_op(swc_ecma_ast::AssignOp::AddAssign, j.clone(), size.clone())),
                js::num(0.0),
            ),
        ));
        // Every ndarray has `$v1` (null when it does not qualify): anything else is not an array.
        let is_arr = js::bin(
            BinaryOp::LogicalAnd,
            js::bin(BinaryOp::NotEq, xv.clone(), js::null()),
            js::bin(
                BinaryOp::NotEqEq,
                js::paren(js::assign(w.clone(), js::member(xv.clone(), "$v1"))),
                js::undefined(),
            ),
        );
        let mut test = vec![js::bin(BinaryOp::NotEqEq, w.clone(), js::null())];
        if !small {
            let ty = js::unary(JsUnary::TypeOf, js::paren(js::assign(j.clone(), iv)));
            test.push(js::bin(BinaryOp::EqEqEq, ty, js::str_lit("number")));
        }
        let test = test
            .into_iter()
            .chain([in_range, js::bin(BinaryOp::Lt, j.clone(), size)])
            .reduce(|a, b| js::bin(BinaryOp::LogicalAnd, a, b))
            .unwrap();
        let slow = js::call(get, vec![xv, self.expr(idx)]);
        js::paren(js::cond(is_arr, js::paren(js::cond(test, js::index(w, j), slow)), js::undefined()))
    }

    fn npsub_plan<'e>(&self, e: &'e Expr, leaves: &mut Vec<NLeaf<'e>>) -> Option<SNode> {
        if let Some((lit, _)) = spec_literal(e) {
            leaves.push(NLeaf::Lit(lit));
            return Some(SNode::Leaf(leaves.len() - 1));
        }
        match e {
            Expr::BinOp(b) if matches!(b.op, Operator::Add | Operator::Sub | Operator::Mult | Operator::Div) => {
                let first = leaves.len();
                let l = self.npsub_plan(&b.left, leaves)?;
                let r = self.npsub_plan(&b.right, leaves)?;
                // Each operator has an operand of unknown type or an element below it (typed
                // int/float arithmetic between literals and locals is not part of it).
                if !leaves[first..].iter().any(|l| matches!(l, NLeaf::Name(_) | NLeaf::Sub(..) | NLeaf::Sub2(..))) {
                    return None;
                }
                Some(SNode::Bin(b.op, Box::new(l), Box::new(r), b.range))
            }
            Expr::UnaryOp(u) if u.op == UnaryOp::USub => {
                let first = leaves.len();
                let v = self.npsub_plan(&u.operand, leaves)?;
                if !leaves[first..].iter().any(|l| matches!(l, NLeaf::Name(_) | NLeaf::Sub(..) | NLeaf::Sub2(..))) {
                    return None;
                }
                Some(SNode::Neg(Box::new(v)))
            }
            Expr::Name(n) => {
                if !self.npsub_pure_name(n) {
                    return None;
                }
                leaves.push(match self.ty(e) {
                    Ty::SmallInt => NLeaf::Raw(e),
                    Ty::Float if self.is_raw_float_var(e) => NLeaf::Raw(e),
                    Ty::Unknown | Ty::Bottom | Ty::Float => NLeaf::Name(e),
                    _ => return None,
                });
                Some(SNode::Leaf(leaves.len() - 1))
            }
            Expr::Subscript(s) if self.npsub_2d(s).is_some() => {
                let (m, i, j) = self.npsub_2d(s)?;
                leaves.push(NLeaf::Sub2(m, i, j));
                Some(SNode::Leaf(leaves.len() - 1))
            }
            Expr::Subscript(s) => {
                let Expr::Name(x) = &*s.value else { return None };
                if !self.npsub_pure_name(x) || !self.ty(&s.slice).is_int() || !self.npsub_pure_int(&s.slice) {
                    return None;
                }
                leaves.push(NLeaf::Sub(&s.value, &s.slice));
                Some(SNode::Leaf(leaves.len() - 1))
            }
            _ => None,
        }
    }

    /// `m[i, j]` or `m[i][j]` with `m` a pure variable and pure int indexes.
    fn npsub_2d<'e>(&self, s: &'e ExprSubscript) -> Option<(&'e Expr, &'e Expr, &'e Expr)> {
        let pure_int = |e: &Expr| self.ty(e).is_int() && self.npsub_pure_int(e);
        let pure_var = |e: &Expr| matches!(e, Expr::Name(x) if self.npsub_pure_name(x));
        match (&*s.value, &*s.slice) {
            (m, Expr::Tuple(t)) if pure_var(m) && t.elts.len() == 2 && t.elts.iter().all(pure_int) => {
                Some((m, &t.elts[0], &t.elts[1]))
            }
            (Expr::Subscript(inner), j) if pure_var(&inner.value) && pure_int(&inner.slice) && pure_int(j) => {
                Some((&inner.value, &inner.slice, j))
            }
            _ => None,
        }
    }

    /// `x[i] = v` for a float `v` (a raw JS number here) and a pure variable `x` and int index
    /// `i`: stored inline into a 1-D float64 array (`$v1`, as `npsub_elem` reads), the usual
    /// store of the boxed float otherwise.
    /// ```js
    /// $v = <raw>;
    /// if (!(x != null && ($w = x.$v1) != null && (($j = i) >= 0 || ($j += x.$size) >= 0) && $j < x.$size && ($w[$j] = $v, true)))
    ///     <store of $mkfloat($v)>
    /// ```
    pub(super) fn float_store(
        &mut self,
        target: &ExprSubscript,
        e: &Expr,
        sp: swc_common::Span,
    ) -> Option<Vec<JsStmt>> {
        let Expr::Name(x) = &*target.value else { return None };
        if !self.mentions_numpy
            || self.no_npsub
            || self.ty(e) != Ty::Float
            || !self.npsub_pure_name(x)
            || !self.ty(&target.slice).is_int()
            || !self.npsub_pure_int(&target.slice)
        {
            return None;
        }
        let v = js::id(&self.temp());
        let raw = self.raw_float(e);
        let xv = self.expr(&target.value);
        let iv = self.expr(&target.slice);
        let (w, j) = (js::id(&self.temp()), js::id(&self.temp()));
        let size = js::member(xv.clone(), "$size");
        let small = self.ty(&target.slice) == Ty::SmallInt;
        let mut test = vec![
            js::bin(BinaryOp::NotEq, xv.clone(), js::null()),
            js::bin(BinaryOp::NotEq, js::paren(js::assign(w.clone(), js::member(xv, "$v1"))), js::null()),
        ];
        index_checks(&mut test, &j, iv, size, small);
        test.push(js::paren(js::seq(vec![js::assign(js::index(w, j), v.clone()), js::bool_lit(true)])));
        let test = test.into_iter().reduce(|a, b| js::bin(BinaryOp::LogicalAnd, a, b)).unwrap();
        let boxed = self.box_float(v.clone());
        let store = self.assign_to(&Expr::Subscript(target.clone()), boxed, sp);
        Some(vec![js::expr_stmt(js::assign(v, raw), sp), js::if_stmt(js::not(js::paren(test)), store, None, sp)])
    }

    /// A variable read that cannot fail or run code.
    fn npsub_pure_name(&self, n: &ExprName) -> bool {
        (matches!(self.resolve(n.id.as_str()), crate::semantic::Resolved::Local)
            && !self.unbound_checks.contains_key(&crate::parse::start(n.range)))
            || self.spec_pure_global(n)
    }

    /// An int index whose evaluation cannot fail or run code: int literals, pure
    /// variables, `+`/`-` of such.
    fn npsub_pure_int(&self, e: &Expr) -> bool {
        match e {
            Expr::Constant(ExprConstant { value: Constant::Int(_), .. }) => true,
            Expr::Name(n) => self.npsub_pure_name(n),
            Expr::BinOp(b) if matches!(b.op, Operator::Add | Operator::Sub) => {
                self.ty(e).is_int() && self.npsub_pure_int(&b.left) && self.npsub_pure_int(&b.right)
            }
            _ => false,
        }
    }
}

/// See [`Lowerer::npsub_parts`].
pub(super) struct NpsubParts {
    pub(super) pre: Vec<JsExpr>,
    pub(super) test: JsExpr,
    pub(super) raw: JsExpr,
    pub(super) slow: JsExpr,
    /// The first tier, tried before `pre`: its test and raw double (`npsub_direct`).
    pub(super) direct: Option<(JsExpr, JsExpr)>,
}

impl NpsubParts {
    /// `direct ? fast(direct raw) : (pre, test ? fast(raw) : slow)`.
    pub(super) fn fold(self, mut fast: impl FnMut(JsExpr) -> JsExpr, slow: JsExpr) -> JsExpr {
        let NpsubParts { mut pre, test, raw, direct, .. } = self;
        pre.push(js::cond(test, fast(raw), slow));
        let general = js::paren(js::seq(pre));
        match direct {
            Some((t, r)) => js::paren(js::cond(t, fast(r), general)),
            None => general,
        }
    }
}

/// The plain-double JS expression of a scalar tree over the raw operand values `vals`.
fn snode_raw(t: &SNode, vals: &[JsExpr]) -> JsExpr {
    match t {
        SNode::Leaf(i) => vals[*i].clone(),
        SNode::Neg(v) => js::paren(js::unary(JsUnary::Minus, snode_raw(v, vals))),
        SNode::Bin(op, l, r, _) => {
            let op = match op {
                Operator::Add => BinaryOp::Add,
                Operator::Sub => BinaryOp::Sub,
                Operator::Mult => BinaryOp::Mul,
                _ => BinaryOp::Div,
            };
            js::paren(js::bin(op, snode_raw(l, vals), snode_raw(r, vals)))
        }
        SNode::Ufunc(..) => js::null(),
    }
}

/// A node of a speculated float expression (see [`Lowerer::spec_float`]).
enum SNode {
    Leaf(usize),
    /// An operator, its operands and the Python expression's range (the span of the runtime
    /// helper call that can raise, for the traceback's line and carets).
    Bin(Operator, Box<SNode>, Box<SNode>, Range),
    Neg(Box<SNode>),
    /// `np.sqrt(x)`, `np.maximum(x, y)`: a NumPy ufunc with a fused form (`fused_ufunc`), in
    /// a module importing numpy; the callee expression and the arguments. Such a tree is only
    /// fused or evaluated generically (a ufunc of floats returns np.float64, not a float).
    Ufunc(String, Box<Expr>, Vec<SNode>),
}

/// What a leaf of a speculated float expression is, decided before anything is lowered.
#[derive(Clone, Copy, PartialEq)]
enum SKind {
    /// Any value: checked at run time to be a float.
    Checked,
    /// A local holding a raw JS number for a float.
    RawFloat,
    /// A local holding a safe-integer int.
    SmallInt,
    /// A numeric literal (int or float), the value of [`SLeaf::lit`].
    Lit,
}

struct SLeaf<'e> {
    kind: SKind,
    /// The expression (`None` for the current value of an augmented assignment's target).
    expr: Option<&'e Expr>,
    lit: f64,
    lit_float: bool,
}

const SPEC_MAX_LEAVES: usize = 12;

impl Lowerer<'_> {
    /// Speculative float arithmetic: `e` (or `cur OP= e`, `aug = Some((cur, op))`) built of
    /// `+ - * /`, unary `-` and `** literal` over operands of unknown type. The operands are
    /// evaluated in order into temporaries; when every unknown one is a float, the whole
    /// expression is computed on raw JS numbers (one box at the end), else each operator
    /// goes through its runtime helper as usual:
    /// ```js
    /// ($t1 = $getitem(a, 0), $t2 = $getitem(b, 0), $isf($t1) && $isf($t2))
    ///     ? $mkfloat($fv($t1) - $fv($t2)) : $sub($t1, $t2)
    /// ```
    /// Evaluating the operands first is unobservable: an operand evaluated after an operator
    /// (in Python's order) must be a literal or a local read that cannot fail.
    pub(super) fn spec_float(&mut self, aug: Option<(JsExpr, Operator)>, e: &Expr) -> Option<JsExpr> {
        let mut leaves: Vec<SLeaf> = vec![];
        let mut seen_op = false;
        let tree = match &aug {
            Some((_, op)) => {
                leaves.push(SLeaf { kind: SKind::Checked, expr: None, lit: 0.0, lit_float: false });
                let (r, rf) = self.spec_plan(e, &mut seen_op, &mut leaves)?;
                let _ = rf;
                if !spec_op_ok(*op, e) {
                    return None;
                }
                SNode::Bin(*op, Box::new(SNode::Leaf(0)), Box::new(r), e.range())
            }
            None => {
                let (t, is_float) = self.spec_plan(e, &mut seen_op, &mut leaves)?;
                if !is_float || !matches!(t, SNode::Bin(..)) {
                    return None;
                }
                t
            }
        };
        if leaves.len() > SPEC_MAX_LEAVES || !leaves.iter().any(|l| l.kind == SKind::Checked) {
            return None;
        }
        let with_ufunc = has_ufunc(&tree);
        let fusion = if self.mentions_numpy && !aug_is_some(&leaves) { fuse_plan(&tree, &leaves) } else { None };
        if with_ufunc && fusion.is_none() {
            return None;
        }
        // Worth it only where floats are likely: a float literal or local, a division, or
        // several unknown operands and no int ones (`n += 1` stays as it was).
        let float_hint =
            has_div(&tree) || leaves.iter().any(|l| l.kind == SKind::RawFloat || (l.kind == SKind::Lit && l.lit_float));
        let int_hint = leaves.iter().any(|l| l.kind == SKind::SmallInt || (l.kind == SKind::Lit && !l.lit_float));
        let checked = leaves.iter().filter(|l| l.kind == SKind::Checked).count();
        if !float_hint && (int_hint || checked < 2) {
            return None;
        }
        // Lower the operands, in order.
        let mut pre: Vec<JsExpr> = vec![];
        let mut fast: Vec<JsExpr> = vec![];
        let mut generic: Vec<JsExpr> = vec![];
        let mut checks: Vec<JsExpr> = vec![];
        let mut cur = aug.map(|(c, _)| c);
        let mut checked_names: Vec<String> = vec![];
        // Leaves whose value is a dead temporary for their operator (`$tmp`, lower/expr.rs).
        let mut parents = vec![None; leaves.len()];
        leaf_parents(&tree, None, &mut parents);
        let is_aug = aug_is_some(&leaves);
        for (li, l) in leaves.iter().enumerate() {
            match l.kind {
                SKind::Lit => {
                    fast.push(js::num(l.lit));
                    let g = match l.expr {
                        Some(x) => self.expr(x),
                        None => js::num(l.lit),
                    };
                    generic.push(g);
                }
                SKind::RawFloat | SKind::SmallInt | SKind::Checked => {
                    let v = match l.expr {
                        Some(x) if l.kind == SKind::RawFloat => self.raw_float(x),
                        Some(x) => {
                            let v = self.expr(x);
                            let top_of_aug = is_aug
                                && matches!(&tree, SNode::Bin(_, _, r, _) if matches!(**r, SNode::Leaf(i) if i == li));
                            match parents[li] {
                                Some(Operator::Add | Operator::Sub | Operator::Mult | Operator::Div)
                                    if !top_of_aug && self.is_tmp_value(x) =>
                                {
                                    let f = self.h("tmp");
                                    js::call(f, vec![v])
                                }
                                _ => v,
                            }
                        }
                        None => cur.take().unwrap_or_else(js::null),
                    };
                    // A local nothing else can rebind is read in place, others go to a temporary.
                    let t = match (&v, l.expr) {
                        (JsExpr::Ident(_), Some(Expr::Name(n))) if self.spec_stable_local(n) => v,
                        _ => {
                            let t = self.temp();
                            pre.push(js::assign(js::id(&t), v));
                            js::id(&t)
                        }
                    };
                    // A module variable: the generic path reads it again, in Python's order.
                    let reread = match l.expr {
                        Some(x @ Expr::Name(n)) if self.spec_pure_global(n) => Some(self.expr(x)),
                        _ => None,
                    };
                    match l.kind {
                        SKind::RawFloat => {
                            fast.push(t.clone());
                            let b = self.h("mkfloat");
                            generic.push(js::call(b, vec![t]));
                        }
                        SKind::SmallInt => {
                            fast.push(t.clone());
                            generic.push(reread.unwrap_or(t));
                        }
                        _ => {
                            // A fractional JS number (an integral float is boxed: the generic path).
                            if let JsExpr::Ident(i) = &t {
                                let name = i.sym.to_string();
                                if checked_names.contains(&name) {
                                    fast.push(t.clone());
                                    generic.push(reread.unwrap_or(t));
                                    continue;
                                }
                                checked_names.push(name);
                            }
                            let is_int = js::call(js::member(js::id("Number"), "isInteger"), vec![t.clone()]);
                            checks.push(js::bin(
                                BinaryOp::LogicalAnd,
                                is_number(t.clone()),
                                js::unary(JsUnary::Bang, is_int),
                            ));
                            fast.push(t.clone());
                            generic.push(reread.unwrap_or(t));
                        }
                    }
                }
            }
        }
        let mut generic_e = self.spec_generic(&tree, &generic, aug_is_some(&leaves));
        if let Some(plan) = fusion {
            let (test, value) = self.spec_fused(plan, &leaves, &fast);
            generic_e = js::cond(test, value, generic_e);
        }
        if with_ufunc {
            pre.push(generic_e);
            return Some(js::paren(js::seq(pre)));
        }
        if self.mentions_numpy && !has_pow(&tree) {
            generic_e = self.spec_np_float(&tree, &leaves, &fast, generic_e);
        }
        let fast_e = self.spec_fast(&tree, &fast);
        let fast_e = self.box_raw_float(fast_e);
        let test =
            checks.into_iter().reduce(|a, c| js::bin(BinaryOp::LogicalAnd, a, c)).unwrap_or_else(|| js::bool_lit(true));
        pre.push(js::cond(test, fast_e, generic_e));
        Some(js::paren(js::seq(pre)))
    }

    /// In a module importing numpy, the np.float64 form of a speculated expression (tried when
    /// the float one's check fails): every checked operand an np.float64 or a fractional
    /// number (with a division: np.float64 only, so that each division has an np.float64
    /// operand and divides as NumPy does, by IEEE rules), computed on raw doubles with one
    /// np.float64 made at the end instead of one per operator
    /// (`s += a[i] * 0.5`: `($r = $npv(s)) !== undefined && ... ? $npbox($r + $q * 0.5) : ...`).
    fn spec_np_float(&mut self, tree: &SNode, leaves: &[SLeaf], fast: &[JsExpr], generic_e: JsExpr) -> JsExpr {
        let f = self.h(if has_div(tree) { "npv64" } else { "npv" });
        let mut np_fast = fast.to_vec();
        let mut checks = vec![];
        let mut seen: Vec<(String, JsExpr)> = vec![];
        for (i, l) in leaves.iter().enumerate() {
            if l.kind != SKind::Checked {
                continue;
            }
            let key = match &fast[i] {
                JsExpr::Ident(id) => Some(id.sym.to_string()),
                _ => None,
            };
            if let Some((_, r)) = key.as_ref().and_then(|k| seen.iter().find(|(n, _)| n == k)) {
                np_fast[i] = r.clone();
                continue;
            }
            let r = js::id(&self.temp());
            let v = js::paren(js::assign(r.clone(), js::call(f.clone(), vec![fast[i].clone()])));
            checks.push(js::bin(BinaryOp::NotEqEq, v, js::undefined()));
            if let Some(k) = key {
                seen.push((k, r.clone()));
            }
            np_fast[i] = r;
        }
        let value = snode_raw(tree, &np_fast);
        let boxf = self.h("npbox");
        let Some(test) = checks.into_iter().reduce(|a, c| js::bin(BinaryOp::LogicalAnd, a, c)) else {
            return generic_e;
        };
        js::cond(test, js::call(boxf, vec![value]), generic_e)
    }

    /// NumPy elementwise fusion of a speculated expression (modules importing numpy): when every
    /// checked operand is a float64 C-contiguous array of one shape (and every operator has an
    /// array operand), the whole tree runs as one loop, a kernel hoisted to module level,
    /// with no temporary arrays: `c * c - a / (b + 1.0)` becomes
    /// ```js
    /// const $K1 = (o, n, A, S, U) => { const a0 = A[0], a1 = A[1], a2 = A[2], a3 = A[3];
    ///     for (let i = 0; i < n; i++) o[i] = a0[i] * a1[i] - a2[i] / (a3[i] + 1); };
    /// ... : typeof c === "object" && ($t4 = $fuse($K1, [c, c, a, b], [])) !== null ? $t4 : <generic>
    /// ```
    /// `$fuse` (rt/num.mjs, implemented by NumPy) returns null when an operand does not
    /// qualify; float64 `+ - * /`, negation and the ufuncs of `fused_ufunc` round per
    /// operation as NumPy's loops do. Returns the test and the value.
    fn spec_fused(&mut self, plan: FusePlan, leaves: &[SLeaf], fast: &[JsExpr]) -> (JsExpr, JsExpr) {
        let mut arrays: Vec<JsExpr> = vec![];
        let mut scalars: Vec<JsExpr> = vec![];
        for (l, v) in leaves.iter().zip(fast) {
            match l.kind {
                SKind::Checked => arrays.push(v.clone()),
                SKind::RawFloat | SKind::SmallInt => scalars.push(v.clone()),
                SKind::Lit => {}
            }
        }
        let n_arrays = arrays.len();
        let n_scalars = scalars.len();
        let FusePlan { body, bodies, text, helpers, ints } = plan;
        let kernel = self.hoist_const(format!("fuse:{n_arrays}:{n_scalars}:{text}"), |_| {
            let mut stmts = vec![];
            for j in 0..n_arrays {
                stmts.push(js::const_decl(&format!("a{j}"), js::index(js::id("A"), js::num(j as f64))));
            }
            for j in 0..n_scalars {
                stmts.push(js::const_decl(&format!("s{j}"), js::index(js::id("S"), js::num(j as f64))));
            }
            for h in &helpers {
                let v = match h.as_str() {
                    // NumPy's maximum/minimum: a NaN operand wins, a tie gives `y` (`maxF`/`minF` in numpy/_core.mjs).
                    "mx" | "mn" => {
                        let cmp = if h == "mx" { BinaryOp::Gt } else { BinaryOp::Lt };
                        let (x, y) = (js::id("x"), js::id("y"));
                        let pick = js::cond(js::bin(cmp, x.clone(), y.clone()), x.clone(), y.clone());
                        let e = js::cond(
                            js::bin(BinaryOp::NotEqEq, x.clone(), x.clone()),
                            x.clone(),
                            js::cond(js::bin(BinaryOp::NotEqEq, y.clone(), y.clone()), y, pick),
                        );
                        js::arrow(vec!["x", "y"], vec![js::return_stmt(Some(e), swc_common::DUMMY_SP)], false)
                    }
                    // `U(name)`: the float64 loop function of a unary ufunc (numpy/_core.mjs `UN_FLOAT`).
                    name => js::call(js::id("U"), vec![js::str_lit(name.trim_start_matches("u_"))]),
                };
                stmts.push(js::const_decl(h, v));
            }
            // The last n % 4 elements first, then the rest unrolled by 4 (V8 runs it about 1.3-2x faster).
            // Nothing follows the hot loop: V8's on-stack-replaced code for a loop whose following code
            // had not run yet deoptimizes at the loop exit on every later call (slow re-entry each time).
            let sp = swc_common::DUMMY_SP;
            let four =
                js::bin(BinaryOp::Sub, js::id("n"), js::paren(js::bin(BinaryOp::Mod, js::id("n"), js::num(4.0))));
            stmts.push(js::const_decl("m", four));
            let unrolled: Vec<_> = bodies
                .into_iter()
                .enumerate()
                .map(|(k, b)| {
                    let at = if k == 0 { js::id("i") } else { js::bin(BinaryOp::Add, js::id("i"), js::num(k as f64)) };
                    js::expr_stmt(js::assign(js::index(js::id("o"), at), b), sp)
                })
                .collect();
            let update = JsExpr::Update(swc_ecma_ast::UpdateExpr {
                span: sp,
                op: swc_ecma_ast::UpdateOp::PlusPlus,
                prefix: false,
                arg: Box::new(js::id("i")),
            });
            let store = js::assign(js::index(js::id("o"), js::id("i")), body);
            stmts.push(js::for_stmt(
                vec![("i", js::id("m"))],
                js::bin(BinaryOp::Lt, js::id("i"), js::id("n")),
                update,
                vec![js::expr_stmt(store, sp)],
                sp,
            ));
            let step = js::assign_op(swc_ecma_ast::AssignOp::AddAssign, js::id("i"), js::num(4.0));
            stmts.push(js::for_stmt(
                vec![("i", js::num(0.0))],
                js::bin(BinaryOp::Lt, js::id("i"), js::id("m")),
                step,
                unrolled,
                sp,
            ));
            js::arrow(vec!["o", "n", "A", "S", "U"], stmts, false)
        });
        let first = arrays[0].clone();
        let f = self.h("fuse");
        let mut args = vec![kernel, js::array(arrays), js::array(scalars)];
        if let Some((fl, c, e)) = ints {
            args.extend([js::num(fl as u8 as f64), js::num(c), js::num(e)]);
        }
        let call = js::call(f, args);
        let t = self.temp();
        let is_obj = js::bin(BinaryOp::EqEqEq, js::unary(JsUnary::TypeOf, first), js::str_lit("object"));
        let not_null = js::bin(BinaryOp::NotEqEq, js::paren(js::assign(js::id(&t), call)), js::null());
        (js::bin(BinaryOp::LogicalAnd, is_obj, not_null), js::id(&t))
    }

    /// The shape of a speculated float expression and whether its value is a float; `None`
    /// when `e` does not qualify.
    fn spec_plan<'e>(&self, e: &'e Expr, seen_op: &mut bool, leaves: &mut Vec<SLeaf<'e>>) -> Option<(SNode, bool)> {
        if let Some((lit, is_float)) = spec_literal(e) {
            leaves.push(SLeaf { kind: SKind::Lit, expr: Some(e), lit, lit_float: is_float });
            return Some((SNode::Leaf(leaves.len() - 1), is_float));
        }
        match e {
            Expr::BinOp(b)
                if matches!(b.op, Operator::Add | Operator::Sub | Operator::Mult | Operator::Div | Operator::Pow) =>
            {
                if b.op == Operator::Pow && spec_literal(&b.right).is_none() {
                    return self.spec_leaf(e, seen_op, leaves);
                }
                if self.ty(e).known() {
                    // Typed arithmetic (ints, raw floats): a leaf of its own.
                    return self.spec_leaf(e, seen_op, leaves);
                }
                let (l, lf) = self.spec_plan(&b.left, seen_op, leaves)?;
                let (r, rf) = self.spec_plan(&b.right, seen_op, leaves)?;
                *seen_op = true;
                // Each operator needs a float operand (an int one is converted exactly).
                if !(lf || rf) || (b.op == Operator::Pow && !lf) {
                    return None;
                }
                Some((SNode::Bin(b.op, Box::new(l), Box::new(r), b.range), true))
            }
            Expr::Call(c) if self.mentions_numpy && self.spec_ufunc(c).is_some() => {
                let name = self.spec_ufunc(c)?;
                let mut kids = vec![];
                for a in &c.args {
                    kids.push(self.spec_plan(a, seen_op, leaves)?.0);
                }
                *seen_op = true;
                Some((SNode::Ufunc(name, c.func.clone(), kids), true))
            }
            Expr::UnaryOp(u) if u.op == UnaryOp::USub && !self.ty(e).known() => {
                let (v, f) = self.spec_plan(&u.operand, seen_op, leaves)?;
                *seen_op = true;
                if !f {
                    return None;
                }
                Some((SNode::Neg(Box::new(v)), true))
            }
            _ => self.spec_leaf(e, seen_op, leaves),
        }
    }

    /// `np.sqrt(x)`, `np.maximum(x, y)`: a ufunc call with a fused form, its name.
    fn spec_ufunc(&self, c: &ExprCall) -> Option<String> {
        let Expr::Attribute(a) = &*c.func else { return None };
        let name = a.attr.as_str();
        (self.numpy_ufunc_call(c) && fused_ufunc(name) == Some(c.args.len())).then(|| name.to_string())
    }

    fn spec_leaf<'e>(&self, e: &'e Expr, seen_op: &mut bool, leaves: &mut Vec<SLeaf<'e>>) -> Option<(SNode, bool)> {
        if contains_walrus(e) {
            return None;
        }
        // Operands that are never numbers: no speculation.
        if matches!(
            e,
            Expr::List(_)
                | Expr::Tuple(_)
                | Expr::Dict(_)
                | Expr::Set(_)
                | Expr::JoinedStr(_)
                | Expr::Compare(_)
                | Expr::Constant(ExprConstant {
                    value: Constant::Str(_) | Constant::Bytes(_) | Constant::None | Constant::Bool(_),
                    ..
                })
        ) {
            return None;
        }
        let (kind, is_float) = match self.ty(e) {
            Ty::Float if self.float_native(e) || self.is_raw_float_var(e) => (SKind::RawFloat, true),
            Ty::SmallInt => (SKind::SmallInt, false),
            // A float in the normal representation (a call's return value...): checked like an
            // unknown operand (a boxed integral float takes the generic path).
            Ty::Unknown | Ty::Bottom | Ty::Float => (SKind::Checked, true),
            _ => return None,
        };
        // After an operator, only reads that cannot fail or run code may be moved before it.
        if *seen_op {
            let pure = match e {
                Expr::Name(n) => {
                    (matches!(self.resolve(n.id.as_str()), crate::semantic::Resolved::Local)
                        && !self.unbound_checks.contains_key(&crate::parse::start(n.range)))
                        || self.spec_pure_global(n)
                }
                _ => false,
            };
            if !pure {
                return None;
            }
        }
        leaves.push(SLeaf { kind, expr: Some(e), lit: 0.0, lit_float: false });
        Some((SNode::Leaf(leaves.len() - 1), is_float))
    }

    /// In a module importing numpy, a module variable whose read cannot fail (no unbound check):
    /// such a leaf is checked from an early read, but the generic path reads it again in
    /// Python's order (an operator's user dunder may rebind it).
    fn spec_pure_global(&self, n: &ExprName) -> bool {
        let name = n.id.as_str();
        self.mentions_numpy
            && self.resolve(name) == crate::semantic::Resolved::Global
            && !self.unbound_checks.contains_key(&crate::parse::start(n.range))
            && !(self.fns.len() > 1 && self.fns[0].marked.contains(name))
    }

    /// A local of the current function that only its own code assigns (no `nonlocal` anywhere).
    pub(super) fn spec_stable_local(&self, n: &ExprName) -> bool {
        let name = n.id.as_str();
        let sc = self.sem.scope(self.scope);
        matches!(self.resolve(name), crate::semantic::Resolved::Local)
            && sc.binds(name)
            && !sc.globals.contains(name)
            && !sc.nonlocals.contains(name)
            && !self.sem.declared_nonlocal.contains(name)
            && !self.unbound_checks.contains_key(&crate::parse::start(n.range))
    }

    fn spec_fast(&mut self, t: &SNode, leaves: &[JsExpr]) -> JsExpr {
        match t {
            SNode::Leaf(i) => leaves[*i].clone(),
            // Trees with ufuncs have no float fast path (`spec_float`).
            SNode::Ufunc(..) => js::null(),
            SNode::Neg(v) => {
                let v = self.spec_fast(v, leaves);
                js::paren(js::unary(JsUnary::Minus, v))
            }
            SNode::Bin(op, l, r, rng) => {
                let l = self.spec_fast(l, leaves);
                let r = self.spec_fast(r, leaves);
                match op {
                    Operator::Add => js::paren(js::bin(BinaryOp::Add, l, r)),
                    Operator::Sub => js::paren(js::bin(BinaryOp::Sub, l, r)),
                    Operator::Mult => js::paren(js::bin(BinaryOp::Mul, l, r)),
                    Operator::Div => {
                        let f = self.h("fdiv");
                        self.call_sp(f, vec![l, r], self.span(*rng))
                    }
                    _ => {
                        let f = self.h("fpow");
                        self.call_sp(f, vec![l, r], self.span(*rng))
                    }
                }
            }
        }
    }

    fn spec_generic(&mut self, t: &SNode, leaves: &[JsExpr], inplace_top: bool) -> JsExpr {
        match t {
            SNode::Leaf(i) => leaves[*i].clone(),
            SNode::Ufunc(_, callee, args) => {
                let f = self.expr(callee);
                let mut vs = vec![];
                for a in args {
                    let v = self.spec_generic(a, leaves, false);
                    // A temporary argument may take the result (lower/expr.rs `tmp_operand`).
                    let v = if matches!(a, SNode::Leaf(_)) {
                        v
                    } else {
                        let h = self.h("tmp");
                        js::call(h, vec![v])
                    };
                    vs.push(v);
                }
                js::call(f, vs)
            }
            SNode::Neg(v) => {
                let v = self.spec_generic(v, leaves, false);
                let f = self.h("neg");
                js::call(f, vec![v])
            }
            SNode::Bin(op, l, r, rng) => {
                // An operand that is itself an operator's value is a temporary (`$tmp`).
                let tmp_child = |c: &SNode| {
                    matches!(
                        c,
                        SNode::Bin(Operator::Add | Operator::Sub | Operator::Mult | Operator::Div, ..)
                            | SNode::Ufunc(..)
                    ) && matches!(op, Operator::Add | Operator::Sub | Operator::Mult | Operator::Div)
                        && !inplace_top
                };
                let (lt, rt) = (tmp_child(l), tmp_child(r));
                let mut l = self.spec_generic(l, leaves, false);
                let mut r = self.spec_generic(r, leaves, false);
                if lt {
                    let f = self.h("tmp");
                    l = js::call(f, vec![l]);
                }
                if rt {
                    let f = self.h("tmp");
                    r = js::call(f, vec![r]);
                }
                let name = match (op, inplace_top) {
                    (Operator::Add, false) => "add",
                    (Operator::Sub, false) => "sub",
                    (Operator::Mult, false) => "mul",
                    (Operator::Div, false) => "truediv",
                    (_, false) => "pow",
                    (Operator::Add, true) => "iadd",
                    (Operator::Sub, true) => "isub",
                    (Operator::Mult, true) => "imul",
                    (Operator::Div, true) => "itruediv",
                    (_, true) => "ipow",
                };
                let f = self.h(name);
                self.call_sp(f, vec![l, r], self.span(*rng))
            }
        }
    }
}

/// A fused kernel's element expression, its text (the hoisting key) and the kernel-local
/// helpers it uses (see [`Lowerer::spec_fused`]).
struct FusePlan {
    /// At index `i`, and at `i`, `i + 1`, `i + 2`, `i + 3` (the unrolled loop).
    body: JsExpr,
    bodies: Vec<JsExpr>,
    text: String,
    helpers: Vec<String>,
    /// Lets int64 array operands in (`$fuse`'s `fl, c, e`, numpy.mjs `fuseIntsExact`):
    /// whether the result is float64 whatever the operands, and `c`, `e` bounding every int64
    /// node by `c * M**e` for operands up to `M`; `None` when an int64 node could be -0 (a
    /// negation, or a product of operands that may be negative), which a double would keep and
    /// NumPy's int64 would not.
    ints: Option<(bool, f64, f64)>,
}

/// The fused form of `tree`, when it has two operations or more, each with an array operand
/// (checked leaves are the arrays); `None` otherwise.
fn fuse_plan(tree: &SNode, leaves: &[SLeaf]) -> Option<FusePlan> {
    fn ops(t: &SNode) -> usize {
        match t {
            SNode::Leaf(_) => 0,
            SNode::Neg(v) => 1 + ops(v),
            SNode::Bin(_, l, r, _) => 1 + ops(l) + ops(r),
            SNode::Ufunc(_, _, a) => 1 + a.iter().map(ops).sum::<usize>(),
        }
    }
    if ops(tree) < 2 {
        return None;
    }
    // Kernel parameter names per leaf: arrays `a0..`, run-time scalars `s0..`.
    let (mut na, mut ns) = (0, 0);
    let mut names: Vec<String> = vec![];
    for l in leaves {
        names.push(match l.kind {
            SKind::Checked => {
                na += 1;
                format!("a{}", na - 1)
            }
            SKind::RawFloat | SKind::SmallInt => {
                ns += 1;
                format!("s{}", ns - 1)
            }
            SKind::Lit => String::new(),
        });
    }
    if na == 0 {
        return None;
    }
    fn kexpr(
        t: &SNode,
        leaves: &[SLeaf],
        names: &[String],
        helpers: &mut Vec<String>,
        idx: &JsExpr,
    ) -> Option<(JsExpr, String, bool)> {
        match t {
            SNode::Leaf(i) => {
                let l = &leaves[*i];
                Some(match l.kind {
                    SKind::Lit => (js::num(l.lit), format!("{:?}", l.lit), false),
                    SKind::Checked => (js::index(js::id(&names[*i]), idx.clone()), format!("{}[i]", names[*i]), true),
                    _ => (js::id(&names[*i]), names[*i].clone(), false),
                })
            }
            SNode::Neg(v) => {
                let (e, s, arr) = kexpr(v, leaves, names, helpers, idx)?;
                arr.then(|| (js::paren(js::unary(JsUnary::Minus, e)), format!("-({s})"), true))
            }
            SNode::Bin(op, l, r, _) => {
                if *op == Operator::Pow {
                    // `x ** 2` is NumPy's square, `x * x`.
                    let two = matches!(**r, SNode::Leaf(j) if leaves[j].kind == SKind::Lit && leaves[j].lit == 2.0);
                    if !two || !matches!(**l, SNode::Leaf(_)) {
                        return None;
                    }
                    let (e, s, arr) = kexpr(l, leaves, names, helpers, idx)?;
                    return arr.then(|| (js::paren(js::bin(BinaryOp::Mul, e.clone(), e)), format!("({s}*{s})"), true));
                }
                let (le, ls, la) = kexpr(l, leaves, names, helpers, idx)?;
                let (re, rs, ra) = kexpr(r, leaves, names, helpers, idx)?;
                if !(la || ra) {
                    return None;
                }
                let (jop, sym) = match op {
                    Operator::Add => (BinaryOp::Add, "+"),
                    Operator::Sub => (BinaryOp::Sub, "-"),
                    Operator::Mult => (BinaryOp::Mul, "*"),
                    Operator::Div => (BinaryOp::Div, "/"),
                    _ => return None,
                };
                Some((js::paren(js::bin(jop, le, re)), format!("({ls}{sym}{rs})"), true))
            }
            SNode::Ufunc(name, _, args) => {
                let mut es = vec![];
                let mut texts = vec![];
                let mut any_arr = false;
                for a in args {
                    let (e, s, arr) = kexpr(a, leaves, names, helpers, idx)?;
                    es.push(e);
                    texts.push(s);
                    any_arr |= arr;
                }
                if !any_arr {
                    return None;
                }
                let text = format!("{name}({})", texts.join(","));
                let mut use_helper = |h: &str| {
                    if !helpers.iter().any(|x| x == h) {
                        helpers.push(h.to_string());
                    }
                    js::id(h)
                };
                let e = match (name.as_str(), es.as_slice()) {
                    ("sqrt", [x]) => js::call(js::member(js::id("Math"), "sqrt"), vec![x.clone()]),
                    ("absolute" | "abs" | "fabs", [x]) => js::call(js::member(js::id("Math"), "abs"), vec![x.clone()]),
                    ("negative", [x]) => js::paren(js::unary(JsUnary::Minus, x.clone())),
                    ("square", [x]) if matches!(args[0], SNode::Leaf(_)) => {
                        js::paren(js::bin(BinaryOp::Mul, x.clone(), x.clone()))
                    }
                    ("maximum", [x, y]) => js::call(use_helper("mx"), vec![x.clone(), y.clone()]),
                    ("minimum", [x, y]) => js::call(use_helper("mn"), vec![x.clone(), y.clone()]),
                    (u, [x]) if fused_ufunc(u) == Some(1) => js::call(use_helper(&format!("u_{u}")), vec![x.clone()]),
                    _ => return None,
                };
                Some((e, text, true))
            }
        }
    }
    let mut helpers = vec![];
    let (body, text, _) = kexpr(tree, leaves, &names, &mut helpers, &js::id("i"))?;
    let mut bodies = vec![];
    for k in 0..4 {
        let at = if k == 0 { js::id("i") } else { js::bin(BinaryOp::Add, js::id("i"), js::num(k as f64)) };
        bodies.push(kexpr(tree, leaves, &names, &mut helpers, &at)?.0);
    }
    let ints = fuse_ints(tree, leaves);
    Some(FusePlan { body, bodies, text, helpers, ints })
}

/// [`FusePlan::ints`] for `tree`.
fn fuse_ints(tree: &SNode, leaves: &[SLeaf]) -> Option<(bool, f64, f64)> {
    #[derive(Default)]
    struct Seen {
        neg: bool,
        mul: bool,
        sub: bool,
        neg_lit: bool,
        /// The largest `c` and `e` of the int64 nodes' bounds `c * M**e`.
        c: f64,
        e: f64,
    }
    /// `Some((c, e))` when `t` may be int64 (NumPy 2's promotion: a float operand, `/` and
    /// most ufuncs make float64), `|t| <= c * M**e` for operands of magnitude up to `M >= 1`.
    fn bound(t: &SNode, leaves: &[SLeaf], seen: &mut Seen) -> Option<(f64, f64)> {
        let r = match t {
            SNode::Leaf(i) => {
                let l = &leaves[*i];
                match l.kind {
                    SKind::Lit if !l.lit_float => {
                        seen.neg_lit |= l.lit < 0.0;
                        Some((l.lit.abs(), 0.0))
                    }
                    SKind::Lit | SKind::RawFloat => None,
                    SKind::Checked | SKind::SmallInt => Some((1.0, 1.0)),
                }
            }
            SNode::Neg(v) => {
                let b = bound(v, leaves, seen);
                seen.neg |= b.is_some();
                b
            }
            SNode::Bin(op, l, r, _) => {
                let lb = bound(l, leaves, seen);
                let rb = bound(r, leaves, seen);
                match (op, lb, rb) {
                    (Operator::Div, _, _) => None,
                    (Operator::Pow, Some((c, e)), _) => Some((c * c, 2.0 * e)),
                    (Operator::Mult, Some((lc, le)), Some((rc, re))) => {
                        seen.mul = true;
                        Some((lc * rc, le + re))
                    }
                    (Operator::Sub, Some((lc, le)), Some((rc, re))) => {
                        seen.sub = true;
                        Some((lc + rc, le.max(re)))
                    }
                    (Operator::Add, Some((lc, le)), Some((rc, re))) => Some((lc + rc, le.max(re))),
                    _ => None,
                }
            }
            SNode::Ufunc(name, _, args) => {
                let mut all = Some((0.0, 0.0));
                for a in args {
                    let b = bound(a, leaves, seen);
                    all = match (all, b) {
                        (Some((c, e)), Some((bc, be))) => Some((c + bc, f64::max(e, be))),
                        _ => None,
                    };
                }
                match name.as_str() {
                    "negative" => {
                        seen.neg |= all.is_some();
                        all
                    }
                    "square" => all.map(|(c, e)| (c * c, 2.0 * e)),
                    "absolute" | "abs" | "maximum" | "minimum" => all,
                    _ => None,
                }
            }
        };
        if let Some((c, e)) = r {
            seen.c = seen.c.max(c);
            seen.e = seen.e.max(e);
        }
        r
    }
    let mut seen = Seen::default();
    let int_root = bound(tree, leaves, &mut seen).is_some();
    if seen.neg || (seen.mul && (seen.sub || seen.neg_lit)) || !seen.c.is_finite() || seen.c >= 9007199254740992.0 {
        return None;
    }
    Some((!int_root, seen.c.max(1.0), seen.e))
}

/// The arity of a NumPy ufunc that fused kernels compute for float64 operands.
fn fused_ufunc(name: &str) -> Option<usize> {
    match name {
        "maximum" | "minimum" => Some(2),
        // sin/cos run their own hand-inlined loops (`sinArray`): not fused.
        "sqrt" | "absolute" | "abs" | "fabs" | "negative" | "square" | "exp" | "log" | "log2" | "log10" | "expm1"
        | "log1p" | "exp2" | "tan" | "arcsin" | "arccos" | "arctan" | "sinh" | "cosh" | "tanh" | "arcsinh"
        | "arccosh" | "arctanh" => Some(1),
        _ => None,
    }
}

fn has_pow(t: &SNode) -> bool {
    match t {
        SNode::Leaf(_) => false,
        SNode::Neg(v) => has_pow(v),
        SNode::Bin(op, l, r, _) => *op == Operator::Pow || has_pow(l) || has_pow(r),
        SNode::Ufunc(_, _, args) => args.iter().any(has_pow),
    }
}

fn has_ufunc(t: &SNode) -> bool {
    match t {
        SNode::Leaf(_) => false,
        SNode::Neg(v) => has_ufunc(v),
        SNode::Bin(_, l, r, _) => has_ufunc(l) || has_ufunc(r),
        SNode::Ufunc(..) => true,
    }
}

/// The operator each leaf is an operand of.
fn leaf_parents(t: &SNode, parent: Option<Operator>, out: &mut [Option<Operator>]) {
    match t {
        SNode::Leaf(i) => out[*i] = parent,
        SNode::Neg(v) => leaf_parents(v, None, out),
        SNode::Ufunc(_, _, args) => args.iter().for_each(|a| leaf_parents(a, None, out)),
        SNode::Bin(op, l, r, _) => {
            leaf_parents(l, Some(*op), out);
            leaf_parents(r, Some(*op), out);
        }
    }
}

fn has_div(t: &SNode) -> bool {
    match t {
        SNode::Leaf(_) => false,
        SNode::Neg(v) => has_div(v),
        SNode::Bin(op, l, r, _) => *op == Operator::Div || has_div(l) || has_div(r),
        SNode::Ufunc(_, _, args) => args.iter().any(has_div),
    }
}

/// The augmented assignment form: its first leaf is the target's current value.
fn aug_is_some(leaves: &[SLeaf]) -> bool {
    leaves.first().is_some_and(|l| l.expr.is_none())
}

/// Whether `cur op= e` may be speculated.
fn spec_op_ok(op: Operator, e: &Expr) -> bool {
    match op {
        Operator::Add | Operator::Sub | Operator::Mult | Operator::Div => true,
        Operator::Pow => spec_literal(e).is_some(),
        _ => false,
    }
}

/// A numeric literal usable in speculated float code: its value and whether it is a float.
fn spec_literal(e: &Expr) -> Option<(f64, bool)> {
    let (c, neg) = match e {
        Expr::Constant(c) => (&c.value, false),
        Expr::UnaryOp(u) if u.op == UnaryOp::USub => match &*u.operand {
            Expr::Constant(c) => (&c.value, true),
            _ => return None,
        },
        _ => return None,
    };
    let (v, f) = match c {
        Constant::Float(f) if f.is_finite() => (*f, true),
        Constant::Int(i) => {
            let i: i64 = i.to_string().parse().ok()?;
            if i.abs() > (1 << 31) {
                return None;
            }
            (i as f64, false)
        }
        _ => return None,
    };
    Some((if neg { -v } else { v }, f))
}

fn contains_walrus(e: &Expr) -> bool {
    let mut found = false;
    fn walk(e: &Expr, found: &mut bool) {
        if *found {
            return;
        }
        match e {
            Expr::NamedExpr(_)
            | Expr::Lambda(_)
            | Expr::ListComp(_)
            | Expr::SetComp(_)
            | Expr::DictComp(_)
            | Expr::GeneratorExp(_)
            | Expr::Yield(_)
            | Expr::YieldFrom(_)
            | Expr::Await(_) => *found = true,
            _ => crate::infer::walk_children(e, |c| walk(c, found)),
        }
    }
    walk(e, &mut found);
    found
}

/// `typeof v === "number"`.
pub(super) fn is_number(v: JsExpr) -> JsExpr {
    js::bin(BinaryOp::EqEqEq, js::unary(JsUnary::TypeOf, v), js::str_lit("number"))
}

/// One piece of a `print` line whose text is known without the generic `str()` dispatch.
enum PrintPiece {
    Text(String),
    Js(JsExpr),
}

impl Lowerer<'_> {
    /// In an entry module whose body cannot raise (`lean`, so every variable holds a constant):
    /// `print(a, b, sep=" ", end="\n")` where every argument is a str/int/bool/None constant or
    /// of inferred type str, int or bool, and `sep`/`end` are str constants: the line is built with JS
    /// string concatenation and written with `$print_str`, which needs none of the generic
    /// `str()`/`repr()` dispatch. `print("Hello, world!")` becomes `$print_str("Hello, world!\n")`.
    /// Only for a `print` statement: `$print_str` is the runtime's buffered write, which returns
    /// nothing rather than None.
    pub(super) fn print_str_fast(&mut self, e: &Expr) -> Option<JsExpr> {
        // Elsewhere the generic `$print` ships anyway (with `$main`), and is shorter to call.
        if !self.lean {
            return None;
        }
        let Expr::Call(c) = e else { return None };
        let Expr::Name(f) = &*c.func else { return None };
        if f.id.as_str() != "print" || self.resolve("print") != crate::semantic::Resolved::Builtin {
            return None;
        }
        let mut sep = " ".to_string();
        let mut end = "\n".to_string();
        for k in &c.keywords {
            let Expr::Constant(ExprConstant { value: Constant::Str(s), .. }) = &k.value else { return None };
            match k.arg.as_ref().map(|a| a.as_str()) {
                Some("sep") => sep = s.clone(),
                Some("end") => end = s.clone(),
                _ => return None,
            }
        }
        // Decide before lowering anything, so bailing out leaves no trace.
        let mut kinds = vec![];
        for a in &c.args {
            let k = match a {
                Expr::Constant(ExprConstant { value, .. }) => match value {
                    Constant::Str(s) => PrintPiece::Text(s.clone()),
                    // CPython refuses to print ints past 4300 digits (ValueError).
                    Constant::Int(i) if i.to_string().len() <= 4300 => PrintPiece::Text(i.to_string()),
                    Constant::Bool(b) => PrintPiece::Text(if *b { "True" } else { "False" }.into()),
                    Constant::None => PrintPiece::Text("None".into()),
                    Constant::Float(f) => PrintPiece::Text(py_float_repr(*f)),
                    _ => return None,
                },
                Expr::Starred(_) => return None,
                // `1 / 3`, `-0.5 * 3`: folded (IEEE arithmetic is CPython's), printed as text.
                Expr::BinOp(_) | Expr::UnaryOp(_) => PrintPiece::Text(fold_num(a)?.repr()),
                Expr::JoinedStr(j) => {
                    for v in &j.values {
                        match v {
                            Expr::Constant(ExprConstant { value: Constant::Str(_), .. }) => {}
                            Expr::FormattedValue(f) => {
                                self.lean_field(f)?;
                            }
                            _ => return None,
                        }
                    }
                    PrintPiece::Js(js::null())
                }
                e => match self.lean_ty(e) {
                    // `Ty::Bool` is a real bool here: lean code has no comparisons.
                    Ty::Str | Ty::SmallInt | Ty::Int | Ty::Bool | Ty::Float => PrintPiece::Js(js::null()),
                    _ => return None,
                },
            };
            kinds.push(k);
        }
        let mut pieces: Vec<PrintPiece> = vec![];
        let push_text = |pieces: &mut Vec<PrintPiece>, s: &str| match pieces.last_mut() {
            Some(PrintPiece::Text(t)) => t.push_str(s),
            _ => pieces.push(PrintPiece::Text(s.to_string())),
        };
        for (i, (a, k)) in c.args.iter().zip(kinds).enumerate() {
            if i > 0 {
                push_text(&mut pieces, &sep);
            }
            match k {
                PrintPiece::Text(s) => push_text(&mut pieces, &s),
                PrintPiece::Js(_) => {
                    if let Expr::JoinedStr(j) = a {
                        for v in &j.values {
                            match v {
                                Expr::Constant(ExprConstant { value: Constant::Str(s), .. }) => {
                                    push_text(&mut pieces, s)
                                }
                                Expr::FormattedValue(f) => match self.lean_field(f) {
                                    Some(None) => {
                                        let v = self.lean_str(&f.value);
                                        pieces.push(PrintPiece::Js(v));
                                    }
                                    Some(Some(p)) => {
                                        let v = self.expr(&f.value);
                                        let h = self.h("float_fixed");
                                        pieces.push(PrintPiece::Js(js::call(h, vec![v, js::num(p as f64)])));
                                    }
                                    None => unreachable!("checked above"),
                                },
                                _ => unreachable!("checked above"),
                            }
                        }
                        continue;
                    }
                    let v = self.lean_str(a);
                    pieces.push(PrintPiece::Js(v));
                }
            }
        }
        push_text(&mut pieces, &end);
        let mut line: Option<JsExpr> = None;
        for p in pieces {
            let e = match p {
                PrintPiece::Text(s) => js::str_lit(&s),
                PrintPiece::Js(e) => e,
            };
            line = Some(match line {
                None => e,
                Some(l) => js::bin(BinaryOp::Add, l, e),
            });
        }
        let f = self.h("print_str");
        Some(js::call(f, vec![line.unwrap_or_else(|| js::str_lit(""))]))
    }

    /// `str()` of a lean value of inferred type str, int, bool or float (see `print_str_fast`).
    fn lean_str(&mut self, a: &Expr) -> JsExpr {
        let ty = self.lean_ty(a);
        let v = self.expr(a);
        match ty {
            Ty::Str => v,
            Ty::Bool => js::cond(v, js::str_lit("True"), js::str_lit("False")),
            // CPython's shortest repr, without the generic `str()` dispatch or dtoa.
            Ty::Float => js::call(self.h("float_repr"), vec![v]),
            // A safe-integer JS number prints as Python prints it; so does a BigInt assigned from
            // a constant `body_cannot_raise` accepted (at most 4300 digits, CPython's limit).
            _ => js::call(js::id("String"), vec![v]),
        }
    }

    /// An f-string field `print_str_fast` can print: `Some(None)` for `{x}` (x of inferred type
    /// str, int, bool or float), `Some(Some(n))` for `{x:.nf}` (x a float, n <= 20: `$float_fixed`).
    fn lean_field(&self, f: &ExprFormattedValue) -> Option<Option<u32>> {
        if f.conversion != ConversionFlag::None {
            return None;
        }
        let ty = self.lean_ty(&f.value);
        match f.format_spec.as_deref().map(lean_fixed_spec) {
            None => matches!(ty, Ty::Str | Ty::SmallInt | Ty::Int | Ty::Bool | Ty::Float).then_some(None),
            Some(p) => matches!(ty, Ty::Float | Ty::SmallInt).then_some(Some(p?)),
        }
    }

    /// The type of a value in a `lean` module: a variable's from the constants its name is
    /// assigned (`lean_kinds`; a lean module assigns nothing else), else the inferred one.
    fn lean_ty(&self, e: &Expr) -> Ty {
        if let Expr::Name(n) = e {
            if let Some(t) = self.lean_types.get(n.id.as_str()) {
                return *t;
            }
        }
        match e {
            Expr::Constant(ExprConstant { value: Constant::Float(_), .. }) => Ty::Float,
            _ => self.ty(e),
        }
    }
}

/// The precision `n` of a literal format spec `.nf` with n <= 20 (what `$float_fixed` does).
pub(super) fn lean_fixed_spec(spec: &Expr) -> Option<u32> {
    let Expr::JoinedStr(j) = spec else { return None };
    let [Expr::Constant(ExprConstant { value: Constant::Str(s), .. })] = j.values.as_slice() else { return None };
    let d = s.strip_prefix('.')?.strip_suffix('f')?;
    if d.is_empty() || d.len() > 2 || !d.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    d.parse().ok().filter(|p| *p <= 20)
}

/// A numeric constant expression's Python value (`fold_num`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum LeanNum {
    Int(i64),
    Float(f64),
}

impl LeanNum {
    fn f(self) -> f64 {
        match self {
            LeanNum::Int(i) => i as f64,
            LeanNum::Float(f) => f,
        }
    }

    pub(super) fn repr(self) -> String {
        match self {
            LeanNum::Int(i) => i.to_string(),
            LeanNum::Float(f) => py_float_repr(f),
        }
    }
}

/// Ints stay within 2**53 so that every conversion to float is exact (CPython converts an int
/// operand of a float operation, or both of a true division, exactly then).
const LEAN_INT_MAX: i64 = 1 << 53;

/// The value of a constant expression of int/float literals and `+ - * /` (and unary `-`/`+`)
/// that cannot raise, computed as CPython computes it (IEEE doubles; `/` of ints converts both);
/// None for anything else, a division by zero, or an int beyond 2**53.
pub(super) fn fold_num(e: &Expr) -> Option<LeanNum> {
    let small = |i: i64| (i.abs() <= LEAN_INT_MAX).then_some(LeanNum::Int(i));
    match e {
        Expr::Constant(ExprConstant { value, .. }) => match value {
            Constant::Int(i) => small(i.to_string().parse::<i64>().ok()?),
            Constant::Float(f) => Some(LeanNum::Float(*f)),
            _ => None,
        },
        Expr::UnaryOp(u) => match (u.op, fold_num(&u.operand)?) {
            (UnaryOp::UAdd, v) => Some(v),
            (UnaryOp::USub, LeanNum::Int(i)) => small(-i),
            (UnaryOp::USub, LeanNum::Float(f)) => Some(LeanNum::Float(-f)),
            _ => None,
        },
        Expr::BinOp(b) => {
            let (l, r) = (fold_num(&b.left)?, fold_num(&b.right)?);
            if let (LeanNum::Int(x), LeanNum::Int(y)) = (l, r) {
                return match b.op {
                    Operator::Add => small(x.checked_add(y)?),
                    Operator::Sub => small(x.checked_sub(y)?),
                    Operator::Mult => small(x.checked_mul(y)?),
                    Operator::Div if y != 0 => Some(LeanNum::Float(x as f64 / y as f64)),
                    _ => None,
                };
            }
            let (x, y) = (l.f(), r.f());
            Some(LeanNum::Float(match b.op {
                Operator::Add => x + y,
                Operator::Sub => x - y,
                Operator::Mult => x * y,
                Operator::Div if y != 0.0 => x / y,
                _ => return None,
            }))
        }
        _ => None,
    }
}

/// CPython's `repr(float)`: the shortest digits that round-trip (Rust's `{:e}` gives them), in
/// fixed notation when the decimal point falls within -4 < exponent + 1 <= 16, else as
/// `d.ddde+XX` with at least two exponent digits; `inf`, `nan`, `-0.0`.
pub(crate) fn py_float_repr(v: f64) -> String {
    if v.is_nan() {
        return "nan".into();
    }
    if v.is_infinite() {
        return if v > 0.0 { "inf" } else { "-inf" }.into();
    }
    if v == 0.0 {
        return if v.is_sign_negative() { "-0.0" } else { "0.0" }.into();
    }
    let s = format!("{:e}", v.abs());
    let (mant, exp) = s.split_once('e').expect("LowerExp has an exponent");
    let exp: i32 = exp.parse().expect("LowerExp's exponent is an integer");
    let digits: String = mant.chars().filter(|c| *c != '.').collect();
    let n = digits.len() as i32;
    let decpt = exp + 1;
    let body = if -4 < decpt && decpt <= 16 {
        if decpt <= 0 {
            format!("0.{}{digits}", "0".repeat((-decpt) as usize))
        } else if decpt >= n {
            format!("{digits}{}.0", "0".repeat((decpt - n) as usize))
        } else {
            format!("{}.{}", &digits[..decpt as usize], &digits[decpt as usize..])
        }
    } else {
        let rest = if n > 1 { format!(".{}", &digits[1..]) } else { String::new() };
        let e = decpt - 1;
        format!("{}{rest}e{}{:02}", &digits[..1], if e < 0 { '-' } else { '+' }, e.abs())
    };
    if v < 0.0 {
        format!("-{body}")
    } else {
        body
    }
}

/// The bounds checks of an inline element access `w[j]` with `j = iv` (typeof number unless
/// `small`, a negative index counted from the end `size`), pushed onto `checks` to be `&&`-ed.
fn index_checks(checks: &mut Vec<JsExpr>, j: &JsExpr, iv: JsExpr, size: JsExpr, small: bool) {
    let first = if small {
        js::bin(BinaryOp::GtEq, js::paren(js::assign(j.clone(), iv)), js::num(0.0))
    } else {
        let ty = js::unary(JsUnary::TypeOf, js::paren(js::assign(j.clone(), iv)));
        checks.push(js::bin(BinaryOp::EqEqEq, ty, js::str_lit("number")));
        js::bin(BinaryOp::GtEq, j.clone(), js::num(0.0))
    };
    checks.push(js::paren(js::bin(
        BinaryOp::LogicalOr,
        first,
        js::bin(
            BinaryOp::GtEq,
            js::paren(js::assign_op(swc_ecma_ast::AssignOp::AddAssign, j.clone(), size.clone())),
            js::num(0.0),
        ),
    )));
    checks.push(js::bin(BinaryOp::Lt, j.clone(), size));
}
