import math
import random
import statistics as st

random.seed(0)
xs = [random.gauss(50, 10) for _ in range(200)]
ys = [2.5 * x + random.uniform(-15, 15) for x in xs]
n = len(xs)
mx, my = sum(xs) / n, sum(ys) / n
sxx = sum((x - mx) ** 2 for x in xs)
sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
slope = sxy / sxx
intercept = my - slope * mx
pred = [slope * x + intercept for x in xs]
ss_res = sum((y - p) ** 2 for y, p in zip(ys, pred))
ss_tot = sum((y - my) ** 2 for y in ys)
print(f"slope={slope:.6f} intercept={intercept:.6f} r2={1 - ss_res / ss_tot:.6f}")
print(mx, my, slope, intercept)
print(st.correlation(xs, ys), st.linear_regression(xs, ys))
print(st.quantiles(xs, n=4), st.median(xs), st.stdev(xs), st.pvariance(xs[:10]))

bins = [0] * 10
lo, hi = min(xs), max(xs)
w = (hi - lo) / 10
for x in xs:
    bins[min(int((x - lo) / w), 9)] += 1
for i, b in enumerate(bins):
    print(f"{lo + i * w:7.2f} - {lo + (i + 1) * w:7.2f} | {'#' * b} {b}")


def integrate(f, a, b, n=1000):
    h = (b - a) / n
    return h * (f(a) / 2 + sum(f(a + i * h) for i in range(1, n)) + f(b) / 2)


def simpson(f, a, b, n=100):
    h = (b - a) / n
    s = f(a) + f(b)
    s += 4 * sum(f(a + i * h) for i in range(1, n, 2))
    s += 2 * sum(f(a + i * h) for i in range(2, n, 2))
    return s * h / 3


print(integrate(math.sin, 0, math.pi), simpson(math.sin, 0, math.pi), simpson(lambda t: t ** 2, 0, 3))
print(integrate(math.exp, 0, 1) - (math.e - 1), simpson(lambda t: 1 / t, 1, math.e))


def mandel(c, limit=50):
    z = 0j
    for i in range(limit):
        z = z * z + c
        if abs(z) > 2:
            return i
    return limit


for im in range(6, -7, -2):
    print("".join(" .:-=+*#%@"[min(mandel(complex(re / 20, im / 6)) // 5, 9)] for re in range(-40, 12)))
z = complex(3, 4)
print(z, abs(z), z.conjugate(), z * 1j, z / 2, (1 + 2j) ** 2, complex("1-1j"), z.real, z.imag)
primes = [p for p in range(2, 100) if all(p % d for d in range(2, int(p ** 0.5) + 1))]
print(primes, len(primes), sum(primes))


def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0:2] = [False, False]
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = [False] * len(is_p[i * i::i])
    return [i for i, v in enumerate(is_p) if v]


print(sieve(50) == primes[:15], len(sieve(10000)))
fact = math.factorial(30)
print(fact, len(str(fact)), fact % (10 ** 9 + 7), str(2 ** 200)[:20], int(str(3 ** 50)[::-1]) % 97)
print(math.sqrt(fact), fact ** 0.5, float(fact), 10 ** 22, 1e22 == 10 ** 22, 2 ** 63 - 1, -(2 ** 63))
print(sum(1 / k ** 2 for k in range(1, 10001)), math.pi ** 2 / 6, [round(math.sin(k), 3) for k in range(5)])
print(0.1 * 3, 0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-9, 1.1 + 2.2, 3.3 * 3, 100 * 1.1, 1 - 0.9, 2 ** 0.5 * 2 ** 0.5)
print(7 / 3, -7 / 3, 1e300 * 1e10, -1e300 * 1e10, 5e-324, 5e-324 / 2, 1.7976931348623157e308, 0.1 + 0.7, 4.35 * 100)
print(st.mean([1, 2, 3, 4]), st.mean([1.5, 2.5]), st.median([3, 1, 2]), st.mode(["a", "b", "a"]), st.harmonic_mean([1, 2, 4]))
print(st.mean([]))
