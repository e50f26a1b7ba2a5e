# A notebook-like script: cells of exploratory analysis, printing intermediate values.
import math
import random
import statistics
from collections import Counter

# %% cell 1: data
random.seed(12)
heights = [round(random.gauss(170, 8), 1) for _ in range(40)]
ages = [random.randint(18, 70) for _ in range(40)]
print(heights[:6], ages[:6])

# %% cell 2: summary
summary = {
    "n": len(heights),
    "mean": statistics.mean(heights),
    "median": statistics.median(heights),
    "stdev": statistics.stdev(heights),
    "min": min(heights),
    "max": max(heights),
}
for k, v in summary.items():
    print(f"{k:>7}: {v:.3f}" if isinstance(v, float) else f"{k:>7}: {v}")

# %% cell 3: histogram
lo, hi, bins = 150, 190, 8
width = (hi - lo) / bins
counts = Counter(min(int((h - lo) // width), bins - 1) for h in heights if lo <= h < hi)
for b in range(bins):
    start = lo + b * width
    print(f"[{start:5.1f}, {start + width:5.1f}) {'#' * counts[b]:<12}{counts[b]}")

# %% cell 4: correlation by hand vs statistics
mx, my = statistics.fmean(heights), statistics.fmean(ages)
cov = sum((x - mx) * (y - my) for x, y in zip(heights, ages)) / (len(ages) - 1)
r = cov / (statistics.stdev(heights) * statistics.stdev(ages))
print(round(r, 10) == round(statistics.correlation(heights, ages), 10), f"{r:+.4f}")
slope, intercept = statistics.linear_regression(heights, ages)
print(f"age ~ {slope:.3f} * height + {intercept:.2f}")

# %% cell 5: buckets and z-scores
z = [(h - mx) / statistics.pstdev(heights) for h in heights]
outliers = [(i, h, round(zz, 2)) for i, (h, zz) in enumerate(zip(heights, z)) if abs(zz) > 1.8]
print(outliers)
decades = Counter(a // 10 * 10 for a in ages)
print(sorted(decades.items()), decades.most_common(1))
print(statistics.quantiles(heights, n=5), statistics.mode([a // 10 for a in ages]))

# %% cell 6: a quick simulation
def simulate(n, p, trials, rng):
    hits = [sum(rng.random() < p for _ in range(n)) for _ in range(trials)]
    return statistics.mean(hits), statistics.pvariance(hits)

rng = random.Random(99)
m, var = simulate(20, 0.3, 500, rng)
print(f"mean={m:.3f} (expect {20 * 0.3}), var={var:.3f} (expect {20 * 0.3 * 0.7:.1f})")
print(math.comb(20, 6) * 0.3 ** 6 * 0.7 ** 14, sum(math.comb(20, k) * 0.3 ** k * 0.7 ** (20 - k) for k in range(21)))
heights.sort()
print(heights[:3], heights[-3:], sum(heights) / len(heights) == statistics.fmean(heights))
