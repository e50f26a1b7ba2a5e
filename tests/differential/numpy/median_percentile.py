import numpy as np
a = np.array([3.0, 1.0, 4.0, 1.0, 5.0, 9.0, 2.0])
print(np.median(a), np.median(np.arange(10)), np.median([[1, 3], [2, 4]], axis=0))
print(np.percentile(a, 50), np.percentile(a, 25), np.percentile(a, 90), np.percentile(np.arange(11), [10, 50, 90]))
print(np.quantile(a, 0.5), np.percentile(np.arange(12).reshape(3, 4), 50, axis=1))
print(np.average(a), np.average([1, 2, 3], weights=[3, 2, 1]))
