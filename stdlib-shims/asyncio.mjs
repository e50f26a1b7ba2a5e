// Python's `asyncio` (CPython 3.11) on JavaScript promises.
//
// Coroutines are what compiled `async def` functions return: lazy `Coro` objects (rt/object.mjs)
// whose body starts when awaited (`$aw`) or when their task first runs (`$start`); JS promises
// and other thenables are accepted too.
// This module keeps an event loop of its own, like CPython's: a FIFO of ready callbacks and a
// heap of timers, run one iteration per JS macrotask, so that `sleep(0)` hands control to the
// other tasks in CPython's order and a task woken by a future resumes on the next iteration.
// Task and Future are Python classes that are also thenables (`await task` works).
//
// asyncio.run(coro) returns a promise: generated code `await`s it at module level (the
// compiler makes the module body async when it sees `asyncio.run(...)` there). When the main
// coroutine finishes, pending timers are dropped (CPython cancels the remaining tasks).
//
// asyncio.timeout()/timeout_at() and TaskGroup (3.11) throw CancelledError into the waiting task
// where it waits (`interrupt`), without cancelling the task, then turn it into TimeoutError or
// swallow it, as CPython's uncancel() dance does.
//
// Limits: a running coroutine cannot have CancelledError
// thrown into it: Task.cancel() cancels the task's result (awaiters see CancelledError) and
// wakes it from asyncio's own waits (sleep, Event, Queue, Lock), but cannot interrupt other
// awaits.

import {
  mkclass, BaseException, Exception, RuntimeError, ValueError, TypeError, TimeoutError, repr, typename,
  KwArgs, splitkw, kwtake, kwnone, mktuple, tuple_of, PySet, callkw, truthy, iter as pyiter, lt, mkfloat,
  matches, exc as pyexc, Dict, set_add, awbox, unbox, BaseExceptionGroup, SystemExit, KeyboardInterrupt, isinstance,
} from "./builtins.mjs";
import { method, withSig } from "./_shim.mjs";
import * as heapq from "./heapq.mjs";

export const __name__ = "asyncio";

const proc = globalThis.process;
const perf = globalThis.performance;
const nowSec = () => (perf ? perf.now() : Date.now()) / 1000;

// ---------------------------------------------------------------- exceptions

export const CancelledError = mkclass("CancelledError", [BaseException], (C) => {
  C.__module__ = "asyncio.exceptions";
});
export const InvalidStateError = mkclass("InvalidStateError", [Exception], (C) => {
  C.__module__ = "asyncio.exceptions";
});
export const QueueEmpty = mkclass("QueueEmpty", [Exception], (C) => {
  C.__module__ = "asyncio.queues";
});
export const QueueFull = mkclass("QueueFull", [Exception], (C) => {
  C.__module__ = "asyncio.queues";
});
export const LimitOverrunError = mkclass("LimitOverrunError", [Exception], (C) => {
  C.__module__ = "asyncio.exceptions";
});
export const IncompleteReadError = mkclass("IncompleteReadError", [EOFErrorLike()], (C) => {
  C.__module__ = "asyncio.exceptions";
});
function EOFErrorLike() {
  return Exception;
}
export { TimeoutError };

// ---------------------------------------------------------------- the event loop

const ready = [];
const timers = []; // heap of [when, seq, handle]
let timerSeq = 0;
let pumpScheduled = false;
let timerId = null;
let timerAt = Infinity;

const setImm = globalThis.setImmediate ?? ((f) => setTimeout(f, 0));

function schedulePump() {
  if (pumpScheduled) return;
  pumpScheduled = true;
  setImm(pump);
}

function armTimer() {
  if (!timers.length) return;
  const when = timers[0][0];
  if (timerId !== null && timerAt <= when) return;
  if (timerId !== null) clearTimeout(timerId);
  timerAt = when;
  timerId = setTimeout(() => {
    timerId = null;
    timerAt = Infinity;
    schedulePump();
  }, Math.max(0, (when - nowSec()) * 1000));
}

function heapPush(item) {
  timers.push(item);
  let i = timers.length - 1;
  while (i > 0) {
    const p = (i - 1) >> 1;
    if (cmpTimer(timers[i], timers[p]) >= 0) break;
    [timers[i], timers[p]] = [timers[p], timers[i]];
    i = p;
  }
}
function heapPop() {
  const top = timers[0];
  const last = timers.pop();
  if (timers.length) {
    timers[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1, r = l + 1;
      let m = i;
      if (l < timers.length && cmpTimer(timers[l], timers[m]) < 0) m = l;
      if (r < timers.length && cmpTimer(timers[r], timers[m]) < 0) m = r;
      if (m === i) break;
      [timers[i], timers[m]] = [timers[m], timers[i]];
      i = m;
    }
  }
  return top;
}
const cmpTimer = (a, b) => a[0] - b[0] || a[1] - b[1];

let iterLeft = 0;

/**
 * Run one ready callback per JS macrotask, so that the coroutine code it resumes (in the
 * microtasks that follow) runs with `currentTask` set to the task that owns it. Iterations
 * are as in BaseEventLoop._run_once: due timers join the ready queue, then the callbacks ready
 * at that point run in FIFO order.
 */
function pump() {
  pumpScheduled = false;
  currentTask = null;
  segment.length = 0;
  if (iterLeft === 0) {
    const end = nowSec() + 1e-9;
    while (timers.length && timers[0][0] <= end) {
      const h = heapPop()[2];
      if (!h.cancelled) ready.push(h);
    }
    iterLeft = ready.length;
    if (iterLeft === 0) {
      armTimer();
      return;
    }
  }
  const h = ready.shift();
  iterLeft--;
  if (!h.cancelled) {
    currentTask = h.owner === null ? null : h.owner.task;
    try {
      h.cb();
    } catch (e) {
      reportError(e);
    }
  }
  if (ready.length || iterLeft) schedulePump();
  else armTimer();
}

function reportError(e) {
  const pe = pyexc(e);
  const w = proc?.stderr?.write?.bind(proc.stderr);
  const msg = `Exception in callback: ${typename(pe)}: ${pe?.args?.[0] ?? ""}\n`;
  if (w) w(msg);
  else console.error(msg);
}

function callSoon(cb, owner = null) {
  const h = { cb, cancelled: false, owner };
  ready.push(h);
  schedulePump();
  return h;
}

function callLater(delay, cb, owner = null) {
  const h = { cb, cancelled: false, when: nowSec() + Math.max(0, delay), owner };
  heapPush([h.when, timerSeq++, h]);
  armTimer();
  return h;
}

/** Drop everything scheduled (when asyncio.run's main coroutine is done). */
function shutdown() {
  ready.length = 0;
  timers.length = 0;
  iterLeft = 0;
  if (timerId !== null) clearTimeout(timerId);
  timerId = null;
  timerAt = Infinity;
}

// ---------------------------------------------------------------- coroutines

const AsyncFunctionProto = Object.getPrototypeOf(async function () {});
const AsyncGenFunctionProto = Object.getPrototypeOf(async function* () {});

const isThenable = (x) => x !== null && (typeof x === "object" || typeof x === "function") && typeof x.then === "function";

export function iscoroutine(x) {
  return x instanceof Promise || (x !== null && typeof x === "object" && x.$coroutine === true);
}

export function iscoroutinefunction(f) {
  if (typeof f !== "function") return false;
  const g = f.$func ?? f;
  return Object.getPrototypeOf(g) === AsyncFunctionProto || g.$coroutine === true || g.$sig?.coro === true || f._is_coroutine === true;
}

export function isfuture(x) {
  return x !== null && typeof x === "object" && Object.prototype.isPrototypeOf.call(Future, x);
}

/** The promise of an awaitable: a coroutine (started if lazy), a Future/Task, a thenable. */
function promiseOf(aw) {
  if (isfuture(aw)) return aw.$done;
  if (aw !== null && typeof aw === "object" && typeof aw.$start === "function") return aw.$start();
  if (isThenable(aw)) return Promise.resolve(aw);
  throw TypeError(`An asyncio.Future, a coroutine or an awaitable is required`);
}

// ---------------------------------------------------------------- Future and Task

const PENDING = "PENDING", CANCELLED = "CANCELLED", FINISHED = "FINISHED";

function settle(fut) {
  // Wake awaiters on the next loop iteration, as CPython's __schedule_callbacks does.
  const cbs = fut.$callbacks;
  fut.$callbacks = [];
  callSoon(() => {
    if (fut.$state === CANCELLED) fut.$reject(fut.$cancelError());
    else if (fut.$exception !== null) fut.$reject(fut.$exception);
    else fut.$resolve(awbox(fut.$result));
  });
  for (const cb of cbs) callSoon(() => callkw(cb, [fut], new Map()));
}

function initFuture(f) {
  f.$state = PENDING;
  f.$result = null;
  f.$exception = null;
  f.$callbacks = [];
  f.$cancelMsg = null;
  f.$done = new Promise((res, rej) => {
    f.$resolve = res;
    f.$reject = rej;
  });
  f.$done.catch(() => undefined); // never an unhandled rejection
  f.$retrieved = false;
}

function futureCancelError(f) {
  return f.$cancelMsg === null ? CancelledError() : CancelledError(f.$cancelMsg);
}

export const Future = mkclass("Future", [], (C) => {
  C.__module__ = "asyncio";
  const m = (name, params, f, opts) => (C[name] = method(`Future.${name}`, params, f, opts));
  m("__init__", [], function () {
    initFuture(this);
    return null;
  }, { kwonly: ["loop"] });
  m("result", [], function () {
    if (this.$state === CANCELLED) throw this.$cancelError();
    if (this.$state !== FINISHED) throw InvalidStateError("Result is not set.");
    if (this.$exception !== null) throw this.$exception;
    return this.$result;
  });
  m("exception", [], function () {
    if (this.$state === CANCELLED) throw this.$cancelError();
    if (this.$state !== FINISHED) throw InvalidStateError("Exception is not set.");
    return this.$exception;
  });
  m("set_result", ["result"], function (result) {
    if (this.$state !== PENDING) throw InvalidStateError("invalid state"); // the C Future's message
    this.$result = result;
    this.$state = FINISHED;
    settle(this);
    return null;
  });
  m("set_exception", ["exception"], function (e) {
    if (this.$state !== PENDING) throw InvalidStateError("invalid state");
    if (typeof e === "function" && e.$isclass === true) e = e();
    this.$exception = e;
    this.$state = FINISHED;
    settle(this);
    return null;
  });
  m("done", [], function () {
    return this.$state !== PENDING;
  });
  m("cancelled", [], function () {
    return this.$state === CANCELLED;
  });
  m("cancel", ["msg"], function (msg) {
    if (this.$state !== PENDING) return false;
    this.$state = CANCELLED;
    this.$cancelMsg = msg === undefined ? null : msg;
    settle(this);
    return true;
  }, { defaults: 1 });
  m("add_done_callback", ["fn"], function (fn) {
    if (this.$state !== PENDING) callSoon(() => callkw(fn, [this], new Map()));
    else this.$callbacks.push(fn);
    return null;
  }, { kwonly: ["context"] });
  m("remove_done_callback", ["fn"], function (fn) {
    const before = this.$callbacks.length;
    this.$callbacks = this.$callbacks.filter((f) => f !== fn);
    return before - this.$callbacks.length;
  });
  m("get_loop", [], function () {
    return theLoop;
  });
  m("__repr__", [], function () {
    const name = Object.getPrototypeOf(this).__name__;
    if (this.$state === FINISHED) {
      return this.$exception !== null ? `<${name} finished exception=${repr(this.$exception)}>` : `<${name} finished result=${repr(this.$result)}>`;
    }
    return `<${name} ${this.$state.toLowerCase()}>`;
  });
  // Thenable, so that compiled `await fut` works.
  C.then = function (onFul, onRej) {
    const t = currentTask;
    return this.$done.then(
      (v) => {
        currentTask = t;
        return onFul?.(v);
      },
      (e) => {
        currentTask = t;
        if (onRej) return onRej(e);
        throw e;
      },
    );
  };
  C.$cancelError = function () {
    return futureCancelError(this);
  };
  C.__await__ = method("Future.__await__", [], function () {
    return this;
  });
});

let taskCounter = 0;
const allTasks = new Set();
let currentTask = null;

export const Task = mkclass("Task", [Future], (C) => {
  C.__module__ = "asyncio";
  const m = (name, params, f, opts) => (C[name] = method(`Task.${name}`, params, f, opts));
  m("__init__", ["coro"], function (coro, ...rest) {
    const k = splitkw(rest);
    const name = kwtake(k, "name");
    kwtake(k, "loop");
    kwtake(k, "context");
    kwnone(k, "Task");
    if (!iscoroutine(coro)) throw TypeError(`a coroutine was expected, got ${repr(coro)}`);
    startTask(this, coro, name);
    return null;
  }, { kwonly: ["loop", "name", "context"] });
  m("get_name", [], function () {
    return this.$name;
  });
  m("set_name", ["value"], function (v) {
    this.$name = typeof v === "string" ? v : repr(v);
    return null;
  });
  m("get_coro", [], function () {
    return this.$coro;
  });
  m("cancel", ["msg"], function (msg) {
    if (this.$state !== PENDING) return false;
    this.$cancelMsg = msg === undefined ? null : msg;
    this.$cancelRequested = true;
    // Wake the task from the asyncio wait it is blocked in, if any, with CancelledError.
    if (this.$waiter !== null) {
      const w = this.$waiter;
      this.$waiter = null;
      const err = futureCancelError(this);
      // If the wait's wake-up is already queued (its timer fired in this iteration), that
      // wake-up delivers the CancelledError instead, as CPython's `_must_cancel` does.
      w.cancelErr = err;
      callSoon(() => w.cancel(err), w);
    }
    this.$state = CANCELLED;
    allTasks.delete(this);
    settle(this);
    return true;
  }, { defaults: 1 });
  m("cancelling", [], function () {
    return this.$cancelRequested ? 1 : 0;
  });
  m("uncancel", [], function () {
    this.$cancelRequested = false;
    return 0;
  });
  m("__repr__", [], function () {
    const base = `<Task ${this.$state === PENDING ? "pending" : this.$state === CANCELLED ? "cancelled" : "finished"} name=${repr(this.$name)}`;
    if (this.$state === FINISHED) {
      return this.$exception !== null ? `${base} exception=${repr(this.$exception)}>` : `${base} result=${repr(this.$result)}>`;
    }
    return base + ">";
  });
});

function startTask(t, coro, name) {
  initFuture(t);
  t.$coro = coro;
  t.$name = name === undefined || name === null ? `Task-${++taskCounter}` : typeof name === "string" ? name : repr(name);
  t.$waiter = null;
  t.$cancelRequested = false;
  allTasks.add(t);
  const run = (lazy) => {
    const prev = currentTask;
    currentTask = t;
    let p;
    try {
      p = promiseOf(coro);
    } finally {
      // Started from the loop, the rest of this iteration's microtasks (an `await` on a
      // thenable calls its `then` in one) are the task's own: currentTask stays set.
      if (!lazy) currentTask = prev;
    }
    p.then(
      (v) => {
        if (t.$state !== PENDING) return;
        t.$result = unbox(v);
        t.$state = FINISHED;
        allTasks.delete(t);
        settle(t);
      },
      (e) => {
        if (t.$state !== PENDING) return;
        if (matchesCancel(e)) {
          t.$state = CANCELLED;
          t.$cancelMsg = e?.args?.[0] ?? null;
        } else {
          t.$exception = pyexc(e);
          t.$state = FINISHED;
        }
        allTasks.delete(t);
        settle(t);
      },
    );
  };
  // A lazy coroutine starts on the next loop iteration; a JS promise is already running.
  if (coro !== null && typeof coro === "object" && typeof coro.$start === "function") callSoon(() => run(true));
  else run(false);
}

function matchesCancel(e) {
  return e !== null && typeof e === "object" && Object.prototype.isPrototypeOf.call(CancelledError, e);
}

function newTask(coro, name) {
  const t = Object.create(Task);
  if (!iscoroutine(coro)) throw TypeError(`a coroutine was expected, got ${repr(coro)}`);
  startTask(t, coro, name);
  return t;
}

function newFuture() {
  const f = Object.create(Future);
  initFuture(f);
  return f;
}

export const create_task = withSig(function create_task(coro, ...rest) {
  const k = splitkw(rest);
  const name = kwtake(k, "name");
  kwtake(k, "context");
  kwnone(k, "create_task");
  const t = newTask(coro, name);
  if (coro instanceof Promise) claimOwners([t]);
  return t;
}, "create_task", ["coro"], { kwonly: ["name", "context"] });

/** ensure_future over several awaitables, giving eagerly started coroutines their waits. */
function futuresOf(aws) {
  const fresh = [];
  const out = aws.map((a) => {
    const f = ensure_future(a);
    if (a instanceof Promise) fresh.push(f);
    return f;
  });
  if (fresh.length) claimOwners(fresh);
  return out;
}

export function ensure_future(aw, ...rest) {
  splitkw(rest);
  if (isfuture(aw)) return aw;
  if (iscoroutine(aw)) return newTask(aw);
  if (isThenable(aw)) return newTask(Promise.resolve(aw));
  throw TypeError("An asyncio.Future, a coroutine or an awaitable is required");
}

export function current_task() {
  return currentTask;
}

export function all_tasks() {
  const s = new PySet(false);
  for (const t of allTasks) set_add(s, t);
  return s;
}

/**
 * A promise settled by `register(resolve, reject)`, registered as the current task's waiter
 * so that Task.cancel() can wake it with CancelledError.
 */
/**
 * The waits created since the current callback started (one JS macrotask). A coroutine that
 * create_task()/gather() receive has already run up to its first await (JS async functions
 * start when called), so its first wait was made under the caller's task; claimOwners()
 * moves such waits to the new tasks.
 */
const segment = [];

/**
 * A promise settled by `register(ok, bad, owner)`. `owner.task` (the task that waits) gets it
 * as its `$waiter`, so that Task.cancel() can wake it with CancelledError, and the code it
 * resumes runs with `currentTask` set to that task.
 */
function waitable(register) {
  const owner = { task: currentTask, cancel: null, cancelErr: null };
  return new Promise((res, rej) => {
    let settled = false;
    owner.cancel = (e) => {
      if (settled) return;
      settled = true;
      rej(e);
    };
    if (owner.task !== null) owner.task.$waiter = owner;
    segment.push(owner);
    const done = (f) => (v) => {
      if (settled) return;
      settled = true;
      const task = owner.task;
      if (task !== null) {
        if (task.$waiter === owner) task.$waiter = null;
        currentTask = task;
      }
      if (owner.cancelErr !== null) rej(owner.cancelErr);
      else f(v);
    };
    const ok = done(res), bad = done(rej);
    ok.owner = owner;
    bad.owner = owner;
    register(ok, bad, owner);
  });
}

/** Give the unclaimed waits of this callback made under the current task to `tasks`. */
function claimOwners(tasks) {
  const mine = segment.filter((o) => o.task === currentTask && !o.claimed);
  let groups;
  if (tasks.length === 1) groups = [mine];
  else if (mine.length === tasks.length) groups = mine.map((o) => [o]);
  else return;
  tasks.forEach((t, i) => {
    for (const o of groups[i]) {
      if (o.task !== null && o.task.$waiter === o) o.task.$waiter = null;
      o.task = t;
      o.claimed = true;
      t.$waiter = o;
    }
  });
}

// ---------------------------------------------------------------- sleep, gather, wait

export const sleep = withSig(function sleep(delay, result) {
  if (result === undefined) result = null;
  const d = typeof delay === "number" ? delay : typeof delay === "boolean" ? +delay : typeof delay === "bigint" ? Number(delay) : delay?.v;
  if (typeof d !== "number" || Number.isNaN(d)) {
    if (typeof d === "number") throw ValueError("Invalid delay: NaN (not a number)");
    throw TypeError(`'<=' not supported between instances of '${typename(delay)}' and 'int'`);
  }
  result = awbox(result);
  if (d <= 0) return waitable((res, rej, owner) => callSoon(() => res(result), owner));
  return waitable((res, rej, owner) => {
    callLater(d, () => callSoon(() => res(result), owner));
  });
}, "sleep", ["delay", "result"], { defaults: 1 });

export const gather = withSig(function gather(...args) {
  const k = splitkw(args);
  const returnExceptions = truthy(kwtake(k, "return_exceptions") ?? false);
  kwnone(k, "gather");
  const outer = newFuture();
  if (!args.length) {
    outer.$result = [];
    outer.$state = FINISHED;
    settle(outer);
    return outer;
  }
  const uniq = [...new Set(args)];
  const futs = futuresOf(uniq);
  const children = args.map((a) => futs[uniq.indexOf(a)]);
  let remaining = children.length;
  const done = (child) => {
    if (outer.$state !== PENDING) return;
    if (!returnExceptions) {
      if (child.$state === CANCELLED) {
        outer.$exception = futureCancelError(child);
        outer.$state = FINISHED;
        settle(outer);
        return;
      }
      if (child.$exception !== null) {
        outer.$exception = child.$exception;
        outer.$state = FINISHED;
        settle(outer);
        return;
      }
    }
    remaining--;
    if (remaining === 0) {
      outer.$result = children.map((c) => (c.$state === CANCELLED ? futureCancelError(c) : c.$exception !== null ? c.$exception : c.$result));
      outer.$state = FINISHED;
      settle(outer);
    }
  };
  for (const c of children) {
    if (c.$state !== PENDING) callSoon(() => done(c));
    else c.$callbacks.push(fnCallback(done));
  }
  return outer;
}, "gather", [], { varargs: true, kwonly: ["return_exceptions"] });

/** A JS function usable as a done-callback (called through callkw with the future). */
function fnCallback(f) {
  return (fut) => {
    f(fut);
    return null;
  };
}

export const wait_for = withSig(async function wait_for(aw, timeout) {
  const fut = futuresOf([aw])[0];
  if (timeout === null || timeout === undefined) return await fut;
  const t = typeof timeout === "number" ? timeout : timeout?.v ?? Number(timeout);
  if (t <= 0) {
    if (fut.$state !== PENDING) return awbox(fut.result());
    fut.cancel();
    throw TimeoutError();
  }
  return await waitable((res, rej, owner) => {
    let finished = false;
    const timer = callLater(t, () => {
      if (finished) return;
      finished = true;
      fut.cancel();
      rej(TimeoutError());
    }, owner);
    fut.$callbacks.push(fnCallback(() => {
      if (finished) return;
      finished = true;
      timer.cancelled = true;
      if (fut.$state === CANCELLED) rej(futureCancelError(fut));
      else if (fut.$exception !== null) rej(fut.$exception);
      else res(awbox(fut.$result));
    }));
  });
}, "wait_for", ["fut", "timeout"]);

export const FIRST_COMPLETED = "FIRST_COMPLETED";
export const FIRST_EXCEPTION = "FIRST_EXCEPTION";
export const ALL_COMPLETED = "ALL_COMPLETED";

export const wait = withSig(async function wait(fs, ...rest) {
  const k = splitkw(rest);
  let timeout = kwtake(k, "timeout") ?? rest[0] ?? null;
  const returnWhen = kwtake(k, "return_when") ?? rest[1] ?? ALL_COMPLETED;
  kwnone(k, "wait");
  const futs = futuresOf(Array.from(pyiter(fs)));
  if (!futs.length) throw ValueError("Set of Tasks/Futures is empty.");
  if (![FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED].includes(returnWhen)) throw ValueError(`Invalid return_when value: ${returnWhen}`);
  const check = () => {
    const doneF = futs.filter((f) => f.$state !== PENDING);
    if (returnWhen === FIRST_COMPLETED && doneF.length) return true;
    if (returnWhen === FIRST_EXCEPTION && doneF.some((f) => f.$state === FINISHED && f.$exception !== null)) return true;
    return doneF.length === futs.length;
  };
  if (!check()) {
    await waitable((res) => {
      let fired = false;
      let timer = null;
      const fire = () => {
        if (fired) return;
        fired = true;
        if (timer !== null) timer.cancelled = true;
        res(null);
      };
      if (timeout !== null) timer = callLater(typeof timeout === "number" ? timeout : timeout.v, fire);
      for (const f of futs) f.$callbacks.push(fnCallback(() => {
        if (check()) fire();
      }));
    });
  }
  const doneSet = new PySet(false), pendingSet = new PySet(false);
  for (const f of futs) set_add(f.$state !== PENDING ? doneSet : pendingSet, f);
  return mktuple(doneSet, pendingSet);
}, "wait", ["fs"], { varargs: true, kwonly: ["timeout", "return_when"] });

export const as_completed = withSig(function as_completed(fs, ...rest) {
  const k = splitkw(rest);
  const timeout = kwtake(k, "timeout") ?? rest[0] ?? null;
  kwnone(k, "as_completed");
  const futs = futuresOf(Array.from(pyiter(fs)));
  const order = [];
  const waiters = [];
  const onDone = (f) => {
    order.push(f);
    if (waiters.length) waiters.shift()();
  };
  for (const f of futs) {
    if (f.$state !== PENDING) callSoon(() => onDone(f));
    else f.$callbacks.push(fnCallback(onDone));
  }
  let timedOut = false;
  if (timeout !== null) callLater(typeof timeout === "number" ? timeout : timeout.v, () => {
    timedOut = true;
    while (waiters.length) waiters.shift()();
  });
  let handed = 0;
  const next = async () => {
    while (order.length <= handed && !timedOut) await new Promise((r) => waiters.push(r));
    if (order.length <= handed) throw TimeoutError();
    const f = order[handed++];
    return await f;
  };
  return (function* () {
    for (let i = 0; i < futs.length; i++) yield next();
  })();
}, "as_completed", ["fs"], { varargs: true, kwonly: ["timeout"] });

export function shield(aw) {
  return ensure_future(aw);
}

// ---------------------------------------------------------------- run and the loop object

let running = false;

export const run = withSig(function run(main, ...rest) {
  const k = splitkw(rest);
  kwtake(k, "debug");
  kwnone(k, "run");
  if (running) {
    throw RuntimeError("asyncio.run() cannot be called from a running event loop");
  }
  if (!iscoroutine(main)) throw ValueError(`a coroutine was expected, got ${repr(main)}`);
  running = true;
  taskCounter = 0;
  const t = newTask(main);
  return new Promise((res, rej) => {
    t.$done.then(
      (v) => {
        running = false;
        shutdown();
        res(v);
      },
      (e) => {
        running = false;
        shutdown();
        rej(e);
      },
    );
  });
}, "run", ["main"], { kwonly: ["debug"] });

export const AbstractEventLoop = mkclass("AbstractEventLoop", [], (C) => {
  C.__module__ = "asyncio.events";
});

const EventLoop = mkclass("_UnixSelectorEventLoop", [AbstractEventLoop], (C) => {
  C.__module__ = "asyncio.unix_events";
  const m = (name, params, f, opts) => (C[name] = method(`EventLoop.${name}`, params, f, opts));
  m("time", [], function () {
    return mkfloat(nowSec());
  });
  m("call_soon", ["callback"], function (cb, ...args) {
    splitkw(args);
    return handle(callSoon(() => callkw(cb, args, new Map())));
  }, { varargs: true, kwonly: ["context"] });
  m("call_later", ["delay", "callback"], function (delay, cb, ...args) {
    splitkw(args);
    return handle(callLater(typeof delay === "number" ? delay : delay.v, () => callkw(cb, args, new Map())));
  }, { varargs: true, kwonly: ["context"] });
  m("call_at", ["when", "callback"], function (when, cb, ...args) {
    splitkw(args);
    const w = typeof when === "number" ? when : when.v;
    return handle(callLater(w - nowSec(), () => callkw(cb, args, new Map())));
  }, { varargs: true, kwonly: ["context"] });
  m("create_future", [], function () {
    return newFuture();
  });
  m("create_task", ["coro"], function (coro, ...rest) {
    const k = splitkw(rest);
    const name = kwtake(k, "name");
    return newTask(coro, name);
  }, { kwonly: ["name", "context"] });
  m("is_running", [], function () {
    return running;
  });
  m("is_closed", [], function () {
    return false;
  });
  m("get_debug", [], function () {
    return false;
  });
});

const Handle = mkclass("TimerHandle", [], (C) => {
  C.__module__ = "asyncio.events";
  C.cancel = method("TimerHandle.cancel", [], function () {
    this.$h.cancelled = true;
    return null;
  });
  C.cancelled = method("TimerHandle.cancelled", [], function () {
    return this.$h.cancelled;
  });
  C.when = method("TimerHandle.when", [], function () {
    return mkfloat(this.$h.when ?? nowSec());
  });
});
function handle(h) {
  const o = Object.create(Handle);
  o.$h = h;
  return o;
}

const theLoop = Object.create(EventLoop);

export function get_running_loop() {
  if (!running) throw RuntimeError("no running event loop");
  return theLoop;
}
export function get_event_loop() {
  return theLoop;
}
export function new_event_loop() {
  return theLoop;
}
export function set_event_loop() {
  return null;
}

// ---------------------------------------------------------------- synchronization primitives

export const Event = mkclass("Event", [], (C) => {
  C.__module__ = "asyncio.locks";
  const m = (name, params, f, opts) => (C[name] = method(`Event.${name}`, params, f, opts));
  m("__init__", [], function () {
    this.$value = false;
    this.$waiters = [];
    return null;
  });
  m("is_set", [], function () {
    return this.$value;
  });
  m("set", [], function () {
    if (!this.$value) {
      this.$value = true;
      const ws = this.$waiters;
      this.$waiters = [];
      for (const w of ws) callSoon(() => w(true), w.owner);
    }
    return null;
  });
  m("clear", [], function () {
    this.$value = false;
    return null;
  });
  m("wait", [], function () {
    if (this.$value) return Promise.resolve(true);
    return waitable((res) => this.$waiters.push(res));
  });
  m("__repr__", [], function () {
    return `<asyncio.locks.Event object [${this.$value ? "set" : "unset"}]>`;
  });
});

function lockAcquireRelease(C, prefix) {
  const m = (name, params, f, opts) => (C[name] = method(`${prefix}.${name}`, params, f, opts));
  m("__aenter__", [], async function () {
    await this.acquire();
    return null;
  });
  m("__aexit__", ["exc_type", "exc", "tb"], async function () {
    this.release();
    return null;
  });
}

export const Lock = mkclass("Lock", [], (C) => {
  C.__module__ = "asyncio.locks";
  const m = (name, params, f, opts) => (C[name] = method(`Lock.${name}`, params, f, opts));
  m("__init__", [], function () {
    this.$locked = false;
    this.$waiters = [];
    return null;
  });
  m("locked", [], function () {
    return this.$locked;
  });
  m("acquire", [], function () {
    if (!this.$locked && this.$waiters.length === 0) {
      this.$locked = true;
      return Promise.resolve(true);
    }
    return waitable((res) => this.$waiters.push(res)).then(() => {
      this.$locked = true;
      return true;
    });
  });
  m("release", [], function () {
    if (!this.$locked) throw RuntimeError("Lock is not acquired.");
    this.$locked = false;
    const w = this.$waiters.shift();
    if (w !== undefined) {
      this.$locked = true; // reserved for the woken waiter
      callSoon(() => w(true), w.owner);
    }
    return null;
  });
  lockAcquireRelease(C, "Lock");
  m("__repr__", [], function () {
    return `<asyncio.locks.Lock object [${this.$locked ? "locked" : "unlocked"}]>`;
  });
});

export const Semaphore = mkclass("Semaphore", [], (C) => {
  C.__module__ = "asyncio.locks";
  const m = (name, params, f, opts) => (C[name] = method(`Semaphore.${name}`, params, f, opts));
  m("__init__", ["value"], function (value) {
    value = value === undefined ? 1 : value;
    if (value < 0) throw ValueError("Semaphore initial value must be >= 0");
    this.$value = value;
    this.$bound = value;
    this.$waiters = [];
    return null;
  }, { defaults: 1 });
  m("locked", [], function () {
    return this.$value === 0 || this.$waiters.length > 0;
  });
  m("acquire", [], function () {
    if (this.$value > 0 && this.$waiters.length === 0) {
      this.$value--;
      return Promise.resolve(true);
    }
    return waitable((res) => this.$waiters.push(res)).then(() => true);
  });
  m("release", [], function () {
    const w = this.$waiters.shift();
    if (w !== undefined) callSoon(() => w(true), w.owner);
    else this.$value++;
    return null;
  });
  lockAcquireRelease(C, "Semaphore");
});

export const BoundedSemaphore = mkclass("BoundedSemaphore", [Semaphore], (C) => {
  C.__module__ = "asyncio.locks";
  C.release = method("BoundedSemaphore.release", [], function () {
    if (this.$value >= this.$bound && this.$waiters.length === 0) throw ValueError("BoundedSemaphore released too many times");
    return Semaphore.release.call(this);
  });
});

export const Condition = mkclass("Condition", [], (C) => {
  C.__module__ = "asyncio.locks";
  const m = (name, params, f, opts) => (C[name] = method(`Condition.${name}`, params, f, opts));
  m("__init__", ["lock"], function (lock) {
    this.$lock = lock === undefined || lock === null ? Lock() : lock;
    this.$waiters = [];
    return null;
  }, { defaults: 1 });
  m("acquire", [], function () {
    return this.$lock.acquire();
  });
  m("release", [], function () {
    return this.$lock.release();
  });
  m("locked", [], function () {
    return this.$lock.locked();
  });
  m("wait", [], async function () {
    if (!this.$lock.locked()) throw RuntimeError("cannot wait on un-acquired lock");
    this.$lock.release();
    try {
      await waitable((res) => this.$waiters.push(res));
    } finally {
      await this.$lock.acquire();
    }
    return true;
  });
  m("wait_for", ["predicate"], async function (predicate) {
    let r = callkw(predicate, [], new Map());
    while (!truthy(r)) {
      await this.wait();
      r = callkw(predicate, [], new Map());
    }
    return r;
  });
  m("notify", ["n"], function (n) {
    if (!this.$lock.locked()) throw RuntimeError("cannot notify on un-acquired lock");
    n = n === undefined ? 1 : n;
    for (let i = 0; i < n && this.$waiters.length; i++) {
      const w = this.$waiters.shift();
      callSoon(() => w(true), w.owner);
    }
    return null;
  }, { defaults: 1 });
  m("notify_all", [], function () {
    return this.notify(this.$waiters.length);
  });
  lockAcquireRelease(C, "Condition");
});

// ---------------------------------------------------------------- queues

function queueClass(name, base, put, get) {
  return mkclass(name, base ? [base] : [], (C) => {
    C.__module__ = "asyncio.queues";
    const m = (n, params, f, opts) => (C[n] = method(`${name}.${n}`, params, f, opts));
    if (!base) {
      m("__init__", ["maxsize"], function (maxsize) {
        this.$maxsize = maxsize === undefined ? 0 : maxsize;
        this.$items = [];
        this.$getters = [];
        this.$putters = [];
        this.$unfinished = 0;
        this.$finished = Event();
        this.$finished.set();
        return null;
      }, { defaults: 1, kwonly: ["loop"] });
      m("qsize", [], function () {
        return this.$items.length;
      });
      m("empty", [], function () {
        return this.$items.length === 0;
      });
      m("full", [], function () {
        return this.$maxsize > 0 && this.$items.length >= this.$maxsize;
      });
      m("put_nowait", ["item"], function (item) {
        if (this.full()) throw QueueFull();
        this.$put(item);
        this.$unfinished++;
        this.$finished.clear();
        const g = this.$getters.shift();
        if (g !== undefined) callSoon(() => g(null), g.owner);
        return null;
      });
      m("put", ["item"], async function (item) {
        while (this.full()) await waitable((res) => this.$putters.push(res));
        return this.put_nowait(item);
      });
      m("get_nowait", [], function () {
        if (this.empty()) throw QueueEmpty();
        const item = this.$get();
        const p = this.$putters.shift();
        if (p !== undefined) callSoon(() => p(null), p.owner);
        return item;
      });
      m("get", [], async function () {
        while (this.empty()) await waitable((res) => this.$getters.push(res));
        return awbox(this.get_nowait());
      });
      m("task_done", [], function () {
        if (this.$unfinished <= 0) throw ValueError("task_done() called too many times");
        this.$unfinished--;
        if (this.$unfinished === 0) this.$finished.set();
        return null;
      });
      m("join", [], async function () {
        if (this.$unfinished > 0) await this.$finished.wait();
        return null;
      });
      m("__repr__", [], function () {
        return `<${name} at 0x0 maxsize=${this.$maxsize}${this.$items.length ? ` _queue=${repr(this.$items)}` : ""}>`;
      });
      Object.defineProperty(C, "maxsize", {
        get() {
          return this.$maxsize;
        },
        configurable: true,
      });
    }
    C.$put = put;
    C.$get = get;
  });
}

export const Queue = queueClass("Queue", null, function (item) {
  this.$items.push(item);
}, function () {
  return this.$items.shift();
});
export const LifoQueue = queueClass("LifoQueue", Queue, function (item) {
  this.$items.push(item);
}, function () {
  return this.$items.pop();
});
export const PriorityQueue = queueClass("PriorityQueue", Queue, function (item) {
  heapq.heappush(this.$items, item);
}, function () {
  return heapq.heappop(this.$items);
});

// ---------------------------------------------------------------- timeout() and TaskGroup (3.11)

/**
 * Throw CancelledError into `task` where it waits (an asyncio wait), without cancelling the task
 * itself: what CPython's `task.cancel()` does to a task that then catches the error (timeout()
 * turns it into TimeoutError, a TaskGroup swallows it). A task that is not waiting is not
 * interrupted.
 */
function interrupt(task) {
  if (task === null || task.$waiter === null || task.$waiter === undefined) return false;
  const w = task.$waiter;
  task.$waiter = null;
  const err = CancelledError();
  w.cancelErr = err;
  callSoon(() => w.cancel(err), w);
  return true;
}

/** `asyncio.Timeout`: what `asyncio.timeout(delay)` / `timeout_at(when)` return. */
export const Timeout = mkclass("Timeout", [], (C) => {
  C.__module__ = "asyncio.timeouts";
  const m = (name, params, f, opts) => (C[name] = method(`Timeout.${name}`, params, f, opts));
  m("__init__", ["when"], function (when) {
    this.$when = when === null || when === undefined ? null : typeof when === "number" ? when : Number(when.v ?? when);
    this.$state = "created";
    this.$handle = null;
    this.$task = null;
    return null;
  });
  m("when", [], function () {
    return this.$when === null ? null : mkfloat(this.$when);
  });
  const arm = (self) => {
    if (self.$handle !== null) self.$handle.cancelled = true;
    self.$handle = null;
    if (self.$when === null || self.$state !== "active") return;
    self.$handle = callLater(self.$when - nowSec(), () => {
      if (self.$state !== "active") return;
      self.$state = "expiring";
      interrupt(self.$task);
    });
  };
  m("reschedule", ["when"], function (when) {
    if (this.$state !== "active") throw RuntimeError(`Cannot change state of ${this.$state} Timeout`);
    this.$when = when === null ? null : typeof when === "number" ? when : Number(when.v ?? when);
    arm(this);
    return null;
  });
  m("expired", [], function () {
    return this.$state === "expiring" || this.$state === "expired";
  });
  m("__repr__", [], function () {
    const when = this.$state === "active" ? ` when=${this.$when === null ? "None" : repr(mkfloat(Math.round(this.$when * 1000) / 1000))}` : "";
    return `<Timeout [${this.$state}]${when}>`;
  });
  m("__aenter__", [], async function () {
    if (this.$state !== "created") throw RuntimeError("Timeout has already been entered");
    this.$state = "active";
    this.$task = currentTask;
    if (this.$task === null) throw RuntimeError("Timeout should be used inside a task");
    arm(this);
    return this;
  });
  m("__aexit__", ["exc_type", "exc", "tb"], async function (excType, exc) {
    if (this.$handle !== null) this.$handle.cancelled = true;
    this.$handle = null;
    if (this.$state === "expiring") {
      this.$state = "expired";
      if (exc !== null && exc !== undefined && matchesCancel(exc)) {
        const err = TimeoutError();
        err.__cause__ = exc;
        err.__context__ = exc;
        err.__suppress_context__ = true;
        throw err;
      }
    } else if (this.$state === "active") {
      this.$state = "finished";
    }
    return null;
  });
});

export function timeout(delay) {
  return callkw(Timeout, [delay === null || delay === undefined ? null : nowSec() + (typeof delay === "number" ? delay : Number(delay.v ?? delay))], new Map());
}

export function timeout_at(when) {
  return callkw(Timeout, [when], new Map());
}

/** `asyncio.TaskGroup` (3.11): its tasks finish before the block is left; errors cancel the rest. */
export const TaskGroup = mkclass("TaskGroup", [], (C) => {
  C.__module__ = "asyncio.taskgroups";
  const m = (name, params, f, opts) => (C[name] = method(`TaskGroup.${name}`, params, f, opts));
  m("__init__", [], function () {
    this.$entered = false;
    this.$exiting = false;
    this.$aborting = false;
    this.$parent = null;
    this.$parentCancelRequested = false;
    this.$tasks = new Set();
    this.$errors = [];
    this.$baseError = null;
    this.$onCompleted = null;
    return null;
  });
  m("__repr__", [], function () {
    let info = "";
    if (this.$tasks.size) info += ` tasks=${this.$tasks.size}`;
    if (this.$errors.length) info += ` errors=${this.$errors.length}`;
    if (this.$aborting) info += " cancelling";
    else if (this.$entered) info += " entered";
    return `<TaskGroup${info}>`;
  });
  const isBase = (e) => isinstance(e, SystemExit) || isinstance(e, KeyboardInterrupt);
  const abort = (self) => {
    self.$aborting = true;
    for (const t of self.$tasks) if (t.$state === PENDING) t.cancel();
  };
  const onDone = (self, t) => {
    self.$tasks.delete(t);
    if (self.$onCompleted !== null && self.$tasks.size === 0) {
      const done = self.$onCompleted;
      self.$onCompleted = null;
      done();
    }
    if (t.$state === CANCELLED || t.$exception === null) return;
    const exc = t.$exception;
    self.$errors.push(exc);
    if (isBase(exc) && self.$baseError === null) self.$baseError = exc;
    if (!self.$aborting && !self.$parentCancelRequested) {
      abort(self);
      self.$parentCancelRequested = true;
      // The parent is interrupted where it waits inside the block (its __aexit__ swallows
      // that CancelledError); waiting in __aexit__ it just sees the tasks finish.
      if (!self.$exiting) interrupt(self.$parent);
    }
  };
  m("create_task", ["coro"], function (coro, ...rest) {
    const k = splitkw(rest);
    const name = kwtake(k, "name");
    kwtake(k, "context");
    kwnone(k, "create_task");
    if (!this.$entered) throw RuntimeError(`TaskGroup ${cm_repr(this)} has not been entered`);
    if (this.$exiting && this.$tasks.size === 0) throw RuntimeError(`TaskGroup ${cm_repr(this)} is finished`);
    if (this.$aborting) throw RuntimeError(`TaskGroup ${cm_repr(this)} is shutting down`);
    const t = newTask(coro, name);
    if (coro instanceof Promise) claimOwners([t]);
    this.$tasks.add(t);
    t.$callbacks.push(fnCallback(() => onDone(this, t)));
    return t;
  }, { kwonly: ["name", "context"] });
  m("__aenter__", [], async function () {
    if (this.$entered) throw RuntimeError(`TaskGroup ${cm_repr(this)} has been already entered`);
    this.$entered = true;
    this.$parent = currentTask;
    if (this.$parent === null) throw RuntimeError(`TaskGroup ${cm_repr(this)} cannot determine the parent task`);
    return this;
  });
  m("__aexit__", ["exc_type", "exc", "tb"], async function (excType, exc) {
    this.$exiting = true;
    if (exc === undefined) exc = null;
    if (exc !== null && isBase(exc) && this.$baseError === null) this.$baseError = exc;
    let propagateCancel = null;
    if (exc !== null && matchesCancel(exc) && !this.$parentCancelRequested) propagateCancel = exc;
    if (exc !== null && !this.$aborting) abort(this);
    while (this.$tasks.size > 0) {
      await waitable((res) => {
        this.$onCompleted = () => callSoon(() => res(null));
      });
    }
    if (this.$baseError !== null) throw this.$baseError;
    if (propagateCancel !== null && this.$errors.length === 0) throw propagateCancel;
    if (exc !== null && !matchesCancel(exc)) this.$errors.push(exc);
    if (this.$errors.length) {
      const errors = this.$errors;
      this.$errors = [];
      throw callkw(BaseExceptionGroup, ["unhandled errors in a TaskGroup", errors], new Map());
    }
    return null;
  });
});

function cm_repr(x) {
  return repr(x);
}

export const __all__ = [
  "run", "sleep", "gather", "create_task", "wait_for", "wait", "as_completed", "shield", "ensure_future",
  "Event", "Lock", "Semaphore", "BoundedSemaphore", "Condition", "Queue", "LifoQueue", "PriorityQueue",
  "QueueEmpty", "QueueFull", "CancelledError", "TimeoutError", "InvalidStateError", "Future", "Task",
  "get_event_loop", "get_running_loop", "current_task", "all_tasks", "iscoroutine", "iscoroutinefunction",
  "FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED", "TaskGroup", "Timeout", "timeout", "timeout_at",
];

void [AsyncGenFunctionProto, tuple_of, lt, matches, Dict, KwArgs];
