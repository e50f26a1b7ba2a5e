// The block functions of `hashlib` (stdlib-py/hashlib.py): MD5, SHA-1, SHA-256 and SHA-512 over
// whole blocks of a bytes object, in 32-bit integer arithmetic. hashlib keeps the state (a list
// of ints), the buffering and the padding in Python. Not a Python module users import.
//
//   h = _hashcore.blocks("sha256", h, data, n)   # compresses data[:n], n a multiple of 64

import { normInt } from "./rt/num.mjs";
import { mkbytes } from "./rt/bytes.mjs";

const MD5_S = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];
// MD5's constants are floor(abs(sin(i + 1)) * 2**32); SHA-256's and SHA-512's the fractional
// bits of the cube roots of the first 64 and 80 primes, computed here (exactly, in BigInt).
let MD5_K = null, K256 = null, K512H = null, K512L = null;

function md5K() {
  if (MD5_K !== null) return MD5_K;
  MD5_K = new Uint32Array(64);
  for (let i = 0; i < 64; i++) MD5_K[i] = Math.floor(Math.abs(Math.sin(i + 1)) * 2 ** 32);
  return MD5_K;
}

/** The integer cube root of n (a BigInt), rounded down. */
function icbrt(n) {
  let x = BigInt(Math.floor(Math.cbrt(Number(n))));
  // Newton steps from the double estimate, then fix the last unit.
  for (let k = 0; k < 8; k++) x = (2n * x + n / (x * x)) / 3n;
  while (x * x * x > n) x -= 1n;
  while ((x + 1n) ** 3n <= n) x += 1n;
  return x;
}

function shaK() {
  if (K256 !== null) return;
  const primes = [];
  for (let p = 2; primes.length < 80; p++) {
    let prime = true;
    for (const q of primes) if (p % q === 0) { prime = false; break; }
    if (prime) primes.push(p);
  }
  K256 = new Uint32Array(64);
  K512H = new Uint32Array(80);
  K512L = new Uint32Array(80);
  for (let i = 0; i < 80; i++) {
    // frac(cbrt(p)) * 2**64 = cbrt(p * 2**192) mod 2**64
    const f = icbrt(BigInt(primes[i]) << 192n) & 0xffffffffffffffffn;
    K512H[i] = Number(f >> 32n);
    K512L[i] = Number(f & 0xffffffffn);
    if (i < 64) K256[i] = K512H[i];
  }
}

function md5(h, s, n) {
  const K = md5K(), w = new Int32Array(16);
  let a0 = h[0] | 0, b0 = h[1] | 0, c0 = h[2] | 0, d0 = h[3] | 0;
  for (let off = 0; off < n; off += 64) {
    for (let i = 0; i < 16; i++) {
      const o = off + 4 * i;
      w[i] = s.charCodeAt(o) | (s.charCodeAt(o + 1) << 8) | (s.charCodeAt(o + 2) << 16) | (s.charCodeAt(o + 3) << 24);
    }
    let a = a0, b = b0, c = c0, d = d0;
    for (let i = 0; i < 64; i++) {
      let f, g;
      if (i < 16) {
        f = (b & c) | (~b & d);
        g = i;
      } else if (i < 32) {
        f = (d & b) | (~d & c);
        g = (5 * i + 1) & 15;
      } else if (i < 48) {
        f = b ^ c ^ d;
        g = (3 * i + 5) & 15;
      } else {
        f = c ^ (b | ~d);
        g = (7 * i) & 15;
      }
      f = (f + a + K[i] + w[g]) | 0;
      a = d;
      d = c;
      c = b;
      const r = MD5_S[(i >> 4) * 4 + (i & 3)];
      b = (b + ((f << r) | (f >>> (32 - r)))) | 0;
    }
    a0 = (a0 + a) | 0;
    b0 = (b0 + b) | 0;
    c0 = (c0 + c) | 0;
    d0 = (d0 + d) | 0;
  }
  return [a0 >>> 0, b0 >>> 0, c0 >>> 0, d0 >>> 0];
}

function be32(s, o) {
  return (s.charCodeAt(o) << 24) | (s.charCodeAt(o + 1) << 16) | (s.charCodeAt(o + 2) << 8) | s.charCodeAt(o + 3);
}

function sha1(h, s, n) {
  const w = new Int32Array(80);
  let h0 = h[0] | 0, h1 = h[1] | 0, h2 = h[2] | 0, h3 = h[3] | 0, h4 = h[4] | 0;
  for (let off = 0; off < n; off += 64) {
    for (let i = 0; i < 16; i++) w[i] = be32(s, off + 4 * i);
    for (let i = 16; i < 80; i++) {
      const x = w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16];
      w[i] = (x << 1) | (x >>> 31);
    }
    let a = h0, b = h1, c = h2, d = h3, e = h4;
    for (let i = 0; i < 80; i++) {
      let f, k;
      if (i < 20) {
        f = (b & c) | (~b & d);
        k = 0x5a827999;
      } else if (i < 40) {
        f = b ^ c ^ d;
        k = 0x6ed9eba1;
      } else if (i < 60) {
        f = (b & c) | (b & d) | (c & d);
        k = 0x8f1bbcdc;
      } else {
        f = b ^ c ^ d;
        k = 0xca62c1d6;
      }
      const t = (((a << 5) | (a >>> 27)) + f + e + k + w[i]) | 0;
      e = d;
      d = c;
      c = (b << 30) | (b >>> 2);
      b = a;
      a = t;
    }
    h0 = (h0 + a) | 0;
    h1 = (h1 + b) | 0;
    h2 = (h2 + c) | 0;
    h3 = (h3 + d) | 0;
    h4 = (h4 + e) | 0;
  }
  return [h0 >>> 0, h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

const rotr = (x, n) => (x >>> n) | (x << (32 - n));

function sha256(h, s, n) {
  shaK();
  const K = K256, w = new Int32Array(64), H = Int32Array.from(h, (v) => v | 0);
  for (let off = 0; off < n; off += 64) {
    for (let i = 0; i < 16; i++) w[i] = be32(s, off + 4 * i);
    for (let i = 16; i < 64; i++) {
      const x = w[i - 15], y = w[i - 2];
      const s0 = rotr(x, 7) ^ rotr(x, 18) ^ (x >>> 3);
      const s1 = rotr(y, 17) ^ rotr(y, 19) ^ (y >>> 10);
      w[i] = (w[i - 16] + s0 + w[i - 7] + s1) | 0;
    }
    let a = H[0], b = H[1], c = H[2], d = H[3], e = H[4], f = H[5], g = H[6], hh = H[7];
    for (let i = 0; i < 64; i++) {
      const S1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25);
      const ch = (e & f) ^ (~e & g);
      const t1 = (hh + S1 + ch + K[i] + w[i]) | 0;
      const S0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22);
      const maj = (a & b) ^ (a & c) ^ (b & c);
      const t2 = (S0 + maj) | 0;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    H[0] = (H[0] + a) | 0;
    H[1] = (H[1] + b) | 0;
    H[2] = (H[2] + c) | 0;
    H[3] = (H[3] + d) | 0;
    H[4] = (H[4] + e) | 0;
    H[5] = (H[5] + f) | 0;
    H[6] = (H[6] + g) | 0;
    H[7] = (H[7] + hh) | 0;
  }
  return Array.from(H, (v) => v >>> 0);
}

/** SHA-512 with each 64-bit word as two 32-bit halves (hi, lo). */
function sha512(h, s, n) {
  shaK();
  const Hh = new Int32Array(8), Hl = new Int32Array(8);
  for (let i = 0; i < 8; i++) {
    const v = BigInt.asUintN(64, BigInt(h[i]));
    Hh[i] = Number(v >> 32n) | 0;
    Hl[i] = Number(v & 0xffffffffn) | 0;
  }
  const wh = new Int32Array(80), wl = new Int32Array(80);
  const st = new Int32Array(16); // a..h as (hi, lo)
  for (let off = 0; off < n; off += 128) {
    for (let i = 0; i < 16; i++) {
      wh[i] = be32(s, off + 8 * i);
      wl[i] = be32(s, off + 8 * i + 4);
    }
    for (let i = 16; i < 80; i++) {
      // s0 = rotr1 ^ rotr8 ^ shr7 of w[i-15]; s1 = rotr19 ^ rotr61 ^ shr6 of w[i-2]
      let xh = wh[i - 15], xl = wl[i - 15];
      const s0h = ((xh >>> 1) | (xl << 31)) ^ ((xh >>> 8) | (xl << 24)) ^ (xh >>> 7);
      const s0l = ((xl >>> 1) | (xh << 31)) ^ ((xl >>> 8) | (xh << 24)) ^ ((xl >>> 7) | (xh << 25));
      xh = wh[i - 2];
      xl = wl[i - 2];
      const s1h = ((xh >>> 19) | (xl << 13)) ^ ((xl >>> 29) | (xh << 3)) ^ (xh >>> 6);
      const s1l = ((xl >>> 19) | (xh << 13)) ^ ((xh >>> 29) | (xl << 3)) ^ ((xl >>> 6) | (xh << 26));
      let lo = (wl[i - 16] >>> 0) + (s0l >>> 0) + (wl[i - 7] >>> 0) + (s1l >>> 0);
      const hi = wh[i - 16] + s0h + wh[i - 7] + s1h + Math.floor(lo / 4294967296);
      wh[i] = hi | 0;
      wl[i] = lo | 0;
    }
    for (let i = 0; i < 8; i++) {
      st[2 * i] = Hh[i];
      st[2 * i + 1] = Hl[i];
    }
    for (let i = 0; i < 80; i++) {
      const ah = st[0], al = st[1], bh = st[2], bl = st[3], ch_ = st[4], cl = st[5];
      const eh = st[8], el = st[9], fh = st[10], fl = st[11], gh = st[12], gl = st[13];
      // S1 = rotr14 ^ rotr18 ^ rotr41 of e; S0 = rotr28 ^ rotr34 ^ rotr39 of a
      const S1h = ((eh >>> 14) | (el << 18)) ^ ((eh >>> 18) | (el << 14)) ^ ((el >>> 9) | (eh << 23));
      const S1l = ((el >>> 14) | (eh << 18)) ^ ((el >>> 18) | (eh << 14)) ^ ((eh >>> 9) | (el << 23));
      const chh = (eh & fh) ^ (~eh & gh), chl = (el & fl) ^ (~el & gl);
      let lo = (st[15] >>> 0) + (S1l >>> 0) + (chl >>> 0) + K512L[i] + (wl[i] >>> 0);
      const t1h = (st[14] + S1h + chh + K512H[i] + wh[i] + Math.floor(lo / 4294967296)) | 0;
      const t1l = lo | 0;
      const S0h = ((ah >>> 28) | (al << 4)) ^ ((al >>> 2) | (ah << 30)) ^ ((al >>> 7) | (ah << 25));
      const S0l = ((al >>> 28) | (ah << 4)) ^ ((ah >>> 2) | (al << 30)) ^ ((ah >>> 7) | (al << 25));
      const majh = (ah & bh) ^ (ah & ch_) ^ (bh & ch_), majl = (al & bl) ^ (al & cl) ^ (bl & cl);
      lo = (S0l >>> 0) + (majl >>> 0);
      const t2h = (S0h + majh + Math.floor(lo / 4294967296)) | 0;
      const t2l = lo | 0;
      st.copyWithin(2, 0, 14); // h = g, g = f, ..., b = a
      lo = (st[9] >>> 0) + (t1l >>> 0); // e = d + t1 (d is now at 8, 9)
      st[8] = (st[8] + t1h + Math.floor(lo / 4294967296)) | 0;
      st[9] = lo | 0;
      lo = (t1l >>> 0) + (t2l >>> 0);
      st[0] = (t1h + t2h + Math.floor(lo / 4294967296)) | 0;
      st[1] = lo | 0;
    }
    for (let i = 0; i < 8; i++) {
      const lo = (Hl[i] >>> 0) + (st[2 * i + 1] >>> 0);
      Hh[i] = (Hh[i] + st[2 * i] + Math.floor(lo / 4294967296)) | 0;
      Hl[i] = lo | 0;
    }
  }
  const out = [];
  for (let i = 0; i < 8; i++) out.push(normInt((BigInt(Hh[i] >>> 0) << 32n) | BigInt(Hl[i] >>> 0)));
  return out;
}

/**
 * The state after compressing the first `n` bytes of `data` (a bytes object; `n` a multiple of
 * the block size) from state `h` (a list of ints): a new list.
 */
export function blocks(algo, h, data, n) {
  const s = data.$s;
  switch (algo) {
    case "md5": return md5(h, s, n);
    case "sha1": return sha1(h, s, n);
    case "sha256": return sha256(h, s, n);
    case "sha512": return sha512(h, s, n);
  }
  throw new Error("unknown hash " + algo);
}

// ---------------------------------------------------------------- BLAKE2 and SHA-3 (one-shot)
//
//   _hashcore.blake2(data, 64, key, salt, person, True)   # BLAKE2b (False: BLAKE2s)
//   _hashcore.keccak(data, rate, 0x06, outlen)             # SHA3-* (0x1f: SHAKE)
//
// hashlib keeps the whole message for these and hashes it when a digest is asked for.

const SIGMA = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15], [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
  [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4], [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
  [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13], [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
  [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11], [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
  [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5], [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
];
const IV32 = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
const IV64 = [0x6a09e667f3bcc908n, 0xbb67ae8584caa73bn, 0x3c6ef372fe94f82bn, 0xa54ff53a5f1d36f1n,
  0x510e527fade682d1n, 0x9b05688c2b3e6c1fn, 0x1f83d9abfb41bd6bn, 0x5be0cd19137e2179n];
const M64 = 0xffffffffffffffffn;

/** The little-endian word `i` (of `w` bytes) of the latin-1 string `s` from offset `off`. */
function wordLE(s, off, w) {
  if (w === 4) return (s.charCodeAt(off) | (s.charCodeAt(off + 1) << 8) | (s.charCodeAt(off + 2) << 16) | (s.charCodeAt(off + 3) << 24)) >>> 0;
  return BigInt(wordLE(s, off, 4)) | (BigInt(wordLE(s, off + 4, 4)) << 32n);
}

function padTo(s, n) {
  return s.length >= n ? s.slice(0, n) : s + "\0".repeat(n - s.length);
}

function bytesOut(s) {
  return mkbytes(s);
}

export function blake2(data, outlen, key, salt, person, big) {
  const bb = big ? 128 : 64, w = big ? 8 : 4, nr = big ? 12 : 10;
  const kk = key.$s.length;
  const h = big ? IV64.slice() : IV32.slice();
  const param = 0x01010000 ^ (kk << 8) ^ outlen;
  const sp = padTo(salt.$s, 2 * w) + padTo(person.$s, 2 * w);
  if (big) {
    h[0] ^= BigInt(param);
    for (let i = 0; i < 4; i++) h[4 + i] ^= wordLE(sp, i * 8, 8);
  } else {
    h[0] = (h[0] ^ param) >>> 0;
    for (let i = 0; i < 4; i++) h[4 + i] = (h[4 + i] ^ wordLE(sp, i * 4, 4)) >>> 0;
  }
  let s = data.$s;
  if (kk > 0) s = padTo(key.$s, bb) + s;
  const m = new Array(16);
  const v = new Array(16);
  let t = 0;
  const G = big
    ? (a, b, c, d, x, y) => {
      const r = (q, n) => ((q >> BigInt(n)) | (q << BigInt(64 - n))) & M64;
      v[a] = (v[a] + v[b] + x) & M64; v[d] = r(v[d] ^ v[a], 32);
      v[c] = (v[c] + v[d]) & M64; v[b] = r(v[b] ^ v[c], 24);
      v[a] = (v[a] + v[b] + y) & M64; v[d] = r(v[d] ^ v[a], 16);
      v[c] = (v[c] + v[d]) & M64; v[b] = r(v[b] ^ v[c], 63);
    }
    : (a, b, c, d, x, y) => {
      const r = (q, n) => ((q >>> n) | (q << (32 - n))) >>> 0;
      v[a] = (v[a] + v[b] + x) >>> 0; v[d] = r(v[d] ^ v[a], 16);
      v[c] = (v[c] + v[d]) >>> 0; v[b] = r(v[b] ^ v[c], 12);
      v[a] = (v[a] + v[b] + y) >>> 0; v[d] = r(v[d] ^ v[a], 8);
      v[c] = (v[c] + v[d]) >>> 0; v[b] = r(v[b] ^ v[c], 7);
    };
  const compress = (off, last) => {
    for (let i = 0; i < 16; i++) m[i] = wordLE(s, off + i * w, w);
    for (let i = 0; i < 8; i++) {
      v[i] = h[i];
      v[i + 8] = big ? IV64[i] : IV32[i];
    }
    if (big) {
      v[12] ^= BigInt(t) & M64;
      v[13] ^= BigInt(t) >> 64n;
      if (last) v[14] ^= M64;
    } else {
      v[12] = (v[12] ^ (t >>> 0)) >>> 0;
      v[13] = (v[13] ^ Math.floor(t / 4294967296)) >>> 0;
      if (last) v[14] = (~v[14]) >>> 0;
    }
    for (let r = 0; r < nr; r++) {
      const z = SIGMA[r % 10];
      G(0, 4, 8, 12, m[z[0]], m[z[1]]); G(1, 5, 9, 13, m[z[2]], m[z[3]]);
      G(2, 6, 10, 14, m[z[4]], m[z[5]]); G(3, 7, 11, 15, m[z[6]], m[z[7]]);
      G(0, 5, 10, 15, m[z[8]], m[z[9]]); G(1, 6, 11, 12, m[z[10]], m[z[11]]);
      G(2, 7, 8, 13, m[z[12]], m[z[13]]); G(3, 4, 9, 14, m[z[14]], m[z[15]]);
    }
    for (let i = 0; i < 8; i++) h[i] = big ? h[i] ^ v[i] ^ v[i + 8] : (h[i] ^ v[i] ^ v[i + 8]) >>> 0;
  };
  let off = 0;
  while (s.length - off > bb) {
    t += bb;
    compress(off, false);
    off += bb;
  }
  const rest = s.length - off;
  t += rest;
  s = s.slice(off) + "\0".repeat(bb - rest);
  compress(0, true);
  let out = "";
  for (let i = 0; i < 8; i++) {
    for (let k = 0; k < w; k++) {
      out += String.fromCharCode(big ? Number((h[i] >> BigInt(8 * k)) & 0xffn) : (h[i] >>> (8 * k)) & 0xff);
    }
  }
  return bytesOut(out.slice(0, outlen));
}

const KECCAK_RC = [0x0000000000000001n, 0x0000000000008082n, 0x800000000000808An, 0x8000000080008000n,
  0x000000000000808Bn, 0x0000000080000001n, 0x8000000080008081n, 0x8000000000008009n, 0x000000000000008An,
  0x0000000000000088n, 0x0000000080008009n, 0x000000008000000An, 0x000000008000808Bn, 0x800000000000008Bn,
  0x8000000000008089n, 0x8000000000008003n, 0x8000000000008002n, 0x8000000000000080n, 0x000000000000800An,
  0x800000008000000An, 0x8000000080008081n, 0x8000000000008080n, 0x0000000080000001n, 0x8000000080008008n];
// KECCAK_ROT[x + 5 * y]
const KECCAK_ROT = [0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14];

function keccakF(A) {
  const C = new Array(5), B = new Array(25);
  const rot = (q, n) => (n === 0 ? q : ((q << BigInt(n)) | (q >> BigInt(64 - n))) & M64);
  for (let round = 0; round < 24; round++) {
    for (let x = 0; x < 5; x++) C[x] = A[x] ^ A[x + 5] ^ A[x + 10] ^ A[x + 15] ^ A[x + 20];
    for (let x = 0; x < 5; x++) {
      const D = C[(x + 4) % 5] ^ rot(C[(x + 1) % 5], 1);
      for (let y = 0; y < 25; y += 5) A[x + y] ^= D;
    }
    for (let x = 0; x < 5; x++) {
      for (let y = 0; y < 5; y++) B[y + 5 * ((2 * x + 3 * y) % 5)] = rot(A[x + 5 * y], KECCAK_ROT[x + 5 * y]);
    }
    for (let y = 0; y < 25; y += 5) {
      for (let x = 0; x < 5; x++) A[x + y] = B[x + y] ^ ((~B[(x + 1) % 5 + y] & M64) & B[(x + 2) % 5 + y]);
    }
    A[0] ^= KECCAK_RC[round];
  }
}

export function keccak(data, rate, pad, outlen) {
  const A = new Array(25).fill(0n);
  let s = data.$s;
  const q = rate - (s.length % rate);
  s += q === 1 ? String.fromCharCode(pad | 0x80) : String.fromCharCode(pad) + "\0".repeat(q - 2) + "\x80";
  for (let off = 0; off < s.length; off += rate) {
    for (let i = 0; i < rate / 8; i++) A[i] ^= wordLE(s, off + 8 * i, 8);
    keccakF(A);
  }
  let out = "";
  for (;;) {
    for (let i = 0; i < rate / 8 && out.length < outlen; i++) {
      for (let k = 0; k < 8; k++) out += String.fromCharCode(Number((A[i] >> BigInt(8 * k)) & 0xffn));
    }
    if (out.length >= outlen) break;
    keccakF(A);
  }
  return bytesOut(out.slice(0, outlen));
}
