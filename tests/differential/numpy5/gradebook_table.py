# A gradebook: weighted scores per student, per-assignment stats, curving, letter grades via digitize.
import numpy as np

raw = np.array([[88, 92, 79, 65], [72, 68, 85, 90], [95, 98, 91, 88], [60, 55, 70, 62], [81, 77, 84, 79]])
weights = np.array([0.2, 0.2, 0.3, 0.3])
names = ["Avery", "Blake", "Casey", "Devon", "Emery"]
final = raw @ weights
print(final, final.dtype, final.round(1))
print(np.average(raw, axis=1, weights=weights))
print("per assignment mean", raw.mean(axis=0), "std", raw.std(axis=0).round(4))
print("max", raw.max(axis=0), "argmax", raw.argmax(axis=0), [names[i] for i in raw.argmax(axis=0)])
curve = 100 - raw.max(axis=0)
curved = np.minimum(raw + curve, 100)
print(curved)
z = (raw - raw.mean(axis=0)) / raw.std(axis=0)
print(z.round(2))
cut = np.array([60, 70, 80, 90])
letters = list("FDCBA")
idx = np.digitize(final, cut)
print(idx, [letters[i] for i in idx])
for n, f, l in zip(names, final, [letters[i] for i in idx]):
    print(f"{n:6s} {f:6.2f} {l}")
passed = final >= 70
print(passed, passed.sum(), np.array(names)[passed].tolist() if False else [n for n, p in zip(names, passed) if p])
print(np.round(np.corrcoef(raw.T)[0], 4))
rank = (-final).argsort().argsort() + 1
print(rank, dict(zip(names, rank.tolist())))
print(np.percentile(final, [25, 50, 75]), np.median(raw, axis=0))
improv = np.diff(raw, axis=1)
print(improv, improv.sum(axis=1), (improv > 0).all(axis=1))
best2 = np.sort(raw, axis=1)[:, -2:].mean(axis=1)
print(best2)
drop_low = (raw.sum(axis=1) - raw.min(axis=1)) / 3
print(drop_low.round(3))
print(np.where(raw < 65, 0, raw).sum(axis=0), np.clip(raw, 60, 90).mean())
table = np.column_stack([np.arange(1, 6), raw, final.round().astype(int)])
print(table)
print(table.shape, table.dtype, table[:, -1].tolist())
