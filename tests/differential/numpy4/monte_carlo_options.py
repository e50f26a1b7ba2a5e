# Monte Carlo option pricing with a seeded default_rng and vectorised paths.
import numpy as np

rng = np.random.default_rng(99)
S0, K, r, sigma, T = 100.0, 105.0, 0.03, 0.2, 1.0
n_paths, n_steps = 4000, 50
dt = T / n_steps
z = rng.standard_normal((n_paths, n_steps))
increments = (r - 0.5 * sigma**2) * dt + sigma * np.sqrt(dt) * z
log_paths = np.log(S0) + np.cumsum(increments, axis=1)
paths = np.exp(log_paths)
ST = paths[:, -1]
payoff = np.maximum(ST - K, 0.0)
price = np.exp(-r * T) * payoff.mean()
stderr = np.exp(-r * T) * payoff.std(ddof=1) / np.sqrt(n_paths)
print(f"european call {price:.4f} +- {stderr:.4f}")
print("fraction in the money", np.mean(ST > K))
avg = paths.mean(axis=1)
asian = np.exp(-r * T) * np.maximum(avg - K, 0).mean()
print(f"asian call {asian:.4f}")
barrier_hit = (paths > 130).any(axis=1)
print("barrier hit", barrier_hit.sum(), "knock-out value", round(float(np.exp(-r * T) * np.where(barrier_hit, 0, payoff).mean()), 4))
print("terminal quantiles", np.round(np.quantile(ST, [0.05, 0.5, 0.95]), 3))
print("max drawdown example", round(float(np.max(np.maximum.accumulate(paths[0]) - paths[0])), 4))

# antithetic variates
z2 = rng.standard_normal(2000)
ST1 = S0 * np.exp((r - 0.5 * sigma**2) * T + sigma * np.sqrt(T) * z2)
ST2 = S0 * np.exp((r - 0.5 * sigma**2) * T - sigma * np.sqrt(T) * z2)
anti = 0.5 * (np.maximum(ST1 - K, 0) + np.maximum(ST2 - K, 0))
print(f"antithetic {np.exp(-r * T) * anti.mean():.4f} var ratio {anti.var() / np.maximum(ST1 - K, 0).var():.4f}")

# binomial tree for comparison
N = 200
u = np.exp(sigma * np.sqrt(T / N))
d = 1 / u
p = (np.exp(r * T / N) - d) / (u - d)
j = np.arange(N + 1)
ST_tree = S0 * u**j * d**(N - j)
values = np.maximum(ST_tree - K, 0)
for _ in range(N):
    values = np.exp(-r * T / N) * (p * values[1:] + (1 - p) * values[:-1])
print("tree price", values[0])
hist, edges = np.histogram(ST, bins=8)
print(hist)
print(np.round(edges, 2))
sample = rng.choice(ST, size=5, replace=False)
print(np.round(sample, 3))
print(rng.integers(0, n_paths, 5))
