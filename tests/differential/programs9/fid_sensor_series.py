"""Time series of sensor readings: datetime steps, moving averages, anomalies, summaries."""
from datetime import datetime, timedelta
from collections import deque
import statistics
import math
import random

random.seed(42)
start = datetime(2024, 3, 10, 0, 0)
readings = []
for i in range(48):
    t = start + timedelta(minutes=30 * i)
    base = 20 + 5 * math.sin(2 * math.pi * i / 48)
    noise = random.gauss(0, 0.4)
    spike = 6.5 if i in (17, 33) else 0.0
    readings.append((t, round(base + noise + spike, 2)))
readings[40] = (readings[40][0], None)


def moving_average(values, n):
    window = deque(maxlen=n)
    for v in values:
        if v is None:
            yield None
            continue
        window.append(v)
        yield sum(window) / len(window)


vals = [v for _, v in readings]
ma = list(moving_average(vals, 4))
clean = [v for v in vals if v is not None]
mean, sd = statistics.mean(clean), statistics.pstdev(clean)
print(f"n={len(clean)} mean={mean:.3f} sd={sd:.3f} median={statistics.median(clean)} range=({min(clean)}, {max(clean)})")
print(f"{'time':<17}{'value':>7}{'ma4':>8}{'z':>7}  flag")
for (t, v), m in zip(readings, ma):
    if t.minute != 0 or t.hour % 3 and v is not None and abs(v - mean) < 2 * sd:
        continue
    if v is None:
        print(f"{t:%Y-%m-%d %H:%M}{'--':>7}{'':>8}{'':>7}  missing")
        continue
    z = (v - mean) / sd
    print(f"{t:%Y-%m-%d %H:%M}{v:>7.2f}{m:>8.2f}{z:>+7.2f}  {'ANOMALY' if abs(z) > 2 else ''}")

hourly = {}
for t, v in readings:
    if v is not None:
        hourly.setdefault(t.replace(minute=0), []).append(v)
peak = max(hourly, key=lambda h: statistics.mean(hourly[h]))
print("peak hour:", peak.strftime("%H:%M"), round(statistics.mean(hourly[peak]), 3))
by_6h = {}
for t, v in readings:
    key = t.replace(hour=t.hour // 6 * 6, minute=0)
    by_6h.setdefault(key, []).append(v)
for k, vs in sorted(by_6h.items()):
    present = [x for x in vs if x is not None]
    print(f"{k:%d %H}h: n={len(present)}/{len(vs)} mean={statistics.fmean(present):.2f} q={[round(q, 2) for q in statistics.quantiles(present, n=4)]}")
diffs = [b - a for a, b in zip(clean, clean[1:])]
print("largest jump:", round(max(diffs, key=abs), 2), "at index", max(range(len(diffs)), key=lambda i: abs(diffs[i])))
print(round(statistics.variance(clean), 4), round(statistics.harmonic_mean([1, 2, 4]), 6), statistics.median_low([1, 3, 5, 7]), statistics.median_high([1, 3, 5, 7]))
print(round(statistics.correlation(list(range(len(clean))), clean), 6), statistics.multimode("aabbc"))
slope, intercept = statistics.linear_regression([1, 2, 3, 4], [2.1, 3.9, 6.2, 7.8])
print(round(slope, 6), round(intercept, 6))
gap = readings[-1][0] - readings[0][0]
print(gap, gap.total_seconds() / 3600, readings[-1][0].isoformat(), (readings[5][0] - readings[2][0]) // timedelta(minutes=1))
