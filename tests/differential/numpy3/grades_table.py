import numpy as np
names = ["ana", "ben", "cara", "dev", "eli", "fay"]
scores = np.array([[88, 92, 79], [65, 70, 58], [94, 85, 99], [72, 68, 75], [55, 61, 49], [81, 90, 86]])
weights = np.array([0.3, 0.3, 0.4])
final = scores @ weights
print(final, final.dtype)
order = np.argsort(-final, kind="stable")
for rank, i in enumerate(order, 1):
    print(f"{rank}. {names[i]:<5} {final[i]:6.2f} {'pass' if final[i] >= 60 else 'fail'}")
print(np.percentile(final, [25, 50, 75]), np.median(scores, axis=0))
z = (scores - scores.mean(axis=0)) / scores.std(axis=0, ddof=1)
print(np.round(z, 3))
best = scores.argmax(axis=0)
print([names[i] for i in best], scores.max(axis=0), scores.min(axis=1))
bins = np.array([0, 60, 70, 80, 90, 101])
idx = np.digitize(final, bins) - 1
print(idx, idx.tolist())
counts = np.bincount(idx, minlength=5)
print(counts, counts.sum())
curved = np.clip(scores + 5, 0, 100)
print(curved.mean(axis=0).round(2), (curved >= 90).sum(), np.count_nonzero(curved < 60, axis=0))
ranked = np.empty_like(order)
ranked[order] = np.arange(1, len(order) + 1)
print(ranked, np.unique(scores // 10 * 10, return_counts=True))
