// Python's `random` module (CPython 3.11), producing exactly CPython's sequences.
//
// The core is CPython's _randommodule.c: MT19937, seeding by init_by_array from the 32-bit
// words of abs(seed), random() from two 32-bit outputs, getrandbits() filling words from the
// least significant end. Everything above it follows Lib/random.py line by line, so the same
// seed consumes the generator in the same way (randbelow by rejection on getrandbits, the two
// strategies of sample(), floor(random() * n) in choices(), the cached gauss_next, ...).
//
// Keyword arguments: every method of `Random` carries a `$sig` (params include `self`,
// `method: true`) so `callkw` can place keywords; the keyword-only ones (sample's counts,
// choices' cum_weights and k) arrive in a trailing `KwArgs`. The module-level functions are
// the methods bound to a hidden instance, created on first use, with `$sig`s without `self`.

import {
  mkclass, mkfloat, mktuple, tuple_of, getitem, setitem, len, lt, add, sub, hash,
  iter, splitkw, kwtake, kwnone, Dict, PySet, bytes_lit,
  ValueError, TypeError, IndexError, ZeroDivisionError, NotImplementedError,
} from "./builtins.mjs";
import { isInt, isFloat, toNum, toInt, bigToInt, withSig, method as pyMethod } from "./_shim.mjs";
import * as libm from "./_libm.mjs";

export const __name__ = "random";

const TWOPI = 2 * Math.PI;
const NV_MAGICCONST = (4 * libm.exp(-0.5)) / Math.sqrt(2);
const LOG4 = libm.log(4);
const SG_MAGICCONST = 1 + libm.log(4.5);
const BPF = 53;

// ---------------------------------------------------------------- MT19937

const N = 624, M = 397;

/** Fill mt from one 32-bit seed (init_genrand). */
function initGenrand(mt, s) {
  mt[0] = s;
  for (let i = 1; i < N; i++) {
    const p = mt[i - 1] ^ (mt[i - 1] >>> 30);
    mt[i] = Math.imul(1812433253, p) + i;
  }
}

/** Seed from an array of 32-bit words (init_by_array). */
function initByArray(mt, key) {
  initGenrand(mt, 19650218);
  let i = 1, j = 0;
  for (let k = Math.max(N, key.length); k; k--) {
    const p = mt[i - 1] ^ (mt[i - 1] >>> 30);
    mt[i] = (mt[i] ^ Math.imul(p, 1664525)) + key[j] + j;
    i++;
    j++;
    if (i >= N) {
      mt[0] = mt[N - 1];
      i = 1;
    }
    if (j >= key.length) j = 0;
  }
  for (let k = N - 1; k; k--) {
    const p = mt[i - 1] ^ (mt[i - 1] >>> 30);
    mt[i] = (mt[i] ^ Math.imul(p, 1566083941)) - i;
    i++;
    if (i >= N) {
      mt[0] = mt[N - 1];
      i = 1;
    }
  }
  mt[0] = 0x80000000; // MSB is 1, assuring a non-zero initial array
}

/** The generator state of a Random instance: {mt, mti}. */
function state(self) {
  return self.$state;
}

/** Next 32-bit output (genrand_uint32). */
function genrand(st) {
  const mt = st.mt;
  if (st.mti >= N && st.sys === true) {
    // SystemRandom: a fresh block of the platform's random words (tempering is a bijection).
    sysFill(mt);
    st.mti = 0;
  } else if (st.mti >= N) {
    let kk = 0, y;
    for (; kk < N - M; kk++) {
      y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
      mt[kk] = mt[kk + M] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
    }
    for (; kk < N - 1; kk++) {
      y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
      mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
    }
    y = (mt[N - 1] & 0x80000000) | (mt[0] & 0x7fffffff);
    mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
    st.mti = 0;
  }
  let y = mt[st.mti++];
  y ^= y >>> 11;
  y ^= (y << 7) & 0x9d2c5680;
  y ^= (y << 15) & 0xefc60000;
  y ^= y >>> 18;
  return y >>> 0;
}

/** A float in [0, 1) with 53 random bits (random_random). */
function nextFloat(st) {
  const a = genrand(st) >>> 5, b = genrand(st) >>> 6;
  return (a * 67108864 + b) / 9007199254740992;
}

/** getrandbits(k) for a JS number k >= 0, as a Python int. */
function randbits(st, k) {
  if (k <= 32) return k === 0 ? 0 : genrand(st) >>> (32 - k);
  if (k <= 53) {
    const lo = genrand(st);
    return (genrand(st) >>> (64 - k)) * 4294967296 + lo;
  }
  // Words from the least significant end; the last one keeps only its top bits.
  let r = 0n, shift = 0n;
  for (; k > 0; k -= 32, shift += 32n) {
    let w = genrand(st);
    if (k < 32) w >>>= 32 - k;
    r |= BigInt(w) << shift;
  }
  return bigToInt(r);
}

function bitLength(n) {
  if (typeof n === "bigint") return n.toString(2).length;
  if (n < 4294967296) return 32 - Math.clz32(n);
  return 32 + (32 - Math.clz32(Math.floor(n / 4294967296)));
}

/** The Python int from a str seed (version 2): int.from_bytes(utf8 + sha512(utf8)). */
function strSeed(s) {
  return bytesSeed(new TextEncoder().encode(s));
}

/** The Python int from a bytes/bytearray seed (version 2): int.from_bytes(b + sha512(b)). */
function bytesSeed(bytes) {
  const all = [...bytes, ...sha512(bytes)];
  let r = 0n;
  for (const b of all) r = (r << 8n) | BigInt(b);
  return r;
}

/** Seed from any int (random_seed): the words of abs(n), least significant first. */
function seedInt(st, n) {
  let b = BigInt(n);
  if (b < 0n) b = -b;
  const key = [];
  do {
    key.push(Number(b & 0xffffffffn));
    b >>= 32n;
  } while (b > 0n);
  initByArray(st.mt, key);
  st.mti = N;
}

/** Seed from the platform's randomness, or the clock without one (seed(None)). */
/** Fills `words` from the platform's cryptographic source (SystemRandom has no other). */
function sysFill(words) {
  if (!globalThis.crypto?.getRandomValues) throw NotImplementedError("random.SystemRandom: no cryptographic random source (crypto.getRandomValues) here");
  globalThis.crypto.getRandomValues(words);
}

function seedRandomly(st) {
  const key = new Uint32Array(N);
  if (globalThis.crypto?.getRandomValues) {
    globalThis.crypto.getRandomValues(key);
  } else {
    const t = Date.now();
    key[0] = t >>> 0;
    key[1] = Math.floor(t / 4294967296);
    key[2] = Math.floor((globalThis.performance?.now() ?? 0) * 1000) >>> 0;
  }
  initByArray(st.mt, key);
  st.mti = N;
}

// ---------------------------------------------------------------- SHA-512 (for str seeds)

const MASK64 = (1n << 64n) - 1n;
let SHA_K = null, SHA_H = null;

/** floor(n ** (1/p)) for BigInt n (p = 2 or 3), by Newton's method. */
function iroot(n, p) {
  const P = BigInt(p);
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / p) + 1);
  for (;;) {
    const y = ((P - 1n) * x + n / x ** (P - 1n)) / P;
    if (y >= x) return x;
    x = y;
  }
}

/** SHA-512's constants: fractional bits of square and cube roots of the first primes. */
function shaConstants() {
  const primes = [];
  for (let c = 2; primes.length < 80; c++) if (primes.every((p) => c % p)) primes.push(c);
  SHA_K = primes.map((p) => iroot(BigInt(p) << 192n, 3) & MASK64);
  SHA_H = primes.slice(0, 8).map((p) => iroot(BigInt(p) << 128n, 2) & MASK64);
}

const rotr = (x, n) => ((x >> n) | (x << (64n - n))) & MASK64;

/** SHA-512 digest of a byte array, as an array of 64 bytes. */
function sha512(bytes) {
  if (!SHA_K) shaConstants();
  const padded = [...bytes, 0x80];
  while (padded.length % 128 !== 112) padded.push(0);
  const bitLen = BigInt(bytes.length) * 8n;
  for (let i = 15; i >= 0; i--) padded.push(Number((bitLen >> BigInt(8 * i)) & 0xffn));
  const H = SHA_H.slice();
  const W = new Array(80);
  for (let off = 0; off < padded.length; off += 128) {
    for (let t = 0; t < 16; t++) {
      let w = 0n;
      for (let b = 0; b < 8; b++) w = (w << 8n) | BigInt(padded[off + 8 * t + b]);
      W[t] = w;
    }
    for (let t = 16; t < 80; t++) {
      const s0 = rotr(W[t - 15], 1n) ^ rotr(W[t - 15], 8n) ^ (W[t - 15] >> 7n);
      const s1 = rotr(W[t - 2], 19n) ^ rotr(W[t - 2], 61n) ^ (W[t - 2] >> 6n);
      W[t] = (W[t - 16] + s0 + W[t - 7] + s1) & MASK64;
    }
    let [a, b, c, d, e, f, g, h] = H;
    for (let t = 0; t < 80; t++) {
      const S1 = rotr(e, 14n) ^ rotr(e, 18n) ^ rotr(e, 41n);
      const ch = (e & f) ^ (~e & MASK64 & g);
      const t1 = (h + S1 + ch + SHA_K[t] + W[t]) & MASK64;
      const S0 = rotr(a, 28n) ^ rotr(a, 34n) ^ rotr(a, 39n);
      const maj = (a & b) ^ (a & c) ^ (b & c);
      const t2 = (S0 + maj) & MASK64;
      h = g;
      g = f;
      f = e;
      e = (d + t1) & MASK64;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) & MASK64;
    }
    [a, b, c, d, e, f, g, h].forEach((v, i) => { H[i] = (H[i] + v) & MASK64; });
  }
  const out = [];
  for (const v of H) for (let i = 7; i >= 0; i--) out.push(Number((v >> BigInt(8 * i)) & 0xffn));
  return out;
}

// ---------------------------------------------------------------- helpers

/** Python's float % float (result has the sign of the divisor). */
function fmodPy(a, b) {
  const r = a % b;
  if (r === 0) return b < 0 ? -0 : 0;
  return (r < 0) !== (b < 0) ? r + b : r;
}

/** Python's float division, which raises instead of giving inf. */
function fdiv(a, b) {
  if (b === 0) throw ZeroDivisionError("float division by zero");
  return a / b;
}

/** The int value of a randrange() argument, or CPython's ValueError for a non-integer. */
function rangeArg(x, what) {
  if (isInt(x)) return toInt(x);
  if (isFloat(x) && Number.isInteger(toNum(x))) return toInt(Math.trunc(toNum(x))); // deprecated, accepted
  if (x != null && typeof x.__index__ === "function") return toInt(x);
  throw ValueError(`non-integer ${what} for randrange()`);
}

function isSequence(x) {
  if (Array.isArray(x) || typeof x === "string") return true;
  if (x == null || typeof x !== "object" || x instanceof Dict || x instanceof PySet) return false;
  return typeof x.__getitem__ === "function" && typeof x.__len__ === "function";
}

const item = (seq, i) => (Array.isArray(seq) ? seq[i] : getitem(seq, i));

/** bisect.bisect_right(a, x, lo, hi) with Python comparisons. */
function bisectRight(a, x, lo, hi) {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lt(x, a[mid])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** list(itertools.accumulate(xs)) with Python addition. */
function accumulate(xs) {
  const out = [];
  let total;
  for (const x of iter(xs)) {
    total = out.length ? add(total, x) : x;
    out.push(total);
  }
  return out;
}

// ---------------------------------------------------------------- Random

/** randbelow(n) for n > 0: CPython's choice between the two algorithms, by what is overridden. */
function randbelow(self, n) {
  if (self.getrandbits === Random.getrandbits && self.random !== Random.random) {
    return randbelowWithoutGetrandbits(self, n);
  }
  if (self.getrandbits === Random.getrandbits) {
    // Inline _randbelow_with_getrandbits on our own generator.
    const st = state(self), k = bitLength(n);
    let r = randbits(st, k);
    while (r >= n) r = randbits(st, k);
    return r;
  }
  const k = bitLength(n);
  let r = self.getrandbits(k);
  while (!lt(r, n)) r = self.getrandbits(k);
  return r;
}

/** _randbelow_without_getrandbits, for subclasses that only supply random(). */
function randbelowWithoutGetrandbits(self, n) {
  const maxsize = 2 ** BPF;
  const rnd = () => toNum(self.random());
  if (n >= maxsize) return Math.floor(rnd() * toNum(n));
  const rem = maxsize % n;
  const limit = (maxsize - rem) / maxsize;
  let r = rnd();
  while (r >= limit) r = rnd();
  return (Math.floor(r * maxsize)) % n;
}

/** randbelow(n) for a Python int n that may be a BigInt. */
function randbelowInt(self, n) {
  return typeof n === "bigint" ? bigToInt(BigInt(randbelow(self, n))) : randbelow(self, n);
}

/** self.random() as a JS number (fast path for our own generator). */
function rand(self) {
  return self.random === Random.random ? nextFloat(state(self)) : toNum(self.random());
}

function randrangeImpl(self, start, stop, step) {
  const istart = rangeArg(start, "arg 1");
  if (stop === undefined || stop === null) {
    if (step !== undefined && step !== 1) throw TypeError("Missing a non-None stop argument");
    if (istart > 0) return randbelowInt(self, istart);
    throw ValueError("empty range for randrange()");
  }
  const istop = rangeArg(stop, "stop");
  const istep = step === undefined ? 1 : rangeArg(step, "step");
  if (typeof istart === "number" && typeof istop === "number" && typeof istep === "number" &&
      Number.isSafeInteger(istop - istart)) {
    const width = istop - istart;
    if (istep === 1) {
      if (width > 0) return istart + randbelow(self, width);
      throw ValueError(`empty range for randrange() (${istart}, ${istop}, ${width})`);
    }
    let n;
    if (istep > 0) n = Math.floor((width + istep - 1) / istep);
    else if (istep < 0) n = Math.floor((width + istep + 1) / istep);
    else throw ValueError("zero step for randrange()");
    if (n <= 0) throw ValueError("empty range for randrange()");
    const r = istart + istep * randbelow(self, n);
    if (Number.isSafeInteger(r)) return r;
    return bigToInt(BigInt(istart) + BigInt(istep) * BigInt(r - istart) / BigInt(istep));
  }
  // Big ints: the same steps with BigInt arithmetic.
  const bstart = BigInt(istart), bstop = BigInt(istop), bstep = BigInt(istep);
  const width = bstop - bstart;
  const floorDiv = (a, b) => {
    const q = a / b;
    return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
  };
  if (bstep === 1n) {
    if (width > 0n) return bigToInt(bstart + BigInt(randbelowInt(self, bigToInt(width))));
    throw ValueError(`empty range for randrange() (${bstart}, ${bstop}, ${width})`);
  }
  let n;
  if (bstep > 0n) n = floorDiv(width + bstep - 1n, bstep);
  else if (bstep < 0n) n = floorDiv(width + bstep + 1n, bstep);
  else throw ValueError("zero step for randrange()");
  if (n <= 0n) throw ValueError("empty range for randrange()");
  return bigToInt(bstart + bstep * BigInt(randbelowInt(self, bigToInt(n))));
}

/** sample() over any sequence given by its length and an item getter. */
function sampleImpl(self, n, get, k) {
  if (!(k >= 0 && k <= n)) throw ValueError("Sample larger than population or is negative");
  const result = new Array(k);
  let setsize = 21; // size of a small set minus size of an empty list
  if (k > 5) setsize += 4 ** Math.ceil(libm.log(k * 3) / libm.log(4)); // table size for big sets
  if (n <= setsize) {
    const pool = [];
    for (let i = 0; i < n; i++) pool.push(get(i));
    for (let i = 0; i < k; i++) {
      const j = randbelow(self, n - i);
      result[i] = pool[j];
      pool[j] = pool[n - i - 1]; // move non-selected item into vacancy
    }
  } else {
    const selected = new Set();
    for (let i = 0; i < k; i++) {
      let j = randbelow(self, n);
      while (selected.has(j)) j = randbelow(self, n);
      selected.add(j);
      result[i] = get(j);
    }
  }
  return result;
}

function gammavariateImpl(self, alpha, beta) {
  if (alpha <= 0 || beta <= 0) throw ValueError("gammavariate: alpha and beta must be > 0.0");
  if (alpha > 1) {
    // Uses R.C.H. Cheng, "The generation of Gamma variables with non-integral shape parameters"
    const ainv = Math.sqrt(2 * alpha - 1);
    const bbb = alpha - LOG4;
    const ccc = alpha + ainv;
    for (;;) {
      const u1 = rand(self);
      if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
      const u2 = 1 - rand(self);
      const v = libm.log(u1 / (1 - u1)) / ainv;
      const x = alpha * libm.exp(v);
      const z = u1 * u1 * u2;
      const r = bbb + ccc * v - x;
      if (r + SG_MAGICCONST - 4.5 * z >= 0 || r >= libm.log(z)) return x * beta;
    }
  }
  if (alpha === 1) return -libm.log(1 - rand(self)) * beta;
  // alpha < 1: ALGORITHM GS of Statistical Computing - Kennedy & Gentle
  let x;
  for (;;) {
    const u = rand(self);
    const b = (Math.E + alpha) / Math.E;
    const p = b * u;
    if (p <= 1) x = libm.pow(p, 1 / alpha);
    else x = -libm.log((b - p) / alpha);
    const u1 = rand(self);
    if (p > 1) {
      if (u1 <= libm.pow(x, alpha - 1)) break;
    } else if (u1 <= libm.exp(-x)) {
      break;
    }
  }
  return x * beta;
}

function normalvariateImpl(self, mu, sigma) {
  // Kinderman and Monahan's ratio-of-uniforms method.
  let z;
  for (;;) {
    const u1 = rand(self);
    const u2 = 1 - rand(self);
    z = (NV_MAGICCONST * (u1 - 0.5)) / u2;
    const zz = (z * z) / 4;
    if (zz <= -libm.log(u2)) break;
  }
  return mu + z * sigma;
}

const method = (name, params, f, opts) => pyMethod(`Random.${name}`, params, f, opts);

export const Random = mkclass("Random", [], (C) => {
  C.__module__ = "random";
  C.VERSION = 3;

  C.__init__ = method("__init__", ["x"], function (x) {
    this.$state = { mt: new Uint32Array(N), mti: N + 1 };
    this.seed(x === undefined ? null : x);
    this.gauss_next = null;
    return null;
  }, { defaults: 1 });

  C.seed = method("seed", ["a", "version"], function (a, version) {
    if (a === undefined) a = null;
    if (version === undefined) version = 2;
    if (this.$state === undefined) this.$state = { mt: new Uint32Array(N), mti: N + 1 };
    const st = state(this);
    if (toNum(version) === 1 && typeof a === "string") {
      let x = BigInt(a.length ? a.codePointAt(0) << 7 : 0);
      for (const c of a) x = ((1000003n * x) ^ BigInt(c.codePointAt(0))) & MASK64;
      x ^= BigInt([...a].length);
      seedInt(st, x === -1n ? -2n : x);
    } else if (a === null) {
      seedRandomly(st);
    } else if (typeof a === "string") {
      seedInt(st, strSeed(a));
    } else if (isInt(a)) {
      seedInt(st, toInt(a));
    } else if (a !== null && typeof a === "object" && a.$isclass === true && (typeof a.$s === "string" || Array.isArray(a.$a))) {
      // bytes (content in $s, a latin-1 string) or bytearray ($a, byte values): rt/bytes.mjs.
      const src = typeof a.$s === "string" ? Array.from(a.$s, (c) => c.charCodeAt(0)) : a.$a;
      seedInt(st, bytesSeed(Uint8Array.from(src)));
    } else if (isFloat(a)) {
      // CPython seeds with the hash as an unsigned 64-bit value, not its absolute value.
      const h = BigInt(hash(a));
      seedInt(st, h < 0n ? h + (1n << 64n) : h);
    } else {
      throw TypeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
    }
    this.gauss_next = null;
    return null;
  }, { defaults: 2 });

  C.random = method("random", [], function () {
    return mkfloat(nextFloat(state(this)));
  });

  C.getrandbits = method("getrandbits", ["k"], function (k) {
    k = toInt(k);
    if (k < 0) throw ValueError("number of bits must be non-negative");
    return randbits(state(this), Number(k));
  });

  C.randbytes = method("randbytes", ["n"], function (n) {
    // getrandbits(n * 8).to_bytes(n, "little"): 32-bit words, least significant first.
    n = Number(toInt(n));
    if (n < 0) throw ValueError("number of bits must be non-negative");
    const st = state(this);
    let out = "";
    for (let k = n * 8; k > 0; k -= 32) {
      let w = genrand(st);
      if (k < 32) w >>>= 32 - k;
      for (let i = 0; i < Math.min(4, k / 8); i++) out += String.fromCharCode((w >>> (8 * i)) & 255);
    }
    return bytes_lit(out);
  });

  C.getstate = method("getstate", [], function () {
    const st = state(this);
    return mktuple(this.VERSION, tuple_of([...st.mt, st.mti]), this.gauss_next);
  });

  C.setstate = method("setstate", ["state"], function (s) {
    const version = getitem(s, 0);
    if (version !== 3 && version !== 2) {
      throw ValueError(`state with version ${version} passed to Random.setstate() of version ${this.VERSION}`);
    }
    const internal = [...iter(getitem(s, 1))];
    if (internal.length !== N + 1) throw ValueError("state vector is the wrong size");
    const st = state(this);
    for (let i = 0; i < N; i++) st.mt[i] = Number(BigInt(toInt(internal[i])) & 0xffffffffn);
    const mti = toInt(internal[N]);
    if (mti < 0 || mti > N) throw ValueError("invalid state");
    st.mti = Number(mti);
    this.gauss_next = getitem(s, 2);
    return null;
  });

  C.randrange = method("randrange", ["start", "stop", "step"], function (start, stop, step) {
    return randrangeImpl(this, start, stop, step);
  }, { defaults: 2 });

  C.randint = method("randint", ["a", "b"], function (a, b) {
    return this.randrange(a, add(b, 1));
  });

  C.choice = method("choice", ["seq"], function (seq) {
    const n = len(seq);
    if (!n) throw IndexError("Cannot choose from an empty sequence");
    return item(seq, randbelow(this, n));
  });

  C.shuffle = method("shuffle", ["x"], function (x) {
    for (let i = len(x) - 1; i > 0; i--) {
      const j = randbelow(this, i + 1);
      if (Array.isArray(x)) {
        const t = x[i];
        x[i] = x[j];
        x[j] = t;
      } else {
        const t = getitem(x, i);
        setitem(x, i, getitem(x, j));
        setitem(x, j, t);
      }
    }
    return null;
  });

  C.sample = method("sample", ["population", "k"], function (population, k, ...rest) {
    const kw = splitkw(rest);
    const counts = kwtake(kw, "counts");
    kwnone(kw, "sample");
    if (!isSequence(population)) {
      throw TypeError("Population must be a sequence.  For dicts or sets, use sorted(d).");
    }
    if (k === undefined) throw TypeError("Random.sample() missing 1 required positional argument: 'k'");
    k = toInt(k);
    const n = len(population);
    const seq = typeof population === "string" ? [...population] : population;
    if (counts !== undefined && counts !== null) {
      const cum = accumulate(counts);
      if (cum.length !== n) throw ValueError("The number of counts does not match the population");
      const total = cum.pop();
      if (!isInt(total)) throw TypeError("Counts must be integers");
      if (total <= 0) throw ValueError("Total of counts must be greater than zero");
      const selections = sampleImpl(this, toInt(total), (i) => i, k);
      return selections.map((s) => item(seq, bisectRight(cum, s, 0, cum.length)));
    }
    return sampleImpl(this, n, (i) => item(seq, i), k);
  }, { kwonly: ["counts"] });

  C.choices = method("choices", ["population", "weights"], function (population, weights, ...rest) {
    const kw = splitkw(rest);
    let cumWeights = kwtake(kw, "cum_weights");
    let k = kwtake(kw, "k");
    kwnone(kw, "choices");
    k = k === undefined ? 1 : toInt(k);
    const n = len(population);
    const seq = typeof population === "string" ? [...population] : population;
    if (cumWeights === undefined || cumWeights === null) {
      if (weights === undefined || weights === null) {
        const out = [];
        for (let i = 0; i < k; i++) out.push(item(seq, Math.floor(rand(this) * n)));
        return out;
      }
      if (isInt(weights)) {
        throw TypeError(`The number of choices must be a keyword argument: k=${weights}`);
      }
      cumWeights = accumulate(weights);
    } else if (weights !== undefined && weights !== null) {
      throw TypeError("Cannot specify both weights and cumulative weights");
    } else {
      cumWeights = [...iter(cumWeights)];
    }
    if (cumWeights.length !== n) throw ValueError("The number of weights does not match the population");
    const total = toNum(cumWeights[cumWeights.length - 1]);
    if (total <= 0) throw ValueError("Total of weights must be greater than zero");
    if (!Number.isFinite(total)) throw ValueError("Total of weights must be finite");
    const hi = n - 1;
    const out = [];
    for (let i = 0; i < k; i++) {
      out.push(item(seq, bisectRight(cumWeights, mkfloat(rand(this) * total), 0, hi)));
    }
    return out;
  }, { defaults: 1, kwonly: ["cum_weights", "k"] });

  C.uniform = method("uniform", ["a", "b"], function (a, b) {
    return mkfloat(toNum(a) + toNum(sub(b, a)) * rand(this));
  });

  C.triangular = method("triangular", ["low", "high", "mode"], function (low, high, mode) {
    if (low === undefined) low = 0;
    if (high === undefined) high = 1;
    let u = rand(this);
    let lo = toNum(low), hi = toNum(high);
    let c = 0.5;
    if (mode !== undefined && mode !== null) {
      if (hi - lo === 0) return low; // CPython catches the ZeroDivisionError
      c = (toNum(mode) - lo) / (hi - lo);
    }
    if (u > c) {
      u = 1 - u;
      c = 1 - c;
      [lo, hi] = [hi, lo];
    }
    return mkfloat(lo + (hi - lo) * Math.sqrt(u * c));
  }, { defaults: 3 });

  C.normalvariate = method("normalvariate", ["mu", "sigma"], function (mu, sigma) {
    return mkfloat(normalvariateImpl(this, mu === undefined ? 0 : toNum(mu), sigma === undefined ? 1 : toNum(sigma)));
  }, { defaults: 2 });

  C.gauss = method("gauss", ["mu", "sigma"], function (mu, sigma) {
    mu = mu === undefined ? 0 : toNum(mu);
    sigma = sigma === undefined ? 1 : toNum(sigma);
    let z = this.gauss_next;
    this.gauss_next = null;
    if (z === null || z === undefined) {
      const x2pi = rand(this) * TWOPI;
      const g2rad = Math.sqrt(-2 * libm.log(1 - rand(this)));
      z = libm.cos(x2pi) * g2rad;
      this.gauss_next = mkfloat(libm.sin(x2pi) * g2rad);
    } else {
      z = toNum(z);
    }
    return mkfloat(mu + z * sigma);
  }, { defaults: 2 });

  C.lognormvariate = method("lognormvariate", ["mu", "sigma"], function (mu, sigma) {
    return mkfloat(libm.exp(normalvariateImpl(this, toNum(mu), toNum(sigma))));
  });

  C.expovariate = method("expovariate", ["lambd"], function (lambd) {
    return mkfloat(fdiv(-libm.log(1 - rand(this)), toNum(lambd)));
  });

  C.vonmisesvariate = method("vonmisesvariate", ["mu", "kappa"], function (mu, kappa) {
    mu = toNum(mu);
    kappa = toNum(kappa);
    if (kappa <= 1e-6) return mkfloat(TWOPI * rand(this));
    const s = 0.5 / kappa;
    const r = s + Math.sqrt(1 + s * s);
    let z;
    for (;;) {
      const u1 = rand(this);
      z = libm.cos(Math.PI * u1);
      const d = z / (r + z);
      const u2 = rand(this);
      if (u2 < 1 - d * d || u2 <= (1 - d) * libm.exp(d)) break;
    }
    const q = 1 / r;
    const f = (q + z) / (1 + q * z);
    const u3 = rand(this);
    const theta = u3 > 0.5 ? fmodPy(mu + libm.acos(f), TWOPI) : fmodPy(mu - libm.acos(f), TWOPI);
    return mkfloat(theta);
  });

  C.gammavariate = method("gammavariate", ["alpha", "beta"], function (alpha, beta) {
    return mkfloat(gammavariateImpl(this, toNum(alpha), toNum(beta)));
  });

  C.betavariate = method("betavariate", ["alpha", "beta"], function (alpha, beta) {
    const y = gammavariateImpl(this, toNum(alpha), 1);
    if (y) return mkfloat(y / (y + gammavariateImpl(this, toNum(beta), 1)));
    return mkfloat(0);
  });

  C.paretovariate = method("paretovariate", ["alpha"], function (alpha) {
    const u = 1 - rand(this);
    return mkfloat(libm.pow(u, fdiv(-1, toNum(alpha))));
  });

  C.weibullvariate = method("weibullvariate", ["alpha", "beta"], function (alpha, beta) {
    const u = 1 - rand(this);
    return mkfloat(toNum(alpha) * libm.pow(-libm.log(u), fdiv(1, toNum(beta))));
  });
});

/**
 * SystemRandom: Random drawing from the platform's cryptographic source (`crypto.getRandomValues`,
 * in blocks of 624 words) instead of the Mersenne Twister; seed() does nothing and the state
 * methods raise NotImplementedError, as in CPython.
 */
export const SystemRandom = mkclass("SystemRandom", [Random], (C) => {
  C.__module__ = "random";
  C.__init__ = method("__init__", ["x"], function (x) {
    this.$state = { mt: new Uint32Array(N), mti: N, sys: true };
    this.gauss_next = null;
    return null;
  }, { defaults: 1 });
  C.seed = method("seed", ["a", "version"], function () {
    return null;
  }, { defaults: 2 });
  const noState = function () {
    throw NotImplementedError("System entropy source does not have state.");
  };
  C.getstate = method("getstate", [], noState);
  C.setstate = method("setstate", ["state"], noState);
});

// ---------------------------------------------------------------- module-level functions

let hidden = null;

/** The module's hidden instance, seeded from the platform's randomness on first use. */
function inst() {
  return hidden ?? (hidden = Random());
}

/** The method `name` bound to the hidden instance, with a `$sig` without `self`. */
function bound(name) {
  const m = Random[name];
  const sig = m.$sig;
  const f = (...args) => m.apply(inst(), args);
  return withSig(f, name, sig.params.slice(1), { defaults: sig.defaults, kwonly: sig.kwonly, qual: sig.qual });
}

export const seed = bound("seed");
export const getstate = bound("getstate");
export const setstate = bound("setstate");
export const getrandbits = bound("getrandbits");
export const randbytes = bound("randbytes");
export const randrange = bound("randrange");
export const randint = bound("randint");
export const choice = bound("choice");
export const shuffle = bound("shuffle");
export const sample = bound("sample");
export const choices = bound("choices");
export const uniform = bound("uniform");
export const triangular = bound("triangular");
export const normalvariate = bound("normalvariate");
export const gauss = bound("gauss");
export const lognormvariate = bound("lognormvariate");
export const expovariate = bound("expovariate");
export const vonmisesvariate = bound("vonmisesvariate");
export const gammavariate = bound("gammavariate");
export const betavariate = bound("betavariate");
export const paretovariate = bound("paretovariate");
export const weibullvariate = bound("weibullvariate");

/** random.random(), the hot path: straight to the hidden instance's generator. */
export function random() {
  return mkfloat(nextFloat(state(inst())));
}
