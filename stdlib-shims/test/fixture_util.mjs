// Runs a fixture of test/fixtures/: NAME.mjs.txt is hand-written JS of the kind pyjs generates
// for NAME.py; NAME.out (and NAME.err, when the program fails) hold what python3 printed for
// NAME.py. (The JS is kept as .txt because `node --test` runs every .mjs under test/.)
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync, copyFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import assert from "node:assert/strict";

const HERE = dirname(fileURLToPath(import.meta.url));
const FIXTURES = join(HERE, "fixtures");
const BUILTINS = pathToFileURL(join(HERE, "..", "builtins.mjs")).href;

/** Lines CPython 3.11 prints under a traceback's source line to point at the expression. */
const CARETS = /^ *[~^]+\n/gm;

/** Run fixture `name` (in a fresh working directory) and compare with CPython's output. */
export function checkFixture(name, { input = "", status = 0 } = {}) {
  const cwd = mkdtempSync(join(tmpdir(), "pyjs-fixture-"));
  try {
    // The program runs from a copy next to its .py (and source map, if any), as pyjs lays it out.
    const js = readFileSync(join(FIXTURES, `${name}.mjs.txt`), "utf8").replace('"../../builtins.mjs"', JSON.stringify(BUILTINS));
    writeFileSync(join(cwd, `${name}.mjs`), js);
    copyFileSync(join(FIXTURES, `${name}.py`), join(cwd, `${name}.py`));
    if (existsSync(join(FIXTURES, `${name}.mjs.map`))) copyFileSync(join(FIXTURES, `${name}.mjs.map`), join(cwd, `${name}.mjs.map`));
    const r = spawnSync(process.execPath, [join(cwd, `${name}.mjs`)], { input, cwd, encoding: "utf8" });
    assert.equal(r.stdout, readFileSync(join(FIXTURES, `${name}.out`), "utf8"), `stdout of ${name}\n${r.stderr}`);
    const errFile = join(FIXTURES, `${name}.err`);
    // Caret lines are compared without: this JS and its map are hand-written, with column
    // mappings only where a test needs them (compiler/tests/traceback.rs checks the carets of
    // real compiled programs against python3).
    const expectedErr = existsSync(errFile) ? readFileSync(errFile, "utf8").replace(CARETS, "") : "";
    assert.equal(r.stderr.replace(CARETS, ""), expectedErr, `stderr of ${name}`);
    assert.equal(r.status, status, `exit status of ${name}`);
  } finally {
    rmSync(cwd, { recursive: true, force: true });
  }
}
