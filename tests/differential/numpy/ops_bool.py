import numpy as np
p = np.array([True, True, False, False])
q = np.array([True, False, True, False])
print(p & q, p | q, p ^ q, ~p)
print(p + q, p * q)
print(np.logical_and(p, q), np.logical_or(p, q), np.logical_not(p), np.logical_xor(p, q))
i = np.array([12, 10])
print(i & 6, i | 1, i ^ 3, ~i)
try:
    p - q
except TypeError as e:
    print("TypeError:", e)
try:
    -p
except TypeError as e:
    print("TypeError:", e)
