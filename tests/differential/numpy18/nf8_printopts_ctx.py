# np.printoptions as a context manager and set_printoptions: threshold/edgeitems/linewidth/floatmode/sign on 2-D/3-D arrays.
import numpy as np

rng = np.random.default_rng(18)
a = rng.normal(size=(4, 5)) * np.array([1, 10, 100, 1000, 0.001])
b = np.arange(2000).reshape(40, 50)
c = np.arange(60, dtype=float).reshape(3, 4, 5) / 7
print(a)
with np.printoptions(precision=3):
    print(a)
    with np.printoptions(suppress=True):
        print(a)
    print(np.get_printoptions()["precision"], np.get_printoptions()["suppress"])
print(np.get_printoptions()["precision"])
with np.printoptions(threshold=10, edgeitems=2):
    print(b)
    print(c)
    print(repr(np.arange(11)))
with np.printoptions(threshold=100, edgeitems=1):
    print(b)
with np.printoptions(linewidth=40):
    print(a)
    print(np.arange(30))
    print(repr(np.linspace(0, 1, 12)))
with np.printoptions(linewidth=120, precision=2):
    print(c)
for fm in ["fixed", "unique", "maxprec", "maxprec_equal"]:
    with np.printoptions(floatmode=fm, precision=3):
        print(fm, np.array([1.0, 0.5, 0.125, 1 / 3]), np.array([[1.0, 2.0], [3.0, 4.5]]))
with np.printoptions(sign="+"):
    print(np.array([[1.5, -2.0], [0.0, 3.25]]), np.array([1, -2, 3]), repr(np.array([0.5])))
with np.printoptions(sign=" "):
    print(np.array([[1.5, -2.0], [0.0, 3.25]]), np.array([1, 2, 3]))
with np.printoptions(precision=4, suppress=True, linewidth=60):
    print(np.array([1e-10, 1.0, 123456.789, -0.5]))
    print(np.array([[1e-10, 1e5], [2.5, -3.0]]))
print(np.array([np.nan, np.inf, -np.inf, 1.5]))
np.set_printoptions(edgeitems=2, threshold=20)
print(np.arange(25), np.arange(25.0).reshape(5, 5))
np.set_printoptions(edgeitems=3, threshold=1000)
print(np.arange(25))
try:
    with np.printoptions(precision=2):
        print(np.array([1.23456]))
        raise KeyError("inside")
except KeyError as e:
    print("caught", e, np.array([1.23456]))
opts = np.get_printoptions()
print(sorted(k for k in opts if k in ("precision", "threshold", "edgeitems", "linewidth", "suppress", "nanstr", "infstr", "sign", "floatmode")))
print(opts["precision"], opts["threshold"], opts["edgeitems"], opts["linewidth"], opts["suppress"], opts["nanstr"], opts["infstr"], opts["sign"], opts["floatmode"])
with np.printoptions(precision=1) as o:
    print(type(o).__name__, o["precision"])
