// Times the NumPy kernels of the committed WebAssembly (stdlib-shims/numpy/_kernels_bg.wasm)
// one by one, through their wasm-bindgen glue as the shims call them (copies in and out
// included), on the 200x200 operands of a dense linear-algebra loop:
//
//   node runtime/tools/kernel_bench.mjs [DIR]
//
// DIR holds another `_wasm.mjs`/`_kernels.mjs`/`_kernels_bg.wasm` (default: the committed ones),
// e.g. a build with symbol names for `node --cpu-prof` (wasm-bindgen --keep-debug, no wasm-opt).
// CPU time (process.cpuUsage), best of 7 rounds: the machine is shared, minimums are stable.
// Compare with NumPy: the same operations in CPython, `OPENBLAS_NUM_THREADS=1` for one thread.
import { fileURLToPath } from "node:url";
import path from "node:path";

const here = path.dirname(fileURLToPath(import.meta.url));
const dir = path.resolve(process.argv[2] ?? path.join(here, "../../stdlib-shims/numpy"));
const K = await import(path.join(dir, "_wasm.mjs"));
const M = await import(path.join(here, "../../stdlib-shims/_libm.mjs"));
if (!K.sinCosHasTable()) K.sinCosSetTable(M.sinCosTable());

const N = 200, NN = N * N;
const FLOAT = 2;

function cpu() {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function bench(name, f, reps, flops = 0) {
  f();
  let best = Infinity;
  for (let r = 0; r < 7; r++) {
    const t0 = cpu();
    for (let i = 0; i < reps; i++) f();
    best = Math.min(best, (cpu() - t0) / reps);
  }
  const rate = flops > 0 ? `  ${(flops / best / 1e6).toFixed(2).padStart(6)} GFLOP/s` : "";
  console.log(`${name.padEnd(30)} ${best.toFixed(3).padStart(7)} ms${rate}`);
}

// The benchmark's matrices: sin/cos of broadcast arguments plus n on the diagonal.
const a = new Float64Array(NN), b = new Float64Array(NN), sinArg = new Float64Array(NN), cosArg = new Float64Array(NN);
for (let i = 0; i < N; i++) {
  for (let j = 0; j < N; j++) {
    sinArg[i * N + j] = 0.37 * i * 2 + 0.11 * j * j;
    cosArg[i * N + j] = 0.05 * (i + 2 * j);
    a[i * N + j] = Math.sin(sinArg[i * N + j]) + Math.cos(cosArg[i * N + j]) + (i === j ? N : 0);
    b[i * N + j] = Math.cos(0.3 * i + 0.17 * j) + (i === j ? N : 0);
  }
}
const shape = Int32Array.of(N, N), vshape = Int32Array.of(N);
const rhs = Float64Array.from({ length: N }, (_, i) => i - N / 2);
const buf = new Float64Array(NN);

bench("matmulF64 200x200 (C, C)", () => K.matmulF64(a, false, b, false, N, N, N), 30, 2 * N * N * N);
bench("matmulF64 200x200 (C, F: b.T)", () => K.matmulF64(a, false, b, true, N, N, N), 30, 2 * N * N * N);
bench("sinCosF64 sin, 40000", () => { buf.set(sinArg); K.sinCosF64(buf, false); }, 30);
bench("sinCosF64 cos, 40000", () => { buf.set(cosArg); K.sinCosF64(buf, true); }, 30);
// A different matrix each call (the kernels keep the last factorization), and the same one.
let t = 0;
const fresh = () => { a[1] = 0.5 + (t++ % 1000) * 1e-9; };
bench("linalg_inv 200 (factor + inverse)", () => { fresh(); K.linalg_inv(FLOAT, shape, a, FLOAT, shape, a); }, 20, 2 * N * N * N); // LU 2/3 n^3 + inverse 4/3 n^3 flops
bench("linalg_inv 200 (factored)", () => K.linalg_inv(FLOAT, shape, a, FLOAT, shape, a), 20, (4 / 3) * N * N * N);
bench("linalg_solve 200, vector (factor)", () => { fresh(); K.linalg_solve(FLOAT, shape, a, FLOAT, vshape, rhs); }, 20);
bench("linalg_solve 200, vector (factored)", () => K.linalg_solve(FLOAT, shape, a, FLOAT, vshape, rhs), 50);
bench("pairwiseSum 40000", () => K.pairwiseSum(a), 200);
