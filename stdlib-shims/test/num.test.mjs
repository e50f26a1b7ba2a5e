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

const F = {
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
