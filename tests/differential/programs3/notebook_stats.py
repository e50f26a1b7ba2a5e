# A notebook-style analysis: cells of plain computation with printed results.
import math
import statistics as st
import random

random.seed(12345)
samples = [round(random.gauss(50, 12), 2) for _ in range(200)]
print(len(samples), samples[:5])
print(f"mean={st.mean(samples):.4f} median={st.median(samples):.4f} stdev={st.stdev(samples):.4f}")
print(f"pvariance={st.pvariance(samples):.4f} quantiles={[round(q, 3) for q in st.quantiles(samples, n=4)]}")
print(st.mode([1, 2, 2, 3, 3, 3]), st.multimode("aabbc"), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]))
print(st.harmonic_mean([40, 60]), st.geometric_mean([1, 10, 100]), st.fmean([1, 2, 3, 4]))
bins = {}
for s in samples:
    b = int(s // 10) * 10
    bins[b] = bins.get(b, 0) + 1
for b in sorted(bins):
    print(f"{b:>4}-{b + 9:<4} {'#' * (bins[b] // 2)} {bins[b]}")
xs = list(range(1, 11))
ys = [2.5 * x + random.uniform(-1, 1) for x in xs]
n = len(xs)
mx, my = sum(xs) / n, sum(ys) / n
slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
intercept = my - slope * mx
print(f"fit: y = {slope:.3f}x + {intercept:.3f}")
print(f"correlation={st.correlation(xs, ys):.5f}", st.linear_regression(xs, ys).slope.__round__(3))
print(math.comb(10, 3), math.perm(5, 2), math.factorial(20), math.gcd(84, 36, 120), math.lcm(4, 6, 10))
print(math.sqrt(2), math.isqrt(10**12 + 1), math.hypot(3, 4, 12), math.dist((0, 0), (1, 1)), math.prod([1.5, 2, 4]))
print(math.log(100, 10), math.log2(1024), math.log10(0.001), math.exp(1) == math.e, math.log1p(1e-10))
print(math.sin(math.pi / 6), math.cos(0), math.atan2(1, -1), math.degrees(math.pi), math.radians(180))
print(math.inf > 10**300, math.isnan(math.nan), math.isfinite(1e308), math.copysign(3, -0.0), math.fmod(-7, 3))
print(math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4), math.ceil(2.0001), math.floor(-0.5), math.remainder(7, 4))
print(random.randint(1, 6), random.choice("abcdef"), random.sample(range(100), 5), round(random.random(), 6))
deck = list(range(10))
random.shuffle(deck)
print(deck, random.choices("xyz", weights=[1, 0, 3], k=6), round(random.uniform(1, 2), 6), random.randrange(0, 100, 5))
table = [(x, x ** 2, x ** 0.5, math.log(x)) for x in (1, 2, 5, 10)]
print("\n".join(f"{a:>3} {b:>5} {c:8.4f} {d:+.3e}" for a, b, c, d in table))
