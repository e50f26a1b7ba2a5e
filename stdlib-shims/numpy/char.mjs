// `numpy.char` (NumPy 2's string functions, a subset; numpy.mjs's `char` export at run time). Other
// names are a compile-time error (`numpy.char.X is not supported by pyjs`).
import { charNs } from "./_str.mjs";

const NS = charNs();
export const upper = NS.upper;
export const lower = NS.lower;
export const capitalize = NS.capitalize;
export const title = NS.title;
export const swapcase = NS.swapcase;
export const strip = NS.strip;
export const lstrip = NS.lstrip;
export const rstrip = NS.rstrip;
export const add = NS.add;
export const multiply = NS.multiply;
export const center = NS.center;
export const ljust = NS.ljust;
export const rjust = NS.rjust;
export const zfill = NS.zfill;
export const replace = NS.replace;
export const startswith = NS.startswith;
export const endswith = NS.endswith;
export const find = NS.find;
export const rfind = NS.rfind;
export const count = NS.count;
export const str_len = NS.str_len;
export const isdigit = NS.isdigit;
export const isalpha = NS.isalpha;
export const isnumeric = NS.isnumeric;
export const isspace = NS.isspace;
export const isupper = NS.isupper;
export const islower = NS.islower;
export const equal = NS.equal;
export const not_equal = NS.not_equal;
export const less = NS.less;
export const greater = NS.greater;
