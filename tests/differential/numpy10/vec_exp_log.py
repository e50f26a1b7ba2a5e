# np.exp over many arguments: the fast path (plain doubles with a rounding test) and
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
with np.errstate(divide="ignore", invalid="ignore"):
    print(np.log(np.array([5e-324, 2.2250738585072014e-308, 0.5, 2.0, 10.0, 1e300, 0.0, -1.0, np.inf, np.nan])))
# Softmax and a log-likelihood, as notebooks write them.
z = rng.normal(size=(5, 7))
p = np.exp(z - z.max(axis=1, keepdims=True))
p /= p.sum(axis=1, keepdims=True)
print(p.round(6))
print(repr(float(-np.log(p[np.arange(5), [0, 1, 2, 3, 4]]).sum())))
import math
print(math.exp(1.5), math.log(7.25), [math.exp(v) for v in (-3.3, 0.1, 12.7)])
