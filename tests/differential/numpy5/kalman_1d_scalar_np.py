# A 1-D Kalman filter written with NumPy scalars inside a Python loop; statistics of its residuals.
import numpy as np

np.random.seed(21)
true_temp = 20.0 + np.cumsum(np.random.normal(0, 0.05, 40))
readings = true_temp + np.random.normal(0, 0.8, 40)
x, p = readings[0], 1.0
q, r = 0.01, 0.64
est = np.empty_like(readings)
var = np.empty(40)
for i, z in enumerate(readings):
    p = p + q
    k = p / (p + r)
    x = x + k * (z - x)
    p = (1 - k) * p
    est[i] = x
    var[i] = p
    if i in (0, 1, 10, 39):
        print(i, type(x).__name__, type(k).__name__, round(float(x), 6), f"{k:.6f}", f"{p:.6e}")
res = readings - est
print(est[-5:].round(4))
print(var[:4], var[-1])
print(f"rmse raw={np.sqrt(np.mean((readings - true_temp) ** 2)):.5f} filt={np.sqrt(np.mean((est - true_temp) ** 2)):.5f}")
print(res.mean().round(6), res.std().round(6), np.abs(res).max().round(6), np.argmax(np.abs(res)))
lag1 = np.corrcoef(res[:-1], res[1:])[0, 1]
print(f"lag-1 autocorrelation {lag1:.5f}")
sign_changes = np.count_nonzero(np.diff(np.sign(res)))
print("sign changes", sign_changes)
within = np.abs(est - true_temp) < 2 * np.sqrt(var)
print(within.sum(), within.mean(), within[:10])
gain = var / (var + r)
print(gain.round(5)[::8])
x0 = np.float64(0.0)
for z in readings[:5]:
    x0 = 0.5 * x0 + 0.5 * z
print(x0, repr(x0), x0 > 10, type(x0 > 10).__name__)
window = 5
ma = np.convolve(readings, np.ones(window) / window, mode="valid")
print(ma.shape, ma[:3].round(5), (ma - true_temp[window - 1:]).std().round(6))
ema = np.zeros_like(readings)
ema[0] = readings[0]
alpha = 0.3
for t in range(1, len(readings)):
    ema[t] = alpha * readings[t] + (1 - alpha) * ema[t - 1]
print(ema[-3:].round(6), np.round(np.mean(np.abs(ema - est)), 6))
print(np.histogram(res, bins=5)[0], np.percentile(res, [5, 95]).round(4))
