# Reductions with where= masks and initial= start values (functions and methods, axis/keepdims).
import numpy as np

a = np.array([[1.0, 2.0, np.nan], [4.0, -5.0, 6.0]])
m = ~np.isnan(a)
print(repr(np.sum(a, where=m)), repr(np.sum(a, axis=0, where=m)), repr(a.sum(axis=1, where=m, initial=10)))
print(repr(np.max(a, where=m, initial=-np.inf)), repr(np.min(a, axis=1, where=m, initial=100)))
print(repr(a.max(axis=0, where=m, initial=0.0, keepdims=True)), repr(a.min(initial=-10.0)))
print(repr(np.mean(a, where=m)), repr(np.mean(a, axis=0, where=m)), repr(a.mean(axis=1, where=m, keepdims=True)))
print(repr(np.prod(a, where=m)), repr(np.sum(np.arange(5), initial=100)), repr(np.max(np.array([], dtype=float), initial=0.0)))
print(repr(np.std(a, where=m)), repr(np.var(a, axis=1, where=m)), repr(a.std(axis=0, where=m, ddof=1)))
print(repr(np.any(a > 3, where=m)), repr(np.all(a > 0, axis=0, where=m)), repr((a > 0).all(axis=1, where=m)))
print(repr(np.nansum(a, initial=1)), repr(np.nansum(a, axis=0, where=np.array([True, False, True]))))
print(repr(np.nanmean(a, axis=1, where=np.array([[True, True, True], [False, True, True]]))))
i = np.arange(12).reshape(3, 4)
even = i % 2 == 0
print(repr(i.sum(where=even)), repr(i.sum(axis=0, where=even)), repr(i.sum(axis=1, where=even, initial=1000)))
print(repr(i.prod(axis=1, where=i > 0)), repr(i.max(axis=1, where=i < 6, initial=-1)), repr(i.min(axis=0, where=i > 4, initial=99)))
print(repr(np.mean(i, axis=1, where=even)), repr(np.sum(i, axis=(0, 1), where=i > 2, keepdims=True)))
print(repr(np.sum(np.array([True, False, True]), where=np.array([True, True, False]))))
row_mask = np.array([True, False, True, True])
print(repr(i.sum(axis=1, where=row_mask)), repr(i.mean(axis=1, where=row_mask)), repr(i.max(axis=1, where=row_mask, initial=-1)))
x = np.linspace(0.1, 2.0, 20).reshape(2, 10)
mx = x > 0.5
print(repr(x.sum(where=mx)), repr(x.sum(axis=1, where=mx)), repr(x.sum(axis=0, where=mx)), repr(np.mean(x, where=mx)))
print(repr(np.sum(x, initial=0.5)), repr(np.sum(x, axis=1, initial=-1.0)), repr(x.std(where=mx)), repr(x.var(axis=1, where=mx, ddof=1)))
try:
    np.max(a, where=m)
except ValueError as e:
    print("ValueError", e)
try:
    np.sum(a, where=np.array([1, 0, 1]))
except TypeError as e:
    print("TypeError", e)
print(repr(np.sum(a, where=np.array([True, False, True]))), repr(np.min(np.array([3, 1, 2]), initial=0)))
a = np.arange(12.0).reshape(3, 4)
m = a % 3 != 0
print(repr(np.add.reduce(a, where=m)), repr(np.add.reduce(a, axis=1, initial=5.0)), repr(np.maximum.reduce(a, axis=None, initial=100.0)))
print(repr(np.multiply.reduce(a + 1, axis=0, where=m)), repr(np.minimum.reduce(a, axis=1, where=m, initial=50.0)), repr(np.logical_or.reduce(a > 5, axis=1, where=m)))
