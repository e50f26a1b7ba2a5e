# Gradebook: weighted averages, curving with percentiles, ranks with argsort, per-student reports.
import numpy as np

rng = np.random.RandomState(8)
students = 10
hw = np.round(rng.uniform(55, 100, (students, 5)), 1)
exams = np.round(rng.normal(72, 12, (students, 2)).clip(0, 100), 1)
w_hw, w_ex = 0.4, 0.6
hw_drop = np.sort(hw, axis=1)[:, 1:]
hw_avg = hw_drop.mean(axis=1)
ex_avg = np.average(exams, axis=1, weights=[0.4, 0.6])
final = w_hw * hw_avg + w_ex * ex_avg
print(np.round(final, 3))
z = (final - final.mean()) / final.std(ddof=1)
curve = np.clip(final + (75 - np.median(final)), 0, 100)
ranks = (-final).argsort().argsort() + 1
cuts = np.percentile(curve, [20, 40, 60, 80])
letter_idx = np.searchsorted(cuts, curve, side="right")
letters = "FDCBA"
print("cuts:", np.round(cuts, 3))
for s in np.argsort(ranks):
    print(f"S{s:02d} hw={hw_avg[s]:6.2f} ex={ex_avg[s]:6.2f} final={final[s]:6.2f} z={z[s]:+.2f} "
          f"curved={curve[s]:6.2f} rank={ranks[s]:2d} grade={letters[letter_idx[s]]}")
print("grade counts:", np.bincount(letter_idx, minlength=5))
print("hw best per assignment:", hw.argmax(axis=0), hw.max(axis=0))
print("assignment means:", np.round(hw.mean(axis=0), 3))
print("assignment std:", np.round(hw.std(axis=0, ddof=1), 3))
corr = np.corrcoef(hw_avg, ex_avg)[0, 1]
print("corr hw/exam: %.5f" % corr)
improved = exams[:, 1] > exams[:, 0]
print("improved:", np.flatnonzero(improved), improved.mean())
delta = np.diff(exams, axis=1).ravel()
print("delta:", delta, "mean %.3f" % delta.mean())
top3 = np.argsort(final)[::-1][:3]
print("top3:", top3, np.round(final[top3], 2))
print("passed (>=60):", np.sum(final >= 60), "of", students)
table = np.column_stack([np.arange(students), np.round(final, 1), ranks])
print(table[np.argsort(table[:, 2])][:4])
np.set_printoptions(precision=1, suppress=True)
print(hw)
print(exams.T)
print(np.round(np.cov(hw.T)[:2, :2], 2))
