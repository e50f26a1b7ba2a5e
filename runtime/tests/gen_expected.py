#!/usr/bin/env python3
"""Generates the expected values for the runtime's Rust tests by running real NumPy.

Run from anywhere: `python3 runtime/tests/gen_expected.py`. It writes `runtime/tests/data/*.txt`,
which `runtime/tests/*.rs` read. The NumPy version is pinned in tests/requirements-numpy.txt and
checked here, so the files never come from another version.

File format (line based, one record per case):
    case <name> <op> [key=value ...]     starts a case; keys are op parameters
    def <id> <array>                     a named array, defined once (before its first use)
    in <array> | in @<id>                one line per positional array input
    out <array>                          the expected result (several for multiple outputs)
    err <ExceptionName> <message>        the expected error instead
    text <escaped string>                an expected string (printing)
An <array> is `<dtype> <shape> <values...>`: shape `2x3` (`-` for 0-d, `0` for empty 1-d),
floats as 16 hex digits of their IEEE bits, ints in decimal, bools 0/1.
"""

import os
import pathlib
import struct
import sys

import numpy as np

HERE = pathlib.Path(__file__).resolve().parent
REQ = HERE.parents[1] / "tests" / "requirements-numpy.txt"
pinned = REQ.read_text().split("==")[1].strip()
if np.__version__ != pinned:
    sys.exit(f"numpy {np.__version__} is installed but {pinned} is pinned in {REQ}")

OUT = HERE / "data"
OUT.mkdir(exist_ok=True)


def fbits(x):
    return struct.pack(">d", float(x)).hex()


def enc(a):
    a = np.asarray(a)
    shape = "-" if a.ndim == 0 else "x".join(str(d) for d in a.shape)
    flat = a.ravel()
    if a.dtype == np.float64:
        vals = [fbits(x) for x in flat]
        dt = "float64"
    elif a.dtype == np.bool_:
        vals = ["1" if x else "0" for x in flat]
        dt = "bool"
    elif a.dtype.kind in "iu":
        vals = [str(int(x)) for x in flat]
        dt = "int64"
    else:
        raise TypeError(a.dtype)
    return " ".join([dt, shape] + vals)


def esc(s):
    return s.replace("\\", "\\\\").replace("\n", "\\n")


class Writer:
    def __init__(self, name):
        self.f = open(OUT / f"{name}.txt", "w")
        self.n = 0
        self.defs = {}

    def case(self, op, inputs=(), params=None, fn=None, texts=None):
        """Writes one case. Cases whose NumPy result has a dtype pyjs does not have (float16
        from bool inputs, for instance) are skipped: pyjs computes those in float64."""
        lines = []
        params = params or {}
        kv = " ".join(f"{k}={v}" for k, v in params.items())
        for a in inputs:
            e = enc(a)
            if len(e) > 200:
                if e not in self.defs:
                    self.defs[e] = f"d{len(self.defs) + 1}"
                    self.f.write(f"def {self.defs[e]} {e}\n")
                e = "@" + self.defs[e]
            lines.append("in " + e)
        if texts is not None:
            lines += ["text " + esc(t) for t in texts]
        else:
            try:
                with np.errstate(all="ignore"):
                    res = fn()
            except Exception as e:  # noqa: BLE001
                lines.append(f"err {type(e).__name__} {esc(str(e))}")
            else:
                res = res if isinstance(res, tuple) else (res,)
                if any(np.asarray(r).dtype in (np.float16, np.float32) for r in res):
                    return
                lines += ["out " + enc(r) for r in res]
        self.n += 1
        self.f.write(f"case c{self.n} {op} {kv}".rstrip() + "\n")
        self.f.write("".join(line + "\n" for line in lines))

    def close(self):
        self.f.close()
        print(f"{self.f.name}: {self.n} cases")


# ------------------------------------------------------------------------------------------
# Printing
# ------------------------------------------------------------------------------------------

def gen_print():
    w = Writer("print")
    rng = np.random.RandomState(1234)
    arrays = []
    F = np.float64
    # hand-picked
    arrays += [
        np.array([1.0, 2.0, 3.0]), np.array([1.0, 2.5]), np.array([0.1, 0.2, 0.3]),
        np.array([0.1 + 0.2]), np.array([1e-5, 1.5e10]), np.array([1e-5, 1e10]),
        np.array([-0.0]), np.array(-0.0), np.array(1.5), np.array(1.0), np.array(1e20), np.array(np.nan),
        np.array([np.nan, 1.0, -np.inf]), np.array([np.inf]), np.array([np.nan]), np.array([np.nan, np.inf]),
        np.array([-np.inf, 0.5]), np.array([1.0, np.nan, 1e10]), np.array([0.0, 0.0]), np.array([0.0, 1e-9]),
        np.array([1e8]), np.array([99999999.0]), np.array([1e-4]), np.array([0.0001, 0.1]),
        np.array([1.0, 1000.0]), np.array([1.0, 1000.1]), np.array([1.0, 1001.0]), np.array([123456.789]),
        np.array([1 / 3, 2 / 3]), np.array([1e300, -1e-300]), np.array([5e-324]), np.array([2.0 ** 60]),
        np.array([1.23456789012, 2.0]), np.array([123.456, -7.0, 0.001]), np.array([-1.5, 2.25, -3.125]),
        np.array([[1.0, 2.0], [3.0, 4.0]]), np.array([[1.5, -2.0], [3.0, 4.123]]),
        np.arange(24.0).reshape(2, 3, 4), np.arange(24.0).reshape(2, 3, 4) / 7,
        np.linspace(0, 1, 11), np.linspace(0, 1, 30), np.linspace(-5, 5, 101), np.arange(2000.0),
        np.arange(1001.0), np.arange(1000.0), np.arange(10000.0).reshape(100, 100),
        np.arange(3000.0).reshape(10, 10, 30), np.eye(3), np.eye(12), np.zeros((2, 0)), np.zeros(0),
        np.zeros((0, 3)), np.zeros((3, 1)), np.ones((1, 1, 1)),
        np.array([1, 2, 3]), np.array([-1, 20, 300]), np.array(5), np.array(-5), np.arange(2000),
        np.arange(60).reshape(3, 4, 5), np.array([2 ** 62, -(2 ** 62)]), np.array([[1, -1], [10, 100]]),
        np.zeros(0, dtype=np.int64), np.arange(100) * 1234567,
        np.array([True, False]), np.array([True]), np.array([False, False]), np.array(True), np.array(False),
        np.array([[True, False], [False, True]]), np.zeros(0, dtype=bool), np.ones(1200, dtype=bool),
        np.array([1e16, 1.0]), np.array([1e-8, 1.0, 100.0]), np.array([0.5, 1e-3]),
        np.array([3.14159265358979, 2.718281828459045, 1.4142135623730951]),
        np.array([1e5, 1e-3]), np.array([1.0, -1.0]) * 1e-10, np.array([12345678.9, 0.1]),
    ]
    for shape in [(5,), (12,), (20,), (3, 4), (4, 7), (2, 2, 3), (6, 6), (30,), (2, 3, 9)]:
        for scale in [1.0, 1e-3, 1e3, 1e6, 1e9, 1e-6, 1e20]:
            arrays.append(rng.standard_normal(shape) * scale)
        arrays.append(np.round(rng.standard_normal(shape) * 10, 2))
        arrays.append(np.round(rng.standard_normal(shape) * 100))
        arrays.append(rng.randint(-1000, 1000, size=shape))
        arrays.append(rng.randint(0, 10, size=shape))
        arrays.append(rng.rand(*shape) > 0.5)
    withnan = rng.standard_normal((4, 5))
    withnan[1, 2] = np.nan
    withnan[3, 0] = np.inf
    withnan[0, 4] = -np.inf
    arrays.append(withnan)
    arrays.append(withnan * 1e9)
    for a in arrays:
        w.case("print", [a], {"precision": 8}, texts=[repr(a), str(a)])
    # options
    opt_arrays = [np.array([0.123456789, 1.5, -2.0]), np.array([1e-9, 1.0, 1e5]), np.linspace(0, 1, 7),
                  np.array([1e-20, 1.0]), np.arange(50.0) / 3, np.array([np.pi * 1e-6, 2.0])]
    for prec in [0, 1, 3, 4, 12]:
        for supp in [False, True]:
            for a in opt_arrays:
                with np.printoptions(precision=prec, suppress=supp):
                    w.case("print", [a], {"precision": prec, "suppress": int(supp)}, texts=[repr(a), str(a)])
    for lw in [20, 40, 100]:
        for a in [np.arange(30.0) / 7, np.arange(20), np.arange(12.0).reshape(3, 4) * 1e5]:
            with np.printoptions(linewidth=lw):
                w.case("print", [a], {"linewidth": lw}, texts=[repr(a), str(a)])
    for mode in ["fixed", "unique", "maxprec_equal"]:
        for a in opt_arrays:
            with np.printoptions(floatmode=mode):
                w.case("print", [a], {"floatmode": mode}, texts=[repr(a), str(a)])
    for th, ed in [(10, 2), (5, 1)]:
        for a in [np.arange(20.0), np.arange(36).reshape(6, 6)]:
            with np.printoptions(threshold=th, edgeitems=ed):
                w.case("print", [a], {"threshold": th, "edgeitems": ed}, texts=[repr(a), str(a)])
    # scalars
    vals = [1.5, 1.0, 0.0, -0.0, 1e16, 1e15, 9999999999999998.0, 1e-4, 9.99e-5, 1.5e-5, 0.1 + 0.2, 1 / 3,
            123456789.123, np.nan, np.inf, -np.inf, 5e-324, 1.7976931348623157e308, -2.5, 100.0, 1e22]
    for x in vals:
        s = np.float64(x)
        w.case("scalar", [np.array(x)], texts=[repr(s), str(s)])
    for x in [0, 5, -7, 2 ** 63 - 1]:
        s = np.int64(x)
        w.case("scalar", [np.array(x)], texts=[repr(s), str(s)])
    for x in [True, False]:
        s = np.bool_(x)
        w.case("scalar", [np.array(x)], texts=[repr(s), str(s)])
    w.close()


def sc(x):
    """Encodes a Python scalar parameter."""
    if isinstance(x, bool):
        return f"b:{int(x)}"
    if isinstance(x, int):
        return f"i:{x}"
    return f"f:{fbits(x)}"


def axstr(ax):
    if ax is None:
        return "None"
    if isinstance(ax, tuple):
        return ",".join(str(a) for a in ax)
    return str(ax)


def sample_arrays(rng):
    """A mix of dtypes and shapes used as operands."""
    return [
        rng.standard_normal(5), rng.standard_normal((3, 4)), rng.standard_normal((2, 3, 4)) * 10,
        rng.randint(-20, 20, size=6), rng.randint(-5, 5, size=(3, 4)), rng.rand(4) > 0.5,
        np.array([0.0, -0.0, 1.0, -1.5, np.inf, -np.inf, np.nan, 2.5, -2.5, 0.5]),
        np.array([7, -7, 0, 3, -3, 1]), np.array(2.5), np.array(3),
    ]


BINOPS = ["add", "subtract", "multiply", "divide", "floor_divide", "remainder", "power", "equal", "not_equal",
          "less", "less_equal", "greater", "greater_equal", "bitwise_and", "bitwise_or", "bitwise_xor",
          "maximum", "minimum", "arctan2", "logical_and", "logical_or", "logical_xor", "fmax", "fmin", "hypot"]
UNOPS = ["negative", "positive", "absolute", "sqrt", "square", "exp", "expm1", "log", "log1p", "log2", "log10",
         "sin", "cos", "tan", "arcsin", "arccos", "arctan", "sinh", "cosh", "tanh", "floor", "ceil", "trunc",
         "rint", "sign", "isnan", "isinf", "isfinite", "invert", "logical_not", "deg2rad", "rad2deg"]


def gen_ops():
    w = Writer("ops")
    rng = np.random.RandomState(7)
    f1 = np.array([0.0, -0.0, 1.0, -1.5, np.inf, -np.inf, np.nan, 2.5, -2.5, 7.0, -7.0, 0.3, 1e300])
    f2 = np.array([2.0, -2.0, 0.0, 0.7, 3.0, -0.0, 1.5, np.inf, -1.0, 2.0, 3.0, -0.1, 1e-300])
    i1 = np.array([7, -7, 0, 3, -3, 1, 5, -9, 2 ** 62, 13])
    i2 = np.array([2, 2, 0, -2, -2, 0, 3, 4, 3, -5])
    b1 = np.array([True, False, True, False])
    b2 = np.array([True, True, False, False])
    pairs = [(f1, f2), (i1, i2), (b1, b2), (f1[:10], i2), (i1, f2[:10]), (b1, np.array([1, 2, 3, 4])),
             (rng.standard_normal((3, 1)), rng.standard_normal(4)), (rng.randint(-9, 9, (2, 1, 3)), rng.randint(1, 9, (4, 1))),
             (np.arange(3.0), np.arange(4.0)), (rng.standard_normal((2, 3)), rng.standard_normal((3, 2))),
             (np.array(2.0), np.array([1.0, 2.0])), (np.zeros((0, 3)), np.ones(3))]
    for name in BINOPS:
        fn = getattr(np, name)
        for a, b in pairs:
            if name == "power" and a.dtype.kind in "iu" and b.dtype.kind in "iu":
                b = np.abs(b)
            w.case("bin", [a, b], {"op": name}, fn=lambda: fn(a, b))
        w.case("bin", [i1, i2], {"op": name}, fn=lambda: fn(i1, i2)) if name == "power" else None
    for name in ["add", "subtract", "multiply", "divide", "floor_divide", "remainder", "power", "less", "maximum"]:
        fn = getattr(np, name)
        for a in [f1, i1, b1]:
            for s in [2, 2.5, -3, True, 0.0]:
                if name == "power" and a.dtype.kind == "i" and isinstance(s, int) and s < 0:
                    continue
                for left in [False, True]:
                    w.case("bins", [a], {"op": name, "s": sc(s), "left": int(left)},
                           fn=lambda: fn(s, a) if left else fn(a, s))
    for name in UNOPS:
        fn = getattr(np, name)
        for a in [f1, i1, b1, rng.standard_normal((2, 3)), rng.rand(5) * 0.99]:
            w.case("un", [a], {"op": name}, fn=lambda: fn(a))
    vals = np.array([0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 123.456, -987.654321, 1e-9, np.nan, np.inf])
    for d in [0, 1, 2, 3, -1, -2]:
        w.case("round", [vals], {"decimals": d}, fn=lambda: np.round(vals, d))
        w.case("round", [i1], {"decimals": d}, fn=lambda: np.round(i1, d))
    for a in [f1, i1, rng.standard_normal((3, 4))]:
        for lo, hi in [(-1, 1), (0.5, 2.5), (None, 0), (-2, None)]:
            w.case("clip", [a], {"lo": "None" if lo is None else sc(lo), "hi": "None" if hi is None else sc(hi)},
                   fn=lambda: np.clip(a, lo, hi))
    cond = rng.rand(3, 4) > 0.5
    w.case("where", [cond, rng.standard_normal((3, 4)), rng.standard_normal(4)], fn=None, texts=None) if False else None
    x, y = rng.standard_normal((3, 4)), rng.standard_normal(4)
    w.case("where", [cond, x, y], fn=lambda: np.where(cond, x, y))
    xi, yi = rng.randint(0, 9, (3, 4)), rng.randint(0, 9, (3, 1))
    w.case("where", [cond, xi, yi], fn=lambda: np.where(cond, xi, yi))
    w.case("where", [cond, xi, x], fn=lambda: np.where(cond, xi, x))
    w.case("where", [cond[0], xi, np.arange(3.0)], fn=lambda: np.where(cond[0], xi, np.arange(3.0)))
    mats = [(rng.standard_normal((3, 4)), rng.standard_normal((4, 2))), (rng.standard_normal(5), rng.standard_normal(5)),
            (rng.standard_normal((3, 4)), rng.standard_normal(4)), (rng.standard_normal(3), rng.standard_normal((3, 5))),
            (rng.randint(-5, 5, (3, 3)), rng.randint(-5, 5, (3, 2))), (rng.standard_normal((2, 3)), rng.standard_normal((2, 3))),
            (rng.standard_normal(3), rng.standard_normal(4)), (rng.standard_normal((2, 2, 3)), rng.standard_normal((3, 2))),
            (rng.standard_normal((20, 30)), rng.standard_normal((30, 10))), (rng.rand(3, 3) > 0.5, rng.rand(3, 3) > 0.5),
            (np.array(2.0), rng.standard_normal(3))]
    for a, b in mats:
        w.case("dot", [a, b], fn=lambda: np.dot(a, b))
        w.case("matmul", [a, b], fn=lambda: np.matmul(a, b))
    w.case("outer", [np.arange(3.0), np.arange(4)], fn=lambda: np.outer(np.arange(3.0), np.arange(4)))
    w.close()


def gen_creation():
    w = Writer("creation")
    for args in [(5,), (0,), (-3,), (2, 10), (2, 10, 3), (10, 2, -3), (0.0, 1.0, 0.1), (0.1, 1.0, 0.1), (1.5,),
                 (-1.0, 1.0, 0.25), (0, 5, 0.5), (1e-3, 1.0, 1 / 3), (10.0, 0.0, -0.7), (0, 1, 0.01), (3.0, 3.0),
                 (0.5, 10), (-5, 5.5, 1.1)]:
        w.case("arange", [], {"args": ";".join(sc(a) for a in args)}, fn=lambda: np.arange(*args))
    for start, stop, num, ep in [(0, 1, 11, 1), (0, 1, 10, 0), (-5, 5, 101, 1), (0, 1, 1, 1), (0, 1, 0, 1),
                                  (1.0, 1.0, 5, 1), (0.1, 0.7, 7, 1), (2.5, -3.3, 9, 0), (0, 1e-310, 4, 1),
                                  (0, 100, 50, 1), (-1, 1, 2, 0), (3, 3e5, 17, 1)]:
        w.case("linspace", [], {"start": sc(float(start)), "stop": sc(float(stop)), "num": num, "endpoint": ep},
               fn=lambda: np.linspace(start, stop, num, endpoint=bool(ep)))
    w.case("linspace", [], {"start": sc(0.0), "stop": sc(10.0), "num": 7, "endpoint": 1, "dtype": "int64"},
           fn=lambda: np.linspace(0.0, 10.0, 7, dtype=np.int64))
    for n, m, k in [(3, None, 0), (3, 4, 1), (4, 3, -1), (2, 2, 5), (0, None, 0)]:
        w.case("eye", [], {"n": n, "m": "None" if m is None else m, "k": k}, fn=lambda: np.eye(n, m, k))
    w.case("identity", [], {"n": 4}, fn=lambda: np.identity(4))
    for v in [np.array([1.0, 2.0, 3.0]), np.array([1, 2]), np.arange(12.0).reshape(3, 4), np.arange(9).reshape(3, 3)]:
        for k in [0, 1, -1, 2]:
            w.case("diag", [v], {"k": k}, fn=lambda: np.diag(v, k))
    w.case("diag", [np.zeros((2, 2, 2))], {"k": 0}, fn=lambda: np.diag(np.zeros((2, 2, 2))))
    x, y, z = np.arange(3.0), np.array([10, 20]), np.array([True, False, True, True])
    for ind in ["xy", "ij"]:
        w.case("meshgrid", [x, y], {"indexing": ind}, fn=lambda: tuple(np.meshgrid(x, y, indexing=ind)))
        w.case("meshgrid", [x, y, z], {"indexing": ind}, fn=lambda: tuple(np.meshgrid(x, y, z, indexing=ind)))
    for a in [np.arange(3), np.arange(6.0).reshape(2, 3), np.array(5.0)]:
        for reps in [(2,), (2, 2), (1, 3), (2, 1, 2), (0,)]:
            w.case("tile", [a], {"reps": ",".join(map(str, reps))}, fn=lambda: np.tile(a, reps))
        for rep in [(2,), (0,), (1, 2, 3), (1, 2)]:
            for ax in [None, 0, -1]:
                w.case("repeat", [a], {"repeats": ",".join(map(str, rep)), "axis": axstr(ax)},
                       fn=lambda: np.repeat(a, rep if len(rep) > 1 else rep[0], axis=ax))
    for shape, val in [((2, 3), 1.5), ((3,), 7), ((2, 2), True), ((0,), 1.0)]:
        w.case("full", [], {"shape": ",".join(map(str, shape)), "value": sc(val)}, fn=lambda: np.full(shape, val))
    w.case("array", [], {"data": "ragged"}, fn=lambda: np.array([[1, 2], [3]]))
    w.close()


def gen_shape():
    w = Writer("shape")
    a = np.arange(24.0).reshape(2, 3, 4)
    b = np.arange(6)
    for src, shp in [(a, (4, 6)), (a, (-1,)), (a, (3, -1)), (b, (2, 3)), (b, (4, -1)), (b, (4,)), (b, (-1, -1)),
                     (a.transpose(), (-1,)), (np.array(3.0), (1, 1)), (b, ())]:
        w.case("reshape", [src], {"shape": ",".join(map(str, shp))}, fn=lambda: src.reshape(shp))
    for src in [a, a.transpose(1, 0, 2), b]:
        w.case("ravel", [src], fn=lambda: src.ravel())
    for axes in [None, (1, 0, 2), (2, 0, 1), (0, 1), (0, 0, 1)]:
        w.case("transpose", [a], {"axes": axstr(axes)}, fn=lambda: np.transpose(a, axes))
    for i, j in [(0, 2), (1, -1), (0, 3)]:
        w.case("swapaxes", [a], {"i": i, "j": j}, fn=lambda: np.swapaxes(a, i, j))
    for ax in [0, 1, -1, (0, 2), 4]:
        w.case("expand_dims", [b], {"axis": axstr(ax)}, fn=lambda: np.expand_dims(b, ax))
    c = np.zeros((1, 3, 1, 2))
    for ax in [None, 0, (0, 2), 1, -2]:
        w.case("squeeze", [c], {"axis": axstr(ax)}, fn=lambda: np.squeeze(c, ax))
    x, y = np.arange(6.0).reshape(2, 3), np.arange(6).reshape(2, 3) * 10
    z = np.array([[True, False, True]])
    for arrs, ax in [((x, y), 0), ((x, y), 1), ((x, z), 0), ((x, y, x), -1), ((x, z), 1), ((x, b), 0),
                     ((x, y), None), ((np.array(1.0), np.array(2.0)), 0), ((x, np.arange(4.0).reshape(2, 2)), 1)]:
        w.case("concatenate", list(arrs), {"axis": axstr(ax)}, fn=lambda: np.concatenate(arrs, axis=ax))
    for arrs in [(x, y), (b, b * 2), (x, z)]:
        for ax in [0, 1, -1]:
            w.case("stack", list(arrs), {"axis": ax}, fn=lambda: np.stack(arrs, axis=ax))
    v1, v2 = np.arange(3.0), np.arange(3) + 10
    for arrs in [(v1, v2), (x, v1), (x, y), (np.array(1.0), np.array(2.0))]:
        w.case("vstack", list(arrs), fn=lambda: np.vstack(arrs))
        w.case("hstack", list(arrs), fn=lambda: np.hstack(arrs))
        w.case("column_stack", list(arrs), fn=lambda: np.column_stack(arrs))
    big = np.arange(24.0).reshape(6, 4)
    for how, ax in [(3, 0), (2, 1), ((1, 3), 0), ((2, 10), 0), (5, 0), (4, 1), ((-2,), 1)]:
        how_s = f"n:{how}" if isinstance(how, int) else "i:" + ",".join(map(str, how))
        w.case("split", [big], {"how": how_s, "axis": ax}, fn=lambda: tuple(np.split(big, how, axis=ax)))
        w.case("array_split", [big], {"how": how_s, "axis": ax}, fn=lambda: tuple(np.array_split(big, how, axis=ax)))
    w.close()


REDUCERS = ["sum", "prod", "mean", "var", "std", "min", "max", "ptp", "any", "all", "count_nonzero", "nansum",
            "nanmean"]


def gen_reduce():
    w = Writer("reduce")
    rng = np.random.RandomState(11)
    arrays = [rng.standard_normal(7), rng.standard_normal(100), rng.standard_normal(1000), rng.standard_normal(12345),
              rng.standard_normal((3, 4)), rng.standard_normal((37, 45)), rng.standard_normal((4, 5, 6)) * 100,
              rng.standard_normal((3, 200, 7)), rng.randint(-100, 100, (5, 6)), rng.rand(4, 3) > 0.3,
              np.array([1.0, np.nan, 3.0]), np.array([[1.0, 2.0], [np.nan, 4.0]]), np.zeros((0, 3)),
              rng.rand(60, 70), rng.randint(0, 2 ** 40, 9000)]
    for a in arrays:
        axes_list = [None] + list(range(a.ndim)) + ([(0, a.ndim - 1)] if a.ndim > 1 else []) + (
            [(1, 2), (0, 2)] if a.ndim == 3 else [])
        for ax in axes_list:
            for kd in [False, True]:
                for r in REDUCERS:
                    if kd and r in ("ptp",) and False:
                        continue
                    fn = getattr(np, r)
                    w.case("reduce", [a], {"op": r, "axis": axstr(ax), "keepdims": int(kd)},
                           fn=lambda: fn(a, axis=ax, keepdims=kd))
            if ax is None or isinstance(ax, int):
                for r in ["argmin", "argmax"]:
                    fn = getattr(np, r)
                    w.case("reduce", [a], {"op": r, "axis": axstr(ax), "keepdims": 0}, fn=lambda: fn(a, axis=ax))
                for r in ["cumsum", "cumprod"] if a.size < 2000 else []:
                    fn = getattr(np, r)
                    w.case("reduce", [a], {"op": r, "axis": axstr(ax), "keepdims": 0}, fn=lambda: fn(a, axis=ax))
                for r in ["median"]:
                    w.case("reduce", [a], {"op": r, "axis": axstr(ax), "keepdims": 0}, fn=lambda: np.median(a, axis=ax))
                for q in [0, 25, 50, 90, 100]:
                    w.case("percentile", [a], {"q": q, "axis": axstr(ax)}, fn=lambda: np.percentile(a, q, axis=ax))
        for ddof in [1, 2]:
            w.case("reduce", [a], {"op": "var", "axis": "None", "keepdims": 0, "ddof": ddof},
                   fn=lambda: np.var(a, ddof=ddof))
            w.case("reduce", [a], {"op": "std", "axis": "None", "keepdims": 0, "ddof": ddof},
                   fn=lambda: np.std(a, ddof=ddof))
    w.close()


def run_calls(rng, calls):
    """Runs `name:arg:arg...` calls on a RandomState or Generator and returns their results."""
    outs = []
    for call in calls.split(";"):
        name, *args = call.split(":")
        num = [float(a) if "." in a else int(a) for a in args if a not in ("T", "F", "p")]
        if name in ("rand", "random_sample", "random"):
            outs.append(rng.random_sample(num[0]) if isinstance(rng, np.random.RandomState) else rng.random(num[0]))
        elif name in ("randn", "standard_normal"):
            outs.append(rng.standard_normal(num[0]))
        elif name in ("randint", "integers"):
            outs.append(getattr(rng, name)(num[0], num[1], size=num[2]))
        elif name in ("normal", "uniform"):
            outs.append(getattr(rng, name)(num[0], num[1], size=num[2]))
        elif name == "choice":
            # choice:pop:size:T|F[:p] with p = arange(pop)+1 normalized
            pop, size = num[0], num[1]
            replace = "T" in args
            p = (np.arange(pop) + 1.0) / (np.arange(pop) + 1.0).sum() if "p" in args else None
            outs.append(rng.choice(pop, size=size, replace=replace, p=p))
        elif name == "permutation":
            outs.append(rng.permutation(num[0]))
        elif name == "shuffle":
            a = np.arange(num[0] * num[1]).reshape(num[0], num[1]) if num[1] > 1 else np.arange(num[0])
            rng.shuffle(a)
            outs.append(a)
        else:
            raise ValueError(name)
    return tuple(outs)


def gen_random():
    w = Writer("random")
    legacy = ["rand:5", "randn:5", "randn:3;randn:2;rand:1;randn:1", "randint:0:10:20", "randint:-5:5:10",
              "randint:0:4294967296:5", "randint:3:4:3", "randint:0:9000000000000:4", "normal:1.5:2.0:6",
              "uniform:-1.0:3.0:6", "choice:10:5:T", "choice:10:5:F", "choice:5:3:T:p", "choice:6:4:F:p",
              "permutation:10", "shuffle:8:1", "shuffle:5:3", "rand:700;randn:700", "randint:0:2:30",
              "randint:5:0:1", "choice:3:5:F", "normal:0.0:-1.0:2"]
    for seed in [0, 1, 42, 12345, 4294967295]:
        for calls in legacy:
            rs = np.random.RandomState(seed)
            w.case("legacy", [], {"seed": seed, "calls": calls}, fn=lambda: run_calls(rs, calls))
    for seed in [[1, 2, 3], [0], [4294967295, 7]]:
        rs = np.random.RandomState(seed)
        w.case("legacy", [], {"seed_array": ",".join(map(str, seed)), "calls": "rand:5;randn:3"},
               fn=lambda: run_calls(rs, "rand:5;randn:3"))
    for seed in [-1, 2 ** 32]:
        w.case("legacy", [], {"seed": seed, "calls": "rand:1"}, fn=lambda: np.random.RandomState(seed))
    gen = ["random:5", "integers:0:10:20", "integers:-5:5:10", "integers:0:4294967296:5", "integers:0:9000000000000:4",
           "uniform:-1.0:3.0:6", "standard_normal:2000", "normal:1.5:2.0:6", "choice:10:5:T", "choice:10:5:F",
           "choice:5:3:T:p", "choice:6:4:F:p", "choice:20000:1000:F", "permutation:10", "shuffle:8:1",
           "shuffle:5:3", "integers:0:3:5;random:3;integers:0:1000:3"]
    for seed in [0, 1, 42, 12345, 2 ** 40 + 7, 2 ** 100 + 3]:
        for calls in gen:
            g = np.random.default_rng(seed)
            w.case("generator", [], {"seed": seed, "calls": calls}, fn=lambda: run_calls(g, calls))
    w.close()


def gen_linalg():
    w = Writer("linalg")
    rng = np.random.RandomState(21)
    mats = [np.array([[1.0, 2.0], [3.0, 4.0]]), np.array([[2, 1], [1, 3]]), np.eye(3), np.array([[0.0, 1.0], [1.0, 0.0]]),
            np.array([[1.0, 2.0], [2.0, 4.0]]), np.array([[4.0, -2.0, 1.0], [3.0, 6.0, -4.0], [2.0, 1.0, 8.0]])]
    mats += [rng.standard_normal((n, n)) for n in [2, 3, 4, 5, 6, 8, 10] for _ in range(4)]
    for a in mats:
        n = a.shape[0]
        b = rng.standard_normal(n)
        bm = rng.standard_normal((n, 2))
        w.case("det", [a], fn=lambda: np.linalg.det(a))
        w.case("solve", [a, b], fn=lambda: np.linalg.solve(a, b))
        w.case("solve", [a, bm], fn=lambda: np.linalg.solve(a, bm))
        w.case("inv", [a], fn=lambda: np.linalg.inv(a))
        w.case("trace", [a], fn=lambda: np.trace(a))
        w.case("norm", [a], fn=lambda: np.linalg.norm(a))
    w.case("det", [np.zeros((2, 3))], fn=lambda: np.linalg.det(np.zeros((2, 3))))
    w.case("det", [np.zeros(3)], fn=lambda: np.linalg.det(np.zeros(3)))
    w.case("solve", [np.eye(3), np.ones(4)], fn=lambda: np.linalg.solve(np.eye(3), np.ones(4)))
    for m, n in [(5, 2), (10, 3), (20, 4), (3, 3)]:
        a, b = rng.standard_normal((m, n)), rng.standard_normal(m)
        w.case("lstsq", [a, b], fn=lambda: np.linalg.lstsq(a, b, rcond=None)[0])
    x = np.linspace(0, 1, 20)
    v = np.vander(x, 3)
    y = 3 * x ** 2 - 2 * x + 0.5 + rng.standard_normal(20) * 0.01
    w.case("lstsq", [v, y], fn=lambda: np.linalg.lstsq(v, y, rcond=None)[0])
    for vec in [rng.standard_normal(7), np.array([3.0, 4.0])]:
        w.case("norm", [vec], fn=lambda: np.linalg.norm(vec))
    w.close()


if __name__ == "__main__":
    os.chdir(HERE)
    gen_print()
    gen_ops()
    gen_creation()
    gen_shape()
    gen_reduce()
    gen_random()
    gen_linalg()
