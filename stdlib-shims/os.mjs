// Python's `os` module (CPython 3.11 on Linux) for Node: the environment, the working
// directory, files and directories, stat, walk, scandir. `os.path` is os/path.mjs. In a
// browser the pure parts work (names, os.path string functions, an empty environ) and every
// file system call raises OSError.

import {
  mkclass, mktuple, tuple_of, tuple, mkfloat, normInt, repr, typename, Dict, KwArgs, splitkw, kwtake, kwnone,
  TypeError, ValueError, KeyError, OSError, StopIteration, FileExistsError, NotImplementedError, truthy, callkw, matches, iter as pyiter,
} from "./builtins.mjs";
import { method, withSig, toInt } from "./_shim.mjs";
import { mkbytes, encode, decode, isBytes } from "./rt/bytes.mjs";
import { fs, isNode, sys, fspath as fspathImpl, pathArg, strerror as strerrorImpl } from "./_ossys.mjs";
import * as pathModule from "./posixpath.mjs";
// `import os.path` and `from os.path import join` resolve to this file (there is no
// os/path.mjs), so the posixpath functions are also exported here.
export {
  join, split, splitext, splitdrive, basename, dirname, commonprefix, normpath, abspath, relpath, commonpath,
  expanduser, expandvars, exists, lexists, isfile, isdir, islink, ismount, getsize, getmtime, getatime, getctime,
  samefile, realpath, isabs, normcase, supports_unicode_filenames,
} from "./posixpath.mjs";

export const __name__ = "os";
export const path = pathModule;
export const name = "posix";
export const sep = "/";
export const altsep = null;
export const extsep = ".";
export const pathsep = ":";
export const linesep = "\n";
export const curdir = ".";
export const pardir = "..";
export const defpath = "/bin:/usr/bin";
export const devnull = "/dev/null";
export const F_OK = 0, R_OK = 4, W_OK = 2, X_OK = 1;
export const O_RDONLY = 0, O_WRONLY = 1, O_RDWR = 2, O_CREAT = 64, O_EXCL = 128, O_TRUNC = 512, O_APPEND = 1024;
export const SEEK_SET = 0, SEEK_CUR = 1, SEEK_END = 2;

const proc = globalThis.process;
export { OSError as error };

export function fspath(p) {
  return fspathImpl(p);
}

/** `os.fsencode(filename)`: a str path as UTF-8 bytes (surrogateescape), bytes as they are. */
export function fsencode(filename) {
  if (isBytes(filename)) return filename;
  const p = fspathImpl(filename);
  return typeof p === "string" ? mkbytes(encode(p, "utf-8", "surrogateescape")) : p;
}

/** `os.fsdecode(filename)`: a bytes path decoded as UTF-8 (surrogateescape), str as it is. */
export function fsdecode(filename) {
  if (isBytes(filename)) return decode(filename.$s, "utf-8", "surrogateescape");
  const p = fspathImpl(filename);
  return typeof p === "string" ? p : decode(p.$s, "utf-8", "surrogateescape");
}

export function strerror(code) {
  return strerrorImpl(code);
}

// ---------------------------------------------------------------- environ

const envStore = isNode ? proc.env : {};

function envKey(k) {
  if (typeof k !== "string") throw TypeError(`str expected, not ${typename(k)}`);
  return k;
}

export const _Environ = mkclass("_Environ", [], (C) => {
  C.__module__ = "os";
  const m = (n, params, f, opts) => (C[n] = method(`_Environ.${n}`, params, f, opts));
  m("__getitem__", ["key"], function (k) {
    envKey(k);
    if (!Object.hasOwn(envStore, k)) throw KeyError(k);
    return envStore[k];
  });
  m("__setitem__", ["key", "value"], function (k, v) {
    envKey(k);
    if (typeof v !== "string") throw TypeError(`str expected, not ${typename(v)}`);
    envStore[k] = v;
    return null;
  });
  m("__delitem__", ["key"], function (k) {
    envKey(k);
    if (!Object.hasOwn(envStore, k)) throw KeyError(k);
    delete envStore[k];
    return null;
  });
  m("__contains__", ["key"], function (k) {
    return typeof k === "string" && Object.hasOwn(envStore, k);
  });
  m("__iter__", [], function () {
    return Object.keys(envStore)[Symbol.iterator]();
  });
  m("__len__", [], function () {
    return Object.keys(envStore).length;
  });
  m("keys", [], function () {
    return Object.keys(envStore);
  });
  m("values", [], function () {
    return Object.values(envStore);
  });
  m("items", [], function () {
    return Object.entries(envStore).map(([k, v]) => mktuple(k, v));
  });
  m("get", ["key", "default"], function (k, d) {
    envKey(k);
    return Object.hasOwn(envStore, k) ? envStore[k] : d === undefined ? null : d;
  }, { defaults: 1 });
  m("setdefault", ["key", "default"], function (k, d) {
    envKey(k);
    if (!Object.hasOwn(envStore, k)) this.__setitem__(k, d === undefined ? null : d);
    return envStore[k];
  }, { defaults: 1 });
  m("pop", ["key", "default"], function (k, d) {
    envKey(k);
    if (Object.hasOwn(envStore, k)) {
      const v = envStore[k];
      delete envStore[k];
      return v;
    }
    if (d === undefined) throw KeyError(k);
    return d;
  }, { defaults: 1 });
  m("update", [], function (...args) {
    const k = splitkw(args);
    const other = args[0];
    if (other !== undefined) {
      if (other instanceof Dict) for (const [a, b] of other.entries()) this.__setitem__(a, b);
      else if (other !== null && typeof other === "object" && typeof other.keys === "function") {
        for (const a of pyiter(other.keys())) this.__setitem__(a, other.__getitem__(a));
      } else for (const kv of pyiter(other)) this.__setitem__(kv[0], kv[1]);
    }
    if (k !== null) for (const [a, b] of k.map) this.__setitem__(a, b);
    return null;
  }, { varargs: true, varkw: true });
  m("copy", [], function () {
    const d = new Dict();
    for (const [k, v] of Object.entries(envStore)) d.set(k, v);
    return d;
  });
  m("__repr__", [], function () {
    return `environ({${Object.entries(envStore).map(([k, v]) => `${repr(k)}: ${repr(v)}`).join(", ")}})`;
  });
});
export const environ = Object.create(_Environ);

export const getenv = withSig(function getenv(key, dflt) {
  envKey(key);
  return Object.hasOwn(envStore, key) ? envStore[key] : dflt === undefined ? null : dflt;
}, "getenv", ["key", "default"], { defaults: 1 });

export function putenv(key, value) {
  envStore[envKey(key)] = value;
  return null;
}
export function unsetenv(key) {
  delete envStore[envKey(key)];
  return null;
}

// ---------------------------------------------------------------- process

export function getcwd() {
  return sys(() => proc.cwd());
}
export function chdir(p) {
  const pth = pathArg(p, "chdir");
  sys(() => proc.chdir(pth), pth);
  return null;
}
export function getpid() {
  return isNode ? proc.pid : 1;
}
export function getppid() {
  return isNode ? proc.ppid : 0;
}
export function cpu_count() {
  return globalThis.navigator?.hardwareConcurrency ?? 1;
}
export function getlogin() {
  return envStore.USER ?? envStore.LOGNAME ?? "user";
}
export function get_terminal_size() {
  return mktuple(proc?.stdout?.columns ?? 80, proc?.stdout?.rows ?? 24);
}
export function urandom(n) {
  n = toInt(n);
  if (n < 0) throw ValueError("negative argument not allowed");
  const a = new Uint8Array(n);
  for (let i = 0; i < n; i += 65536) globalThis.crypto.getRandomValues(a.subarray(i, Math.min(n, i + 65536)));
  let s = "";
  for (const b of a) s += String.fromCharCode(b);
  return mkbytes(s);
}

// ---------------------------------------------------------------- files and directories

export const listdir = withSig(function listdir(p) {
  const pth = p === undefined || p === null ? "." : pathArg(p, "listdir");
  return sys((f) => f.readdirSync(pth), pth);
}, "listdir", ["path"], { defaults: 1 });

export const mkdir = withSig(function mkdir(p, mode) {
  const pth = pathArg(p, "mkdir", false);
  sys((f) => f.mkdirSync(pth, { mode: mode === undefined ? 0o777 : mode }), pth);
  return null;
}, "mkdir", ["path", "mode"], { defaults: 1, kwonly: ["dir_fd"] });

export const makedirs = withSig(function makedirs(p, mode, existOk) {
  const pth = fspathImpl(p);
  const st = fs === null ? null : (() => {
    try {
      return fs.statSync(pth);
    } catch {
      return null;
    }
  })();
  if (st !== null) {
    if (truthy(existOk ?? false) && st.isDirectory()) return null;
    throw OSError(17, "File exists", pth);
  }
  const [head] = pathModule.split(pth);
  if (head && !pathModule.exists(head)) makedirs(head, mode, true);
  try {
    mkdir(pth, mode);
  } catch (e) {
    if (!(truthy(existOk ?? false) && pathModule.isdir(pth))) throw e;
  }
  return null;
}, "makedirs", ["name", "mode", "exist_ok"], { defaults: 2 });

export function remove(p) {
  const pth = pathArg(p, "remove");
  sys((f) => {
    if (f.lstatSync(pth).isDirectory()) {
      const e = new Error("EISDIR");
      e.code = "EISDIR";
      throw e;
    }
    f.unlinkSync(pth);
  }, pth);
  return null;
}
export const unlink = remove;

/** `os.chmod(path, mode)`: the permission bits of a file (st_mode & 0o7777 afterwards). */
export function chmod(p, mode) {
  const pth = pathArg(p, "chmod");
  const m = toInt(mode);
  sys((f) => f.chmodSync(pth, m), pth);
  return null;
}

export function rmdir(p) {
  const pth = pathArg(p, "rmdir");
  sys((f) => f.rmdirSync(pth), pth);
  return null;
}

export function removedirs(p) {
  let pth = fspathImpl(p);
  rmdir(pth);
  let [head, tail] = pathModule.split(pth);
  if (!tail) [head, tail] = pathModule.split(head);
  while (head && tail) {
    try {
      rmdir(head);
    } catch (e) {
      if (matches(e, OSError)) break;
      throw e;
    }
    [head, tail] = pathModule.split(head);
  }
  return null;
}

export function rename(src, dst) {
  const a = pathArg(src, "rename"), b = pathArg(dst, "rename");
  sys((f) => {
    const st = f.statSync(a);
    if (st.isDirectory() && f.existsSync(b) && !f.statSync(b).isDirectory()) {
      const e = new Error("ENOTDIR");
      e.code = "ENOTDIR";
      throw e;
    }
    f.renameSync(a, b);
  }, a, b);
  return null;
}
export const replace = rename;

export function renames(src, dst) {
  const [head] = pathModule.split(fspathImpl(dst));
  if (head && !pathModule.exists(head)) makedirs(head);
  rename(src, dst);
  return null;
}

export const access = withSig(function access(p, mode) {
  const pth = pathArg(p, "access");
  if (fs === null) return false;
  try {
    fs.accessSync(pth, mode);
    return true;
  } catch {
    return false;
  }
}, "access", ["path", "mode"], { kwonly: ["dir_fd", "effective_ids", "follow_symlinks"] });

// ---------------------------------------------------------------- stat

const STAT_FIELDS = ["st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime", "st_mtime", "st_ctime"];

export const stat_result = mkclass("stat_result", [tuple], (C) => {
  C.__module__ = "os";
  C.__repr__ = method("stat_result.__repr__", [], function () {
    return `os.stat_result(${STAT_FIELDS.map((f, i) => `${f}=${repr(this[i])}`).join(", ")})`;
  });
});
STAT_FIELDS.slice(0, 7).forEach((f, i) => {
  Object.defineProperty(stat_result, f, {
    get() {
      return this === stat_result ? undefined : this[i];
    },
    configurable: true,
  });
});

function toStatResult(s) {
  const t = tuple_of([s.mode, s.ino, s.dev, s.nlink, s.uid, s.gid, s.size,
    Math.floor(s.atimeMs / 1000), Math.floor(s.mtimeMs / 1000), Math.floor(s.ctimeMs / 1000)]);
  Object.setPrototypeOf(t, stat_result);
  t.st_atime = mkfloat(s.atimeMs / 1000);
  t.st_mtime = mkfloat(s.mtimeMs / 1000);
  t.st_ctime = mkfloat(s.ctimeMs / 1000);
  t.st_atime_ns = normInt(BigInt(Math.round(s.atimeMs * 1e6)));
  t.st_mtime_ns = normInt(BigInt(Math.round(s.mtimeMs * 1e6)));
  t.st_ctime_ns = normInt(BigInt(Math.round(s.ctimeMs * 1e6)));
  t.st_blksize = s.blksize;
  t.st_blocks = s.blocks;
  return t;
}

export const stat = withSig(function stat(p, ...rest) {
  const k = splitkw(rest);
  const follow = kwtake(k, "follow_symlinks");
  kwtake(k, "dir_fd");
  kwnone(k, "stat");
  const pth = pathArg(p, "stat");
  return toStatResult(sys((f) => (follow === false ? f.lstatSync(pth) : f.statSync(pth)), pth));
}, "stat", ["path"], { kwonly: ["dir_fd", "follow_symlinks"] });

export function lstat(p) {
  const pth = pathArg(p, "lstat");
  return toStatResult(sys((f) => f.lstatSync(pth), pth));
}

// ---------------------------------------------------------------- scandir and walk

/** os.PathLike: isinstance answers whether the object has `__fspath__` (CPython's hook). */
export const PathLike = mkclass("PathLike", [], (C) => {
  C.__module__ = "os";
  C.$protoAttrs = ["__fspath__"];
});

export const DirEntry = mkclass("DirEntry", [], (C) => {
  C.__module__ = "os";
  const m = (n, params, f, opts) => (C[n] = method(`DirEntry.${n}`, params, f, opts));
  m("is_dir", [], function () {
    if (this.$dirent.isSymbolicLink()) return pathModule.isdir(this.path);
    return this.$dirent.isDirectory();
  }, { kwonly: ["follow_symlinks"] });
  m("is_file", [], function () {
    if (this.$dirent.isSymbolicLink()) return pathModule.isfile(this.path);
    return this.$dirent.isFile();
  }, { kwonly: ["follow_symlinks"] });
  m("is_symlink", [], function () {
    return this.$dirent.isSymbolicLink();
  });
  m("stat", [], function () {
    return stat(this.path);
  }, { kwonly: ["follow_symlinks"] });
  m("inode", [], function () {
    return stat(this.path)[1];
  });
  m("__fspath__", [], function () {
    return this.path;
  });
  m("__repr__", [], function () {
    return `<DirEntry ${repr(this.name$)}>`;
  });
});

function* scanIter(top) {
  const ents = sys((f) => f.readdirSync(top, { withFileTypes: true }), top);
  for (const d of ents) {
    const e = Object.create(DirEntry);
    e.name$ = d.name;
    e.path = top === "." ? `./${d.name}` : pathModule.join(top, d.name);
    e.$dirent = d;
    yield e;
  }
}

const ScandirIterator = mkclass("ScandirIterator", [], (C) => {
  C.__module__ = "posix";
  const m = (n, params, f, opts) => (C[n] = method(`ScandirIterator.${n}`, params, f, opts));
  m("__iter__", [], function () {
    return this;
  });
  m("__next__", [], function () {
    const r = this.$it.next();
    if (r.done) throw stopIteration();
    return r.value;
  });
  m("__enter__", [], function () {
    return this;
  });
  m("__exit__", [], function () {
    return false;
  }, { varargs: true });
  m("close", [], function () {
    return null;
  });
});

function stopIteration() {
  return StopIteration();
}

export const scandir = withSig(function scandir(p) {
  const top = p === undefined || p === null ? "." : pathArg(p, "scandir");
  const it = Object.create(ScandirIterator);
  it.$it = scanIter(top);
  it[Symbol.iterator] = function () {
    return this.$it;
  };
  return it;
}, "scandir", ["path"], { defaults: 1 });

export const walk = withSig(function walk(top, topdown, onerror, followlinks) {
  top = fspathImpl(top);
  topdown = topdown === undefined ? true : truthy(topdown);
  onerror = onerror ?? null;
  followlinks = followlinks === undefined ? false : truthy(followlinks);
  return walkGen(top, topdown, onerror, followlinks);
}, "walk", ["top", "topdown", "onerror", "followlinks"], { defaults: 3 });

function* walkGen(top, topdown, onerror, followlinks) {
  let entries;
  try {
    entries = Array.from(scanIter(top));
  } catch (e) {
    if (matches(e, OSError)) {
      if (onerror !== null) callkw(onerror, [e], new Map());
      return;
    }
    throw e;
  }
  const dirs = [], nondirs = [], walkInto = [];
  for (const e of entries) {
    let isDir;
    try {
      isDir = e.is_dir();
    } catch {
      isDir = false;
    }
    if (isDir) {
      dirs.push(e.name$);
      if (!topdown) walkInto.push(followlinks || !e.is_symlink() ? e.path : null);
    } else nondirs.push(e.name$);
  }
  if (topdown) {
    yield mktuple(top, dirs, nondirs);
    for (const d of dirs) {
      const newPath = pathModule.join(top, d);
      if (followlinks || !pathModule.islink(newPath)) yield* walkGen(newPath, topdown, onerror, followlinks);
    }
  } else {
    for (const p of walkInto) if (p !== null) yield* walkGen(p, topdown, onerror, followlinks);
    yield mktuple(top, dirs, nondirs);
  }
}

export function system() {
  throw NotImplementedError("pyjs: os.system is not supported");
}

void [ValueError, FileExistsError];

/**
 * `shutil.disk_usage(path)`'s numbers (not a CPython function): (total, used, free) in bytes,
 * from Node's fs.statfsSync as CPython computes them from statvfs.
 */
export function _disk_usage(p) {
  const path = fspathImpl(p);
  const st = sys((f) => f.statfsSync(path), path);
  const b = st.bsize;
  return mktuple(st.blocks * b, (st.blocks - st.bfree) * b, st.bavail * b);
}
