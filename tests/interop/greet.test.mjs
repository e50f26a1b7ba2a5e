// Run by compiler/tests/js_interop.rs after `pyjs compile greet.py -o OUT` (copied into OUT): the
// compiled program as a browser runs it (no `process`), with the page's `globalThis.pyjsIO`
// hooks taking its output and answering `input()`.
import assert from "node:assert/strict";

const out = [];
const answers = ["Ada", "x", "y"];
globalThis.pyjsIO = {
  write: (stream, text) => out.push([stream, text]),
  readline: () => answers.shift() ?? null,
};
const proc = globalThis.process;
Object.defineProperty(globalThis, "process", { value: undefined, configurable: true, writable: true });
try {
  await import("./greet.mjs");
} finally {
  Object.defineProperty(globalThis, "process", { value: proc, configurable: true, writable: true });
}
const stdout = out.filter(([s]) => s === "stdout").map(([, t]) => t).join("");
const stderr = out.filter(([s]) => s === "stderr").map(([, t]) => t).join("");
assert.equal(stdout, "Your name: Hello, Ada!\n0 1 2 \nmore: x\nmore: y\ndone\n");
// FIXME: in a browser the traceback has no frames (they are read from the source map and the .py
// through node:fs), so only the exception line is printed.
assert.equal(stderr, "ZeroDivisionError: division by zero\n");
console.log("browser io ok");
