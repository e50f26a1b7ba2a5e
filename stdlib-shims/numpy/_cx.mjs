// NumPy complex128 arrays (ARCHITECTURE.md "Complex arrays"). Like a small-dtype array
// (numpy/_core.mjs), a complex array is a wrapper `{$a, $b, $sd}`, here around two ordinary
// float64 arrays of one shape: `$a` the real parts, `$b` the imaginary parts. Indexing, slicing
// (views share both parts), reshapes, masks and fancy indexing apply to both parts alike, and
// `.real`/`.imag` are the parts themselves (views: assigning through them changes the array).
// Arithmetic follows NumPy's loops bit for bit where it can: `*` as its AVX2 loop (two fused
// multiply-adds), `/` as Smith's method with a reciprocal, `abs` as its SIMD hypot, exp/sqrt/log
// as glibc's cexp/csqrt/clog. Python complex values and np.complex128 scalars are operands
// (`complex.$sd` is set to the descriptor). This file ships only with programs the compiler
// finds may make a complex array (semantic.rs NP_CX: numpy.mjs's CX_GATE entry calls `cxInit`).

import { mkclass, Tuple, mktuple, mkfloat, repr, int, TypeError, ValueError, NotImplemented, Ellipsis, hash, complex as pycomplex } from "../builtins.mjs";
import { method } from "../_shim.mjs";
import * as M from "../_libm.mjs";
import { hypot } from "../rt/complex.mjs";
import {
  BOOL, INT, FLOAT, fromFlat, isArr, flat, copyArr, getitem, setitem, skind, sval, isNpScalar, scal, unsupported, tolist, K,
  broadcastShapes, broadcastTo, inexact, dtype, TRUE_, FALSE_, smallDt, STRH, ufuncRound, formatNested, PRINT_LEGACY,
} from "./_core.mjs";

function rt(f) {
  f.$rt = true;
  return f;
}
function NoCx(what) {
  return unsupported(`${what} of complex arrays`);
}

// ---------------------------------------------------------------------------- descriptor, scalars

export const complexfloating = mkclass("complexfloating", [inexact], (C) => {
  C.__module__ = "numpy";
});
const ARITH = { "+": "add", "-": "subtract", "*": "multiply", "/": "true_divide", "** or pow()": "power" };
const CX = {
  name: "complex128", kind: "c", size: 16, char: "D", st: FLOAT, cls: null, dt: null,
  bin: cxBin, un: cxUn, red: cxRed, arr: cxArray, seq: cxSeq, out: cxOut, multi: cxMulti, fixed: cxFixed, keep: cxKeep,
  clip() { throw NoCx("clip"); }, round: cxRound, arange() { throw NoCx("arange"); },
  rtype() { return cxDt(); }, dtype() { return cxDt(); }, matmul: (a, b) => cxMatmul(a, b),
};

/** An np.complex128 scalar. */
function cs(re, im) {
  const z = Object.create(complex128);
  z.$re = re;
  z.$im = im;
  return z;
}
function partStr(x) {
  const s = repr(mkfloat(x));
  return s.endsWith(".0") ? s.slice(0, -2) : s;
}
/** Python's complex repr (NumPy's complex scalars print the same way). */
function cstr(re, im) {
  if (re === 0 && !Object.is(re, -0)) return `${partStr(im)}j`;
  const i = partStr(im);
  return `(${partStr(re)}${i.startsWith("-") ? "" : "+"}${i}j)`;
}
export const complex128 = mkclass("complex128", [complexfloating, pycomplex], (C) => {
  C.__module__ = "numpy";
  C.$sd = CX;
  C.$arith = function (sym, o, reflected) {
    const u = ARITH[sym];
    if (u === undefined || !isCxOperand(o)) return undefined;
    return reflected ? cxBin(u, o, this) : cxBin(u, this, o);
  };
  C.__new__ = function (cls, x, y) {
    if (y !== undefined) {
      const p = cxParts(x), q = cxParts(y);
      return cs(p[0] - q[1], p[1] + q[0]);
    }
    if (x === undefined) return cs(0, 0);
    if (isArr(x) || x?.$a !== undefined || Array.isArray(x) || x instanceof Tuple) return cxArray(x, CX, true);
    if (typeof x === "string") {
      const z = pycomplex(x);
      return cs(z.$re, z.$im);
    }
    const p = cxParts(x);
    return cs(p[0], p[1]);
  };
  C.__repr__ = rt(function () {
    if (PRINT_LEGACY.v) return cstr(this.$re, this.$im);
    return `np.complex128${cstr(this.$re, this.$im).replace(/^([^(].*)$/, "($1)")}`;
  });
  C.__str__ = rt(function () {
    return cstr(this.$re, this.$im);
  });
  C.__format__ = rt(function (spec) {
    return spec === "" ? cstr(this.$re, this.$im) : pycomplex.__format__(this, spec);
  });
  // NumPy casts (with a ComplexWarning): the real part.
  C.__float__ = rt(function () {
    return mkfloat(this.$re);
  });
  C.__int__ = rt(function () {
    return int(mkfloat(this.$re));
  });
  C.__hash__ = rt(function () {
    return hash(pycomplex(mkfloat(this.$re), mkfloat(this.$im)));
  });
  C.__bool__ = rt(function () {
    return this.$re !== 0 || this.$im !== 0;
  });
  C.__abs__ = rt(function () {
    return scal(FLOAT, hypot(this.$re, this.$im));
  });
  C.__neg__ = rt(function () {
    return cs(-this.$re, -this.$im);
  });
  C.__pos__ = rt(function () {
    return this;
  });
  C.__complex__ = rt(function () {
    return pycomplex(mkfloat(this.$re), mkfloat(this.$im));
  });
  C.item = method("complex128.item", [], function () {
    return pycomplex(mkfloat(this.$re), mkfloat(this.$im));
  });
  C.tolist = C.item;
  C.conjugate = method("complex128.conjugate", [], function () {
    return cs(this.$re, -this.$im);
  });
  C.conj = C.conjugate;
  C.astype = method("complex128.astype", ["dtype"], function (dt) {
    const r = cxAstype(cxWrap(fromFlat(FLOAT, [], Float64Array.of(this.$re)), fromFlat(FLOAT, [], Float64Array.of(this.$im))), dt);
    return r.$a !== undefined ? cs(r.$a.$data[0], r.$b.$data[0]) : getitem(r, mktuple());
  });
  for (const [k, f] of Object.entries({
    real() { return scal(FLOAT, this.$re); },
    imag() { return scal(FLOAT, this.$im); },
    dtype() { return cxDt(); },
    shape() { return mktuple(); },
    ndim() { return 0; },
    size() { return 1; },
    itemsize() { return 16; },
    nbytes() { return 16; },
    T() { return this; },
  })) Object.defineProperty(C, k, { get: f, enumerable: true, configurable: true });
  const ops = { add: "add", sub: "subtract", mul: "multiply", truediv: "true_divide", pow: "power" };
  for (const [d, u] of Object.entries(ops)) {
    C[`__${d}__`] = rt(function (o) {
      return isCxOperand(o) ? cxBin(u, this, o) : NotImplemented;
    });
    C[`__r${d}__`] = rt(function (o) {
      return isCxOperand(o) ? cxBin(u, o, this) : NotImplemented;
    });
  }
  C.__eq__ = rt(function (o) {
    return isCxOperand(o) ? cxBin("equal", this, o) : NotImplemented;
  });
  C.__ne__ = rt(function (o) {
    return isCxOperand(o) ? cxBin("not_equal", this, o) : NotImplemented;
  });
  for (const d of ["lt", "le", "gt", "ge", "floordiv", "mod", "rfloordiv", "rmod"]) {
    C[`__${d}__`] = rt(function () {
      throw NoCx(d === "lt" || d === "le" || d === "gt" || d === "ge" ? "ordering" : d.replace(/^r/, ""));
    });
  }
});

function cxDt() {
  if (STRH.cxdt === undefined) {
    const D = Object.create(dtype);
    D.__repr__ = rt(() => "dtype('complex128')");
    D.__str__ = rt(() => "complex128");
    D.__eq__ = rt((o) => {
      try {
        return smallDt(o) === CX;
      } catch {
        return false;
      }
    });
    D.__ne__ = rt((o) => !D.__eq__(o));
    D.__hash__ = rt(() => hash("complex128"));
    for (const [k, v] of [["name$", "complex128"], ["kind", "c"], ["itemsize", 16], ["char", "D"], ["type", complex128]]) {
      Object.defineProperty(D, k, { get: () => v, configurable: true });
    }
    const d = Object.create(D), h = STRH;
    d.$code = CX;
    h.cxdt = d;
  }
  return STRH.cxdt;
}

// ---------------------------------------------------------------------------- operands

const isPyCx = (x) => x !== null && typeof x === "object" && typeof x.$re === "number";
function isCxOperand(o) {
  return skind(o) >= 0 || isArr(o) || Array.isArray(o) || o instanceof Tuple || isPyCx(o) || o?.$b !== undefined;
}
/** `[re, im]` of a scalar operand (Python or NumPy number, complex or not). */
function cxParts(x) {
  if (isPyCx(x)) return [x.$re, x.$im];
  const k = skind(x);
  if (k >= 0) return [Number(sval(x)), 0];
  if (x?.$sd !== undefined && x.v !== undefined) return [x.v, 0];
  if (x !== null && typeof x === "object" && typeof x.__complex__ === "function") {
    const z = x.__complex__();
    return [z.$re, z.$im];
  }
  if (x !== null && typeof x === "object" && typeof x.__float__ === "function") return [sval(x.__float__()), 0];
  throw TypeError(`complex() first argument must be a string or a number, not '${x?.$class?.__name__ ?? typeof x}'`);
}

function cxWrap(a, b) {
  const w = Object.create(STRH.cxP ?? cxProto());
  w.$a = a;
  w.$b = b;
  w.$sd = CX;
  w.$v1 = null;
  return w;
}
const zerosLike = (a) => fromFlat(FLOAT, a.$shape.slice(), new Float64Array(a.$size));
/** A storage pair (arrays or 0-d) as a complex array, or a complex128 scalar for 0-d results of indexing. */
function cxOut(sd, r, s) {
  if (s === undefined) {
    // A result of a function applied to the real parts only (`keep` gives both).
    return r;
  }
  if (isArr(r)) return cxWrap(r, s);
  return cs(sval(r), sval(s));
}
/** `[re, im, scalar]`: an operand's parts as float64 arrays (or numbers for scalars). */
function cxOp(x) {
  if (x?.$b !== undefined) return [x.$a, x.$b, false];
  if (isArr(x)) {
    const a = x.$dt === FLOAT ? x : copyArr(x, FLOAT);
    return [a, zerosLike(a), false];
  }
  if (x?.$a !== undefined) return cxOp(copyArr(x.$a, FLOAT));
  if (Array.isArray(x) || x instanceof Tuple) return cxOp(cxArray(x, CX, false));
  const p = cxParts(x);
  return [p[0], p[1], true];
}
const asF = (v) => (typeof v === "number" ? fromFlat(FLOAT, [], Float64Array.of(v)) : v);

// ---------------------------------------------------------------------------- creation

/** Anything array-like as a complex array (`np.array(x, dtype=complex)`). */
function cxArray(x, sd, copy) {
  if (x?.$b !== undefined) return copy ? cxWrap(copyArr(x.$a), copyArr(x.$b)) : x;
  if (isArr(x)) {
    const a = copyArr(x, FLOAT);
    return cxWrap(a, zerosLike(a));
  }
  if (x?.$a !== undefined) return cxArray(copyArr(x.$a, FLOAT), sd, copy);
  if (isPyCx(x) || skind(x) >= 0) {
    const p = cxParts(x);
    return cxWrap(fromFlat(FLOAT, [], Float64Array.of(p[0])), fromFlat(FLOAT, [], Float64Array.of(p[1])));
  }
  return cxSeq(x);
}
/** `np.array(seq)` of a (nested) sequence holding complex values. */
function cxSeq(x, dt) {
  if (dt !== undefined && dt !== null && smallDt(dt) !== CX) {
    if (isPyCx(x) || hasCx(x)) throw TypeError("can't convert complex to float");
  }
  if (isPyCx(x)) return cxArray(x, CX, true);
  const shape = [];
  for (let v = x; Array.isArray(v) || v instanceof Tuple || v?.$b !== undefined || isArr(v); ) {
    if (v?.$b !== undefined) {
      shape.push(...v.$a.$shape);
      break;
    }
    if (isArr(v)) {
      shape.push(...v.$shape);
      break;
    }
    shape.push(v.length);
    if (v.length === 0) break;
    v = v[0];
  }
  const re = [], im = [];
  const fill = (v, depth) => {
    if (v?.$b !== undefined || isArr(v) || (v?.$a !== undefined)) {
      const [a, b] = cxOp(v);
      const n = a.$shape.length;
      if (n !== shape.length - depth || a.$shape.some((d, i) => d !== shape[depth + i])) ragged(shape, depth);
      const p = flat(a), q = flat(b);
      for (let i = 0; i < p.length; i++) {
        re.push(p[i]);
        im.push(q[i]);
      }
      return;
    }
    if (Array.isArray(v) || v instanceof Tuple) {
      if (depth >= shape.length || v.length !== shape[depth]) ragged(shape, depth);
      for (const it of v) fill(it, depth + 1);
      return;
    }
    if (depth !== shape.length) ragged(shape, depth);
    if (typeof v === "string") throw unsupported("array of strings and complex values");
    const p = cxParts(v);
    re.push(p[0]);
    im.push(p[1]);
  };
  fill(x, 0);
  return cxWrap(fromFlat(FLOAT, shape, Float64Array.from(re)), fromFlat(FLOAT, shape.slice(), Float64Array.from(im)));
}
function hasCx(x) {
  if (isPyCx(x) || x?.$b !== undefined) return true;
  if (Array.isArray(x) || x instanceof Tuple) {
    for (const v of x) if (hasCx(v)) return true;
  }
  return false;
}
function ragged(shape, depth) {
  throw ValueError(`setting an array element with a sequence. The requested array has an inhomogeneous shape after ${depth} dimensions. The detected shape was (${shape.slice(0, depth).join(", ")}${depth === 1 ? "," : ""}) + inhomogeneous part.`);
}

/** `a.astype(dt)` of a complex array: complex -> real drops the imaginary parts (NumPy's ComplexWarning). */
function cxAstype(w, dt) {
  if (smallDt(dt) === CX) return cxWrap(copyArr(w.$a), copyArr(w.$b));
  if (smallDt(dt) !== undefined) throw NoCx("astype to small dtypes");
  return copyArr(w.$a, STRH.cxh.dtcode(dt));
}

// ---------------------------------------------------------------------------- arithmetic

/** NumPy's array abs of a complex (its SIMD loop: max * sqrt(fma(r, r, 1)), r = min / max). */
function cabs(re, im) {
  let r = Math.abs(re), i = Math.abs(im);
  if (r === Infinity || i === Infinity) return Infinity;
  if (r !== r || i !== i) return NaN;
  const L = r > i ? r : i, S = r > i ? i : r;
  if (L === 0) return 0;
  const q = S / L;
  return Math.sqrt(M.fma(q, q, 1)) * L;
}
/** NumPy's complex divide loop (Smith's method, through a reciprocal). */
function cdiv(ar, ai, br, bi, o, k) {
  const abr = Math.abs(br), abi = Math.abs(bi);
  if (abr >= abi) {
    if (abr === 0 && abi === 0) {
      o[0][k] = ar / abr;
      o[1][k] = ai / abr;
    } else {
      const rat = bi / br, scl = 1.0 / (br + bi * rat);
      o[0][k] = (ar + ai * rat) * scl;
      o[1][k] = (ai - ar * rat) * scl;
    }
  } else if (abr < abi) {
    const rat = br / bi, scl = 1.0 / (bi + br * rat);
    o[0][k] = (ar * rat + ai) * scl;
    o[1][k] = (ai * rat - ar) * scl;
  } else {
    o[0][k] = NaN;
    o[1][k] = NaN;
  }
}
const T2 = [new Float64Array(1), new Float64Array(1)];
function cdiv2(ar, ai, br, bi) {
  cdiv(ar, ai, br, bi, T2, 0);
  return [T2[0][0], T2[1][0]];
}
/** glibc's cexp for finite arguments (exp(x) (cos y + i sin y), overflow-safe scaling omitted). */
function cexp(x, y) {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (x === -Infinity && !Number.isFinite(y)) return [0, y !== y ? 0 : 0];
    if (x !== x) return [NaN, y === 0 ? y : NaN];
    if (y === 0) return [M.exp(x), y];
    if (x === Infinity && !Number.isFinite(y)) return [Infinity, NaN];
    return [NaN, NaN];
  }
  let s, c;
  if (Math.abs(y) > 2.2250738585072014e-308) {
    s = M.sin(y);
    c = M.cos(y);
  } else {
    s = y;
    c = 1;
  }
  if (x > 709.0895657128241) {
    // glibc scales exp(x) by exp(t) to avoid a spurious overflow of exp(x) * (tiny cos).
    const t = 709.0895657128241, ex = M.exp(t);
    let xx = x - t;
    s *= ex;
    c *= ex;
    if (xx > t) {
      xx -= t;
      s *= ex;
      c *= ex;
    }
    if (xx > t) return [Infinity * c, Infinity * s];
    const ev = M.exp(xx);
    return [ev * c, ev * s];
  }
  const e = M.exp(x);
  return [e * c, e * s];
}
/** glibc's csqrt. */
function csqrt(x, y) {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (Math.abs(y) === Infinity) return [Infinity, y];
    if (x === -Infinity) return [y !== y ? NaN : 0, y !== y ? Infinity : Math.sign(1 / y) < 0 || y < 0 ? -Infinity : Infinity];
    if (x === Infinity) return [x, y !== y ? NaN : Object.is(y, -0) || y < 0 ? -0 : 0];
    return [NaN, NaN];
  }
  if (y === 0) {
    if (x < 0) return [0, Object.is(y, -0) ? -Math.sqrt(-x) : Math.sqrt(-x)];
    return [Math.abs(Math.sqrt(x)), y];
  }
  if (x === 0) {
    const r = Math.abs(y) >= 2 * 2.2250738585072014e-308 ? Math.SQRT1_2 * Math.sqrt(Math.abs(y)) : 0.5 * Math.sqrt(2 * Math.abs(y));
    return [r, y < 0 ? -r : r];
  }
  let scale = 0;
  const MAX4 = 1.7976931348623157e308 / 4, MIN2 = 2 * 2.2250738585072014e-308;
  if (Math.abs(x) > MAX4 || Math.abs(y) > MAX4) {
    scale = 1;
    x /= 4;
    y /= 4;
  } else if (Math.abs(x) < MIN2 && Math.abs(y) < MIN2) {
    scale = -27;
    x *= 2 ** 54;
    y *= 2 ** 54;
  }
  const d = hypot(x, y);
  let r, s;
  if (x > 0) {
    r = Math.sqrt(0.5 * (d + x));
    if (scale === 1 && Math.abs(y) < 1) {
      s = y / r;
      r *= 2;
    } else s = 0.5 * (y / r);
  } else {
    s = Math.sqrt(0.5 * (d - x));
    if (scale === 1 && Math.abs(y) < 1) {
      r = Math.abs(y / s);
      s *= 2;
    } else r = Math.abs(0.5 * (y / s));
  }
  if (scale !== 0) {
    r *= 2 ** scale;
    s *= 2 ** scale;
  }
  return [r, s < 0 !== y < 0 ? -s : s];
}
/** glibc's clog (the |z| near 1 cases through log1p). */
function clog(x, y) {
  if (x !== x || y !== y) return [Math.abs(x) === Infinity || Math.abs(y) === Infinity ? Infinity : NaN, NaN];
  if (x === 0 && y === 0) return [-Infinity, M.atan2(y, x)];
  let ax = Math.abs(x), ay = Math.abs(y), scale = 0;
  if (ax < ay) [ax, ay] = [ay, ax];
  const DMIN = 2.2250738585072014e-308, DEPS = 2.220446049250313e-16;
  if (ax > 1.7976931348623157e308 / 2) {
    scale = -1;
    ax /= 2;
    ay = ay >= DMIN * 2 ? ay / 2 : 0;
  } else if (ax < DMIN && ay < DMIN) {
    scale = 53;
    ax *= 2 ** 53;
    ay *= 2 ** 53;
  }
  let re;
  if (ax === 1 && scale === 0) re = M.log1p(ay * ay) / 2;
  else if (ax > 1 && ax < 2 && ay < 1 && scale === 0) {
    let d = (ax - 1) * (ax + 1);
    if (ay >= DEPS) d += ay * ay;
    re = M.log1p(d) / 2;
  } else if (ax < 1 && ax >= 0.5 && ay < DEPS / 2 && scale === 0) re = M.log1p((ax - 1) * (ax + 1)) / 2;
  else if (ax < 1 && ax >= 0.5 && scale === 0 && ax * ax + ay * ay >= 0.5) re = M.log1p(x2y2m1(ax, ay)) / 2;
  else re = M.log(hypot(ax, ay)) - scale * Math.LN2;
  return [re, M.atan2(y, x)];
}
/** glibc's __x2y2m1: x*x + y*y - 1 with the products and sums exact until the last rounding. */
function x2y2m1(x, y) {
  const v = [...split(x, x), ...split(y, y), -1];
  v.sort((a, b) => Math.abs(a) - Math.abs(b));
  // add_split in glibc's order: the sum of the sorted terms with compensation.
  let s = 0, c = 0;
  for (const t of v) {
    const u = s + t, bb = u - s;
    c += s - (u - bb) + (t - bb);
    s = u;
  }
  return s + c;
}
function split(a, b) {
  const p = a * b;
  return [p, M.fma(a, b, -p)];
}
/** NumPy's nc_pow (integer powers by repeated plain products, else cexp(b log a)). */
function cpow(ar, ai, br, bi) {
  if (br === 0 && bi === 0) return [1, 0];
  if (ar === 0 && ai === 0) return br > 0 && bi === 0 ? [0, 0] : [NaN, NaN];
  const mul = (p, q) => [p[0] * q[0] - p[1] * q[1], p[0] * q[1] + p[1] * q[0]];
  if (bi === 0 && Number.isInteger(br)) {
    let n = br;
    if (n === 1) return [ar, ai];
    if (n === 2) return mul([ar, ai], [ar, ai]);
    if (n === 3) return mul([ar, ai], mul([ar, ai], [ar, ai]));
    if (n > -100 && n < 100) {
      if (n < 0) n = -n;
      let aa = [1, 0], p = [ar, ai];
      for (let mask = 1; ; mask *= 2) {
        if (Math.floor(n / mask) % 2 === 1) aa = mul(aa, p);
        if (n < mask * 2) break;
        p = mul(p, p);
      }
      return br < 0 ? cdiv2(1, 0, aa[0], aa[1]) : aa;
    }
  }
  const [lr, li] = clog(ar, ai);
  return cexp(br * lr - bi * li, br * li + bi * lr);
}

const CMP = { equal: 1, not_equal: 1 };
/** Binary ufunc `name` with a complex operand. */
function cxBin(name, x, y) {
  // NumPy's fast scalar powers of arrays.
  if (name === "power" && x?.$b !== undefined && (y === 2 || y === -1 || y === 0.5 || y === 1)) return cxUn(y === 2 ? "square" : y === -1 ? "reciprocal" : y === 1 ? "positive" : "sqrt", x);
  const [a, b, sx] = cxOp(x), [c, d, sy] = cxOp(y);
  const sc = sx && sy;
  const A = asF(a), B = asF(b), C = asF(c), D = asF(d);
  const shape = broadcastShapes(A.$shape, C.$shape), n = shape.reduce((p, q) => p * q, 1);
  const ar = flat(broadcastTo(A, shape)), ai = flat(broadcastTo(B, shape)), br = flat(broadcastTo(C, shape)), bi = flat(broadcastTo(D, shape));
  if (CMP[name] !== undefined) {
    const out = new Uint8Array(n), eq = name === "equal";
    for (let i = 0; i < n; i++) out[i] = (ar[i] === br[i] && ai[i] === bi[i]) === eq ? 1 : 0;
    return sc ? (out[0] ? TRUE_ : FALSE_) : fromFlat(BOOL, shape, out);
  }
  const re = new Float64Array(n), im = new Float64Array(n), o = [re, im];
  switch (name) {
    case "add":
      for (let i = 0; i < n; i++) {
        re[i] = ar[i] + br[i];
        im[i] = ai[i] + bi[i];
      }
      break;
    case "subtract":
      for (let i = 0; i < n; i++) {
        re[i] = ar[i] - br[i];
        im[i] = ai[i] - bi[i];
      }
      break;
    case "multiply":
      if (sc) {
        // NumPy's scalar math: the plain products.
        re[0] = ar[0] * br[0] - ai[0] * bi[0];
        im[0] = ar[0] * bi[0] + ai[0] * br[0];
      } else {
        for (let i = 0; i < n; i++) {
          re[i] = M.fma(ar[i], br[i], -(ai[i] * bi[i]));
          im[i] = M.fma(ar[i], bi[i], ai[i] * br[i]);
        }
      }
      break;
    case "true_divide":
    case "divide":
      for (let i = 0; i < n; i++) cdiv(ar[i], ai[i], br[i], bi[i], o, i);
      break;
    case "power":
      for (let i = 0; i < n; i++) {
        const r = cpow(ar[i], ai[i], br[i], bi[i]);
        re[i] = r[0];
        im[i] = r[1];
      }
      break;
    default:
      throw NoCx(name);
  }
  if (sc) return cs(re[0], im[0]);
  return cxWrap(fromFlat(FLOAT, shape, re), fromFlat(FLOAT, shape.slice(), im));
}

/** Unary ufunc `name` of a complex operand. */
function cxUn(name, x) {
  const [a, b, sc] = cxOp(x);
  const A = asF(a), B = asF(b), p = flat(A), q = flat(B), n = p.length, shape = A.$shape;
  const re = new Float64Array(n), im = new Float64Array(n);
  const real = (f) => {
    for (let i = 0; i < n; i++) re[i] = f(p[i], q[i]);
    return sc ? scal(FLOAT, re[0]) : fromFlat(FLOAT, shape.slice(), re);
  };
  const bool = (f) => {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) out[i] = f(p[i], q[i]) ? 1 : 0;
    return sc ? (out[0] ? TRUE_ : FALSE_) : fromFlat(BOOL, shape.slice(), out);
  };
  const each = (f) => {
    for (let i = 0; i < n; i++) {
      const r = f(p[i], q[i]);
      re[i] = r[0];
      im[i] = r[1];
    }
  };
  switch (name) {
    case "absolute":
    case "abs":
      // The ufunc loop even for scalars (builtin abs() of a complex128 is glibc's hypot).
      return real(cabs);
    case "negative":
      each((u, v) => [-u, -v]);
      break;
    case "positive":
      each((u, v) => [u, v]);
      break;
    case "conjugate":
    case "conj":
      each((u, v) => [u, -v]);
      break;
    case "square":
      if (sc) each((u, v) => [u * u - v * v, u * v + v * u]);
      else each((u, v) => [M.fma(u, u, -(v * v)), M.fma(u, v, v * u)]);
      break;
    case "exp":
      each(cexp);
      break;
    case "sqrt":
      each(csqrt);
      break;
    case "log":
      each(clog);
      break;
    case "isnan":
      return bool((u, v) => u !== u || v !== v);
    case "isinf":
      return bool((u, v) => Math.abs(u) === Infinity || Math.abs(v) === Infinity);
    case "isfinite":
      return bool((u, v) => Number.isFinite(u) && Number.isFinite(v));
    case "angle":
      return real((u, v) => M.atan2(v, u));
    case "reciprocal":
      each((u, v) => {
        if (Math.abs(v) <= Math.abs(u)) {
          const r = v / u, d = u + v * r;
          return [1 / d, -r / d];
        }
        const r = u / v, d = u * r + v;
        return [r / d, -1 / d];
      });
      break;
    default:
      throw NoCx(name);
  }
  if (sc) return cs(re[0], im[0]);
  return cxWrap(fromFlat(FLOAT, shape.slice(), re), fromFlat(FLOAT, shape.slice(), im));
}

/** NumPy's `CDOUBLE_pairwise_sum` over `n` complex values from `lo` (4 accumulators per part). */
function cpairwise(p, q, lo, n) {
  if (n < 4) {
    let r = -0, s = -0;
    for (let i = lo; i < lo + n; i++) {
      r += p[i];
      s += q[i];
    }
    return [r, s];
  }
  if (n <= 64) {
    let r0 = p[lo], r1 = p[lo + 1], r2 = p[lo + 2], r3 = p[lo + 3];
    let s0 = q[lo], s1 = q[lo + 1], s2 = q[lo + 2], s3 = q[lo + 3];
    const body = n - (n % 4);
    let i = lo + 4;
    for (; i < lo + body; i += 4) {
      r0 += p[i]; r1 += p[i + 1]; r2 += p[i + 2]; r3 += p[i + 3];
      s0 += q[i]; s1 += q[i + 1]; s2 += q[i + 2]; s3 += q[i + 3];
    }
    let r = (r0 + r1) + (r2 + r3), s = (s0 + s1) + (s2 + s3);
    for (; i < lo + n; i++) {
      r += p[i];
      s += q[i];
    }
    return [r, s];
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 4;
  const u = cpairwise(p, q, lo, n2), v = cpairwise(p, q, lo + n2, n - n2);
  return [u[0] + v[0], u[1] + v[1]];
}
function csum(p, q) {
  const n = p.length;
  let r = 0, s = 0;
  for (let i = 0; i < n; i += 8192) {
    const t = cpairwise(p, q, i, Math.min(8192, n - i));
    r += t[0];
    s += t[1];
  }
  return [r, s];
}

/** Reductions of a complex array (`red` is numpy.mjs's reduction of a real array). */
function cxRed(red, name, w, axis, dt, keepdims) {
  const all = (axis === undefined || axis === null) && (keepdims === undefined || keepdims === null || keepdims === false);
  if (dt !== undefined && dt !== null && smallDt(dt) !== CX) throw NoCx(`${name}(dtype=...)`);
  if (name === "sum" || name === "cumsum") {
    if (all && name === "sum") {
      const [r, s] = csum(flat(w.$a), flat(w.$b));
      return cs(r, s);
    }
    if (name === "sum") return cxSumAxis(w, axis, keepdims, false);
    return cxOut(CX, red(name, w.$a, axis, undefined, keepdims), red(name, w.$b, axis, undefined, keepdims));
  }
  if (name === "mean") {
    if (!all) return cxSumAxis(w, axis, keepdims, true);
    const [r, s] = csum(flat(w.$a), flat(w.$b)), n = w.$a.$size;
    const [u, v] = cdiv2(r, s, n, 0);
    return cs(u, v);
  }
  if (name === "prod") {
    if (!all) throw NoCx("prod along an axis");
    const p = flat(w.$a), q = flat(w.$b);
    let r = 1, s = 0;
    for (let i = 0; i < p.length; i++) [r, s] = [r * p[i] - s * q[i], r * q[i] + s * p[i]];
    return cs(r, s);
  }
  throw NoCx(name);
}

/**
 * A sum (or mean: a complex divide by the count) along one axis as NumPy's reduction loops do it:
 * the pairwise complex sum along the last axis, element by element along another.
 */
function cxSumAxis(w, axis, keepdims, mean) {
  const sh = w.$a.$shape, nd = sh.length;
  let ax = sval(axis?.$isclass === true && axis.length === 1 ? axis[0] : axis);
  if (typeof ax !== "number" || (keepdims !== undefined && keepdims !== null && keepdims !== false)) throw NoCx("sum/mean with these arguments");
  if (ax < -nd || ax >= nd) throw unsupported(`axis ${ax} out of bounds`);
  if (ax < 0) ax += nd;
  const p = flat(w.$a), q = flat(w.$b), n = sh[ax], inner = sh.slice(ax + 1).reduce((u, v) => u * v, 1), outer = sh.slice(0, ax).reduce((u, v) => u * v, 1);
  const re = new Float64Array(outer * inner), im = new Float64Array(outer * inner), o = [re, im];
  for (let a = 0; a < outer; a++) {
    for (let i = 0; i < inner; i++) {
      let r = 0, t = 0;
      if (inner === 1) [r, t] = csum(p.subarray(a * n, a * n + n), q.subarray(a * n, a * n + n));
      else {
        for (let k = 0; k < n; k++) {
          r += p[(a * n + k) * inner + i];
          t += q[(a * n + k) * inner + i];
        }
      }
      re[a * inner + i] = r;
      im[a * inner + i] = t;
      if (mean) cdiv(r, t, n, 0, o, a * inner + i);
    }
  }
  const shape = sh.filter((_, j) => j !== ax);
  if (shape.length === 0) return cs(re[0], im[0]);
  return cxWrap(fromFlat(FLOAT, shape, re), fromFlat(FLOAT, shape.slice(), im));
}

/** `f` of the parts of complex operands `xs` (others converted): `np.where`, `np.concatenate`, ... */
function cxMulti(f, xs) {
  const ops = xs.map((x) => {
    if (x?.$b !== undefined || isPyCx(x)) return cxOp(x);
    if (isArr(x) && x.$dt === BOOL) return [x, x, "mask"];
    return cxOp(x);
  });
  const toNd = (v) => (typeof v === "number" ? mkfloat(v) : v);
  const re = f(ops.map((o) => (o[2] === "mask" ? o[0] : toNd(o[0]))));
  const im = f(ops.map((o) => (o[2] === "mask" ? o[1] : toNd(o[1]))));
  return cxOut(CX, re, im);
}
/** `np.round` of complex values: each part rounded. */
function cxRound(x, d) {
  const [a, b, sc] = cxOp(x);
  if (sc) return cs(sval(ufuncRound(scal(FLOAT, a), d)), sval(ufuncRound(scal(FLOAT, b), d)));
  return cxWrap(ufuncRound(a, d), ufuncRound(b, d));
}
/** `f` of each part (linear operations: `np.diff`). */
function cxFixed(f, x) {
  return cxOut(CX, f(x.$a), f(x.$b));
}
/** `f` (a shape operation: reshape, transpose, flip, take, repeat, ...) of each part. */
function cxKeep(x, f) {
  const r = f(x.$a), s = f(x.$b);
  if (r instanceof Tuple) throw NoCx("this function");
  return cxOut(CX, r, s);
}

// ---------------------------------------------------------------------------- printing

function fmtPositional(x, prec, unique, minDigits, trim, plus, padLeft, padRight) {
  const ax = Math.abs(x);
  let s = ax.toString();
  if (/e/.test(s)) s = ax.toFixed(Math.min(100, prec ?? 100));
  let [i, f = ""] = s.split(".");
  if (!unique || (prec !== null && f.length > prec)) {
    [i, f = ""] = ax.toFixed(prec ?? 0).split(".");
  }
  if (trim !== "k") f = f.replace(/0+$/, "");
  while (f.length < minDigits) f += "0";
  const sgn = x < 0 || Object.is(x, -0) ? "-" : plus ? "+" : "";
  let out = (sgn + i).padStart(padLeft) + "." + f;
  return out + " ".repeat(Math.max(0, padRight - f.length));
}
function fmtScientific(x, prec, unique, minDigits, trim, plus, padLeft, expDigits) {
  const ax = Math.abs(x);
  let s = ax.toExponential();
  let [m, e] = s.split("e");
  let [i, f = ""] = m.split(".");
  if (!unique || (prec !== null && f.length > prec)) {
    [m, e] = ax.toExponential(prec ?? 0).split("e");
    [i, f = ""] = m.split(".");
  }
  if (trim !== "k") f = f.replace(/0+$/, "");
  while (f.length < minDigits) f += "0";
  const sgn = x < 0 || Object.is(x, -0) ? "-" : plus ? "+" : "";
  const ev = Number(e);
  return (sgn + i).padStart(padLeft) + "." + f + "e" + (ev < 0 ? "-" : "+") + String(Math.abs(ev)).padStart(Math.max(expDigits, 2), "0");
}
/** NumPy's FloatingFormat (arrayprint.py) for the values `data`. */
function floatFormat(data, o, sign) {
  const prec = o.floatmode === "unique" ? null : o.precision, plus = sign === "+";
  const f = { exp: false, prec, minDigits: 0, unique: true, trim: ".", padLeft: 0, padRight: 0, expSize: 0, plus };
  const finite = data.filter((x) => Number.isFinite(x));
  const nz = finite.filter((x) => x !== 0).map(Math.abs);
  if (nz.length > 0) {
    const mx = Math.max(...nz), mn = Math.min(...nz);
    if (mx >= 1e8 || (!o.suppress && (mn < 0.0001 || mx / mn > 1000))) f.exp = true;
  }
  const unique = o.floatmode !== "fixed", trim = unique ? "." : "k";
  if (finite.length === 0) {
    /* defaults */
  } else if (f.exp) {
    let il = 0, fl = 0, el = 0;
    for (const x of finite) {
      const s = fmtScientific(x, prec, unique, 0, trim, plus, 0, 0);
      const [m, e] = s.split("e"), [i, fr] = m.split(".");
      il = Math.max(il, i.length);
      fl = Math.max(fl, fr.length);
      el = Math.max(el, e.length);
    }
    f.expSize = el - 1;
    f.trim = "k";
    f.prec = fl;
    f.minDigits = fl;
    f.unique = unique;
    f.padLeft = il;
    f.padRight = f.expSize + 2 + fl;
  } else {
    let il = 0, fl = 0;
    for (const x of finite) {
      const s = fmtPositional(x, prec, unique, 0, trim, plus, 0, 0);
      const [i, fr] = s.split(".");
      il = Math.max(il, i.length);
      fl = Math.max(fl, fr.length);
    }
    f.padLeft = il;
    f.padRight = fl;
    f.unique = unique;
    if (o.floatmode === "fixed" || o.floatmode === "maxprec_equal") {
      f.prec = fl;
      f.minDigits = fl;
      f.trim = "k";
    }
  }
  if (sign === " " && !finite.some((x) => x < 0 || Object.is(x, -0))) f.padLeft += 1;
  if (finite.length !== data.length) {
    const neginf = sign !== "-" || data.includes(-Infinity) ? 1 : 0, off = f.padRight + 1;
    f.padLeft = Math.max(f.padLeft, 3 - off, 3 + neginf - off);
  }
  return (x) => {
    if (!Number.isFinite(x)) {
      const r = x !== x ? (plus ? "+nan" : "nan") : x < 0 ? "-inf" : plus ? "+inf" : "inf";
      return r.padStart(f.padLeft + f.padRight + 1);
    }
    return f.exp ? fmtScientific(x, f.prec, f.unique, f.minDigits, f.trim, plus, f.padLeft, f.expSize) : fmtPositional(x, f.prec, f.unique, f.minDigits, f.trim, plus, f.padLeft, f.padRight);
  };
}
function printOpts() {
  const o = K.getPrintOptions();
  return { precision: o[0], suppress: !!o[1], threshold: o[2], edge: o[3], width: o[4], sign: String.fromCharCode(o[5]), floatmode: STRH.cxh.floatmode() };
}
/** NumPy's `_formatArray` of a complex array with ComplexFloatingFormat. */
function formatArr(w, sep, prefix, width) {
  const a = w.$a, shape = a.$shape, p = flat(a), q = flat(w.$b), o = printOpts(), lw = width ?? o.width;
  const summ = a.$size > o.threshold, edge = o.edge, nd = shape.length;
  const strides = [];
  for (let i = nd - 1, s = 1; i >= 0; i--) {
    strides[i] = s;
    s *= shape[i];
  }
  // The values shown (summarized arrays format only their edges).
  const shown = [];
  const collect = (off, axis) => {
    if (axis === nd) return shown.push(off);
    const len = shape[axis], show = summ && 2 * edge < len;
    if (!show) for (let i = 0; i < len; i++) collect(off + i * strides[axis], axis + 1);
    else {
      for (let i = 0; i < edge; i++) collect(off + i * strides[axis], axis + 1);
      for (let i = len - edge; i < len; i++) collect(off + i * strides[axis], axis + 1);
    }
  };
  collect(0, 0);
  const fr = floatFormat(shown.map((k) => p[k]), o, nd === 0 ? "-" : o.sign), fi = floatFormat(shown.map((k) => q[k]), o, "+");
  const elem = (k) => {
    const r = fr(p[k]), i = fi(q[k]), t = i.trimEnd();
    return r + t + "j" + i.slice(t.length);
  };
  if (nd === 0) return elem(0);
  if (a.$size === 0) return "[]";
  return formatNested(shape, strides, summ, edge, sep, " ".repeat(prefix.length + 1), lw, elem);
}
function cxRepr(w) {
  const a = w.$a;
  if (a.$shape.length === 0) return `array(${formatArr(w, ", ", "array(")})`;
  if (a.$size === 0) return a.$shape.length > 1 ? `array([], shape=(${a.$shape.join(", ")}), dtype=complex128)` : "array([], dtype=complex128)";
  return "array(" + formatArr(w, ", ", "array(", printOpts().width - 1) + ")";
}
function cxStr(w) {
  const a = w.$a;
  if (a.$shape.length === 0) return cstr(a.$data[a.$off], w.$b.$data[w.$b.$off]);
  return formatArr(w, " ", "");
}
/** `np.array2string` of a complex array. */
export function cxArray2string(w, mlw, sep, prefix) {
  return formatArr(w, sep ?? " ", prefix ?? "", mlw ?? undefined);
}

// ---------------------------------------------------------------------------- the array class

const KEEP = "reshape ravel flatten copy transpose squeeze swapaxes repeat take".split(" ");
function cxProto() {
  const nd = Object.getPrototypeOf(fromFlat(INT, [0], new Float64Array(0)));
  const P = Object.create(Object.getPrototypeOf(nd));
  const noM = (k) => rt(function () {
    throw NoCx(`ndarray.${k}`);
  });
  for (const k of Object.getOwnPropertyNames(nd)) {
    const d = Object.getOwnPropertyDescriptor(nd, k);
    if (k.startsWith("$") || !(d.get !== undefined || typeof d.value === "function") || k === "__hash__" || k === "__new__" || k === "__init__" || k === "__class__") Object.defineProperty(P, k, d);
    else if (d.get !== undefined) Object.defineProperty(P, k, { get: noM(k), configurable: true });
    else P[k] = noM(k);
  }
  for (const k of KEEP) {
    const f = nd[k];
    if (typeof f !== "function") continue;
    P[k] = function (...args) {
      return cxOut(CX, f.apply(this.$a, args), f.apply(this.$b, args));
    };
  }
  const getters = {
    shape() { return mktuple(...this.$a.$shape); },
    ndim() { return this.$a.$shape.length; },
    size() { return this.$a.$size; },
    dtype() { return cxDt(); },
    itemsize() { return 16; },
    nbytes() { return 16 * this.$a.$size; },
    T() { return cxWrap(nd.transpose.call(this.$a), nd.transpose.call(this.$b)); },
    real() { return this.$a; },
    imag() { return this.$b; },
  };
  for (const [k, f] of Object.entries(getters)) Object.defineProperty(P, k, { get: f, configurable: true });
  Object.defineProperty(P, "real", { get: getters.real, set(v) { setitem(this.$a, Ellipsis, v); }, configurable: true });
  Object.defineProperty(P, "imag", { get: getters.imag, set(v) { setitem(this.$b, Ellipsis, v); }, configurable: true });
  P.__repr__ = rt(function () { return cxRepr(this); });
  P.__str__ = rt(function () { return cxStr(this); });
  P.__format__ = rt(function (spec) {
    if (spec === "" || this.$a.$shape.length === 0) return cxStr(this);
    throw TypeError("unsupported format string passed to numpy.ndarray.__format__");
  });
  P.__len__ = rt(function () { return nd.__len__.call(this.$a); });
  P.__neg__ = rt(function () { return cxUn("negative", this); });
  P.__pos__ = rt(function () { return cxUn("positive", this); });
  P.__abs__ = rt(function () { return cxUn("absolute", this); });
  P.__bool__ = rt(function () {
    if (this.$a.$size !== 1) return nd.__bool__.call(this.$a);
    return flat(this.$a)[0] !== 0 || flat(this.$b)[0] !== 0;
  });
  P.__float__ = rt(function () { return nd.__float__.call(this.$a); });
  P.__int__ = rt(function () { return nd.__int__.call(this.$a); });
  P.__complex__ = rt(function () {
    if (this.$a.$size !== 1) throw TypeError("only length-1 arrays can be converted to Python scalars");
    return pycomplex(mkfloat(flat(this.$a)[0]), mkfloat(flat(this.$b)[0]));
  });
  P.__iter__ = rt(function () {
    const n = nd.__len__.call(this.$a), out = new Array(n);
    for (let i = 0; i < n; i++) out[i] = cxOut(CX, getitem(this.$a, i), getitem(this.$b, i));
    return out[Symbol.iterator]();
  });
  P.__getitem__ = rt(function (k) {
    if (k?.$b !== undefined) throw IndexErr();
    if (k?.$a !== undefined) k = k.$a;
    return cxOut(CX, getitem(this.$a, k), getitem(this.$b, k));
  });
  P.__setitem__ = rt(function (k, v) {
    if (k?.$a !== undefined) k = k.$a;
    const [a, b] = cxOp(v);
    setitem(this.$a, k, typeof a === "number" ? mkfloat(a) : a);
    setitem(this.$b, k, typeof b === "number" ? mkfloat(b) : b);
    return null;
  });
  P.__contains__ = rt(function (v) {
    const r = cxBin("equal", this, v);
    return flat(r).some((x) => x !== 0);
  });
  const bin = (u) => rt(function (o) { return isCxOperand(o) ? cxBin(u, this, o) : NotImplemented; });
  const rbin = (u) => rt(function (o) { return isCxOperand(o) ? cxBin(u, o, this) : NotImplemented; });
  for (const [d, u] of Object.entries({ add: "add", sub: "subtract", mul: "multiply", truediv: "true_divide", pow: "power" })) {
    P[`__${d}__`] = bin(u);
    P[`__r${d}__`] = rbin(u);
    P[`__i${d}__`] = rt(function (o) {
      if (!isCxOperand(o)) return NotImplemented;
      const r = cxBin(u, this, o);
      setitem(this.$a, Ellipsis, r.$a ?? mkfloat(r.$re));
      setitem(this.$b, Ellipsis, r.$b ?? mkfloat(r.$im));
      return this;
    });
  }
  P.__eq__ = bin("equal");
  P.__ne__ = bin("not_equal");
  for (const d of ["lt", "le", "gt", "ge", "floordiv", "mod", "rfloordiv", "rmod"]) P[`__${d}__`] = rt(function () { throw NoCx(d === "lt" || d === "le" || d === "gt" || d === "ge" ? "ordering comparison" : d.replace(/^r/, "")); });
  P.__matmul__ = rt(function (o) { return cxMatmul(this, o); });
  P.__rmatmul__ = rt(function (o) { return cxMatmul(o, this); });
  P.$arith = function (sym, o, reflected, inplace) {
    const u = ARITH[sym];
    if (u === undefined || inplace === true || !isCxOperand(o)) return undefined;
    return reflected ? cxBin(u, o, this) : cxBin(u, this, o);
  };
  P.$cmpv = function (dunder, o) {
    if (dunder !== "__eq__" && dunder !== "__ne__") throw NoCx("ordering comparison");
    return isCxOperand(o) ? cxBin(dunder === "__eq__" ? "equal" : "not_equal", this, o) : undefined;
  };
  const m = (k, params, f, defaults) => { P[k] = method(`ndarray.${k}`, params, f, { defaults }); };
  m("astype", ["dtype", "order", "casting", "subok", "copy"], function (dt) { return cxAstype(this, dt); }, 4);
  m("tolist", [], function () {
    const l = tolist(this.$a), r = tolist(this.$b);
    const fix = (x, y) => (Array.isArray(x) ? x.map((v, i) => fix(v, y[i])) : pycomplex(x, y));
    return fix(l, r);
  }, 0);
  m("item", ["args"], function (...args) {
    if (args.length === 0 && this.$a.$size !== 1) throw ValueError("can only convert an array of size 1 to a Python scalar");
    const k = args.length === 0 ? null : args.length === 1 ? args[0] : mktuple(...args);
    const u = k === null ? flat(this.$a)[0] : sval(nd.item.call(this.$a, ...args)), v = k === null ? flat(this.$b)[0] : sval(nd.item.call(this.$b, ...args));
    return pycomplex(mkfloat(u), mkfloat(v));
  }, 0);
  for (const r of ["sum", "prod", "mean", "cumsum"]) {
    m(r, ["axis", "dtype", "out", "keepdims"], function (axis, dt, out, keepdims) {
      if (out !== undefined && out !== null) throw NoCx(`ndarray.${r}(out=...)`);
      return cxRed((n, a, ax, d, kd) => nd[n].call(a, ax, d, undefined, kd), r, this, axis, dt, keepdims);
    }, 4);
  }
  m("conj", [], function () { return cxUn("conjugate", this); }, 0);
  m("conjugate", [], function () { return cxUn("conjugate", this); }, 0);
  m("fill", ["value"], function (v) {
    P.__setitem__.call(this, Ellipsis, v);
    return null;
  }, 0);
  m("dot", ["b"], function (b) { return cxMatmul(this, b); }, 0);
  const h = STRH;
  return (h.cxP = P);
}
function IndexErr() {
  return unsupported("indexing with a complex array");
}

/** `a @ b` with a complex operand: each element a plain sum of products, k ascending. */
function cxMatmul(x, y) {
  const [a, b] = cxOp(x), [c, d] = cxOp(y);
  if (typeof a === "number" || typeof c === "number") throw ValueError("matmul: Input operand does not have enough dimensions");
  const sa = a.$shape, sb = c.$shape;
  if (sa.length > 2 || sb.length > 2) throw NoCx("matmul of stacks");
  const A = sa.length === 1 ? [1, sa[0]] : sa, B = sb.length === 1 ? [sb[0], 1] : sb;
  if (A[1] !== B[0]) throw ValueError(`matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size ${B[0]} is different from ${A[1]})`);
  const n = A[0], k = A[1], mm = B[1], ar = flat(a), ai = flat(b), br = flat(c), bi = flat(d);
  const re = new Float64Array(n * mm), im = new Float64Array(n * mm);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < mm; j++) {
      let s1 = 0, s2 = 0, s3 = 0, s4 = 0;
      for (let p = 0; p < k; p++) {
        const xr = ar[i * k + p], xi = ai[i * k + p], yr = br[p * mm + j], yi = bi[p * mm + j];
        s1 = M.fma(xr, yr, s1);
        s2 = M.fma(xi, yi, s2);
        s3 = M.fma(xr, yi, s3);
        s4 = M.fma(xi, yr, s4);
      }
      re[i * mm + j] = s1 - s2;
      im[i * mm + j] = s3 + s4;
    }
  }
  const shape = [];
  if (sa.length === 2) shape.push(n);
  if (sb.length === 2) shape.push(mm);
  if (shape.length === 0) return cs(re[0], im[0]);
  return cxWrap(fromFlat(FLOAT, shape, re), fromFlat(FLOAT, shape.slice(), im));
}

// ---------------------------------------------------------------------------- hooks

/** Makes complex arrays available (numpy.mjs CX_GATE): Python complex values become operands. */
export function cxInit(hooks) {
  // (Through locals: these stores are no registration, kernels.rs.)
  const h = STRH, c = pycomplex;
  h.cxh = hooks;
  c.$sd = CX;
}

/** The parts of anything (complex or not) for np.real / np.imag / np.angle / ... */
export function cxSplit(x) {
  return cxOp(x);
}
export { cxWrap, cxUn, cxBin, cxMatmul, cs as cxScalar, CX };
