# Float printing at the edges of precision: rounding at the cut-off, big integral floats, floatmodes.
import numpy as np

print(np.array([0.1 + 0.2, 1 / 3]))
print(np.array([2.675, 1.005, 0.125, 0.375]))
print(np.array([1e15, 1e16 - 2]), np.array([9007199254740993.0]))
print(np.array([123456789012345.6]), np.array([1234567.891, 0.5]))
print(np.array([0.99999999999, 1.0]), np.array([0.999999995, 2.0]))
print(np.array([1.5e-8, 3e-9]), np.array([99999.99999999]))
for p in [0, 1, 2, 4, 10, 16]:
    with np.printoptions(precision=p):
        print(p, np.array([np.pi, -np.e * 100, 0.5, 2.0 / 3]))
for mode in ["fixed", "unique", "maxprec", "maxprec_equal"]:
    with np.printoptions(floatmode=mode, precision=3):
        print(mode, np.array([1.0, 0.5, 0.123456]), np.array([2.0, 4.0]), np.array([1e-7, 1.0]))
with np.printoptions(precision=3, suppress=True):
    print(np.array([[1e-7, 123.456789], [-0.0005, 1e5]]))
    print(np.array([1e17, 1.0]))
print(repr(np.float64(0.1 + 0.2)), np.float64(2.675).round(2), round(np.float64(2.675), 2))
print(np.round(np.array([2.675, 1.005, -0.5, 0.5, 1.5]), 2), np.around(np.array([1234.5678]), -2))
print(np.array([1e-300 * 1e-20]), np.array([np.finfo(float).eps, np.finfo(float).max]))
print(np.finfo(np.float64).eps, np.finfo(float).tiny, np.finfo(float).resolution)
