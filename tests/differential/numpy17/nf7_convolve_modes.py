# convolve/correlate in every mode, int and float, unequal lengths both orders.
import numpy as np

a = np.array([1, 2, 3, 4, 5])
k = np.array([1, 0, -1])
fa = np.array([0.5, 1.25, -2.0, 3.5, 0.0, 1.0])
fk = np.array([0.25, 0.5, 0.25])
for mode in ["full", "same", "valid"]:
    print(mode, repr(np.convolve(a, k, mode=mode)), repr(np.convolve(k, a, mode=mode)))
    print(mode, repr(np.correlate(a, k, mode=mode)), repr(np.correlate(k, a, mode=mode)))
    print(mode, repr(np.convolve(fa, fk, mode)), repr(np.correlate(fa, fk, mode)))
    print(mode, repr(np.convolve(a, fk, mode=mode)))
    print(mode, repr(np.correlate(fa, np.array([1, 2]), mode=mode)))
print(repr(np.convolve(a, k)), repr(np.correlate(a, k)))
print(repr(np.convolve([1, 2], [3])), repr(np.convolve(np.array([True, False]), np.array([True, True]))))
print(repr(np.correlate(a, a, "full")))
sig = np.sin(np.linspace(0, 3, 12))
sm = np.convolve(sig, np.ones(3) / 3, mode="same")
print(repr(sm))
print(repr(np.convolve(sig, np.ones(4) / 4, mode="valid")))
ac = np.correlate(sig - sig.mean(), sig - sig.mean(), mode="full")
print(repr(ac[ac.size // 2:] / ac[ac.size // 2]))
print(repr(np.convolve(np.array([1, 2, 3]), np.array([0, 1, 0.5]))))
try:
    np.convolve(np.array([]), a)
except ValueError as e:
    print("ValueError", e)
