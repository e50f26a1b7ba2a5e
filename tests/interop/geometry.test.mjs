// Run by compiler/tests/js_interop.rs after `pyjs compile geometry.py --lib -o OUT` (this file is
// copied into OUT): JavaScript code using a compiled module through pyjs/js-interop.mjs.
import assert from "node:assert/strict";
import * as geometry from "./geometry.mjs";
import { api, toJS, toPy, pyFloat } from "./pyjs/js-interop.mjs";

// Every module global but imported modules (`np`): `dataclass` is one, as in Python.
const g = api(geometry);
assert.deepEqual(Object.keys(g).sort(), ["Point", "__name__", "by_length", "column_means", "dataclass", "factorial", "fail", "mean", "scale", "summary", "total", "transpose_flat"]);
assert.equal(g.__name__, "geometry");

// Numbers: a float result is a JS number even when integral; ints past 2**53 are BigInts.
assert.equal(g.mean([1, 2, 4]), 7 / 3);
assert.equal(g.mean([2, 2]), 2);
assert.equal(g.factorial(5), 120);
assert.equal(g.factorial(25), 15511210043330985984000000n);

// Containers: dicts with str keys become objects, other dicts Maps; tuples become arrays.
assert.deepEqual(g.summary(["a", "bb", "a"]), { total: 3, counts: { a: 2, bb: 1 }, longest: "bb", pair: [1, 2] });
assert.deepEqual(g.by_length(["a", "bb"]), new Map([[1, "a"], [2, "bb"]]));
assert.deepEqual(toJS(toPy({ k: [1, null, new Set([3])] })), { k: [1, null, new Set([3])] });
assert.equal(toJS(pyFloat(2)), 2);

// Classes: calling one makes a Python object; its methods answer Python values.
const p = g.Point(3, 4);
assert.equal(toJS(p.norm()), 5);

// NumPy: typed arrays in (a Float64Array without copying), typed arrays out.
const data = new Float64Array([1, 2, 3, 4, 5, 6]);
assert.deepEqual(g.scale(data, 2), new Float64Array([2, 4, 6, 8, 10, 12]));
assert.deepEqual(g.scale([1, 2], 0.5), new Float64Array([0.5, 1]));
assert.deepEqual(g.column_means(data, 2), new Float64Array([2.5, 3.5, 4.5]));
assert.deepEqual(g.transpose_flat(data, 2), new Float64Array([1, 4, 2, 5, 3, 6]));
assert.deepEqual(g.scale(new Int32Array([1, 2]), 3), new Float64Array([3, 6]));
assert.equal(g.total(data), 21);
const view = toJS(toPy(data));
view[0] = 100;
assert.equal(data[0], 100, "a Float64Array passes through without a copy");

// Exceptions: a JS Error with the Python class name, message and traceback.
assert.throws(() => g.fail("b"), (e) => {
  assert.ok(e instanceof Error);
  assert.equal(e.name, "KeyError");
  assert.equal(e.message, "'b'");
  assert.match(e.pythonTraceback, /File ".*geometry\.py", line \d+, in fail\n/);
  assert.match(e.pythonTraceback, /KeyError: 'b'\n$/);
  return true;
});
console.log("js-interop ok");
