# math.exp (and the functions built on it) print CPython's digits, which are glibc's: its exp
# is not always correctly rounded, so every last bit is compared, through a digest of the reprs.
import hashlib
import math
import random

random.seed(42)


def digest(vals):
    return hashlib.sha256(" ".join(map(repr, vals)).encode()).hexdigest()[:16]


xs = [random.uniform(-2, 2) for _ in range(20000)]
ys = [random.uniform(-700, 700) for _ in range(5000)]
zs = [k / 64 for k in range(-4000, 4000)]
print("exp small", digest([math.exp(x) for x in xs]))
print("exp wide", digest([math.exp(y) for y in ys]))
print("exp grid", digest([math.exp(z) for z in zs]))
print("sinh cosh tanh", digest([(math.sinh(x), math.cosh(x), math.tanh(x)) for x in xs[:5000]]))
print([math.exp(x) for x in (-745.1, -708.5, -1e-17, 0.0, 1e-10, 1.0, 88.7, 709.7)])
print(sum(math.exp(-x * x / 2) for x in xs), math.fsum(math.exp(y / 10) for y in ys))
for bad in (710.0, 1000.0):
    try:
        math.exp(bad)
    except OverflowError as e:
        print("OverflowError:", e)
print(math.exp(float("-inf")), math.exp(float("inf")), math.isnan(math.exp(float("nan"))))
