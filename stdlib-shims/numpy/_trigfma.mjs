// np.sin/np.cos of float64 data with hardware fused multiply-adds: a small WebAssembly module of
// its own (runtime/trig-fma, relaxed SIMD's f64x2.relaxed_madd), loaded at the first sin/cos of
// 64+ elements. The same bits as the exact kernel (runtime/src/trig.rs, its multiply-adds
// emulated when in doubt), ~1.4x faster. Where relaxed SIMD is missing or does not fuse,
// `trigFma` returns -1 and the caller keeps that kernel (`_fma.mjs::relaxedModule` loads it).

import { relaxedModule } from "./_fma.mjs";

// runtime/build-wasm.sh writes this line.
const WASM = "AGFzbQEAAAABEwNgA3x8fAF8YAN/f38Bf2AAAX8DBAMAAQIFAwEAAQYNAn8AQeAlC38AQeAlCwc1BgZtZW1vcnkCAAFwAAADcnVuAAEDdGFiAAIKX19kYXRhX2VuZAMAC19faGVhcF9iYXNlAwEMAQEKgQwDFAAgAP0UIAH9FCAC/RT9hwL9IQAL4wsCBX82e0HwByIEQYAINgIAIAQoAgAhAyAE/Qz//////////////////////QwAAAAAAAAAAAAAAAAAAAAAIAIb/QsEACAE/QAEACEOIAT9DAEAAAAAAAAAAQAAAAAAAAD9CwQAAkAgAUUEQEEAIQIMAQsgA/0KA+gBISQgA0H4AUHwASACG2r9CgMAISUgBP0ABAAiESAO/U4hHyAR/QwDAAAAAAAAAAMAAAAAAAAA/dUBISYgA/0KAyghFCAD/QoDqAEhJyAD/QoDsAEhKCAD/QoDuAEhKSAD/QoDwAEhKiAD/QoDyAEhKyAD/QoDQCEsIAP9CgNIIS0gA/0KA1AhLiAD/QoD0AEhLyAD/QoD2AEhMCAD/QoDMCExIAP9CgM4ISAgA/0KAwAhFSAD/QoDCCEyIA79TSEzIAP9CgNgIRYgA/0KA1ghNCAD/QoDoAEhNSAD/QoDmAEhNiAD/QoDkAEhNyAD/QoDiAEhOCAD/QoDICEXIAP9CgMYIRIgA/0KAxAhOSAD/QoD4AEhISAD/QoDaCEiIAP9CgN4ITogA/0KA3AhOyAD/QoDgAEhPEEAIQIDQCAiIAD9AAAAIhggGCASIBj97AEiCSA8/UkiGf1SIBn9wwEiAxsiD/3yASINICEgDf3wASIIICH98QEiCv3xASIM/ewBIDn9SiAJIAkgEiAZ/VIgAxsiGiA6/UkiC/1P/VMEQCAIIA8gIiAN/e0B/YcCIAz98AEiCSAS/UogCCAR/U4gEf3WASIIIAkgEv1H/U79UCIN/dEBIAkgF/1JIAggCSAX/Uf9Tv1QIgn9zgEhCCAKIA0gFP1O/fABIAkgFP1O/fEBIQoLIA8gOCAK/fIB/fEBIDcgCv3yAf3xASIJIAkgNiAK/fIBIg398QEiCf3xASAN/fEBIAkgCSA1IAr98gEiCf3xASIK/fEBIAn98QH98AEhCSAIIB/9zgEhDSAL/VMEQCAPIDQgGv3xASIIIBb98AEgCCAO/VIiEyAKIAv9UiAaIDv9SSIM/VIhCiAfICYgESAPIBX9Sf1SIDP9TiANIAv9UiAM/VIhDSAVIAggE/3xASAW/fABIBYgDv1SIAkgC/1SIAz9UiEJCyAVIQggCv3sASIMIDL9SSAN/QwBAAAAAAAAAAEAAAAAAAAA/U4iC/0M//////////////////////3OASIT/U4iI/3DAUUEQCAxICAgDP3wASAg/fEBIhv98gEiEP0hAPwDIgQgC/3BASIL/RsAQQJxIgVrQQN0QZAKav0AAwAiHCAQ/SEB/AMiBiAL/RsCQQJxIgdrQQN0QZAKav0AAwAiEP0NAAECAwQFBgcQERITFBUWFyAkIAv9TiId/VEgDCAb/fEBIAn97QEgCSAKIAj9SSIbIAogCP1LIAv9Uv1SIh4gC/1O/fABIgggCCAIIAj98gEiDP3yASAvIDAgDP3yAf3wAf3yASATIB79TiIe/fAB/fABIj0gPSAcIBD9DQgJCgsMDQ4PGBkaGxwdHh8gHf1R/fIBIARBA3QgBUEDdGpBgApq/QADACIQIAZBA3QgB0EDdGpBgApq/QADACIc/Q0ICQoLDA0ODxgZGhscHR4f/fABIh0gCCAe/fIBIAwgLCAMIC0gLiAM/fIB/fAB/fIB/fAB/fIB/fABIgwgECAc/Q0AAQIDBAUGBxAREhMUFRYXIgj98gH98QEgCP3tASAMIB39hwIgC/1S/YcCIAj98AEiCP3tASAIIBsgE/1O/VIhCAsgA0UgAmohAiAj/VMEQCAKICcgCiAK/fIBIgsgKCALICkgCyAqICsgC/3yAf3wAf3yAf3wAf3yAf3wAf3yAf3wASAKIBcgCf3yAf2HAiALIAn9hwL98AEgCCAj/VIhCAsgACAUIA8gDv1SIAj97QEgCCANQT79ywFBP/3MAf1SIgggGiAl/UkiCv1SIAggCv1TGyIIIAggGCAZ/VIgAxv9CwAAIABBEGohACABQQFrIgENAAsLIAILBQBBgAoLC4ACAQBBiAgL+AFU46WbxCDAP5U1oJT//98/AAAAAAAA4D8AAAAAAADgvwAAAAAAAPA/AAAAAAAAgEAAAAAAAADIQgAAAAAAAOA/NVVVVVVVpb854tnta8FWPxgtRFT7Ifk/B1wUMyamkTyDyMltMF/kPwAAAAAAYOs/AAAAAP1oA0AAAAAA+yGZQQAAAFj7Ifk/AAAAPJfeTb4AAACYs7OMvNcu4yN/dM26VVVVVVVVxb/ODhERERGBP7gI2xmgASq/2X6ae+Idxz5Z3/zC/91avhVVVVVVVcW/L4cp6BARgT8AAAAAAAA4QwAAAAAAAACAAAAAAAAAUD4AAAAAAABAPg==";

// Never `memory.grow`: growing detaches the memory's old ArrayBuffer, and the first detach in a
// process makes V8 check for detached buffers at every typed-array access of optimized code from
// then on (its ArrayBufferDetaching protector): every JS loop of the runtime ~1.7x slower. So
// the arguments go through in chunks that fit the module's one page.
let X = null, F = null, B = 0, CHUNK = 0, state = 0; // 0: not tried, 1: ready, 2: unavailable

function load(table) {
  const x = relaxedModule(WASM);
  state = 2;
  if (x === null) return;
  new Float64Array(x.memory.buffer, x.tab(), 444).set(table);
  X = x;
  B = (x.__heap_base.value + 15) & ~15;
  F = new Float64Array(x.memory.buffer);
  // An even count (the kernel works in pairs, an odd last chunk uses one more slot).
  CHUNK = ((x.memory.buffer.byteLength - B) >> 4) << 1;
  state = 1;
}

/**
 * `r[i] = sin(s[i])` (`cosine` false) or `cos(s[i])` for `i < r.length` (`s` the same length,
 * may be `r`), except that arguments of magnitude 105414350 and above, infinities and NaN are
 * copied unchanged; returns how many pairs held one, or -1 (nothing done) without hardware
 * FMA. `table`: `_libm.mjs::sinCosTable()`.
 */
export function trigFma(s, r, cosine, table) {
  if (state === 0) load(table);
  if (state !== 1) return -1;
  const n = r.length, o = B >> 3;
  let left = 0;
  for (let c = 0; c < n; c += CHUNK) {
    const e = Math.min(n, c + CHUNK);
    F.set(c === 0 && e === n ? s : s.subarray(c, e), o);
    left += X.run(B, (e - c + 1) >> 1, cosine ? 1 : 0);
    r.set(F.subarray(o, o + e - c), c);
  }
  return left;
}
