# Element access of NumPy arrays from compiled loops: a[i] reads, a[i] = v writes, m[i, j] reads.
# With ELEM_TIMES=1 in the environment it also prints ns/element of each loop (stderr).
import os
import sys
import time

import numpy as np


def read_loop(a, k):
    acc = 0.0
    for i in range(len(a)):
        acc += a[i] * k
    return acc


def write_loop(a):
    for i in range(len(a)):
        a[i] = i * 0.5


def read2d(m):
    s = 0.0
    for i in range(m.shape[0]):
        for j in range(m.shape[1]):
            s += m[i, j]
    return s


n = 200_000
reps = 20
a = np.zeros(n)
m = np.ones((400, 500))
show = os.environ.get("ELEM_TIMES") == "1"
times = {}
total = 0.0
t0 = time.process_time()
for r in range(reps):
    write_loop(a)
t1 = time.process_time()
for r in range(reps):
    total += read_loop(a, 1.0 + r)
t2 = time.process_time()
for r in range(reps):
    total += read2d(m)
t3 = time.process_time()
print(repr(total))
if show:
    for name, dt, cnt in (("write", t1 - t0, n), ("read", t2 - t1, n), ("read2d", t3 - t2, m.size)):
        print(f"{name}: {dt / (reps * cnt) * 1e9:.2f} ns/elem", file=sys.stderr)
