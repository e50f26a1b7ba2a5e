// rt/containers.mjs against CPython's results (data/containers.json from gen_containers.py).
import { test } from "node:test";
import assert from "node:assert";
import { readFileSync } from "node:fs";
import * as C from "../rt/containers.mjs";
import {
  PyFloat, KwArgs, NotImplemented, TypeError, mkfloat, repr, typename, eq, lt, le, gt, ge, mkclass, fn, isinstance, dict, list,
} from "../builtins.mjs";

const data = JSON.parse(readFileSync(new URL("./data/containers.json", import.meta.url), "utf8"));
const { Tuple, Dict, PySet, mktuple, tuple_of, list_methods, tuple_methods, dict_methods, set_methods } = C;

const NAN_BOX = mkfloat(NaN);

/** The value a spec from gen_containers.py describes (same rules as its build()). */
function build(s) {
  if (s === null || typeof s === "boolean" || typeof s === "string") return s;
  if (Array.isArray(s)) return s.map(build);
  const [[tag, v]] = Object.entries(s);
  switch (tag) {
    case "i": {
      const b = BigInt(v);
      return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
    }
    case "f":
      // gen_containers.py uses one NaN object (NAN) throughout: decode to one box.
      return v === "nan" ? NAN_BOX : mkfloat(Number(v));
    case "t":
      return tuple_of(v.map(build));
    case "d":
      return C.mkdict(v.flatMap(([k, x]) => [build(k), build(x)]));
    case "s":
      return C.set_new(false, v.map(build));
    case "fs":
      return C.set_new(true, v.map(build));
  }
  throw new Error("bad spec " + JSON.stringify(s));
}

/** repr of f()'s result, or "ErrorType: message" as gen_containers.py's outcome(). */
function outcome(f) {
  try {
    return repr(f());
  } catch (e) {
    if (e?.args === undefined) throw e;
    const name = typename(e);
    return `${name}: ${name === "KeyError" && e.args.length === 1 ? repr(e.args[0]) : e.args[0] ?? ""}`;
  }
}

/** A binary operator helper applied as rt/num.mjs does: NotImplemented becomes the TypeError. */
function binop(f, sym, a, b) {
  const r = f(a, b);
  if (r === NotImplemented) throw TypeError(`unsupported operand type(s) for ${sym}: '${typename(a)}' and '${typename(b)}'`);
  return r;
}

/** Collect "label: got ≠ want" lines instead of stopping at the first failure. */
function checkAll(rows, f) {
  const bad = [];
  for (const row of rows) {
    const [label, got, want] = f(row);
    if (got !== want) bad.push(`${label}\n   got:  ${got}\n   want: ${want}`);
  }
  assert.deepStrictEqual(bad.slice(0, 10), []);
}

test("hash() of str, int, float, tuple and frozenset matches CPython (PYTHONHASHSEED=0)", () => {
  checkAll(data.hash, ([s, h]) => [JSON.stringify(s), String(C.hash_value(build(s))), h]);
});

test("unhashable values", () => {
  for (const v of [[1], new Dict(), new PySet(false), mktuple(1, [2])]) {
    assert.match(outcome(() => C.hash_value(v)), /^TypeError: unhashable type: '(list|dict|set)'$/);
  }
  assert.strictEqual(outcome(() => C.mkdict([[1], 2])), "TypeError: unhashable type: 'list'");
  assert.strictEqual(outcome(() => C.mkset([new Dict()])), "TypeError: unhashable type: 'dict'");
});

function setArg([kind, items]) {
  const xs = build(items);
  if (kind === "list") return xs;
  if (kind === "dict") return C.dict_fromkeys(xs);
  return C.set_new(kind === "frozenset", xs);
}

const SET_BINARY = { or: [C.set_or, "|"], and: [C.set_and, "&"], sub: [C.set_sub, "-"], xor: [C.set_xor, "^"],
  ior: [C.set_ior, "|="], iand: [C.set_iand, "&="], isub: [C.set_isub, "-="], ixor: [C.set_ixor, "^="] };
const SET_COMPARE = { eq: C.set_eq, le: C.set_le, lt: C.set_lt, ge: C.set_ge, gt: C.set_gt };

test("set operations, results and iteration order match CPython", () => {
  const rows = [];
  for (const c of data.set_ops) {
    let s = C.set_new(c.frozen, build(c.init));
    c.ops.forEach(([op, arg], i) => {
      let x;
      const got = outcome(() => {
        if (op === "contains") return C.contains_seq(s, build(arg));
        if (["add", "discard", "remove"].includes(op)) return set_methods[op].call(s, build(arg));
        if (arg === null) return set_methods[op].call(s);
        const a = setArg(arg);
        if (op in SET_BINARY) return (x = binop(SET_BINARY[op][0], SET_BINARY[op][1], s, a));
        if (op in SET_COMPARE) return SET_COMPARE[op](s, a);
        return set_methods[op].call(s, a);
      });
      rows.push([`set_ops ${JSON.stringify(c.init).slice(0, 60)} #${i} ${op}`, `${got} | ${repr(s)}`, c.out[i]]);
      if (c.frozen && op.startsWith("i") && x !== undefined) s = x;
    });
  }
  checkAll(rows, (r) => r);
});

test("set displays: one add per item, or a merged frozenset for all-constant displays", () => {
  checkAll(data.set_displays, ([items, byAdd, merged]) => {
    const xs = build(items);
    return [JSON.stringify(items).slice(0, 80), `${repr(C.mkset(xs))} ${repr(C.mkset_const(xs))}`, `${byAdd} ${merged}`];
  });
});

test("set order after deletions and re-insertions", () => {
  checkAll(data.set_churn, (c) => {
    const s = C.set_new(false, build(c.init));
    for (const [op, x] of c.ops) set_methods[op].call(s, build(x));
    return [JSON.stringify(c.ops).slice(0, 80), `${repr(s)} ${repr(Array.from(s))}`, `${c.out} ${c.list}`];
  });
});

function dictOp(d, op, k, v, pairs) {
  switch (op) {
    case "set": return C.setitem(d, k, v);
    case "del": return C.delitem(d, k);
    case "getitem": return C.getitem(d, k);
    case "pop_default": return dict_methods.pop.call(d, k, "dflt");
    case "get": case "pop": case "contains": return op === "contains" ? C.contains_seq(d, k) : dict_methods[op].call(d, k);
    case "setdefault": return dict_methods.setdefault.call(d, k, v);
    case "update": return dict_methods.update.call(d, pairs);
    case "eq": return d.$eq(C.mkdict(pairs.flat()));
    case "or": return binop(C.dict_or, "|", d, C.mkdict(pairs.flat()));
    case "ior": return void binop(C.dict_ior, "|=", d, pairs);
    case "fromkeys": return C.dict_fromkeys(pairs.map((p) => p[0]), v);
    default: return dict_methods[op].call(d);
  }
}

test("dict operations: key identity (1 == 1.0 == True), order, errors", () => {
  const rows = [];
  for (const c of data.dict_ops) {
    const d = C.mkdict(build(c.init).flat());
    c.ops.forEach(([op, k, v, pairs], i) => {
      const got = outcome(() => dictOp(d, op, build(k), v, build(pairs)));
      rows.push([`dict_ops ${JSON.stringify(c.init).slice(0, 60)} #${i} ${op}`, `${got} | ${repr(d)}`, c.out[i]]);
    });
  }
  checkAll(rows, (r) => r);
});

const SORT_KEYS = {
  neg: (x) => (x === 0 ? 0 : -x),
  mod7: (x) => ((x % 7) + 7) % 7,
  len: (s) => Array.from(s).length,
  first: (t) => t[0],
  pairkey: (x) => mktuple(((x % 3) + 3) % 3, x === 0 ? 0 : -x),
};

test("list.sort: results, stability, reverse, key, and TypeErrors with the partial state", () => {
  checkAll(data.sort, (c) => {
    const lst = build(c.items);
    const kw = new Map([["reverse", c.reverse]]);
    if (c.key) kw.set("key", SORT_KEYS[c.key]);
    const got = outcome(() => list_methods.sort.call(lst, new KwArgs(kw)));
    return [`sort ${c.key} ${c.reverse} ${JSON.stringify(c.items).slice(0, 80)}`, `${got} | ${repr(lst)}`, c.out];
  });
});

test("slicing lists, tuples and strings: get, set, delete, slice.indices", () => {
  checkAll(data.slices, (c) => {
    const seq = build(c.seq), [lo, hi, st] = [build(c.lo), build(c.hi), build(c.step)];
    const a = seq.slice(), b = seq.slice();
    const got = [
      outcome(() => C.getslice(seq, lo, hi, st)),
      outcome(() => C.getslice(tuple_of(seq), lo, hi, st)),
    ];
    const want = [c.get, c.tget];
    if (c.set !== undefined) {
      got.push(`${outcome(() => C.setslice(a, lo, hi, st, build(c.value)))} | ${repr(a)}`,
        `${outcome(() => C.delslice(b, lo, hi, st))} | ${repr(b)}`,
        outcome(() => new C.PySlice(lo, hi, st).indices(seq.length)),
        outcome(() => C.getslice("abcdefgh".slice(0, seq.length), lo, hi, st)));
      want.push(c.set, c.del, c.indices, c.sget);
    }
    return [`slice ${JSON.stringify([c.seq.length, c.lo, c.hi, c.step])}`, got.join(" ; "), want.join(" ; ")];
  });
});

test("item access on list, tuple, dict, str, int and None", () => {
  checkAll(data.items, ([cs, ks, get, setr, delr]) => {
    const c = build(cs), k = build(ks);
    const copy = () => (Array.isArray(c) && !(c instanceof Tuple) ? c.slice() : c instanceof Dict ? dict_methods.copy.call(c) : c);
    const c1 = copy(), c2 = copy();
    const mutable = Array.isArray(c1) && !(c1 instanceof Tuple) || c1 instanceof Dict;
    const got = [
      typeof c === "string" ? get : outcome(() => C.getitem(c, k)), // str indexing belongs to rt/str.mjs
      outcome(() => C.setitem(c1, k, "v")) + (mutable ? ` | ${repr(c1)}` : ""),
      outcome(() => C.delitem(c2, k)) + (mutable ? ` | ${repr(c2)}` : ""),
    ];
    return [`items ${JSON.stringify([cs, ks])}`, got.join(" ; "), [get, setr, delr].join(" ; ")];
  });
});

test("list and tuple methods: results and CPython's error messages", () => {
  checkAll(data.list_calls, ([bs, name, as, want]) => {
    const base = build(bs), args = build(as);
    if (base instanceof Tuple) return [`tuple.${name}`, outcome(() => tuple_methods[name].apply(base, args)), want];
    const got = outcome(() => list_methods[name].apply(base, args));
    return [`list.${name}${JSON.stringify(as)} on ${JSON.stringify(bs)}`, `${got} | ${repr(base)}`, want];
  });
});

test("keyword arguments to list methods", () => {
  const kw = (o) => new KwArgs(new Map(Object.entries(o)));
  assert.strictEqual(outcome(() => list_methods.pop.call([1], kw({ x: 1 }))), "TypeError: list.pop() takes no keyword arguments");
  assert.strictEqual(outcome(() => list_methods.sort.call([1], kw({ x: 1 }))), "TypeError: 'x' is an invalid keyword argument for sort()");
  assert.strictEqual(outcome(() => list_methods.sort.call([1], 5)), "TypeError: sort() takes no positional arguments");
  assert.strictEqual(outcome(() => list_methods.sort.call([2, 1], kw({ reverse: null }))), "TypeError: 'NoneType' object cannot be interpreted as an integer");
  assert.strictEqual(outcome(() => dict_methods.get.call(new Dict(), kw({ x: 1 }))), "TypeError: dict.get() takes no keyword arguments");
  const d = new Dict();
  dict_methods.update.call(d, C.mkdict(["a", 1]), kw({ b: 2, a: 3 }));
  assert.strictEqual(repr(d), "{'a': 3, 'b': 2}");
});

test("reprs of nested containers", () => {
  checkAll(data.reprs, ([s, want]) => [JSON.stringify(s).slice(0, 80), repr(build(s)), want]);
});

test("recursive reprs", () => {
  const rec = data.recursive;
  const a = [1];
  a.push(a);
  const d = new Dict();
  d.set("k", d);
  const l = [];
  const t = mktuple(l);
  l.push(t);
  const dv = new Dict();
  dv.set("v", dict_methods.values.call(dv));
  const s = C.mkset([mktuple(1, 2)]);
  const ls = [s, s];
  assert.deepStrictEqual([repr(a), repr(d), repr(t), repr(dv), repr(ls)],
    [rec.list_self, rec.dict_self, rec.tuple_in_list, rec.dict_values_self, rec.shared_not_recursive]);
});

test("comparisons of lists, tuples, sets and dicts", () => {
  checkAll(data.compare, ([as, bs, want]) => {
    const x = build(as), y = build(bs);
    const got = [eq, lt, le, gt, ge].map((f) => outcome(() => f(x, y)));
    return [`compare ${JSON.stringify([as, bs])}`, got.join(" ; "), want.join(" ; ")];
  });
});

test("slices compare as (start, stop, step) tuples", () => {
  checkAll(data.slice_compare, ([as, bs, want]) => {
    const x = new C.PySlice(...build(as)), y = new C.PySlice(...build(bs));
    const got = [eq, lt, ge].map((f) => outcome(() => f(x, y)));
    return [`slice compare ${JSON.stringify([as, bs])}`, got.join(" ; "), want.join(" ; ")];
  });
});

test("dict views: repr, len, set operations, comparisons, membership", () => {
  const rows = [];
  for (const c of data.views) {
    const d = build(c.dict);
    const v = dict_methods[c.view].call(d);
    rows.push([`${c.view} repr`, `${repr(v)} ${v.size}`, `${c.repr} ${c.len}`]);
    for (const [os, want] of c.ops) {
      const o = os === "keys" || os === "items" ? dict_methods[os].call(d) : build(os);
      const cmp = (f, sym) => () => {
        const r = f(v, o);
        if (r !== NotImplemented) return r;
        if (sym === "==") return v === o;
        throw TypeError(`'${sym}' not supported between instances of '${typename(v)}' and '${typename(o)}'`);
      };
      const got = [
        outcome(() => binop(C.set_and, "&", v, o)), outcome(() => binop(C.set_and, "&", o, v)),
        outcome(() => binop(C.set_or, "|", v, o)), outcome(() => binop(C.set_sub, "-", v, o)),
        outcome(() => binop(C.set_sub, "-", o, v)), outcome(() => binop(C.set_xor, "^", v, o)),
        outcome(cmp(C.set_eq, "==")), outcome(cmp(C.set_le, "<=")), outcome(cmp(C.set_gt, ">")),
      ];
      rows.push([`${c.view} ${JSON.stringify(c.dict)} with ${JSON.stringify(os)}`, got.join(" ; "), want.join(" ; ")]);
    }
    const got = [1, "a", mktuple(1, "a"), mktuple(1, "b"), "x", [1]].map((x) => outcome(() => C.contains_seq(v, x)));
    rows.push([`${c.view} contains`, got.join(" ; "), c.contains.join(" ; ")]);
  }
  checkAll(rows, (r) => r);
});

/** A class made by the runtime's mkclass, with the given methods (compiled-method style: self is `this`). */
function pyclass(name, bases, methods) {
  return mkclass(name, bases, (cls) => {
    for (const [k, f] of Object.entries(methods)) {
      if (typeof f !== "function") cls[k] = f;
      else {
        const params = ["self", ...Array.from({ length: f.length }, (_, i) => `a${i}`)];
        cls[k] = fn(f, { name: k, qual: `${name}.${k}`, params, nposonly: 0, varargs: false, kwonly: [], varkw: false, method: true });
      }
    }
  });
}

test("user objects as keys: __hash__/__eq__, identity, unhashable, __missing__", () => {
  const u = data.user;
  const P = pyclass("P", [], {
    __init__(x) {
      this.x = x;
      return null;
    },
    __hash__() {
      return this.x;
    },
    __eq__(o) {
      return isinstance(o, P) && o.x === this.x;
    },
    __repr__() {
      return `P(${this.x})`;
    },
  });
  const d = C.mkdict([P(1), "a", P(2), "b"]);
  C.setitem(d, P(1), "c");
  const s = C.mkset([P(3), P(1), P(3), P(11)]);
  assert.strictEqual(`${repr(d)} ${repr(C.contains_seq(d, P(1)))} ${repr(dict_methods.get.call(d, P(3)))} ${repr(s)}`, u.custom);

  const Q = pyclass("Q", [], { __hash__: null });
  assert.strictEqual(outcome(() => C.mkset([Q()])), u.unhashable);
  const R = pyclass("R", [], {
    __hash__() {
      return "x";
    },
  });
  assert.strictEqual(outcome(() => C.hash_value(R())), u.bad_hash);

  const O = pyclass("O", [], {});
  const objs = [O(), O(), O()];
  const od = C.mkdict([objs[2], 1, objs[0], 2, objs[1], 3]);
  assert.deepStrictEqual(Array.from(od), [objs[2], objs[0], objs[1]]);
  C.delitem(od, objs[0]);
  assert.deepStrictEqual(Array.from(od), [objs[2], objs[1]]);

  const EqInt = pyclass("EqInt", [], {
    __init__(v) {
      this.v = v;
      return null;
    },
    __hash__() {
      return C.hash_value(this.v);
    },
    __eq__(o) {
      return eq(this.v, o);
    },
    __repr__() {
      return `E(${this.v})`;
    },
  });
  const E = (v) => EqInt(v);
  const mixed = C.mkdict([1, "one", 2, "two", -1, "neg"]);
  const out = [C.getitem(mixed, E(1)), C.contains_seq(mixed, E(2)), C.contains_seq(mixed, E(3)), dict_methods.get.call(mixed, E(-1))];
  const d2 = C.mkdict([E(1), "e1", E(5), "e5"]);
  out.push(C.getitem(d2, 1), C.contains_seq(d2, 5), C.contains_seq(d2, 6), dict_methods.get.call(d2, true));
  C.setitem(d2, 1, "x");
  C.delitem(d2, 5);
  C.setitem(d2, 2, "two");
  out.push(d2);
  const s1 = C.mkset_const([1, 2, 3]);
  set_methods.add.call(s1, E(2));
  set_methods.add.call(s1, E(7));
  out.push(C.contains_seq(s1, E(2)), C.contains_seq(s1, 7), s1);
  set_methods.discard.call(s1, 7);
  const s2 = C.mkset([E(4), E(-1)]);
  set_methods.add.call(s2, 4);
  out.push(s1, C.contains_seq(s2, 4), C.contains_seq(s2, -1), s2);
  set_methods.remove.call(s2, 4);
  out.push(s2, C.set_eq(s2, C.mkset([-1])), C.set_eq(C.mkset([-1]), s2));
  assert.strictEqual(out.map(repr).join(" "), u.cross_type);

  const DD = pyclass("DD", [dict], {
    __missing__(k) {
      return k + "!";
    },
  });
  const dd = DD();
  C.setitem(dd, "a", 1);
  assert.strictEqual(`${repr(C.getitem(dd, "a"))} ${repr(C.getitem(dd, "zz"))} ${dd.size}`, u.missing);
});

test("subclasses: Python methods named like the JS API do not disturb the runtime", () => {
  const D = pyclass("D", [dict], {
    get() {
      return "shadowed";
    },
    set() {
      throw new Error("shadowed");
    },
    has() {
      return false;
    },
  });
  const d = D();
  C.setitem(d, "a", 1);
  dict_methods.update.call(d, C.mkdict(["b", 2]));
  assert.strictEqual(`${repr(C.getitem(d, "a"))} ${repr(dict_methods.get.call(d, "b"))} ${dict_methods.__contains__.call(d, "a")}`, "1 2 true");
  assert.strictEqual(repr(d), "{'a': 1, 'b': 2}");
  const L = pyclass("L", [list], {
    __getitem__(k) {
      return `item ${k}`;
    },
  });
  const l = L([1, 2]);
  assert.strictEqual(C.getitem(l, 0), "item 0");
  assert.strictEqual(repr(C.getslice([1, 2, 3], -2, null, null)), "[2, 3]");
});

test("Dict as a JS Map: special key names, get/set/has/delete, iteration", () => {
  const d = new Dict();
  d.set("__proto__", 1).set("constructor", 2).set(1, "int").set(true, "bool").set(mkfloat(1), "float");
  assert.strictEqual(repr(d), "{'__proto__': 1, 'constructor': 2, 1: 'float'}");
  assert.strictEqual(d.get("missing"), undefined);
  assert.strictEqual(d.get(new PyFloat(1)), "float");
  assert.strictEqual(d.has(true), true);
  assert.strictEqual(d.delete(true), true);
  d.set(true, "again");
  assert.deepStrictEqual(Array.from(d), ["__proto__", "constructor", true]);
  assert.deepStrictEqual(Array.from(d.entries()), [["__proto__", 1], ["constructor", 2], [true, "again"]]);
  assert.strictEqual(d.size, 3);
  const it = d[Symbol.iterator]();
  it.next();
  d.set("new", 0);
  assert.strictEqual(outcome(() => it.next()), "RuntimeError: dictionary changed size during iteration");
  const s = C.mkset([1, 2]);
  const si = s[Symbol.iterator]();
  si.next();
  s.add(3);
  assert.strictEqual(outcome(() => si.next()), "RuntimeError: Set changed size during iteration");
});

test("tuples: construction and identity of Tuple", () => {
  const t = mktuple(5);
  assert.ok(t instanceof Tuple && t.length === 1 && t[0] === 5);
  assert.strictEqual(repr(mktuple()), "()");
  assert.strictEqual(repr(tuple_of("ab")), "('a', 'b')");
  assert.strictEqual(repr(tuple_of(C.mkset([2, 1]))), "(1, 2)");
  assert.strictEqual(repr(C.getslice(mktuple(1, 2, 3), 1, null, null)), "(2, 3)");
  assert.ok(C.getslice(mktuple(1, 2, 3), 1, null, null) instanceof Tuple);
});
