# A tour of continuous legacy distributions with summary statistics per distribution.
import numpy as np

np.random.seed(123)
n = 500
samples = {
    "laplace": np.random.laplace(1.0, 2.0, n),
    "logistic": np.random.logistic(0.0, 1.5, n),
    "gumbel": np.random.gumbel(3.0, 0.5, n),
    "weibull": np.random.weibull(1.5, n),
    "pareto": np.random.pareto(3.0, n),
    "power": np.random.power(2.5, n),
    "rayleigh": np.random.rayleigh(2.0, n),
    "triangular": np.random.triangular(-1.0, 0.5, 3.0, n),
    "wald": np.random.wald(1.0, 3.0, n),
    "cauchy": np.random.standard_cauchy(n),
    "lognormal": np.random.lognormal(0.0, 0.5, n),
}
print("%-10s %9s %9s %9s %9s" % ("name", "mean", "median", "min", "max"))
for name, x in samples.items():
    print("%-10s %9.4f %9.4f %9.4f %9.4f" % (name, x.mean(), np.median(x), x.min(), x.max()))

print("first values")
for name in ("laplace", "gumbel", "triangular", "wald"):
    print(name, np.round(samples[name][:3], 8))

print("array-valued parameters")
print(np.round(np.random.laplace([0.0, 10.0, 100.0], [1.0, 0.1, 0.01]), 6))
print(np.round(np.random.triangular([0, 1], [1, 2], [2, 5], size=(3, 2)), 6))
print(np.round(np.random.weibull([0.5, 1.0, 3.0]), 6))
print("weibull with a = 0 gives zeros:", np.random.weibull(0.0, 3))

print("scale zero is allowed")
print(np.random.laplace(2.0, 0.0, 3), np.random.rayleigh(0.0, 2))

print("errors")
for f, a in [(np.random.laplace, (0, -1)), (np.random.logistic, (0, -1)), (np.random.gumbel, (0, -0.5)),
             (np.random.weibull, (-1,)), (np.random.pareto, (0,)), (np.random.power, (-2,)),
             (np.random.rayleigh, (-1,)), (np.random.triangular, (2, 1, 3)), (np.random.triangular, (0, 4, 3)),
             (np.random.triangular, (1, 1, 1)), (np.random.wald, (0, 1)), (np.random.lognormal, (0, -1))]:
    try:
        f(*a)
    except ValueError as e:
        print(f.__name__, "ValueError:", e)
