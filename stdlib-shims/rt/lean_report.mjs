// The report of a lean program's error (see rt/lean.mjs), in its full runtime (`pyjs/_full/`,
// loaded by `main_lazy` only when the program fails): the deferred operation is run again with
// the real helper, which raises CPython's exception; it is reported as `main` reports one, with
// the frames of the stack where the lean helper gave up.

import { PyFloat } from "./num.mjs";
import { add, sub, mul, floordiv, mod, idiv, fdiv, neg, eq, ne, lt, le, gt, ge } from "./num.mjs";
import { print, set_entry, uncaught, truthy, len } from "./core.mjs";
import { exc, callkw, range_stop, range_start, SystemError } from "./object.mjs";
import { missing_args, unbound_name, unbound_local } from "./glue.mjs";

const OPS = { print, add, sub, mul, floordiv, mod, idiv, fdiv, neg, truthy, eq, ne, lt, le, gt, ge, len, missing_args, unbound_name, unbound_local, range_stop, range_start, callkw: (f, args, kw) => callkw(f === "print" ? print : f, args, kw) };

export function lean_report(e, probe, pyfile) {
  set_entry(probe, pyfile);
  let pe;
  if (e instanceof Error && typeof e.$leanOp === "string") {
    const args = e.$leanArgs.map((v) => (v !== null && typeof v === "object" && v.$leanFloat !== undefined ? new PyFloat(v.$leanFloat) : v));
    try {
      OPS[e.$leanOp](...args);
      pe = SystemError(`pyjs: the lean runtime left '${e.$leanOp}' to the full one, which did not raise (a pyjs bug)`);
    } catch (x) {
      pe = exc(x);
    }
    // The frames are those of the lean helper's call, not of this re-run.
    pe.$tb = e;
  } else pe = exc(e);
  uncaught(pe);
}
