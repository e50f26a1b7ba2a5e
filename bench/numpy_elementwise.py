# Single elementwise NumPy operations on 10**3, 4*10**4, 10**5 and 10**6 elements (issue #3's
# "vectorized operations within 1.5x of NumPy"): arithmetic, scalar operands, broadcasting
# (a row, and the (n, 1) op (1, n) outer case), int64 operands, abs, comparisons, where,
# whole-array reductions. Each op runs in a loop rebinding one variable (the previous result
# dies, as in a notebook loop); its last result feeds a checksum, so the output is checkable.
# With VE_TIMES=1 in the environment it also prints ns/element of each op and size (stderr,
# CPU time, min of 5 samples).
import math
import os
import sys
import time

import numpy as np


def op_add(a, b, reps):
    for _ in range(reps):
        c = a + b
    return c


def op_scal(a, b, reps):
    for _ in range(reps):
        c = a * 2.0 + 1.0
    return c


def op_row(m, row, reps):
    for _ in range(reps):
        c = m + row
    return c


def op_outer(col, row, reps):
    for _ in range(reps):
        c = col + row
    return c


def op_abs(d, b, reps):
    for _ in range(reps):
        c = np.abs(d)
    return c


def op_max(a, b, reps):
    s = 0.0
    for _ in range(reps):
        s += np.max(a)
    return s


def op_sum(a, b, reps):
    s = 0.0
    for _ in range(reps):
        s += a.sum()
    return s


def op_isub(ia, ib, reps):
    for _ in range(reps):
        c = ia - ib
    return c


def op_fsub(a, b, reps):
    for _ in range(reps):
        c = a - b
    return c


def op_iscal(ia, b, reps):
    for _ in range(reps):
        c = ia * 0.5
    return c


def op_gt(a, b, reps):
    for _ in range(reps):
        c = a > 0.5
    return c


def op_where(a, b, reps):
    m = a > 0.5
    for _ in range(reps):
        c = np.where(m, a, b)
    return c


def op_maxabs(a, b, reps):
    s = 0.0
    for _ in range(reps):
        s += np.max(np.abs(a - b))
    return s


def check(r):
    if isinstance(r, float):
        return r
    f = r.ravel()
    return float(f[0]) + float(f[len(f) // 2]) + float(f[-1])


show = os.environ.get("VE_TIMES") == "1"
rng = np.random.default_rng(15)
total = 0.0
for n in (1_000, 40_000, 100_000, 1_000_000):
    reps = 4_000_000 // n
    a = rng.random(n)
    b = rng.random(n) + 0.5
    d = a - 0.5
    ia = np.arange(n)
    ib = np.arange(n)[::-1].copy()
    cols = 100
    m = a.reshape(n // cols, cols)
    row = b[:cols].copy()
    k = math.isqrt(n)
    col = a[:k].reshape(k, 1)
    rw = b[:k].reshape(1, k)
    cases = (
        ("a+b", op_add, a, b, n),
        ("a*2.0+1.0", op_scal, a, b, n),
        ("m+row", op_row, m, row, n),
        ("col+row", op_outer, col, rw, k * k),
        ("abs", op_abs, d, b, n),
        ("max", op_max, a, b, n),
        ("sum", op_sum, a, b, n),
        ("int-int", op_isub, ia, ib, n),
        ("a-b", op_fsub, a, b, n),
        ("int*0.5", op_iscal, ia, b, n),
        ("a>0.5", op_gt, a, b, n),
        ("where", op_where, a, b, n),
        ("max(abs(a-b))", op_maxabs, a, b, n),
    )
    for name, f, x, y, cnt in cases:
        best = None
        for _ in range(5):
            t = time.process_time()
            r = f(x, y, reps)
            dt = time.process_time() - t
            best = dt if best is None else min(best, dt)
        total += check(r)
        print(n, name, repr(check(r)))
        if show:
            print(f"T {n} {name} {best / (reps * cnt) * 1e9:.3f}", file=sys.stderr)
print(round(total, 6))
