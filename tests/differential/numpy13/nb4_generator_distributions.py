# The same distributions through default_rng (ziggurat normals and exponentials underneath).
import numpy as np

rng = np.random.default_rng(20240601)
print(rng)
g = rng.gamma(2.0, 3.0, size=5)
print("gamma", np.round(g, 6))
print("standard_gamma <1", np.round(rng.standard_gamma(0.3, size=4), 6))
print("beta", np.round(rng.beta(2.0, 8.0, size=4), 6))
print("beta small", np.round(rng.beta(0.3, 0.4, size=4), 6))
print("chisquare", np.round(rng.chisquare(6, size=3), 6))
print("standard_t", np.round(rng.standard_t(10, size=3), 6))
print("f", np.round(rng.f(2, 9, size=3), 6))
print("laplace", np.round(rng.laplace(0, 1, size=3), 6))
print("logistic", np.round(rng.logistic(5, 2, size=3), 6))
print("gumbel", np.round(rng.gumbel(0, 1, size=3), 6))
print("weibull", np.round(rng.weibull(2.0, size=3), 6))
print("pareto", np.round(rng.pareto(1.5, size=3), 6))
print("power", np.round(rng.power(4.0, size=3), 6))
print("rayleigh", np.round(rng.rayleigh(1.0, size=3), 6))
print("triangular", np.round(rng.triangular(0, 0.2, 1, size=3), 6))
print("wald", np.round(rng.wald(2, 1, size=3), 6))
print("cauchy", np.round(rng.standard_cauchy(3), 6))
print("lognormal", np.round(rng.lognormal(1.0, 0.25, size=3), 6))
print("geometric", rng.geometric(0.1, size=6), rng.geometric(0.7, size=6))
print("negative_binomial", rng.negative_binomial(3, 0.5, size=6))
print("logseries", rng.logseries(0.5, size=6))
print("zipf", rng.zipf(3.0, size=6))
print("multinomial")
print(rng.multinomial(30, [0.1, 0.2, 0.7], size=2))
print(rng.multinomial([5, 50], [0.5, 0.5]))
print("dirichlet")
print(np.round(rng.dirichlet([2.0, 3.0, 5.0], size=2), 6))

print("scalar results")
for v in (rng.gamma(1.5), rng.beta(1, 1), rng.geometric(0.4), rng.poisson(2.0), rng.binomial(10, 0.3)):
    print(type(v).__name__, v if isinstance(v, int) else round(v, 8))

print("shape of size tuples")
print(rng.gamma(2.0, size=(2, 3)).shape, rng.geometric(0.5, size=(4, 1)).shape)

print("reproducible with the same seed")
a = np.random.default_rng(3).gamma(2.0, size=3)
b = np.random.default_rng(3).gamma(2.0, size=3)
print(np.array_equal(a, b))

print("Generator-only messages")
for f, args in [(rng.dirichlet, ([-1.0, 2.0],)), (rng.negative_binomial, (2, 0.0)), (rng.geometric, (0.0,))]:
    try:
        f(*args)
    except ValueError as e:
        print("ValueError:", e)
