// Python's `types` module (CPython 3.11), the parts programs use: `SimpleNamespace` and the
// type objects of functions, generators and modules (for isinstance checks).

import { mkclass, splitkw, repr, vars, eq, type, sa, getitem, TypeError, NotImplemented, isinstance } from "./builtins.mjs";
import { method } from "./_shim.mjs";

export const __name__ = "types";

const reprActive = new Set();

/** `SimpleNamespace(**kwargs)`: attribute access, `namespace(a=1)` repr, equality by attributes. */
export const SimpleNamespace = mkclass("SimpleNamespace", [], (C) => {
  C.__module__ = "types";
  C.__init__ = method("SimpleNamespace.__init__", [], function (...args) {
    const k = splitkw(args);
    if (args.length > 0) throw TypeError("no positional arguments expected");
    if (k !== null) for (const [name, v] of k.map) sa(this, name, v);
    return null;
  }, { varargs: true, varkw: true });
  C.__repr__ = method("SimpleNamespace.__repr__", [], function () {
    const name = type(this) === SimpleNamespace ? "namespace" : type(this).__name__;
    if (reprActive.has(this)) return `${name}(...)`;
    reprActive.add(this);
    try {
      const parts = [];
      const d = vars(this);
      for (const k of d) parts.push(`${k}=${repr(getitem(d, k))}`);
      return `${name}(${parts.join(", ")})`;
    } finally {
      reprActive.delete(this);
    }
  });
  C.__eq__ = method("SimpleNamespace.__eq__", ["other"], function (other) {
    if (!isinstance(other, SimpleNamespace)) return NotImplemented;
    return eq(vars(this), vars(other));
  });
});
