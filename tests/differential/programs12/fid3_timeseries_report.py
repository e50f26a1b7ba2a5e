import statistics
from datetime import date, timedelta
from itertools import islice, accumulate, groupby

readings = [12.1, 12.4, 13.0, 14.2, 13.8, 15.1, 16.0, 15.7, 14.9, 17.2, 18.8, 18.1, 16.4, 15.0, 14.2, 19.5, 21.0, 20.3, 18.7, 17.9, 16.8]
start = date(2024, 6, 1)
days = [start + timedelta(days=i) for i in range(len(readings))]


def moving_average(xs, n):
    it = iter(xs)
    window = list(islice(it, n))
    if len(window) == n:
        yield sum(window) / n
    for x in it:
        window = window[1:] + [x]
        yield sum(window) / n


def zscores(xs):
    mu, sd = statistics.mean(xs), statistics.stdev(xs)
    return [(x - mu) / sd for x in xs]


ma = list(moving_average(readings, 7))
z = zscores(readings)
print(f"{'date':<10} {'temp':>5} {'ma7':>6} {'z':>6} {'delta':>6}")
prev = None
for i, (d, t) in enumerate(zip(days, readings)):
    m = ma[i - 6] if i >= 6 else None
    delta = "" if prev is None else f"{t - prev:+.1f}"
    flag = " !" if abs(z[i]) > 1.5 else ""
    print(f"{d:%m-%d %a} {t:>5.1f} {m if m is None else round(m, 2)!s:>6} {z[i]:>6.2f} {delta:>6}{flag}")
    prev = t
print("mean", round(statistics.mean(readings), 3), "median", statistics.median(readings), "pstdev", round(statistics.pstdev(readings), 4))
print("quartiles", [round(q, 3) for q in statistics.quantiles(readings, n=4)], "deciles", [round(q, 2) for q in statistics.quantiles(readings, n=10, method="inclusive")][:3])
weeks = groupby(zip(days, readings), key=lambda p: p[0].isocalendar()[1])
for wk, grp in weeks:
    vals = [t for _, t in grp]
    print(f"week {wk}: n={len(vals)} min={min(vals)} max={max(vals)} avg={statistics.fmean(vals):.2f}")
run_max = list(accumulate(readings, max))
records = [d.isoformat() for d, t, m in zip(days, readings, [None] + run_max) if m is not None and t > m]
print("new records on", records)
streak = best = 0
for a, b in zip(readings, readings[1:]):
    streak = streak + 1 if b > a else 0
    best = max(best, streak)
print("longest warming streak", best)
slope, intercept = statistics.linear_regression(range(len(readings)), readings)
print(f"trend {slope:+.4f}/day, intercept {intercept:.3f}, forecast {intercept + slope * 25:.2f}")
print(f"corr {statistics.correlation(range(len(readings)), readings):.5f}", statistics.mode([round(r) for r in readings]), statistics.multimode([round(r) for r in readings]))
hist = {}
for r in readings:
    b = int(r // 2 * 2)
    hist[b] = hist.get(b, 0) + 1
for b in sorted(hist):
    print(f"{b:>2}-{b + 2:<2} {'*' * hist[b]}")
