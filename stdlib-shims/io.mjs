// Python's `io` module (CPython 3.11), the text-in-memory part: StringIO, plus
// UnsupportedOperation, the SEEK_* constants and `open` (the builtin).
//
// A StringIO holds its text as one JS string; positions (`tell`, `seek`, `truncate`) count code
// points as Python does. Writes past the end pad with NULs, as CPython's StringIO does.
// BytesIO holds its bytes as a latin-1 JS string, as `bytes` objects do (rt/bytes.mjs).

import {
  mkclass, open, iter, arr, isinstance, typename, truthy, OSError, ValueError, TypeError, StopIteration, unsupported_operation,
  cm, ga, add, len, getitem, setitem, bytes, bytearray, slice as pyslice, tuple_of,
} from "./builtins.mjs";
import { method } from "./_shim.mjs";
import { mkbytes, isBytes, memoryview, encode, decode } from "./rt/bytes.mjs";

export const __name__ = "io";

export const SEEK_SET = 0;
export const SEEK_CUR = 1;
export const SEEK_END = 2;
export const DEFAULT_BUFFER_SIZE = 8192;
export { open };

/** `io.text_encoding(encoding, stacklevel=2)`: the encoding, or the default ("utf-8": pyjs
 * runs in UTF-8 mode, as the tests' CPython does with PYTHONUTF8=1). */
export function text_encoding(encoding) {
  return encoding === undefined || encoding === null ? "utf-8" : encoding;
}

/** io.UnsupportedOperation: an OSError and a ValueError. */
export const UnsupportedOperation = unsupported_operation();

function hasAstral(s) {
  return /[\ud800-\udfff]/.test(s);
}

function cpLength(s) {
  if (!hasAstral(s)) return s.length;
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** The UTF-16 index of code point index `cp` in `s` (cp <= length). */
function unitIndex(s, cp, astral) {
  if (!astral) return cp;
  let i = 0;
  for (let k = 0; k < cp && i < s.length; k++) {
    const c = s.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return i;
}

/** An optional size argument (`None` or an int) as a JS number, -1 for "all". */
function sizeArg(n) {
  if (n === undefined || n === null) return -1;
  if (typeof n === "boolean") return +n;
  if (typeof n === "number" && Number.isInteger(n)) return n;
  if (typeof n === "bigint") return n < 0n ? -1 : Number.MAX_SAFE_INTEGER;
  if (n !== null && typeof n === "object" && n.__index__ !== undefined) return sizeArg(n.__index__());
  throw TypeError(`argument should be integer or None, not '${typename(n)}'`);
}

function intArg(n) {
  if (typeof n === "boolean") return +n;
  if (typeof n === "number" && Number.isInteger(n)) return n;
  if (typeof n === "bigint") return Number(n);
  if (n !== null && typeof n === "object" && n.__index__ !== undefined) return intArg(n.__index__());
  throw TypeError(`'${typename(n)}' object cannot be interpreted as an integer`);
}

const NEWLINES = [null, "", "\n", "\r", "\r\n"];

function baseCheckClosed(f) {
  if (truthy(ga(f, "closed"))) throw ValueError("I/O operation on closed file.");
}

/**
 * The abstract bases: for isinstance/issubclass (StringIO is a TextIOBase, BytesIO a
 * BufferedIOBase), and with CPython's mixin methods for Python subclasses (a class deriving
 * from io.RawIOBase that defines readinto gets read/readall/readline/iteration/with).
 */
export const IOBase = mkclass("IOBase", [], (C) => {
  C.__module__ = "io";
  Object.defineProperty(C, "closed", {
    get() {
      return this.$closed === true;
    },
    configurable: true,
  });
  C.close = method("IOBase.close", [], function () {
    if (this.$closed !== true) {
      try {
        cm(this, "flush");
      } finally {
        this.$closed = true;
      }
    }
    return null;
  });
  C.flush = method("IOBase.flush", [], function () {
    baseCheckClosed(this);
    return null;
  });
  for (const name of ["readable", "writable", "seekable"]) {
    C[name] = method(`IOBase.${name}`, [], () => false);
  }
  C.isatty = method("IOBase.isatty", [], function () {
    baseCheckClosed(this);
    return false;
  });
  for (const name of ["fileno", "truncate"]) {
    C[name] = method(`IOBase.${name}`, [], function () {
      throw UnsupportedOperation(name);
    }, { varargs: true });
  }
  C.seek = method("IOBase.seek", [], function () {
    throw UnsupportedOperation("seek");
  }, { varargs: true });
  C.tell = method("IOBase.tell", [], function () {
    return cm(this, "seek", 0, 1);
  });
  C.readline = method("IOBase.readline", ["size"], function (size) {
    const limit = size === undefined || size === null ? -1 : size;
    let out = null;
    let n = 0;
    while (limit < 0 || n < limit) {
      const b = cm(this, "read", 1);
      if (b === null || len(b) === 0) break;
      out = out === null ? b : add(out, b);
      n += 1;
      const last = typeof b === "string" ? b : String.fromCharCode(getitem(b, -1));
      if (last === "\n") break;
    }
    return out === null ? mkbytes("") : typeof out === "string" ? out : bytes(out);
  }, { defaults: 1 });
  C.readlines = method("IOBase.readlines", ["hint"], function (hint) {
    const lines = [];
    let total = 0;
    for (const line of iter(this)) {
      lines.push(line);
      total += len(line);
      if (hint !== undefined && hint !== null && hint > 0 && total >= hint) break;
    }
    return lines;
  }, { defaults: 1 });
  C.writelines = method("IOBase.writelines", ["lines"], function (lines) {
    baseCheckClosed(this);
    for (const line of iter(lines)) cm(this, "write", line);
    return null;
  });
  C.__iter__ = method("IOBase.__iter__", [], function () {
    baseCheckClosed(this);
    return this;
  });
  C.__next__ = method("IOBase.__next__", [], function () {
    const line = cm(this, "readline");
    if (len(line) === 0) throw StopIteration();
    return line;
  });
  C.__enter__ = method("IOBase.__enter__", [], function () {
    baseCheckClosed(this);
    return this;
  });
  C.__exit__ = method("IOBase.__exit__", [], function () {
    cm(this, "close");
    return null;
  }, { varargs: true });
});
export const TextIOBase = mkclass("TextIOBase", [IOBase], (C) => {
  C.__module__ = "io";
  for (const name of ["read", "readline", "write", "detach"]) {
    C[name] = method(`TextIOBase.${name}`, [], function () {
      throw UnsupportedOperation(name);
    }, { varargs: true });
  }
  C.encoding = null;
  C.errors = null;
  C.newlines = null;
});
export const BufferedIOBase = mkclass("BufferedIOBase", [IOBase], (C) => {
  C.__module__ = "io";
  for (const name of ["read", "read1", "write", "detach"]) {
    C[name] = method(`BufferedIOBase.${name}`, [], function () {
      throw UnsupportedOperation(name);
    }, { varargs: true });
  }
  for (const name of ["readinto", "readinto1"]) {
    C[name] = method(`BufferedIOBase.${name}`, ["b"], function (b) {
      const data = cm(this, name === "readinto" ? "read" : "read1", len(b));
      const n = len(data);
      setitem(b, pyslice(0, n), data);
      return n;
    });
  }
});
export const RawIOBase = mkclass("RawIOBase", [IOBase], (C) => {
  C.__module__ = "io";
  C.read = method("RawIOBase.read", ["size"], function (size) {
    if (size === undefined || size === null || size < 0) return cm(this, "readall");
    const b = bytearray(size);
    const n = cm(this, "readinto", b);
    if (n === null) return null;
    return bytes(getitem(b, pyslice(0, n)));
  }, { defaults: 1 });
  C.readall = method("RawIOBase.readall", [], function () {
    let out = mkbytes("");
    for (;;) {
      const data = cm(this, "read", 8192);
      if (data === null || len(data) === 0) break;
      out = add(out, data);
    }
    return out;
  });
  C.readinto = method("RawIOBase.readinto", ["b"], function () {
    throw UnsupportedOperation("readinto");
  });
  C.write = method("RawIOBase.write", ["b"], function () {
    throw UnsupportedOperation("write");
  });
});

export const StringIO = mkclass("StringIO", [TextIOBase], (C) => {
  C.$tpname = "_io.StringIO";
  C.__module__ = "_io";
  C.__init__ = method("StringIO.__init__", ["initial_value", "newline"], function (initial, newline) {
    if (newline === undefined) newline = "\n";
    if (newline !== null && typeof newline !== "string") throw TypeError(`newline must be str or None, not ${typename(newline)}`);
    if (!NEWLINES.includes(newline)) throw ValueError(`illegal newline value: ${newline}`);
    if (initial === undefined || initial === null) initial = "";
    if (typeof initial !== "string") throw TypeError(`initial_value must be str or None, not ${typename(initial)}`);
    this.$newline = newline;
    this.$closed = false;
    this.$s = "";
    this.$len = 0;
    this.$astral = false;
    this.$pos = 0;
    if (initial !== "") {
      writeText(this, initial);
      this.$pos = 0;
    }
    return null;
  }, { defaults: 2 });
  Object.defineProperty(C, "closed", {
    get() {
      return this.$closed === true;
    },
    enumerable: true,
    configurable: true,
  });
  Object.defineProperty(C, "newlines", {
    get() {
      return null;
    },
    enumerable: true,
    configurable: true,
  });
  C.line_buffering = false;
  C.encoding = null;
  C.errors = null;
  C.getvalue = method("StringIO.getvalue", [], function () {
    checkOpen(this);
    return this.$s;
  });
  C.write = method("StringIO.write", ["s"], function (s) {
    checkOpen(this);
    if (typeof s !== "string") throw TypeError(`string argument expected, got '${typename(s)}'`);
    return writeText(this, s);
  });
  C.writelines = method("StringIO.writelines", ["lines"], function (lines) {
    checkOpen(this);
    for (const line of iter(lines)) C.write.call(this, line);
    return null;
  });
  C.read = method("StringIO.read", ["size"], function (size) {
    checkOpen(this);
    let n = sizeArg(size);
    const avail = Math.max(0, this.$len - this.$pos);
    if (n < 0 || n > avail) n = avail;
    const out = slice(this, this.$pos, this.$pos + n);
    this.$pos += n;
    return out;
  }, { defaults: 1 });
  C.readline = method("StringIO.readline", ["size"], function (size) {
    checkOpen(this);
    return readLine(this, sizeArg(size));
  }, { defaults: 1 });
  C.readlines = method("StringIO.readlines", ["hint"], function (hint) {
    checkOpen(this);
    const h = sizeArg(hint);
    const out = [];
    let total = 0;
    for (;;) {
      const line = readLine(this, -1);
      if (line === "") break;
      out.push(line);
      total += cpLength(line);
      if (h > 0 && total >= h) break;
    }
    return out;
  }, { defaults: 1 });
  C.tell = method("StringIO.tell", [], function () {
    checkOpen(this);
    return this.$pos;
  });
  C.seek = method("StringIO.seek", ["pos", "whence"], function (pos, whence) {
    checkOpen(this);
    pos = intArg(pos);
    whence = whence === undefined ? 0 : intArg(whence);
    if (whence !== 0 && whence !== 1 && whence !== 2) throw ValueError(`Invalid whence (${whence}, should be 0, 1 or 2)`);
    if (whence === 0) {
      if (pos < 0) throw ValueError(`Negative seek position ${pos}`);
      this.$pos = pos;
    } else if (whence === 1) {
      if (pos !== 0) throw OSError("Can't do nonzero cur-relative seeks");
    } else {
      if (pos !== 0) throw OSError("Can't do nonzero cur-relative seeks");
      this.$pos = this.$len;
    }
    return this.$pos;
  }, { defaults: 1 });
  C.truncate = method("StringIO.truncate", ["pos"], function (pos) {
    checkOpen(this);
    let n = pos === undefined || pos === null ? this.$pos : intArg(pos);
    if (n < 0) throw ValueError(`Negative size value ${n}`);
    if (n < this.$len) {
      this.$s = this.$s.slice(0, unitIndex(this.$s, n, this.$astral));
      this.$len = n;
      this.$astral = this.$astral && hasAstral(this.$s);
    }
    return n;
  }, { defaults: 1 });
  streamBasics(C, "StringIO", checkOpen);
  C.fileno = method("StringIO.fileno", [], function () {
    throw UnsupportedOperation("fileno");
  });
  C.detach = method("StringIO.detach", [], function () {
    throw UnsupportedOperation("detach");
  });
  C.__iter__ = method("StringIO.__iter__", [], function () {
    checkOpen(this);
    return this;
  });
  C.__next__ = method("StringIO.__next__", [], function () {
    checkOpen(this);
    const line = readLine(this, -1);
    if (line === "") throw StopIteration();
    return line;
  });
  C.__enter__ = method("StringIO.__enter__", [], function () {
    checkOpen(this);
    return this;
  });
  C.__exit__ = method("StringIO.__exit__", [], function () {
    this.$closed = true;
    return null;
  }, { varargs: true });
  C.__getstate__ = method("StringIO.__getstate__", [], function () {
    checkOpen(this);
    return arr([this.$s, this.$newline, this.$pos, null]);
  });
});

/** The methods StringIO and BytesIO share: close, flush, readable/writable/seekable, isatty. */
function streamBasics(C, cls, check) {
  C.close = method(`${cls}.close`, [], function () {
    this.$closed = true;
    return null;
  });
  C.flush = method(`${cls}.flush`, [], function () {
    check(this);
    return null;
  });
  for (const name of ["readable", "writable", "seekable"]) {
    C[name] = method(`${cls}.${name}`, [], function () {
      check(this);
      return true;
    });
  }
  C.isatty = method(`${cls}.isatty`, [], function () {
    check(this);
    return false;
  });
}

function checkOpen(f) {
  if (f.$closed === true) throw ValueError("I/O operation on closed file");
}

/** The text between code point positions a and b. */
function slice(f, a, b) {
  if (!f.$astral) return f.$s.slice(a, b);
  return f.$s.slice(unitIndex(f.$s, a, true), unitIndex(f.$s, b, true));
}

/** Write text at the position (translating newlines as `newline` says); its length. */
function writeText(f, s) {
  const n = cpLength(s);
  let t = s;
  const nl = f.$newline;
  if (nl === null) t = t.replace(/\r\n?/g, "\n");
  else if (nl === "\r" || nl === "\r\n") t = t.replace(/\n/g, nl);
  const tlen = t === s ? n : cpLength(t);
  if (t === "") return n;
  const astral = hasAstral(t);
  if (f.$pos > f.$len) {
    f.$s += "\0".repeat(f.$pos - f.$len);
    f.$len = f.$pos;
  }
  if (f.$pos === f.$len) {
    f.$s += t;
  } else {
    const a = unitIndex(f.$s, f.$pos, f.$astral);
    const endCp = Math.min(f.$len, f.$pos + tlen);
    const b = unitIndex(f.$s, endCp, f.$astral);
    f.$s = f.$s.slice(0, a) + t + f.$s.slice(b);
  }
  f.$astral = f.$astral || astral;
  f.$len = Math.max(f.$len, f.$pos + tlen);
  f.$pos += tlen;
  return n;
}

/** Read one line (up to `limit` code points when limit >= 0). */
function readLine(f, limit) {
  if (f.$pos >= f.$len) return "";
  const start = unitIndex(f.$s, f.$pos, f.$astral);
  const s = f.$s;
  const nl = f.$newline;
  let end;
  if (nl === "") {
    // Universal newlines: \n, \r or \r\n end a line.
    const m = /\r\n|\r|\n/g;
    m.lastIndex = start;
    const r = m.exec(s);
    end = r === null ? s.length : r.index + r[0].length;
  } else {
    const term = nl === null ? "\n" : nl;
    const i = s.indexOf(term, start);
    end = i < 0 ? s.length : i + term.length;
  }
  let line = s.slice(start, end);
  if (limit >= 0) {
    const n = cpLength(line);
    if (limit < n) line = f.$astral ? Array.from(line).slice(0, limit).join("") : line.slice(0, limit);
  }
  f.$pos += cpLength(line);
  return line;
}

/** The latin-1 string of a bytes-like object. */
function byteStr(x, what) {
  if (isBytes(x)) return x.$s;
  if (x !== null && typeof x === "object" && Array.isArray(x.$a)) return String.fromCharCode(...x.$a);
  throw TypeError(`a bytes-like object is required, not '${typename(x)}'`);
}

export const BytesIO = mkclass("BytesIO", [BufferedIOBase], (C) => {
  C.$tpname = "_io.BytesIO";
  C.__module__ = "_io";
  C.__init__ = method("BytesIO.__init__", ["initial_bytes"], function (initial) {
    this.$closed = false;
    this.$s = initial === undefined || initial === null ? "" : byteStr(initial);
    this.$pos = 0;
    return null;
  }, { defaults: 1 });
  Object.defineProperty(C, "closed", {
    get() {
      return this.$closed === true;
    },
    enumerable: true,
    configurable: true,
  });
  C.getvalue = method("BytesIO.getvalue", [], function () {
    checkOpenB(this);
    return mkbytes(this.$s);
  });
  // pyjs: a read-only view of the current contents (CPython's is writable and live; writing
  // through this one raises TypeError rather than being lost).
  C.getbuffer = method("BytesIO.getbuffer", [], function () {
    checkOpenB(this);
    return memoryview(mkbytes(this.$s));
  });
  C.write = method("BytesIO.write", ["b"], function (b) {
    checkOpenB(this);
    const t = byteStr(b);
    if (t === "") return 0;
    if (this.$pos > this.$s.length) this.$s += "\0".repeat(this.$pos - this.$s.length);
    this.$s = this.$s.slice(0, this.$pos) + t + this.$s.slice(this.$pos + t.length);
    this.$pos += t.length;
    return t.length;
  });
  C.writelines = method("BytesIO.writelines", ["lines"], function (lines) {
    for (const line of iter(lines)) C.write.call(this, line);
    return null;
  });
  const readN = (f, n) => {
    const avail = Math.max(0, f.$s.length - f.$pos);
    if (n < 0 || n > avail) n = avail;
    const out = f.$s.slice(f.$pos, f.$pos + n);
    f.$pos += n;
    return out;
  };
  const readLineB = (f, limit) => {
    if (f.$pos >= f.$s.length) return "";
    const i = f.$s.indexOf("\n", f.$pos);
    let end = i < 0 ? f.$s.length : i + 1;
    if (limit >= 0 && end - f.$pos > limit) end = f.$pos + limit;
    const line = f.$s.slice(f.$pos, end);
    f.$pos = end;
    return line;
  };
  C.read = method("BytesIO.read", ["size"], function (size) {
    checkOpenB(this);
    return mkbytes(readN(this, sizeArg(size)));
  }, { defaults: 1 });
  C.read1 = C.read;
  C.readline = method("BytesIO.readline", ["size"], function (size) {
    checkOpenB(this);
    return mkbytes(readLineB(this, sizeArg(size)));
  }, { defaults: 1 });
  C.readlines = method("BytesIO.readlines", ["hint"], function (hint) {
    checkOpenB(this);
    const h = sizeArg(hint);
    const out = [];
    let total = 0;
    for (;;) {
      const line = readLineB(this, -1);
      if (line === "") break;
      out.push(mkbytes(line));
      total += line.length;
      if (h > 0 && total >= h) break;
    }
    return out;
  }, { defaults: 1 });
  C.tell = method("BytesIO.tell", [], function () {
    checkOpenB(this);
    return this.$pos;
  });
  C.seek = method("BytesIO.seek", ["pos", "whence"], function (pos, whence) {
    checkOpenB(this);
    pos = intArg(pos);
    whence = whence === undefined ? 0 : intArg(whence);
    if (whence !== 0 && whence !== 1 && whence !== 2) throw ValueError(`invalid whence (${whence}, should be 0, 1 or 2)`);
    if (whence === 0 && pos < 0) throw ValueError(`negative seek value ${pos}`);
    const base = whence === 0 ? 0 : whence === 1 ? this.$pos : this.$s.length;
    this.$pos = Math.max(0, base + pos);
    return this.$pos;
  }, { defaults: 1 });
  C.truncate = method("BytesIO.truncate", ["size"], function (size) {
    checkOpenB(this);
    const n = size === undefined || size === null ? this.$pos : intArg(size);
    if (n < 0) throw ValueError(`negative size value ${n}`);
    if (n < this.$s.length) this.$s = this.$s.slice(0, n);
    return n;
  }, { defaults: 1 });
  streamBasics(C, "BytesIO", checkOpenB);
  C.__iter__ = method("BytesIO.__iter__", [], function () {
    checkOpenB(this);
    return this;
  });
  C.__next__ = method("BytesIO.__next__", [], function () {
    checkOpenB(this);
    const line = readLineB(this, -1);
    if (line === "") throw StopIteration();
    return mkbytes(line);
  });
  C.__enter__ = method("BytesIO.__enter__", [], function () {
    checkOpenB(this);
    return this;
  });
  C.__exit__ = method("BytesIO.__exit__", [], function () {
    this.$closed = true;
    return null;
  }, { varargs: true });
});

function checkOpenB(f) {
  if (f.$closed === true) throw ValueError("I/O operation on closed file.");
}

/**
 * TextIOWrapper(buffer, encoding=None, errors=None, newline=None, line_buffering=False,
 * write_through=False): text over a binary file object (BytesIO, a file opened "rb"/"wb", a
 * GzipFile...). Reading decodes the rest of the buffer on the first read (then serves lines
 * from it); writing encodes each write straight to the buffer. Newlines as in CPython: None
 * translates \r\n and \r to \n on reading, "" splits lines on any of them untranslated.
 */
export const TextIOWrapper = mkclass("TextIOWrapper", [TextIOBase], (C) => {
  C.$tpname = "_io.TextIOWrapper";
  C.__module__ = "_io";
  C.__init__ = method("TextIOWrapper.__init__", ["buffer", "encoding", "errors", "newline", "line_buffering", "write_through"],
    function (buffer, encoding, errors, newline, lineBuffering, writeThrough) {
      if (newline === undefined) newline = null;
      if (newline !== null && typeof newline !== "string") throw TypeError(`TextIOWrapper() argument 'newline' must be str or None, not ${typename(newline)}`);
      if (!NEWLINES.includes(newline)) throw ValueError(`illegal newline value: ${newline}`);
      if (encoding !== undefined && encoding !== null && typeof encoding !== "string") {
        throw TypeError(`TextIOWrapper() argument 'encoding' must be str or None, not ${typename(encoding)}`);
      }
      this.buffer = buffer;
      this.encoding = encoding === undefined || encoding === null || encoding === "locale" ? "UTF-8" : encoding;
      this.errors = errors === undefined || errors === null ? "strict" : errors;
      this.line_buffering = lineBuffering === undefined ? false : truthy(lineBuffering);
      this.write_through = writeThrough === undefined ? false : truthy(writeThrough);
      this.$newline = newline;
      this.$seennl = 0;
      this.$text = null;
      this.$pos = 0;
      encode("", this.encoding, this.errors); // an unknown encoding is a LookupError now
      return null;
    }, { defaults: 5 });
  const buf = (self) => {
    if (self.buffer === null) throw ValueError("underlying buffer has been detached");
    return self.buffer;
  };
  const checkOpenT = (self) => {
    if (truthy(ga(buf(self), "closed"))) throw ValueError("I/O operation on closed file.");
  };
  const load = (self) => {
    checkOpenT(self);
    if (self.$text !== null) return;
    // Where the decoded text starts in the buffer: tell() is that plus the encoded length of
    // the text consumed (CPython's cookie for a stateless decoder at a character boundary).
    let base = null;
    try {
      base = cm(buf(self), "tell");
    } catch {
      base = null;
    }
    let t = decode(byteStr(cm(buf(self), "read")), self.encoding, self.errors);
    if (self.$newline === null || self.$newline === "") {
      // The universal-newline decoder records which line ends it saw (`newlines`).
      let seen = self.$seennl;
      for (const m of t.matchAll(/\r\n|\r|\n/g)) seen |= m[0] === "\n" ? 1 : m[0] === "\r" ? 2 : 4;
      self.$seennl = seen;
    }
    self.$raw = t;
    if (self.$newline === null) t = t.replace(/\r\n?/g, "\n");
    self.$text = t;
    self.$pos = 0;
    self.$base = base;
  };
  const take = (self, end) => {
    const out = self.$text.slice(self.$pos, end);
    self.$pos = end;
    return out;
  };
  C.read = method("TextIOWrapper.read", ["size"], function (size) {
    load(this);
    const n = sizeArg(size);
    const t = this.$text;
    if (n < 0) return take(this, t.length);
    let end = this.$pos;
    for (let k = 0; k < n && end < t.length; k++) {
      const c = t.charCodeAt(end);
      end += c >= 0xd800 && c <= 0xdbff && end + 1 < t.length ? 2 : 1;
    }
    return take(this, end);
  }, { defaults: 1 });
  const lineEnd = (self) => {
    const t = self.$text, p = self.$pos, nl = self.$newline;
    if (p >= t.length) return p;
    if (nl === "") {
      const m = /\r\n|\r|\n/g;
      m.lastIndex = p;
      const r = m.exec(t);
      return r === null ? t.length : r.index + r[0].length;
    }
    const term = nl === null ? "\n" : nl;
    const i = t.indexOf(term, p);
    return i < 0 ? t.length : i + term.length;
  };
  C.readline = method("TextIOWrapper.readline", ["size"], function (size) {
    load(this);
    const n = sizeArg(size);
    let end = lineEnd(this);
    if (n >= 0 && end - this.$pos > n) end = this.$pos + n;
    return take(this, end);
  }, { defaults: 1 });
  C.readlines = method("TextIOWrapper.readlines", ["hint"], function () {
    load(this);
    const out = [];
    while (this.$pos < this.$text.length) out.push(take(this, lineEnd(this)));
    return arr(out);
  }, { defaults: 1 });
  C.__iter__ = method("TextIOWrapper.__iter__", [], function () {
    checkOpenT(this);
    return this;
  });
  C.__next__ = method("TextIOWrapper.__next__", [], function () {
    load(this);
    if (this.$pos >= this.$text.length) throw StopIteration();
    return take(this, lineEnd(this));
  });
  C.write = method("TextIOWrapper.write", ["s"], function (s) {
    checkOpenT(this);
    if (typeof s !== "string") throw TypeError(`write() argument must be str, not ${typename(s)}`);
    const nl = this.$newline;
    const t = nl !== null && nl !== "" && nl !== "\n" ? s.replaceAll("\n", nl) : s;
    cm(buf(this), "write", mkbytes(encode(t, this.encoding, this.errors)));
    if (this.line_buffering && (s.includes("\n") || s.includes("\r"))) cm(buf(this), "flush");
    return cpLength(s);
  });
  C.writelines = method("TextIOWrapper.writelines", ["lines"], function (lines) {
    for (const line of iter(lines)) cm(this, "write", line);
    return null;
  });
  C.flush = method("TextIOWrapper.flush", [], function () {
    checkOpenT(this);
    cm(buf(this), "flush");
    return null;
  });
  C.close = method("TextIOWrapper.close", [], function () {
    const b = buf(this);
    if (!truthy(ga(b, "closed"))) {
      cm(b, "flush");
      cm(b, "close");
    }
    return null;
  });
  C.detach = method("TextIOWrapper.detach", [], function () {
    const b = buf(this);
    cm(b, "flush");
    this.buffer = null;
    return b;
  });
  C.seek = method("TextIOWrapper.seek", ["cookie", "whence"], function (cookie, whence) {
    checkOpenT(this);
    const r = cm(buf(this), "seek", cookie, whence === undefined ? 0 : whence);
    this.$text = null;
    return r;
  }, { defaults: 1 });
  C.tell = method("TextIOWrapper.tell", [], function () {
    checkOpenT(this);
    if (this.$text !== null && this.$pos < this.$text.length) {
      if (this.$base === null || typeof this.$base !== "number") {
        throw OSError("pyjs: TextIOWrapper.tell() in the middle of decoded text is not supported");
      }
      // The untranslated text up to the position (a translated "\n" may stand for "\r\n").
      let rawEnd = this.$pos;
      if (this.$newline === null) {
        const raw = this.$raw;
        let i = 0, j = 0;
        while (j < this.$pos) {
          i += raw.charCodeAt(i) === 13 && raw.charCodeAt(i + 1) === 10 ? 2 : 1;
          j++;
        }
        rawEnd = i;
      }
      return this.$base + encode(this.$raw.slice(0, rawEnd), this.encoding, this.errors).length;
    }
    return cm(buf(this), "tell");
  });
  for (const name of ["readable", "writable", "seekable", "isatty", "fileno"]) {
    C[name] = method(`TextIOWrapper.${name}`, [], function () {
      return cm(buf(this), name);
    });
  }
  Object.defineProperty(C, "closed", {
    get() {
      return ga(buf(this), "closed");
    },
    enumerable: true,
    configurable: true,
  });
  Object.defineProperty(C, "newlines", {
    get() {
      const kinds = [null, "\n", "\r", ["\r", "\n"], "\r\n", ["\n", "\r\n"], ["\r", "\r\n"], ["\r", "\n", "\r\n"]][this.$seennl ?? 0];
      return Array.isArray(kinds) ? tuple_of(kinds) : kinds;
    },
    enumerable: true,
    configurable: true,
  });
  Object.defineProperty(C, "name", {
    get() {
      return ga(buf(this), "name");
    },
    enumerable: true,
    configurable: true,
  });
  C.__enter__ = method("TextIOWrapper.__enter__", [], function () {
    checkOpenT(this);
    return this;
  });
  C.__exit__ = method("TextIOWrapper.__exit__", [], function () {
    cm(this, "close");
    return null;
  }, { varargs: true });
  C.__repr__ = method("TextIOWrapper.__repr__", [], function () {
    return `<_io.TextIOWrapper encoding='${this.encoding}'>`;
  });
});


/**
 * BufferedReader / BufferedWriter / BufferedRandom(raw, buffer_size=8192): a buffered stream
 * over a binary one (BytesIO, a file opened "rb"...). pyjs keeps no buffer of its own: each call
 * goes straight to `raw`, which gives the same bytes, positions and results as CPython's
 * buffering; `peek` reads ahead (up to buffer_size bytes) and seeks back.
 */
function bufferedClass(name, { reads, writes }) {
  return mkclass(name, [BufferedIOBase], (C) => {
    C.$tpname = `_io.${name}`;
    C.__module__ = "_io";
    C.__init__ = method(`${name}.__init__`, ["raw", "buffer_size"], function (raw, size) {
      const n = size === undefined ? DEFAULT_BUFFER_SIZE : sizeArg(size);
      if (n <= 0) throw ValueError("buffer size must be strictly positive");
      if (reads && !truthy(cm(raw, "readable"))) throw OSError('"raw" argument must be readable.');
      if (writes && !truthy(cm(raw, "writable"))) throw OSError('"raw" argument must be writable.');
      this.raw = raw;
      this.$size = n;
      return null;
    }, { defaults: 1 });
    const raw = (self) => {
      if (self.raw === null) throw ValueError("raw stream has been detached");
      return self.raw;
    };
    const open = (self) => {
      if (truthy(ga(raw(self), "closed"))) throw ValueError(`${reads ? "read" : "write"} of closed file`);
    };
    if (reads) {
      C.read = method(`${name}.read`, ["size"], function (size) {
        open(this);
        const n = size === undefined || size === null ? -1 : sizeArg(size);
        if (n < -1) throw ValueError("read length must be non-negative or -1");
        return cm(raw(this), "read", n);
      }, { defaults: 1 });
      C.read1 = method(`${name}.read1`, ["size"], function (size) {
        open(this);
        const n = size === undefined || size === null ? -1 : sizeArg(size);
        return cm(raw(this), "read", n < 0 ? this.$size : n);
      }, { defaults: 1 });
      C.readline = method(`${name}.readline`, ["size"], function (size) {
        open(this);
        return cm(raw(this), "readline", size === undefined ? -1 : size);
      }, { defaults: 1 });
      C.peek = method(`${name}.peek`, ["size"], function () {
        open(this);
        const r = raw(this);
        const at = cm(r, "tell");
        const data = cm(r, "read", this.$size);
        cm(r, "seek", at);
        return data;
      }, { defaults: 1 });
    }
    if (writes) {
      C.write = method(`${name}.write`, ["b"], function (b) {
        open(this);
        return cm(raw(this), "write", b);
      });
    }
    C.flush = method(`${name}.flush`, [], function () {
      if (writes) open(this);
      if (writes) cm(raw(this), "flush");
      return null;
    });
    C.seek = method(`${name}.seek`, ["pos", "whence"], function (pos, whence) {
      open(this);
      return cm(raw(this), "seek", pos, whence === undefined ? 0 : whence);
    }, { defaults: 1 });
    C.tell = method(`${name}.tell`, [], function () {
      return cm(raw(this), "tell");
    });
    C.truncate = method(`${name}.truncate`, ["pos"], function (pos) {
      open(this);
      return pos === undefined ? cm(raw(this), "truncate") : cm(raw(this), "truncate", pos);
    }, { defaults: 1 });
    C.detach = method(`${name}.detach`, [], function () {
      const r = raw(this);
      this.raw = null;
      return r;
    });
    C.close = method(`${name}.close`, [], function () {
      const r = raw(this);
      if (!truthy(ga(r, "closed"))) cm(r, "close");
      return null;
    });
    for (const m of ["readable", "writable", "seekable", "isatty", "fileno"]) {
      C[m] = method(`${name}.${m}`, [], function () {
        return cm(raw(this), m);
      });
    }
    Object.defineProperty(C, "closed", {
      get() {
        return ga(raw(this), "closed");
      },
      enumerable: true,
      configurable: true,
    });
    C.__repr__ = method(`${name}.__repr__`, [], function () {
      return `<_io.${name}>`;
    });
  });
}
export const BufferedReader = bufferedClass("BufferedReader", { reads: true, writes: false });
export const BufferedWriter = bufferedClass("BufferedWriter", { reads: false, writes: true });
export const BufferedRandom = bufferedClass("BufferedRandom", { reads: true, writes: true });
