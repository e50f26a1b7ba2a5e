import numpy as np
def clamp_score(s):
    if s > 90:
        return 4
    if s > 75:
        return 3
    return 1 if s > 50 else 0
grade = np.vectorize(clamp_score)
scores = np.array([[95, 40, 77], [51, 88, 66]])
print(grade(scores), grade(scores).dtype, grade(np.array([91.5, 10.0])))
vadd = np.vectorize(lambda a, b: a * 10 + b)
print(vadd(np.arange(3), np.array([[1], [2]])))
fl = np.vectorize(lambda x: x / 3, otypes=[float])
print(fl(np.array([1, 2, 3])))
def span(row):
    return row.max() - row.min()
m = np.array([[3.0, 9.0, 1.0], [4.0, 4.0, 8.0]])
print(np.apply_along_axis(span, 1, m), np.apply_along_axis(span, 0, m))
print(np.apply_along_axis(np.sort, 1, m), np.apply_along_axis(lambda r: r / r.sum(), 0, m))
print(np.apply_along_axis(np.mean, -1, np.arange(24.0).reshape(2, 3, 4)))
x = np.linspace(-2, 2, 9)
print(np.piecewise(x, [x < 0, x >= 0], [lambda t: -t, lambda t: t ** 2]))
print(np.piecewise(x, [x < -1, x > 1], [-1.0, 1.0, 0.0]))
print(np.piecewise(np.arange(6), [np.arange(6) % 2 == 0], [lambda t: t * 10, lambda t: -t]))
