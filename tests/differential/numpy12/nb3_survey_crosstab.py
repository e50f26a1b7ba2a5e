# Survey crosstabs from integer codes: add.at contingency tables, expected counts via outer, chi-square, Likert stats.
import numpy as np

rng = np.random.default_rng(4242)
n = 400
group = rng.integers(0, 3, n)
answer = np.clip(np.round(rng.normal(3 + 0.4 * (group - 1), 1.0)), 1, 5).astype(int)
age = rng.integers(18, 80, n)
tab = np.zeros((3, 5), dtype=int)
np.add.at(tab, (group, answer - 1), 1)
print(tab)
row = tab.sum(axis=1)
col = tab.sum(axis=0)
print(row, col, tab.sum())
expected = np.outer(row, col) / tab.sum()
np.set_printoptions(precision=3, suppress=True)
print(expected)
chi2 = ((tab - expected) ** 2 / expected).sum()
dof = (tab.shape[0] - 1) * (tab.shape[1] - 1)
print("chi2 %.5f dof %d" % (chi2, dof))
cramer = np.sqrt(chi2 / (tab.sum() * (min(tab.shape) - 1)))
print("cramer v %.5f" % cramer)
pct = tab / row[:, None] * 100
print(np.round(pct, 1))
print("top-2-box:", np.round(pct[:, 3:].sum(axis=1), 2))
means = np.array([answer[group == g].mean() for g in range(3)])
sds = np.array([answer[group == g].std(ddof=1) for g in range(3)])
print("means:", means, "sds:", sds)
scores = np.arange(1, 6)
print(np.allclose(means, tab @ scores / row))
meds = [np.median(answer[group == g]) for g in range(3)]
print("medians:", meds)
bins = [18, 30, 45, 60, 80]
ag = np.digitize(age, bins[1:-1])
at = np.zeros((4, 5), dtype=int)
np.add.at(at, (ag, answer - 1), 1)
print(at)
print("age band means:", np.round(at @ scores / at.sum(axis=1), 4))
r = np.corrcoef(age, answer)[0, 1]
print("corr age/answer %.5f" % r)
rank_age = age.argsort(kind="stable").argsort(kind="stable")
rank_ans = answer.argsort(kind="stable").argsort(kind="stable")
print("rank corr (ordinal ranks) %.5f" % np.corrcoef(rank_age, rank_ans)[0, 1])
nps = (np.mean(answer == 5) - np.mean(answer <= 3)) * 100
print("net score %.2f" % nps)
u, inv, cnt = np.unique(answer, return_inverse=True, return_counts=True)
print(u, cnt, inv[:10])
mode_by_group = np.array([np.bincount(answer[group == g], minlength=6).argmax() for g in range(3)])
print("modes:", mode_by_group)
