# Sorting 2-D data by columns, ranking, top-k with argpartition-free code, lexsort and stable ties.
import numpy as np

np.random.seed(17)
scores = np.random.randint(0, 100, size=(8, 3))
names = ["ann", "bob", "cid", "dee", "eve", "fay", "gus", "hal"]
print(scores)
print(np.sort(scores, axis=0)[-1], np.sort(scores, axis=1)[:2], np.sort(scores, axis=None)[-4:], np.sort(scores)[0])
order = np.argsort(scores[:, 0])
print(order, [names[i] for i in order[:3]])
desc = np.argsort(-scores[:, 1], kind="stable")
print(desc, scores[desc, 1])
total = scores.sum(axis=1)
top3 = np.argsort(total)[::-1][:3]
for rank, i in enumerate(top3, 1):
    print(rank, names[i], total[i], scores[i].tolist())
ranks = np.empty_like(total)
ranks[np.argsort(total)] = np.arange(len(total))
print(ranks)
keys = np.lexsort((scores[:, 1], scores[:, 0] // 10))
print(keys, (scores[keys, 0] // 10).tolist())
ties = np.array([3, 1, 3, 2, 1, 3])
print(np.argsort(ties, kind="stable"), np.argsort(ties, kind="mergesort"), np.sort(ties)[::-1])
f = np.array([2.5, np.nan, -1.0, np.inf, 0.0, -np.inf])
print(np.sort(f), np.argsort(f), np.max(f), np.nanmax(f), np.argmin(f))
s = np.array([3, 1, 2])
s.sort()
print(s)
m = scores.copy()
m.sort(axis=0)
print(m[0], m[-1])
print(np.argsort(scores, axis=0)[0], np.argsort(scores, axis=1)[0], np.argmax(scores, axis=0), np.argmin(scores, axis=1))
print(np.unique(scores // 25, axis=None), np.sort(np.unique(total))[:3])
col = scores[:, 2]
thresh = np.sort(col)[-3]
print(thresh, np.nonzero(col >= thresh)[0], np.where(col >= thresh, "x", "-") if False else (col >= thresh).astype(int))
print(np.searchsorted(np.sort(col), [10, 50, 90]), np.median(col), np.percentile(col, 75))
print(sorted(zip(total.tolist(), names))[-2:], max(zip(total, names))[1])
