// Small helpers that generated code needs beyond the contract's core: literals of dicts and
// sets, loop iteration, pattern matching, imports, and argument errors. Each is named in
// compiler/src/lower/ where it is emitted. Owned by the compiler side.

import { Dict, PySet, Tuple, mkdict, dict_methods } from "./containers.mjs";
import { iter } from "./core.mjs";
import {
  NameError, UnboundLocalError, TypeError, RuntimeError, ImportError, AttributeError, ga, matches, tooManyPositional, typename, mkclass, dict, rm,
  isclass, isinstance,
} from "./object.mjs";

/** Accessors for module globals hidden by an enclosing function's local (lower/mod.rs `$G`). */
export function gbox(spec) {
  const o = {};
  for (const k of Object.keys(spec)) Object.defineProperty(o, k, { get: spec[k][0], set: spec[k][1] });
  return o;
}

/** `sys.modules`: the compiled modules imported so far (sys.mjs adds itself); made on first use
 * (containers.mjs may still be initializing when this file is evaluated). */
let sysModules = null;
export function sys_modules() {
  if (sysModules === null) sysModules = new Dict();
  return sysModules;
}

/** A compiled module's init registers its namespace before its body runs. */
export function register_module(ns, name) {
  if (ns === undefined) return;
  sys_modules().set(name, ns);
  // A submodule is an attribute of its package.
  const dot = name.lastIndexOf(".");
  if (dot > 0) {
    const parent = sys_modules().get(name.slice(0, dot));
    if (parent !== undefined && typeof parent.$pyjs_setattr === "function" && parent[name.slice(dot + 1)] === undefined) {
      parent.$pyjs_setattr(name.slice(dot + 1), ns);
    }
  }
}

/** A name no scope binds: `NameError` when evaluated. */
export function name_error(name, extra, hint) {
  if (extra !== undefined && Object.hasOwn(extra, name)) return extra[name];
  const e = NameError(`name '${name}' is not defined`);
  e.name$ = name;
  if (hint !== undefined) e.$hint = hint;
  throw e;
}

/** The value of a variable that is not bound (declared but not yet assigned, or deleted). */
export const UNBOUND = Object.freeze({ $unbound: true });

/** A read of a function's local variable that found it unbound. */
export function unbound_local(name) {
  const e = UnboundLocalError(`cannot access local variable '${name}' where it is not associated with a value`);
  e.name$ = name;
  throw e;
}

/** A read of a variable of an enclosing function that found it unbound. */
export function unbound_free(name) {
  throw NameError(`cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
}

/** A read of a module-level variable that found it unbound. */
export function unbound_name(name) {
  name_error(name);
}

/**
 * `globals()`/`locals()`/`vars()`: `[name, value(, builtin)]` entries of the variables in scope;
 * unbound ones (and module names still holding the builtin they shadow) are left out.
 */
export function namespace_dict(entries) {
  const flat = [];
  for (const e of entries) {
    const v = e[1];
    if (v === UNBOUND || v === undefined || (e.length === 3 && v === e[2])) continue;
    flat.push(e[0], v);
  }
  return mkdict(flat);
}

let GlobalsDict = null;

/**
 * `globals()` at module level of a module whose text writes through it: a dict (snapshot of the
 * bound globals plus those set through it before) whose stores also rebind the module's
 * variables, through the module's `$pyjs_setattr` (lower/call.rs `namespace_dict`).
 */
export function globals_dict(entries, setattr, extra) {
  if (GlobalsDict === null) {
    const through = (self, k, v) => {
      if (typeof k === "string") self.$gset(k, v);
    };
    GlobalsDict = mkclass("dict", [dict], (C) => {
      C.__module__ = "builtins";
      C.__setitem__ = rm((self, k, v) => {
        dict_methods.__setitem__.call(self, k, v);
        through(self, k, v);
        return null;
      });
      C.update = rm((self, ...args) => {
        dict_methods.update.apply(self, args);
        for (const [k, v] of self.entries()) through(self, k, v);
        return null;
      });
      C.setdefault = rm((self, ...args) => {
        const v = dict_methods.setdefault.apply(self, args);
        through(self, args[0], v);
        return v;
      });
    });
  }
  const d = GlobalsDict();
  d.$gset = setattr;
  for (const e of entries) {
    const v = e[1];
    if (v === UNBOUND || v === undefined || (e.length === 3 && v === e[2])) continue;
    dict_methods.__setitem__.call(d, e[0], v);
  }
  for (const k of Object.keys(extra)) dict_methods.__setitem__.call(d, k, extra[k]);
  return d;
}

/** `super()` in a function without parameters (nested in a method). */
export function super_noargs(msg, typeError) {
  if (typeError === true) throw TypeError(msg);
  throw RuntimeError(msg ?? "super(): no arguments");
}

/** Bare `raise` with no exception being handled. */
export function reraise() {
  return RuntimeError("No active exception to reraise");
}

// ---- match statements ----

/** str, bytes and bytearray never match a sequence pattern (strs are not objects here). */
const NOT_SEQ = new Set(["bytes", "bytearray"]);

/** Sequence pattern: the subject's items as an array, or null if it does not match. */
export function match_seq(s, n, star) {
  let items;
  if (Array.isArray(s)) items = s; // list and Tuple
  else if (s == null || typeof s !== "object" || s instanceof Dict || s instanceof PySet || NOT_SEQ.has(typename(s))) return null;
  else if (typeof s.__len__ === "function" && typeof s.__getitem__ === "function") {
    items = [...iter(s)];
  } else return null;
  return (star ? items.length >= n : items.length === n) ? items : null;
}

/** Mapping pattern: whether the subject is a mapping. */
export function match_map(s) {
  return s instanceof Dict || (s != null && typeof s === "object" && typeof s.keys === "function" && typeof s.__getitem__ === "function");
}

/** A key of a mapping pattern: the value, or undefined when absent. */
export function map_get(s, k) {
  if (s instanceof Dict) return s.get(k);
  try {
    return s.__getitem__(k);
  } catch {
    return undefined;
  }
}

/** `**rest` of a mapping pattern. */
export function map_rest(s, keys) {
  const skip = new Dict();
  for (const k of keys) skip.set(k, true);
  const d = new Dict();
  for (const [k, v] of s.entries()) if (!skip.has(k)) d.set(k, v);
  return d;
}

const SELF_MATCHING = new Set(["bool", "bytearray", "bytes", "dict", "float", "frozenset", "int", "list", "set", "str", "tuple"]);

/** `abs(x=1)`: a builtin that takes no keywords; the arguments after `msg` were evaluated first. */
export function no_kw(msg) {
  throw TypeError(msg);
}

/** The class test of a class pattern `cls(...)`. */
export function match_cls(s, cls) {
  if (!isclass(cls)) throw TypeError("called match pattern must be a type");
  return isinstance(s, cls);
}

/** Positional sub-pattern `i` of a class pattern `cls(...)`: the value, or undefined. */
export function match_pos(s, cls, i, n) {
  if (SELF_MATCHING.has(cls.__name__) && cls.$builtin !== false && i === 0 && n === 1) return s;
  let names;
  try {
    names = ga(cls, "__match_args__");
  } catch {
    throw TypeError(`${cls.__name__}() accepts 0 positional sub-patterns (${n} given)`);
  }
  if (!(names instanceof Tuple)) throw TypeError(`${cls.__name__}.__match_args__ must be a tuple (got ${typename(names)})`);
  if (n > names.length) {
    throw TypeError(`${cls.__name__}() accepts ${names.length} positional sub-pattern${names.length === 1 ? "" : "s"} (${n} given)`);
  }
  return match_attr(s, names[i]);
}

/** A keyword sub-pattern: the attribute, or undefined when the subject lacks it. */
export function match_attr(s, name) {
  try {
    return ga(s, name);
  } catch (e) {
    if (matches(e, AttributeError)) return undefined;
    throw e;
  }
}

// ---- imports ----

/** `import a.b` binds `a` with `b` reachable as an attribute. */
export function pkg_with(pkg, sub, mod) {
  const obj = Object.create(null);
  Object.assign(obj, pkg);
  const parts = sub.split(".");
  let at = obj;
  for (let i = 0; i < parts.length - 1; i++) {
    at[parts[i]] = Object.assign(Object.create(null), at[parts[i]] ?? {});
    at = at[parts[i]];
  }
  at[parts[parts.length - 1]] = mod;
  Object.defineProperty(obj, "$module", { value: pkg.__name__ ?? sub.split(".")[0] });
  return obj;
}

/** `from m import name`. */
export function import_name(mod, name, modname) {
  const v = mod[name];
  if (v === undefined) {
    // A compiled module names its file, as CPython does for a module with `__file__`.
    const file = typeof mod.__file__ === "string" && mod.$pyjs_init !== undefined ? ` (${mod.__file__})` : "";
    const e = ImportError(`cannot import name '${name}' from '${modname}'${file}`);
    e.name$ = modname;
    throw e;
  }
  return v;
}

/**
 * `x: T` in a class body: records `__annotations__['x'] = T`, the value `thunk` evaluates
 * (the source text under `from __future__ import annotations`, or when pyjs cannot evaluate
 * it), and the text in `cls.$annText` (dataclasses/NamedTuple read ClassVar/InitVar/KW_ONLY
 * from it).
 */
export function annotate(cls, name, text, thunk, hint) {
  if (!Object.hasOwn(cls, "__annotations__")) cls.__annotations__ = new Dict();
  // A string annotation's evaluated form, for typing.get_type_hints (see lower/stmt.rs).
  if (hint !== undefined) {
    if (!Object.hasOwn(cls, "$hints")) Object.defineProperty(cls, "$hints", { value: new Map(), enumerable: false, writable: true });
    cls.$hints.set(name, hint);
  }
  if (!Object.hasOwn(cls, "$annText")) Object.defineProperty(cls, "$annText", { value: new Map(), enumerable: false, writable: true });
  cls.$annText.set(name, text);
  let v = text;
  if (thunk !== undefined) {
    try {
      v = thunk();
    } catch {
      v = text;
    }
  }
  cls.__annotations__.set(name, v);
}

// Literal builders live with the containers; re-exported for modules that import them from here.
export { mkdict, mkset } from "./containers.mjs";

/** A compiled function called without one of its required positional arguments, or with too many. */
export function missing_args(f, args, self) {
  const sig = f.$sig;
  const params = sig.method ? sig.params.slice(1) : sig.params;
  // Methods call this when `arguments.length` is past their parameters too; trailing
  // `undefined`s (runtime calls of an optional argument) do not count.
  let given = args.length;
  while (given > params.length && args[given - 1] === undefined) given--;
  if (given > params.length) {
    // A method held as an instance attribute and called through it (see lower/func.rs).
    if (self !== undefined && self !== null && (typeof self === "object" || typeof self === "function")) {
      for (const k of Object.keys(self)) if (self[k] === f) return f.apply(args[0], Array.prototype.slice.call(args, 1));
    }
    throw tooManyPositional(sig, given - params.length, null);
  }
  const nreq = params.length - sig.defaults;
  const missing = params.slice(0, nreq).filter((_, i) => args[i] === undefined).map((p) => `'${p}'`);
  if (missing.length === 0) return;
  const list = missing.length <= 2 ? missing.join(" and ") : `${missing.slice(0, -1).join(", ")}, and ${missing.at(-1)}`;
  const n = missing.length;
  throw TypeError(`${sig.qual}() missing ${n} required positional argument${n === 1 ? "" : "s"}: ${list}`);
}
