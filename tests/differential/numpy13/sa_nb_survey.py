# Notebook: survey answers as labels, grouped counts and a summary table.
import numpy as np

ages = np.array([23, 35, 47, 19, 62, 33, 28, 51, 44, 70, 38, 25])
answers = np.array(["yes", "no", "yes", "yes", "no", "maybe", "yes", "no", "maybe", "yes", "no", "yes"])
group = np.where(ages < 30, "young", np.where(ages < 50, "middle", "senior"))
print(group)
for g in np.unique(group):
    sel = group == g
    vals, counts = np.unique(answers[sel], return_counts=True)
    summary = ", ".join(f"{v}={c}" for v, c in zip(vals, counts))
    print(f"{g:>7}: n={sel.sum()} mean age={ages[sel].mean():.1f} [{summary}]")
yes_rate = (answers == "yes").mean()
print(f"overall yes rate: {yes_rate:.3f}")
order = np.argsort(group, kind="stable")
print(group[order])
print(ages[order])
table = np.column_stack([group, answers])
print(table[:4])
print(table.shape, table.dtype)
