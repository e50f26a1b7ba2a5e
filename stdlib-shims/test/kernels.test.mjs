// The committed wasm's simd128 dense kernels (runtime/src/ops.rs `matmul_f64`, lu_blocked.rs)
// against plain JS references: the native `cargo test` in runtime/ runs the scalar fallbacks
// only, so these are the tests of the f64x2 code paths the programs run.
import { test } from "node:test";
import assert from "node:assert";
import * as K from "../numpy/_wasm.mjs";
import { hasFma, matmulFma } from "../numpy/_fma.mjs";

const FLOAT = 2;

function data(len, seed) {
  const out = new Float64Array(len);
  let s = seed;
  for (let i = 0; i < len; i++) {
    s = (s * 1103515245 + 12345) % 2147483648;
    out[i] = s / 2147483648 - 0.5;
  }
  return out;
}

/** `sum over p ascending of a[i, p] * b[p, j]`, a multiply then an add: matmul_f64's order. */
function plain(a, b, n, k, m) {
  const out = new Float64Array(n * m);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      let s = 0;
      for (let p = 0; p < k; p++) s += a[i * k + p] * b[p * m + j];
      out[i * m + j] = s;
    }
  }
  return out;
}

function transpose(x, r, c) {
  const out = new Float64Array(r * c);
  for (let i = 0; i < r; i++) for (let j = 0; j < c; j++) out[j * r + i] = x[i * c + j];
  return out;
}

const SHAPES = [
  [1, 1, 1], [4, 4, 4], [5, 7, 9], [1, 37, 41], [41, 37, 1], [1, 9, 1], [6, 1, 10],
  [33, 65, 31], [64, 64, 64], [200, 200, 200], [203, 198, 201],
];

test("matmulF64 is the plain sum, bit for bit, in every operand layout", () => {
  for (const [n, k, m] of SHAPES) {
    const a = data(n * k, n + 7 * k), b = data(k * m, m + 3 * k), want = plain(a, b, n, k, m);
    const at = transpose(a, n, k), bt = transpose(b, k, m);
    for (const [x, xt, y, yt] of [[a, false, b, false], [at, true, b, false], [a, false, bt, true], [at, true, bt, true]]) {
      const got = K.matmulF64(x, xt, y, yt, n, k, m);
      assert.deepStrictEqual(Array.from(got), Array.from(want), `${n}x${k}x${m} a_t=${xt} b_t=${yt}`);
    }
  }
});

/** `s + a * b` rounded once (Dekker's product, two-sum): linalg.mjs's `fmaAcc`. */
function fmaAcc(s, a, b) {
  const p = a * b, r = s + p;
  let t = 134217729 * a;
  const ah = t - (t - a), al = a - ah;
  t = 134217729 * b;
  const bh = t - (t - b), bl = b - bh;
  const e = ah * bh - p + ah * bl + al * bh + al * bl;
  const bb = r - s;
  return r + (s - (r - bb) + (p - bb) + e);
}

test("matmulFma is the fused sum, bit for bit, in every operand layout", (t) => {
  if (!hasFma()) {
    t.skip("no relaxed SIMD FMA here");
    return;
  }
  for (const [n, k, m] of [...SHAPES, [37, 256, 9], [8, 3, 300]]) {
    const a = data(n * k, n + 7 * k), b = data(k * m, m + 3 * k), want = new Float64Array(n * m);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < m; j++) {
        let s = 0;
        for (let p = 0; p < k; p++) s = fmaAcc(s, a[i * k + p], b[p * m + j]);
        want[i * m + j] = s;
      }
    }
    const at = transpose(a, n, k), bt = transpose(b, k, m);
    for (const [x, xt, y, yt] of [[a, false, b, false], [at, true, b, false], [a, false, bt, true], [at, true, bt, true]]) {
      const got = new Float64Array(n * m + 3);
      matmulFma(x, xt, y, yt, n, k, m, got, 3);
      assert.deepStrictEqual(Array.from(got.subarray(3)), Array.from(want), `${n}x${k}x${m} a_t=${xt} b_t=${yt}`);
    }
  }
});

test("matmulBlock (float64) is the plain sum, bit for bit", () => {
  for (const [n, k, m] of SHAPES) {
    const a = data(n * k, 11 * n + k), b = data(k * m, 5 * m + k);
    assert.deepStrictEqual(Array.from(K.matmulBlock(FLOAT, n, k, m, a, b)), Array.from(plain(a, b, n, k, m)), `${n}x${k}x${m}`);
  }
});

/** The packed result `[dtype, ndim, ...shape, ...data]` of a linalg kernel: its data. */
function payload(r) {
  return r.subarray(2 + r[1]);
}

test("blocked inv and solve (simd128 GEMM updates) invert and solve", () => {
  for (const n of [1, 5, 17, 31, 32, 33, 47, 64, 97, 200]) {
    const a = data(n * n, 3 * n + 1);
    for (let i = 0; i < n; i++) a[i * n + i] += n; // well conditioned
    const sa = new Int32Array([n, n]);
    const inv = payload(K.linalg_inv(FLOAT, sa, a, FLOAT, new Int32Array(0), new Float64Array(0)));
    const id = plain(a, inv, n, n, n);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        const err = Math.abs(id[i * n + j] - (i === j ? 1 : 0));
        assert.ok(err < 1e-12, `inv n=${n} (${i},${j}) off by ${err}`);
      }
    }
    for (const k of [1, 3, 8]) {
      const b = data(n * k, 7 * n + k);
      const x = payload(K.linalg_solve(FLOAT, sa, a, FLOAT, new Int32Array(k === 1 ? [n] : [n, k]), b));
      const r = plain(a, x, n, n, k);
      for (let i = 0; i < n * k; i++) assert.ok(Math.abs(r[i] - b[i]) < 1e-11, `solve n=${n} k=${k} row ${i}`);
    }
  }
});
