// Node access shared by os.mjs and os/path.mjs (not a Python module): the `fs` module, and
// conversion of Node's errors to Python's OSError subclasses. In a browser `fs` is null and
// every filesystem call raises OSError.

import { OSError, TypeError, typename } from "./builtins.mjs";

const proc = globalThis.process;
export const isNode = proc?.versions?.node !== undefined;
export const fs = isNode ? (proc.getBuiltinModule?.("node:fs") ?? (await import("node:fs"))) : null;

const ERRNO = {
  EPERM: [1, "Operation not permitted"], ENOENT: [2, "No such file or directory"], EIO: [5, "Input/output error"],
  EBADF: [9, "Bad file descriptor"], EACCES: [13, "Permission denied"], EBUSY: [16, "Device or resource busy"],
  EEXIST: [17, "File exists"], EXDEV: [18, "Invalid cross-device link"], ENOTDIR: [20, "Not a directory"],
  EISDIR: [21, "Is a directory"], EINVAL: [22, "Invalid argument"], EMFILE: [24, "Too many open files"],
  ENOSPC: [28, "No space left on device"], EROFS: [30, "Read-only file system"], ENAMETOOLONG: [36, "File name too long"],
  ENOTEMPTY: [39, "Directory not empty"], ELOOP: [40, "Too many levels of symbolic links"],
};

export function strerror(code) {
  for (const [n, msg] of Object.values(ERRNO)) if (n === code) return msg;
  return `Unknown error ${code}`;
}

/** A Python OSError (the errno's subclass) from a Node error. */
export function osError(e, path, path2) {
  const info = ERRNO[e?.code];
  if (info === undefined) return OSError(String(e?.message ?? e));
  if (path2 !== undefined) return OSError(info[0], info[1], path, null, path2);
  return path === undefined ? OSError(info[0], info[1]) : OSError(info[0], info[1], path);
}

/** Run a Node fs call, turning its errors into OSError. */
export function sys(f, path, path2) {
  if (fs === null) throw OSError("pyjs: the file system is not available in the browser");
  try {
    return f(fs);
  } catch (e) {
    if (e !== null && typeof e === "object" && typeof e.code === "string") throw osError(e, path, path2);
    throw e;
  }
}

/** os.fspath(p). */
export function fspath(p) {
  if (typeof p === "string") return p;
  if (p !== null && typeof p === "object" && typeof p.__fspath__ === "function") {
    const r = p.__fspath__();
    if (typeof r !== "string") {
      throw TypeError(`expected ${typename(p)}.__fspath__() to return str or bytes, not ${typename(r)}`);
    }
    return r;
  }
  throw TypeError(`expected str, bytes or os.PathLike object, not ${typename(p)}`);
}

/** A path argument of a system call (CPython's path_converter wording). */
export function pathArg(p, fname, allowFd = true) {
  if (typeof p === "string") return p;
  if (p !== null && typeof p === "object" && typeof p.__fspath__ === "function") return fspath(p);
  if (allowFd && typeof p === "number" && Number.isInteger(p)) return p;
  throw TypeError(`${fname}: path should be string, bytes, os.PathLike${allowFd ? " or integer" : ""}, not ${typename(p)}`);
}
