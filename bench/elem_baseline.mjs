// Hand-written JS baseline for bench/numpy_elems.py: the same loops over a Float64Array.
// Prints ns/element of each loop (node bench/elem_baseline.mjs).
const n = 200_000, reps = 20;
const a = new Float64Array(n);
const m = new Float64Array(400 * 500).fill(1);

function writeLoop(a) {
  for (let i = 0; i < a.length; i++) a[i] = i * 0.5;
}
function readLoop(a, k) {
  let acc = 0;
  for (let i = 0; i < a.length; i++) acc += a[i] * k;
  return acc;
}
function read2d(m, rows, cols) {
  let s = 0;
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) s += m[i * cols + j];
  return s;
}

// CPU time (user + system, microseconds): steadier than wall time on a loaded machine.
const now = () => { const u = process.cpuUsage(); return u.user + u.system; };
let total = 0;
const t0 = now();
for (let r = 0; r < reps; r++) writeLoop(a);
const t1 = now();
for (let r = 0; r < reps; r++) total += readLoop(a, 1 + r);
const t2 = now();
for (let r = 0; r < reps; r++) total += read2d(m, 400, 500);
const t3 = now();
console.log(total);
const ns = (dt, cnt) => ((dt * 1000) / (reps * cnt)).toFixed(2);
console.error(`write: ${ns(t1 - t0, n)} ns/elem`);
console.error(`read: ${ns(t2 - t1, n)} ns/elem`);
console.error(`read2d: ${ns(t3 - t2, 400 * 500)} ns/elem`);
