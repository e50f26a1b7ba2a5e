// itertools.mjs against CPython (data/itertools.json from gen_itertools.py).
import { test } from "node:test";
import assert from "node:assert";
import * as itertools from "../itertools.mjs";
import { callkw, next, iter, mktuple, isinstance, StopIteration } from "../builtins.mjs";
import { load, dec, show, outcome, expected } from "./pyval.mjs";

const data = load("itertools");

function run(name, args, kws, n) {
  const it = kws.size ? callkw(itertools[name], args, kws) : itertools[name](...args);
  if (name === "groupby") {
    const groups = [];
    for (const [k, g] of it) groups.push(mktuple(k, [...g]));
    return groups;
  }
  const out = [];
  for (const x of it) {
    if (n !== null && out.length >= n) break;
    out.push(x);
  }
  return out;
}

test("itertools match CPython", () => {
  const failures = [];
  for (const [name, args, kw, n, exp] of data.cases) {
    const a = args.map(dec);
    const kws = new Map(Object.entries(kw).map(([k, v]) => [k, dec(v)]));
    const got = outcome(() => run(name, a, kws, n));
    const want = expected(exp);
    if (got !== want) failures.push(`${name}(${JSON.stringify(args)}, ${JSON.stringify(kw)}): got ${got}, want ${want}`);
  }
  assert.deepStrictEqual(failures.slice(0, 10), []);
});

test("tools consume a shared iterator as CPython does", () => {
  const makers = {
    islice: (it) => itertools.islice(it, 3),
    islice_step: (it) => itertools.islice(it, 1, 7, 2),
    takewhile: (it) => itertools.takewhile((x) => x < 4, it),
    pairwise3: (it) => itertools.islice(itertools.pairwise(it), 3),
    zip_longest: (it) => itertools.islice(itertools.zip_longest(it, "ab"), 3),
    compress: (it) => itertools.compress(it, [1, 0, 1]),
  };
  for (const [label, first, rest] of data.consumption) {
    const src = iter([...Array(20).keys()])[Symbol.iterator]();
    const got = [...makers[label](src)];
    assert.strictEqual(show(got), expected(first), label);
    assert.strictEqual(show([...src]), expected(rest), label);
  }
});

test("Python iterator protocol, repr, tee independence", () => {
  const c = itertools.count(5);
  assert.strictEqual(c.__next__(), 5);
  assert.strictEqual(next(c), 6);
  assert.strictEqual(c.__repr__(), "count(7)");
  const r = itertools.repeat("a", 1);
  r.__next__();
  assert.throws(() => r.__next__(), (e) => isinstance(e, StopIteration));
  const [a, b] = itertools.tee([1, 2, 3]);
  assert.deepStrictEqual([a.__next__(), a.__next__()], [1, 2]);
  assert.deepStrictEqual([...b], [1, 2, 3]);
  assert.deepStrictEqual([...a], [3]);
  const [c2] = itertools.tee(b, 1);
  assert.deepStrictEqual([...c2], []);
});
