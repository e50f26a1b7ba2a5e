// Float64 matrix products with hardware fused multiply-adds: a tiny WebAssembly module of its
// own (runtime/wat/matmul_fma.wat, relaxed SIMD's f64x2.relaxed_madd), loaded at the first
// product that can use it. Each element sums a[i, p] * b[p, j] from 0.0, p ascending, each step
// rounded once: OpenBLAS dgemm's bits for k <= 256 (NumPy's BLAS on FMA hardware), the same as
// linalg.mjs's emulated `fmaAcc`, and faster than the unfused simd128 kernel. Where relaxed
// SIMD is missing or does not fuse, `hasFma()` is false and the callers keep their own paths. Node 20 validates relaxed SIMD only behind a V8 flag, set here before compiling.

// runtime/build-wasm.sh writes this line (wasm-as of the .wat).
const WASM = "AGFzbQEAAAABEwJgA3x8fAF8YAh/f39/f39/fwADAwIAAQUDAQABBxADA21lbQIAAXAAAAJtbQABCskGAhQAIAD9FCAB/RQgAv0U/YcC/SEAC7EGAg5/C3sgBUEDdCEKIAZBA3QhCyAEQXxxIQwgBkF8cSENIAMgBUEFdGohE0EAIQkCQANAIAkgDU8NASADIRIgBwRAIAEgCSAKbGohFANAIBIgFCsDADkDACAUIApqIQ8gEiAPKwMAOQMIIA8gCmohDyASIA8rAwA5AxAgDyAKaiEPIBIgDysDADkDGCAUQQhqIRQgEkEgaiESIBIgE0kNAAsFIAEgCUEDdGohFANAIBIgFP0ABAD9CwQAIBIgFP0ABBD9CwQQIBQgC2ohFCASQSBqIRIgEiATSQ0ACwtBACEIAkADQCAIIAxPDQEgACAIIApsaiEOIA4gCmohDyAPIApqIRAgECAKaiER/QwAAAAAAAAAAAAAAAAAAAAAIRYgFiEXIBYhGCAWIRkgFiEaIBYhGyAWIRwgFiEdIAMhEgNAIBL9AAQAIR8gEv0ABBAhICAO/QoDACEeIB4gHyAW/YcCIRYgHiAgIBf9hwIhFyAP/QoDACEeIB4gHyAY/YcCIRggHiAgIBn9hwIhGSAQ/QoDACEeIB4gHyAa/YcCIRogHiAgIBv9hwIhGyAR/QoDACEeIB4gHyAc/YcCIRwgHiAgIB39hwIhHSAOQQhqIQ4gD0EIaiEPIBBBCGohECARQQhqIREgEkEgaiESIBIgE0kNAAsgAiAIIAZsIAlqQQN0aiEUIBQgFv0LBAAgFCAX/QsEECAUIAtqIRQgFCAY/QsEACAUIBn9CwQQIBQgC2ohFCAUIBr9CwQAIBQgG/0LBBAgFCALaiEUIBQgHP0LBAAgFCAd/QsEECAIQQRqIQgMAAsACyAJQQRqIQkMAAsAC0EIIAsgBxshFUEAIQgCQANAIAggBE8NASANQQAgCCAMSRshCQJAA0AgCSAGTw0BIAAgCCAKbGohDiAOIApqIRMgASAJIApsIAlBA3QgBxtqIRL9DAAAAAAAAAAAAAAAAAAAAAAhFgNAIA79CgMAIBL9CgMAIBb9hwIhFiAOQQhqIQ4gEiAVaiESIA4gE0kNAAsgAiAIIAZsIAlqQQN0aiAW/SEAOQMAIAlBAWohCQwACwALIAhBAWohCAwACwALCw==";

let X = null, state = 0; // 0: not tried, 1: ready, 2: unavailable

/**
 * The exports of the relaxed-SIMD module `b64` (base64), or null where relaxed SIMD is missing
 * or its `p(a, b, c)` (`f64x2.relaxed_madd` of a, b, c) does not fuse. Also `_trigfma.mjs`'s.
 */
export function relaxedModule(b64) {
  try {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    if (!WebAssembly.validate(bytes)) globalThis.process?.getBuiltinModule?.("node:v8")?.setFlagsFromString("--experimental-wasm-relaxed-simd");
    const x = new WebAssembly.Instance(new WebAssembly.Module(bytes)).exports;
    // 1 + 2**-30 times 1 - 2**-30 is 1 - 2**-60: minus 1 gives -2**-60 fused, 0 unfused.
    return x.p(1 + 2 ** -30, 1 - 2 ** -30, -1) === -(2 ** -60) ? x : null;
  } catch {
    // No relaxed SIMD here.
    return null;
  }
}

function load() {
  X = relaxedModule(WASM);
  state = X === null ? 2 : 1;
}

/** Whether `matmulFma` can run here (loads the module the first time). */
export function hasFma() {
  if (state === 0) load();
  return state === 1;
}

/**
 * `out[oo..] = a @ b` for C-ordered `n x k` `a` (`aT`: its `k x n` transpose) and `k x m` `b`
 * (`bT`: its `m x k` transpose), all float64, `k >= 1`, after `hasFma()` said yes.
 */
export function matmulFma(a, aT, b, bT, n, k, m, out, oo) {
  const nk = n * k, km = k * m, nm = n * m;
  const need = 8 * (nk + km + nm + 4 * k);
  const mem = X.mem;
  if (mem.buffer.byteLength < need) mem.grow(Math.ceil((need - mem.buffer.byteLength) / 65536));
  const F = new Float64Array(mem.buffer);
  if (aT) {
    for (let p = 0; p < k; p++) for (let i = 0, q = p * n; i < n; i++) F[i * k + p] = a[q + i];
  } else F.set(a.length === nk ? a : a.subarray(0, nk), 0);
  F.set(b.length === km ? b : b.subarray(0, km), nk);
  X.mm(0, 8 * nk, 8 * (nk + km), 8 * (nk + km + nm), n, k, m, bT ? 1 : 0);
  out.set(F.subarray(nk + km, nk + km + nm), oo);
}
