// math.mjs against CPython's results (data/math.json from gen_math.py).
import { test } from "node:test";
import assert from "node:assert";
import * as math from "../math.mjs";
import { KwArgs, PyFloat } from "../builtins.mjs";
import { load, dec, show, outcome, expected } from "./pyval.mjs";

const data = load("math");

// Functions where CPython calls glibc: _libm.mjs rounds as glibc does except in rare cases,
// where the last bit may differ (see the note at the top of _libm.mjs).
const LIBM = new Set(["acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "exp", "exp2",
  "expm1", "log", "log2", "log10", "log1p", "sin", "sinh", "tan", "tanh", "atan2", "pow", "erfc",
  "gamma", "lgamma"]);

function closeEnough(got, want) {
  const g = /^float:(.*)$/.exec(got), w = /^float:(.*)$/.exec(want);
  if (!g || !w) return false;
  const a = Number(g[1]), b = Number(w[1]);
  // lgamma near its zeros cancels: allow a small absolute error there.
  return Math.abs(a - b) <= Math.max(4 * Number.EPSILON * Math.abs(b), 1e-15);
}

test("constants", () => {
  for (const [k, v] of Object.entries(data.constants)) assert.strictEqual(show(math[k]), expected(v), k);
});

test("functions match CPython", () => {
  const failures = [];
  let inexact = 0;
  for (const [name, args, kw, exp] of data.cases) {
    const a = args.map(dec);
    const kws = Object.entries(kw);
    if (kws.length) a.push(new KwArgs(new Map(kws.map(([k, v]) => [k, dec(v)]))));
    const got = outcome(() => math[name](...a));
    const want = expected(exp);
    if (got === want) continue;
    if (LIBM.has(name) && closeEnough(got, want)) {
      inexact++;
      continue;
    }
    failures.push(`${name}(${args.map((x) => JSON.stringify(x)).join(", ")}): got ${got}, want ${want}`);
  }
  assert.deepStrictEqual(failures, []);
  // Last-bit differences from glibc stay rare.
  assert.ok(inexact < data.cases.length / 500, `${inexact} results differ in the last bits`);
});

test("results are Python floats and ints", () => {
  assert.ok(math.sqrt(4) instanceof PyFloat);
  assert.strictEqual(math.floor(2.5), 2);
  assert.strictEqual(typeof math.factorial(30), "bigint");
});
