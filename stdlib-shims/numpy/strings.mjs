// `numpy.strings` (NumPy 2's string functions, a subset): numpy/_str.mjs's CHAR table. Other names are
// a compile-time error (`numpy.strings.X is not supported by pyjs`).
import { withSig } from "../_shim.mjs";
import { CHAR } from "./_str.mjs";

const F = (name, params, defaults) => withSig((...a) => CHAR[name](...a), name, params, { defaults });
export const upper = F("upper", ["a"], 0);
export const lower = F("lower", ["a"], 0);
export const capitalize = F("capitalize", ["a"], 0);
export const title = F("title", ["a"], 0);
export const swapcase = F("swapcase", ["a"], 0);
export const strip = F("strip", ["a", "chars"], 1);
export const lstrip = F("lstrip", ["a", "chars"], 1);
export const rstrip = F("rstrip", ["a", "chars"], 1);
export const add = F("add", ["x1", "x2"], 0);
export const multiply = F("multiply", ["a", "i"], 0);
export const center = F("center", ["a", "width", "fillchar"], 1);
export const ljust = F("ljust", ["a", "width", "fillchar"], 1);
export const rjust = F("rjust", ["a", "width", "fillchar"], 1);
export const zfill = F("zfill", ["a", "width"], 0);
export const replace = F("replace", ["a", "old", "new", "count"], 1);
export const startswith = F("startswith", ["a", "prefix"], 0);
export const endswith = F("endswith", ["a", "suffix"], 0);
export const find = F("find", ["a", "sub"], 0);
export const rfind = F("rfind", ["a", "sub"], 0);
export const count = F("count", ["a", "sub"], 0);
export const str_len = F("str_len", ["a"], 0);
export const isdigit = F("isdigit", ["a"], 0);
export const isalpha = F("isalpha", ["a"], 0);
export const isnumeric = F("isnumeric", ["a"], 0);
export const isspace = F("isspace", ["a"], 0);
export const isupper = F("isupper", ["a"], 0);
export const islower = F("islower", ["a"], 0);
export const equal = F("equal", ["x1", "x2"], 0);
export const not_equal = F("not_equal", ["x1", "x2"], 0);
export const less = F("less", ["x1", "x2"], 0);
export const greater = F("greater", ["x1", "x2"], 0);
