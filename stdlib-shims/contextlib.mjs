// Python's `contextlib` module (CPython 3.11): contextmanager, asynccontextmanager, suppress,
// closing, aclosing, nullcontext, ExitStack, AsyncExitStack (partly), ContextDecorator,
// AbstractContextManager, chdir.
//
// Generated `with` code calls `__enter__` and then `__exit__(type, value, None)` (see
// lower/exceptions.rs); the generator-based managers drive the JS generator of the decorated
// function with `next()` / `throw()` as CPython's _GeneratorContextManager does.
// redirect_stdout rebinds `sys.stdout` (and so `print()`; only `print()` when the program did
// not import `sys`, as nothing else can then name it); redirect_stderr rebinds
// `sys.stderr` (so `print(..., file=sys.stderr)` follows it) when the program imported `sys`.

import {
  mkclass, iter, arr, cm, ga, callkw, splitkw, kwrest, isinstance, issubclass, typename, exc, type,
  truthy, tuple_of, BaseException, StopIteration, StopAsyncIteration, RuntimeError, TypeError, Exception,
  GeneratorExit, AttributeError, set_print_target, sys_modules, NotImplemented,
} from "./builtins.mjs";
import { method, withSig } from "./_shim.mjs";
import { getcwd as os_getcwd, chdir as os_chdir } from "./os.mjs";
import { ABCMeta } from "./abc.mjs";

export const __name__ = "contextlib";

function rt(f) {
  f.$rt = true;
  return f;
}

/** The keyword Map of a trailing KwArgs (removed from args). */
function kwMap(args) {
  const k = splitkw(args);
  return k === null ? new Map() : k.map;
}

function call(f, args, kw) {
  return kw.size === 0 ? f(...args) : callkw(f, args, kw);
}

function isJsGen(g) {
  return g !== null && typeof g === "object" && g.$isclass === undefined && typeof g.next === "function" && typeof g.throw === "function";
}

/** next(gen) as {done, value}. */
function genNext(g) {
  if (isJsGen(g)) return g.next();
  try {
    return { done: false, value: cm(g, "__next__") };
  } catch (e) {
    if (e?.$exc === true && isinstance(e, StopIteration)) return { done: true, value: e.value };
    throw e;
  }
}

/** gen.throw(value) as {done, value}. */
function genThrow(g, value) {
  if (isJsGen(g)) return g.throw(value);
  try {
    return { done: false, value: cm(g, "throw", value) };
  } catch (e) {
    if (e?.$exc === true && isinstance(e, StopIteration)) return { done: true, value: e.value };
    throw e;
  }
}

// ================================================================== AbstractContextManager, ContextDecorator

/** CPython's `__subclasshook__` of the two ABCs: the methods are defined (not None) in the MRO. */
function methodsHook(C, names) {
  C.__subclasshook__ = rt(function (sub) {
    if (this !== C) return NotImplemented;
    for (const name of names) {
      const K = sub.$mro.find((K) => Object.hasOwn(K, name) || (K.$methods !== undefined && Object.hasOwn(K.$methods, name)));
      if (K === undefined || K[name] === null) return NotImplemented;
    }
    return true;
  });
}

export const AbstractContextManager = mkclass("AbstractContextManager", [], (C) => {
  C.__module__ = "contextlib";
  methodsHook(C, ["__enter__", "__exit__"]);
  C.__enter__ = method("AbstractContextManager.__enter__", [], function () {
    return this;
  });
  C.__exit__ = method("AbstractContextManager.__exit__", ["exc_type", "exc_value", "traceback"], function () {
    return null;
  });
}, ABCMeta);

export const AbstractAsyncContextManager = mkclass("AbstractAsyncContextManager", [], (C) => {
  C.__module__ = "contextlib";
  methodsHook(C, ["__aenter__", "__aexit__"]);
  C.__aenter__ = method("AbstractAsyncContextManager.__aenter__", [], async function () {
    return this;
  });
  C.__aexit__ = method("AbstractAsyncContextManager.__aexit__", ["exc_type", "exc_value", "traceback"], async function () {
    return null;
  });
}, ABCMeta);

/** Run `body()` inside context manager `mgr` as a `with` statement does. */
function withContext(mgr, body) {
  const exit = ga(mgr, "__exit__");
  cm(mgr, "__enter__");
  let result;
  try {
    result = body();
  } catch (e) {
    const pe = exc(e);
    if (!truthy(exit(type(pe), pe, null))) throw pe;
    return null;
  }
  exit(null, null, null);
  return result;
}

/** ContextDecorator: a context manager usable as a decorator (`@cm()`). */
export const ContextDecorator = mkclass("ContextDecorator", [], (C) => {
  C.__module__ = "contextlib";
  C._recreate_cm = method("ContextDecorator._recreate_cm", [], function () {
    return this;
  });
  C.__call__ = method("ContextDecorator.__call__", ["func"], function (func) {
    const self = this;
    const inner = function (...args) {
      const kw = kwMap(args);
      return withContext(cm(self, "_recreate_cm"), () => call(func, args, kw));
    };
    copyName(inner, func);
    return inner;
  });
});

function copyName(wrapper, func) {
  try {
    wrapper.__wrapped__ = func;
    const sig = func.$sig;
    if (sig !== undefined) {
      wrapper.__name__ = sig.name;
      wrapper.__qualname__ = sig.qual || sig.name;
    }
  } catch {
    // functions without attributes
  }
}

// ================================================================== contextmanager

export const _GeneratorContextManager = mkclass("_GeneratorContextManager", [ContextDecorator, AbstractContextManager], (C) => {
  C.__module__ = "contextlib";
  C.__init__ = method("_GeneratorContextManager.__init__", ["func", "args", "kwds"], function (func, args, kwds) {
    this.func = func;
    this.args = args;
    this.$kw = kwds instanceof Map ? kwds : new Map();
    this.kwds = kwrest({ map: new Map(this.$kw) });
    this.gen = call(func, arr(args), this.$kw);
    return null;
  });
  C._recreate_cm = method("_GeneratorContextManager._recreate_cm", [], function () {
    return _GeneratorContextManager(this.func, this.args, this.$kw);
  });
  C.__enter__ = method("_GeneratorContextManager.__enter__", [], function () {
    // CPython drops args/kwds/func here (only needed to recreate it), so a second `with` on the
    // same object fails on `del self.args`.
    if (!Object.hasOwn(this, "args")) throw AttributeError(`'${typename(this)}' object has no attribute 'args'`);
    delete this.args;
    delete this.kwds;
    delete this.func;
    const r = genNext(this.gen);
    if (r.done) throw RuntimeError("generator didn't yield");
    return r.value;
  });
  C.__exit__ = method("_GeneratorContextManager.__exit__", ["typ", "value", "traceback"], function (typ, value) {
    if (typ === null || typ === undefined) {
      const r = genNext(this.gen);
      if (r.done) return false;
      throw RuntimeError("generator didn't stop");
    }
    if (value === null || value === undefined) value = typ();
    let r;
    try {
      r = genThrow(this.gen, value);
    } catch (e) {
      const pe = exc(e);
      if (pe === value) return false;
      if (isinstance(pe, RuntimeError) && isinstance(value, StopIteration) && pe.__cause__ === value) return false;
      throw pe;
    }
    if (r.done) return true;
    throw RuntimeError("generator didn't stop after throw()");
  });
});

/** @contextmanager: a generator function becomes a context manager factory. */
export function contextmanager(func) {
  const helper = function (...args) {
    const kw = kwMap(args);
    return _GeneratorContextManager(func, tuple_of(args), kw);
  };
  copyName(helper, func);
  return helper;
}

// ================================================================== asynccontextmanager

export const _AsyncGeneratorContextManager = mkclass("_AsyncGeneratorContextManager", [AbstractAsyncContextManager], (C) => {
  C.__module__ = "contextlib";
  C.__init__ = method("_AsyncGeneratorContextManager.__init__", ["func", "args", "kwds"], function (func, args, kwds) {
    this.func = func;
    this.args = args;
    this.kwds = kwrest({ map: new Map(kwds instanceof Map ? kwds : []) });
    this.gen = call(func, arr(args), kwds instanceof Map ? kwds : new Map());
    return null;
  });
  C.__aenter__ = method("_AsyncGeneratorContextManager.__aenter__", [], async function () {
    const r = await this.gen.next();
    if (r.done) throw RuntimeError("generator didn't yield");
    return r.value;
  });
  C.__aexit__ = method("_AsyncGeneratorContextManager.__aexit__", ["typ", "value", "traceback"], async function (typ, value) {
    if (typ === null || typ === undefined) {
      const r = await this.gen.next();
      if (r.done) return false;
      throw RuntimeError("generator didn't stop");
    }
    if (value === null || value === undefined) value = typ();
    let r;
    try {
      r = await this.gen.throw(value);
    } catch (e) {
      const pe = exc(e);
      if (pe === value) return false;
      if (isinstance(pe, RuntimeError) && (isinstance(value, StopIteration) || isinstance(value, StopAsyncIteration)) && pe.__cause__ === value) return false;
      throw pe;
    }
    if (r.done) return true;
    throw RuntimeError("generator didn't stop after athrow()");
  });
});

export function asynccontextmanager(func) {
  const helper = function (...args) {
    const kw = kwMap(args);
    return _AsyncGeneratorContextManager(func, tuple_of(args), kw);
  };
  copyName(helper, func);
  return helper;
}

// ================================================================== small managers

/** suppress(*exceptions) */
export const suppress = mkclass("suppress", [AbstractContextManager], (C) => {
  C.__module__ = "contextlib";
  C.__init__ = method("suppress.__init__", [], function (...exceptions) {
    this._exceptions = tuple_of(exceptions);
    return null;
  }, { varargs: true });
  C.__enter__ = method("suppress.__enter__", [], function () {
    return null;
  });
  C.__exit__ = method("suppress.__exit__", ["exctype", "excinst", "exctb"], function (exctype) {
    return exctype !== null && exctype !== undefined && Array.from(this._exceptions).some((c) => issubclass(exctype, c));
  });
});

/** redirect_stdout(new_target): `print()` writes to new_target inside the block. */
export const redirect_stdout = mkclass("redirect_stdout", [AbstractContextManager], (C) => {
  C.__module__ = "contextlib";
  C.__init__ = method("redirect_stdout.__init__", ["new_target"], function (target) {
    this._new_target = target;
    this._old_targets = [];
    return null;
  });
  C.__enter__ = method("redirect_stdout.__enter__", [], function () {
    // With `sys` imported, rebinding sys.stdout moves print() too (sys.mjs).
    const sys = sys_modules().get("sys");
    if (sys !== undefined) {
      this._old_targets.push(sys.stdout);
      sys.$pyjs_setattr("stdout", this._new_target);
    } else {
      this._old_targets.push(set_print_target(this._new_target));
    }
    return this._new_target;
  });
  C.__exit__ = method("redirect_stdout.__exit__", ["exctype", "excinst", "exctb"], function () {
    const old = this._old_targets.pop();
    const sys = sys_modules().get("sys");
    if (sys !== undefined) sys.$pyjs_setattr("stdout", old);
    else set_print_target(old);
    return null;
  });
});

/** redirect_stderr(new_target): `sys.stderr` is new_target inside the block. Without an
 * imported `sys` nothing in the program can name sys.stderr, so there is nothing to rebind. */
export const redirect_stderr = mkclass("redirect_stderr", [AbstractContextManager], (C) => {
  C.__module__ = "contextlib";
  C.__init__ = method("redirect_stderr.__init__", ["new_target"], function (target) {
    this._new_target = target;
    this._old_targets = [];
    return null;
  });
  C.__enter__ = method("redirect_stderr.__enter__", [], function () {
    const sys = sys_modules().get("sys");
    this._old_targets.push(sys === undefined ? undefined : sys.stderr);
    if (sys !== undefined) sys.$pyjs_setattr("stderr", this._new_target);
    return this._new_target;
  });
  C.__exit__ = method("redirect_stderr.__exit__", ["exctype", "excinst", "exctb"], function () {
    const old = this._old_targets.pop();
    const sys = sys_modules().get("sys");
    if (sys !== undefined && old !== undefined) sys.$pyjs_setattr("stderr", old);
    return null;
  });
});

/** closing(thing): calls thing.close() on exit. */
export const closing = mkclass("closing", [AbstractContextManager], (C) => {
  C.__module__ = "contextlib";
  C.__init__ = method("closing.__init__", ["thing"], function (thing) {
    this.thing = thing;
    return null;
  });
  C.__enter__ = method("closing.__enter__", [], function () {
    return this.thing;
  });
  C.__exit__ = method("closing.__exit__", ["exc_type", "exc_value", "traceback"], function () {
    cm(this.thing, "close");
    return null;
  });
});

/** aclosing(thing): awaits thing.aclose() on exit. */
export const aclosing = mkclass("aclosing", [AbstractAsyncContextManager], (C) => {
  C.__module__ = "contextlib";
  C.__init__ = method("aclosing.__init__", ["thing"], function (thing) {
    this.thing = thing;
    return null;
  });
  C.__aenter__ = method("aclosing.__aenter__", [], async function () {
    return this.thing;
  });
  C.__aexit__ = method("aclosing.__aexit__", ["exc_type", "exc_value", "traceback"], async function () {
    const t = this.thing;
    if (typeof t.return === "function" && t.$isclass === undefined) await t.return();
    else await cm(t, "aclose");
    return null;
  });
});

/** nullcontext(enter_result=None) */
export const nullcontext = mkclass("nullcontext", [AbstractContextManager, AbstractAsyncContextManager], (C) => {
  C.__module__ = "contextlib";
  C.__init__ = method("nullcontext.__init__", ["enter_result"], function (enterResult) {
    this.enter_result = enterResult === undefined ? null : enterResult;
    return null;
  }, { defaults: 1 });
  C.__enter__ = method("nullcontext.__enter__", [], function () {
    return this.enter_result;
  });
  C.__exit__ = method("nullcontext.__exit__", [], function () {
    return null;
  }, { varargs: true });
  C.__aenter__ = method("nullcontext.__aenter__", [], async function () {
    return this.enter_result;
  });
  C.__aexit__ = method("nullcontext.__aexit__", [], async function () {
    return null;
  }, { varargs: true });
});

/** chdir(path) (3.11): changes the working directory for the block, restores it on exit. */
export const chdir = mkclass("chdir", [AbstractContextManager], (C) => {
  C.__module__ = "contextlib";
  C.__init__ = method("chdir.__init__", ["path"], function (path) {
    this.path = path;
    this._old_cwd = [];
    return null;
  });
  C.__enter__ = method("chdir.__enter__", [], function () {
    this._old_cwd.push(os_getcwd());
    os_chdir(this.path);
    return null;
  });
  C.__exit__ = method("chdir.__exit__", [], function () {
    os_chdir(this._old_cwd.pop());
    return null;
  }, { varargs: true });
});

// ================================================================== ExitStack

/** ExitStack: a stack of exit callbacks unwound in LIFO order. */
export const ExitStack = mkclass("ExitStack", [AbstractContextManager], (C) => {
  C.__module__ = "contextlib";
  C.__init__ = method("ExitStack.__init__", [], function () {
    this.$callbacks = [];
    return null;
  });
  C.pop_all = method("ExitStack.pop_all", [], function () {
    const s = Object.create(Object.getPrototypeOf(this));
    s.$callbacks = this.$callbacks;
    this.$callbacks = [];
    return s;
  });
  C.push = method("ExitStack.push", ["exit"], function (exit) {
    let cb;
    try {
      cb = ga(exit, "__exit__");
    } catch (e) {
      if (!(e?.$exc === true && isinstance(e, AttributeError))) throw e;
      cb = exit;
    }
    this.$callbacks.push({ isSync: true, cb });
    return exit;
  });
  C.enter_context = method("ExitStack.enter_context", ["cm"], function (mgr) {
    let exit;
    try {
      ga(mgr, "__enter__");
      exit = ga(mgr, "__exit__");
    } catch (e) {
      if (e?.$exc === true && isinstance(e, AttributeError)) {
        throw TypeError(`'${type(mgr).__module__}.${type(mgr).__qualname__}' object does not support the context manager protocol`);
      }
      throw e;
    }
    const result = cm(mgr, "__enter__");
    this.$callbacks.push({ isSync: true, cb: exit });
    return result;
  });
  C.callback = method("ExitStack.callback", ["callback"], function (callback, ...args) {
    const kw = kwMap(args);
    const cb = (...ignored) => {
      call(callback, args, kw);
      return null;
    };
    cb.__wrapped__ = callback;
    this.$callbacks.push({ isSync: true, cb });
    return callback;
  }, { varargs: true, varkw: true });
  C.close = method("ExitStack.close", [], function () {
    C.__exit__.call(this, null, null, null);
    return null;
  });
  C.__enter__ = method("ExitStack.__enter__", [], function () {
    return this;
  });
  C.__exit__ = method("ExitStack.__exit__", ["exc_type", "exc", "traceback"], function (excType, excValue) {
    const received = excType !== null && excType !== undefined;
    let pending = received ? excValue : null;
    let suppressed = false;
    let pendingRaise = false;
    const frameContext = received ? excValue : null;
    while (this.$callbacks.length > 0) {
      const { cb } = this.$callbacks.pop();
      try {
        const r = pending === null ? cb(null, null, null) : cb(type(pending), pending, null);
        if (truthy(r)) {
          suppressed = true;
          pendingRaise = false;
          pending = null;
        }
      } catch (e) {
        const ne = exc(e);
        // Link the new exception to the one being handled, as CPython's _fix_exception_context.
        if (pending !== null && ne !== pending) {
          let walk = ne;
          for (;;) {
            const ctx = walk.__context__;
            if (ctx === null || ctx === undefined || ctx === pending) break;
            if (ctx === frameContext) break;
            walk = ctx;
          }
          walk.__context__ = pending;
        }
        pendingRaise = true;
        pending = ne;
      }
    }
    if (pendingRaise) {
      throw pending;
    }
    return received && suppressed;
  });
});

/** AsyncExitStack: ExitStack with async exits (enter_async_context, push_async_callback). */
export const AsyncExitStack = mkclass("AsyncExitStack", [AbstractAsyncContextManager], (C) => {
  C.__module__ = "contextlib";
  C.__init__ = method("AsyncExitStack.__init__", [], function () {
    this.$callbacks = [];
    return null;
  });
  C.enter_context = ExitStack.enter_context;
  C.push = ExitStack.push;
  C.callback = ExitStack.callback;
  C.pop_all = ExitStack.pop_all;
  C.enter_async_context = method("AsyncExitStack.enter_async_context", ["cm"], async function (mgr) {
    const exit = ga(mgr, "__aexit__");
    const result = await cm(mgr, "__aenter__");
    this.$callbacks.push({ isSync: false, cb: exit });
    return result;
  });
  C.push_async_callback = method("AsyncExitStack.push_async_callback", ["callback"], function (callback, ...args) {
    const kw = kwMap(args);
    this.$callbacks.push({ isSync: false, cb: async () => {
      await call(callback, args, kw);
      return null;
    } });
    return callback;
  }, { varargs: true, varkw: true });
  C.aclose = method("AsyncExitStack.aclose", [], async function () {
    await C.__aexit__.call(this, null, null, null);
    return null;
  });
  C.__aenter__ = method("AsyncExitStack.__aenter__", [], async function () {
    return this;
  });
  C.__aexit__ = method("AsyncExitStack.__aexit__", ["exc_type", "exc", "traceback"], async function (excType, excValue) {
    const received = excType !== null && excType !== undefined;
    let pending = received ? excValue : null;
    let suppressed = false;
    let pendingRaise = false;
    while (this.$callbacks.length > 0) {
      const { isSync, cb } = this.$callbacks.pop();
      try {
        const args = pending === null ? [null, null, null] : [type(pending), pending, null];
        const r = isSync ? cb(...args) : await cb(...args);
        if (truthy(r)) {
          suppressed = true;
          pendingRaise = false;
          pending = null;
        }
      } catch (e) {
        const ne = exc(e);
        if (pending !== null && ne !== pending && (ne.__context__ === null || ne.__context__ === undefined)) ne.__context__ = pending;
        pendingRaise = true;
        pending = ne;
      }
    }
    if (pendingRaise) throw pending;
    return received && suppressed;
  });
});
