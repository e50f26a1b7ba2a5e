# statistics: averages, spread, quantiles, modes and NormalDist, with exact CPython results.
import statistics as st
from fractions import Fraction

samples = [
    [1, 2, 3, 4], [1, 2, 3], [2.5, 3.25, 5.5, 11.25], [1, 2.5], [0.1, 0.2, 0.3], [1e50, 1, -1e50] * 3,
    [Fraction(1, 3), Fraction(2, 7), Fraction(5, 11)], [True, False, True], [3], [-1.5, 2, Fraction(1, 2)] if False else [-1.5, 2, 7],
    [1.1, 2.2, 3.3, 4.4, 5.5, 6.6], [10**20, 10**20 + 1, 10**20 + 2], [0.1] * 10,
]
for data in samples:
    print(data[:4], st.mean(data), st.fmean(data), st.median(data), st.median_low(data), st.median_high(data))
    if len(data) > 1:
        print("  var", st.variance(data), st.pvariance(data), st.stdev(data), st.pstdev(data))
print(st.mean([Fraction(1, 2), 1]), st.mean([1, Fraction(1, 2), 0.5]), type(st.mean([1, 2])).__name__, type(st.mean([1, 3])).__name__)
print(st.variance([Fraction(1, 2), Fraction(3, 4), 1]), st.pvariance([1, 2, 3, 4], mu=2.5), st.variance([1, 2, 3, 4], 2.5), st.stdev([1.5, 2.5], xbar=2))
print(st.mean([1, float("inf")]), st.mean([float("inf"), float("-inf")]), st.fmean([1, 2, 3], weights=[3, 2, 1]), st.fmean(iter([1.5, 2.5])))
print(st.geometric_mean([54, 24, 36]), st.geometric_mean([1.5, 2]), st.harmonic_mean([40, 60]), st.harmonic_mean([40, 60], weights=[5, 30]), st.harmonic_mean([2.5, 3, 10, 0]))
print(st.harmonic_mean([1, Fraction(1, 2)]), st.harmonic_mean([7]), st.median([1, 3, 5, 7]), st.median([Fraction(1, 2), Fraction(1, 3)]), st.median(["a", "c", "b"]))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]), st.median_grouped([1, 3, 3, 5, 7], interval=2))
print(st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode(["red", "blue", "blue", "red", "green", "red", "red"]), st.mode("aabbbbbbbbcc"), st.mode([1, 2, 2, 1]))
print(st.multimode("aabbbbccddddeeffffgg"), st.multimode([]), st.multimode([1.0, 1, True, 2]))
data = [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104]
print([round(q, 1) for q in st.quantiles(data, n=10)], st.quantiles(data), st.quantiles([1, 2], n=3), st.quantiles(data, n=4, method="inclusive"))
print(st.quantiles([Fraction(1), Fraction(2), Fraction(4)], n=4), st.quantiles([1.5, 2.5, 3.5], n=1))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, x[::-1]), st.correlation(x, y), st.linear_regression(x, [2 * v + 1 for v in x]))
lr = st.linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 9, 12], proportional=True)
print(lr, lr.slope, lr.intercept, tuple(lr))

nd = st.NormalDist(100, 15)
print(nd, nd.mean, nd.median, nd.mode, nd.stdev, nd.variance, repr(st.NormalDist()))
print(nd.pdf(100), nd.pdf(130), nd.cdf(100), nd.cdf(130), nd.inv_cdf(0.95), nd.inv_cdf(0.001), nd.zscore(130))
print([round(q, 3) for q in nd.quantiles()], nd.quantiles(3), nd.overlap(st.NormalDist(110, 10)), nd.overlap(st.NormalDist(90, 15)))
print(nd + 10, nd - 5, nd * 2, nd / 3, -nd, +nd, 10 + nd, 200 - nd, 3 * nd, nd + st.NormalDist(0, 20), nd == st.NormalDist(100.0, 15.0))
fs = st.NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5])
print(fs, round(fs.mean, 10), len(nd.samples(5, seed=42)), nd.samples(3, seed=1) == nd.samples(3, seed=1))
print(hash(nd) == hash(st.NormalDist(100.0, 15.0)), st.NormalDist(0, 1).inv_cdf(0.5), st.NormalDist(0, 1).cdf(1.96))

for f in [lambda: st.mean([]), lambda: st.median([]), lambda: st.variance([1]), lambda: st.stdev([]), lambda: st.pvariance([]), lambda: st.mode([]),
          lambda: st.quantiles([1]), lambda: st.quantiles([1, 2], n=0), lambda: st.harmonic_mean([-1, 2]), lambda: st.harmonic_mean([]),
          lambda: st.geometric_mean([0, 1]), lambda: st.correlation([1, 1], [1, 2]), lambda: st.covariance([1], [1]), lambda: st.linear_regression([1, 1], [1, 2]),
          lambda: st.NormalDist(0, -1), lambda: st.NormalDist(0, 0).pdf(1), lambda: st.NormalDist().inv_cdf(1.5), lambda: st.fmean([]),
          lambda: st.fmean([1, 2], weights=[1]), lambda: st.covariance([1, 2], [1])]:
    try:
        print(f())
    except st.StatisticsError as e:
        print("StatisticsError:", e)
for f in [lambda: st.mean(["a", "b"]), lambda: st.quantiles([1, 2], method="x"), lambda: st.mean([1, "2"])]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(issubclass(st.StatisticsError, ValueError))
