// Run by compiler/tests/js_interop.rs after `pyjs compile greet.py -o OUT` (copied into OUT): the
// compiled program as a browser runs it (no `process`), with the page's `globalThis.pyjsIO`
// hooks taking its output and answering `input()`.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const out = [];
const answers = ["Ada", "x", "y"];
globalThis.pyjsIO = {
  write: (stream, text) => out.push([stream, text]),
  readline: () => answers.shift() ?? null,
};
// A browser fetches the source map and the .py by synchronous XMLHttpRequest; here from files.
globalThis.XMLHttpRequest = class {
  open(method, url) {
    this.path = url.startsWith("file://") ? fileURLToPath(url) : url;
  }
  send() {
    try {
      this.responseText = readFileSync(this.path, "utf8");
      this.status = 200;
    } catch {
      this.status = 404;
    }
  }
};
const proc = globalThis.process;
Object.defineProperty(globalThis, "process", { value: undefined, configurable: true, writable: true });
try {
  await import("./greet.mjs");
  // The traceback printer is loaded (a dynamic import) only once the exception reached the top.
  for (let i = 0; i < 100 && !out.some(([s]) => s === "stderr"); i++) await new Promise((r) => setTimeout(r, 10));
} finally {
  Object.defineProperty(globalThis, "process", { value: proc, configurable: true, writable: true });
}
const stdout = out.filter(([s]) => s === "stdout").map(([, t]) => t).join("");
const stderr = out.filter(([s]) => s === "stderr").map(([, t]) => t).join("");
assert.equal(stdout, "Your name: Hello, Ada!\n0 1 2 \nmore: x\nmore: y\ndone\n");
assert.match(stderr, /^Traceback \(most recent call last\):\n  File ".*greet\.py", line 12, in <module>\n    print\(1 \/ 0\)\n          ~~\^~~\nZeroDivisionError: division by zero\n$/);
console.log("browser io ok");
