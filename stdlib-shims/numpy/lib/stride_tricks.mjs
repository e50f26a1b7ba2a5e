// `numpy.lib.stride_tricks` (the part pyjs has): `sliding_window_view`. Also reachable as
// `np.lib.stride_tricks` (numpy.mjs's `lib`).

import { ValueError, TypeError, arr, typename } from "../../builtins.mjs";
import { withSig } from "../../_shim.mjs";
import { toArr, mk, viewOf, readOnly, skind, sval, isNpScalar, unsupported, AxisError } from "../_core.mjs";

function intArg(x) {
  if (typeof x === "number" && Number.isInteger(x)) return x;
  if (typeof x === "boolean") return +x;
  if (isNpScalar(x) && Number.isInteger(sval(x)) && typeof sval(x) === "number") return sval(x);
  if (typeof x === "bigint") return Number(x);
  throw TypeError(`'${typename(x)}' object cannot be interpreted as an integer`);
}
function normAxis(ax, nd) {
  ax = intArg(ax);
  if (ax < -nd || ax >= nd) throw AxisError(`axis ${ax} is out of bounds for array of dimension ${nd}`);
  return ax < 0 ? ax + nd : ax;
}
const truthyArg = (x) => x !== undefined && x !== null && x !== false && sval(x) !== 0;

// `np.lib.stride_tricks.sliding_window_view`: a read-only view whose last dimensions run over
// each window (NumPy's strides trick: the window axes reuse the input's strides).
export const sliding_window_view = withSig(function (x, windowShape, axis, subok, writeable) {
  if (writeable !== undefined && writeable !== null && truthyArg(writeable)) throw unsupported("sliding_window_view(writeable=True)");
  x = toArr(x);
  const ws = skind(windowShape) >= 0 ? [intArg(windowShape)] : Array.from(arr(windowShape), (v) => intArg(v));
  if (ws.some((w) => w < 0)) throw ValueError("`window_shape` cannot contain negative values");
  const nd = x.$shape.length;
  let axes;
  if (axis === undefined || axis === null) {
    if (ws.length !== nd) throw ValueError(`Since axis is \`None\`, must provide window_shape for all dimensions of \`x\`; got ${ws.length} window_shape elements and \`x.ndim\` is ${nd}.`);
    axes = [...Array(nd).keys()];
  } else {
    axes = (skind(axis) >= 0 ? [axis] : Array.from(arr(axis))).map((a) => normAxis(a, nd));
    if (axes.length !== ws.length) throw ValueError(`Must provide matching length window_shape and axis; got ${ws.length} window_shape elements and ${axes.length} axes elements.`);
  }
  const shape = x.$shape.slice();
  axes.forEach((ax, i) => {
    if (shape[ax] < ws[i]) throw ValueError("window shape cannot be larger than input array shape");
    shape[ax] -= ws[i] - 1;
  });
  const strides = [...x.$strides, ...axes.map((ax) => x.$strides[ax])];
  return readOnly(viewOf(x, mk(x.$dt, [...shape, ...ws], strides, x.$off, x.$data)));
}, "sliding_window_view", ["x", "window_shape", "axis", "subok", "writeable"], { defaults: 3 });
