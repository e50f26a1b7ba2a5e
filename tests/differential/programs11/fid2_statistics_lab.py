import statistics as st
from statistics import NormalDist
import math

temps = [21.5, 22.1, 19.8, 23.4, 22.1, 20.9, 25.0, 22.1, 18.7, 21.0]
print("mean", st.mean(temps), "fmean", round(st.fmean(temps), 6))
print("median", st.median(temps), st.median_low(temps), st.median_high(temps), st.median_grouped([1, 2, 2, 3, 4]))
print("mode", st.mode(temps), st.multimode("aabbbcccc"), st.multimode([1, 1, 2, 2]))
print("stdev", round(st.stdev(temps), 6), round(st.pstdev(temps), 6), round(st.variance(temps), 6), round(st.pvariance(temps), 6))
print("quantiles", st.quantiles(temps), st.quantiles(temps, n=10, method="inclusive"))
print("geo", round(st.geometric_mean([1, 2, 4, 8]), 9), "harm", st.harmonic_mean([40, 60]), st.harmonic_mean([1, 2, 4], weights=[1, 1, 2]))
x = [1, 2, 3, 4, 5, 6]
y = [2.1, 3.9, 6.2, 7.8, 10.1, 12.2]
print("corr", round(st.correlation(x, y), 9), "cov", round(st.covariance(x, y), 9))
lr = st.linear_regression(x, y)
print("slope", round(lr.slope, 9), "intercept", round(lr.intercept, 9))
print(st.mean([1, 2, 3]), st.mean([1.0, 2, 3]), st.median([3, 1, 2, 4]), st.mean([0.1, 0.2]))
from fractions import Fraction
from decimal import Decimal
print(st.mean([Fraction(1, 3), Fraction(1, 6)]), st.mean([Decimal("1.1"), Decimal("2.2")]), st.variance([Fraction(1), Fraction(2), Fraction(4)]))
for bad in ([], [1]):
    for fn in (st.mean, st.stdev, st.mode):
        try:
            print(fn.__name__, fn(bad))
        except st.StatisticsError as e:
            print(fn.__name__, "StatisticsError:", e)

iq = NormalDist(100, 15)
print(iq, iq.mean, iq.stdev, iq.variance)
print(round(iq.cdf(130), 6), round(iq.pdf(100), 8), round(iq.inv_cdf(0.975), 6))
print([round(q, 3) for q in iq.quantiles(4)], round(iq.overlap(NormalDist(110, 15)), 6), round(iq.zscore(85), 6))
fit = NormalDist.from_samples(temps)
print(round(fit.mean, 6), round(fit.stdev, 6))
combined = NormalDist(10, 2) + NormalDist(5, 1)
print(combined, NormalDist(10, 2) * 3, NormalDist(1, 1) == NormalDist(1, 1))

buckets = {}
for t in temps:
    buckets.setdefault(math.floor(t), []).append(t)
for k in sorted(buckets):
    bar = "#" * len(buckets[k])
    print(f"{k:>3}-{k + 1:<3} {bar:<4} {st.mean(buckets[k]):.2f}")
z = [(t - st.mean(temps)) / st.stdev(temps) for t in temps]
print([f"{v:+.2f}" for v in z])
print(math.isclose(sum(z), 0, abs_tol=1e-9), math.fsum(temps), sum(temps))
