import statistics as st
import math
import random

random.seed(7)
samples = {
    "alpha": [random.gauss(50, 10) for _ in range(30)],
    "beta": [random.randint(1, 100) for _ in range(25)],
    "gamma": [2.5, 3.5, 3.5, 4.0, 10.0, 3.5, 2.0],
}
for name, xs in samples.items():
    print(f"== {name} (n={len(xs)})")
    print(f"  mean   {st.mean(xs):10.4f}")
    print(f"  median {st.median(xs):10.4f}")
    print(f"  stdev  {st.stdev(xs):10.4f}")
    print(f"  pvar   {st.pvariance(xs):10.4f}")
    print(f"  min/max {min(xs):.3f} / {max(xs):.3f}")
    q = st.quantiles(xs, n=4)
    print("  quartiles", [round(v, 3) for v in q])
print(st.mode([1, 2, 2, 3, 3, 3]), st.multimode("aabbc"), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]))
print(st.mean([1, 2, 3, 4]), st.fmean([1, 2, 3, 4]), st.geometric_mean([1, 10, 100]), st.harmonic_mean([40, 60]))
print(st.variance([1, 2, 3, 4, 5]), st.pstdev([2, 4, 4, 4, 5, 5, 7, 9]))
try:
    st.mean([])
except st.StatisticsError as e:
    print("StatisticsError:", e)
xs = [1, 2, 3, 4, 5]
ys = [2, 4, 5, 4, 5]
print(round(st.correlation(xs, ys), 6), st.covariance(xs, ys))
slope, intercept = st.linear_regression(xs, ys)
print(round(slope, 6), round(intercept, 6))
nd = st.NormalDist(100, 15)
print(round(nd.cdf(115), 6), round(nd.inv_cdf(0.975), 4), nd.mean, nd.stdev)
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.isclose(0.1 * 3, 0.3), math.prod([1, 2, 3, 4]))
print(math.comb(10, 3), math.perm(5, 2), math.factorial(20), math.gcd(48, 180), math.lcm(4, 6))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), round(2.5), round(3.5), round(-0.5))
print(math.log(1000, 10), math.log2(1024), math.log10(0.001), math.exp(1), math.sqrt(2))
print(math.degrees(math.pi), math.radians(180), math.atan2(1, 1), math.copysign(3, -0.0))
print(math.isqrt(99), math.dist((0, 0), (3, 4)), math.inf > 1e308, math.isnan(math.nan))
