# Monte Carlo option pricing with the legacy generator: GBM paths, antithetic variates, greeks.
import math

import numpy as np

np.random.seed(42)
S0, K, r, sigma, T = 100.0, 105.0, 0.03, 0.2, 1.0
n_paths, n_steps = 2000, 12
dt = T / n_steps
z = np.random.standard_normal((n_paths, n_steps))
inc = (r - 0.5 * sigma ** 2) * dt + sigma * np.sqrt(dt) * z
paths = S0 * np.exp(np.cumsum(inc, axis=1))
print(np.round(paths[:3, -3:], 6))
payoff = np.maximum(paths[:, -1] - K, 0.0)
price = math.exp(-r * T) * payoff.mean()
se = math.exp(-r * T) * payoff.std(ddof=1) / math.sqrt(n_paths)
print("call", round(price, 8), "se", round(se, 8))
anti = S0 * np.exp(np.cumsum((r - 0.5 * sigma ** 2) * dt - sigma * np.sqrt(dt) * z, axis=1))
pay2 = 0.5 * (payoff + np.maximum(anti[:, -1] - K, 0.0))
print("antithetic", round(math.exp(-r * T) * pay2.mean(), 8), round(float(pay2.std(ddof=1)), 8))
asian = np.maximum(paths.mean(axis=1) - K, 0.0)
print("asian", round(math.exp(-r * T) * asian.mean(), 8))
barrier_hit = (paths > 130).any(axis=1)
print("knock-out", barrier_hit.sum(), round(math.exp(-r * T) * np.where(barrier_hit, 0.0, payoff).mean(), 8))
d1 = (math.log(S0 / K) + (r + 0.5 * sigma ** 2) * T) / (sigma * math.sqrt(T))
d2 = d1 - sigma * math.sqrt(T)
ncdf = lambda x: 0.5 * (1 + math.erf(x / math.sqrt(2)))
bs = S0 * ncdf(d1) - K * math.exp(-r * T) * ncdf(d2)
print("black-scholes", round(bs, 10), "diff", round(price - bs, 8))
h = 1.0
up = np.maximum((S0 + h) / S0 * paths[:, -1] - K, 0).mean()
dn = np.maximum((S0 - h) / S0 * paths[:, -1] - K, 0).mean()
print("delta", round(math.exp(-r * T) * (up - dn) / (2 * h), 8), "bs delta", round(ncdf(d1), 10))
q = np.percentile(paths[:, -1], [1, 5, 50, 95, 99])
print(np.round(q, 6))
hist, edges = np.histogram(np.log(paths[:, -1] / S0), bins=8)
print(hist, np.round(edges, 6))
running_max = np.maximum.accumulate(paths, axis=1)
dd = (paths - running_max) / running_max
print(np.round(dd.min(axis=1)[:5], 8), round(float(dd.min()), 8))
strikes = np.array([90.0, 100.0, 110.0, 120.0])
prices = math.exp(-r * T) * np.maximum(paths[:, -1][:, None] - strikes, 0).mean(axis=0)
print(np.round(prices, 8), np.all(np.diff(prices) < 0))
