// functools.mjs against CPython (data/functools.json from gen_functools.py).
import { test } from "node:test";
import assert from "node:assert";
import * as functools from "../functools.mjs";
import {
  add, mul, pow, max, abs, lt, le, gt, ge, eq, repr, callkw, mkclass, fn, ga, sorted, mkfloat, mktuple, KwArgs,
  int, list, str,
} from "../builtins.mjs";
import { show, outcome, expected, load } from "./pyval.mjs";

const data = load("functools");

test("reduce", () => {
  const got = [
    outcome(() => functools.reduce(add, [1, 2, 3, 4])),
    outcome(() => functools.reduce(mul, [], 1)),
    outcome(() => functools.reduce(add, [])),
    outcome(() => functools.reduce(add, ["a", "b"], "x")),
  ];
  assert.deepStrictEqual(got, data.reduce.map(expected));
});

test("partial: calls, flattening, keywords", () => {
  const p = functools.partial(pow, 2);
  const q = functools.partial(p, 10);
  assert.strictEqual(q.func, pow);
  const got = [p(5), q(), q.args, functools.partial(max, 3, new KwArgs(new Map([["key", abs]])))(-5, 4)];
  assert.deepStrictEqual(got.map(show), data.partial.map(expected));
});

test("lru_cache(maxsize=None) on a recursive function", () => {
  const fib = functools.lru_cache(null)((n) => (n < 2 ? n : add(fib(n - 1), fib(n - 2))));
  fib(30);
  assert.deepStrictEqual([show(fib(80)), repr(fib.cache_info())], [expected(data.fib[0]), data.fib[1]]);
});

test("lru_cache eviction order and equal keys (1, 1.0, True)", () => {
  const calls = [];
  const sq = callkw(functools.lru_cache, [], new Map([["maxsize", 2]]))((x) => {
    calls.push(x);
    return mul(x, x);
  });
  for (const x of [1, 2, 1, 3, 2, 1, mkfloat(1), true, 4]) sq(x);
  assert.deepStrictEqual([show(calls), repr(sq.cache_info())], [expected(data.lru2[0]), data.lru2[1]]);
  sq.cache_clear();
  assert.strictEqual(repr(sq.cache_info()), data.lru2_cleared);
});

test("lru_cache(typed=True)", () => {
  const calls = [];
  const ident = callkw(functools.lru_cache, [], new Map([["typed", true]]))((x) => {
    calls.push(x);
    return x;
  });
  for (const x of [1, mkfloat(1), true, 1, "a", mktuple(1, 2), mktuple(mkfloat(1), 2)]) ident(x);
  assert.deepStrictEqual([show(calls), repr(ident.cache_info())], [expected(data.typed[0]), data.typed[1]]);
});

test("lru_cache keys keep keyword arguments apart", () => {
  const calls = [];
  const f = fn(function kw(a, b) {
    if (b === undefined) b = 0;
    calls.push(mktuple(a, b));
    return add(a, b);
  }, { name: "kw", qual: "kw", params: ["a", "b"], nposonly: 0, defaults: 1, varargs: false, kwonly: [], kwdefaults: [], varkw: false, method: false });
  const c = functools.lru_cache(f);
  const run = (args, kw) => (kw.length ? callkw(c, args, new Map(kw)) : c(...args));
  run([1], []);
  run([1], [["b", 2]]);
  run([1, 2], []);
  run([1], [["b", 2]]);
  run([], [["a", 1], ["b", 2]]);
  run([], [["b", 2], ["a", 1]]);
  assert.deepStrictEqual([show(calls), repr(c.cache_info())], [expected(data.kwkeys[0]), data.kwkeys[1]]);
});

test("cmp_to_key sorts like CPython", () => {
  const cmp = (a, b) => (a % 10 > b % 10) - (a % 10 < b % 10);
  const got = sorted([35, 12, 41, 9, 20, 3, 15], new KwArgs(new Map([["key", functools.cmp_to_key(cmp)]])));
  assert.strictEqual(show(got), expected(data.cmp_to_key));
});

test("total_ordering fills in the missing comparisons", () => {
  const m = (name, f) => fn(f, { name, qual: `V.${name}`, params: ["self", "other"], nposonly: 0, defaults: 0, varargs: false, kwonly: [], kwdefaults: [], varkw: false, method: true });
  const V = functools.total_ordering(mkclass("V", [], (C) => {
    C.__init__ = fn(function __init__(v) { this.v = v; return null; }, { name: "__init__", qual: "V.__init__", params: ["self", "v"], nposonly: 0, defaults: 0, varargs: false, kwonly: [], kwdefaults: [], varkw: false, method: true });
    C.__lt__ = m("__lt__", function (o) { return lt(this.v, o.v); });
    C.__eq__ = m("__eq__", function (o) { return eq(this.v, o.v); });
  }));
  const table = [];
  for (const a of [1, 2, 3]) for (const b of [1, 2, 3]) table.push([lt(V(a), V(b)), le(V(a), V(b)), gt(V(a), V(b)), ge(V(a), V(b))]);
  assert.deepStrictEqual(table, data.total_ordering);
});

test("cached_property computes once per instance", () => {
  let n = 0;
  const area = fn(function area() { n++; return 42; }, { name: "area", qual: "C.area", params: ["self"], nposonly: 0, defaults: 0, varargs: false, kwonly: [], kwdefaults: [], varkw: false, method: true });
  const C = mkclass("C", [], (K) => {
    K.area = functools.cached_property(area);
  });
  const o = C();
  assert.strictEqual(ga(o, "area"), 42);
  assert.strictEqual(ga(o, "area"), 42);
  assert.strictEqual(n, 1);
  assert.strictEqual(ga(C(), "area"), 42);
  assert.strictEqual(n, 2);
});

test("singledispatch picks the implementation along the MRO", () => {
  const show = functools.singledispatch(fn(function show(x) { return "object"; }, { name: "show", qual: "show", params: ["x"], nposonly: 0, defaults: 0, varargs: false, kwonly: [], kwdefaults: [], varkw: false, method: false }));
  show.register(int)(() => "int");
  show.register(list)(() => "list");
  show.register(str, () => "str");
  const Base = mkclass("Base", [], () => {});
  const Derived = mkclass("Derived", [Base], () => {});
  show.register(Base, () => "Base");
  const got = [1, true, "s", [1], mktuple(1), mkfloat(2.5), null, Base(), Derived()].map(show);
  assert.deepStrictEqual(got, data.singledispatch);
});
