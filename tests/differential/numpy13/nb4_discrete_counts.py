# Discrete distributions from np.random: geometric, negative binomial, hypergeometric, multinomial.
import numpy as np

np.random.seed(5)
print("geometric: trials until the first success")
for p in (0.05, 0.25, 0.5, 0.9):
    g = np.random.geometric(p, size=8)
    print(p, g, "mean %.3f" % g.mean())

print("negative binomial: failures before 4 successes")
nb = np.random.negative_binomial(4, 0.35, size=12)
print(nb, nb.dtype)
print("broadcast n:", np.random.negative_binomial([1, 5, 20], 0.5))

print("hypergeometric: defective items in a sample")
small = np.random.hypergeometric(7, 43, 6, size=10)
big = np.random.hypergeometric(200, 300, 60, size=10)
print(small)
print(big)
print("sample larger than half the population:", np.random.hypergeometric(30, 20, 45, size=5))

print("multinomial: dice rolls and survey answers")
rolls = np.random.multinomial(60, [1 / 6.0] * 6, size=3)
print(rolls)
print("row totals:", rolls.sum(axis=1))
survey = np.random.multinomial(250, [0.5, 0.3, 0.15, 0.05])
print(survey, survey.sum())
print("probabilities that do not quite sum to 1:", np.random.multinomial(10, [0.2, 0.2, 0.2]))

print("logseries and zipf")
print(np.random.logseries(0.8, size=8))
print(np.random.zipf(2.0, size=8))

print("poisson thinning check")
counts = np.random.poisson(4.0, size=2000)
vals, freq = np.unique(counts, return_counts=True)
for v, f in zip(vals[:8], freq[:8]):
    print(v, f)

print("errors")
for f, a in [(np.random.geometric, (0.0,)), (np.random.geometric, (1.5,)), (np.random.hypergeometric, (5, 5, 20)),
             (np.random.hypergeometric, (-1, 5, 2)), (np.random.negative_binomial, (0, 0.5)),
             (np.random.multinomial, (-3, [0.5, 0.5])), (np.random.multinomial, (5, [0.8, 0.7]))]:
    try:
        print(f(*a))
    except ValueError as e:
        print("ValueError:", e)
