// Python's `csv` module (CPython 3.11: Lib/csv.py over the C `_csv` module). The reader is a
// port of _csv.c's state machine (same records, same errors in strict and lax mode), the
// writer of its quoting rules. Readers take any iterable of strings (open files,
// io.StringIO, lists); writers any object with a `write` method.

import {
  mkclass, Exception, TypeError, ValueError, KeyError, iter as pyiter, next as pynext, repr, typename,
  str as pystr, float as pyfloat, Dict, KwArgs, splitkw, kwtake, kwnone, kwrest, cm, callkw, truthy,
  mktuple, StopIteration, getattr as pygetattr, PyFloat, matches, sorted as pysorted, ga, isinstance,
} from "./builtins.mjs";
import { method, withSig } from "./_shim.mjs";
import { compile as reCompile, escape as reEscape } from "./re.mjs";

export const __name__ = "csv";
export const __version__ = "1.0";
export const __all__ = [
  "QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "Error", "Dialect", "excel", "excel_tab",
  "field_size_limit", "reader", "writer", "register_dialect", "get_dialect", "list_dialects", "Sniffer",
  "unregister_dialect", "DictReader", "DictWriter", "unix_dialect",
];

export const QUOTE_MINIMAL = 0;
export const QUOTE_ALL = 1;
export const QUOTE_NONNUMERIC = 2;
export const QUOTE_NONE = 3;

export const Error = mkclass("Error", [Exception], (C) => {
  C.__module__ = "_csv";
});

let fieldLimit = 131072;
export function field_size_limit(...args) {
  if (args.length > 1) throw TypeError(`field_size_limit expected at most 1 argument, got ${args.length}`);
  const old = fieldLimit;
  if (args.length === 1) {
    const v = args[0];
    if (typeof v !== "number" || !Number.isInteger(v)) throw TypeError("limit must be an integer");
    fieldLimit = v;
  }
  return old;
}

// ---------------------------------------------------------------- dialects

const PARAMS = ["delimiter", "doublequote", "escapechar", "lineterminator", "quotechar", "quoting", "skipinitialspace", "strict"];
const DEFAULTS = { delimiter: ",", doublequote: true, escapechar: null, lineterminator: "\r\n", quotechar: '"', quoting: QUOTE_MINIMAL, skipinitialspace: false, strict: false };

/** The _csv.Dialect type: validated, read-only formatting parameters. */
const _Dialect = mkclass("Dialect", [], (C) => {
  C.__module__ = "_csv";
});

function charParam(name, v, dflt, allowNone) {
  if (v === undefined) return dflt;
  if (v === null) {
    if (allowNone) return null;
    throw TypeError(`"${name}" must be string, not NoneType`);
  }
  if (typeof v !== "string") throw TypeError(`"${name}" must be string, not ${typename(v)}`);
  if (Array.from(v).length !== 1) throw TypeError(`"${name}" must be a 1-character string`);
  return v;
}

/** Dialect_new: combine a base dialect (name, object or class) with keyword overrides. */
function makeDialect(dialect, kw) {
  let base = null;
  if (dialect !== undefined && dialect !== null) {
    if (typeof dialect === "string") {
      base = dialects.get(dialect);
      if (base === undefined) throw Error("unknown dialect");
    } else {
      base = dialect;
    }
  }
  const get = (name) => {
    if (kw.has(name)) return kw.get(name);
    if (base !== null) {
      const v = base[name];
      if (v !== undefined) return v;
      try {
        return pygetattr(base, name);
      } catch {
        return undefined;
      }
    }
    return undefined;
  };
  for (const k of kw.keys()) {
    if (!PARAMS.includes(k)) throw TypeError(`'${k}' is an invalid keyword argument for this function`);
  }
  const d = Object.create(_Dialect);
  d.delimiter = charParam("delimiter", get("delimiter"), ",", false);
  const dq = get("doublequote");
  d.doublequote = dq === undefined ? true : truthy(dq);
  d.escapechar = charParam("escapechar", get("escapechar"), null, true);
  const lt = get("lineterminator");
  if (lt !== undefined && typeof lt !== "string") throw TypeError('"lineterminator" must be a string');
  d.lineterminator = lt === undefined ? "\r\n" : lt;
  const q = get("quoting");
  if (q !== undefined && !(typeof q === "number" && Number.isInteger(q))) throw TypeError('"quoting" must be an integer');
  d.quoting = q === undefined ? QUOTE_MINIMAL : q;
  if (d.quoting < 0 || d.quoting > 3) throw TypeError('bad "quoting" value');
  const qc = get("quotechar");
  d.quotechar = qc === undefined ? '"' : charParam("quotechar", qc, '"', true);
  const si = get("skipinitialspace");
  d.skipinitialspace = si === undefined ? false : truthy(si);
  const st = get("strict");
  d.strict = st === undefined ? false : truthy(st);
  return d;
}

const dialects = new Map();

function takeDialectArgs(args) {
  const k = splitkw(args);
  const kw = new Map(k === null ? [] : k.map);
  let dialect = args.length > 1 ? args[1] : undefined;
  if (kw.has("dialect")) {
    dialect = kw.get("dialect");
    kw.delete("dialect");
  }
  return [dialect, kw];
}

export const register_dialect = withSig(function register_dialect(name, ...rest) {
  const k = splitkw(rest);
  if (typeof name !== "string") throw TypeError("dialect name must be a string");
  const kw = new Map(k === null ? [] : k.map);
  dialects.set(name, makeDialect(rest[0], kw));
  return null;
}, "register_dialect", ["name"], { varargs: true, varkw: true });

export function unregister_dialect(name) {
  if (!dialects.delete(name)) throw Error("unknown dialect");
  return null;
}

export function get_dialect(name) {
  const d = dialects.get(name);
  if (d === undefined) throw Error("unknown dialect");
  return d;
}

export function list_dialects() {
  return Array.from(dialects.keys());
}

/** csv.Dialect: the Python base class whose subclasses describe a dialect in class attributes. */
export const Dialect = mkclass("Dialect", [], (C) => {
  C.__module__ = "csv";
  C._name = "";
  C._valid = false;
  for (const p of PARAMS) C[p] = null;
  C.__init__ = method("Dialect.__init__", [], function () {
    const cls = Object.getPrototypeOf(this);
    if (cls !== Dialect) this._valid = true;
    const kw = new Map();
    for (const p of PARAMS) if (this[p] !== null && this[p] !== undefined) kw.set(p, this[p]);
    try {
      makeDialect(null, kw);
    } catch (e) {
      if (matches(e, TypeError)) throw Error(e.args[0]);
      throw e;
    }
    return null;
  });
});

function dialectClass(name, attrs) {
  return mkclass(name, [Dialect], (C) => {
    C.__module__ = "csv";
    Object.assign(C, attrs);
  });
}
export const excel = dialectClass("excel", { delimiter: ",", quotechar: '"', doublequote: true, skipinitialspace: false, lineterminator: "\r\n", quoting: QUOTE_MINIMAL });
export const excel_tab = mkclass("excel_tab", [excel], (C) => {
  C.__module__ = "csv";
  C.delimiter = "\t";
});
export const unix_dialect = dialectClass("unix_dialect", { delimiter: ",", quotechar: '"', doublequote: true, skipinitialspace: false, lineterminator: "\n", quoting: QUOTE_ALL });
dialects.set("excel", makeDialect(excel, new Map()));
dialects.set("excel-tab", makeDialect(excel_tab, new Map()));
dialects.set("unix", makeDialect(unix_dialect, new Map()));

// ---------------------------------------------------------------- reader

const START_RECORD = 0, START_FIELD = 1, ESCAPED_CHAR = 2, IN_FIELD = 3, IN_QUOTED_FIELD = 4,
  ESCAPE_IN_QUOTED_FIELD = 5, QUOTE_IN_QUOTED_FIELD = 6, EAT_CRNL = 7, AFTER_ESCAPED_CRNL = 8;
const EOL = null;

const Reader = mkclass("reader", [], (C) => {
  C.__module__ = "_csv";
  C.__iter__ = method("reader.__iter__", [], function () {
    return this;
  });
  C.__next__ = method("reader.__next__", [], function () {
    const r = readerNext(this);
    if (r === null) throw StopIteration();
    return r;
  });
});

function saveField(rd) {
  let field = rd.field.join("");
  rd.field = [];
  if (rd.numeric) {
    rd.numeric = false;
    rd.fields.push(pyfloat(field));
  } else {
    rd.fields.push(field);
  }
}

function addChar(rd, c) {
  if (rd.field.length >= fieldLimit) throw Error(`field larger than field limit (${fieldLimit})`);
  rd.field.push(c);
}

function processChar(rd, c) {
  const d = rd.dialect;
  switch (rd.state) {
    case START_RECORD:
      if (c === EOL) return;
      if (c === "\n" || c === "\r") {
        rd.state = EAT_CRNL;
        return;
      }
      rd.state = START_FIELD;
    // fallthrough
    case START_FIELD:
      if (c === "\n" || c === "\r" || c === EOL) {
        saveField(rd);
        rd.state = c === EOL ? START_RECORD : EAT_CRNL;
      } else if (c === d.quotechar && d.quoting !== QUOTE_NONE) {
        rd.state = IN_QUOTED_FIELD;
      } else if (c === d.escapechar) {
        rd.state = ESCAPED_CHAR;
      } else if (c === " " && d.skipinitialspace) {
        // ignore spaces at the start of a field
      } else if (c === d.delimiter) {
        saveField(rd);
      } else {
        if (d.quoting === QUOTE_NONNUMERIC) rd.numeric = true;
        addChar(rd, c);
        rd.state = IN_FIELD;
      }
      return;
    case ESCAPED_CHAR:
      if (c === "\n" || c === "\r") {
        addChar(rd, c);
        rd.state = AFTER_ESCAPED_CRNL;
        return;
      }
      if (c === EOL) c = "\n";
      addChar(rd, c);
      rd.state = IN_FIELD;
      return;
    case AFTER_ESCAPED_CRNL:
      if (c === EOL) return;
    // fallthrough
    case IN_FIELD:
      if (c === "\n" || c === "\r" || c === EOL) {
        saveField(rd);
        rd.state = c === EOL ? START_RECORD : EAT_CRNL;
      } else if (c === d.escapechar) {
        rd.state = ESCAPED_CHAR;
      } else if (c === d.delimiter) {
        saveField(rd);
        rd.state = START_FIELD;
      } else {
        addChar(rd, c);
      }
      return;
    case IN_QUOTED_FIELD:
      if (c === EOL) {
        // keep going: the record continues on the next line
      } else if (c === d.escapechar) {
        rd.state = ESCAPE_IN_QUOTED_FIELD;
      } else if (c === d.quotechar && d.quoting !== QUOTE_NONE) {
        rd.state = d.doublequote ? QUOTE_IN_QUOTED_FIELD : IN_FIELD;
      } else {
        addChar(rd, c);
      }
      return;
    case ESCAPE_IN_QUOTED_FIELD:
      if (c === EOL) c = "\n";
      addChar(rd, c);
      rd.state = IN_QUOTED_FIELD;
      return;
    case QUOTE_IN_QUOTED_FIELD:
      if (d.quoting !== QUOTE_NONE && c === d.quotechar) {
        addChar(rd, c);
        rd.state = IN_QUOTED_FIELD;
      } else if (c === d.delimiter) {
        saveField(rd);
        rd.state = START_FIELD;
      } else if (c === "\n" || c === "\r" || c === EOL) {
        saveField(rd);
        rd.state = c === EOL ? START_RECORD : EAT_CRNL;
      } else if (!d.strict) {
        addChar(rd, c);
        rd.state = IN_FIELD;
      } else {
        throw Error(`'${d.delimiter}' expected after '${d.quotechar}'`);
      }
      return;
    case EAT_CRNL:
      if (c === "\n" || c === "\r") return;
      if (c === EOL) {
        rd.state = START_RECORD;
        return;
      }
      throw Error("new-line character seen in unquoted field - do you need to open the file in universal-newline mode?");
  }
}

function readerNext(rd) {
  rd.fields = [];
  rd.field = [];
  rd.state = START_RECORD;
  rd.numeric = false;
  do {
    const r = rd.$it.next();
    if (r.done) {
      if (rd.field.length !== 0 || rd.state === IN_QUOTED_FIELD) {
        if (rd.dialect.strict) throw Error("unexpected end of data");
        saveField(rd);
        break;
      }
      return null;
    }
    const line = r.value;
    if (typeof line !== "string") {
      throw Error(`iterator should return strings, not ${typename(line)} (the file should be opened in text mode)`);
    }
    rd.line_num++;
    for (const ch of line) processChar(rd, ch);
    processChar(rd, EOL);
  } while (rd.state !== START_RECORD);
  const fields = rd.fields;
  rd.fields = [];
  return fields;
}

export const reader = withSig(function reader(csvfile, ...args) {
  const [dialect, kw] = takeDialectArgs([csvfile, ...args]);
  const it = pyiter(csvfile);
  const rd = Object.create(Reader);
  rd.$it = it[Symbol.iterator]();
  rd.dialect = makeDialect(dialect, kw);
  rd.line_num = 0;
  rd.fields = [];
  rd.field = [];
  rd.state = START_RECORD;
  rd.numeric = false;
  rd[Symbol.iterator] = function () {
    return {
      next: () => {
        const r = readerNext(rd);
        return r === null ? { done: true, value: undefined } : { done: false, value: r };
      },
      [Symbol.iterator]() {
        return this;
      },
    };
  };
  return rd;
}, "reader", ["csvfile", "dialect"], { defaults: 1, varkw: true });

// ---------------------------------------------------------------- writer

const Writer = mkclass("writer", [], (C) => {
  C.__module__ = "_csv";
  C.writerow = method("writer.writerow", ["row"], function (row) {
    return writeRow(this, row);
  });
  C.writerows = method("writer.writerows", ["rows"], function (rows) {
    for (const row of pyiter(rows)) writeRow(this, row);
    return null;
  });
});

const isNumber = (x) => typeof x === "number" || typeof x === "bigint" || typeof x === "boolean" || x instanceof PyFloat ||
  (x !== null && typeof x === "object" && (typeof x.__float__ === "function" || typeof x.__index__ === "function" || typeof x.__int__ === "function"));

/** join_append_data: the text of one field, and whether it needs quotes. */
function fieldText(d, field, quoted) {
  let out = "";
  for (const c of field) {
    let wantEscape = false;
    if (c === d.delimiter || c === d.escapechar || c === d.quotechar || d.lineterminator.includes(c)) {
      if (d.quoting === QUOTE_NONE) wantEscape = true;
      else {
        if (c === d.quotechar) {
          if (d.doublequote) out += d.quotechar;
          else wantEscape = true;
        } else if (c === d.escapechar) {
          wantEscape = true;
        }
        if (!wantEscape) quoted = true;
      }
      if (wantEscape) {
        if (d.escapechar === null) throw Error("need to escape, but no escapechar set");
        out += d.escapechar;
      }
    }
    out += c;
  }
  return [out, quoted];
}

function writeRow(w, row) {
  const d = w.dialect;
  let it;
  try {
    it = pyiter(row);
  } catch (e) {
    if (matches(e, TypeError)) throw Error(`iterable expected, not ${typename(row)}`);
    throw e;
  }
  const parts = [];
  let n = 0;
  for (const field of it) {
    let quoted = d.quoting === QUOTE_NONNUMERIC ? !isNumber(field) : d.quoting === QUOTE_ALL;
    const s = typeof field === "string" ? field : field === null || field === undefined ? "" : pystr(field);
    let text;
    [text, quoted] = fieldText(d, s, quoted);
    parts.push(quoted ? d.quotechar + text + d.quotechar : text);
    n++;
  }
  let line = parts.join(d.delimiter);
  if (n === 1 && line === "") {
    if (d.quoting === QUOTE_NONE) throw Error("single empty field record must be quoted");
    line = d.quotechar + d.quotechar;
  }
  line += d.lineterminator;
  return w.$write(line);
}

export const writer = withSig(function writer(csvfile, ...args) {
  const [dialect, kw] = takeDialectArgs([csvfile, ...args]);
  let write;
  try {
    write = ga(csvfile, "write");
  } catch {
    throw TypeError('argument 1 must have a "write" method');
  }
  const w = Object.create(Writer);
  w.dialect = makeDialect(dialect, kw);
  w.$write = (line) => callkw(write, [line], new Map());
  return w;
}, "writer", ["csvfile", "dialect"], { defaults: 1, varkw: true });

// ---------------------------------------------------------------- DictReader / DictWriter

function passArgs(f, dialect, args, k) {
  const kw = new Map(k === null ? [] : k.map);
  return callkw(f, [dialect === undefined ? "excel" : dialect, ...args], kw);
}

export const DictReader = mkclass("DictReader", [], (C) => {
  C.__module__ = "csv";
  const m = (n, params, f, opts) => (C[n] = method(`DictReader.${n}`, params, f, opts));
  m("__init__", ["f", "fieldnames", "restkey", "restval", "dialect"], function (f, fieldnames, restkey, restval, dialect, ...args) {
    const k = splitkw(args);
    this._fieldnames = fieldnames === undefined ? null : fieldnames;
    this.restkey = restkey === undefined ? null : restkey;
    this.restval = restval === undefined ? null : restval;
    const kw = new Map(k === null ? [] : k.map);
    this.reader = callkw(reader, [f, dialect === undefined ? "excel" : dialect, ...args], kw);
    this.dialect = dialect === undefined ? "excel" : dialect;
    this.line_num = 0;
    return null;
  }, { defaults: 4, varargs: true, varkw: true });
  m("__iter__", [], function () {
    return this;
  });
  m("__next__", [], function () {
    const names = this.fieldnames;
    if (this.line_num === 0) void names;
    let row = readerNext(this.reader);
    this.line_num = this.reader.line_num;
    while (row !== null && row.length === 0) {
      row = readerNext(this.reader);
      this.line_num = this.reader.line_num;
    }
    if (row === null) throw StopIteration();
    const fn = Array.from(pyiter(this.fieldnames));
    const d = new Dict();
    fn.forEach((name, i) => d.set(name, i < row.length ? row[i] : this.restval));
    if (fn.length < row.length) d.set(this.restkey, row.slice(fn.length));
    return d;
  });
});
Object.defineProperty(DictReader, "fieldnames", {
  get() {
    if (this === DictReader) return undefined;
    if (this._fieldnames === null) {
      const r = readerNext(this.reader);
      if (r !== null) this._fieldnames = r;
      this.line_num = this.reader.line_num;
    }
    return this._fieldnames;
  },
  set(v) {
    this._fieldnames = v;
  },
  configurable: true,
});

export const DictWriter = mkclass("DictWriter", [], (C) => {
  C.__module__ = "csv";
  const m = (n, params, f, opts) => (C[n] = method(`DictWriter.${n}`, params, f, opts));
  m("__init__", ["f", "fieldnames", "restval", "extrasaction", "dialect"], function (f, fieldnames, restval, extrasaction, dialect, ...args) {
    const k = splitkw(args);
    this.fieldnames = fieldnames;
    this.restval = restval === undefined ? "" : restval;
    extrasaction = extrasaction === undefined ? "raise" : extrasaction;
    const ea = typeof extrasaction === "string" ? extrasaction.toLowerCase() : extrasaction;
    if (ea !== "raise" && ea !== "ignore") throw ValueError(`extrasaction (${extrasaction}) must be 'raise' or 'ignore'`);
    this.extrasaction = extrasaction;
    const kw = new Map(k === null ? [] : k.map);
    this.writer = callkw(writer, [f, dialect === undefined ? "excel" : dialect, ...args], kw);
    return null;
  }, { defaults: 3, varargs: true, varkw: true });
  m("writeheader", [], function () {
    const header = new Dict();
    for (const name of pyiter(this.fieldnames)) header.set(name, name);
    return this.writerow(header);
  });
  m("_dict_to_list", ["rowdict"], function (rowdict) {
    const fns = Array.from(pyiter(this.fieldnames));
    if (String(this.extrasaction).toLowerCase() === "raise") {
      const fset = new Dict();
      for (const f of fns) fset.set(f, true);
      const wrong = [];
      for (const k of pyiter(keysOf(rowdict))) if (!fset.has(k)) wrong.push(k);
      if (wrong.length) throw ValueError("dict contains fields not in fieldnames: " + wrong.map((x) => repr(x)).join(", "));
    }
    return fns.map((key) => getOr(rowdict, key, this.restval));
  });
  m("writerow", ["rowdict"], function (rowdict) {
    return this.writer.writerow(this._dict_to_list(rowdict));
  });
  m("writerows", ["rowdicts"], function (rowdicts) {
    const rows = [];
    for (const r of pyiter(rowdicts)) rows.push(this._dict_to_list(r));
    return this.writer.writerows(rows);
  });
});

function keysOf(d) {
  return d instanceof Dict ? Array.from(d.keys()) : cm(d, "keys");
}
function getOr(d, key, dflt) {
  if (d instanceof Dict) return d.has(key) ? d.get(key) : dflt;
  return cm(d, "get", key, dflt);
}

// ---------------------------------------------------------------- Sniffer (Lib/csv.py)

export const Sniffer = mkclass("Sniffer", [], (C) => {
  C.__module__ = "csv";
  const m = (n, params, f, opts) => (C[n] = method(`Sniffer.${n}`, params, f, opts));
  m("__init__", [], function () {
    this.preferred = [",", "\t", ";", " ", ":"];
    return null;
  });
  m("sniff", ["sample", "delimiters"], function (sample, delimiters) {
    if (delimiters === undefined) delimiters = null;
    let [quotechar, doublequote, delimiter, skipinitialspace] = guessQuoteAndDelimiter(sample, delimiters);
    if (!delimiter) [delimiter, skipinitialspace] = guessDelimiter(sample, delimiters, this.preferred);
    if (!delimiter) throw Error("Could not determine delimiter");
    const D = mkclass("dialect", [Dialect], (K) => {
      K.__module__ = "csv";
      K._name = "sniffed";
      K.lineterminator = "\r\n";
      K.quoting = QUOTE_MINIMAL;
      K.doublequote = doublequote;
      K.delimiter = delimiter;
      K.quotechar = quotechar || '"';
      K.skipinitialspace = skipinitialspace;
    });
    return D;
  }, { defaults: 1 });
  m("has_header", ["sample"], function (sample) {
    return hasHeader(this, sample);
  });
});

function guessQuoteAndDelimiter(data, delimiters) {
  const patterns = [
    String.raw`(?P<delim>[^\w\n"'])(?P<space> ?)(?P<quote>["']).*?(?P=quote)(?P=delim)`,
    String.raw`(?:^|\n)(?P<quote>["']).*?(?P=quote)(?P<delim>[^\w\n"'])(?P<space> ?)`,
    String.raw`(?P<delim>[^\w\n"'])(?P<space> ?)(?P<quote>["']).*?(?P=quote)(?:$|\n)`,
    String.raw`(?:^|\n)(?P<quote>["']).*?(?P=quote)(?:$|\n)`,
  ];
  let matches_ = [];
  for (const p of patterns) {
    const rx = reCompile(p, 16 | 8); // DOTALL | MULTILINE
    matches_ = Array.from(rx.finditer(data));
    if (matches_.length) break;
  }
  if (!matches_.length) return ["", false, null, 0];
  const quotes = new Map(), delims = new Map();
  let spaces = 0;
  const gi = matches_[0].re.groupindex;
  for (const m of matches_) {
    let key = m.group(gi.__getitem__("quote"));
    if (key) quotes.set(key, (quotes.get(key) ?? 0) + 1);
    let dk;
    try {
      dk = m.group(gi.__getitem__("delim"));
    } catch {
      continue;
    }
    if (dk && (delimiters === null || delimiters.includes(dk))) delims.set(dk, (delims.get(dk) ?? 0) + 1);
    try {
      if (m.group(gi.__getitem__("space"))) spaces += 1;
    } catch {
      continue;
    }
  }
  const maxKey = (mp) => {
    let best = null, bc = -1;
    for (const [k, v] of mp) if (v > bc) [best, bc] = [k, v];
    return best;
  };
  const quotechar = maxKey(quotes);
  let delim, skipinitialspace;
  if (delims.size) {
    delim = maxKey(delims);
    skipinitialspace = delims.get(delim) === spaces;
    if (delim === "\n") delim = "";
  } else {
    delim = "";
    skipinitialspace = 0;
  }
  const ed = reEscape(delim);
  const dqRe = reCompile(String.raw`((${ed})|^)\W*${quotechar}[^${ed}\n]*${quotechar}[^${ed}\n]*${quotechar}\W*((${ed})|$)`, 8);
  const doublequote = dqRe.search(data) !== null;
  return [quotechar, doublequote, delim, skipinitialspace];
}

function guessDelimiter(data, delimiters, preferred) {
  const lines = data.split("\n").filter((x) => x !== "");
  const ascii = Array.from({ length: 127 }, (_, i) => String.fromCharCode(i));
  const chunkLength = Math.min(10, lines.length);
  let iteration = 0;
  const charFrequency = new Map();
  let modes = new Map();
  let delims = new Map();
  let start = 0, end = chunkLength;
  while (start < lines.length) {
    iteration++;
    for (const line of lines.slice(start, end)) {
      for (const ch of ascii) {
        const metaFrequency = charFrequency.get(ch) ?? new Map();
        const freq = line.split(ch).length - 1;
        metaFrequency.set(freq, (metaFrequency.get(freq) ?? 0) + 1);
        charFrequency.set(ch, metaFrequency);
      }
    }
    for (const ch of charFrequency.keys()) {
      let items = Array.from(charFrequency.get(ch).entries());
      if (items.length === 1 && items[0][0] === 0) continue;
      let modeItem;
      if (items.length > 1) {
        modeItem = items.reduce((a, b) => (b[1] > a[1] ? b : a));
        items = items.filter((x) => x !== modeItem);
        modeItem = [modeItem[0], modeItem[1] - items.reduce((s, x) => s + x[1], 0)];
      } else {
        modeItem = items[0];
      }
      modes.set(ch, modeItem);
    }
    const total = Math.min(chunkLength * iteration, lines.length);
    let consistency = 1.0;
    const threshold = 0.9;
    while (delims.size === 0 && consistency >= threshold) {
      for (const [k, v] of modes) {
        if (v[0] > 0 && v[1] > 0) {
          if (v[1] / total >= consistency && (delimiters === null || delimiters.includes(k))) delims.set(k, v);
        }
      }
      consistency -= 0.01;
    }
    if (delims.size === 1) {
      const delim = Array.from(delims.keys())[0];
      return [delim, skipOf(lines[0], delim)];
    }
    start = end;
    end += chunkLength;
  }
  if (!delims.size) return ["", 0];
  if (delims.size > 1) {
    for (const d of preferred) {
      if (delims.has(d)) {
        return [d, skipOf(lines[0], d)];
      }
    }
  }
  const items = Array.from(delims.entries()).map(([k, v]) => [v, k]);
  items.sort((a, b) => (a[0][0] - b[0][0]) || (a[0][1] - b[0][1]) || (a[1] < b[1] ? -1 : 1));
  const delim = items[items.length - 1][1];
  return [delim, skipOf(lines[0], delim)];
}

const countOf = (s, sub) => s.split(sub).length - 1;
const skipOf = (line, d) => countOf(line, d) === countOf(line, d + " ");

function hasHeader(sniffer, sample) {
  const D = sniffer.sniff(sample);
  const lines = sample.split(/\r\n|\r|\n/);
  if (lines.length && lines[lines.length - 1] === "") lines.pop();
  const rdr = reader(lines, D);
  const header = readerNext(rdr);
  if (header === null) return false;
  const columns = header.length;
  const columnTypes = new Map();
  for (let i = 0; i < columns; i++) columnTypes.set(i, null);
  let checked = 0;
  for (;;) {
    const row = readerNext(rdr);
    if (row === null) break;
    if (checked > 20) break;
    checked++;
    if (row.length !== columns) continue;
    for (const col of Array.from(columnTypes.keys())) {
      let thisType;
      try {
        pyfloat(row[col]); // complex(row[col]) in CPython
        thisType = "complex";
      } catch {
        thisType = Array.from(row[col]).length;
      }
      if (thisType !== columnTypes.get(col)) {
        if (columnTypes.get(col) === null) columnTypes.set(col, thisType);
        else columnTypes.delete(col);
      }
    }
  }
  let hasHdr = 0;
  for (const [col, colType] of columnTypes) {
    if (typeof colType === "number") {
      if (Array.from(header[col]).length !== colType) hasHdr += 1;
      else hasHdr -= 1;
    } else {
      try {
        pyfloat(header[col]);
        hasHdr -= 1;
      } catch {
        hasHdr += 1;
      }
    }
  }
  return hasHdr > 0;
}

void [KeyError, pynext, kwtake, kwnone, kwrest, mktuple, KwArgs, pysorted, isinstance, passArgs];
