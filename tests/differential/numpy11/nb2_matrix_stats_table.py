# A student x subject score matrix: standardising, ranking within columns, correlations, outliers.
import numpy as np

np.random.seed(31)
subjects = ["math", "phys", "chem", "bio", "lit"]
scores = np.clip(np.round(np.random.normal(65, 12, (12, 5))), 0, 100)
scores[:, 1] = np.clip(np.round(0.7 * scores[:, 0] + 0.3 * scores[:, 1]), 0, 100)
print(scores.astype(int))
print("subject means:", scores.mean(axis=0).round(3))
print("subject std:", scores.std(axis=0, ddof=1).round(3))
z = (scores - scores.mean(axis=0)) / scores.std(axis=0, ddof=1)
print("z row 0:", z[0].round(4))
col_rank = scores.argsort(axis=0, kind="stable").argsort(axis=0, kind="stable") + 1
print(col_rank)
total = scores.sum(axis=1)
order = np.argsort(-total, kind="stable")
print("leaderboard:", order[:5], total[order[:5]])
corr = np.corrcoef(scores, rowvar=False)
print(np.round(corr, 3))
iu = np.triu_indices(5, k=1)
k = np.argmax(corr[iu])
print("most correlated:", subjects[iu[0][k]], subjects[iu[1][k]], round(corr[iu][k], 4))
out = np.argwhere(np.abs(z) > 1.8)
for s, c in out:
    print(f"  student {s} {subjects[c]}: {scores[s, c]:.0f} (z={z[s, c]:+.2f})")
best = scores.argmax(axis=0)
print({subj: int(b) for subj, b in zip(subjects, best)})
passed = (scores >= 50).sum(axis=1)
print("subjects passed:", passed, np.bincount(passed.astype(int), minlength=6))
print("students passing all:", np.flatnonzero(passed == 5))
curve = np.where(scores < 50, scores + (50 - scores) * 0.5, scores)
print("curved means:", curve.mean(axis=0).round(3))
print("percentile ranks of student 3:", np.round([(scores[:, c] < scores[3, c]).mean() * 100 for c in range(5)], 2))
print("tril of cov:\n", np.round(np.tril(np.cov(scores, rowvar=False)), 2))
