// Decode values written by pyval.py and compare them with results of the shims.
import assert from "node:assert";
import { readFileSync } from "node:fs";
import { PyFloat, Tuple, mkfloat, tuple_of, typename, set, dict, setitem, abs, len, str, max, pow, mul, mod, neg, lt } from "../builtins.mjs";

export function load(name) {
  return JSON.parse(readFileSync(new URL(`./data/${name}.json`, import.meta.url), "utf8"));
}

const FLOATS = { inf: Infinity, "-inf": -Infinity, nan: NaN };
const NAN = mkfloat(NaN);

// The JS twins of pyval.py's FUNCS.
const FUNCS = { abs, len, str, max, pow, mul, mod2: (x) => mod(x, 2), mod7: (x) => mod(x, 7), neg, lt4: (x) => lt(x, 4) };

/** A Python value (in the contract's representation) from its JSON encoding. */
export function dec(v) {
  if (v === null || typeof v !== "object") return v;
  if (Array.isArray(v)) return v.map(dec);
  // pyval.py's data uses one NaN object throughout: decode every NaN to the same box.
  if ("f" in v) return v.f === "nan" ? NAN : mkfloat(v.f in FLOATS ? FLOATS[v.f] : Number(v.f));
  if ("i" in v) {
    const b = BigInt(v.i);
    return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
  }
  if ("t" in v) return tuple_of(v.t.map(dec));
  if ("fn" in v) return FUNCS[v.fn];
  if ("s" in v) return set(v.s.map(dec));
  if ("d" in v) {
    const d = dict();
    for (const [k, x] of v.d) setitem(d, dec(k), dec(x));
    return d;
  }
  throw new Error("cannot decode " + JSON.stringify(v));
}

/** A comparable description: type name plus exact value (floats by bits, -0.0 and NaN kept). */
export function show(x) {
  if (x instanceof PyFloat || (typeof x === "number" && !Number.isInteger(x))) {
    const v = x instanceof PyFloat ? x.v : x;
    return "float:" + (Object.is(v, -0) ? "-0" : String(v));
  }
  if (typeof x === "number" || typeof x === "bigint") return "int:" + String(x);
  if (x instanceof Tuple) return "(" + x.map(show).join(", ") + ")";
  if (Array.isArray(x)) return "[" + x.map(show).join(", ") + "]";
  if (x === null || x === undefined) return "None";
  return typename(x) + ":" + String(x);
}

/** Run f and describe its result or the Python exception it raised. */
export function outcome(f) {
  try {
    return show(f());
  } catch (e) {
    if (e && e.args !== undefined) return `${typename(e)}: ${str(e)}`;
    return `JS ${e?.name}: ${e?.message}`; // a bug, reported as a mismatch
  }
}

/** The description of an expected value (or {"err", "msg"}) from pyval.py. */
export function expected(v) {
  if (v && typeof v === "object" && "err" in v) return `${v.err}: ${v.msg}`;
  return show(dec(v));
}

export function check(f, exp, label) {
  assert.strictEqual(outcome(f), expected(exp), label);
}
