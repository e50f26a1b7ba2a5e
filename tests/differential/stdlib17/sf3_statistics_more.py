"""statistics: fmean with weights, geometric_mean, harmonic_mean with weights, multimode, pvariance/variance of Fractions and Decimals, quantiles, NormalDist, correlation/regression."""
import statistics as st
from decimal import Decimal
from fractions import Fraction

data = [2.5, 3.25, 5.5, 11.25, 11.75]
print(st.mean(data), st.fmean(data), st.fmean([1, 2, 3], weights=[3, 2, 1]), st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]))
print(st.harmonic_mean([40, 60], weights=[5, 30]), st.harmonic_mean([2.5, 3, 10]), st.geometric_mean([1.5, 2.25]))
print(st.median([1, 3, 5, 7]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=2))
print(st.mode("aabbbc"), st.multimode("aabbcc"), st.multimode([]), st.multimode([1, 1, 2, 2, 3]), st.mode([1.5, 1.5, 2]))
fr = [Fraction(1, 2), Fraction(1, 3), Fraction(3, 4), Fraction(1, 6)]
print(st.mean(fr), st.median(fr), st.pvariance(fr), st.variance(fr), st.pstdev([Fraction(1), Fraction(3)]), st.fmean(fr))
dec = [Decimal("1.5"), Decimal("2.25"), Decimal("3.0"), Decimal("4.75")]
print(st.mean(dec), st.median(dec), st.pvariance(dec), st.variance(dec), st.stdev(dec), st.pstdev(dec))
ints = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
print(st.variance(ints), st.pvariance(ints), st.stdev(ints), st.pstdev(ints), st.variance(ints, 5.5), st.pvariance([1.5, 2.5], mu=2))
print(st.quantiles(ints), st.quantiles(ints, n=10), st.quantiles(ints, n=4, method="inclusive"), st.quantiles([1, 2], n=3))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, x), round(st.correlation(x, y), 12), st.linear_regression(x, [2 * v + 1 for v in x]))
lr = st.linear_regression([1, 2, 3, 4], [2.1, 3.9, 6.2, 7.8])
print(lr, lr.slope, lr.intercept, st.linear_regression([1, 2, 3], [2, 4, 6], proportional=True))
for bad in [lambda: st.mean([]), lambda: st.variance([1]), lambda: st.harmonic_mean([-1, 2]), lambda: st.geometric_mean([0, 1]), lambda: st.correlation([1, 1], [1, 2]), lambda: st.quantiles([1], n=4), lambda: st.stdev([]), lambda: st.linear_regression([1, 1], [1, 2]), lambda: st.fmean([1, 2], weights=[0, 0])]:
    try:
        print(bad())
    except (st.StatisticsError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
nd = st.NormalDist(100, 15)
print(nd, nd.mean, nd.stdev, nd.variance, nd.median, nd.mode, round(nd.cdf(130), 12), round(nd.pdf(100), 14), nd.inv_cdf(0.975))
print([round(q, 6) for q in nd.quantiles(4)], round(nd.overlap(st.NormalDist(110, 10)), 12), round(nd.zscore(85), 12))
a, b = st.NormalDist(10, 2), st.NormalDist(5, 1)
print(a + b, a - b, a * 3, a / 2, a + 5, -a, a == st.NormalDist(10, 2), st.NormalDist.from_samples([2, 4, 4, 4, 5, 5, 7, 9]))
samples = st.NormalDist(0, 1).samples(3, seed=42)
print([round(s, 12) for s in samples])
print(st.mean([True, False, True]), st.mean([1, 2.5]), type(st.mean([1, 2])).__name__, type(st.mean([Fraction(1), 2])).__name__, st.mean(range(7)))
print(st.median([]) if False else st.median(iter([3, 1, 2])), st.mode(["red", "blue", "red"]), st.pvariance(range(5)))
