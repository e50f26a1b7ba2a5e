// rt/str.mjs against CPython 3.11 (data/str.json from gen_str.py): str methods, indexing and
// slicing, repr, format(), %-formatting and str.format.
import { test } from "node:test";
import assert from "node:assert";
import * as B from "../builtins.mjs";
import * as S from "../rt/str.mjs";
import { load, dec } from "./pyval.mjs";

const data = load("str");

/** A Python value from its JSON encoding (pyval.mjs's, plus dicts). */
function decode(v) {
  if (v !== null && typeof v === "object" && !Array.isArray(v) && "d" in v) {
    return B.mkdict(v.d.flatMap(([k, x]) => [decode(k), decode(x)]));
  }
  if (Array.isArray(v)) return v.map(decode);
  if (v !== null && typeof v === "object" && "t" in v) return B.tuple_of(v.t.map(decode));
  return dec(v);
}

function outcome(f) {
  try {
    return B.repr(f());
  } catch (e) {
    if (e?.$exc === true) return `${B.typename(e)}: ${B.str(e)}`;
    throw e;
  }
}

const F = {
  len: S.str_len,
  repr: B.repr,
  ascii: S.ascii_repr,
  getitem: S.str_getitem,
  slice: S.str_slice,
  translate_mt: (s, ...a) => S.str_methods.translate(s, S.str_maketrans(...a)),
  maketrans_items: (...a) => {
    const d = S.str_maketrans(...a);
    return [...d.entries()].map(([k, v]) => B.mktuple(k, v)).sort((x, y) => (B.repr(x) < B.repr(y) ? -1 : 1));
  },
  format: B.format,
  percent: (f, a) => B.mod(f, a),
  sformat: (f, a, k) => S.str_format(f, [...a], new Map([...k.entries()])),
};

test("str operations match CPython", async () => {
  const failures = [];
  for (const [name, args, kw, want] of data) {
    const a = args.map(decode);
    const kws = Object.entries(kw);
    if (kws.length > 0) a.push(new B.KwArgs(new Map(kws.map(([k, v]) => [k, decode(v)]))));
    const f = F[name] ?? ((s, ...rest) => S.str_methods[name](s, ...rest));
    const got = outcome(() => f(...a));
    if (got !== want) failures.push(`${name}(${args.map((x) => JSON.stringify(x)).join(", ")}${kws.length ? ", " + JSON.stringify(kw) : ""}): got ${got}, want ${want}`);
  }
  if (process.env.STR_FAILURES) (await import("node:fs")).writeFileSync(process.env.STR_FAILURES, failures.join("\n"));
  assert.deepStrictEqual(failures.slice(0, 60), [], `${failures.length} failures`);
});

test("code point indexing of astral strings", () => {
  const s = "a😀b";
  assert.strictEqual(S.str_len(s), 3);
  assert.strictEqual(S.str_getitem(s, 1), "😀");
  assert.strictEqual(S.str_getitem(s, -1), "b");
  assert.strictEqual(S.str_slice(s, 1, null, null), "😀b");
  assert.strictEqual(S.str_methods.find(s, "b"), 2);
});
