// The object model (rt/object.mjs). Expected values were printed by python3 (CPython 3.11).
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkFixture } from "./fixture_util.mjs";
import {
  mangleAttr, mkclass, fn, callkw, KwArgs, splitkw, kwtake, kwrest, kwnone, kwrequired, exc, str, repr, ga,
  TypeError, AttributeError, isinstance, issubclass, int, bool, object, type, typename, len, mktuple,
} from "../builtins.mjs";

const sig = (name, params, o = {}) => ({
  name, qual: name, params, nposonly: 0, defaults: 0, varargs: false, kwonly: [], kwdefaults: [], varkw: false,
  method: false, ...o,
});

/** The message of the Python exception `f` raises. */
function raised(f) {
  try {
    f();
  } catch (e) {
    return `${typename(exc(e))}: ${str(exc(e))}`;
  }
  return "no exception";
}

test("classes, methods, properties, super, exceptions (object_classes.py)", () => checkFixture("object_classes"));
test("builtin subclasses, __init_subclass__, slots, keywords, attributes (object_more.py)", () => checkFixture("object_more"));

test("mangleAttr follows compiler/src/names.rs", () => {
  assert.equal(mangleAttr("name"), "name$");
  assert.equal(mangleAttr("constructor"), "constructor$");
  assert.equal(mangleAttr("append"), "append");
});

test("keyword placement and CPython's argument errors", () => {
  // def f(a, b, c=1, *, d, e=2)
  const f = fn(function f$$(a, b, c, ...$rest) {
    const $k = splitkw($rest);
    if (c === undefined) c = 1;
    const d = kwtake($k, "d");
    let e = kwtake($k, "e");
    if (e === undefined) e = 2;
    kwnone($k, "f");
    if (d === undefined) kwrequired(f$$, [d], $k);
    return mktuple(a, b, c, d, e);
  }, sig("f", ["a", "b", "c"], { defaults: 1, kwonly: ["d", "e"], kwdefaults: ["e"] }));
  assert.equal(repr(callkw(f, [1], new Map([["b", 2], ["d", 4]]))), "(1, 2, 1, 4, 2)");
  assert.equal(raised(() => callkw(f, [], new Map())), "TypeError: f() missing 2 required positional arguments: 'a' and 'b'");
  assert.equal(raised(() => callkw(f, [1], new Map())), "TypeError: f() missing 1 required positional argument: 'b'");
  assert.equal(raised(() => callkw(f, [1, 2], new Map([["x", 1]]))), "TypeError: f() got an unexpected keyword argument 'x'");
  assert.equal(raised(() => callkw(f, [1, 2], new Map([["a", 1], ["d", 1]]))), "TypeError: f() got multiple values for argument 'a'");
  assert.equal(raised(() => callkw(f, [1, 2], new Map())), "TypeError: f() missing 1 required keyword-only argument: 'd'");
  // def g(a, b=2) / def h() / def k(a, b, c)
  const g = fn(function g$$() { return null; }, sig("g", ["a", "b"], { defaults: 1 }));
  const h = fn(function h$$() { return null; }, sig("h", []));
  const k = fn(function k$$() { return null; }, sig("k", ["a", "b", "c"]));
  assert.equal(raised(() => callkw(g, [1, 2, 3], new Map())), "TypeError: g() takes from 1 to 2 positional arguments but 3 were given");
  assert.equal(raised(() => callkw(h, [1], new Map())), "TypeError: h() takes 0 positional arguments but 1 was given");
  assert.equal(raised(() => callkw(k, [], new Map())), "TypeError: k() missing 3 required positional arguments: 'a', 'b', and 'c'");
  // **kwargs collects the rest
  const v = fn(function v$$(...$rest) { return kwrest(splitkw($rest)); }, sig("v", [], { varkw: true }));
  assert.equal(repr(callkw(v, [], new Map([["x", 1], ["y", 2]]))), "{'x': 1, 'y': 2}");
  assert.equal(repr(v(new KwArgs(new Map([["z", 3]])))), "{'z': 3}");
});

test("MRO conflicts are CPython's TypeError", () => {
  const A = mkclass("A", [], () => {}, null);
  const B = mkclass("B", [A], () => {}, null);
  assert.equal(raised(() => mkclass("C", [A, B], () => {}, null)),
    "TypeError: Cannot create a consistent method resolution\norder (MRO) for bases A, B");
});

test("types of JS values", () => {
  assert.ok(isinstance(true, int) && issubclass(bool, int) && isinstance(5, object));
  assert.equal(type(3).__name__, "int");
  assert.equal(repr(type(null)), "<class 'NoneType'>");
  assert.equal(repr(mktuple(int, type)), "(<class 'int'>, <class 'type'>)");
  assert.equal(raised(() => len(5)), "TypeError: object of type 'int' has no len()");
});

test("JS errors become Python exceptions", () => {
  assert.equal(raised(() => null.foo), "AttributeError: 'NoneType' object has no attribute 'foo'");
  const deep = () => deep();
  assert.equal(raised(deep), "RecursionError: maximum recursion depth exceeded");
  assert.equal(raised(() => ga(5, "foo")), "AttributeError: 'int' object has no attribute 'foo'");
  assert.ok(isinstance(exc(new globalThis.TypeError("x")), TypeError));
  assert.ok(isinstance(exc(AttributeError("x")), AttributeError));
});
