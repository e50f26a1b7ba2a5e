// Loads the NumPy kernels (`_kernels_bg.wasm`, built by runtime/build-wasm.sh) once, when a
// program imports numpy: top-level await, so the module graph waits for it. Node reads the
// file next to this module; a browser fetches it (no bundler needed).

import { initSync } from "./_kernels.mjs";

const url = new URL("./_kernels_bg.wasm", import.meta.url);
let bytes;
if (globalThis.process?.versions?.node !== undefined) {
  const fs = await import("node:fs");
  bytes = fs.readFileSync(url);
} else {
  bytes = await (await fetch(url)).arrayBuffer();
}
initSync({ module: bytes });

export * from "./_kernels.mjs";
