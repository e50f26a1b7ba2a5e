// Python's containers (CPython 3.11): tuple, dict, set/frozenset, the list/tuple/dict/set
// methods, item access, slicing, container reprs and hashing.
//
// Representation (CONTRACT.md): list = plain Array, tuple = Tuple (an Array subclass, never
// mutated), dict = Dict, set/frozenset = PySet. Imports are only used inside functions.
//
// Dict keys. A Dict is a JS Map (insertion ordered, like a Python dict) from a "Map key" to the
// value. str, int and float values that are JS strings/numbers are their own Map key; the other
// keys are normalized so that equal Python values share one Map key (True -> 1, 2.0 -> 2,
// None -> null); when the normalized key differs from the key object, the key object inserted
// first is kept in `$ok`. Objects hashed by identity are their own Map key. Tuples, frozensets
// and objects with their own `__hash__` are "composite": their Map key is the first equal key
// inserted, found through `$hb` (hash -> keys with that hash, compared with `eq`). An object
// with its own __hash__ may equal a str/int key (same hash, its __eq__ says so): once such an
// object is stored (flag `$user`), missed lookups also search by hash. JS cannot tell NaN
// objects apart, so every NaN is taken to be the same object (CPython compares by identity
// first: `nan in [nan]` is True, while two separate float("nan") differ).
//
// Set order. CPython iterates a set in hash-table order, and programs print sets (of ints most
// often; with PYTHONHASHSEED=0, which the differential tests use, sets of strings are
// deterministic too). So a PySet also emulates setobject.c's open-addressing table with
// CPython's own hash values (SipHash-1-3 with a zero key for str, the xxHash-based tuple hash,
// the frozenset hash, ...); it decides the iteration order, while membership of non-composite
// elements is answered by a Map as in Dict.

import {
  PyFloat, add, eq, lt, le, gt, ge, hash_num, repr, typename, tpname, iter, isinstance, type, object, KwArgs, NotImplemented,
  splitkw, kwtake, kwrest, str_getitem, str_slice, generic_alias,
  TypeError, ValueError, IndexError, KeyError, RuntimeError, OverflowError,
} from "../builtins.mjs";

// ================================================================== tuples

/** Python's tuple. Never mutated after creation. */
export class Tuple extends Array {
  // Explicit: V8 runs the implicit `constructor(...args) { super(...args); }` markedly slower.
  // Callers (and Array species) pass at most one argument, a length.
  constructor(n) {
    if (n === undefined) super();
    else super(n);
  }
}

/**
 * A new tuple of length n, to be filled by the caller: every tuple the runtime makes comes from
 * here. Two V8 slow paths are avoided:
 * - `new Tuple(n)` with a length known only at run time calls the Array constructor stub, which
 *   for a subclass takes V8's runtime path; a constant `new Tuple(k)` is allocated inline (the
 *   `tuple(buf)` of a 3-item list in a generator loop: ~24% of that loop);
 * - `new Tuple(k)` inlined into a function's `try` block (each generator body, the loop of a
 *   generator expression consumed by `max`/`sum`/..., a Python `try:`), where TurboFan keeps
 *   the generic construct call: ~10x slower than the same allocation outside one.
 * So this function is deliberately too big for TurboFan to inline (bytecode over
 * `--max-inlined-bytecode-size`, 460 bytes; the cases up to 32 make 594): callers call it, and it runs
 * its own optimized code, where every case is an inline allocation.
 */
export function newTuple(n) {
  switch (n) {
    case 0: return new Tuple(0);
    case 1: return new Tuple(1);
    case 2: return new Tuple(2);
    case 3: return new Tuple(3);
    case 4: return new Tuple(4);
    case 5: return new Tuple(5);
    case 6: return new Tuple(6);
    case 7: return new Tuple(7);
    case 8: return new Tuple(8);
    case 9: return new Tuple(9);
    case 10: return new Tuple(10);
    case 11: return new Tuple(11);
    case 12: return new Tuple(12);
    case 13: return new Tuple(13);
    case 14: return new Tuple(14);
    case 15: return new Tuple(15);
    case 16: return new Tuple(16);
    case 17: return new Tuple(17);
    case 18: return new Tuple(18);
    case 19: return new Tuple(19);
    case 20: return new Tuple(20);
    case 21: return new Tuple(21);
    case 22: return new Tuple(22);
    case 23: return new Tuple(23);
    case 24: return new Tuple(24);
    case 25: return new Tuple(25);
    case 26: return new Tuple(26);
    case 27: return new Tuple(27);
    case 28: return new Tuple(28);
    case 29: return new Tuple(29);
    case 30: return new Tuple(30);
    case 31: return new Tuple(31);
    case 32: return new Tuple(32);
    default: return new Tuple(n);
  }
}

/** A tuple of the arguments. */
export function mktuple() {
  const n = arguments.length;
  const t = newTuple(n);
  for (let i = 0; i < n; i++) t[i] = arguments[i];
  return t;
}

/**
 * A pair: what a 2-item tuple display compiles to. Fixed arity, so V8 makes no arguments object
 * (about half the cost of `mktuple(a, b)` in a loop such as `max((f(n), n) for n in ...)`).
 */
export function mktuple2(a, b) {
  const t = newTuple(2);
  t[0] = a;
  t[1] = b;
  return t;
}

/** A new tuple holding the items of an array or of any Python iterable. */
export function tuple_of(x) {
  if (Array.isArray(x)) {
    const n = x.length;
    const t = newTuple(n);
    for (let i = 0; i < n; i++) t[i] = x[i];
    return t;
  }
  const t = newTuple(0);
  for (const v of iterate(x)) t.push(v);
  return t;
}

// ================================================================== small helpers

/** A JS iterable over a Python iterable (lists, tuples and strings as themselves). */
function iterate(x) {
  return typeof x === "string" || (x != null && (x.constructor === Array || x.constructor === Tuple)) ? x : iter(x);
}

/** Container equality of two items: identity first (CPython's PyObject_RichCompareBool). */
function same(a, b) {
  if (a === b) return true;
  const t = typeof a;
  if (t === typeof b && (t === "number" || t === "string")) return a !== a && b !== b; // NaN is itself
  return eq(a, b);
}

/** Call a Python callable with one argument. */
function call1(f, x) {
  if (typeof f === "function") return f(x);
  if (f != null && typeof f.__call__ === "function") return f.__call__(x);
  throw TypeError(`'${tpname(f)}' object is not callable`);
}

/** Raise CPython's arity error `name expected ... argument(s), got n` unless min <= n <= max. */
function nargs(name, n, min, max) {
  // CPython's _PyArg_CheckPositional.
  if (n < min) throw TypeError(`${name} expected ${min === max ? "" : "at least "}${min} argument${min === 1 ? "" : "s"}, got ${n}`);
  if (n > max) throw TypeError(`${name} expected ${min === max ? "" : "at most "}${max} argument${max === 1 ? "" : "s"}, got ${n}`);
}

/** Raise `type.name() takes exactly one argument (n given)` (or "no arguments"). */
function exact(qual, n, want) {
  if (n !== want) {
    throw TypeError(`${qual}() takes ${want ? "exactly one argument" : "no arguments"} (${n} given)`);
  }
}

/** Raise `type.name() takes no keyword arguments` if args end with a KwArgs. */
function nokw(qual, args) {
  if (args.length && args[args.length - 1] instanceof KwArgs) throw TypeError(`${qual}() takes no keyword arguments`);
}

/** True unless a method taking min..max positional arguments got keywords or a wrong count. */
/**
 * Whether a method of up to three parameters `a, b, c` called with `n` arguments got between
 * min and max of them and no keywords. (It takes `arguments.length`, not `arguments`: handing
 * `arguments` itself to a function makes V8 allocate it on every call, even optimized.)
 */
function argsOkN(n, min, max, a, b, c) {
  if (n < min || n > max) return false;
  return n === 0 || !((n === 1 ? a : n === 2 ? b : c) instanceof KwArgs);
}

/** Raise the TypeError for a bad call (see argsOkN) of method `name` of type.name `qual`. */
function badArgs(qual, name, args, min, max) {
  nokw(qual, args);
  nargs(name, args.length, min, max);
}

/** An int argument as a JS number (operator.index + Py_ssize_t conversion). */
function ssize(x) {
  if (typeof x === "number" && Number.isInteger(x)) return x;
  if (typeof x === "boolean") return x ? 1 : 0;
  if (typeof x === "bigint") throw OverflowError("Python int too large to convert to C ssize_t");
  if (x != null && typeof x === "object" && !(x instanceof PyFloat) && typeof x.__index__ === "function") {
    return ssize(x.__index__());
  }
  throw TypeError(`'${typename(x)}' object cannot be interpreted as an integer`);
}

const MAXSIZE = Number.MAX_SAFE_INTEGER;

/** A slice bound (CPython's _PyEval_SliceIndex): an int clamped to ±MAXSIZE, or null for None. */
function sliceBound(x, msg) {
  if (x == null) return null;
  if (typeof x === "number" && Number.isInteger(x)) return x;
  if (typeof x === "boolean") return x ? 1 : 0;
  if (typeof x === "bigint") return x < 0n ? -MAXSIZE : MAXSIZE;
  if (typeof x === "object" && !(x instanceof PyFloat) && typeof x.__index__ === "function") {
    return sliceBound(x.__index__(), msg);
  }
  throw TypeError(msg);
}

const SLICE_MSG = "slice indices must be integers or None or have an __index__ method";

// ================================================================== hashing
//
// A hash is a signed 64-bit integer handled as two int32 halves. hash64(x) leaves x's hash in
// HI/LO (no allocation); callers copy them to locals before anything else can hash.

let HI = 0;
let LO = 0;

function setHashInt(h) { // h: a safe integer
  LO = h | 0;
  HI = LO === h ? (h < 0 ? -1 : 0) : Math.floor(h / 4294967296) | 0;
}

/** h: a Python int (number or BigInt) such as hash_num returns. */
function setHashPy(h) {
  if (typeof h === "bigint") setHashBig(h);
  else setHashInt(h);
}

function setHashBig(b) {
  const u = BigInt.asUintN(64, b);
  HI = Number(u >> 32n) | 0;
  LO = Number(u & 0xffffffffn) | 0;
}

/** The Python int for the 64-bit value hi:lo. */
function int64(hi, lo) {
  if ((hi === 0 && lo >= 0) || (hi === -1 && lo < 0)) return lo;
  const v = hi * 4294967296 + (lo >>> 0);
  if (Number.isSafeInteger(v)) return v;
  return (BigInt(hi) << 32n) | BigInt(lo >>> 0);
}

// 64-bit arithmetic on int32 halves; results in MH/ML.
let MH = 0;
let ML = 0;

function mul64(ah, al, bh, bl) {
  // The high word of the 64-bit product al * bl from 16-bit halves (every sum stays < 2**32).
  const a0 = al & 0xffff, a1 = al >>> 16, b0 = bl & 0xffff, b1 = bl >>> 16;
  const t = a1 * b0 + ((a0 * b0) >>> 16);
  const u = a0 * b1 + (t & 0xffff);
  MH = (a1 * b1 + (t >>> 16) + (u >>> 16) + Math.imul(ah, bl) + Math.imul(al, bh)) | 0;
  ML = Math.imul(al, bl);
}

function add64(ah, al, bh, bl) {
  const low = (al >>> 0) + (bl >>> 0);
  ML = low | 0;
  MH = (ah + bh + (low > 0xffffffff ? 1 : 0)) | 0;
}

// --- str: SipHash-1-3 with the zero key (PYTHONHASHSEED=0) over CPython's storage of the string
// (1, 2 or 4 bytes per code point, depending on the largest one).

/** Little-endian bytes, `kind` per code point (lone surrogates are code points of their own). */
function codePointBytes(s, kind) {
  const out = [];
  for (const ch of s) {
    const c = ch.codePointAt(0);
    for (let k = 0; k < kind; k++) out.push((c >>> (8 * k)) & 255);
  }
  return Uint8Array.from(out);
}

/** The bytes CPython hashes for s, or null when s is latin-1 (then they are its char codes). */
function wideBytes(s) {
  let wide = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 255) {
      wide = true;
      if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d < 0xe000) return codePointBytes(s, 4);
      }
    }
  }
  return wide ? codePointBytes(s, 2) : null;
}

function strHash(s) {
  if (s.length === 0) {
    HI = LO = 0;
    return;
  }
  const bytes = wideBytes(s);
  const n = bytes === null ? s.length : bytes.length, blocks = n >> 3;
  let v0h = 0x736f6d65, v0l = 0x70736575, v1h = 0x646f7261, v1l = 0x6e646f6d;
  let v2h = 0x6c796765, v2l = 0x6e657261, v3h = 0x74656462, v3l = 0x79746573;
  // Step k < blocks compresses message block k, step `blocks` the final block (the last bytes
  // and the length), the 3 steps after are the finalization rounds: one SipRound per step.
  for (let k = 0; k <= blocks + 3; k++) {
    let mh = 0, ml = 0;
    if (k <= blocks) {
      const i = k << 3;
      if (k < blocks) {
        if (bytes === null) {
          ml = s.charCodeAt(i) | (s.charCodeAt(i + 1) << 8) | (s.charCodeAt(i + 2) << 16) | (s.charCodeAt(i + 3) << 24);
          mh = s.charCodeAt(i + 4) | (s.charCodeAt(i + 5) << 8) | (s.charCodeAt(i + 6) << 16) | (s.charCodeAt(i + 7) << 24);
        } else {
          ml = bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24);
          mh = bytes[i + 4] | (bytes[i + 5] << 8) | (bytes[i + 6] << 16) | (bytes[i + 7] << 24);
        }
      } else {
        mh = (n & 0xff) << 24;
        for (let j = 0; i + j < n; j++) {
          const b = bytes === null ? s.charCodeAt(i + j) : bytes[i + j];
          if (j < 4) ml |= b << (8 * j);
          else mh |= b << (8 * (j - 4));
        }
      }
      v3h ^= mh;
      v3l ^= ml;
    }
    // HALF_ROUND(v0, v1, v2, v3, 13, 16)
    let t = (v0l >>> 0) + (v1l >>> 0);
    v0h = (v0h + v1h + (t > 0xffffffff ? 1 : 0)) | 0;
    v0l = t | 0;
    t = (v2l >>> 0) + (v3l >>> 0);
    v2h = (v2h + v3h + (t > 0xffffffff ? 1 : 0)) | 0;
    v2l = t | 0;
    let h = (v1h << 13) | (v1l >>> 19), l = (v1l << 13) | (v1h >>> 19);
    v1h = h ^ v0h;
    v1l = l ^ v0l;
    h = (v3h << 16) | (v3l >>> 16);
    l = (v3l << 16) | (v3h >>> 16);
    v3h = h ^ v2h;
    v3l = l ^ v2l;
    t = v0h;
    v0h = v0l;
    v0l = t;
    // HALF_ROUND(v2, v1, v0, v3, 17, 21)
    t = (v2l >>> 0) + (v1l >>> 0);
    v2h = (v2h + v1h + (t > 0xffffffff ? 1 : 0)) | 0;
    v2l = t | 0;
    t = (v0l >>> 0) + (v3l >>> 0);
    v0h = (v0h + v3h + (t > 0xffffffff ? 1 : 0)) | 0;
    v0l = t | 0;
    h = (v1h << 17) | (v1l >>> 15);
    l = (v1l << 17) | (v1h >>> 15);
    v1h = h ^ v2h;
    v1l = l ^ v2l;
    h = (v3h << 21) | (v3l >>> 11);
    l = (v3l << 21) | (v3h >>> 11);
    v3h = h ^ v0h;
    v3l = l ^ v0l;
    t = v2h;
    v2h = v2l;
    v2l = t;
    if (k <= blocks) {
      v0h ^= mh;
      v0l ^= ml;
      if (k === blocks) v2l ^= 0xff;
    }
  }
  HI = v0h ^ v1h ^ v2h ^ v3h;
  LO = v0l ^ v1l ^ v2l ^ v3l;
  if (HI === -1 && LO === -1) LO = -2;
}

// --- tuple: CPython's xxHash-based tuplehash.

// The last hashed tuple of up to 4 items that are not objects (numbers, strs, bools, None,
// BigInts: their hashes depend on their values alone), and its hash: `d[k] = d.get(k, 0) + 1`
// and `if k in d: d[k] += 1` hash the same key twice.
let lastN = -1, last0, last1, last2, last3, lastHI = 0, lastLO = 0;

function tupleHash(t) {
  const n = t.length;
  if (n === lastN && t[0] === last0 && (n < 2 || t[1] === last1) && (n < 3 || t[2] === last2) && (n < 4 || t[3] === last3)) {
    HI = lastHI;
    LO = lastLO;
    return;
  }
  let ah = 0x27d4eb2f, al = 0x165667c5; // XXPRIME_5
  let plain = n <= 4;
  for (let i = 0; i < n; i++) {
    const x = t[i];
    if (typeof x === "object" && x !== null) plain = false;
    hash64(x);
    mul64(HI, LO, 0xc2b2ae3d | 0, 0x27d4eb4f); // lane * XXPRIME_2
    add64(ah, al, MH, ML);
    const rh = (MH << 31) | (ML >>> 1), rl = (ML << 31) | (MH >>> 1); // rotate left 31
    mul64(rh, rl, 0x9e3779b1 | 0, 0x85ebca87 | 0); // * XXPRIME_1
    ah = MH;
    al = ML;
  }
  add64(ah, al, 0x27d4eb2f, (0x165667c5 ^ 3527539) ^ n);
  if (MH === -1 && ML === -1) {
    HI = 0;
    LO = 1546275796;
  } else {
    HI = MH;
    LO = ML;
  }
  if (plain && n > 0) {
    lastN = n;
    last0 = t[0];
    last1 = n > 1 ? t[1] : undefined;
    last2 = n > 2 ? t[2] : undefined;
    last3 = n > 3 ? t[3] : undefined;
    lastHI = HI;
    lastLO = LO;
  }
}

// --- frozenset: CPython's frozenset_hash over the element hashes kept in the table.

function setHash(s) {
  if (s.$hash !== null) {
    HI = s.$hash[0];
    LO = s.$hash[1];
    return;
  }
  let hh = 0, hl = 0;
  const keys = s.$keys, hashes = s.$hashes;
  for (let i = 0; i <= s.$mask; i++) {
    const e = keys[i];
    if (e === undefined || e === DUMMY) continue;
    const h = hashes[2 * i], l = hashes[2 * i + 1];
    // _shuffle_bits(h) = ((h ^ 89869747) ^ (h << 16)) * 3644798167
    mul64(h ^ ((h << 16) | (l >>> 16)), (l ^ 89869747) ^ (l << 16), 0, 3644798167 | 0);
    hh ^= MH;
    hl ^= ML;
  }
  mul64(0, s.$used + 1, 0, 1927868237);
  hh ^= MH;
  hl ^= ML;
  const xh = hh ^ (hh >>> 11) ^ (hh >>> 25);
  const xl = hl ^ ((hl >>> 11) | (hh << 21)) ^ ((hl >>> 25) | (hh << 7));
  mul64(xh, xl, 0, 69069);
  add64(MH, ML, 0, 907133923);
  if (MH === -1 && ML === -1) {
    MH = 0;
    ML = 590923713;
  }
  HI = MH;
  LO = ML;
  if (s.frozen) s.$hash = [HI, LO];
}

// --- identity hashes (functions, classes, plain instances) and None.

const ids = new WeakMap();
let nextId = 1;

function idHash(o) {
  let h = ids.get(o);
  if (h === undefined) ids.set(o, (h = nextId++));
  setHashInt(h);
}

// hash(None) is address-based in CPython 3.11: any constant is as good as another.
const NONE_HASH = 8760034483134;

function unhashable(x) {
  return TypeError(`unhashable type: '${tpname(x)}'`);
}

/** True when `o` has its own __hash__ (not object's identity hash); raises if it is unhashable. */
function customHash(o) {
  const h = o.__hash__;
  if (h === null) throw unhashable(o);
  return typeof h === "function" && h !== object?.__hash__;
}

function userHash(o) {
  const r = o.__hash__();
  if (typeof r === "number" && Number.isInteger(r)) setHashInt(r === -1 ? -2 : r);
  else if (typeof r === "boolean") setHashInt(r ? 1 : 0);
  // A result that fits in 64 bits is the hash as it is (CPython's PyLong_AsSsize_t), a bigger
  // one is hashed as an int.
  else if (typeof r === "bigint") {
    if (r >= -0x8000000000000000n && r < 0x8000000000000000n) setHashBig(r === -1n ? -2n : r);
    else setHashPy(hash_num(r));
  } else throw TypeError("__hash__ method should return an integer");
}

/** Leave the 64-bit hash of x in HI/LO (TypeError for unhashable values). */
function hash64(x) {
  switch (typeof x) {
    case "number":
      if (Number.isInteger(x)) setHashInt(x === -1 ? -2 : x);
      else setHashPy(hash_num(x));
      return;
    case "string":
      strHash(x);
      return;
    case "boolean":
      HI = 0;
      LO = x ? 1 : 0;
      return;
    case "bigint":
      setHashPy(hash_num(x));
      return;
    case "undefined":
      setHashInt(NONE_HASH);
      return;
    case "object":
      if (x === null) setHashInt(NONE_HASH);
      else if (x instanceof PyFloat) {
        if (Number.isSafeInteger(x.v)) setHashInt(x.v === -1 ? -2 : x.v);
        else setHashPy(hash_num(x));
      } else if (x instanceof Tuple) tupleHash(x);
      else if (x instanceof PySet && x.frozen) setHash(x);
      else if (customHash(x)) userHash(x);
      else if (isUnhashableBuiltin(x)) throw unhashable(x);
      else idHash(x);
      return;
    default:
      idHash(x);
  }
}

/** list, dict, set, dict views and slices (unless a subclass defines __hash__). */
function isUnhashableBuiltin(x) {
  return Array.isArray(x) || x instanceof Dict || x instanceof PySet || (x instanceof DictView && !(x instanceof DictValues)) || x instanceof PySlice;
}

/** Python's hash(x) as an int. */
export function hash_value(x) {
  hash64(x);
  return int64(HI, LO);
}

// ================================================================== Map keys

/** Stands for "this key is found by hash and equality" (never a Map key itself). */
const COMPOSITE = Symbol("composite");
/** A Map key no entry has. */
const NOTFOUND = Symbol("notfound");

/**
 * The Map key of k (see the header), or COMPOSITE. Raises TypeError for unhashable keys.
 * Does not hash: composite keys are hashed by the caller.
 */
function mapKey(k) {
  switch (typeof k) {
    case "boolean":
      return k ? 1 : 0;
    case "undefined":
      return null;
    case "object":
      if (k === null) return null;
      if (k instanceof PyFloat) {
        const v = k.v;
        if (v !== v) return k; // a NaN key is found by identity only
        return Number.isInteger(v) && !Number.isSafeInteger(v) ? bigKey(BigInt(v)) : v;
      }
      if (k instanceof Tuple || (k instanceof PySet && k.frozen) || customHash(k)) return COMPOSITE;
      if (isUnhashableBuiltin(k)) throw unhashable(k);
      return k;
    case "bigint":
      return bigKey(k);
    default: // string, number, function, symbol
      return k;
  }
}

const KEY_MOD = (1n << 61n) - 1n, TWO64 = 1n << 64n;

/**
 * The Map key of an int past 2**53. V8 hashes a BigInt by its lowest 64-bit digit only, so
 * keys such as `i << 64` would all collide: past 2**64 the key is `k * 2**64 + |k mod (2**61 - 1)|`
 * (one key per value, low digit from every digit, as CPython's int hash).
 */
function bigKey(k) {
  if (k < TWO64 && k > -TWO64) return k;
  const m = k % KEY_MOD;
  return (k << 64n) | (m < 0n ? -m : m);
}

// ================================================================== dict

/**
 * Python's dict. Also a JS Map-like: get (undefined when missing), set, has, delete, size.
 * Runtime code uses the functions dget/dset/dhas/ddel instead of these methods, which a dict
 * subclass may shadow with Python methods of the same names.
 */
export class Dict {
  constructor() {
    dict_init(this);
  }

  get size() {
    return this.$m.size;
  }

  // Lets a dict subclass instance have a Python attribute `size` (shadowing the getter).
  set size(v) {
    Object.defineProperty(this, "size", { value: v, writable: true, enumerable: true, configurable: true });
  }

  get(k) {
    return dget(this, k);
  }

  has(k) {
    return dhas(this, k);
  }

  set(k, v) {
    dset(this, k, v);
    return this;
  }

  delete(k) {
    return ddel(this, k);
  }

  clear() {
    dclear(this);
  }

  keys() {
    return dkeys(this);
  }

  values() {
    return this.$m.values();
  }

  entries() {
    return dentries(this);
  }

  /** Python iteration over the keys (RuntimeError if the dict changes size meanwhile). */
  [Symbol.iterator]() {
    return new DictIter(this, KEYS, true);
  }

  $eq(other) {
    return dictEq(this, other);
  }
}

/** `d.get(k, dflt)` for an exact dict d. */
export function dict_get(d, k, dflt) {
  const v = dget(d, k);
  return v !== undefined ? v : dflt;
}

/**
 * `d[k] = d.get(k, dflt) + n` for an exact dict d (word counts): a str or number key of a dict
 * no user-hashed key shares, and int/float sums, take one Map read and one write; anything else
 * runs the statement as usual (get, `+`, store).
 */
export function dict_incr(d, k, dflt, n) {
  if ((typeof k === "string" || typeof k === "number") && !d.$user) {
    const m = d.$m;
    const v = m.get(k);
    const x = v === undefined ? dflt : v;
    if (typeof x === "number" && typeof n === "number") {
      const r = x + n;
      // As `add`: an integral sum is an int only when both operands are ints.
      if (Number.isSafeInteger(r) ? Number.isInteger(x) && Number.isInteger(n) : !Number.isInteger(r)) {
        m.set(k, r);
        return;
      }
    }
  }
  dset(d, k, add(dict_get(d, k, dflt), n));
}

/** `d.setdefault(k, dflt)` for an exact dict d. */
export function dict_setdefault(d, k, dflt) {
  const v = dget(d, k);
  if (v !== undefined) return v;
  dset(d, k, dflt);
  return dflt;
}

/** Initialize the storage of a Dict (also for dict subclass instances made without `new`). */
export function dict_init(d) {
  d.$m = new Map(); // Map key -> value
  d.$ok = null; // Map key -> key object, where they differ
  d.$hb = null; // hash -> [key, hash hi, hash lo, ...] for composite keys
  d.$user = false; // whether some composite key is an object with its own __hash__
  d.$nc = 0; // how many keys are composite
}

/** d[k], or undefined. */
function dget(d, k) {
  if (typeof k === "string" || typeof k === "number") {
    const v = d.$m.get(k);
    return v !== undefined || !d.$user ? v : d.$m.get(dmiss(d, k));
  }
  return d.$m.get(dlookup(d, k));
}

function dhas(d, k) {
  if (typeof k === "string" || typeof k === "number") return d.$m.has(k) || (d.$user && dmiss(d, k) !== NOTFOUND);
  return d.$m.has(dlookup(d, k));
}

/** The $hb key for a hash: 30 bits, so that V8 keeps it a small integer. */
function bucket(hi, lo) {
  return (hi ^ lo) & 0x3fffffff;
}

/** The Map key under which k (not a str or number) is stored, or a Map key with no entry. */
function dlookup(d, k) {
  const nk = mapKey(k);
  if (nk === COMPOSITE) return dfind(d, k);
  return d.$user && !d.$m.has(nk) ? dmiss(d, k) : nk;
}

function dset(d, k, v) {
  if (v === undefined) v = null;
  if ((typeof k === "string" || typeof k === "number") && !d.$user) {
    d.$m.set(k, v); // (a str or number is its own Map key)
    return;
  }
  const nk = typeof k === "string" || typeof k === "number" ? k : mapKey(k);
  if (nk === COMPOSITE) {
    const c = dfind(d, k);
    if (c !== NOTFOUND) {
      d.$m.set(c, v);
      return;
    }
    const hb = (d.$hb ??= new Map());
    const b = hb.get(bucket(HI, LO));
    if (b === undefined) hb.set(bucket(HI, LO), [k, HI, LO]);
    else b.push(k, HI, LO);
    if (!(k instanceof Tuple || k instanceof PySet)) d.$user = true;
    d.$nc++;
    d.$m.set(k, v);
    return;
  }
  if (!d.$m.has(nk)) {
    if (d.$user) {
      const c = dmiss(d, k);
      if (c !== NOTFOUND) {
        d.$m.set(c, v);
        return;
      }
    }
    if (nk !== k) (d.$ok ??= new Map()).set(nk, k === undefined ? null : k);
  }
  d.$m.set(nk, v);
}

/** Remove key k; true if it was there. */
function ddel(d, k) {
  let nk = typeof k === "string" || typeof k === "number" ? k : mapKey(k);
  let bucketed = false; // whether the stored key is composite
  if (nk === COMPOSITE) {
    nk = dfind(d, k);
    bucketed = typeof nk === "object";
  } else if (d.$user && !d.$m.has(nk)) {
    nk = dmiss(d, k);
    bucketed = true;
  }
  if (!d.$m.delete(nk)) return false;
  if (bucketed) {
    // Forget the stored key in $hb (its hash, equal to k's, is in HI/LO).
    const b = d.$hb.get(bucket(HI, LO));
    b.splice(b.indexOf(nk), 3);
    if (b.length === 0) d.$hb.delete(bucket(HI, LO));
    d.$nc--;
  } else if (d.$ok !== null) d.$ok.delete(nk);
  return true;
}

function dclear(d) {
  d.$m.clear();
  d.$ok = d.$hb = null;
  d.$user = false;
  d.$nc = 0;
}

/**
 * The stored key equal to composite key k, or NOTFOUND; leaves k's hash in HI/LO. An object
 * with its own __hash__ may also equal a stored int (same hash, its __eq__ says so).
 */
function dfind(d, k) {
  hash64(k);
  const hi = HI, lo = LO;
  let found = NOTFOUND;
  const b = d.$hb === null ? undefined : d.$hb.get(bucket(hi, lo));
  if (b !== undefined) {
    for (let i = 0; i < b.length; i += 3) {
      if (b[i + 1] === hi && b[i + 2] === lo && (b[i] === k || keyEq(b[i], k))) {
        found = b[i];
        break;
      }
    }
  }
  if (found === NOTFOUND && !(k instanceof Tuple || k instanceof PySet)) {
    const h = int64(hi, lo);
    for (const c of h === -2 ? [-2, -1] : [h]) { // hash(-1) is -2
      if (typeof c === "number" && d.$m.has(c) && eq(dkey(d, c), k)) {
        found = c;
        break;
      }
    }
    // ... or a stored str with the same hash (found by hashing the str keys: rare, and only
    // when the dict has keys that are not composite).
    if (found === NOTFOUND && d.$m.size > d.$nc) {
      for (const c of Array.from(d.$m.keys())) {
        if (typeof c !== "string") continue;
        strHash(c);
        if (HI === hi && LO === lo && eq(c, k)) {
          found = c;
          break;
        }
      }
    }
  }
  HI = hi; // eq may have hashed
  LO = lo;
  return found;
}

/**
 * For a non-composite key k missing from the Map of a dict holding objects with their own
 * __hash__: the stored object equal to k, or NOTFOUND; leaves k's hash in HI/LO.
 */
function dmiss(d, k) {
  hash64(k);
  const hi = HI, lo = LO;
  const b = d.$hb.get(bucket(hi, lo));
  let found = NOTFOUND;
  if (b !== undefined) {
    for (let i = 0; i < b.length; i += 3) {
      const c = b[i];
      if (b[i + 1] === hi && b[i + 2] === lo && !(c instanceof Tuple || c instanceof PySet) && eq(c, k)) {
        found = c;
        break;
      }
    }
  }
  HI = hi;
  LO = lo;
  return found;
}

/** Equality of two composite keys (tuples compare item by item without going through eq). */
function keyEq(a, b) {
  return a instanceof Tuple && b instanceof Tuple ? seq_eq(a, b) : eq(a, b);
}

function dkeys(d) {
  return d.$ok === null ? d.$m.keys() : new DictIter(d, KEYS, false);
}

/** [key, value] arrays. */
function dentries(d) {
  return d.$ok === null ? d.$m.entries() : new DictIter(d, PAIRS, false);
}

/** The key object for Map key nk. */
function dkey(d, nk) {
  if (d.$ok !== null) {
    const k = d.$ok.get(nk);
    if (k !== undefined) return k;
  }
  return nk;
}

const KEYS = 0, VALUES = 1, ITEMS = 2, PAIRS = 3;

/** Iterator over a Dict: keys, values, items (Tuples) or entries ([k, v] arrays). */
class DictIter {
  constructor(d, kind, checked) {
    this.d = d;
    this.kind = kind;
    this.n = checked ? d.$m.size : -1; // the size the dict must keep, -1 for no check
    // Items left to yield: a key deleted and inserted again (same size) comes back at the end
    // of the Map, and CPython raises when it finds more items than the dict had.
    this.left = this.n;
    this.it = kind === VALUES ? d.$m.values() : d.$m.entries();
  }

  next() {
    const d = this.d;
    if (this.n !== -1 && d.$m.size !== this.n) {
      this.n = -2; // from now on every call raises, like CPython
      throw RuntimeError("dictionary changed size during iteration");
    }
    const r = this.it.next();
    if (this.n !== -1 && !r.done && this.left-- === 0) {
      this.it = [].values(); // exhausted from now on, like CPython
      throw RuntimeError("dictionary keys changed during iteration");
    }
    if (r.done || this.kind === VALUES) return r;
    const e = r.value; // a fresh [key, value] array from the Map iterator
    const nk = e[0];
    const k = d.$ok === null ? nk : dkey(d, nk);
    r.value = this.kind === KEYS ? k : this.kind === ITEMS ? mktuple2(k, e[1]) : d.$ok === null ? e : [k, e[1]];
    return r;
  }

  get $typename() {
    return ["dict_keyiterator", "dict_valueiterator", "dict_itemiterator", "dict_itemiterator"][this.kind];
  }

  [Symbol.iterator]() {
    return this;
  }
}

/**
 * `for k, v in d.items()` over an exact dict (`items_iter`): the Map iterator's own fresh
 * `[key, value]` arrays, no tuple per item; the same size check as the `dict_items` iterator.
 */
export class DictPairIter {
  constructor(d) {
    this.d = d;
    this.n = d.$m.size;
    this.left = this.n; // as in DictIter
    this.it = d.$m.entries();
  }

  next() {
    const d = this.d;
    if (d.$m.size !== this.n) {
      this.n = -2; // from now on every call raises, like CPython
      throw RuntimeError("dictionary changed size during iteration");
    }
    const r = this.it.next();
    if (!r.done && this.left-- === 0) {
      this.it = [].values(); // exhausted from now on, like CPython
      throw RuntimeError("dictionary keys changed during iteration");
    }
    if (!r.done && d.$ok !== null) {
      const e = r.value;
      e[0] = dkey(d, e[0]);
    }
    return r;
  }

  [Symbol.iterator]() {
    return this;
  }
}

function dictEq(a, b) {
  if (a === b) return true;
  if (a.$m.size !== b.$m.size) return false;
  for (const [nk, v] of a.$m) {
    // Map keys are canonical, except that composite keys must be looked up by value.
    const w = nk !== null && typeof nk === "object" ? dget(b, nk) : b.$m.get(nk);
    if (w === undefined || !(v === w || same(v, w))) return false;
  }
  return true;
}

// ================================================================== set / frozenset

const DUMMY = Symbol("dummy"); // a deleted table slot
const LINEAR_PROBES = 9;

/** Python's set (frozen = false) and frozenset (frozen = true). */
export class PySet {
  constructor(frozen) {
    set_init(this, frozen === true);
  }

  get size() {
    return this.$used;
  }

  set size(v) {
    Object.defineProperty(this, "size", { value: v, writable: true, enumerable: true, configurable: true });
  }

  has(k) {
    return setHas(this, k);
  }

  /** Add k (the set must be mutable or still being built). True if it was not there. */
  add(k) {
    return setAdd(this, k);
  }

  /** Remove k. True if it was there. */
  delete(k) {
    return setDiscard(this, k);
  }

  [Symbol.iterator]() {
    return new SetIter(this);
  }

  $eq(other) {
    return this.$used === other.$used && isSubset(this, other);
  }
}

/**
 * n zeros (a holey-SMI array, as `new Array(n).fill(0)` makes it: every table keeps one
 * elements kind). Small ones by a loop: `fill` is a slow builtin call, and sets are often small
 * and short-lived.
 */
function zeros(n) {
  if (n > 2048) return new Array(n).fill(0);
  const a = new Array(n);
  for (let i = 0; i < n; i++) a[i] = 0;
  return a;
}

/**
 * Storage for n hash halves: unfilled while small (a hash is read only in a slot that holds an
 * element or DUMMY, whose place/removeAt wrote it; ints stored keep the array holey-SMI); zeros
 * when large, where `new Array(n)` would make a slow dictionary-mode array.
 */
function hashTable(n) {
  return n <= 2048 ? new Array(n) : zeros(n);
}

/** Initialize the storage of a PySet (also for subclass instances made without `new`). */
export function set_init(s, frozen) {
  s.frozen = frozen;
  // Map key -> element, for the non-composite elements; null while the set is small (up to
  // MAP_AFTER elements) and holds no str, when the table alone is searched (building a Map
  // costs more than hashing a few numbers; a str is hashed by SipHash, so it gets the Map).
  s.$m = null;
  s.$user = false; // whether some element is an object with its own __hash__
  s.$keys = new Array(8); // the table: element, DUMMY or undefined (empty)
  // Element hashes: hi, lo per slot (int32s). A plain array: allocating a small Int32Array
  // costs V8 several times more, and sets are often small and short-lived.
  s.$hashes = hashTable(16);
  s.$mask = 7;
  s.$fill = 0; // active + dummy slots
  s.$used = 0; // active slots
  s.$finger = 0; // where pop() looks next
  s.$hash = null; // a frozenset's cached hash
}

class SetIter {
  constructor(s) {
    this.s = s;
    this.i = 0;
    this.used = s.$used;
  }

  next() {
    const s = this.s;
    if (s === null) return { value: undefined, done: true };
    if (s.$used !== this.used) {
      this.used = -1;
      throw RuntimeError("Set changed size during iteration");
    }
    const keys = s.$keys;
    for (let i = this.i; i <= s.$mask; i++) {
      const e = keys[i];
      if (e !== undefined && e !== DUMMY) {
        this.i = i + 1;
        return { value: e, done: false };
      }
    }
    this.s = null;
    return { value: undefined, done: true };
  }

  get $typename() {
    return "set_iterator";
  }

  [Symbol.iterator]() {
    return this;
  }
}

// --- the table (setobject.c). Probe sequences: LINEAR_PROBES consecutive slots, then
// i = (i * 5 + 1 + perturb) & mask with perturb = hash >> 5 (unsigned, 64-bit) each round.

/** The slot of k (hash hi:lo), or -1. Composite keys compare with eq, others by identity. */
function slotOf(s, k, hi, lo, composite) {
  const keys = s.$keys, hashes = s.$hashes, mask = s.$mask;
  let i = lo & mask, ph = hi, pl = lo;
  for (;;) {
    const end = i + LINEAR_PROBES <= mask ? i + LINEAR_PROBES : i;
    for (let j = i; j <= end; j++) {
      const e = keys[j];
      if (e === undefined) return -1;
      if (e === k || (hashes[2 * j] === hi && hashes[2 * j + 1] === lo && e !== DUMMY &&
          ((e !== e && k !== k) || (composite && keyEq(e, k))))) return j;
    }
    pl = (pl >>> 5) | (ph << 27);
    ph >>>= 5;
    i = (i * 5 + 1 + (pl >>> 0)) & mask;
  }
}

/** Put k (known to be absent) in the table: set_add_entry after a failed search. */
function tableInsert(s, k, hi, lo) {
  const keys = s.$keys, mask = s.$mask;
  let i = lo & mask, ph = hi, pl = lo, free = -1;
  for (;;) {
    const end = i + LINEAR_PROBES <= mask ? i + LINEAR_PROBES : i;
    for (let j = i; j <= end; j++) {
      const e = keys[j];
      if (e === undefined) {
        s.$used++;
        if (free >= 0) {
          place(s, free, k, hi, lo);
          return;
        }
        place(s, j, k, hi, lo);
        if (++s.$fill * 5 >= mask * 3) tableResize(s, s.$used > 50000 ? s.$used * 2 : s.$used * 4);
        return;
      }
      if (e === DUMMY) free = j;
    }
    pl = (pl >>> 5) | (ph << 27);
    ph >>>= 5;
    i = (i * 5 + 1 + (pl >>> 0)) & mask;
  }
}

function place(s, j, k, hi, lo) {
  s.$keys[j] = k;
  s.$hashes[2 * j] = hi;
  s.$hashes[2 * j + 1] = lo;
}

/** set_insert_clean: into a table without dummies, at the first empty slot of k's sequence. */
function insertClean(s, k, hi, lo) {
  const keys = s.$keys, mask = s.$mask;
  let i = lo & mask, ph = hi, pl = lo;
  for (;;) {
    const end = i + LINEAR_PROBES <= mask ? i + LINEAR_PROBES : i;
    for (let j = i; j <= end; j++) {
      if (keys[j] === undefined) {
        place(s, j, k, hi, lo);
        return;
      }
    }
    pl = (pl >>> 5) | (ph << 27);
    ph >>>= 5;
    i = (i * 5 + 1 + (pl >>> 0)) & mask;
  }
}

/** Scratch space of same-size table rebuilds (tableResize; insertClean runs no Python code). */
const SCRATCH_SIZE = 64;
const scratchKeys = new Array(SCRATCH_SIZE).fill(undefined), scratchHashes = zeros(2 * SCRATCH_SIZE);

/** set_table_resize: rebuild the table with the smallest power of 2 above minused. */
function tableResize(s, minused) {
  let size = 8;
  while (size <= minused) size *= 2;
  if (size === 8 && s.$mask === 7 && s.$fill === s.$used) return; // small table, no dummies
  const oldMask = s.$mask;
  if (size === oldMask + 1 && size <= SCRATCH_SIZE) {
    // Same size (dropping dummies, as an add/remove cycle does): rebuild in place from a copy,
    // as CPython does for its small table, without allocating new arrays.
    const keys = s.$keys, hashes = s.$hashes, sk = scratchKeys, sh = scratchHashes;
    let n = 0;
    for (let i = 0; i <= oldMask; i++) {
      const e = keys[i];
      if (e !== undefined && e !== DUMMY) {
        sk[n] = e;
        sh[2 * n] = hashes[2 * i];
        sh[2 * n + 1] = hashes[2 * i + 1];
        n++;
      }
      keys[i] = undefined;
      hashes[2 * i] = hashes[2 * i + 1] = 0;
    }
    s.$fill = s.$used;
    for (let i = 0; i < n; i++) {
      insertClean(s, sk[i], sh[2 * i], sh[2 * i + 1]);
      sk[i] = undefined;
    }
    return;
  }
  const keys = s.$keys, hashes = s.$hashes;
  s.$keys = new Array(size);
  s.$hashes = hashTable(2 * size);
  s.$mask = size - 1;
  s.$fill = s.$used;
  for (let i = 0; i <= oldMask; i++) {
    const e = keys[i];
    if (e !== undefined && e !== DUMMY) insertClean(s, e, hashes[2 * i], hashes[2 * i + 1]);
  }
}

function tableClear(s) {
  s.$m = null;
  s.$user = false;
  s.$keys = new Array(8);
  s.$hashes = hashTable(16);
  s.$mask = 7;
  s.$fill = s.$used = 0;
}

/** Remove the element in slot j (if j >= 0); true if one was removed. */
function removeAt(s, j) {
  if (j < 0) return false;
  if (s.$m !== null) {
    const nk = mapKey(s.$keys[j]);
    if (nk !== COMPOSITE) s.$m.delete(nk);
  }
  s.$keys[j] = DUMMY;
  s.$hashes[2 * j] = s.$hashes[2 * j + 1] = -1;
  s.$used--;
  return true;
}

// --- element operations. Non-composite elements are found through $m (once it exists), except
// that an object with its own __hash__ (flag $user) may equal one: then the table is searched by
// hash too.

/** Elements a set holds before it keeps the Map index $m. */
const MAP_AFTER = 24;

/** Builds the Map index of a set that outgrew MAP_AFTER. */
function buildMap(s) {
  const m = new Map();
  const keys = s.$keys;
  for (let i = 0; i <= s.$mask; i++) {
    const e = keys[i];
    if (e !== undefined && e !== DUMMY) {
      const nk = mapKey(e);
      if (nk !== COMPOSITE) m.set(nk, e);
    }
  }
  s.$m = m;
}

// --- small-int fast paths: an int32 element of a set still without its Map index ($m null),
// the commonest case (`seen.add(i)`, `c in cols`). One probe loop with the hash halves in locals;
// an element of equal hash that is not k itself (True for 1, 1.0, a user object) makes them
// return undefined before changing anything, and the general path decides.

/** The slot of int32 k (hash hi:lo) in s ($m null), -1 if absent, -2 to leave it to slotOf. */
function slotOfSmallInt(s, k, hi, lo) {
  const keys = s.$keys, hashes = s.$hashes, mask = s.$mask;
  let i = lo & mask, ph = hi, pl = lo;
  for (;;) {
    const end = i + LINEAR_PROBES <= mask ? i + LINEAR_PROBES : i;
    for (let j = i; j <= end; j++) {
      const e = keys[j];
      if (e === undefined) return -1;
      if (e === k) return j;
      if (hashes[2 * j + 1] === lo && hashes[2 * j] === hi && e !== DUMMY) return -2;
    }
    pl = (pl >>> 5) | (ph << 27);
    ph >>>= 5;
    i = (i * 5 + 1 + (pl >>> 0)) & mask;
  }
}

/** setAdd of int32 k to s ($m null): search and insert in one pass (as set_add_entry does). */
function addSmallInt(s, k) {
  const lo = k === -1 ? -2 : k, hi = lo < 0 ? -1 : 0;
  const keys = s.$keys, hashes = s.$hashes, mask = s.$mask;
  let i = lo & mask, ph = hi, pl = lo, free = -1;
  for (;;) {
    const end = i + LINEAR_PROBES <= mask ? i + LINEAR_PROBES : i;
    for (let j = i; j <= end; j++) {
      const e = keys[j];
      if (e === undefined) {
        s.$used++;
        if (free >= 0) {
          place(s, free, k, hi, lo);
        } else {
          place(s, j, k, hi, lo);
          if (++s.$fill * 5 >= mask * 3) tableResize(s, s.$used > 50000 ? s.$used * 2 : s.$used * 4);
        }
        if (s.$used > MAP_AFTER) buildMap(s);
        return true;
      }
      if (e === k) return false;
      if (e === DUMMY) free = j;
      else if (hashes[2 * j + 1] === lo && hashes[2 * j] === hi) return undefined;
    }
    pl = (pl >>> 5) | (ph << 27);
    ph >>>= 5;
    i = (i * 5 + 1 + (pl >>> 0)) & mask;
  }
}

function setHas(s, k) {
  if (s.$m === null) {
    if (typeof k === "number" && (k | 0) === k) {
      const lo = k === -1 ? -2 : k, hi = lo < 0 ? -1 : 0;
      const j = slotOfSmallInt(s, k, hi, lo);
      if (j !== -2) return j >= 0;
      return slotOf(s, k, hi, lo, true) >= 0;
    }
    if (typeof k === "string" && !s.$user) return false;
    if (typeof k === "number" && Number.isInteger(k)) setHashInt(k === -1 ? -2 : k);
    else hash64(k);
    return slotOf(s, k, HI, LO, true) >= 0;
  }
  const nk = typeof k === "string" || typeof k === "number" ? k : mapKey(k);
  if (nk !== COMPOSITE) {
    if (s.$m.has(nk)) return true;
    if (!s.$user) return false;
  }
  hash64(k);
  return slotOf(s, k, HI, LO, true) >= 0;
}

/** `k in s` for k whose hash is known (taken from another table). */
function hasKnown(s, k, hi, lo) {
  if (s.$m === null) return (typeof k !== "string" || s.$user) && slotOf(s, k, hi, lo, true) >= 0;
  const nk = mapKey(k);
  if (nk !== COMPOSITE) {
    if (s.$m.has(nk)) return true;
    if (!s.$user) return false;
  }
  return slotOf(s, k, hi, lo, true) >= 0;
}

/** Add k to s; true if it was absent. */
function setAdd(s, k) {
  if (typeof k === "number" && (k | 0) === k && s.$m === null) {
    const r = addSmallInt(s, k);
    if (r !== undefined) return r;
  }
  const nk = typeof k === "string" || typeof k === "number" ? k : mapKey(k);
  if (nk !== COMPOSITE && s.$m !== null && s.$m.has(nk)) return false;
  if (typeof k === "number" && Number.isInteger(k)) setHashInt(k === -1 ? -2 : k);
  else hash64(k);
  return addHashed(s, k, nk, HI, LO);
}

/** Add k whose hash is known; true if it was absent. */
function addKnown(s, k, hi, lo) {
  const nk = mapKey(k);
  return (nk === COMPOSITE || s.$m === null || !s.$m.has(nk)) && addHashed(s, k, nk, hi, lo);
}

/** Add k (Map key nk, hash hi:lo), unless a search by hash finds an equal element. */
function addHashed(s, k, nk, hi, lo) {
  if ((nk === COMPOSITE || s.$user || s.$m === null) && slotOf(s, k, hi, lo, true) >= 0) return false;
  if (k === undefined) k = null;
  if (nk !== COMPOSITE) {
    if (s.$m !== null) s.$m.set(nk, k);
  } else if (!(k instanceof Tuple || k instanceof PySet)) s.$user = true;
  tableInsert(s, k, hi, lo);
  if (s.$m === null && (s.$used > MAP_AFTER || typeof k === "string")) buildMap(s);
  return true;
}

/** Remove k from s; true if it was there. */
function setDiscard(s, k) {
  if (s.$m === null) {
    if (typeof k === "number" && (k | 0) === k) {
      const lo = k === -1 ? -2 : k, hi = lo < 0 ? -1 : 0;
      const j = slotOfSmallInt(s, k, hi, lo);
      return removeAt(s, j !== -2 ? j : slotOf(s, k, hi, lo, true));
    }
    if (typeof k === "string" && !s.$user) return false;
    if (typeof k === "number" && Number.isInteger(k)) setHashInt(k === -1 ? -2 : k);
    else hash64(k);
    return removeAt(s, slotOf(s, k, HI, LO, true));
  }
  const nk = typeof k === "string" || typeof k === "number" ? k : mapKey(k);
  if (nk !== COMPOSITE) {
    const e = s.$m.get(nk);
    if (e !== undefined) {
      hash64(e);
      return removeAt(s, slotOf(s, e, HI, LO, false));
    }
    if (!s.$user) return false;
  }
  hash64(k);
  return removeAt(s, slotOf(s, k, HI, LO, true));
}

/** Remove k whose hash is known; true if it was there. */
function discardKnown(s, k, hi, lo) {
  if (s.$m === null) return (typeof k !== "string" || s.$user) && removeAt(s, slotOf(s, k, hi, lo, true));
  const nk = mapKey(k);
  if (nk !== COMPOSITE) {
    const e = s.$m.get(nk);
    if (e !== undefined) return removeAt(s, slotOf(s, e, hi, lo, false));
    if (!s.$user) return false;
  }
  return removeAt(s, slotOf(s, k, hi, lo, true));
}

/** `k in s`, where a set k is looked up as the equal frozenset (CPython does the same). */
function setContains(s, k) {
  if (k instanceof PySet && !k.frozen) {
    setHash(k);
    return slotOf(s, k, HI, LO, true) >= 0;
  }
  return setHas(s, k);
}

/** Remove k (a set k is looked up as the equal frozenset); true if it was there. */
function setRemove(s, k) {
  if (k instanceof PySet && !k.frozen) {
    setHash(k);
    return removeAt(s, slotOf(s, k, HI, LO, true));
  }
  return setDiscard(s, k);
}

/** Calls f(element, hash hi, hash lo) for each element of s in table order. */
function eachEntry(s, f) {
  const keys = s.$keys, hashes = s.$hashes, mask = s.$mask;
  for (let i = 0; i <= mask; i++) {
    const e = keys[i];
    if (e !== undefined && e !== DUMMY) f(e, hashes[2 * i], hashes[2 * i + 1]);
  }
}

// --- whole-set operations, as in setobject.c (they decide the resulting table layouts).

/** set_merge: add the elements of set o to s. */
function setMerge(s, o) {
  if (o === s || o.$used === 0) return;
  if ((s.$fill + o.$used) * 5 >= s.$mask * 3) tableResize(s, (s.$used + o.$used) * 2);
  if (s.$fill === 0) {
    s.$m = o.$m === null ? null : new Map(o.$m);
    s.$user = o.$user;
    s.$fill = s.$used = o.$used;
    if (s.$mask === o.$mask && o.$fill === o.$used) {
      for (let i = 0; i <= o.$mask; i++) s.$keys[i] = o.$keys[i];
      for (let i = 0; i <= o.$mask; i++) {
        if (o.$keys[i] !== undefined) {
          s.$hashes[2 * i] = o.$hashes[2 * i];
          s.$hashes[2 * i + 1] = o.$hashes[2 * i + 1];
        }
      }
    } else {
      eachEntry(o, (e, hi, lo) => insertClean(s, e, hi, lo));
    }
    return;
  }
  eachEntry(o, (e, hi, lo) => addKnown(s, e, hi, lo));
}

/** set_update_internal: add the elements of any iterable. */
function setUpdate(s, x) {
  if (x instanceof PySet) return setMerge(s, x);
  if (x != null && x.constructor === Dict) {
    const n = x.$m.size;
    if ((s.$fill + n) * 5 >= s.$mask * 3) tableResize(s, (s.$used + n) * 2);
    for (const k of dkeys(x)) setAdd(s, k);
    return;
  }
  for (const k of iterate(x)) setAdd(s, k);
}

/** A new set (or frozenset when frozen) holding the elements of iterable x (make_new_set). */
function makeSet(frozen, x) {
  const s = new PySet(frozen);
  if (x !== undefined) setUpdate(s, x);
  return s;
}

function setCopy(s) {
  return makeSet(s.frozen, s);
}

function setIntersection(s, o) {
  if (s === o) return setCopy(s);
  const r = new PySet(s.frozen);
  if (o instanceof PySet) {
    let big = s, small = o;
    if (o.$used > s.$used) {
      big = o;
      small = s;
    }
    eachEntry(small, (e, hi, lo) => {
      if (hasKnown(big, e, hi, lo)) addKnown(r, e, hi, lo);
    });
    return r;
  }
  for (const k of iterate(o)) {
    if (setHas(s, k)) setAdd(r, k);
  }
  return r;
}

function setDifferenceUpdate(s, o) {
  if (s === o) {
    tableClear(s);
    return;
  }
  if (o instanceof PySet) {
    if (o.$used >> 3 > s.$used) o = setIntersection(s, o);
    eachEntry(o, (e, hi, lo) => discardKnown(s, e, hi, lo));
  } else {
    for (const k of iterate(o)) setDiscard(s, k);
  }
  if (s.$fill - s.$used > s.$mask >> 2) tableResize(s, s.$used > 50000 ? s.$used * 2 : s.$used * 4);
}

function setDifference(s, o) {
  let n;
  if (o instanceof PySet) n = o.$used;
  else if (o != null && o.constructor === Dict) n = o.$m.size;
  if (n === undefined || s.$used >> 2 > n) {
    const r = setCopy(s);
    setDifferenceUpdate(r, o);
    return r;
  }
  const r = new PySet(s.frozen);
  eachEntry(s, (e, hi, lo) => {
    if (!(o instanceof PySet ? hasKnown(o, e, hi, lo) : dhas(o, e))) addKnown(r, e, hi, lo);
  });
  return r;
}

function setSymmetricDifferenceUpdate(s, o) {
  if (s === o) {
    tableClear(s);
    return;
  }
  if (o != null && o.constructor === Dict) {
    for (const k of dkeys(o)) {
      if (!setDiscard(s, k)) setAdd(s, k);
    }
    return;
  }
  if (!(o instanceof PySet)) o = makeSet(s.frozen, o);
  eachEntry(o, (e, hi, lo) => {
    if (!discardKnown(s, e, hi, lo)) addKnown(s, e, hi, lo);
  });
}

function setSymmetricDifference(s, o) {
  const r = makeSet(s.frozen, o);
  setSymmetricDifferenceUpdate(r, s);
  return r;
}

function isSubset(s, o) {
  if (s.$used > o.$used) return false;
  const keys = s.$keys, hashes = s.$hashes;
  for (let i = 0; i <= s.$mask; i++) {
    const e = keys[i];
    if (e !== undefined && e !== DUMMY && !hasKnown(o, e, hashes[2 * i], hashes[2 * i + 1])) return false;
  }
  return true;
}

function issubset(s, o) {
  if (o instanceof PySet) return isSubset(s, o);
  return setIntersection(s, o).$used === s.$used;
}

function issuperset(s, o) {
  if (o instanceof PySet) return isSubset(o, s);
  for (const k of iterate(o)) {
    if (!setHas(s, k)) return false;
  }
  return true;
}

function isdisjoint(s, o) {
  if (s === o) return s.$used === 0;
  if (o instanceof PySet) {
    const [big, small] = o.$used > s.$used ? [o, s] : [s, o];
    const keys = small.$keys, hashes = small.$hashes;
    for (let i = 0; i <= small.$mask; i++) {
      const e = keys[i];
      if (e !== undefined && e !== DUMMY && hasKnown(big, e, hashes[2 * i], hashes[2 * i + 1])) return false;
    }
    return true;
  }
  for (const k of iterate(o)) {
    if (setHas(s, k)) return false;
  }
  return true;
}

function setPop(s) {
  if (s.$used === 0) throw KeyError("pop from an empty set");
  const keys = s.$keys, mask = s.$mask;
  let i = s.$finger & mask;
  while (keys[i] === undefined || keys[i] === DUMMY) i = i < mask ? i + 1 : 0;
  const e = keys[i];
  removeAt(s, i);
  s.$finger = i + 1;
  return e;
}

/** set(x) / frozenset(x) (no argument: x undefined). frozenset(f) of a frozenset is f. */
export function set_new(frozen, x) {
  if (frozen && x instanceof PySet && x.frozen && x.constructor === PySet) return x;
  return makeSet(frozen, x);
}

// ================================================================== dict views

/** Base of dict_keys, dict_values and dict_items: live views of a Dict. */
export class DictView {
  constructor(d) {
    this.$d = d;
  }

  get size() {
    return this.$d.$m.size;
  }

  __len__() {
    return this.$d.$m.size;
  }

  __repr__() {
    if (reprActive.has(this)) return "...";
    reprActive.add(this);
    try {
      return `${this.$typename}(${repr_list(Array.from(this))})`;
    } finally {
      reprActive.delete(this);
    }
  }

  __reversed__() {
    return Array.from(this).reverse()[Symbol.iterator]();
  }
}

export class DictKeys extends DictView {
  get $typename() {
    return "dict_keys";
  }

  [Symbol.iterator]() {
    return new DictIter(this.$d, KEYS, true);
  }

  __contains__(k) {
    return dhas(this.$d, k);
  }

  isdisjoint(o) {
    return viewDisjoint(this, o);
  }
}

export class DictValues extends DictView {
  get $typename() {
    return "dict_values";
  }

  [Symbol.iterator]() {
    return new DictIter(this.$d, VALUES, true);
  }

  __contains__(x) {
    for (const v of this.$d.$m.values()) {
      if (v === x || same(v, x)) return true;
    }
    return false;
  }
}

export class DictItems extends DictView {
  get $typename() {
    return "dict_items";
  }

  [Symbol.iterator]() {
    return new DictIter(this.$d, ITEMS, true);
  }

  __contains__(x) {
    if (!(x instanceof Tuple) || x.length !== 2) return false;
    const v = dget(this.$d, x[0]);
    return v !== undefined && (v === x[1] || same(v, x[1]));
  }

  isdisjoint(o) {
    return viewDisjoint(this, o);
  }
}

/** dict_keys / dict_items: the views with set operations. */
function isSetView(x) {
  return x instanceof DictKeys || x instanceof DictItems;
}

/** `x in c` for a set or a dict view. */
function inSetLike(c, x) {
  return c instanceof PySet ? setContains(c, x) : c.__contains__(x);
}

function lenOf(x) {
  return x instanceof PySet ? x.$used : x.size;
}

/** dictviews_isdisjoint: iterates the smaller side when the other is set-like. */
function viewDisjoint(v, o) {
  if (v === o) return v.size === 0;
  let self = v, other = o;
  if ((o instanceof PySet || isSetView(o)) && lenOf(o) > v.size) [self, other] = [o, v];
  for (const x of iterate(other)) {
    if (inSetLike(self, x)) return false;
  }
  return true;
}

/** dictviews_to_set: a new set from the left operand of a view operation. */
function viewToSet(x) {
  return makeSet(false, x instanceof DictKeys ? x.$d : x);
}

/** _PyDictView_Intersect. */
function viewAnd(a, b) {
  let self = a, other = b;
  if (!isSetView(self)) [self, other] = [other, self];
  if (other instanceof PySet && other.constructor === PySet && !other.frozen && self.size <= other.$used) {
    return setIntersection(other, self);
  }
  if (isSetView(other) && other.size > self.size) [self, other] = [other, self];
  const r = new PySet(false);
  for (const x of iterate(other)) {
    if (inSetLike(self, x)) setAdd(r, x);
  }
  return r;
}

/** True when the view comparison `a op b` applies (dictview_richcompare's operand check). */
function viewComparable(a, b) {
  return (isSetView(a) && (isSetView(b) || b instanceof PySet)) || (isSetView(b) && a instanceof PySet);
}

function allContainedIn(a, b) {
  for (const x of iterate(a)) {
    if (!inSetLike(b, x)) return false;
  }
  return true;
}

// ================================================================== set operators
// Each returns NotImplemented when CPython's slot would (then rt/num.mjs goes on with the
// reflected operand and finally raises the TypeError). Views of dict keys/items take part.

export function set_or(a, b) {
  if (a instanceof PySet && b instanceof PySet) {
    const r = setCopy(a);
    if (a !== b) setUpdate(r, b);
    return r;
  }
  if (isSetView(a) || isSetView(b)) {
    const r = viewToSet(a);
    setUpdate(r, b);
    return r;
  }
  return NotImplemented;
}

export function set_and(a, b) {
  if (a instanceof PySet && b instanceof PySet) return setIntersection(a, b);
  if (isSetView(a) || isSetView(b)) return viewAnd(a, b);
  return NotImplemented;
}

export function set_sub(a, b) {
  if (a instanceof PySet && b instanceof PySet) return setDifference(a, b);
  if (isSetView(a) || isSetView(b)) {
    const r = viewToSet(a);
    setDifferenceUpdate(r, b);
    return r;
  }
  return NotImplemented;
}

export function set_xor(a, b) {
  if (a instanceof PySet && b instanceof PySet) return setSymmetricDifference(a, b);
  if (isSetView(a) || isSetView(b)) {
    const r = viewToSet(a);
    setSymmetricDifferenceUpdate(r, b);
    return r;
  }
  return NotImplemented;
}

// In-place forms: a mutable set is updated and returned; otherwise (frozenset, views) the
// binary operator applies, as in CPython where those types have no in-place slots.

function inplace(update, binary) {
  return (a, b) => {
    if (a instanceof PySet && !a.frozen) {
      if (!(b instanceof PySet)) return NotImplemented;
      update(a, b);
      return a;
    }
    return binary(a, b);
  };
}

export const set_ior = inplace(setUpdate, set_or);
export const set_isub = inplace(setDifferenceUpdate, set_sub);
export const set_ixor = inplace(setSymmetricDifferenceUpdate, set_xor);
export const set_iand = inplace((a, b) => swapBodies(a, setIntersection(a, b)), set_and);

/** Give s the contents of t (set_swap_bodies, as used by intersection_update). */
function swapBodies(s, t) {
  for (const f of ["$m", "$user", "$keys", "$hashes", "$mask", "$fill", "$used"]) s[f] = t[f];
}

export function set_eq(a, b) {
  if (a instanceof PySet && b instanceof PySet) return a.$used === b.$used && isSubset(a, b);
  if (viewComparable(a, b)) return lenOf(a) === lenOf(b) && allContainedIn(a, b);
  return NotImplemented;
}

export function set_le(a, b) {
  if (a instanceof PySet && b instanceof PySet) return isSubset(a, b);
  if (viewComparable(a, b)) return lenOf(a) <= lenOf(b) && allContainedIn(a, b);
  return NotImplemented;
}

export function set_lt(a, b) {
  if (a instanceof PySet && b instanceof PySet) return a.$used < b.$used && isSubset(a, b);
  if (viewComparable(a, b)) return lenOf(a) < lenOf(b) && allContainedIn(a, b);
  return NotImplemented;
}

export function set_ge(a, b) {
  if (a instanceof PySet && b instanceof PySet) return isSubset(b, a);
  if (viewComparable(a, b)) return lenOf(a) >= lenOf(b) && allContainedIn(b, a);
  return NotImplemented;
}

export function set_gt(a, b) {
  if (a instanceof PySet && b instanceof PySet) return a.$used > b.$used && isSubset(b, a);
  if (viewComparable(a, b)) return lenOf(a) > lenOf(b) && allContainedIn(b, a);
  return NotImplemented;
}

/** dict | dict: a new dict (NotImplemented unless both are dicts). */
export function dict_or(a, b) {
  if (!(a instanceof Dict && b instanceof Dict)) return NotImplemented;
  const r = dictCopy(a);
  dictUpdate(r, b);
  return r;
}

/** dict |= x: update with any mapping or iterable of pairs. */
export function dict_ior(a, b) {
  if (!(a instanceof Dict)) return NotImplemented;
  dictUpdate(a, b);
  return a;
}

// Python dunder methods of the set-like views, so that the generic operator protocol finds them.
for (const View of [DictKeys, DictItems]) {
  const p = View.prototype;
  for (const [name, f] of [["and", set_and], ["or", set_or], ["sub", set_sub], ["xor", set_xor]]) {
    p[`__${name}__`] = function (o) {
      return f(this, o);
    };
    p[`__r${name}__`] = function (o) {
      return f(o, this);
    };
  }
  for (const [name, f] of [["eq", set_eq], ["le", set_le], ["lt", set_lt], ["ge", set_ge], ["gt", set_gt]]) {
    p[`__${name}__`] = function (o) {
      return f(this, o);
    };
  }
  p.__ne__ = function (o) {
    const r = set_eq(this, o);
    return r === NotImplemented ? r : !r;
  };
}

// ================================================================== slices

/** Python's slice object (rt/object.mjs exposes it as the builtin class `slice`). */
export class PySlice {
  constructor(start, stop, step) {
    this.start = start ?? null;
    this.stop = stop ?? null;
    this.step = step ?? null;
  }

  /** slice.indices(length): (start, stop, step) for a sequence of that length. */
  indices(length) {
    const n = ssize(length);
    if (n < 0) throw ValueError("length should not be negative");
    const [start, stop, step] = slice_indices(this.start, this.stop, this.step, n);
    // A huge step is clamped for slicing but reported as it is.
    return mktuple(start, stop, typeof this.step === "bigint" ? this.step : step);
  }
}

// Slices compare as (start, stop, step) tuples (slice_richcompare). Functions, not imports, are
// put in the table at evaluation time, so that lt/le/gt/ge are only read when called.
const SLICE_ORDER = { __lt__: (a, b) => lt(a, b), __le__: (a, b) => le(a, b), __gt__: (a, b) => gt(a, b), __ge__: (a, b) => ge(a, b) };
for (const name of ["__eq__", ...Object.keys(SLICE_ORDER)]) {
  PySlice.prototype[name] = function (o) {
    if (!(o instanceof PySlice)) return NotImplemented;
    const a = mktuple(this.start, this.stop, this.step), b = mktuple(o.start, o.stop, o.step);
    return name === "__eq__" ? seq_eq(a, b) : seq_cmp(a, b, SLICE_ORDER[name]);
  };
}
PySlice.prototype.__ne__ = function (o) {
  const r = this.__eq__(o);
  return r === NotImplemented ? r : !r;
};

/**
 * CPython's PySlice_Unpack + PySlice_AdjustIndices: [start, stop, step, count] for slicing a
 * sequence of length n with bounds lo, hi, step (null = omitted).
 */
export function slice_indices(lo, hi, step, n) {
  let st = 1;
  if (step != null) {
    st = sliceBound(step, SLICE_MSG);
    if (st === 0) throw ValueError("slice step cannot be zero");
  }
  let start = sliceBound(lo, SLICE_MSG), stop = sliceBound(hi, SLICE_MSG);
  if (start === null) start = st < 0 ? n - 1 : 0;
  else if (start < 0) {
    start += n;
    if (start < 0) start = st < 0 ? -1 : 0;
  } else if (start >= n) start = st < 0 ? n - 1 : n;
  if (stop === null) stop = st < 0 ? -1 : n;
  else if (stop < 0) {
    stop += n;
    if (stop < 0) stop = st < 0 ? -1 : 0;
  } else if (stop >= n) stop = st < 0 ? n - 1 : n;
  let count = 0;
  if (st < 0) {
    if (stop < start) count = Math.floor((start - stop - 1) / -st) + 1;
  } else if (start < stop) count = Math.floor((stop - start - 1) / st) + 1;
  return [start, stop, st, count];
}

export function repr_slice(s) {
  return `slice(${repr(s.start)}, ${repr(s.stop)}, ${repr(s.step)})`;
}

/** A plain-array copy of a[lo:hi] (step 1, bounds already adjusted). */
function listRange(a, lo, hi) {
  if (a.constructor === Array) return a.slice(lo, hi);
  const r = [];
  for (let i = lo; i < hi; i++) r.push(a[i]);
  return r;
}

function seqSlice(a, lo, hi, step) {
  const [start, , st, count] = slice_indices(lo, hi, step, a.length);
  const tuple = a instanceof Tuple;
  if (!tuple && st === 1) return listRange(a, start, start + count);
  const r = tuple ? newTuple(count) : new Array(count);
  for (let i = 0, j = start; i < count; i++, j += st) r[i] = a[j];
  return r;
}

/** null or an int32 (a slice bound JS's Array.prototype.slice treats like Python). */
function isSmallInt(x) {
  return x === null || (typeof x === "number" && (x | 0) === x);
}

/** o[lo:hi:step] (null for an omitted bound). */
export function getslice(o, lo, hi, step) {
  if (o != null) {
    const c = o.constructor;
    if (c === Array && step == null && isSmallInt(lo) && isSmallInt(hi)) {
      return o.slice(lo ?? 0, hi ?? o.length);
    }
    if (c === Array && typeof step === "number" && step < 0 && (step | 0) === step && isSmallInt(lo) && isSmallInt(hi)) {
      // a[hi:lo:-k] (slice_indices for a negative step, without the index array)
      const n = o.length;
      const start = lo === null ? n - 1 : lo < 0 ? Math.max(lo + n, -1) : Math.min(lo, n - 1);
      const stop = hi === null ? -1 : hi < 0 ? Math.max(hi + n, -1) : Math.min(hi, n - 1);
      const count = start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
      const r = new Array(count);
      for (let i = 0, j = start; i < count; i++, j += step) r[i] = o[j];
      return r;
    }
    if (c === Array || c === Tuple) return seqSlice(o, lo, hi, step);
  }
  if (typeof o === "string") return str_slice(o, lo, hi, step);
  return getitem(o, new PySlice(lo, hi, step));
}

/**
 * `p[:k + 1] = p[k::-1]` for an exact list p and an int 0 <= k < len(p): the first k + 1 items
 * reversed in place (what the slice and the same-length store do), true; false (nothing done)
 * otherwise, and the statement runs as usual.
 */
export function rev_prefix(p, k) {
  if (p == null || p.constructor !== Array || typeof k !== "number" || !Number.isInteger(k) || k < 0 || k >= p.length) {
    return false;
  }
  for (let i = 0, j = k; i < j; i++, j--) {
    const t = p[i];
    p[i] = p[j];
    p[j] = t;
  }
  return true;
}

/** The items of iterable v as an array, or null if v is not iterable (PySequence_Fast). */
function seqFast(v) {
  if (Array.isArray(v)) return v;
  let it;
  try {
    it = iterate(v);
  } catch (e) {
    if (isinstance(e, TypeError)) return null; // the caller raises its own message
    throw e;
  }
  return Array.from(it);
}

/** Replace a[start:start+del] with items (no argument spreading: items may be long). */
function spliceIn(a, start, del, items) {
  const n = items.length, tail = a.length - start - del;
  if (n > del) {
    for (let i = del; i < n; i++) a.push(null);
    for (let i = tail - 1; i >= 0; i--) a[start + n + i] = a[start + del + i];
  } else if (n < del) {
    for (let i = 0; i < tail; i++) a[start + n + i] = a[start + del + i];
    a.length -= del - n;
  }
  for (let i = 0; i < n; i++) a[start + i] = items[i];
}

/** o[lo:hi:step] = v. */
export function setslice(o, lo, hi, step, v) {
  if (o != null && o.constructor === Array) {
    if (step == null && v !== o && Array.isArray(v) && isSmallInt(lo) && isSmallInt(hi)) {
      // a[lo:hi] = items of the same length: overwrite in place
      const n = o.length;
      const start = lo === null ? 0 : lo < 0 ? Math.max(lo + n, 0) : Math.min(lo, n);
      const stop = hi === null ? n : hi < 0 ? Math.max(hi + n, 0) : Math.min(hi, n);
      const m = v.length;
      if (m === (stop > start ? stop - start : 0)) {
        for (let i = 0; i < m; i++) o[start + i] = v[i];
        return;
      }
    }
    listAssignSlice(o, lo, hi, step, v);
    return;
  }
  setitem(o, new PySlice(lo, hi, step), v);
}

function listAssignSlice(a, lo, hi, step, v) {
  const [start, stop, st, count] = slice_indices(lo, hi, step, a.length);
  const items = seqFast(v === a ? a.slice() : v);
  if (st === 1) {
    if (items === null) throw TypeError("can only assign an iterable");
    spliceIn(a, start, Math.max(stop - start, 0), items);
    return;
  }
  if (items === null) throw TypeError("must assign iterable to extended slice");
  if (items.length !== count) {
    throw ValueError(`attempt to assign sequence of size ${items.length} to extended slice of size ${count}`);
  }
  for (let i = 0, j = start; i < count; i++, j += st) a[j] = items[i];
}

/** del o[lo:hi:step]. */
export function delslice(o, lo, hi, step) {
  if (o != null && o.constructor === Array) {
    listDeleteSlice(o, lo, hi, step);
    return;
  }
  delitem(o, new PySlice(lo, hi, step));
}

function listDeleteSlice(a, lo, hi, step) {
  let [start, stop, st, count] = slice_indices(lo, hi, step, a.length);
  if (st === 1) {
    if (stop > start) a.splice(start, stop - start);
    return;
  }
  if (count === 0) return;
  if (st < 0) { // delete the same items walking forward
    start += st * (count - 1);
    st = -st;
  }
  let w = start;
  for (let r = start; r < a.length; r++) {
    if (r < start + st * count && (r - start) % st === 0) continue;
    a[w++] = a[r];
  }
  a.length = w;
}

// ================================================================== item access

/** The int index k into a sequence (list/tuple): errors as CPython's list_subscript. */
function seqIndex(k, what) {
  if (typeof k === "number" && Number.isInteger(k)) return k;
  if (typeof k === "boolean") return k ? 1 : 0;
  if (typeof k === "bigint") throw IndexError("cannot fit 'int' into an index-sized integer");
  // (Instances of classes with `__call__` are JS functions.)
  if (k != null && (typeof k === "object" || k.$isclass === false) && !(k instanceof PyFloat) && typeof k.__index__ === "function") {
    return seqIndex(k.__index__(), what);
  }
  throw TypeError(`${what} indices must be integers or slices, not ${typename(k)}`);
}

function seqGetitem(a, k) {
  if (k instanceof PySlice) return seqSlice(a, k.start, k.stop, k.step);
  // The classes list and tuple themselves (`list[int]`) reach here: their JS constructor is Array.
  if (typeof a === "function") return getitemSlow(a, k);
  const tuple = a instanceof Tuple;
  let i = seqIndex(k, tuple ? "tuple" : "list");
  if (i < 0) i += a.length;
  if (i < 0 || i >= a.length) throw IndexError(tuple ? "tuple index out of range" : "list index out of range");
  return a[i];
}

function listSetitem(a, k, v) {
  if (k instanceof PySlice) return listAssignSlice(a, k.start, k.stop, k.step, v);
  let i = seqIndex(k, "list");
  if (i < 0) i += a.length;
  if (i < 0 || i >= a.length) throw IndexError("list assignment index out of range");
  a[i] = v;
}

function listDelitem(a, k) {
  if (k instanceof PySlice) return listDeleteSlice(a, k.start, k.stop, k.step);
  let i = seqIndex(k, "list");
  if (i < 0) i += a.length;
  if (i < 0 || i >= a.length) throw IndexError("list assignment index out of range");
  if (i === a.length - 1) a.pop();
  else a.splice(i, 1);
}

function dictGetitem(d, k) {
  if (typeof d === "function") return getitemSlow(d, k); // the class dict itself: `dict[str, int]`
  const v = dget(d, k);
  if (v !== undefined) return v;
  if (d.constructor !== Dict && typeof d.__missing__ === "function") return d.__missing__(k);
  throw KeyError(k);
}

function dictDelitem(d, k) {
  if (!ddel(d, k)) throw KeyError(k);
}

/** The method `name` of o's type if it overrides the builtin one (a subclass's own dunder). */
function override(o, name, builtin) {
  const f = o[name];
  return typeof f === "function" && f !== builtin ? f : null;
}

/** The metaclass method `name` for a class object (e.g. an Enum class's __getitem__). */
function metaMethod(cls, name) {
  const m = type(cls);
  return m !== cls && m != null && typeof m[name] === "function" ? m[name] : null;
}

/** o[k]. */
/**
 * `o[k]`. A dict's missing key comes back from getitemFast as KEY_MISS and is raised here: V8
 * never optimizes a function that exceptions often unwind, so the big dispatch stays out of the
 * throw's way (a `try: d[k] except KeyError` loop ran it in the interpreter).
 */
export function getitem(o, k) {
  const v = getitemFast(o, k);
  if (typeof v === "symbol") throw missError(v, k);
  return v;
}

/** What getitemFast returns for a missing dict key / an int index out of a list's or tuple's range. */
const KEY_MISS = Symbol("key miss"), LIST_MISS = Symbol("list miss"), TUPLE_MISS = Symbol("tuple miss");

function missError(v, k) {
  if (v === KEY_MISS) return KeyError(k);
  return IndexError(v === LIST_MISS ? "list index out of range" : "tuple index out of range");
}

function getitemFast(o, k) {
  if (typeof o === "string") return str_getitem(o, k);
  if (o != null) {
    const c = o.constructor;
    if (c === Array || c === Tuple) {
      if (typeof k === "number") {
        // Never read a negative index: V8 looks it up as a named property, very slowly.
        const v = k >= 0 ? o[k] : o[k + o.length];
        if (v !== undefined) return v;
        // Out of range (a list never holds undefined): raised by getitem, see there.
        if (Number.isInteger(k) && typeof o === "object") return c === Array ? LIST_MISS : TUPLE_MISS;
      }
      return seqGetitem(o, k);
    }
    if (c === Dict) {
      if (typeof o === "function") return getitemSlow(o, k); // the class dict itself: `dict[str, int]`
      const v = dget(o, k);
      return v !== undefined ? v : KEY_MISS;
    }
    // A runtime type's own fast path (NumPy arrays): undefined when it does not apply.
    const g = o.$getitem;
    if (g !== undefined) {
      const r = g(o, k);
      if (r !== undefined) return r;
    }
  }
  return getitemSlow(o, k);
}

function getitemSlow(o, k) {
  if (typeof o === "string") return str_getitem(o, k);
  if (o == null) throw TypeError("'NoneType' object is not subscriptable");
  if (typeof o === "function") {
    if (typeof o.__class_getitem__ === "function") return o.__class_getitem__(k);
    const m = metaMethod(o, "__getitem__");
    if (m) return m.call(o, k);
    if (o.$generic === true) return generic_alias(o, k);
  } else if (o instanceof Dict) {
    const f = override(o, "__getitem__", dict_methods.__getitem__);
    return f ? f.call(o, k) : dictGetitem(o, k);
  } else if (Array.isArray(o)) {
    const f = override(o, "__getitem__", list_methods.__getitem__);
    return f ? f.call(o, k) : seqGetitem(o, k);
  } else if (typeof o.__getitem__ === "function") return o.__getitem__(k);
  throw TypeError(`'${tpname(o)}' object is not subscriptable`);
}

/** o[k] = v. */
export function setitem(o, k, v) {
  if (o != null) {
    const c = o.constructor;
    if (c === Array) {
      if (typeof k === "number" && k >>> 0 === k && k < o.length) o[k] = v;
      else listSetitem(o, k, v);
      return;
    }
    if (c === Dict) {
      dset(o, k, v);
      return;
    }
    const g = o.$setitem;
    if (g !== undefined && g(o, k, v) === true) return;
  }
  setitemSlow(o, k, v);
}

function setitemSlow(o, k, v) {
  if (typeof o === "string" || o instanceof Tuple) {
    if (!(k instanceof PySlice)) immutableIndex(k);
  } else if (o != null) {
    if (typeof o === "function") {
      const m = metaMethod(o, "__setitem__");
      if (m) {
        m.call(o, k, v);
        return;
      }
    } else if (o instanceof Dict) {
      const f = override(o, "__setitem__", dict_methods.__setitem__);
      if (f) f.call(o, k, v);
      else dset(o, k, v);
      return;
    } else if (Array.isArray(o)) {
      const f = override(o, "__setitem__", list_methods.__setitem__);
      if (f) f.call(o, k, v);
      else listSetitem(o, k, v);
      return;
    } else if (typeof o.__setitem__ === "function") {
      o.__setitem__(k, v);
      return;
    }
  }
  throw TypeError(`'${typename(o)}' object does not support item assignment`);
}

/** del o[k]. */
export function delitem(o, k) {
  if (typeof o === "string" || o instanceof Tuple) {
    if (!(k instanceof PySlice) && immutableIndex(k)) throw TypeError(`'${typename(o)}' object doesn't support item deletion`);
  } else if (o != null) {
    if (o.constructor === Array) {
      listDelitem(o, k);
      return;
    }
    if (o.constructor === Dict) {
      dictDelitem(o, k);
      return;
    }
    if (typeof o === "function") {
      const m = metaMethod(o, "__delitem__");
      if (m) {
        m.call(o, k);
        return;
      }
    } else if (o instanceof Dict) {
      const f = override(o, "__delitem__", dict_methods.__delitem__);
      if (f) f.call(o, k);
      else dictDelitem(o, k);
      return;
    } else if (Array.isArray(o)) {
      const f = override(o, "__delitem__", list_methods.__delitem__);
      if (f) f.call(o, k);
      else listDelitem(o, k);
      return;
    } else if (typeof o.__delitem__ === "function") {
      o.__delitem__(k);
      return;
    }
  }
  throw TypeError(`'${typename(o)}' object doesn't support item deletion`);
}

/**
 * For item assignment/deletion on str and tuple, CPython first converts an index key (which
 * can raise IndexError for a huge int). True when k is an index.
 */
function immutableIndex(k) {
  if (k != null && typeof k === "object" && !(k instanceof PyFloat) && typeof k.__index__ === "function") {
    k = k.__index__();
  }
  if (typeof k === "bigint") throw IndexError("cannot fit 'int' into an index-sized integer");
  return (typeof k === "number" && Number.isInteger(k)) || typeof k === "boolean";
}

// ================================================================== `in`, equality, ordering

/**
 * `item in c` for the builtin containers: list, tuple, dict, set/frozenset, str, dict views.
 * Returns undefined for anything else (then the caller applies __contains__ / iteration).
 */
/**
 * `x in c` for strs: a code unit match that begins or ends inside a surrogate pair of c is not
 * a code point match (only possible when x begins with a low surrogate or ends with a high one).
 */
function strIn(c, x) {
  let i = c.indexOf(x);
  const n = x.length;
  if (i < 0) return false;
  if (!((x.charCodeAt(0) & 0xfc00) === 0xdc00 || (x.charCodeAt(n - 1) & 0xfc00) === 0xd800)) return true;
  for (; i >= 0; i = c.indexOf(x, i + 1)) {
    const lead = i > 0 && (c.charCodeAt(i) & 0xfc00) === 0xdc00 && (c.charCodeAt(i - 1) & 0xfc00) === 0xd800;
    const tail = i + n < c.length && (c.charCodeAt(i + n) & 0xfc00) === 0xdc00 && (c.charCodeAt(i + n - 1) & 0xfc00) === 0xd800;
    if (!lead && !tail) return true;
  }
  return false;
}

export function contains_seq(c, x) {
  if (typeof c === "string") {
    if (typeof x !== "string") throw TypeError(`'in <string>' requires string as left operand, not ${typename(x)}`);
    return strIn(c, x);
  }
  if (c == null) return undefined;
  const k = c.constructor;
  if (k === Array || k === Tuple) {
    for (let i = 0; i < c.length; i++) {
      const v = c[i];
      if (v === x || same(v, x)) return true;
    }
    return false;
  }
  if (k === Dict) return dhas(c, x);
  if (k === PySet) return setContains(c, x);
  if (c instanceof DictView) return c.__contains__(x);
  return undefined;
}

/** a == b for two lists or two tuples. */
export function seq_eq(a, b) {
  if (a === b) return true;
  const n = a.length;
  if (n !== b.length) return false;
  for (let i = 0; i < n; i++) {
    const x = a[i], y = b[i];
    if (x !== y && !same(x, y)) return false;
  }
  return true;
}

/**
 * Ordering of two lists or two tuples: `op` (rt/num.mjs's lt, le, gt or ge) applied to the first
 * items that differ, or to the lengths when one is a prefix of the other.
 */
export function seq_cmp(a, b, op) {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i], y = b[i];
    if (x !== y && !same(x, y)) return op(x, y);
  }
  return op(a.length, b.length);
}

// ================================================================== reprs

// Containers being repr'd (CPython's Py_ReprEnter): a repeat shows as [...], {...}, (...).
const reprActive = new Set();

function reprGuarded(o, open, close, again, body) {
  if (reprActive.has(o)) return again;
  reprActive.add(o);
  try {
    return open + body() + close;
  } finally {
    reprActive.delete(o);
  }
}

function reprItems(a) {
  let s = "";
  for (let i = 0; i < a.length; i++) s += (i ? ", " : "") + repr(a[i]);
  return s;
}

export function repr_list(a) {
  return a.length === 0 ? "[]" : reprGuarded(a, "[", "]", "[...]", () => reprItems(a));
}

/**
 * A struct sequence (`sys.version_info`, NumPy's `EigResult`): a tuple whose fields are also
 * read-only attributes, printed as `name(field=value, ...)`.
 */
export function struct_seq(name, fields, ...values) {
  const t = mktuple(...values);
  Object.defineProperty(t, "$struct", { value: name, enumerable: false });
  fields.forEach((f, i) => Object.defineProperty(t, f, { value: values[i], enumerable: false }));
  return t;
}

export function repr_tuple(t) {
  if (t.$struct !== undefined) {
    const fields = Object.getOwnPropertyNames(t).filter((k) => k !== "$struct" && k !== "length" && !/^\d/.test(k));
    return reprGuarded(t, t.$struct + "(", ")", "(...)", () => fields.map((f) => f + "=" + repr(t[f])).join(", "));
  }
  if (t.length === 0) return "()";
  return reprGuarded(t, "(", t.length === 1 ? ",)" : ")", "(...)", () => reprItems(t));
}

export function repr_dict(d) {
  if (d.$m.size === 0) return "{}";
  return reprGuarded(d, "{", "}", "{...}", () => {
    let s = "";
    for (const [k, v] of dentries(d)) s += (s ? ", " : "") + repr(k) + ": " + repr(v);
    return s;
  });
}

export function repr_set(s) {
  const exactSet = s.constructor === PySet && !s.frozen;
  const name = s.constructor === PySet ? (s.frozen ? "frozenset" : "set") : typename(s);
  if (s.$used === 0) return `${name}()`;
  const [open, close] = exactSet ? ["{", "}"] : [`${name}({`, "})"];
  return reprGuarded(s, open, close, `${name}(...)`, () => reprItems(Array.from(s)));
}

// ================================================================== sorting

/** Sort array a in place like list.sort(key=key, reverse=reverse) (key null for none). */
export function list_sort(a, key, reverse) {
  const n = a.length;
  if (key == null) {
    if (n < 2 || sortHomogeneous(a, reverse)) return;
    if (allPlain(a)) {
      if (reverse) a.reverse();
      try {
        timsort(a, plainLt);
      } finally {
        if (reverse) a.reverse();
      }
      return;
    }
  }
  // Like CPython, the list is empty while user code (a key function, `__lt__`) runs: what that
  // code sees and adds is not sorted, and a list it changed raises ValueError afterwards.
  const vals = a.slice();
  a.length = 0;
  let ok = false;
  try {
    if (key == null) {
      if (reverse) vals.reverse();
      try {
        timsort(vals, lt);
      } finally {
        if (reverse) vals.reverse();
      }
      ok = true;
      return;
    }
    const keys = new Array(n);
    for (let i = 0; i < n; i++) keys[i] = call1(key, vals[i]);
    if (n < 2) {
      ok = true;
      return;
    }
    const order = new Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    const orig = vals.slice();
    try {
      if (!sortIndexHomogeneous(order, keys, reverse)) {
        if (reverse) order.reverse();
        try {
          if (allPlain(keys)) timsort(order, (i, j) => plainLt(keys[i], keys[j]));
          else timsort(order, (i, j) => lt(keys[i], keys[j]));
        } finally {
          if (reverse) order.reverse();
        }
      }
    } finally {
      for (let i = 0; i < n; i++) vals[i] = orig[order[i]];
    }
    ok = true;
  } finally {
    const modified = a.length !== 0;
    a.length = 0;
    for (let i = 0; i < n; i++) a.push(vals[i]);
    if (ok && modified) throw ValueError("list modified during sort");
  }
}

/** The kind of values every element of a shares and that JS compares like Python, or null. */
function plainKind(a) {
  const t = typeof a[0];
  if (t === "number") {
    for (let i = 0; i < a.length; i++) {
      const x = a[i];
      if (typeof x !== "number" || x !== x) return null; // NaN breaks the total order
    }
    return t;
  }
  if (t === "string") {
    for (let i = 0; i < a.length; i++) {
      const x = a[i];
      // UTF-16 order is code point order unless surrogates are involved.
      if (typeof x !== "string" || /[\ud800-\udfff]/.test(x)) return null;
    }
    return t;
  }
  return null;
}

/** Fast path: equal items are identical, so stability does not matter. */
function sortHomogeneous(a, reverse) {
  const kind = plainKind(a);
  if (kind === null) return false;
  if (kind === "number") {
    const f = Float64Array.from(a).sort();
    const n = a.length;
    for (let i = 0; i < n; i++) a[i] = f[reverse ? n - 1 - i : i];
  } else {
    a.sort();
    if (reverse) a.reverse();
  }
  return true;
}

/**
 * Whether x compares like its JS value with `<`: a number other than NaN, a BigInt, a str
 * without surrogates (UTF-16 order is then code point order), or an exact tuple of such.
 */
function isPlain(x) {
  switch (typeof x) {
    case "number":
      return x === x;
    case "bigint":
      return true;
    case "string":
      return !/[\ud800-\udfff]/.test(x);
    case "object":
      if (x !== null && x.constructor === Tuple && x.$isclass === undefined) {
        for (let i = 0; i < x.length; i++) if (!isPlain(x[i])) return false;
        return true;
      }
  }
  return false;
}

function allPlain(a) {
  for (let i = 0; i < a.length; i++) if (!isPlain(a[i])) return false;
  return true;
}

const UNORDERED = 2; // plainCmp: the operands are of types Python does not order

/** -1, 0, 1 for two plain values (see isPlain), UNORDERED for a str against a number, ... */
function plainCmp(x, y) {
  const tx = typeof x, ty = typeof y;
  if (tx === "string" || ty === "string") {
    if (tx !== ty) return UNORDERED;
  } else if (tx === "object" || ty === "object") {
    if (tx !== ty) return UNORDERED;
    // Tuples: the first items that differ decide, else the shorter one is smaller.
    const n = Math.min(x.length, y.length);
    for (let i = 0; i < n; i++) {
      const c = plainCmp(x[i], y[i]);
      if (c !== 0) return c;
    }
    return x.length < y.length ? -1 : x.length > y.length ? 1 : 0;
  }
  return x < y ? -1 : x > y ? 1 : 0;
}

/** `x < y` for plain values; types Python cannot order go to lt, which raises its TypeError. */
function plainLt(x, y) {
  const c = plainCmp(x, y);
  return c === UNORDERED ? lt(x, y) : c < 0;
}

/** Fast path for keys: a stable native sort of the index array. */
function sortIndexHomogeneous(order, keys, reverse) {
  const kind = plainKind(keys);
  if (kind === null) return sortIndexColumns(order, keys, reverse);
  if (kind === "number" && keys.length > 16 && sortIndexInts(order, keys, reverse)) return true;
  if (reverse) order.sort((i, j) => (keys[j] < keys[i] ? -1 : keys[j] > keys[i] ? 1 : 0));
  else order.sort((i, j) => (keys[i] < keys[j] ? -1 : keys[i] > keys[j] ? 1 : 0));
  return true;
}

/**
 * Int keys within a range that fits: each item as one double `(key - min) * n + index` (or
 * `(max - key) * n + index` for reverse), exact below 2**52, sorted natively without a
 * comparator; ties keep their index order, so the sort is stable as Python's.
 */
function sortIndexInts(order, keys, reverse) {
  const n = keys.length;
  let lo = Infinity, hi = -Infinity;
  for (let i = 0; i < n; i++) {
    const k = keys[i];
    if (!Number.isInteger(k)) return false;
    if (k < lo) lo = k;
    if (k > hi) hi = k;
  }
  if (!((hi - lo + 1) * n <= 2 ** 52)) return false;
  const f = new Float64Array(n);
  if (reverse) for (let i = 0; i < n; i++) f[i] = (hi - keys[i]) * n + i;
  else for (let i = 0; i < n; i++) f[i] = (keys[i] - lo) * n + i;
  f.sort();
  for (let i = 0; i < n; i++) order[i] = f[i] % n;
  return true;
}

/**
 * Fast path for tuple keys (`key=lambda kv: (-kv[1], kv[0])`): every key an exact tuple of the
 * same length, each position holding numbers only (no NaN) or surrogate-free strs only. Then
 * Python's tuple order is the column-by-column JS order, no comparison can raise or run user
 * code, and the engine's stable sort of the index array gives timsort's permutation (reverse:
 * the flipped comparison keeps equal keys in their original order, as CPython does). The
 * native sort needs no warm-up, unlike the ported timsort running once on a cold call.
 */
function sortIndexColumns(order, keys, reverse) {
  const n = keys.length;
  const k0 = keys[0];
  if (k0 === null || typeof k0 !== "object" || k0.constructor !== Tuple || k0.$isclass !== undefined) return false;
  const m = k0.length;
  if (m === 0 || m > 8) return false;
  const cols = [];
  for (let j = 0; j < m; j++) cols.push(new Array(n));
  for (let i = 0; i < n; i++) {
    const k = keys[i];
    if (k === null || typeof k !== "object" || k.constructor !== Tuple || k.$isclass !== undefined || k.length !== m) return false;
    for (let j = 0; j < m; j++) cols[j][i] = k[j];
  }
  for (let j = 0; j < m; j++) if (plainKind(cols[j]) === null) return false;
  let cmp;
  if (m === 2) {
    const c0 = cols[0], c1 = cols[1];
    cmp = (i, j) => {
      const x = c0[i], y = c0[j];
      if (x < y) return -1;
      if (x > y) return 1;
      const u = c1[i], v = c1[j];
      return u < v ? -1 : u > v ? 1 : 0;
    };
  } else {
    cmp = (i, j) => {
      for (let c = 0; c < m; c++) {
        const x = cols[c][i], y = cols[c][j];
        if (x < y) return -1;
        if (x > y) return 1;
      }
      return 0;
    };
  }
  if (reverse) order.sort((i, j) => cmp(j, i));
  else order.sort(cmp);
  return true;
}

// CPython 3.11's listsort (Objects/listobject.c): natural runs, binary insertion to minrun,
// powersort merge policy, galloping merges. Ported so that the same comparisons are made in
// the same order (which matters when a comparison raises or has side effects) and so that a
// failed sort leaves the list in the same state.

const MIN_GALLOP = 7;

function timsort(a, islt) {
  const n = a.length;
  const ms = new MergeState(a, islt);
  let lo = 0, rem = n;
  const minrun = computeMinrun(n);
  do {
    let run = ms.countRun(lo, lo + rem);
    if (ms.descending) reverseRange(a, lo, lo + run);
    if (run < minrun) {
      const force = rem <= minrun ? rem : minrun;
      ms.binarysort(lo, lo + force, lo + run);
      run = force;
    }
    ms.foundNewRun(run);
    ms.base.push(lo);
    ms.len.push(run);
    ms.power.push(0);
    lo += run;
    rem -= run;
  } while (rem);
  ms.forceCollapse();
}

function computeMinrun(n) {
  let r = 0;
  while (n >= 64) {
    r |= n & 1;
    n >>= 1;
  }
  return n + r;
}

function reverseRange(a, lo, hi) {
  for (hi--; lo < hi; lo++, hi--) {
    const t = a[lo];
    a[lo] = a[hi];
    a[hi] = t;
  }
}

class MergeState {
  constructor(a, islt) {
    this.a = a;
    this.islt = islt;
    this.minGallop = MIN_GALLOP;
    this.descending = false;
    this.base = []; // pending runs: start, length, power
    this.len = [];
    this.power = [];
  }

  binarysort(lo, hi, start) {
    const a = this.a, islt = this.islt;
    if (lo === start) start++;
    for (; start < hi; start++) {
      let l = lo, r = start;
      const pivot = a[r];
      do {
        const p = l + ((r - l) >> 1);
        if (islt(pivot, a[p])) r = p;
        else l = p + 1;
      } while (l < r);
      for (let p = start; p > l; p--) a[p] = a[p - 1];
      a[l] = pivot;
    }
  }

  countRun(lo, hi) {
    const a = this.a, islt = this.islt;
    this.descending = false;
    if (lo + 1 === hi) return 1;
    let n = 2;
    if (islt(a[lo + 1], a[lo])) {
      this.descending = true;
      for (let p = lo + 2; p < hi && islt(a[p], a[p - 1]); p++) n++;
    } else {
      for (let p = lo + 2; p < hi && !islt(a[p], a[p - 1]); p++) n++;
    }
    return n;
  }

  /** gallop_left: k in [0, n] with arr[base+k-1] < key <= arr[base+k]. */
  gallopLeft(key, arr, base, n, hint) {
    const islt = this.islt;
    let a = base + hint, lastofs = 0, ofs = 1;
    if (islt(arr[a], key)) {
      const maxofs = n - hint;
      while (ofs < maxofs) {
        if (islt(arr[a + ofs], key)) {
          lastofs = ofs;
          ofs = (ofs << 1) + 1;
        } else break;
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    } else {
      const maxofs = hint + 1;
      while (ofs < maxofs) {
        if (islt(arr[a - ofs], key)) break;
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      const k = lastofs;
      lastofs = hint - ofs;
      ofs = hint - k;
    }
    lastofs++;
    while (lastofs < ofs) {
      const m = lastofs + ((ofs - lastofs) >> 1);
      if (islt(arr[base + m], key)) lastofs = m + 1;
      else ofs = m;
    }
    return ofs;
  }

  /** gallop_right: k in [0, n] with arr[base+k-1] <= key < arr[base+k]. */
  gallopRight(key, arr, base, n, hint) {
    const islt = this.islt;
    let a = base + hint, lastofs = 0, ofs = 1;
    if (islt(key, arr[a])) {
      const maxofs = hint + 1;
      while (ofs < maxofs) {
        if (islt(key, arr[a - ofs])) {
          lastofs = ofs;
          ofs = (ofs << 1) + 1;
        } else break;
      }
      if (ofs > maxofs) ofs = maxofs;
      const k = lastofs;
      lastofs = hint - ofs;
      ofs = hint - k;
    } else {
      const maxofs = n - hint;
      while (ofs < maxofs) {
        if (islt(key, arr[a + ofs])) break;
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    }
    lastofs++;
    while (lastofs < ofs) {
      const m = lastofs + ((ofs - lastofs) >> 1);
      if (islt(key, arr[base + m])) ofs = m;
      else lastofs = m + 1;
    }
    return ofs;
  }

  /** Merge runs a[pa..pa+na) and a[pb..pb+nb) (pb = pa + na), na <= nb, via a copy of the first. */
  mergeLo(pa, na, pb, nb) {
    const a = this.a, islt = this.islt;
    const tmp = a.slice(pa, pa + na);
    let dest = pa, ta = 0;
    a[dest++] = a[pb++];
    nb--;
    let done = false; // a normal exit or an exception: the rest of tmp goes to dest
    try {
      if (nb === 0) return;
      if (na === 1) {
        done = true;
        this.copyB(tmp, ta, dest, pb, nb);
        return;
      }
      let minGallop = this.minGallop;
      for (;;) {
        let acount = 0, bcount = 0;
        for (;;) {
          if (islt(a[pb], tmp[ta])) {
            a[dest++] = a[pb++];
            bcount++;
            acount = 0;
            if (--nb === 0) return;
            if (bcount >= minGallop) break;
          } else {
            a[dest++] = tmp[ta++];
            acount++;
            bcount = 0;
            if (--na === 1) {
              done = true;
              this.copyB(tmp, ta, dest, pb, nb);
              return;
            }
            if (acount >= minGallop) break;
          }
        }
        minGallop++;
        do {
          minGallop -= minGallop > 1 ? 1 : 0;
          this.minGallop = minGallop;
          let k = this.gallopRight(a[pb], tmp, ta, na, 0);
          acount = k;
          if (k) {
            for (let i = 0; i < k; i++) a[dest++] = tmp[ta++];
            na -= k;
            if (na === 1) {
              done = true;
              this.copyB(tmp, ta, dest, pb, nb);
              return;
            }
            if (na === 0) return;
          }
          a[dest++] = a[pb++];
          if (--nb === 0) return;
          k = this.gallopLeft(tmp[ta], a, pb, nb, 0);
          bcount = k;
          if (k) {
            for (let i = 0; i < k; i++) a[dest++] = a[pb++];
            nb -= k;
            if (nb === 0) return;
          }
          a[dest++] = tmp[ta++];
          if (--na === 1) {
            done = true;
            this.copyB(tmp, ta, dest, pb, nb);
            return;
          }
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        minGallop++;
        this.minGallop = minGallop;
      }
    } finally {
      if (!done) for (let i = 0; i < na; i++) a[dest + i] = tmp[ta + i];
    }
  }

  /** The last item of the first run belongs at the end: move the rest of b down, then it. */
  copyB(tmp, ta, dest, pb, nb) {
    const a = this.a;
    for (let i = 0; i < nb; i++) a[dest + i] = a[pb + i];
    a[dest + nb] = tmp[ta];
  }

  /** Merge runs a[pa..pa+na) and a[pb..pb+nb), na >= nb, from the right via a copy of the second. */
  mergeHi(pa, na, pb, nb) {
    const a = this.a, islt = this.islt;
    const tmp = a.slice(pb, pb + nb);
    const basea = pa;
    let dest = pb + nb - 1, tb = nb - 1;
    pa += na - 1;
    a[dest--] = a[pa--];
    na--;
    let done = false; // as in mergeLo: the rest of tmp goes below dest
    try {
      if (na === 0) return;
      if (nb === 1) {
        done = true;
        this.copyA(tmp, tb, dest, pa, na);
        return;
      }
      let minGallop = this.minGallop;
      for (;;) {
        let acount = 0, bcount = 0;
        for (;;) {
          if (islt(tmp[tb], a[pa])) {
            a[dest--] = a[pa--];
            acount++;
            bcount = 0;
            if (--na === 0) return;
            if (acount >= minGallop) break;
          } else {
            a[dest--] = tmp[tb--];
            bcount++;
            acount = 0;
            if (--nb === 1) {
              done = true;
              this.copyA(tmp, tb, dest, pa, na);
              return;
            }
            if (bcount >= minGallop) break;
          }
        }
        minGallop++;
        do {
          minGallop -= minGallop > 1 ? 1 : 0;
          this.minGallop = minGallop;
          let k = na - this.gallopRight(tmp[tb], a, basea, na, na - 1);
          acount = k;
          if (k) {
            dest -= k;
            pa -= k;
            for (let i = k; i >= 1; i--) a[dest + i] = a[pa + i];
            na -= k;
            if (na === 0) return;
          }
          a[dest--] = tmp[tb--];
          if (--nb === 1) {
            done = true;
            this.copyA(tmp, tb, dest, pa, na);
            return;
          }
          k = nb - this.gallopLeft(a[pa], tmp, 0, nb, nb - 1);
          bcount = k;
          if (k) {
            dest -= k;
            tb -= k;
            for (let i = 1; i <= k; i++) a[dest + i] = tmp[tb + i];
            nb -= k;
            if (nb === 1) {
              done = true;
              this.copyA(tmp, tb, dest, pa, na);
              return;
            }
            if (nb === 0) return;
          }
          a[dest--] = a[pa--];
          if (--na === 0) return;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        minGallop++;
        this.minGallop = minGallop;
      }
    } finally {
      if (!done) for (let i = 0; i < nb; i++) a[dest - (nb - 1) + i] = tmp[i];
    }
  }

  /** The first item of the second run belongs at the front: move the rest of a up, then it. */
  copyA(tmp, tb, dest, pa, na) {
    const a = this.a;
    for (let i = 0; i < na; i++) a[dest - i] = a[pa - i];
    a[dest - na] = tmp[tb];
  }

  mergeAt(i) {
    const a = this.a;
    let pa = this.base[i], na = this.len[i];
    const pb = this.base[i + 1];
    let nb = this.len[i + 1];
    this.len[i] = na + nb;
    this.base.splice(i + 1, 1);
    this.len.splice(i + 1, 1);
    this.power.splice(i + 1, 1);
    const k = this.gallopRight(a[pb], a, pa, na, 0);
    pa += k;
    na -= k;
    if (na === 0) return;
    nb = this.gallopLeft(a[pa + na - 1], a, pb, nb, nb - 1);
    if (nb <= 0) return;
    if (na <= nb) this.mergeLo(pa, na, pb, nb);
    else this.mergeHi(pa, na, pb, nb);
  }

  /** Powersort: merge pending runs deeper than the boundary before the new run of length n2. */
  foundNewRun(n2) {
    const top = this.len.length - 1;
    if (top < 0) return;
    const power = powerloop(this.base[top], this.len[top], n2, this.a.length);
    while (this.len.length > 1 && this.power[this.len.length - 2] > power) this.mergeAt(this.len.length - 2);
    this.power[this.len.length - 1] = power;
  }

  forceCollapse() {
    while (this.len.length > 1) {
      let n = this.len.length - 2;
      if (n > 0 && this.len[n - 1] < this.len[n + 1]) n--;
      this.mergeAt(n);
    }
  }
}

function powerloop(s1, n1, n2, n) {
  let result = 0;
  let a = 2 * s1 + n1, b = a + n1 + n2;
  for (;;) {
    result++;
    if (a >= n) {
      a -= n;
      b -= n;
    } else if (b >= n) break;
    a *= 2;
    b *= 2;
  }
  return result;
}

// ================================================================== list methods

/** index(x[, start[, stop]]) over a list or tuple: the position or -1. */
function seqFind(a, x, start, stop) {
  const n = a.length;
  let lo = 0, hi = n;
  if (start !== undefined) {
    lo = sliceBound(start, "slice indices must be integers or have an __index__ method");
    if (lo < 0) lo = Math.max(lo + n, 0);
  }
  if (stop !== undefined) {
    hi = sliceBound(stop, "slice indices must be integers or have an __index__ method");
    if (hi < 0) hi = Math.max(hi + n, 0);
  }
  for (let i = lo; i < hi && i < a.length; i++) {
    const v = a[i];
    if (v === x || same(v, x)) return i;
  }
  return -1;
}

function seqCount(a, x) {
  let c = 0;
  for (let i = 0; i < a.length; i++) {
    const v = a[i];
    if (v === x || same(v, x)) c++;
  }
  return c;
}

// Methods receive the list as `this` (contract: methods are called with self as this).
export const list_methods = {
  __proto__: null,
  append(x) {
    if (arguments.length !== 1) exact("list.append", arguments.length, 1);
    this.push(x);
    return null;
  },
  clear() {
    exact("list.clear", arguments.length, 0);
    this.length = 0;
    return null;
  },
  copy() {
    exact("list.copy", arguments.length, 0);
    return listRange(this, 0, this.length);
  },
  count(x) {
    exact("list.count", arguments.length, 1);
    return seqCount(this, x);
  },
  extend(x) {
    exact("list.extend", arguments.length, 1);
    if (Array.isArray(x)) {
      const n = x.length; // x may be this list
      for (let i = 0; i < n; i++) this.push(x[i]);
    } else {
      for (const v of iterate(x)) this.push(v);
    }
    return null;
  },
  index(x, start, stop) {
    if (!argsOkN(arguments.length, 1, 3, x, start, stop)) badArgs("list.index", "index", arguments, 1, 3);
    const i = seqFind(this, x, start, stop);
    if (i < 0) throw ValueError(`${repr(x)} is not in list`);
    return i;
  },
  insert(where, x) {
    if (!argsOkN(arguments.length, 2, 2, where, x)) badArgs("list.insert", "insert", arguments, 2, 2);
    let i = ssize(where);
    const n = this.length;
    if (i < 0) i = Math.max(i + n, 0);
    if (i >= n) this.push(x);
    else this.splice(i, 0, x);
    return null;
  },
  pop(where) {
    const na = arguments.length;
    if (na > 1 || (na === 1 && where instanceof KwArgs)) badArgs("list.pop", "pop", arguments, 0, 1);
    const n = this.length;
    if (na === 0) {
      if (n === 0) throw IndexError("pop from empty list");
      return this.pop();
    }
    let i = ssize(where);
    if (n === 0) throw IndexError("pop from empty list");
    if (i < 0) i += n;
    if (i < 0 || i >= n) throw IndexError("pop index out of range");
    if (i === n - 1) return this.pop();
    if (i === 0) return this.shift();
    return this.splice(i, 1)[0];
  },
  remove(x) {
    exact("list.remove", arguments.length, 1);
    const i = seqFind(this, x);
    if (i < 0) throw ValueError("list.remove(x): x not in list");
    this.splice(i, 1);
    return null;
  },
  reverse() {
    exact("list.reverse", arguments.length, 0);
    this.reverse();
    return null;
  },
  sort(...args) {
    const kw = splitkw(args);
    if (args.length) throw TypeError("sort() takes no positional arguments");
    let key = null, reverse = false;
    if (kw !== null) {
      key = kwtake(kw, "key") ?? null;
      const r = kwtake(kw, "reverse");
      const rest = kwrest(kw);
      if (rest.size) throw TypeError(`'${rest.keys().next().value}' is an invalid keyword argument for sort()`);
      if (r !== undefined) reverse = ssize(r) !== 0;
    }
    list_sort(this, key, reverse);
    return null;
  },
  __getitem__(k) {
    return seqGetitem(this, k);
  },
  __setitem__(k, v) {
    listSetitem(this, k, v);
    return null;
  },
  __delitem__(k) {
    listDelitem(this, k);
    return null;
  },
  __contains__(x) {
    return seqFind(this, x) >= 0;
  },
  __len__() {
    return this.length;
  },
  __iter__() {
    return Array.prototype.values.call(this);
  },
  __repr__() {
    return repr_list(this);
  },
};

export const tuple_methods = {
  __proto__: null,
  count(x) {
    exact("tuple.count", arguments.length, 1);
    return seqCount(this, x);
  },
  index(x, start, stop) {
    if (!argsOkN(arguments.length, 1, 3, x, start, stop)) badArgs("tuple.index", "index", arguments, 1, 3);
    const i = seqFind(this, x, start, stop);
    if (i < 0) throw ValueError("tuple.index(x): x not in tuple");
    return i;
  },
  __getitem__: list_methods.__getitem__,
  __contains__: list_methods.__contains__,
  __len__: list_methods.__len__,
  __iter__: list_methods.__iter__,
  __repr__() {
    return repr_tuple(this);
  },
};

// ================================================================== dict methods

function dictCopy(d) {
  const r = new Dict();
  for (const [nk, v] of d.$m) r.$m.set(nk, v);
  if (d.$ok !== null) r.$ok = new Map(d.$ok);
  if (d.$hb !== null) r.$hb = new Map(Array.from(d.$hb, ([h, b]) => [h, b.slice()]));
  r.$user = d.$user;
  r.$nc = d.$nc;
  return r;
}

/** dict.update(x) for one positional argument: a mapping or an iterable of pairs. */
function dictUpdate(d, x) {
  if (x instanceof Dict && !override(x, "__iter__", dict_methods.__iter__)) {
    for (const [k, v] of dentries(x)) dset(d, k, v);
    return;
  }
  if (x != null && !Array.isArray(x) && typeof x !== "string" && typeof x.keys === "function") {
    mergeMapping(d, x);
    return;
  }
  let i = 0;
  for (const item of iterate(x)) {
    const pair = seqFast(item);
    if (pair === null) throw TypeError(`cannot convert dictionary update sequence element #${i} to a sequence`);
    if (pair.length !== 2) {
      throw ValueError(`dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
    }
    dset(d, pair[0], pair[1]);
    i++;
  }
}

/**
 * The [key, value] pairs of a dict or of a dict subclass that keeps dict's __iter__ (read
 * directly, as CPython's dict_merge does: no keys()/__getitem__ calls); null for others.
 */
export function dict_plain_entries(x) {
  if (!(x instanceof Dict)) return null;
  if (x.constructor !== Dict && override(x, "__iter__", dict_methods.__iter__)) return null;
  return dentries(x);
}

/** Copy a mapping with keys() and __getitem__ into d. */
function mergeMapping(d, m) {
  // A dict, or a dict subclass that keeps dict's __iter__: its entries, as CPython's dict_merge
  // (no keys()/__getitem__ calls).
  if (m instanceof Dict && (m.constructor === Dict || !override(m, "__iter__", dict_methods.__iter__))) {
    for (const [k, v] of dentries(m)) dset(d, k, v);
    return;
  }
  for (const k of iterate(m.keys())) dset(d, k, getitem(m, k));
}

// Methods receive the dict as `this`.
export const dict_methods = {
  __proto__: null,
  clear() {
    exact("dict.clear", arguments.length, 0);
    dclear(this);
    return null;
  },
  copy() {
    exact("dict.copy", arguments.length, 0);
    return dictCopy(this);
  },
  get(k, dflt) {
    if (!argsOkN(arguments.length, 1, 2, k, dflt)) badArgs("dict.get", "get", arguments, 1, 2);
    const v = dget(this, k);
    return v !== undefined ? v : arguments.length > 1 ? dflt : null;
  },
  items() {
    exact("dict.items", arguments.length, 0);
    return new DictItems(this);
  },
  keys() {
    exact("dict.keys", arguments.length, 0);
    return new DictKeys(this);
  },
  values() {
    exact("dict.values", arguments.length, 0);
    return new DictValues(this);
  },
  pop(k, dflt) {
    if (!argsOkN(arguments.length, 1, 2, k, dflt)) badArgs("dict.pop", "pop", arguments, 1, 2);
    const v = dget(this, k);
    if (v === undefined) {
      if (arguments.length > 1) return dflt;
      throw KeyError(k);
    }
    ddel(this, k);
    return v;
  },
  popitem() {
    exact("dict.popitem", arguments.length, 0);
    if (this.$m.size === 0) throw KeyError("popitem(): dictionary is empty");
    let last; // a JS Map cannot be read from its end
    for (const e of dentries(this)) last = e;
    ddel(this, last[0]);
    return mktuple(last[0], last[1]);
  },
  setdefault(k, dflt) {
    if (!argsOkN(arguments.length, 1, 2, k, dflt)) badArgs("dict.setdefault", "setdefault", arguments, 1, 2);
    const v = dget(this, k);
    if (v !== undefined) return v;
    const d = arguments.length > 1 ? dflt : null;
    dset(this, k, d);
    return d;
  },
  update(...args) {
    const kw = splitkw(args);
    nargs("update", args.length, 0, 1);
    if (args.length) dictUpdate(this, args[0]);
    if (kw !== null) for (const [k, v] of dentries(kwrest(kw))) dset(this, k, v);
    return null;
  },
  __getitem__(k) {
    return dictGetitem(this, k);
  },
  __setitem__(k, v) {
    dset(this, k, v);
    return null;
  },
  __delitem__(k) {
    dictDelitem(this, k);
    return null;
  },
  __contains__(k) {
    return dhas(this, k);
  },
  __len__() {
    return this.$m.size;
  },
  __iter__() {
    return new DictIter(this, KEYS, true);
  },
  __reversed__() {
    return Array.from(dkeys(this)).reverse()[Symbol.iterator]();
  },
  __repr__() {
    return repr_dict(this);
  },
};

/** dict.fromkeys(iterable, value=None). */
export function dict_fromkeys(...args) {
  nokw("dict.fromkeys", args);
  nargs("fromkeys", args.length, 1, 2);
  const d = new Dict();
  const v = args.length > 1 ? args[1] : null;
  for (const k of iterate(args[0])) dset(d, k, v);
  return d;
}

// ================================================================== set methods

export const set_methods = {
  __proto__: null,
  add(x) {
    exact("set.add", arguments.length, 1);
    setAdd(this, x);
    return null;
  },
  clear() {
    exact("set.clear", arguments.length, 0);
    tableClear(this);
    return null;
  },
  copy() {
    exact(`${this.frozen ? "frozenset" : "set"}.copy`, arguments.length, 0);
    return this.frozen && this.constructor === PySet ? this : setCopy(this);
  },
  difference(...others) {
    nokw(`${this.frozen ? "frozenset" : "set"}.difference`, others);
    if (others.length === 0) return setCopy(this);
    const r = setDifference(this, others[0]);
    for (let i = 1; i < others.length; i++) setDifferenceUpdate(r, others[i]);
    return r;
  },
  difference_update(...others) {
    nokw("set.difference_update", others);
    for (const o of others) setDifferenceUpdate(this, o);
    return null;
  },
  discard(x) {
    exact("set.discard", arguments.length, 1);
    setRemove(this, x);
    return null;
  },
  intersection(...others) {
    nokw(`${this.frozen ? "frozenset" : "set"}.intersection`, others);
    if (others.length === 0) return setCopy(this);
    let r = this;
    for (const o of others) r = setIntersection(r, o);
    return r;
  },
  intersection_update(...others) {
    nokw("set.intersection_update", others);
    swapBodies(this, set_methods.intersection.apply(this, others));
    return null;
  },
  isdisjoint(o) {
    exact(`${this.frozen ? "frozenset" : "set"}.isdisjoint`, arguments.length, 1);
    return isdisjoint(this, o);
  },
  issubset(o) {
    exact(`${this.frozen ? "frozenset" : "set"}.issubset`, arguments.length, 1);
    return issubset(this, o);
  },
  issuperset(o) {
    exact(`${this.frozen ? "frozenset" : "set"}.issuperset`, arguments.length, 1);
    return issuperset(this, o);
  },
  pop() {
    exact("set.pop", arguments.length, 0);
    return setPop(this);
  },
  remove(x) {
    exact("set.remove", arguments.length, 1);
    if (!setRemove(this, x)) throw KeyError(x);
    return null;
  },
  symmetric_difference(o) {
    exact(`${this.frozen ? "frozenset" : "set"}.symmetric_difference`, arguments.length, 1);
    return setSymmetricDifference(this, o);
  },
  symmetric_difference_update(o) {
    exact("set.symmetric_difference_update", arguments.length, 1);
    setSymmetricDifferenceUpdate(this, o);
    return null;
  },
  union(...others) {
    nokw(`${this.frozen ? "frozenset" : "set"}.union`, others);
    const r = setCopy(this);
    for (const o of others) if (o !== this) setUpdate(r, o);
    return r;
  },
  update(...others) {
    nokw("set.update", others);
    for (const o of others) setUpdate(this, o);
    return null;
  },
  __contains__(x) {
    return setContains(this, x);
  },
  __len__() {
    return this.$used;
  },
  __iter__() {
    return this[Symbol.iterator]();
  },
  __repr__() {
    return repr_set(this);
  },
};

/** The methods a frozenset has (the non-mutating ones). */
export const frozenset_methods = { __proto__: null };
for (const name of ["copy", "difference", "intersection", "isdisjoint", "issubset", "issuperset",
  "symmetric_difference", "union", "__contains__", "__len__", "__iter__", "__repr__"]) {
  frozenset_methods[name] = set_methods[name];
}

// ================================================================== displays (generated code)

/** {k1: v1, k2: v2}: mkdict([k1, v1, k2, v2]). */
export function mkdict(flat) {
  const d = new Dict();
  for (let i = 0; i < flat.length; i += 2) dset(d, flat[i], flat[i + 1]);
  return d;
}

/** {a, **m, b}: the first segment (a fresh dict) updated with each following mapping. */
export function dict_merge(d, ...maps) {
  for (const m of maps) {
    if (m == null || Array.isArray(m) || typeof m === "string" || typeof m.keys !== "function") {
      throw TypeError(`'${typename(m)}' object is not a mapping`);
    }
    mergeMapping(d, m);
  }
  return d;
}

/** {a, b, c} with items added in order (BUILD_SET), also the start of a set comprehension. */
export function mkset(items) {
  const s = new PySet(false);
  for (let i = 0; i < items.length; i++) setAdd(s, items[i]);
  return s;
}

/**
 * A display of more than two constants, {1, 2, 3}: CPython builds a frozenset constant and
 * merges it into a new set, which can lay the table out differently from mkset.
 */
export function mkset_const(items) {
  const s = new PySet(false);
  // The compiler's frozenset is re-created from its own table order when code constants are
  // merged (merge_consts_recursive), which can move colliding elements.
  setMerge(s, mkset(Array.from(mkset(items))));
  return s;
}

/** s.add(x) for set comprehensions. */
export function set_add(s, x) {
  setAdd(s, x);
}
