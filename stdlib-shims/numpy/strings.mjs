// `numpy.strings` (NumPy 2's string functions, a subset; numpy.mjs's `strings` export at run time): the
// same functions as `numpy.char`. Other names are a compile-time error (`numpy.strings.X is not
// supported by pyjs`).
export {
  upper, lower, capitalize, title, swapcase, strip, lstrip, rstrip, add, multiply, center,
  ljust, rjust, zfill, replace, startswith, endswith, find, rfind, count, str_len, isdigit,
  isalpha, isnumeric, isspace, isupper, islower, equal, not_equal, less, greater
} from "./char.mjs";
