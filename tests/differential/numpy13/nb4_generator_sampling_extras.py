# Generator sampling extras: hypergeometric (both algorithms), permuted, multinomial tables.
import numpy as np

rng = np.random.default_rng(2718)
print("small samples count items one at a time")
print(rng.hypergeometric(5, 10, 4, size=8))
print(rng.hypergeometric(50, 40, 85, size=6))
print("large samples use the ratio-of-uniforms method")
print(rng.hypergeometric(300, 700, 120, size=8))
print(rng.hypergeometric(1000, 50, 500, size=5))
print("broadcast parameters")
print(rng.hypergeometric([10, 100, 1000], [20, 200, 2000], [5, 50, 500]))
print(repr(rng.hypergeometric(7, 3, 5)))
print("edge cases")
print(rng.hypergeometric(0, 10, 5, size=3), rng.hypergeometric(10, 0, 5, size=3), rng.hypergeometric(4, 6, 0, size=3))

print("permuted shuffles each slice independently")
M = np.arange(20).reshape(4, 5)
print(rng.permuted(M, axis=1))
print(rng.permuted(M, axis=0))
print(rng.permuted(M, axis=-1))
flat = rng.permuted(M)
print(flat)
print("same multiset:", np.array_equal(np.sort(flat, axis=None), np.arange(20)))
print("input untouched:", np.array_equal(M, np.arange(20).reshape(4, 5)))
print(rng.permuted([3, 1, 4, 1, 5, 9]))

print("capture-recapture estimate")
N_true = 400
marked = 60
recaptured = rng.hypergeometric(marked, N_true - marked, 80, size=10)
print(recaptured)
est = marked * 80 / np.maximum(recaptured, 1)
print(np.round(est, 2), round(float(np.median(est)), 2))

print("errors")
for args in [(-1, 5, 2), (5, -1, 2), (5, 5, -1), (2, 2, 5)]:
    try:
        rng.hypergeometric(*args)
    except ValueError as e:
        print("ValueError:", e)
try:
    rng.permuted(M, axis=2)
except Exception as e:
    print(type(e).__name__ + ":", e)
