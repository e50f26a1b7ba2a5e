# Ranking tied scores with the default argsort (quicksort), as notebooks usually do.
import numpy as np

scores = np.array([60.0, 56.0, 68.0, 61.0, 54.0, 62.0, 71.0, 62.0, 65.0, 59.0, 70.0, 94.0])
print(np.argsort(scores))
print(np.argsort(scores, kind="stable"))
ranks = scores.argsort().argsort() + 1
print(ranks)
levels = np.array([3.0, 1.0, 3.0, 1.0, 2.0, 3.0, 1.0, 2.0, 2.0, 3.0, 1.0, 3.0])
print(np.argsort(levels), np.argsort(-levels))
print(np.sort(np.array([0.0, -0.0, 1.0, -0.0, 0.0])))
