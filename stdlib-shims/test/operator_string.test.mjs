// operator.mjs and string.mjs against CPython (data/operator_string.json from gen_operator_string.py).
import { test } from "node:test";
import assert from "node:assert";
import * as operator from "../operator.mjs";
import * as string from "../string.mjs";
import { callkw, ga, repr, mkclass, KwArgs } from "../builtins.mjs";
import { load, dec, outcome, expected } from "./pyval.mjs";

const data = load("operator_string");
const withKw = (f, a, kw) => (kw.size ? callkw(f, a, kw) : f(...a));

// The JS twins of the generator's lambdas: (positional args, keyword Map) -> result.
const SPECIAL = {
  itemgetter: ([obj, ...a]) => operator.itemgetter(...a)(obj),
  itemgetter_repr: (a) => repr(operator.itemgetter(...a)),
  attrgetter_repr: (a) => repr(operator.attrgetter(...a)),
  methodcaller: (a, kw) => withKw(operator.methodcaller, a, kw)("a,b,c"),
  methodcaller_repr: (a, kw) => repr(withKw(operator.methodcaller, a, kw)),
  substitute: ([t, m]) => string.Template(t).substitute(m),
  safe_substitute: ([t, m]) => string.Template(t).safe_substitute(m),
  get_identifiers: ([t]) => string.Template(t).get_identifiers(),
  is_valid: ([t]) => string.Template(t).is_valid(),
  substitute_kw: ([t, m]) => string.Template(t).substitute(m, new KwArgs(new Map([["who", "kw"]]))),
  substitute_kwonly: ([t]) => callkw(ga(string.Template(t), "substitute"), [], new Map([["who", "kw"], ["what", 2]])),
};

test("constants", () => {
  for (const [k, v] of Object.entries(data.constants)) assert.strictEqual(string[k], v, k);
});

test("operator and string functions match CPython", () => {
  const failures = [];
  for (const [name, args, kw, exp] of data.cases) {
    const a = args.map(dec);
    const kws = new Map(Object.entries(kw).map(([k, v]) => [k, dec(v)]));
    const f = SPECIAL[name] ?? ((a, kws) => withKw(operator[name] ?? string[name], a, kws));
    const got = outcome(() => f(a, kws));
    const want = expected(exp);
    if (got !== want) failures.push(`${name}(${JSON.stringify(args)}): got ${got}, want ${want}`);
  }
  assert.deepStrictEqual(failures.slice(0, 10), []);
});

test("attrgetter follows dotted names; Template subclasses change the delimiter", () => {
  const o = { a: { b: 5 }, c: 6 };
  assert.strictEqual(operator.attrgetter("a.b")(o), 5);
  assert.deepStrictEqual([...operator.attrgetter("c", "a.b")(o)], [6, 5]);
  const Percent = mkclass("Percent", [string.Template], (C) => {
    C.delimiter = "%";
  });
  const d = new Map([["x", 1]]);
  assert.strictEqual(callkw(ga(Percent("%x $x %%"), "substitute"), [], d), "1 $x %");
});
