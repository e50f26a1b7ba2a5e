// `numpy.exceptions` (numpy.mjs's `exceptions` export at run time): the exception classes
// pyjs's NumPy raises. Other names are a compile-time error (`numpy.exceptions.X is not
// supported by pyjs`).
export { AxisError } from "./_core.mjs";
