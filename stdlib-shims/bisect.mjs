// Python's `bisect` module (CPython 3.11, _bisectmodule.c): comparisons are `<` only (the
// runtime's `lt`), with the optional `key` applied to the list items (not to x in bisect_*,
// to x as well in insort_*).
//
// Keyword arguments: every function carries a `$sig` (a, x, lo=0, hi=None, *, key=None);
// `key` arrives in a trailing `KwArgs`.

import { lt, len, getitem, cm, splitkw, kwtake, kwnone, ValueError } from "./builtins.mjs";
import { toInt, withSig } from "./_shim.mjs";

export const __name__ = "bisect";

function bounds(a, lo, hi) {
  lo = lo === undefined || lo === null ? 0 : toInt(lo);
  if (lo < 0) throw ValueError("lo must be non-negative");
  hi = hi === undefined || hi === null ? len(a) : toInt(hi);
  return [lo, hi];
}

const item = (a, i) => (Array.isArray(a) ? a[i] : getitem(a, i));

function right(a, x, lo, hi, key) {
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    const v = item(a, mid);
    if (lt(x, key === null ? v : key(v))) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function left(a, x, lo, hi, key) {
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    const v = item(a, mid);
    if (lt(key === null ? v : key(v), x)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function takeKey(rest, fname) {
  const k = splitkw(rest);
  const key = kwtake(k, "key");
  kwnone(k, fname);
  return key ?? null;
}

function insert(a, i, x) {
  if (Array.isArray(a) && a.constructor === Array) a.splice(i, 0, x);
  else cm(a, "insert", i, x);
}

const SIG = ["a", "x", "lo", "hi"];
const OPTS = { defaults: 2, kwonly: ["key"] };

export const bisect_right = withSig(function bisect_right(a, x, lo, hi, ...rest) {
  const key = takeKey(rest, "bisect_right");
  return right(a, x, ...bounds(a, lo, hi), key);
}, "bisect_right", SIG, OPTS);

export const bisect_left = withSig(function bisect_left(a, x, lo, hi, ...rest) {
  const key = takeKey(rest, "bisect_left");
  return left(a, x, ...bounds(a, lo, hi), key);
}, "bisect_left", SIG, OPTS);

export const insort_right = withSig(function insort_right(a, x, lo, hi, ...rest) {
  const key = takeKey(rest, "insort_right");
  insert(a, right(a, key === null ? x : key(x), ...bounds(a, lo, hi), key), x);
  return null;
}, "insort_right", SIG, OPTS);

export const insort_left = withSig(function insort_left(a, x, lo, hi, ...rest) {
  const key = takeKey(rest, "insort_left");
  insert(a, left(a, key === null ? x : key(x), ...bounds(a, lo, hi), key), x);
  return null;
}, "insort_left", SIG, OPTS);

export const bisect = bisect_right;
export const insort = insort_right;
