// Python's `abc` module (CPython 3.11): ABC, ABCMeta, abstractmethod, abstractproperty,
// abstractclassmethod, abstractstaticmethod, get_cache_token, update_abstractmethods.
//
// `ABC.__init_subclass__` (run by the runtime when a subclass is made) computes the class's
// `__abstractmethods__` the way ABCMeta.__new__ does, and gives an abstract class an allocator
// (`$alloc`, what `object.__new__` uses) that raises CPython's
// `TypeError: Can't instantiate abstract class Shape with abstract methods area, perimeter`.
// A class that names `metaclass=ABCMeta` without deriving from ABC is not checked (the runtime
// runs no metaclass code when it makes a class).

import {
  mkclass, type, object, frozenset, property, classmethod, staticmethod, ga, isinstance, issubclass, typename, truthy, tuple_of,
  TypeError,
} from "./builtins.mjs";
import { withSig } from "./_shim.mjs";

export const __name__ = "abc";

// `__isabstractmethod__` of a property (any of its functions is abstract), classmethod and
// staticmethod (their function is), as CPython's descriptors compute it; assigning it (what
// abstractproperty does) stores a flag.
const isAbstractFn = (f) => {
  if (f === null || f === undefined) return false;
  try {
    return truthy(ga(f, "__isabstractmethod__"));
  } catch {
    return false;
  }
};
for (const [C, fns] of [
  [property, (p) => [p.fget, p.fset, p.fdel]],
  [classmethod, (c) => [c.__func__]],
  [staticmethod, (c) => [c.__func__]],
]) {
  Object.defineProperty(C, "__isabstractmethod__", {
    get() {
      return this !== C && (this.$abstract === true || fns(this).some(isAbstractFn));
    },
    set(v) {
      Object.defineProperty(this, "$abstract", { value: truthy(v), writable: true, configurable: true });
    },
    configurable: true,
  });
}

function rt(f) {
  f.$rt = true;
  return f;
}

/** Whether a class attribute value is abstract (`__isabstractmethod__`). */
function isAbstract(v) {
  if (v === null || v === undefined) return false;
  if (typeof v === "function") {
    if (v.__isabstractmethod__ === true) return true;
    return v.$func !== undefined && v.$func.__isabstractmethod__ === true;
  }
  if (typeof v === "object") {
    if (v.__isabstractmethod__ !== undefined && v.__isabstractmethod__ !== null && v.$isclass === true && !isProperty(v)) {
      return truthy(v.__isabstractmethod__);
    }
    if (isProperty(v)) return [v.fget, v.fset, v.fdel].some((f) => isAbstract(f)) || v.__isabstractmethod__ === true;
    if (v.__func__ !== undefined) return isAbstract(v.__func__) || v.__isabstractmethod__ === true;
  }
  return false;
}

function isProperty(v) {
  return v !== null && typeof v === "object" && v.$isclass === true && isinstance(v, property);
}

/** The Python name of an own property key of a class, or null. */
function pyKey(k) {
  if (typeof k !== "string") return null;
  if (k.includes("$")) return k.endsWith("$") && !k.slice(0, -1).includes("$") ? k.slice(0, -1) : null;
  if (["length", "name", "prototype", "constructor", "caller", "arguments"].includes(k)) return null;
  return k;
}

/** The value a class's own attribute stands for (a property, classmethod function, ...). */
function ownValue(C, key) {
  const d = Object.getOwnPropertyDescriptor(C, key);
  if ("value" in d) return d.value;
  if (d.get !== undefined) {
    if (d.get.$prop !== undefined) return d.get.$prop;
    if (d.get.$func !== undefined) return d.get.$func;
    if (d.get.$descr !== undefined) return d.get.$descr;
  }
  return undefined;
}

/** The class attribute `name` as getattr(cls, name, None) gives it (for abstractness). */
function classValue(C, name) {
  try {
    return ga(C, name);
  } catch (e) {
    if (e?.$exc === true) return null;
    throw e;
  }
}

/** ABCMeta.__new__'s computation of __abstractmethods__ (names, in set insertion order). */
function computeAbstracts(C) {
  const names = [];
  for (const key of Object.getOwnPropertyNames(C)) {
    const n = pyKey(key);
    if (n === null || n === "__abstractmethods__") continue;
    if (isAbstract(ownValue(C, key)) && !names.includes(n)) names.push(n);
  }
  for (const B of C.$bases) {
    const inherited = Object.hasOwn(B, "$abstracts") ? B.$abstracts : [];
    for (const n of inherited) {
      if (names.includes(n)) continue;
      if (isAbstract(classValue(C, n))) names.push(n);
    }
  }
  return names;
}

/** Record C's abstract methods and make instantiation raise when there are any. */
function setAbstracts(C) {
  const names = computeAbstracts(C);
  C.$abstracts = names;
  C.__abstractmethods__ = frozenset(names);
  // The allocator object.__new__ uses: the inherited one, unless the class is abstract.
  const inherited = Object.getPrototypeOf(C)?.$alloc;
  const real = Object.hasOwn(C, "$alloc") && C.$alloc?.$abcThrower !== true ? C.$alloc
    : inherited?.$abcThrower === true ? inherited.$real : inherited;
  if (names.length === 0) {
    Object.defineProperty(C, "$alloc", { value: real, writable: true, configurable: true, enumerable: false });
    return;
  }
  const sorted = names.slice().sort();
  const thrower = function () {
    throw TypeError(`Can't instantiate abstract class ${C.__name__} with abstract method${sorted.length === 1 ? "" : "s"} ${sorted.join(", ")}`);
  };
  thrower.$abcThrower = true;
  thrower.$real = real;
  Object.defineProperty(C, "$alloc", { value: thrower, writable: true, configurable: true, enumerable: false });
}

// ================================================================== ABCMeta, ABC

/** ABCs with a registry, for `issubclass` through registered subclasses' ABCs. */
const REGISTERED = [];

export const ABCMeta = mkclass("ABCMeta", [type], (C) => {
  C.__module__ = "abc";
  C.register = rt(function (subclass) {
    if (!(typeof subclass === "function" && subclass.$isclass === true)) throw TypeError("Can only register classes");
    if (!Object.hasOwn(this, "$registry")) this.$registry = [];
    if (!this.$registry.includes(subclass)) this.$registry.push(subclass);
    if (!REGISTERED.includes(this)) REGISTERED.push(this);
    return subclass;
  });
  C.__instancecheck__ = rt(function (instance) {
    return ABCMeta.__subclasscheck__.call(this, type(instance));
  });
  C.__subclasscheck__ = rt(function (subclass) {
    if (subclass.$mro.includes(this)) return true;
    if (Object.hasOwn(this, "$registry") && this.$registry.some((R) => subclass.$mro.includes(R))) return true;
    // A class registered with a subclass of this ABC (int with Integral is a Real).
    for (const A of REGISTERED) {
      if (A !== this && A.$mro.includes(this) && A.$registry.some((R) => subclass.$mro.includes(R))) return true;
    }
    const hook = this.__subclasshook__;
    if (typeof hook === "function") {
      const r = hook.call(this, subclass);
      if (r === true || r === false) return r;
    }
    return false;
  });
  // `class N(metaclass=ABCMeta)` (numbers.Number, user ABCs without the ABC base): ABCMeta's
  // __new__ computes __abstractmethods__ (ABC subclasses also get it from __init_subclass__).
  C.__init__ = rt(function () {
    setAbstracts(this);
    return null;
  });
  C._abc_registry_clear = rt(function () {
    this.$registry = [];
    return null;
  });
  C._dump_registry = rt(function () {
    return null;
  });
});

export const ABC = mkclass("ABC", [], (C) => {
  C.__module__ = "abc";
  const init = function () {
    setAbstracts(this);
    return null;
  };
  withSig(init, "__init_subclass__", ["cls"], { method: true, varkw: true, qual: "ABC.__init_subclass__" });
  C.__init_subclass__ = init;
}, ABCMeta);
ABC.$abstracts = [];
// `Cls.register(X)` compiles to a plain method call on the class, which does not reach
// metaclass methods: ABC classes get it as a class attribute too.
Object.defineProperty(ABC, "register", {
  get() {
    const cls = typeof this === "function" && this.$isclass === true ? this : Object.getPrototypeOf(this);
    const f = ABCMeta.register;
    const b = f.bind(cls);
    b.$self = cls;
    b.$func = f;
    return b;
  },
  enumerable: true,
  configurable: true,
});
ABC.__abstractmethods__ = frozenset([]);

// ================================================================== decorators

/** @abstractmethod: mark a function (or descriptor) abstract. */
export function abstractmethod(funcobj) {
  if (funcobj !== null && (typeof funcobj === "function" || typeof funcobj === "object")) {
    try {
      funcobj.__isabstractmethod__ = true;
    } catch {
      // frozen objects cannot be marked
    }
  }
  return funcobj;
}

/** abstractproperty (deprecated): a property that is abstract. */
export function abstractproperty(...args) {
  const p = property(...args);
  p.__isabstractmethod__ = true;
  return p;
}

export function abstractclassmethod(f) {
  f.__isabstractmethod__ = true;
  return classmethod(f);
}

export function abstractstaticmethod(f) {
  f.__isabstractmethod__ = true;
  return staticmethod(f);
}

export function get_cache_token() {
  return 0;
}

/** update_abstractmethods(cls): recompute after the class was changed. */
export function update_abstractmethods(cls) {
  if (Object.hasOwn(cls, "$abstracts") || cls.$abstracts !== undefined) setAbstracts(cls);
  return cls;
}
