// heapq.mjs and bisect.mjs against CPython (data/heapq_bisect.json from gen_heapq_bisect.py).
import { test } from "node:test";
import assert from "node:assert";
import * as heapq from "../heapq.mjs";
import * as bisect from "../bisect.mjs";
import { callkw, arr } from "../builtins.mjs";
import { load, dec, show, outcome, expected } from "./pyval.mjs";

const modules = { heapq, bisect };
const cases = load("heapq_bisect");

test("heapq and bisect match CPython, including the mutated list", () => {
  const failures = [];
  for (const [mod, name, args, kw, exp, after] of cases) {
    const a = args.map(dec);
    const kws = new Map(Object.entries(kw).map(([k, v]) => [k, dec(v)]));
    const f = modules[mod][name];
    let got = outcome(() => {
      const r = kws.size ? callkw(f, a, kws) : f(...a);
      return name === "merge" ? arr(r) : r;
    });
    let want = expected(exp);
    if (after !== null) {
      got += " / " + a.map(show).join(", ");
      want += " / " + after.map((x) => expected(x)).join(", ");
    }
    if (got !== want) failures.push(`${mod}.${name}(${JSON.stringify(args)}, ${JSON.stringify(kw)}): got ${got}, want ${want}`);
  }
  assert.deepStrictEqual(failures.slice(0, 10), []);
});

test("merge is lazy", () => {
  function* endless(start) {
    for (let i = start; ; i += 2) yield i;
  }
  const g = heapq.merge(endless(0), endless(1));
  assert.deepStrictEqual([0, 1, 2, 3, 4].map(() => g.next().value), [0, 1, 2, 3, 4]);
});
