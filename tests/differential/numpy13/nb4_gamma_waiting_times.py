# Waiting-time models: gamma, exponential and chi-square draws from a seeded RandomState.
import numpy as np

rs = np.random.RandomState(31)
shape, scale = 3.0, 2.5
waits = rs.gamma(shape, scale, size=1000)
print("first waits:", np.round(waits[:5], 6))
print("sample mean %.4f (theory %.4f)" % (waits.mean(), shape * scale))
print("sample var  %.4f (theory %.4f)" % (waits.var(), shape * scale ** 2))

print("standard_gamma with shape < 1 and = 1")
print(np.round(rs.standard_gamma(0.4, size=5), 6))
print(np.round(rs.standard_gamma(1.0, size=3), 6))
print("shape 0 gives zeros:", rs.standard_gamma(0.0, size=3))

print("array shapes broadcast against scale")
g = rs.gamma(np.array([[0.5], [2.0], [9.0]]), np.array([1.0, 10.0]))
print(np.round(g, 5))

print("chi-square as 2 * gamma(df/2)")
c = rs.chisquare(4, size=(2, 3))
print(np.round(c, 6))
print("standard t draws")
t = rs.standard_t(3, size=5)
print(np.round(t, 6))
print("F draws")
print(np.round(rs.f(5, 10, size=4), 6))

print("total time of k sequential services")
k = np.arange(1, 6)
tot = rs.gamma(k, 1.0)
print(np.round(tot, 5))

print("exponential vs gamma(1)")
e = rs.exponential(2.0, size=3)
g1 = rs.gamma(1.0, 2.0, size=3)
print(np.round(e, 6), np.round(g1, 6))

print("histogram of the waits")
counts, edges = np.histogram(waits, bins=6, range=(0, 24))
for c_, lo in zip(counts, edges[:-1]):
    print("%5.1f %s" % (lo, "#" * (c_ // 10)))

for args in [(-1.0,), (1.0, -1.0)]:
    try:
        rs.gamma(*args)
    except ValueError as e:
        print("ValueError:", e)
try:
    rs.chisquare(0)
except ValueError as e:
    print("ValueError:", e)
