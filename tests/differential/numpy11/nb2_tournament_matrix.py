# A round-robin tournament: results matrix, points, tie-breaks with lexsort, head-to-head.
import numpy as np

teams = ["Ajax", "Benf", "Celt", "Dyna", "Ever", "Fior"]
rng = np.random.default_rng(17)
n = len(teams)
goals = rng.poisson(1.4, size=(n, n))
np.fill_diagonal(goals, 0)
print(goals)
gf = np.triu(goals, 1) + np.tril(goals, -1)
ga = goals.T
win = (goals > ga)
draw = (goals == ga) & ~np.eye(n, dtype=bool)
points = 3 * win.sum(axis=1) + draw.sum(axis=1)
print("wins:", win.sum(axis=1), "draws:", draw.sum(axis=1), "losses:", (goals < ga).sum(axis=1))
print("points:", points)
diffs = goals.sum(axis=1) - goals.sum(axis=0)
print("goal diff:", diffs, "scored:", goals.sum(axis=1))
order = np.lexsort((-goals.sum(axis=1), -diffs, -points))
print("table:")
for pos, i in enumerate(order, 1):
    print(f"{pos}. {teams[i]:5s} {points[i]:3d} {diffs[i]:+3d} {goals[i].sum():3d}")
print("total goals:", goals.sum(), "mean per match %.4f" % (goals.sum() / (n * (n - 1) / 2)))
print("biggest win:", np.unravel_index(np.argmax(goals - ga), goals.shape), (goals - ga).max())
print("clean sheets:", (ga == 0).sum(axis=1) - 1)
h2h = np.sign(goals - ga)
print(h2h)
print("symmetric antisymmetry:", np.array_equal(h2h, -h2h.T), gf.shape)
ranks = np.empty(n, dtype=int)
ranks[order] = np.arange(1, n + 1)
print("ranks:", ranks)
print("unbeaten:", [teams[i] for i in np.flatnonzero((goals < ga).sum(axis=1) == 0)])
