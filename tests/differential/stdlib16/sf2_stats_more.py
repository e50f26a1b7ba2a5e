"""statistics: every function's digits, the errors, NormalDist."""
import statistics as st
from fractions import Fraction
from decimal import Decimal

data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
ints = [1, 3, 3, 4, 7, 8, 8, 8, 10]
print(st.mean(data), st.fmean(data), st.mean(ints), st.fmean(ints, weights=range(1, 10)))
print(st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([40, 60], weights=[5, 30]))
print(st.median(ints), st.median(data), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5], interval=2))
print(st.mode(ints), st.mode("aabbbcc"), st.multimode("aabbcc"), st.multimode([]), st.mode([1.5, 1.5, 2]))
print(st.pstdev(ints), st.stdev(ints), st.pvariance(ints), st.variance(ints))
print(st.variance(data), st.stdev(data), st.pvariance(data, mu=st.mean(data)))
print(st.variance([Fraction(1, 2), Fraction(3, 4), Fraction(5, 4)]), st.mean([Fraction(1, 3), Fraction(2, 3)]))
print(st.variance([Decimal("1.5"), Decimal("2.5"), Decimal("4")]), st.mean([Decimal("0.1"), Decimal("0.2")]))
print(st.median([Fraction(1, 3), Fraction(1, 2)]), st.stdev([Decimal("1"), Decimal("2"), Decimal("4")]))
print(st.quantiles(ints), st.quantiles(ints, n=10), st.quantiles(ints, n=4, method="inclusive"))
print(st.quantiles(data, n=5), st.quantiles([1, 2], n=3))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, y), st.correlation(x, [2 * v + 1 for v in x]))
print(st.linear_regression(x, y), st.linear_regression(x, [3 * v for v in x], proportional=True))
lr = st.linear_regression([1990, 1991, 1992, 1993], [11, 13, 17, 19])
print(lr.slope, lr.intercept, round(lr.slope * 2019 + lr.intercept))
for f, args in [(st.mean, ([],)), (st.stdev, ([1],)), (st.variance, ([],)), (st.mode, ([],)), (st.median, ([],)),
                (st.geometric_mean, ([1, -1],)), (st.harmonic_mean, ([1, -1],)), (st.quantiles, ([1],)),
                (st.quantiles, ([1, 2], 0)), (st.correlation, ([1, 2], [1])), (st.correlation, ([1, 1], [1, 2])),
                (st.linear_regression, ([1, 1], [1, 2])), (st.covariance, ([1], [1])), (st.fmean, ([],)),
                (st.quantiles, ([1, 2, 3], 4, "bogus"))]:
    try:
        print(f.__name__, f(*args))
    except st.StatisticsError as e:
        print(f.__name__, "StatisticsError:", e)
    except Exception as e:
        print(f.__name__, type(e).__name__ + ":", e)
try:
    st.mean(["a", "b"])
except TypeError as e:
    print("TypeError:", e)
N = st.NormalDist(100, 15)
print(N, repr(N), N.mean, N.median, N.mode, N.stdev, N.variance)
print(N.cdf(130), N.pdf(100), N.inv_cdf(0.975), N.zscore(85), N.quantiles(), N.quantiles(10)[:3])
print(N.overlap(st.NormalDist(110, 10)), (N + 5), (N * 2), (N - st.NormalDist(0, 20)), N / 3, 10 - N, -N)
print(N == st.NormalDist(100, 15), st.NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]))
print([round(v, 9) for v in N.samples(4, seed=42)])
try:
    st.NormalDist(0, -1)
except st.StatisticsError as e:
    print("StatisticsError:", e)
try:
    N.inv_cdf(1.0)
except st.StatisticsError as e:
    print("StatisticsError:", e)
try:
    st.NormalDist(1, 0).cdf(1)
except st.StatisticsError as e:
    print("StatisticsError:", e)
print(st.NormalDist().cdf(0), st.NormalDist().inv_cdf(0.5), st.NormalDist().pdf(1))
scores = {"ann": [88, 92, 79], "bo": [65, 70, 71, 68], "cy": [99]}
for name, s in scores.items():
    sd = st.stdev(s) if len(s) > 1 else float("nan")
    print(f"{name:>4} mean={st.mean(s):7.3f} median={st.median(s):6.1f} sd={sd:.4f}")
print(st.mean([True, False, True]), st.mean([1, 2.5]), type(st.mean([1, 2])).__name__, st.mean([1, 2]))
print(st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.stdev([1e9 + 1, 1e9 + 2, 1e9 + 3]))
print(st.median_grouped([1, 3, 3, 5, 7], interval=1), st.fmean([3.5, 4.0, 5.25]), st.geometric_mean([1.0, 2.0, 4.0]))
