// The `sys` module: argv, exit, standard streams, and interpreter facts as CPython 3.11 on
// Linux reports them.

import { stdout as stdout0, stderr as stderr0, exit, mktuple, struct_seq, mkfloat, stdin_readline, stdin_read, type, set_print_target, mkclass, repr, ga, sa } from "./builtins.mjs";
import { last_caught, recursion_limit, set_recursion_limit } from "./rt/object.mjs";
import { sys_modules } from "./rt/glue.mjs";
import { KwArgs, TypeError, ValueError, typename } from "./rt/object.mjs";
import { int_max_str_digits, set_int_max_str_digits as set_max_str_digits } from "./rt/num.mjs";
import * as self from "./sys.mjs";

const proc = globalThis.process;
const isNode = proc?.versions?.node !== undefined;

function scriptName() {
  if (!isNode) return "";
  if (proc.env.PYJS_ARGV0) return proc.env.PYJS_ARGV0;
  const entry = proc.argv[1] ?? "";
  return entry.replace(/\.mjs$/, ".py");
}

export let argv = isNode ? [scriptName(), ...proc.argv.slice(2)] : [""];
export let stdout = stdout0;
export let stderr = stderr0;
export { exit };
export const __stdout__ = stdout0;
export const __stderr__ = stderr0;

/** Attributes set from Python code that are not one of the rebindable ones below. */
export const $pyjs_extra = {};
/** `sys.x = v` (the namespace itself is read-only): `print()` follows `sys.stdout`. */
export function $pyjs_setattr(name, v) {
  switch (name) {
    case "stdout":
      stdout = v;
      set_print_target(v === stdout0 ? null : v);
      return;
    case "stderr":
      stderr = v;
      return;
    case "stdin":
      stdin = v;
      return;
    case "argv":
      argv = v;
      return;
    case "path":
      path = v;
      return;
  }
  $pyjs_extra[name] = v;
}
export let stdin = {
  readline: () => stdin_readline(),
  read: () => stdin_read(),
  readlines() {
    const out = [];
    for (;;) {
      const line = stdin_readline();
      if (line === "") return out;
      out.push(line);
    }
  },
  isatty: () => false,
  fileno: () => 0,
  readable: () => true,
  writable: () => false,
  name: "<stdin>",
  encoding: "utf-8",
  errors: "strict",
  [Symbol.iterator]: function* () {
    for (;;) {
      const line = stdin_readline();
      if (line === "") return;
      yield line;
    }
  },
};
export const maxsize = 9223372036854775807n;
export const maxunicode = 1114111;
export const byteorder = "little";
export const platform = isNode ? proc.platform : "emscripten";
export const version = "3.11.7 (pyjs)";
export const version_info = struct_seq("sys.version_info", ["major", "minor", "micro", "releaselevel", "serial"], 3, 11, 7, "final", 0);
export const hexversion = 0x030b07f0;
/** `sys.implementation`: a `types.SimpleNamespace` in CPython (pyjs implements CPython 3.11's
 * language, and platform.python_implementation() says "CPython" too). */
const NS_KEYS = ["name", "cache_tag", "version", "hexversion", "_multiarch"];
const Namespace = mkclass("SimpleNamespace", [], (C) => {
  C.__module__ = "types";
  C.__repr__ = function () {
    return `namespace(${NS_KEYS.map((k) => `${k}=${repr(ga(this, k))}`).join(", ")})`;
  };
  C.__repr__.$rt = true;
});
export const implementation = Namespace();
for (const [k, v] of NS_KEYS.map((k, i) => [k, ["cpython", "cpython-311", version_info, hexversion, "x86_64-linux-gnu"][i]])) {
  sa(implementation, k, v);
}
export const executable = "";
export const float_repr_style = "short";
export const api_version = 1013;
export let path = [""];
export const modules = sys_modules();
export const __name__ = "sys";
export const float_info = struct_seq(
  "sys.float_info",
  ["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"],
  mkfloat(1.7976931348623157e308), 1024, 308, 2.2250738585072014e-308, -1021, -307, 15, 53, 2.220446049250313e-16, 2, 1,
);
export const int_info = struct_seq(
  "sys.int_info",
  ["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"],
  30, 4, 4300, 640,
);
export const hash_info = struct_seq(
  "sys.hash_info",
  ["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"],
  64, 2305843009213693951n, 314159, 0, 1000003, "siphash13", 64, 128, 0,
);
export const flags = struct_seq(
  "sys.flags",
  ["debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
    "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated",
    "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"],
  0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, false, 0, 0, false, -1,
);
export const dont_write_bytecode = true;

/** The exception being handled, approximated by the last one an `except` clause caught. */
export function exception() {
  return last_caught();
}

/** Through `getattr`/`from sys import exc_info`: the last exception caught (`sys.exc_info()`
 * calls inside an `except` block compile to the exception it handles). */
export function exc_info() {
  const e = last_caught();
  return e == null ? mktuple(null, null, null) : mktuple(type(e), e, e.__traceback__);
}

export function getrecursionlimit() {
  return recursion_limit();
}
export function setrecursionlimit(n) {
  if ((typeof n !== "number" || !Number.isInteger(n)) && typeof n !== "bigint" && typeof n !== "boolean") {
    throw TypeError(`'${typename(n)}' object cannot be interpreted as an integer`);
  }
  if (n < 1) throw ValueError("recursion limit must be greater or equal than 1");
  set_recursion_limit(Number(n));
  return null;
}
export function getsizeof() {
  return 64;
}
export function intern(s) {
  return s;
}
export function get_int_max_str_digits() {
  return int_max_str_digits();
}
export function set_int_max_str_digits(n) {
  if (n instanceof KwArgs) {
    const [k, v] = [...n.map][0] ?? [];
    if (n.map.size !== 1 || k !== "maxdigits") throw TypeError("set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)");
    n = v;
  } else if (n === undefined) throw TypeError("set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)");
  set_max_str_digits(n);
  return null;
}
export function getdefaultencoding() {
  return "utf-8";
}

modules.set("sys", self);
