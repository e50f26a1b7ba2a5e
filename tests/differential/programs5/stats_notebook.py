"""A notebook-style analysis with statistics and math."""
import math
import statistics as st

temps = [21.5, 23.1, 19.8, 25.0, 22.4, 22.4, 18.9, 24.3, 26.1, 20.0]
print("n =", len(temps))
print("mean", st.mean(temps), "fmean", st.fmean(temps))
print("median", st.median(temps), st.median_low(temps), st.median_high(temps), st.median_grouped([1, 2, 2, 3, 4]))
print("mode", st.mode(temps), st.multimode([1, 1, 2, 2, 3]), st.mode("abracadabra"))
print("pstdev %.6f stdev %.6f" % (st.pstdev(temps), st.stdev(temps)))
print("variance", st.variance(temps), st.pvariance(temps))
print("quantiles", st.quantiles(temps), st.quantiles(temps, n=10, method="inclusive"))
print("geo", st.geometric_mean([1, 2, 4, 8]), "harm", st.harmonic_mean([40, 60]), st.harmonic_mean([1, 2], weights=[3, 1]))
print(st.mean([1, 2, 3, 4]), st.mean([1, 2]), type(st.mean([1, 2])).__name__, st.median([3, 1, 2, 4]), st.variance([1, 2, 3, 4]))
from fractions import Fraction
from decimal import Decimal
print(st.mean([Fraction(1, 2), Fraction(1, 3)]), st.mean([Decimal("1.5"), Decimal("2.5")]), st.variance([Fraction(1), Fraction(2), Fraction(4)]))
for bad in ([], [1]):
    for fn in (st.mean, st.stdev, st.median, st.mode):
        try:
            print(fn.__name__, fn(bad))
        except st.StatisticsError as e:
            print(fn.__name__, "StatisticsError:", e)
xs = [1, 2, 3, 4, 5]
ys = [2.1, 3.9, 6.2, 7.8, 10.1]
print("corr %.6f" % st.correlation(xs, ys), "cov", st.covariance(xs, ys))
slope, intercept = st.linear_regression(xs, ys)
print(f"fit: y = {slope:.4f}x + {intercept:.4f}")
nd = st.NormalDist(mu=100, sigma=15)
print(nd, round(nd.cdf(130), 6), round(nd.inv_cdf(0.975), 4), nd.mean, nd.stdev, round(nd.pdf(100), 6))
print(round(nd.overlap(st.NormalDist(110, 15)), 6), nd + 5, nd * 2)
sample = st.NormalDist.from_samples(temps)
print(f"{sample.mean:.3f} {sample.stdev:.3f}")

print(math.comb(10, 3), math.perm(5, 2), math.factorial(20), math.gcd(84, 36, 120), math.lcm(4, 6, 10), math.isqrt(99))
print(math.prod([1.5, 2, 4]), math.dist((0, 0), (3, 4)), math.hypot(1, 1, 1), math.log(1024, 2), math.log2(1 << 40), math.log10(0.001))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1e-10, 0, abs_tol=1e-9), math.degrees(math.pi), math.radians(180))
print(math.sin(math.pi / 6), math.cos(0), math.atan2(1, -1), math.tau, math.e, math.inf > 1e308, math.isnan(math.nan))
print(math.floor(2.5), math.ceil(2.1), math.modf(-3.75), math.frexp(12.0), math.ldexp(0.75, 4), math.expm1(1e-10), math.log1p(1e-10))
print(math.erf(1), math.gamma(5.5), math.lgamma(10), math.sqrt(2), math.cbrt(27) if hasattr(math, "cbrt") else 3.0)
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.acos(2), lambda: math.comb(3, -1)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
try:
    math.factorial(2.5)
except TypeError as e:
    print("TypeError:", e)
table = [(x, round(math.exp(x), 3), round(math.log(x), 4)) for x in (1, 2, 5, 10)]
for row in table:
    print("{:>3} {:>10} {:>8}".format(*row))
