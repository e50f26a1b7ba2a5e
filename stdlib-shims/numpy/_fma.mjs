// Float64 matrix products with hardware fused multiply-adds: a tiny WebAssembly module of its
// own (runtime/wat/matmul_fma.wat, relaxed SIMD's f64x2.relaxed_madd), loaded at the first
// product that can use it. Each element sums a[i, p] * b[p, j] from 0.0, p ascending, each step
// rounded once: OpenBLAS dgemm's bits for k <= 256 (NumPy's BLAS on FMA hardware), the same as
// linalg.mjs's emulated `fmaAcc`, and faster than the unfused simd128 kernel. Where relaxed
// SIMD is missing or does not fuse, `hasFma()` is false and the callers keep their own paths. Node 20 validates relaxed SIMD only behind a V8 flag, set here before compiling.

// runtime/build-wasm.sh writes this line (wasm-as of the .wat).
const WASM = "AGFzbQEAAAABEwJgA3x8fAF8YAh/f39/f39/fwACCAEBZQFtAgABAwMCAAEHCgIBcAAAAm1tAAEKyQYCFAAgAP0UIAH9FCAC/RT9hwL9IQALsQYCDn8LeyAFQQN0IQogBkEDdCELIARBfHEhDCAGQXxxIQ0gAyAFQQV0aiETQQAhCQJAA0AgCSANTw0BIAMhEiAHBEAgASAJIApsaiEUA0AgEiAUKwMAOQMAIBQgCmohDyASIA8rAwA5AwggDyAKaiEPIBIgDysDADkDECAPIApqIQ8gEiAPKwMAOQMYIBRBCGohFCASQSBqIRIgEiATSQ0ACwUgASAJQQN0aiEUA0AgEiAU/QAEAP0LBAAgEiAU/QAEEP0LBBAgFCALaiEUIBJBIGohEiASIBNJDQALC0EAIQgCQANAIAggDE8NASAAIAggCmxqIQ4gDiAKaiEPIA8gCmohECAQIApqIRH9DAAAAAAAAAAAAAAAAAAAAAAhFiAWIRcgFiEYIBYhGSAWIRogFiEbIBYhHCAWIR0gAyESA0AgEv0ABAAhHyAS/QAEECEgIA79CgMAIR4gHiAfIBb9hwIhFiAeICAgF/2HAiEXIA/9CgMAIR4gHiAfIBj9hwIhGCAeICAgGf2HAiEZIBD9CgMAIR4gHiAfIBr9hwIhGiAeICAgG/2HAiEbIBH9CgMAIR4gHiAfIBz9hwIhHCAeICAgHf2HAiEdIA5BCGohDiAPQQhqIQ8gEEEIaiEQIBFBCGohESASQSBqIRIgEiATSQ0ACyACIAggBmwgCWpBA3RqIRQgFCAW/QsEACAUIBf9CwQQIBQgC2ohFCAUIBj9CwQAIBQgGf0LBBAgFCALaiEUIBQgGv0LBAAgFCAb/QsEECAUIAtqIRQgFCAc/QsEACAUIB39CwQQIAhBBGohCAwACwALIAlBBGohCQwACwALQQggCyAHGyEVQQAhCAJAA0AgCCAETw0BIA1BACAIIAxJGyEJAkADQCAJIAZPDQEgACAIIApsaiEOIA4gCmohEyABIAkgCmwgCUEDdCAHG2ohEv0MAAAAAAAAAAAAAAAAAAAAACEWA0AgDv0KAwAgEv0KAwAgFv2HAiEWIA5BCGohDiASIBVqIRIgDiATSQ0ACyACIAggBmwgCWpBA3RqIBb9IQA5AwAgCUEBaiEJDAALAAsgCEEBaiEIDAALAAsL";

let X = null, F = null, state = 0; // 0: not tried, 1: ready, 2: unavailable

/**
 * The exports of the relaxed-SIMD module `b64` (base64), or null where relaxed SIMD is missing
 * or its `p(a, b, c)` (`f64x2.relaxed_madd` of a, b, c) does not fuse. Also `_trigfma.mjs`'s.
 * `mem`: the WebAssembly.Memory the module imports (as `e.m`), if it imports one.
 */
export function relaxedModule(b64, mem) {
  try {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    if (!WebAssembly.validate(bytes)) globalThis.process?.getBuiltinModule?.("node:v8")?.setFlagsFromString("--experimental-wasm-relaxed-simd");
    const x = new WebAssembly.Instance(new WebAssembly.Module(bytes), mem === undefined ? undefined : { e: { m: mem } }).exports;
    // 1 + 2**-30 times 1 - 2**-30 is 1 - 2**-60: minus 1 gives -2**-60 fused, 0 unfused.
    return x.p(1 + 2 ** -30, 1 - 2 ** -30, -1) === -(2 ** -60) ? x : null;
  } catch {
    // No relaxed SIMD here.
    return null;
  }
}

/**
 * An instance of the product module on a memory of at least `bytes` bytes. Never
 * `memory.grow`: that detaches the memory's old ArrayBuffer, and the first detach in a process
 * makes V8 check for detached buffers at every typed-array access of optimized code from then
 * on (its ArrayBufferDetaching protector: the runtime's JS loops ~1.7x slower). A product that
 * needs more gets a new instance on a new memory (at least twice as large), the old one is
 * garbage.
 */
function load(bytes) {
  const mem = new WebAssembly.Memory({ initial: Math.ceil(bytes / 65536) });
  X = relaxedModule(WASM, mem);
  state = X === null ? 2 : 1;
  F = X === null ? null : new Float64Array(mem.buffer);
}

/** Whether `matmulFma` can run here (loads the module the first time). */
export function hasFma() {
  if (state === 0) load(1 << 20);
  return state === 1;
}

/**
 * `out[oo..] = a @ b` for C-ordered `n x k` `a` (`aT`: its `k x n` transpose) and `k x m` `b`
 * (`bT`: its `m x k` transpose), all float64, `k >= 1`, after `hasFma()` said yes.
 */
export function matmulFma(a, aT, b, bT, n, k, m, out, oo) {
  const nk = n * k, km = k * m, nm = n * m;
  const need = 8 * (nk + km + nm + 4 * k);
  if (F.byteLength < need) load(Math.max(need, 2 * F.byteLength));
  if (aT) {
    for (let p = 0; p < k; p++) for (let i = 0, q = p * n; i < n; i++) F[i * k + p] = a[q + i];
  } else F.set(a.length === nk ? a : a.subarray(0, nk), 0);
  F.set(b.length === km ? b : b.subarray(0, km), nk);
  X.mm(0, 8 * nk, 8 * (nk + km), 8 * (nk + km + nm), n, k, m, bT ? 1 : 0);
  out.set(F.subarray(nk + km, nk + km + nm), oo);
}
