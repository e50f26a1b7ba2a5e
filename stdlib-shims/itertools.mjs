// Python's `itertools` module (CPython 3.11).
//
// Every itertools type is a class made with `mkclass` (so `isinstance` and `type()` work)
// whose instances are both JS iterators (`next()`, `[Symbol.iterator]`, usable by `for...of`)
// and Python iterators (`__iter__`, `__next__` raising StopIteration). They pull from their
// inputs exactly as CPython's C code does (islice, pairwise, groupby, tee consume the same
// items at the same time), with explicit `next()` calls: a JS `for...of` that stops early
// would close a generator passed in, which Python does not do.
//
// Keyword arguments: constructors carry a `$sig` like CPython's (`count(start=0, step=1)`,
// `permutations(iterable, r=None)`, ...); keyword-only ones (`accumulate`'s initial,
// `product`'s repeat, `zip_longest`'s fillvalue) arrive in a trailing `KwArgs`.

import {
  mkclass, iter, add, eq, truthy, repr, tuple_of, mktuple, arr, Tuple, newTuple, splitkw, kwtake, kwnone,
  StopIteration, TypeError, ValueError,
} from "./builtins.mjs";
import { isInt, toInt, method } from "./_shim.mjs";

export const __name__ = "itertools";

const DONE = Symbol("done");

/** A JS iterator over any Python iterable. */
function jsIter(x) {
  return iter(x)[Symbol.iterator]();
}

/** The next item of a JS iterator, or DONE. */
function step(it) {
  const r = it.next();
  return r.done ? DONE : r.value;
}

/**
 * An itertools class. `init(...args)` runs as `__init__` (with the instance as `this`) and
 * returns the JS generator or iterator that produces the items.
 */
function iterClass(name, params, init, opts = {}, extra = () => {}) {
  return mkclass(name, [], (C) => {
    C.__module__ = "itertools";
    C.$tpname = `itertools.${name}`;
    C.__init__ = method(`${name}.__init__`, params, function (...args) {
      this.$it = init.apply(this, args);
      return null;
    }, opts);
    C.__iter__ = method(`${name}.__iter__`, [], function () {
      return this;
    });
    C.__next__ = method(`${name}.__next__`, [], function () {
      const r = this.$it.next();
      if (r.done) throw StopIteration();
      return r.value;
    });
    C.__next__.$jsnext = true;
    // The JS iterator protocol (not Python attributes); rt/core.mjs asIterator steps it directly
    // while both are in place.
    C.next = function () {
      return this.$it.next();
    };
    C.next.$jsnext = true;
    C[Symbol.iterator] = function () {
      return this;
    };
    extra(C);
  });
}

// ---------------------------------------------------------------- infinite iterators

export const count = iterClass("count", ["start", "step"], function (start, stp) {
  if (start === undefined) start = 0;
  if (stp === undefined) stp = 1;
  for (const v of [start, stp]) {
    if (typeof v === "string" || v === null || Array.isArray(v)) throw TypeError("a number is required");
  }
  this.$n = start;
  this.$step = stp;
  const self = this;
  return {
    next() {
      const v = self.$n;
      // Ints stay JS numbers while safe; everything else goes through Python addition.
      const n = Number.isInteger(v) && Number.isInteger(self.$step) ? v + self.$step : NaN;
      self.$n = Number.isSafeInteger(n) ? n : add(v, self.$step);
      return { value: v, done: false };
    },
  };
}, { defaults: 2 }, (C) => {
  C.__repr__ = method("count.__repr__", [], function () {
    return this.$step === 1 && isInt(this.$step)
      ? `count(${repr(this.$n)})`
      : `count(${repr(this.$n)}, ${repr(this.$step)})`;
  });
});

// Constructors validate their arguments and call iter() eagerly, as CPython's do; the items
// come from an inner generator.

export const cycle = iterClass("cycle", ["iterable"], (iterable) => cycleGen(jsIter(iterable)));

function* cycleGen(it) {
  const saved = [];
  for (let x = step(it); x !== DONE; x = step(it)) {
    saved.push(x);
    yield x;
  }
  if (saved.length === 0) return;
  for (;;) yield* saved;
}

export const repeat = iterClass("repeat", ["object", "times"], function (object, times) {
  // CPython's C-level message (the generic one names `repeat.__init__`).
  if (object === undefined) throw TypeError("repeat() missing required argument 'object' (pos 1)");
  this.$obj = object;
  this.$left = times === undefined || times === null ? null : Math.max(0, Number(toInt(times)));
  const self = this;
  return {
    next() {
      if (self.$left === null) return { value: object, done: false };
      if (self.$left === 0) return { value: undefined, done: true };
      self.$left--;
      return { value: object, done: false };
    },
  };
}, { defaults: 2 }, (C) => {
  C.__repr__ = method("repeat.__repr__", [], function () {
    return this.$left === null ? `repeat(${repr(this.$obj)})` : `repeat(${repr(this.$obj)}, ${this.$left})`;
  });
  C.__length_hint__ = method("repeat.__length_hint__", [], function () {
    if (this.$left === null) throw TypeError("len() of unsized object");
    return this.$left;
  });
});

// ---------------------------------------------------------------- terminating on the shortest input

export const accumulate = iterClass("accumulate", ["iterable", "func"], (iterable, func, ...rest) => {
  const k = splitkw(rest);
  const initial = kwtake(k, "initial");
  kwnone(k, "accumulate");
  return accumulateGen(jsIter(iterable), func === undefined || func === null ? add : func, initial);
}, { defaults: 1, kwonly: ["initial"] });

function* accumulateGen(it, f, initial) {
  let total;
  if (initial !== undefined && initial !== null) {
    total = initial;
    yield total;
  } else {
    total = step(it);
    if (total === DONE) return;
    yield total;
  }
  for (let x = step(it); x !== DONE; x = step(it)) {
    total = f(total, x);
    yield total;
  }
}

function* chainItems(iterables) {
  for (let src = step(iterables); src !== DONE; src = step(iterables)) {
    const it = jsIter(src);
    for (let x = step(it); x !== DONE; x = step(it)) yield x;
  }
}

export const chain = iterClass("chain", [], function (...iterables) {
  return chainItems(iterables[Symbol.iterator]());
}, { varargs: true });

/** chain.from_iterable(iterable): a static function on the class. */
chain.from_iterable = function from_iterable(iterable) {
  const c = Object.create(chain);
  c.$it = chainItems(jsIter(iterable));
  return c;
};

export const compress = iterClass("compress", ["data", "selectors"],
  (data, selectors) => compressGen(jsIter(data), jsIter(selectors)));

function* compressGen(d, s) {
  for (;;) {
    const x = step(d);
    if (x === DONE) return;
    const sel = step(s);
    if (sel === DONE) return;
    if (truthy(sel)) yield x;
  }
}

export const dropwhile = iterClass("dropwhile", ["predicate", "iterable"],
  (predicate, iterable) => dropwhileGen(predicate, jsIter(iterable)));

function* dropwhileGen(predicate, it) {
  let x = step(it);
  while (x !== DONE && truthy(predicate(x))) x = step(it);
  for (; x !== DONE; x = step(it)) yield x;
}

export const takewhile = iterClass("takewhile", ["predicate", "iterable"],
  (predicate, iterable) => takewhileGen(predicate, jsIter(iterable)));

function* takewhileGen(predicate, it) {
  for (let x = step(it); x !== DONE; x = step(it)) {
    if (!truthy(predicate(x))) return;
    yield x;
  }
}

export const filterfalse = iterClass("filterfalse", ["function", "iterable"],
  (pred, iterable) => filterfalseGen(pred, jsIter(iterable)));

function* filterfalseGen(pred, it) {
  for (let x = step(it); x !== DONE; x = step(it)) {
    if (!truthy(pred === null || pred === undefined ? x : pred(x))) yield x;
  }
}

export const starmap = iterClass("starmap", ["function", "iterable"],
  (func, iterable) => starmapGen(func, jsIter(iterable)));

function* starmapGen(func, it) {
  for (let args = step(it); args !== DONE; args = step(it)) yield func(...arr(args));
}

export const pairwise = iterClass("pairwise", ["iterable"], (iterable) => pairwiseGen(jsIter(iterable)));

function* pairwiseGen(it) {
  let old = step(it);
  if (old === DONE) return;
  for (let x = step(it); x !== DONE; x = step(it)) {
    yield mktuple(old, x);
    old = x;
  }
}

const MAXSIZE = 9223372036854775807n;

/** An islice bound: None or an int in [0, sys.maxsize], else CPython's ValueError. */
function sliceArg(x, msg) {
  if (x === null || x === undefined) return null;
  if (isInt(x) || (x != null && typeof x.__index__ === "function")) {
    const v = toInt(x);
    if (v >= 0 && BigInt(v) <= MAXSIZE) return Number(v);
  }
  throw ValueError(msg);
}

const STOP_MSG = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
const INDEX_MSG = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

export const islice = iterClass("islice", ["iterable"], (iterable, ...args) => {
  let start = 0, stop, stp = 1;
  if (args.length === 0) throw TypeError("islice expected at least 2 arguments, got 1");
  if (args.length > 3) throw TypeError(`islice expected at most 4 arguments, got ${args.length + 1}`);
  if (args.length === 1) {
    stop = sliceArg(args[0], STOP_MSG);
  } else {
    start = sliceArg(args[0], INDEX_MSG) ?? 0;
    stop = sliceArg(args[1], INDEX_MSG);
    if (args.length === 3) {
      const s = args[2];
      if (s !== null && s !== undefined) {
        if (!(isInt(s) && toInt(s) >= 1)) throw ValueError("Step for islice() must be a positive integer or None.");
        stp = Number(toInt(s));
      }
    }
  }
  return isliceGen(jsIter(iterable), start, stop, stp);
}, { varargs: true });

/** As CPython's islice_next: skip up to `next`, stop at `stop` without consuming past it. */
function* isliceGen(it, start, stop, stp) {
  let cnt = 0, next = start;
  for (;;) {
    while (cnt < next) {
      if (step(it) === DONE) return;
      cnt++;
    }
    if (stop !== null && cnt >= stop) return;
    const x = step(it);
    if (x === DONE) return;
    cnt++;
    next += stp;
    if (stop !== null && next > stop) next = stop;
    yield x;
  }
}

export const zip_longest = iterClass("zip_longest", [], (...iterables) => {
  const k = splitkw(iterables);
  const fillvalue = kwtake(k, "fillvalue") ?? null;
  kwnone(k, "zip_longest");
  return zipLongestGen(iterables.map(jsIter), fillvalue);
}, { varargs: true, kwonly: ["fillvalue"] });

function* zipLongestGen(its, fillvalue) {
  if (its.length === 0) return;
  const active = its.map(() => true);
  let left = its.length;
  for (;;) {
    const row = [];
    for (let i = 0; i < its.length; i++) {
      let x = fillvalue;
      if (active[i]) {
        x = step(its[i]);
        if (x === DONE) {
          active[i] = false;
          if (--left === 0) return;
          x = fillvalue;
        }
      }
      row.push(x);
    }
    yield tuple_of(row);
  }
}

// ---------------------------------------------------------------- groupby

const _grouper = iterClass("_grouper", [], function () {
  throw TypeError("cannot create 'itertools._grouper' instances");
});

/** A _grouper over the current run of `g` whose key is `tgtkey`. */
function grouper(g, tgtkey, id) {
  const obj = Object.create(_grouper);
  obj.$it = (function* () {
    while (g.$id === id && keyEq(g.$currkey, tgtkey)) {
      yield g.$currvalue;
      const x = step(g.$src);
      if (x === DONE) return;
      g.$currvalue = x;
      g.$currkey = g.$key(x);
    }
  })();
  return obj;
}

const NOKEY = Symbol("nokey");
const keyEq = (a, b) => a === b || (a !== NOKEY && b !== NOKEY && eq(a, b));

export const groupby = iterClass("groupby", ["iterable", "key"], function (iterable, key) {
  this.$src = jsIter(iterable);
  this.$key = key === undefined || key === null ? (x) => x : key;
  this.$tgtkey = this.$currkey = NOKEY;
  this.$currvalue = undefined;
  this.$id = null;
  const g = this;
  return {
    next() {
      g.$id = {};
      while (keyEq(g.$currkey, g.$tgtkey)) {
        const x = step(g.$src);
        if (x === DONE) return { value: undefined, done: true };
        g.$currvalue = x;
        g.$currkey = g.$key(x);
      }
      g.$tgtkey = g.$currkey;
      return { value: mktuple(g.$currkey, grouper(g, g.$tgtkey, g.$id)), done: false };
    },
  };
}, { defaults: 1 });

// ---------------------------------------------------------------- tee

const _tee = iterClass("_tee", ["iterable"], function (iterable) {
  return teeReader(teeSource(iterable));
});

/** The shared part of tee objects: a linked list of items read so far. */
function teeSource(iterable) {
  return { it: jsIter(iterable), head: { value: undefined, next: null } };
}

/** A reader positioned at `node` (the node before its next item). */
function teeReader(src, node = src.head) {
  return {
    src,
    node,
    next() {
      if (this.node.next === null) {
        const x = step(this.src.it);
        if (x === DONE) return { value: undefined, done: true };
        this.node.next = { value: x, next: null };
      }
      this.node = this.node.next;
      return { value: this.node.value, done: false };
    },
  };
}

function newTee(reader) {
  const t = Object.create(_tee);
  t.$it = reader;
  return t;
}

export function tee(iterable, n) {
  n = n === undefined ? 2 : Number(toInt(n));
  if (n < 0) throw ValueError("n must be >= 0");
  if (n === 0) return mktuple();
  // A tee object is copied (sharing its buffer) rather than wrapped, as in CPython.
  const first = iterable !== null && typeof iterable === "object" && Object.getPrototypeOf(iterable) === _tee
    ? newTee(teeReader(iterable.$it.src, iterable.$it.node))
    : newTee(teeReader(teeSource(iterable)));
  const out = [first];
  for (let i = 1; i < n; i++) out.push(newTee(teeReader(first.$it.src, first.$it.node)));
  return tuple_of(out);
}

// ---------------------------------------------------------------- combinatorics

function rArg(r) {
  const v = Number(toInt(r));
  if (v < 0) throw ValueError("r must be non-negative");
  return v;
}

export const product = iterClass("product", [], (...iterables) => {
  const k = splitkw(iterables);
  let rep = kwtake(k, "repeat");
  kwnone(k, "product");
  rep = rep === undefined ? 1 : Number(toInt(rep));
  if (rep < 0) throw ValueError("repeat argument cannot be negative");
  const base = iterables.map((x) => arr(x));
  const pools = [];
  for (let i = 0; i < rep; i++) pools.push(...base);
  return productGen(pools);
}, { varargs: true, kwonly: ["repeat"] });

function* productGen(pools) {
  if (pools.some((p) => p.length === 0)) return;
  const idx = pools.map(() => 0);
  for (;;) {
    yield tuple_of(idx.map((j, i) => pools[i][j]));
    // Advance the rightmost index that can move, resetting those after it.
    let i = pools.length - 1;
    while (i >= 0 && idx[i] === pools[i].length - 1) idx[i--] = 0;
    if (i < 0) return;
    idx[i]++;
  }
}

export const permutations = iterClass("permutations", ["iterable", "r"], (iterable, r) => {
  const pool = arr(iterable);
  return permutationsGen(pool, r === undefined || r === null ? pool.length : rArg(r));
}, { defaults: 1 });

/** The tuple of `pool[indices[k]]` for k < r. */
function pick(pool, indices, r) {
  const t = newTuple(r);
  for (let k = 0; k < r; k++) t[k] = pool[indices[k]];
  return t;
}

function* permutationsGen(pool, r) {
  const n = pool.length;
  if (r > n) return;
  const indices = pool.map((_, i) => i);
  const cycles = [];
  for (let i = n; i > n - r; i--) cycles.push(i);
  yield pick(pool, indices, r);
  if (n === 0) return;
  for (;;) {
    let i = r - 1;
    for (; i >= 0; i--) {
      cycles[i]--;
      if (cycles[i] === 0) {
        const first = indices[i];
        for (let k = i; k < n - 1; k++) indices[k] = indices[k + 1];
        indices[n - 1] = first;
        cycles[i] = n - i;
      } else {
        const j = cycles[i];
        const t = indices[i];
        indices[i] = indices[n - j];
        indices[n - j] = t;
        yield pick(pool, indices, r);
        break;
      }
    }
    if (i < 0) return;
  }
}

export const combinations = iterClass("combinations", ["iterable", "r"],
  (iterable, r) => combinationsGen(arr(iterable), rArg(r)));

function* combinationsGen(pool, r) {
  const n = pool.length;
  if (r > n) return;
  const indices = [];
  for (let i = 0; i < r; i++) indices.push(i);
  yield pick(pool, indices, r);
  for (;;) {
    let i = r - 1;
    while (i >= 0 && indices[i] === i + n - r) i--;
    if (i < 0) return;
    indices[i]++;
    for (let j = i + 1; j < r; j++) indices[j] = indices[j - 1] + 1;
    yield pick(pool, indices, r);
  }
}

export const combinations_with_replacement = iterClass("combinations_with_replacement", ["iterable", "r"],
  (iterable, r) => cwrGen(arr(iterable), rArg(r)));

function* cwrGen(pool, r) {
  const n = pool.length;
  if (n === 0 && r > 0) return;
  const indices = new Array(r).fill(0);
  yield pick(pool, indices, r);
  for (;;) {
    let i = r - 1;
    while (i >= 0 && indices[i] === n - 1) i--;
    if (i < 0) return;
    const v = indices[i] + 1;
    for (let j = i; j < r; j++) indices[j] = v;
    yield pick(pool, indices, r);
  }
}
