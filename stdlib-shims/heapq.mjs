// Python's `heapq` module (CPython 3.11): the same sift algorithms as _heapqmodule.c /
// heapq.py, comparing only with `<` (the runtime's `lt`), so tuples and objects with
// `__lt__` order exactly as in CPython, and the heap ends up in the same layout.
//
// Keyword arguments: nlargest/nsmallest (`key`) and merge (`key`, `reverse`) carry a `$sig`;
// merge's keyword-only ones arrive in a trailing `KwArgs`.

import { lt, gt, eq, iter, len, sorted, typename, KwArgs, TypeError, IndexError, splitkw, kwtake, kwnone, Dict, PySet } from "./builtins.mjs";
import { withSig } from "./_shim.mjs";

export const __name__ = "heapq";

function checkList(heap, fname) {
  if (!Array.isArray(heap) || heap.constructor !== Array) {
    // One-argument functions (heapify, heappop) say "argument", as CPython's clinic does.
    const which = fname === "heapify" || fname === "heappop" ? "argument" : "argument 1";
    throw TypeError(`${fname}() ${which} must be list, not ${typename(heap)}`);
  }
}

// The sifts, generic over the "less than" test so the max-heap helpers of nlargest/merge
// (CPython's _siftdown_max etc.) are the same code with the comparison reversed.

function siftdown(heap, startpos, pos, less) {
  const newitem = heap[pos];
  while (pos > startpos) {
    const parentpos = (pos - 1) >> 1;
    const parent = heap[parentpos];
    if (!less(newitem, parent)) break;
    heap[pos] = parent;
    pos = parentpos;
  }
  heap[pos] = newitem;
}

function siftup(heap, pos, less) {
  const endpos = heap.length;
  const startpos = pos;
  const newitem = heap[pos];
  // Bubble up the smaller child until hitting a leaf.
  let childpos = 2 * pos + 1;
  while (childpos < endpos) {
    const rightpos = childpos + 1;
    if (rightpos < endpos && !less(heap[childpos], heap[rightpos])) childpos = rightpos;
    heap[pos] = heap[childpos];
    pos = childpos;
    childpos = 2 * pos + 1;
  }
  heap[pos] = newitem;
  siftdown(heap, startpos, pos, less);
}

function heapifyWith(x, less) {
  for (let i = (x.length >> 1) - 1; i >= 0; i--) siftup(x, i, less);
}

function popWith(heap, less) {
  if (heap.length === 0) throw IndexError("index out of range");
  const lastelt = heap.pop();
  if (heap.length === 0) return lastelt;
  const returnitem = heap[0];
  heap[0] = lastelt;
  siftup(heap, 0, less);
  return returnitem;
}

function replaceWith(heap, item, less) {
  if (heap.length === 0) throw IndexError("index out of range");
  const returnitem = heap[0];
  heap[0] = item;
  siftup(heap, 0, less);
  return returnitem;
}

export function heappush(heap, item) {
  checkList(heap, "heappush");
  heap.push(item);
  siftdown(heap, 0, heap.length - 1, lt);
  return null;
}

export function heappop(heap) {
  checkList(heap, "heappop");
  return popWith(heap, lt);
}

export function heapreplace(heap, item) {
  checkList(heap, "heapreplace");
  return replaceWith(heap, item, lt);
}

export function heappushpop(heap, item) {
  checkList(heap, "heappushpop");
  if (heap.length && lt(heap[0], item)) {
    const top = heap[0];
    heap[0] = item;
    siftup(heap, 0, lt);
    return top;
  }
  return item;
}

export function heapify(x) {
  checkList(x, "heapify");
  heapifyWith(x, lt);
  return null;
}

// Entries {k: key, o: order, v: value} stand for CPython's (key, order, value) tuples and
// lists: tuple comparison looks at the first items (equal, by identity or ==, goes on to the
// unique order), so this is the same test.
const entryLess = (a, b) => (a.k === b.k || eq(a.k, b.k) ? a.o < b.o : lt(a.k, b.k));
const entryMore = (a, b) => entryLess(b, a);

function sizeOf(x) {
  if (typeof x === "string" || Array.isArray(x) || x instanceof Dict || x instanceof PySet) return len(x);
  if (x != null && typeof x.__len__ === "function") return len(x);
  return null;
}

/** min()/max() of an iterable with a key: [] when empty, else [the winner]. */
function best(iterable, key, better) {
  let found = false, bestItem, bestKey;
  for (const x of iter(iterable)) {
    const k = key == null ? x : key(x);
    if (!found || better(k, bestKey)) {
      found = true;
      bestItem = x;
      bestKey = k;
    }
  }
  return found ? [bestItem] : [];
}

function sortedList(iterable, key, reverse) {
  const kw = new Map([["key", key ?? null]]);
  if (reverse) kw.set("reverse", true);
  return sorted(iterable, new KwArgs(kw));
}

function nbest(n, iterable, key, largest) {
  if (n === 1) return best(iterable, key, largest ? gt : lt);
  const size = sizeOf(iterable);
  if (size !== null && n >= size) return sortedList(iterable, key, largest).slice(0, n);
  if (n <= 0) return [];
  // A heap of the n best so far, whose root is the worst of them.
  const less = largest ? entryLess : entryMore;
  const result = [];
  const it = iter(iterable);
  let order = 0;
  const step = largest ? -1 : 1;
  for (const elem of it) {
    if (result.length >= n) {
      const k = key == null ? elem : key(elem);
      const top = result[0].k;
      if (largest ? lt(top, k) : lt(k, top)) {
        replaceWith(result, { k, o: order, v: elem }, less);
        order += step;
      }
      continue;
    }
    result.push({ k: key == null ? elem : key(elem), o: order, v: elem });
    order += step;
    if (result.length === n) {
      heapifyWith(result, less);
      order = largest ? -n : n;
    }
  }
  if (result.length < n) heapifyWith(result, less); // fewer items than n: no heap was built
  result.sort((a, b) => (largest ? (entryLess(b, a) ? -1 : 1) : (entryLess(a, b) ? -1 : 1)));
  return result.map((e) => e.v);
}

export const nsmallest = withSig(function nsmallest(n, iterable, key) {
  return nbest(n, iterable, key ?? null, false);
}, "nsmallest", ["n", "iterable", "key"], { defaults: 1 });

export const nlargest = withSig(function nlargest(n, iterable, key) {
  return nbest(n, iterable, key ?? null, true);
}, "nlargest", ["n", "iterable", "key"], { defaults: 1 });

/** merge(*iterables, key=None, reverse=False): a generator over the merged sorted inputs. */
export const merge = withSig(function* merge(...iterables) {
  const kw = splitkw(iterables);
  const key = kwtake(kw, "key") ?? null;
  const reverse = kwtake(kw, "reverse") ?? false;
  kwnone(kw, "merge");
  const less = reverse ? entryMore : entryLess;
  const direction = reverse ? -1 : 1;
  const h = [];
  iterables.forEach((iterable, order) => {
    const it = iter(iterable)[Symbol.iterator]();
    const r = it.next();
    if (!r.done) h.push({ k: key === null ? r.value : key(r.value), o: order * direction, v: r.value, it });
  });
  heapifyWith(h, less);
  while (h.length > 1) {
    const s = h[0];
    yield s.v;
    const r = s.it.next();
    if (r.done) {
      popWith(h, less); // remove the exhausted iterator
    } else {
      s.v = r.value;
      s.k = key === null ? r.value : key(r.value);
      replaceWith(h, s, less);
    }
  }
  if (h.length) {
    const s = h[0];
    yield s.v;
    for (let r = s.it.next(); !r.done; r = s.it.next()) yield r.value;
  }
}, "merge", [], { varargs: true, kwonly: ["key", "reverse"] });
