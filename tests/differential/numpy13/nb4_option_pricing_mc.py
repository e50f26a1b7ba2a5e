# Monte Carlo pricing of a European call with antithetic variates, using default_rng.
import numpy as np

S0, K, r, sigma, T = 100.0, 105.0, 0.03, 0.2, 1.0
rng = np.random.default_rng(8)
n = 20000
z = rng.standard_normal(n)
drift = (r - 0.5 * sigma ** 2) * T
vol = sigma * np.sqrt(T)
ST = S0 * np.exp(drift + vol * z)
payoff = np.maximum(ST - K, 0.0)
price = np.exp(-r * T) * payoff.mean()
stderr = np.exp(-r * T) * payoff.std(ddof=1) / np.sqrt(n)
print("plain MC price %.4f +/- %.4f" % (price, stderr))

ST_anti = S0 * np.exp(drift - vol * z)
pair = 0.5 * (payoff + np.maximum(ST_anti - K, 0.0))
print("antithetic price %.4f +/- %.4f" % (np.exp(-r * T) * pair.mean(), np.exp(-r * T) * pair.std(ddof=1) / np.sqrt(n)))

print("lognormal draws give the same terminal prices")
rng2 = np.random.default_rng(8)
ST2 = S0 * rng2.lognormal(drift, vol, n)
print(np.allclose(ST, ST2))

print("greeks by bumping")
def price_at(s0, sig, zz):
    st = s0 * np.exp((r - 0.5 * sig ** 2) * T + sig * np.sqrt(T) * zz)
    return np.exp(-r * T) * np.maximum(st - K, 0.0).mean()
h = 0.5
delta = (price_at(S0 + h, sigma, z) - price_at(S0 - h, sigma, z)) / (2 * h)
vega = (price_at(S0, sigma + 0.01, z) - price_at(S0, sigma - 0.01, z)) / 0.02
print("delta %.4f vega %.4f" % (delta, vega))

print("paths of a geometric Brownian motion")
steps = 5
dt = T / steps
inc = rng.normal((r - 0.5 * sigma ** 2) * dt, sigma * np.sqrt(dt), size=(4, steps))
paths = S0 * np.exp(np.cumsum(inc, axis=1))
print(np.round(paths, 3))
print("path maxima:", np.round(paths.max(axis=1), 3))
print("barrier hit:", np.any(paths > 110.0, axis=1))

print("percentiles of terminal price")
print(np.round(np.percentile(ST, [1, 5, 50, 95, 99]), 4))
print("probability of finishing in the money: %.4f" % np.mean(ST > K))
