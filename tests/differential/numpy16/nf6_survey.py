# Survey notebook: Likert answers, cross tabulation, weighted means, missing codes.
import numpy as np

answers = np.array([
    [5, 4, 3, 9, 2],
    [4, 4, 9, 3, 3],
    [2, 1, 2, 2, 1],
    [5, 5, 4, 5, 9],
    [3, 9, 3, 4, 3],
    [1, 2, 1, 9, 2],
    [4, 3, 4, 4, 5],
])
group = np.array([0, 1, 0, 1, 1, 0, 1])
weight = np.array([1.0, 0.5, 2.0, 1.0, 1.5, 1.0, 0.75])
valid = answers != 9
clean = np.where(valid, answers, 0)
print(valid.sum(axis=0), valid.all(axis=1))
item_mean = clean.sum(axis=0) / valid.sum(axis=0)
print(item_mean)
resp = np.where(valid, answers.astype(float), np.nan)
print(np.nanmean(resp, axis=1), np.nanmedian(resp, axis=0))
wm = np.nansum(resp * weight[:, None], axis=0) / np.sum(valid * weight[:, None], axis=0)
print(wm)
for g in (0, 1):
    sel = resp[group == g]
    print(g, np.round(np.nanmean(sel, axis=0), 4), np.nanstd(sel, axis=0, ddof=1))
levels = np.arange(1, 6)
ct = np.array([[np.sum((answers[:, 0] == lv) & (group == g)) for lv in levels] for g in (0, 1)])
print(ct, ct.sum(axis=0), ct.sum(axis=1))
expected = np.outer(ct.sum(axis=1), ct.sum(axis=0)) / ct.sum()
print(np.round(expected, 4))
with np.errstate(divide="ignore", invalid="ignore"):
    chi = np.where(expected > 0, (ct - expected) ** 2 / expected, 0).sum()
print(chi)
counts = np.apply_along_axis(lambda c: np.bincount(c, minlength=10)[1:6], 0, answers)
print(counts)
top2 = (answers >= 4).sum(axis=0) / valid.sum(axis=0)
print(np.round(top2 * 100, 1))
r = np.corrcoef(np.nan_to_num(resp, nan=3.0).T)
print(np.round(r, 3))
rev = np.where(valid, 6 - answers, 9)
print(rev[:, [1, 3]])
score = np.nanmean(np.where(valid, answers, np.nan)[:, [0, 2, 4]], axis=1)
print(score, np.argsort(-score, kind="stable"), np.digitize(score, [2.5, 3.5]))
print(np.histogram(answers[valid], bins=np.arange(0.5, 6.5))[0])
print(np.unique(answers, return_counts=True))
print(np.round(np.average(clean, axis=0, weights=weight * valid[:, 0]), 4))
