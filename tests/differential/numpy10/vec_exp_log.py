# np.exp / np.log over many arguments: the fast path (plain doubles with a rounding test) and
# the exact fallback must give the same digits as NumPy. A digest of the exact reprs keeps the
# expected output small; a few values are printed in full.
import hashlib
import numpy as np


def digest(a):
    return hashlib.sha256(" ".join(repr(float(v)) for v in a).encode()).hexdigest()[:16]


rng = np.random.default_rng(2024)
xs = [
    ("uniform[-2,2]", rng.uniform(-2, 2, 4000)),
    ("uniform[-700,700]", rng.uniform(-700, 700, 4000)),
    ("tiny", rng.uniform(-1e-6, 1e-6, 1000)),
    ("grid", np.arange(-7000, 7000) / 10.0),
    ("ln2 multiples", np.arange(-1000, 1000) * (np.log(2) / 1024)),
    ("edges", np.array([-745.0, -720.5, -708.4, -707.0, -706.99, 0.0, -0.0, 1e-300, 706.99, 707.0, 709.0, 709.78, 709.8, np.inf, -np.inf, np.nan])),
]
with np.errstate(over="ignore", invalid="ignore"):
    for name, x in xs:
        e = np.exp(x)
        print("exp", name, digest(e), repr(e[:3]), float(e.sum()))
pos = [
    ("uniform(0,10]", rng.uniform(1e-9, 10, 4000)),
    ("near 1", 1 + rng.uniform(-0.02, 0.02, 4000)),
    ("log-uniform", np.exp(rng.uniform(-700, 700, 4000))),
    ("integers", np.arange(1, 5001, dtype=float)),
    ("reciprocals", 1.0 / np.arange(1, 3001)),
    ("edges", np.array([5e-324, 2.2250738585072014e-308, 0.9921875, 1.0078125, 1.0, 2.0, 0.5, 1.7976931348623157e308, 0.0, -1.0, np.inf, np.nan])),
]
with np.errstate(divide="ignore", invalid="ignore"):
    for name, x in pos:
        l = np.log(x)
        print("log", name, digest(l), repr(l[:3]), float(np.nansum(l[np.isfinite(l)])))
# Softmax and a log-likelihood, as notebooks write them.
z = rng.normal(size=(5, 7))
p = np.exp(z - z.max(axis=1, keepdims=True))
p /= p.sum(axis=1, keepdims=True)
print(p.round(6))
print(repr(float(-np.log(p[np.arange(5), [0, 1, 2, 3, 4]]).sum())))
import math
print(math.exp(1.5), math.log(7.25), [math.exp(v) for v in (-3.3, 0.1, 12.7)])
