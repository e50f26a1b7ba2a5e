# apply_along_axis, vectorize, fromfunction, piecewise and select on numeric data.
import numpy as np

scores = np.array([[55, 72, 90, 64], [88, 91, 79, 95], [40, 58, 61, 70]])

def spread(row):
    return row.max() - row.min()

def summary(row):
    return np.array([row.mean(), np.median(row), row.std()])

print("apply_along_axis")
print(np.apply_along_axis(spread, 1, scores))
print(np.apply_along_axis(spread, 0, scores))
print(np.round(np.apply_along_axis(summary, 1, scores), 4))
print(np.apply_along_axis(np.sort, 1, scores[:, ::-1]))
print(np.apply_along_axis(lambda r: r * 2, -1, scores).shape)

print("vectorize")
def grade(s):
    if s >= 90:
        return 4
    if s >= 75:
        return 3
    if s >= 60:
        return 2
    return 0
vgrade = np.vectorize(grade)
print(vgrade(scores))
vclip = np.vectorize(lambda s, lo: max(s, lo), otypes=[float])
print(vclip(scores, 60))
print(vclip(scores, np.array([50, 60, 70, 80])))

print("fromfunction")
print(np.fromfunction(lambda i, j: (i + 1) * (j + 1), (3, 4), dtype=int))
print(np.fromfunction(lambda i, j: np.hypot(i - 2, j - 2), (5, 5)).round(3))
hilbert = np.fromfunction(lambda i, j: 1.0 / (i + j + 1), (4, 4))
print(np.round(hilbert, 5))
print(np.fromfunction(lambda i: i ** 2, (6,), dtype=int))

print("piecewise")
x = np.linspace(-3, 3, 13)
tax = np.piecewise(x, [x < -1, (x >= -1) & (x <= 1), x > 1], [lambda v: -v - 1, 0.0, lambda v: (v - 1) ** 2])
print(tax)
print(np.piecewise(x, [x < 0], [-1, 1]))
print(np.piecewise(np.array([1, 5, 9]), [np.array([1, 5, 9]) > 4], [lambda v: v * 10, lambda v: v]))

print("select with numeric choices")
conds = [scores >= 90, scores >= 75, scores >= 60]
choices = [4.0, 3.0, 2.0]
print(np.select(conds, choices, default=0.0))
print(np.select([scores < 60, scores > 80], [scores * 0, scores + 5], default=scores))
print(np.select([x < 0], [x ** 2], default=-1.0))
