import numpy as np
a = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 7.0]])
print(a.mean(), a.mean(axis=0), a.mean(axis=1), np.mean(a, axis=1, keepdims=True))
print(a.std(), a.std(axis=0), a.std(ddof=1), np.std(a, axis=1))
print(a.var(), a.var(axis=0), np.var(a, ddof=1), np.var(a, axis=1, ddof=1))
print(np.mean(np.arange(10)), np.std(np.arange(10)), np.var([1, 2, 3, 4]))
x = np.linspace(0, 10, 101)
print(x.mean(), x.std(), (x ** 2).mean())
