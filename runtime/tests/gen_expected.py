#!/usr/bin/env python3
"""Generates the expected values for the runtime's Rust tests by running real NumPy.

Run from anywhere: `python3 runtime/tests/gen_expected.py`. It writes `runtime/tests/data/*.txt`,
which `runtime/tests/*.rs` read. The NumPy version is pinned in tests/requirements-numpy.txt and
checked here, so the files never come from another version.

File format (line based, one record per case):
    case <name> <op> [key=value ...]     starts a case; keys are op parameters
    in <array>                           one line per positional array input
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

    def case(self, op, inputs=(), params=None, fn=None, texts=None):
        self.n += 1
        params = params or {}
        kv = " ".join(f"{k}={v}" for k, v in params.items())
        self.f.write(f"case c{self.n} {op} {kv}".rstrip() + "\n")
        for a in inputs:
            self.f.write("in " + enc(a) + "\n")
        if texts is not None:
            for t in texts:
                self.f.write("text " + esc(t) + "\n")
            return
        try:
            with np.errstate(all="ignore"):
                res = fn()
        except Exception as e:  # noqa: BLE001
            name = type(e).__name__
            self.f.write(f"err {name} {esc(str(e))}\n")
            return
        if isinstance(res, tuple):
            for r in res:
                self.f.write("out " + enc(r) + "\n")
        else:
            self.f.write("out " + enc(res) + "\n")

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


if __name__ == "__main__":
    os.chdir(HERE)
    gen_print()
