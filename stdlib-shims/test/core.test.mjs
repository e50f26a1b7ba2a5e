// Builtins, iteration, output and the traceback printer (rt/core.mjs). Expected outputs were
// printed by python3 (CPython 3.11) for the fixtures' .py files.
import { test } from "node:test";
import { checkFixture } from "./fixture_util.mjs";

test("builtin functions, iteration, unpacking, formatting (builtins_misc.py)", () => checkFixture("builtins_misc"));

test("tracebacks through a source map, with chained exceptions (traceback_chain.py)", () =>
  checkFixture("traceback_chain", { status: 1 }));

test("input(), open() and SystemExit with a message (io_exit.py)", () =>
  checkFixture("io_exit", { input: "Ada\nx\ny", status: 1 }));
