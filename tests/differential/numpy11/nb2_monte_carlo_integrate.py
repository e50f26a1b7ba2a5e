# Monte Carlo integration with the legacy generator, with standard errors.
import numpy as np

np.random.seed(42)
def estimate(f, a, b, n):
    u = np.random.uniform(a, b, n)
    v = f(u) * (b - a)
    return v.mean(), v.std(ddof=1) / np.sqrt(n)

for n in [100, 1000, 10000]:
    m, se = estimate(np.sin, 0, np.pi, n)
    print(f"n={n:6d} int sin = {m:.6f} +- {se:.6f}")
m, se = estimate(lambda t: np.exp(-t ** 2), -3, 3, 5000)
print("gauss %.6f (exact %.6f) se %.2e" % (m, np.sqrt(np.pi), se))
pts = np.random.rand(4000, 2)
inside = (pts ** 2).sum(axis=1) <= 1
print("pi ~", 4 * inside.mean(), inside.sum())
chunks = inside.reshape(8, 500).mean(axis=1) * 4
print("chunk estimates:", chunks)
print("chunk spread %.6f" % chunks.std())
xs = np.random.standard_normal(10000)
print("E[x^2] %.5f E[x^4] %.5f" % ((xs ** 2).mean(), (xs ** 4).mean()))
print("P(|x|>2) %.4f" % (np.abs(xs) > 2).mean())
ys = np.random.exponential(2.0, 5000)
print("exp mean %.5f var %.5f" % (ys.mean(), ys.var()))
strat = np.array([np.random.uniform(k / 10, (k + 1) / 10, 100) for k in range(10)])
print("stratified shape", strat.shape)
est = (np.sqrt(strat).mean(axis=1) / 10).sum()
print("int sqrt stratified %.8f" % est)
ant = np.random.rand(2000)
anti = (np.exp(ant) + np.exp(1 - ant)) / 2
print("antithetic e-1 %.6f var %.3e" % (anti.mean(), anti.var()))
print(type(anti.mean()).__name__, repr(np.float64(anti.mean()).round(3)))
