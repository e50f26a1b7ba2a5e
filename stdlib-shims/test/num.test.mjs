// rt/num.mjs against CPython 3.11 (data/num.json from gen_num.py): operators, builtins, int()
// and float(), hashing, repr.
import { test } from "node:test";
import assert from "node:assert";
import * as B from "../builtins.mjs";
import * as N from "../rt/num.mjs";
import { load, dec } from "./pyval.mjs";

const data = load("num");

/** repr of the result of f(), or "ErrorType: message". */
function outcome(f) {
  try {
    const r = f();
    return typeof r === "bigint" ? N.int_repr(r) : B.repr(r);
  } catch (e) {
    if (e?.$exc === true) return `${B.typename(e)}: ${B.str(e)}`;
    throw e;
  }
}

/** An argument; lists are copied so in-place operators cannot leak between cases. */
const arg = (v) => dec(v);

// The classes of gen_num.py's scenarios, as generated code would build them (methods take self
// as `this`).
const method = (f, params = [], defaults = 0) =>
  B.fn(f, { name: f.name, qual: f.name, params: ["self", ...params], nposonly: 0, defaults, varargs: false, kwonly: [], varkw: false, method: true });
const V = B.mkclass("V", [], (C) => {
  C.__init__ = method(function (x) {
    this.x = x;
    return null;
  }, ["x"]);
  C.__add__ = method(function (o) {
    if (B.isinstance(o, V)) return V(N.add(this.x, o.x));
    return B.isinstance(o, B.int) ? V(N.add(this.x, o)) : B.NotImplemented;
  }, ["o"]);
  C.__radd__ = method(function (o) {
    return B.isinstance(o, B.int) ? V(N.add(o, this.x)) : B.NotImplemented;
  }, ["o"]);
  C.__eq__ = method(function (o) {
    return B.isinstance(o, V) && N.eq(this.x, o.x);
  }, ["o"]);
  C.__lt__ = method(function (o) {
    return B.isinstance(o, V) ? N.lt(this.x, o.x) : B.NotImplemented;
  }, ["o"]);
  C.__repr__ = method(function () {
    return `V(${B.repr(this.x)})`;
  });
});
const W = B.mkclass("W", [V], (C) => {
  C.__radd__ = method(function (o) { return "W.__radd__"; }, ["o"]);
});
const Idx = B.mkclass("Idx", [], (C) => {
  C.__index__ = method(function () { return 3; });
});
const R = B.mkclass("R", [], (C) => {
  C.__round__ = method(function (n = null) { return B.mktuple("round", n); }, ["n"], 1);
  C.__abs__ = method(function () { return "abs"; });
  C.__neg__ = method(function () { return "neg"; });
  C.__contains__ = method(function (x) { return N.eq(x, 1); }, ["x"]);
  C.__iadd__ = method(function (o) { return "iadd"; }, ["o"]);
  C.__pow__ = method(function (e, m = null) { return B.mktuple("pow", e, m); }, ["e", "m"], 1);
  C.__divmod__ = method(function (o) { return "divmod"; }, ["o"]);
  C.__rsub__ = method(function (o) { return B.mktuple("rsub", o); }, ["o"]);
});
const It = B.mkclass("It", [], (C) => {
  C.__iter__ = method(function () { return B.iter([1, 2, 3]); });
});
const Plain = B.mkclass("Plain", [], () => {});

const SCENARIOS = {
  "V(1)+V(2)": () => N.add(V(1), V(2)),
  "V(1)+5": () => N.add(V(1), 5),
  "5+V(1)": () => N.add(5, V(1)),
  "V(1)+'a'": () => N.add(V(1), "a"),
  "'a'+V(1)": () => N.add("a", V(1)),
  "V(1)+W(2)": () => N.add(V(1), W(2)),
  "W(2)+V(1)": () => N.add(W(2), V(1)),
  "V(1)==V(1)": () => N.eq(V(1), V(1)),
  "V(1)!=V(2)": () => N.ne(V(1), V(2)),
  "V(1)!=V(1)": () => N.ne(V(1), V(1)),
  "V(1)<V(2)": () => N.lt(V(1), V(2)),
  "V(2)>V(1)": () => N.gt(V(2), V(1)),
  "V(1)<3": () => N.lt(V(1), 3),
  "3>V(1)": () => N.gt(3, V(1)),
  "V(1)==3": () => N.eq(V(1), 3),
  "3==V(1)": () => N.eq(3, V(1)),
  "[V(1)]==[V(1)]": () => N.eq([V(1)], [V(1)]),
  "[V(1)]<[V(2)]": () => N.lt([V(1)], [V(2)]),
  "(1,V(1))<(1,3)": () => N.lt(B.mktuple(1, V(1)), B.mktuple(1, 3)),
  "[1]*Idx()": () => N.mul([1], Idx()),
  "Idx()*'ab'": () => N.mul(Idx(), "ab"),
  "'ab'*Plain()": () => N.mul("ab", Plain()),
  "round(R())": () => N.round(R()),
  "round(R(),2)": () => N.round(R(), 2),
  "abs(R())": () => N.abs(R()),
  "-R()": () => N.neg(R()),
  "~R()": () => N.invert(R()),
  "1 in R()": () => N.contains(R(), 1),
  "2 in R()": () => N.contains(R(), 2),
  "2 in It()": () => N.contains(It(), 2),
  "5 in It()": () => N.contains(It(), 5),
  "1 in Plain()": () => N.contains(Plain(), 1),
  "R()+=1": () => N.iadd(R(), 1),
  "R()**2": () => N.pow(R(), 2),
  "pow(R(),2,5)": () => N.pow(R(), 2, 5),
  "divmod(R(),2)": () => N.divmod(R(), 2),
  "5-R()": () => N.sub(5, R()),
  "R()-5": () => N.sub(R(), 5),
  "Plain()==Plain()": () => N.eq(Plain(), Plain()),
  "Plain()<Plain()": () => N.lt(Plain(), Plain()),
  "None<1": () => N.lt(null, 1),
  "int(Idx())": () => B.int(Idx()),
  "hex(Idx())": () => N.hex(Idx()),
  "float(Idx())": () => B.float(Idx()),
  "[1,2][Idx()-2]": () => B.getitem([1, 2], N.sub(Idx().__index__(), 2)),
};

const F = {
  scenario: (name) => SCENARIOS[name](),
  ...Object.fromEntries(["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "bitand",
    "bitor", "bitxor", "matmul", "eq", "ne", "lt", "le", "gt", "ge", "iadd", "isub", "imul", "itruediv",
    "ifloordiv", "imod", "ipow", "ilshift", "irshift", "ibitand", "ibitor", "ibitxor", "imatmul", "neg", "pos",
    "invert", "abs", "hex", "oct", "bin", "divmod", "contains"].map((n) => [n, N[n]])),
  pow3: N.pow,
  round: N.round,
  round1: (x) => N.round(x),
  int: B.int,
  float: B.float,
  bool: B.bool,
  hash: B.hash,
  repr: (x) => (typeof x === "bigint" ? N.int_repr(x) : B.repr(x)),
  factorial: (n) => {
    let r = 1;
    for (let i = 2; i <= n; i++) r = N.mul(r, i);
    return r;
  },
  bit_length: N.int_methods.bit_length,
  bit_count: N.int_methods.bit_count,
  as_integer_ratio: (x) => (N.isFloat(x) ? N.float_methods : N.int_methods).as_integer_ratio(x),
  is_integer: N.float_methods.is_integer,
  float_hex: N.float_methods.hex,
  fromhex: (s) => N.float_methods.fromhex(s),
};

test("operators and builtins match CPython", () => {
  const failures = [];
  for (const [name, args, want] of data) {
    const f = F[name];
    if (f === undefined) throw new Error(`no function ${name}`);
    const got = outcome(() => f(...args.map(arg)));
    if (got !== want) failures.push(`${name}(${args.map((a) => JSON.stringify(a)).join(", ")}): got ${got}, want ${want}`);
  }
  assert.deepStrictEqual(failures.slice(0, 50), [], `${failures.length} failures`);
});

test("representation invariants", () => {
  assert.strictEqual(N.mul(0, -5), 0);
  assert.ok(Object.is(N.mul(0, -5), 0), "int products are never -0");
  assert.ok(Object.is(N.floordiv(0, -5), 0));
  assert.ok(Object.is(N.mod(-4, 2), 0));
  assert.strictEqual(typeof N.pow(2, 53), "bigint");
  assert.strictEqual(N.sub(N.pow(2, 53), 1), 2 ** 53 - 1);
  assert.ok(N.add(0.5, 0.5) instanceof N.PyFloat);
  assert.strictEqual(N.add(0.5, 0.25), 0.75);
  assert.strictEqual(N.bitand(true, true), true);
  assert.strictEqual(N.add(true, true), 2);
});

test("list += and *= work in place", () => {
  const a = [1];
  assert.strictEqual(N.iadd(a, B.mktuple(2, 3)), a);
  assert.deepStrictEqual(a, [1, 2, 3]);
  assert.strictEqual(N.imul(a, 2), a);
  assert.deepStrictEqual(a, [1, 2, 3, 1, 2, 3]);
  const t = B.mktuple(1);
  assert.notStrictEqual(N.iadd(t, B.mktuple(2)), t);
});
