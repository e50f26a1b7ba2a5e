# 1-D Kalman filter written with NumPy scalars in a Python loop (g-h style), with seeded noise.
import numpy as np

np.random.seed(42)
true_pos = np.cumsum(np.full(30, 1.0))
meas = true_pos + np.random.randn(30) * 2.0

x, P = 0.0, 500.0
Q, R = 0.01, 4.0
vel = 1.0
estimates = np.zeros(30)
variances = np.zeros(30)
gains = []
for k in range(30):
    x = x + vel
    P = P + Q
    K = P / (P + R)
    x = x + K * (meas[k] - x)
    P = (1 - K) * P
    estimates[k] = x
    variances[k] = P
    gains.append(K)
print(type(x).__name__, type(K).__name__, repr(K))
print(estimates[:6])
print(variances[-3:])
print(np.round(gains[:5], 5))
print("final", x, P)
print("rmse meas", np.sqrt(np.mean((meas - true_pos) ** 2)))
print("rmse est", np.sqrt(np.mean((estimates - true_pos) ** 2)))
resid = meas - estimates
print("resid mean", resid.mean(), "std", resid.std())
print("within 2 sigma", np.mean(np.abs(estimates - true_pos) < 2 * np.sqrt(variances)))
smoothed = np.convolve(meas, np.ones(5) / 5, mode="valid")
print(np.round(smoothed[:5], 4), smoothed.shape)
alpha = 0.3
ema = np.empty_like(meas)
ema[0] = meas[0]
for i in range(1, len(meas)):
    ema[i] = alpha * meas[i] + (1 - alpha) * ema[i - 1]
print(np.round(ema[-5:], 4))
print(repr(np.float64(x) - 30), repr(estimates[-1] / true_pos[-1]))
print(f"{P:.6e} {K:.4%} {x:,.2f}")
