# unique with return_counts/index/inverse on 2-D, searchsorted sides with sorter.
import numpy as np

a = np.array([[3, 1, 2, 3], [1, 1, 5, 2], [9, 3, 1, 2]])
u, c = np.unique(a, return_counts=True)
print(repr(u), repr(c))
u, i, inv, c = np.unique(a, return_index=True, return_inverse=True, return_counts=True)
print(repr(u), repr(i), repr(inv), repr(c))
print(repr(np.unique(a.ravel()[::-1])))
f = np.array([2.5, -0.0, 0.0, 1.5, 2.5, np.nan, 1.5, np.nan])
print(repr(np.unique(f)), repr(np.unique(f, return_counts=True)))
b = np.array([True, False, True, True])
print(repr(np.unique(b, return_counts=True)))
print(repr(np.unique(np.array([], dtype=int), return_counts=True)))

s = np.array([1.0, 2.0, 2.0, 2.0, 3.5, 7.0])
for side in ["left", "right"]:
    for v in [0.5, 2.0, 3.5, 7.0, 8.0]:
        print(side, v, repr(np.searchsorted(s, v, side=side)))
    print(side, repr(np.searchsorted(s, [[2.0, 3.0], [7.0, -1.0]], side=side)))

uns = np.array([40, 10, 30, 20, 30, 50])
order = np.argsort(uns, kind="stable")
print(repr(order))
for side in ["left", "right"]:
    idx = np.searchsorted(uns, [5, 30, 35, 50, 60], side=side, sorter=order)
    print(side, repr(idx), repr(order[np.minimum(idx, len(uns) - 1)]))
print(repr(s.searchsorted(2.0)), repr(s.searchsorted([2.0, 3.0], side="right")))
bins = np.array([0, 10, 20, 30])
print(repr(np.searchsorted(bins, np.array([-5, 0, 9, 10, 29, 30, 31]))))
print(repr(np.searchsorted(np.array([1, 2, 3]), 2.5)))

vals, counts = np.unique(np.array([[1, 2], [1, 2], [3, 4]]), return_counts=True)
print(vals, counts)
print(repr(np.unique(np.array([[1, 2], [1, 2], [3, 4]]), axis=0)))
word_ids = np.array([4, 2, 4, 4, 1, 2, 0])
vals, inv = np.unique(word_ids, return_inverse=True)
print(vals, inv, vals[inv])
print(np.bincount(inv), np.bincount(word_ids, minlength=7))
print(np.bincount(word_ids, weights=np.linspace(0.1, 0.7, 7)))
