# A stochastic population model: binomial survival, Poisson births, lognormal environment noise.
import numpy as np

np.random.seed(606)
years = 12
adults = np.zeros(years, dtype=int)
juveniles = np.zeros(years, dtype=int)
adults[0], juveniles[0] = 120, 40
survival_adult, survival_juv, fecundity = 0.82, 0.45, 0.9
env = np.random.lognormal(0.0, 0.2, years)
print("environment:", np.round(env, 4))
for t in range(1, years):
    s_a = np.random.binomial(adults[t - 1], min(survival_adult * env[t], 1.0))
    s_j = np.random.binomial(juveniles[t - 1], survival_juv)
    births = np.random.poisson(fecundity * env[t] * adults[t - 1])
    adults[t] = s_a + s_j
    juveniles[t] = births
print("adults:    ", adults)
print("juveniles: ", juveniles)
growth = adults[1:] / adults[:-1]
print("growth rates:", np.round(growth, 4))
print("geometric mean growth: %.5f" % np.exp(np.mean(np.log(growth))))

print("clumped counts in quadrats (negative binomial)")
quadrats = np.random.negative_binomial(2, 0.3, size=(3, 6))
print(quadrats)
m, v = quadrats.mean(), quadrats.var(ddof=1)
print("mean %.4f variance %.4f index of dispersion %.4f" % (m, v, v / m))

print("dispersal distances (Rayleigh) and directions (uniform)")
dist = np.random.rayleigh(50.0, 8)
ang = np.random.uniform(0, 2 * np.pi, 8)
xy = np.column_stack([dist * np.cos(ang), dist * np.sin(ang)])
print(np.round(xy, 3))
print("max distance %.4f" % np.hypot(xy[:, 0], xy[:, 1]).max())

print("extinction risk over 200 replicate runs")
finals = np.empty(200, dtype=int)
for r in range(200):
    n = 15
    for t in range(10):
        n = np.random.binomial(n, 0.7) + np.random.poisson(0.25 * n)
    finals[r] = n
print("extinct share: %.3f" % np.mean(finals == 0))
print("final size quartiles:", np.percentile(finals, [25, 50, 75]))
