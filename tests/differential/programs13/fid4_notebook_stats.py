# A notebook-style analysis cell: grouping, statistics, Counter ties, formatted table.
import statistics as st
from collections import Counter, defaultdict
from itertools import groupby
from operator import itemgetter

rows = [
    ("north", "apples", 12, 0.5), ("south", "pears", 7, 0.75), ("north", "pears", 3, 0.8),
    ("east", "apples", 12, 0.45), ("south", "apples", 5, 0.55), ("east", "plums", 9, 1.2),
    ("north", "plums", 1, 1.25), ("west", "apples", 12, 0.5), ("west", "pears", 7, 0.7),
]
qty = [r[2] for r in rows]
print("mean", st.mean(qty), "median", st.median(qty), "mode", st.mode(qty), "multimode", st.multimode(qty))
print("pstdev", round(st.pstdev(qty), 6), "stdev", round(st.stdev(qty), 6), "var", round(st.variance(qty), 6))
print("quantiles", st.quantiles(qty, n=4), "fmean", st.fmean([r[3] for r in rows]))
c = Counter(r[1] for r in rows)
print(c, c.most_common(2), c.most_common()[-1], sorted(c.elements())[:4])
c2 = Counter(r[2] for r in rows)
print(c2.most_common(3), c2 + Counter({12: -5}), c2 - Counter({12: 1}), (c2 & Counter({7: 1})), c2.total())
by_region = defaultdict(list)
for region, fruit, n, price in rows:
    by_region[region].append(n * price)
for region, vals in sorted(by_region.items(), key=lambda kv: -sum(kv[1])):
    print(f"{region:>6} | {len(vals)} | {sum(vals):7.3f} | {max(vals):6.2f}")
srt = sorted(rows, key=itemgetter(1, 0))
for fruit, grp in groupby(srt, key=itemgetter(1)):
    g = list(grp)
    print(fruit, [x[0] for x in g], sum(x[2] for x in g))
table = [("region", "revenue")] + [(r, f"{sum(v):.2f}") for r, v in sorted(by_region.items())]
w = max(len(a) for a, _ in table)
for a, b in table:
    print(f"{a:<{w}} {b:>8}")
print(f"{'total':<{w}} {sum(map(sum, by_region.values())):>8.2f}")
try:
    st.mean([])
except st.StatisticsError as e:
    print("StatisticsError:", e)
try:
    st.stdev([1])
except st.StatisticsError as e:
    print("StatisticsError:", e)
print(st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.harmonic_mean([1, 2, 4]), st.geometric_mean([1, 4]))
