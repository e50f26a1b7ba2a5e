// Python's `posixpath` (os.path: posixpath + genericpath, CPython 3.11). The string functions are exact
// ports and work everywhere; the ones that look at the file system need Node.

import { TypeError, ValueError, OSError, mktuple, mkfloat, typename, matches, KwArgs } from "./builtins.mjs";
import { fs, fspath, pathArg, sys } from "./_ossys.mjs";
import { compile as reCompile } from "./re.mjs";

export const __name__ = "posixpath";
export const curdir = ".";
export const pardir = "..";
export const extsep = ".";
export const sep = "/";
export const pathsep = ":";
export const defpath = "/bin:/usr/bin";
export const altsep = null;
export const devnull = "/dev/null";
export const supports_unicode_filenames = false;

function checkArgTypes(funcname, args) {
  for (const s of args) {
    if (typeof s !== "string") {
      throw TypeError(`${funcname}() argument must be str, bytes, or os.PathLike object, not '${typename(s)}'`);
    }
  }
}

export function normcase(s) {
  return fspath(s);
}

export function isabs(s) {
  return fspath(s).startsWith("/");
}

export function join(a, ...p) {
  a = fspath(a);
  let path = a;
  const parts = p.map((b) => {
    if (typeof b === "string") return b;
    if (b !== null && typeof b === "object" && typeof b.__fspath__ === "function") return fspath(b);
    checkArgTypes("join", [a, ...p]);
    return b;
  });
  for (const b of parts) {
    if (b.startsWith("/")) path = b;
    else if (!path || path.endsWith("/")) path += b;
    else path += "/" + b;
  }
  return path;
}

const rstripSlash = (s) => s.replace(/\/+$/, "");

export function split(p) {
  p = fspath(p);
  const i = p.lastIndexOf("/") + 1;
  let head = p.slice(0, i);
  const tail = p.slice(i);
  if (head && head !== "/".repeat(head.length)) head = rstripSlash(head);
  return mktuple(head, tail);
}

export function splitext(p) {
  p = fspath(p);
  const sepIndex = p.lastIndexOf("/");
  const dotIndex = p.lastIndexOf(".");
  if (dotIndex > sepIndex) {
    let filenameIndex = sepIndex + 1;
    while (filenameIndex < dotIndex) {
      if (p[filenameIndex] !== ".") return mktuple(p.slice(0, dotIndex), p.slice(dotIndex));
      filenameIndex++;
    }
  }
  return mktuple(p, "");
}

export function splitdrive(p) {
  return mktuple("", fspath(p));
}

export function basename(p) {
  p = fspath(p);
  return p.slice(p.lastIndexOf("/") + 1);
}

export function dirname(p) {
  p = fspath(p);
  let head = p.slice(0, p.lastIndexOf("/") + 1);
  if (head && head !== "/".repeat(head.length)) head = rstripSlash(head);
  return head;
}

export function commonprefix(m) {
  const items = Array.from(m);
  if (!items.length) return "";
  const isSeq = Array.isArray(items[0]);
  const vals = isSeq ? items : items.map(fspath);
  const cmp = (a, b) => {
    if (isSeq) {
      for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
      return a.length - b.length;
    }
    return a < b ? -1 : a > b ? 1 : 0;
  };
  let s1 = vals[0], s2 = vals[0];
  for (const v of vals) {
    if (cmp(v, s1) < 0) s1 = v;
    if (cmp(v, s2) > 0) s2 = v;
  }
  for (let i = 0; i < s1.length; i++) if (s1[i] !== s2[i]) return s1.slice(0, i);
  return s1;
}

export function normpath(path) {
  path = fspath(path);
  if (path === "") return ".";
  let initial = path.startsWith("/") ? 1 : 0;
  if (initial && path.startsWith("//") && !path.startsWith("///")) initial = 2;
  const comps = [];
  for (const comp of path.split("/")) {
    if (comp === "" || comp === ".") continue;
    if (comp !== ".." || (!initial && !comps.length) || (comps.length && comps[comps.length - 1] === "..")) comps.push(comp);
    else if (comps.length) comps.pop();
  }
  path = "/".repeat(initial) + comps.join("/");
  return path || ".";
}

function getcwd() {
  return sys(() => globalThis.process.cwd());
}

export function abspath(path) {
  path = fspath(path);
  if (!isabs(path)) path = join(getcwd(), path);
  return normpath(path);
}

export function relpath(path, start) {
  // relpath(path, start=...) by keyword.
  if (start instanceof KwArgs) {
    for (const [k, v] of start.map) {
      if (k !== "start") throw TypeError(`relpath() got an unexpected keyword argument '${k}'`);
      start = v;
    }
    if (start instanceof KwArgs) start = undefined;
  } else if (path instanceof KwArgs) {
    const m = path.map;
    path = m.get("path");
    start = m.get("start");
  }
  if (path === "" || path === undefined || path === null) throw ValueError("no path specified");
  path = fspath(path);
  start = start === undefined || start === null ? "." : fspath(start);
  const startList = abspath(start).split("/").filter((x) => x);
  const pathList = abspath(path).split("/").filter((x) => x);
  let i = 0;
  while (i < startList.length && i < pathList.length && startList[i] === pathList[i]) i++;
  const rel = [...new Array(startList.length - i).fill(".."), ...pathList.slice(i)];
  if (!rel.length) return ".";
  return join(...rel);
}

export function commonpath(paths) {
  const ps = Array.from(paths).map(fspath);
  if (!ps.length) throw ValueError("commonpath() arg is an empty sequence");
  const abs = new Set(ps.map((p) => p.startsWith("/")));
  if (abs.size > 1) throw ValueError("Can't mix absolute and relative paths");
  const split_ = ps.map((p) => p.split("/").filter((c) => c && c !== "."));
  const cmp = (a, b) => {
    for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
    return a.length - b.length;
  };
  let s1 = split_[0], s2 = split_[0];
  for (const s of split_) {
    if (cmp(s, s1) < 0) s1 = s;
    if (cmp(s, s2) > 0) s2 = s;
  }
  let common = s1;
  for (let i = 0; i < s1.length; i++) {
    if (s1[i] !== s2[i]) {
      common = s1.slice(0, i);
      break;
    }
  }
  return (abs.has(true) ? "/" : "") + common.join("/");
}

export function expanduser(path) {
  path = fspath(path);
  if (!path.startsWith("~")) return path;
  let i = path.indexOf("/", 1);
  if (i < 0) i = path.length;
  let userhome;
  if (i === 1) {
    const home = globalThis.process?.env?.HOME;
    if (home === undefined) return path;
    userhome = home;
  } else {
    return path;
  }
  userhome = rstripSlash(userhome);
  return userhome + path.slice(i) || "/";
}

let varprog = null;
export function expandvars(path) {
  path = fspath(path);
  if (!path.includes("$")) return path;
  varprog ??= reCompile("\\$(\\w+|\\{[^}]*\\})", 256);
  let i = 0;
  for (;;) {
    const m = varprog.search(path, i);
    if (m === null) break;
    const [a, b] = [m.start(), m.end()];
    let name = m.group(1);
    if (name.startsWith("{") && name.endsWith("}")) name = name.slice(1, -1);
    const env = globalThis.process?.env ?? {};
    if (Object.hasOwn(env, name)) {
      const tail = Array.from(path).slice(b).join("");
      path = Array.from(path).slice(0, a).join("") + env[name];
      i = Array.from(path).length;
      path += tail;
    } else {
      i = b;
    }
  }
  return path;
}

// ---------------------------------------------------------------- file system queries

function statOrNull(p, fname, lstat = false) {
  let path;
  try {
    path = pathArg(p, fname);
  } catch (e) {
    throw e;
  }
  if (fs === null) return null;
  try {
    return lstat ? fs.lstatSync(path) : fs.statSync(path);
  } catch {
    return null;
  }
}

export function exists(p) {
  return statOrNull(p, "stat") !== null;
}
export function lexists(p) {
  return statOrNull(p, "lstat", true) !== null;
}
export function isfile(p) {
  return statOrNull(p, "stat")?.isFile() ?? false;
}
export function isdir(s) {
  return statOrNull(s, "stat")?.isDirectory() ?? false;
}
export function islink(p) {
  return statOrNull(p, "lstat", true)?.isSymbolicLink() ?? false;
}
export function ismount(p) {
  const path = abspath(p);
  return path === "/";
}

function statOf(p, fname = "stat") {
  const path = pathArg(p, fname);
  return sys((f) => f.statSync(path), path);
}
export function getsize(p) {
  return statOf(p).size;
}
export function getmtime(p) {
  return mkfloat(statOf(p).mtimeMs / 1000);
}
export function getatime(p) {
  return mkfloat(statOf(p).atimeMs / 1000);
}
export function getctime(p) {
  return mkfloat(statOf(p).ctimeMs / 1000);
}
export function samefile(a, b) {
  const s1 = statOf(a), s2 = statOf(b);
  return s1.ino === s2.ino && s1.dev === s2.dev;
}

export function realpath(filename) {
  filename = fspath(filename);
  if (fs === null) return abspath(filename);
  try {
    return fs.realpathSync(filename);
  } catch {
    // Resolve what exists, keep the rest as written (non-strict mode).
    const abs = abspath(filename);
    const parts = abs.split("/");
    for (let k = parts.length - 1; k > 0; k--) {
      const head = parts.slice(0, k).join("/") || "/";
      try {
        const real = fs.realpathSync(head);
        return normpath(join(real, ...parts.slice(k)));
      } catch {
        // keep going up
      }
    }
    return abs;
  }
}

void [OSError, matches];
