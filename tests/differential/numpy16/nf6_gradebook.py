# Gradebook: statistics per student and per assignment.
import numpy as np

names = np.array(["ana", "bo", "cy", "dee", "eli", "fay", "gus", "hal"])
scores = np.array([
    [88, 92, 79, 95],
    [72, 65, 80, 70],
    [95, 98, 91, 99],
    [60, 55, 71, 58],
    [85, 85, 85, 85],
    [91, 78, 88, 82],
    [45, 62, 50, 66],
    [77, 81, 69, 90],
])
weights = np.array([0.2, 0.2, 0.25, 0.35])
final = scores @ weights
print(final)
print(np.round(final, 2))
print("mean per assignment:", scores.mean(axis=0))
print("std per assignment:", scores.std(axis=0))
print("median:", np.median(scores, axis=0))
for m in ["linear", "lower", "higher", "nearest", "midpoint", "inverted_cdf", "averaged_inverted_cdf", "closest_observation", "interpolated_inverted_cdf", "hazen", "weibull", "median_unbiased", "normal_unbiased"]:
    print(m, np.percentile(final, [10, 25, 50, 90], method=m))
print(np.quantile(scores, [0.25, 0.75], axis=0))
bins = [0, 60, 70, 80, 90, 101]
letters = np.array(["F", "D", "C", "B", "A"])
idx = np.digitize(final, bins) - 1
print(idx)
print(letters[idx])
print(np.digitize(final, bins, right=True))
print(np.digitize([59.9, 60, 60.1], [60, 70]), np.digitize([59.9, 60, 60.1], [60, 70], right=True))
print(np.digitize([5, 3, 1], [6, 4, 2]))
counts = np.bincount(idx, minlength=5)
print(dict(zip(letters.tolist(), counts.tolist())))
print(np.bincount(np.array([0, 1, 1, 3, 2, 1, 7])))
print(np.bincount(np.array([0, 1, 1, 2]), weights=np.array([0.5, 1.0, 0.25, 2.0])))
hist, edges = np.histogram(final, bins=5)
print(hist, edges)
hist2, edges2 = np.histogram(scores, bins=[40, 60, 80, 100])
print(hist2, edges2)
h3, e3 = np.histogram(final, bins=4, range=(50, 100), density=True)
print(h3, e3)
h4, e4 = np.histogram(scores.ravel(), bins="auto")
print(h4, e4)
u, c = np.unique(letters[idx], return_counts=True)
print(u, c)
u2, inv = np.unique(scores[:, 0] // 10, return_inverse=True)
print(u2, inv)
u3, first, inv3, cnt3 = np.unique(np.array([3, 1, 3, 2, 1, 3]), return_index=True, return_inverse=True, return_counts=True)
print(u3, first, inv3, cnt3)
print(np.unique(scores // 10, axis=0))
rank = np.argsort(-final, kind="stable")
for place, i in enumerate(rank, 1):
    print(place, names[i], f"{final[i]:.2f}", letters[idx[i]])
best = np.argmax(scores, axis=1)
print("best assignment per student:", best)
print("students above mean:", names[final > final.mean()])
z = (scores - scores.mean(axis=0)) / scores.std(axis=0)
print(np.round(z, 3))
print(np.corrcoef(scores.T))
print(np.cov(scores[:, 0], scores[:, 3]))
print(np.ptp(scores, axis=1))
print(np.average(scores, axis=1, weights=weights))
avg, wsum = np.average(scores, axis=0, weights=np.arange(1, 9), returned=True)
print(avg, wsum)
