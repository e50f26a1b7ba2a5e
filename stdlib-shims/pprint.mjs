// Python's `pprint` module (CPython 3.11 Lib/pprint.py), ported line by line: the same
// width/indent/depth/compact/sort_dicts/underscore_numbers rules, the same dispatch on the
// type's `__repr__` (dict, list, tuple, set, frozenset, str, the collections types,
// mappingproxy, dataclasses), and `format()` as the overridable hook of PrettyPrinter.

import {
  mkclass, repr, format as pyformat, mktuple, tuple_of, print, cm, typename, id as pyid, lt, callkw,
  Dict, PySet, Tuple, PyFloat, ValueError, splitkw, kwtake, kwnone, type as pytype,
  list as pylist, dict as pydict, tuple as pytuple, set as pyset, frozenset as pyfrozenset, int as pyint,
  truthy, getattr, arr, bytes as pybytes, bytearray as pybytearray,
} from "./builtins.mjs";
import { method, withSig } from "./_shim.mjs";
import { mkbytes } from "./rt/bytes.mjs";
import { compile as reCompile } from "./re.mjs";

export const __name__ = "pprint";
export const __all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr", "PrettyPrinter", "pp"];

const plen = (s) => (/[\uD800-\uDFFF]/.test(s) ? Array.from(s).length : s.length);

// ---------------------------------------------------------------- type classification

function builtinReprOf(C) {
  return C.__repr__;
}

/**
 * The kind of pretty-printing an object gets: which `__repr__` its type uses ("dict", "list",
 * "tuple", "set", "frozenset", "str", "OrderedDict", ... or "dataclass"), or null.
 */
function kindOf(x) {
  if (typeof x === "string") return "str";
  if (x === null || typeof x !== "object") return null;
  const p = Object.getPrototypeOf(x);
  if (p === Array.prototype) return "list";
  if (p === Tuple.prototype) return "tuple";
  if (p === Dict.prototype) return "dict";
  if (p === PySet.prototype) return x.frozen ? "frozenset" : "set";
  if (x instanceof PyFloat) return null;
  let T;
  try {
    T = pytype(x);
  } catch {
    return null;
  }
  const r = T.__repr__;
  if (r === undefined) return null;
  for (const [name, B] of [["list", pylist], ["dict", pydict], ["tuple", pytuple], ["set", pyset], ["frozenset", pyfrozenset],
    ["bytes", pybytes], ["bytearray", pybytearray]]) {
    if (r === builtinReprOf(B) && T.$mro?.includes(B)) return name;
  }
  for (const K of T.$mro ?? []) {
    if (K.__module__ === "collections" && COLLECTION_KINDS.has(K.__name__) && Object.hasOwn(K, "__repr__") && K.__repr__ === r) return K.__name__;
    if (K.__name__ === "mappingproxy" && Object.hasOwn(K, "__repr__") && K.__repr__ === r) return "mappingproxy";
    if (K.__name__ === "SimpleNamespace" && K.__module__ === "types" && Object.hasOwn(K, "__repr__") && K.__repr__ === r) return "namespace";
  }
  if (T.__dataclass_fields__ !== undefined && T.__dataclass_params__?.repr !== false && isDataclassRepr(r)) return "dataclass";
  return null;
}

const COLLECTION_KINDS = new Set(["OrderedDict", "defaultdict", "Counter", "ChainMap", "deque", "UserDict", "UserList", "UserString"]);

function isDataclassRepr(r) {
  if (typeof r !== "function") return false;
  if (r.$dataclassRepr === true) return true;
  const w = r.__wrapped__;
  if (w && typeof w.__qualname__ === "string" && w.__qualname__.includes("__create_fn__")) return true;
  // Fallback until dataclasses.mjs marks its generated __repr__ ($dataclassRepr): the wrapper
  // dataclasses.mjs puts around every method it generates (without whitespace: the compiler
  // ships runtime files minified).
  const src = Function.prototype.toString.call(r).replace(/\s+/g, "");
  return src.includes("missing1requiredpositionalargument:'self'") && /return[\w$]+\.apply\(this,[\w$]+\)/.test(src);
}

const isScalar = (x) =>
  typeof x === "string" || typeof x === "boolean" || x === null || x === undefined ||
  (typeof x === "number" && !Number.isInteger(x)) || x instanceof PyFloat;
const isIntExact = (x) => (typeof x === "number" && Number.isInteger(x)) || typeof x === "bigint";

// ---------------------------------------------------------------- safe ordering

function safeLt(a, b) {
  try {
    return lt(a, b);
  } catch (e) {
    if (e === null || typeof e !== "object" || !e.$exc || typename(e) !== "TypeError") throw e;
    const ta = `<class '${typename(a)}'>`, tb = `<class '${typename(b)}'>`;
    if (ta !== tb) return ta < tb;
    return pyid(a) < pyid(b);
  }
}

function safeSorted(items, key = (x) => x) {
  return items.slice().sort((a, b) => (safeLt(key(a), key(b)) ? -1 : safeLt(key(b), key(a)) ? 1 : 0));
}

function dictItems(d) {
  if (d instanceof Dict) return Array.from(d.entries());
  return Array.from(cm(d, "items"), (kv) => [kv[0], kv[1]]);
}

function items(x) {
  return Array.isArray(x) ? Array.from(x) : arr(x);
}

function recursionRepr(x) {
  return `<Recursion on ${typename(x)} with id=${pyid(x)}>`;
}

const strSplitRe = reCompile("\\S*\\s*");

/** str.splitlines(keepends=True). */
function splitlinesKeep(s) {
  const out = [];
  const re = /\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]/g;
  let last = 0;
  let m;
  while ((m = re.exec(s)) !== null) {
    out.push(s.slice(last, m.index + m[0].length));
    last = m.index + m[0].length;
  }
  if (last < s.length) out.push(s.slice(last));
  return out;
}

// ---------------------------------------------------------------- PrettyPrinter

const INIT_PARAMS = ["indent", "width", "depth", "stream"];

/** A format() result as [repr, readable, recursive] (whatever a subclass returned). */
function formatOf(pp, obj, context, maxlevels, level) {
  const r = pp.format(obj, context, maxlevels, level);
  return [r[0], truthy(r[1]), truthy(r[2])];
}

function toIntArg(x, what) {
  if (typeof x === "number" && Number.isInteger(x)) return x;
  if (typeof x === "boolean") return +x;
  return pyint(x);
}

export const PrettyPrinter = mkclass("PrettyPrinter", [], (C) => {
  C.__module__ = "pprint";
  const m = (name, params, f, opts) => (C[name] = method(`PrettyPrinter.${name}`, params, f, opts));

  m("__init__", INIT_PARAMS, function (indent, width, depth, stream, ...rest) {
    const k = splitkw(rest);
    const compact = kwtake(k, "compact");
    const sortDicts = kwtake(k, "sort_dicts");
    const underscore = kwtake(k, "underscore_numbers");
    kwnone(k, "PrettyPrinter.__init__");
    indent = toIntArg(indent === undefined ? 1 : indent);
    width = toIntArg(width === undefined ? 80 : width);
    if (depth === undefined) depth = null;
    if (indent < 0) throw ValueError("indent must be >= 0");
    if (depth !== null && depth <= 0) throw ValueError("depth must be > 0");
    if (!width) throw ValueError("width must be != 0");
    this._depth = depth;
    this._indent_per_level = indent;
    this._width = width;
    this._stream = stream === undefined || stream === null ? null : stream;
    this._compact = compact === undefined ? false : truthy(compact);
    this._sort_dicts = sortDicts === undefined ? true : sortDicts;
    this._underscore_numbers = underscore === undefined ? false : underscore;
    return null;
  }, { defaults: 4, kwonly: ["compact", "sort_dicts", "underscore_numbers"] });

  m("pprint", ["object"], function (obj) {
    const out = [];
    this._format(obj, out, 0, 0, new Map(), 0);
    const s = out.join("");
    if (this._stream === null) print(s);
    else {
      cm(this._stream, "write", s);
      cm(this._stream, "write", "\n");
    }
    return null;
  });

  m("pformat", ["object"], function (obj) {
    const out = [];
    this._format(obj, out, 0, 0, new Map(), 0);
    return out.join("");
  });

  m("isrecursive", ["object"], function (obj) {
    return formatOf(this, obj, new Map(), 0, 0)[2];
  });

  m("isreadable", ["object"], function (obj) {
    const [, readable, recursive] = formatOf(this, obj, new Map(), 0, 0);
    return readable && !recursive;
  });

  m("format", ["object", "context", "maxlevels", "level"], function (obj, context, maxlevels, level) {
    return tuple_of(this._safe_repr(obj, context, maxlevels, level));
  });

  m("_format", ["object", "stream", "indent", "allowance", "context", "level"], function (obj, stream, indent, allowance, context, level) {
    if (obj !== null && typeof obj === "object" && context.has(obj)) {
      stream.push(recursionRepr(obj));
      this._recursive = true;
      this._readable = false;
      return null;
    }
    const rep = this._repr(obj, context, level);
    const maxWidth = this._width - indent - allowance;
    if (plen(rep) > maxWidth) {
      const kind = kindOf(obj);
      const p = kind === null ? undefined : DISPATCH[kind];
      if (p !== undefined) {
        context.set(obj, 1);
        p.call(this, obj, stream, indent, allowance, context, level + 1);
        context.delete(obj);
        return null;
      }
    }
    stream.push(rep);
    return null;
  });

  m("_repr", ["object", "context", "level"], function (obj, context, level) {
    const [r, readable, recursive] = formatOf(this, obj, new Map(context), this._depth, level);
    if (!readable) this._readable = false;
    if (recursive) this._recursive = true;
    return r;
  });

  m("_safe_repr", ["object", "context", "maxlevels", "level"], function (obj, context, maxlevels, level) {
    return safeRepr(this, obj, context, maxlevels, level);
  });
});

function safeRepr(pp, obj, context, maxlevels, level) {
  if (isScalar(obj)) return [repr(obj), true, false];
  if (isIntExact(obj)) {
    return [truthy(pp._underscore_numbers) ? pyformat(obj, "_d") : repr(obj), true, false];
  }
  const kind = kindOf(obj);
  if (kind === "dict") {
    const its = dictItems(obj);
    if (its.length === 0) return ["{}", true, false];
    if (maxlevels && level >= maxlevels) return ["{...}", false, context.has(obj)];
    if (context.has(obj)) return [recursionRepr(obj), false, true];
    context.set(obj, 1);
    let readable = true, recursive = false;
    const comps = [];
    level += 1;
    const sorted = truthy(pp._sort_dicts) ? safeSorted(its, (kv) => kv[0]) : its;
    for (const [k, v] of sorted) {
      const [kr, kread, krec] = formatOf(pp, k, context, maxlevels, level);
      const [vr, vread, vrec] = formatOf(pp, v, context, maxlevels, level);
      comps.push(`${kr}: ${vr}`);
      readable = readable && kread && vread;
      if (krec || vrec) recursive = true;
    }
    context.delete(obj);
    return [`{${comps.join(", ")}}`, readable, recursive];
  }
  if (kind === "list" || kind === "tuple") {
    const its = items(obj);
    let fmt;
    if (kind === "list") {
      if (its.length === 0) return ["[]", true, false];
      fmt = (s) => `[${s}]`;
    } else if (its.length === 1) {
      fmt = (s) => `(${s},)`;
    } else {
      if (its.length === 0) return ["()", true, false];
      fmt = (s) => `(${s})`;
    }
    if (maxlevels && level >= maxlevels) return [fmt("..."), false, context.has(obj)];
    if (context.has(obj)) return [recursionRepr(obj), false, true];
    context.set(obj, 1);
    let readable = true, recursive = false;
    const comps = [];
    level += 1;
    for (const o of its) {
      const [r, rd, rc] = formatOf(pp, o, context, maxlevels, level);
      comps.push(r);
      if (!rd) readable = false;
      if (rc) recursive = true;
    }
    context.delete(obj);
    return [fmt(comps.join(", ")), readable, recursive];
  }
  const rep = repr(obj);
  return [rep, rep !== "" && !rep.startsWith("<"), false];
}

// ---------------------------------------------------------------- the _pprint_* dispatch

function formatDictItems(pp, its, stream, indent, allowance, context, level) {
  indent += pp._indent_per_level;
  const delimnl = ",\n" + " ".repeat(indent);
  const lastIndex = its.length - 1;
  its.forEach(([key, ent], i) => {
    const last = i === lastIndex;
    const rep = pp._repr(key, context, level);
    stream.push(rep);
    stream.push(": ");
    pp._format(ent, stream, indent + plen(rep) + 2, last ? allowance : 1, context, level);
    if (!last) stream.push(delimnl);
  });
}

function formatNamespaceItems(pp, its, stream, indent, allowance, context, level) {
  const delimnl = ",\n" + " ".repeat(indent);
  const lastIndex = its.length - 1;
  its.forEach(([key, ent], i) => {
    const last = i === lastIndex;
    stream.push(key);
    stream.push("=");
    if (ent !== null && typeof ent === "object" && context.has(ent)) stream.push("...");
    else pp._format(ent, stream, indent + plen(key) + 1, last ? allowance : 1, context, level);
    if (!last) stream.push(delimnl);
  });
}

function formatItems(pp, its, stream, indent, allowance, context, level) {
  indent += pp._indent_per_level;
  if (pp._indent_per_level > 1) stream.push(" ".repeat(pp._indent_per_level - 1));
  const delimnl = ",\n" + " ".repeat(indent);
  let delim = "";
  let width, maxWidth;
  width = maxWidth = pp._width - indent + 1;
  const n = its.length;
  for (let i = 0; i < n; i++) {
    const ent = its[i];
    const last = i === n - 1;
    if (last) {
      maxWidth -= allowance;
      width -= allowance;
    }
    if (truthy(pp._compact)) {
      const rep = pp._repr(ent, context, level);
      const w = plen(rep) + 2;
      if (width < w) {
        width = maxWidth;
        if (delim) delim = delimnl;
      }
      if (width >= w) {
        width -= w;
        stream.push(delim);
        delim = ", ";
        stream.push(rep);
        continue;
      }
    }
    stream.push(delim);
    delim = delimnl;
    pp._format(ent, stream, indent, last ? allowance : 1, context, level);
  }
}

const clsName = (x) => pytype(x).__name__;

/** CPython's _wrap_bytes_repr: the reprs of 4-byte-aligned pieces of `s` (a latin-1 string). */
function wrapBytesRepr(s, width, allowance) {
  const out = [];
  let current = "";
  const last = Math.floor(s.length / 4) * 4;
  for (let i = 0; i < s.length; i += 4) {
    const candidate = current + s.slice(i, i + 4);
    if (i === last) width -= allowance;
    if (plen(repr(mkbytes(candidate))) > width) {
      if (current) out.push(repr(mkbytes(current)));
      current = s.slice(i, i + 4);
    } else {
      current = candidate;
    }
  }
  if (current) out.push(repr(mkbytes(current)));
  return out;
}

const DISPATCH = {
  bytes(obj, stream, indent, allowance, context, level) {
    const s = typeof obj.$s === "string" ? obj.$s : String.fromCharCode(...obj.$a);
    if (s.length <= 4) {
      stream.push(repr(mkbytes(s)));
      return;
    }
    const parens = level === 1;
    if (parens) {
      indent += 1;
      allowance += 1;
      stream.push("(");
    }
    let delim = "";
    for (const rep of wrapBytesRepr(s, this._width - indent, allowance)) {
      stream.push(delim, rep);
      if (!delim) delim = "\n" + " ".repeat(indent);
    }
    if (parens) stream.push(")");
  },
  bytearray(obj, stream, indent, allowance, context, level) {
    stream.push("bytearray(");
    DISPATCH.bytes.call(this, obj, stream, indent + 10, allowance + 1, context, level + 1);
    stream.push(")");
  },
  dict(obj, stream, indent, allowance, context, level) {
    stream.push("{");
    if (this._indent_per_level > 1) stream.push(" ".repeat(this._indent_per_level - 1));
    const its = dictItems(obj);
    if (its.length) {
      const sorted = truthy(this._sort_dicts) ? safeSorted(its, (kv) => kv[0]) : its;
      formatDictItems(this, sorted, stream, indent, allowance + 1, context, level);
    }
    stream.push("}");
  },
  OrderedDict(obj, stream, indent, allowance, context, level) {
    const its = dictItems(obj);
    if (!its.length) {
      stream.push(repr(obj));
      return;
    }
    const name = clsName(obj);
    stream.push(name + "(");
    this._format(its.map(([k, v]) => mktuple(k, v)), stream, indent + plen(name) + 1, allowance + 1, context, level);
    stream.push(")");
  },
  list(obj, stream, indent, allowance, context, level) {
    stream.push("[");
    formatItems(this, items(obj), stream, indent, allowance + 1, context, level);
    stream.push("]");
  },
  tuple(obj, stream, indent, allowance, context, level) {
    stream.push("(");
    const its = items(obj);
    const endchar = its.length === 1 ? ",)" : ")";
    formatItems(this, its, stream, indent, allowance + endchar.length, context, level);
    stream.push(endchar);
  },
  set(obj, stream, indent, allowance, context, level) {
    const its = items(obj);
    if (!its.length) {
      stream.push(repr(obj));
      return;
    }
    const T = pytype(obj);
    let endchar;
    if (T === pyset) {
      stream.push("{");
      endchar = "}";
    } else {
      stream.push(T.__name__ + "({");
      endchar = "})";
      indent += plen(T.__name__) + 1;
    }
    formatItems(this, safeSorted(its), stream, indent, allowance + endchar.length, context, level);
    stream.push(endchar);
  },
  str(obj, stream, indent, allowance, context, level) {
    if (!obj.length) {
      stream.push(repr(obj));
      return;
    }
    const chunks = [];
    const lines = splitlinesKeep(obj);
    if (level === 1) {
      indent += 1;
      allowance += 1;
    }
    let maxWidth1, maxWidth;
    maxWidth1 = maxWidth = this._width - indent;
    let rep = "";
    lines.forEach((line, i) => {
      rep = repr(line);
      if (i === lines.length - 1) maxWidth1 -= allowance;
      if (plen(rep) <= maxWidth1) chunks.push(rep);
      else {
        const parts = strSplitRe.findall(line);
        parts.pop();
        let maxWidth2 = maxWidth;
        let current = "";
        parts.forEach((part, j) => {
          const candidate = current + part;
          if (j === parts.length - 1 && i === lines.length - 1) maxWidth2 -= allowance;
          if (plen(repr(candidate)) > maxWidth2) {
            if (current) chunks.push(repr(current));
            current = part;
          } else {
            current = candidate;
          }
        });
        if (current) chunks.push(repr(current));
      }
    });
    if (chunks.length === 1) {
      stream.push(rep);
      return;
    }
    if (level === 1) stream.push("(");
    chunks.forEach((r, i) => {
      if (i > 0) stream.push("\n" + " ".repeat(indent));
      stream.push(r);
    });
    if (level === 1) stream.push(")");
  },
  mappingproxy(obj, stream, indent, allowance, context, level) {
    stream.push("mappingproxy(");
    this._format(cm(obj, "copy"), stream, indent + 13, allowance + 1, context, level);
    stream.push(")");
  },
  namespace(obj, stream, indent, allowance, context, level) {
    const T = pytype(obj);
    const name = T.__name__ === "SimpleNamespace" && T.__module__ === "types" ? "namespace" : T.__name__;
    indent += plen(name) + 1;
    stream.push(name + "(");
    formatNamespaceItems(this, dictItems(obj.__dict__), stream, indent, allowance, context, level);
    stream.push(")");
  },
  dataclass(obj, stream, indent, allowance, context, level) {
    const T = pytype(obj);
    const name = T.__name__;
    indent += plen(name) + 1;
    // dataclasses.fields(): the fields whose _field_type is _FIELD (not ClassVar / InitVar).
    const fields = Array.from(T.__dataclass_fields__.values()).filter((f) => (f._field_type?.name$ ?? "_FIELD") === "_FIELD");
    const its = fields.filter((f) => truthy(f.repr)).map((f) => [f.name$, getattr(obj, f.name$)]);
    stream.push(name + "(");
    formatNamespaceItems(this, its, stream, indent, allowance, context, level);
    stream.push(")");
  },
  defaultdict(obj, stream, indent, allowance, context, level) {
    const its = dictItems(obj);
    if (!its.length) {
      stream.push(repr(obj));
      return;
    }
    const rdf = this._repr(obj.default_factory, context, level);
    const name = clsName(obj);
    indent += plen(name) + 1;
    stream.push(`${name}(${rdf},\n${" ".repeat(indent)}`);
    DISPATCH.dict.call(this, obj, stream, indent, allowance + 1, context, level);
    stream.push(")");
  },
  Counter(obj, stream, indent, allowance, context, level) {
    const its = dictItems(obj);
    if (!its.length) {
      stream.push(repr(obj));
      return;
    }
    const name = clsName(obj);
    stream.push(name + "({");
    if (this._indent_per_level > 1) stream.push(" ".repeat(this._indent_per_level - 1));
    const mc = Array.from(cm(obj, "most_common"), (kv) => [kv[0], kv[1]]);
    formatDictItems(this, mc, stream, indent + plen(name) + 1, allowance + 2, context, level);
    stream.push("})");
  },
  ChainMap(obj, stream, indent, allowance, context, level) {
    const maps = items(obj.maps);
    if (!maps.length) {
      stream.push(repr(obj));
      return;
    }
    const name = clsName(obj);
    stream.push(name + "(");
    indent += plen(name) + 1;
    maps.forEach((mm, i) => {
      if (i === maps.length - 1) {
        this._format(mm, stream, indent, allowance + 1, context, level);
        stream.push(")");
      } else {
        this._format(mm, stream, indent, 1, context, level);
        stream.push(",\n" + " ".repeat(indent));
      }
    });
  },
  deque(obj, stream, indent, allowance, context, level) {
    const its = items(obj);
    if (!its.length) {
      stream.push(repr(obj));
      return;
    }
    const name = clsName(obj);
    stream.push(name + "(");
    indent += plen(name) + 1;
    stream.push("[");
    if (obj.maxlen === null || obj.maxlen === undefined) {
      formatItems(this, its, stream, indent, allowance + 2, context, level);
      stream.push("])");
    } else {
      formatItems(this, its, stream, indent, 2, context, level);
      const rml = this._repr(obj.maxlen, context, level);
      stream.push(`],\n${" ".repeat(indent)}maxlen=${rml})`);
    }
  },
  UserDict(obj, stream, indent, allowance, context, level) {
    this._format(obj.data, stream, indent, allowance, context, level - 1);
  },
  UserList(obj, stream, indent, allowance, context, level) {
    this._format(obj.data, stream, indent, allowance, context, level - 1);
  },
  UserString(obj, stream, indent, allowance, context, level) {
    this._format(obj.data, stream, indent, allowance, context, level - 1);
  },
};
DISPATCH.frozenset = DISPATCH.set;

// ---------------------------------------------------------------- module functions

const KW = ["compact", "sort_dicts", "underscore_numbers"];

function printer(indent, width, depth, stream, k, dfltSort = true) {
  const kw = new Map();
  if (indent !== undefined) kw.set("indent", indent);
  if (width !== undefined) kw.set("width", width);
  if (depth !== undefined) kw.set("depth", depth);
  if (stream !== undefined) kw.set("stream", stream);
  if (!dfltSort) kw.set("sort_dicts", false);
  if (k !== null) for (const [a, b] of k.map) kw.set(a, b);
  return callkw(PrettyPrinter, [], kw);
}

export const pprint = withSig(function pprint(object, stream, indent, width, depth, ...rest) {
  const k = splitkw(rest);
  printer(indent, width, depth, stream, k).pprint(object);
  return null;
}, "pprint", ["object", "stream", "indent", "width", "depth"], { defaults: 4, kwonly: KW });

export const pformat = withSig(function pformat(object, indent, width, depth, ...rest) {
  const k = splitkw(rest);
  return printer(indent, width, depth, undefined, k).pformat(object);
}, "pformat", ["object", "indent", "width", "depth"], { defaults: 3, kwonly: KW });

export const pp = withSig(function pp(object, ...rest) {
  const k = splitkw(rest);
  const [stream, indent, width, depth] = rest;
  const kw = new Map(k === null ? [] : k.map);
  if (!kw.has("sort_dicts")) kw.set("sort_dicts", false);
  const p = printer(indent, width, depth, stream, { map: kw });
  p.pprint(object);
  return null;
}, "pp", ["object"], { varargs: true, varkw: true });

export function saferepr(object) {
  return safeRepr(printer(undefined, undefined, undefined, undefined, null), object, new Map(), null, 0)[0];
}
export function isreadable(object) {
  return safeRepr(printer(undefined, undefined, undefined, undefined, null), object, new Map(), null, 0)[1];
}
export function isrecursive(object) {
  return safeRepr(printer(undefined, undefined, undefined, undefined, null), object, new Map(), null, 0)[2];
}

