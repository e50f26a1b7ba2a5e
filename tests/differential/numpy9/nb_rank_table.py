# Ranking tables with argsort: leaderboard, ties, top-k per column.
import numpy as np

names = ["ana", "ben", "cai", "dee", "eli", "fay", "gus", "hal"]
points = np.array([34, 51, 34, 72, 18, 51, 66, 40])
order = np.argsort(-points, kind="stable")
print("order:", order)
for rank, i in enumerate(order, start=1):
    print(f"{rank:2d}. {names[i]:<4} {points[i]:3d}")

ranks = np.empty_like(order)
ranks[order] = np.arange(1, len(points) + 1)
print("ranks:", ranks)
dense = np.unique(-points, return_inverse=True)[1] + 1
print("dense ranks:", dense)
print("argsort of argsort:", np.argsort(np.argsort(points, kind="stable")))
print("sorted:", np.sort(points), "desc:", np.sort(points)[::-1])
top3 = np.argpartition(points, -3)[-3:]
print("top3 set:", sorted(top3.tolist()))
print("searchsorted 50:", np.searchsorted(np.sort(points), 50), np.searchsorted(np.sort(points), 51, side="right"))

scores = np.array([[88, 92, 79], [95, 70, 85], [70, 88, 91], [82, 95, 60], [91, 81, 77]])
best_per_subject = np.argmax(scores, axis=0)
print("best per subject:", [names[i] for i in best_per_subject])
col_order = np.argsort(scores, axis=0)
print(col_order)
row_sorted = np.sort(scores, axis=1)
print(row_sorted)
total = scores.sum(axis=1)
lex = np.lexsort((scores[:, 0], total))
print("lexsort:", lex)
print("median per subject:", np.median(scores, axis=0))
pct_rank = (np.argsort(np.argsort(total)) + 1) / len(total) * 100
print("percentile ranks:", pct_rank)
print("ties present:", len(np.unique(points)) < len(points))
