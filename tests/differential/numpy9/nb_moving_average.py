# Smoothing a noisy signal with moving averages (np.convolve) and cumulative sums.
import numpy as np

rng = np.random.default_rng(42)
t = np.arange(60)
signal = 10 + 0.2 * t + 3 * np.sin(t / 5.0)
noisy = signal + rng.normal(0, 1.0, size=t.size)

w = 5
kernel = np.ones(w) / w
valid = np.convolve(noisy, kernel, mode="valid")
same = np.convolve(noisy, kernel, mode="same")
full = np.convolve(noisy, kernel, mode="full")
print("lengths:", len(valid), len(same), len(full))
print("valid[:5]:", np.round(valid[:5], 3))
print("same[:3]:", np.round(same[:3], 3))

cs = np.cumsum(np.insert(noisy, 0, 0.0))
ma = (cs[w:] - cs[:-w]) / w
print("cumsum MA matches convolve:", np.allclose(ma, valid))
print("max abs difference < 1e-9:", np.max(np.abs(ma - valid)) < 1e-9)

weights = np.arange(1, w + 1, dtype=float)
wma = np.convolve(noisy, weights[::-1] / weights.sum(), mode="valid")
print("weighted MA[:4]:", np.round(wma[:4], 3))

alpha = 0.3
ema = np.empty_like(noisy)
ema[0] = noisy[0]
for i in range(1, len(noisy)):
    ema[i] = alpha * noisy[i] + (1 - alpha) * ema[i - 1]
print("EMA tail:", np.round(ema[-4:], 3))
err_raw = np.mean(np.abs(noisy - signal))
err_ma = np.mean(np.abs(same[w:-w] - signal[w:-w]))
print(f"mean abs err raw={err_raw:.4f} smoothed={err_ma:.4f}")
print("smoothing helps:", err_ma < err_raw)
print("diff of MA:", np.round(np.diff(valid)[:6], 3))
print("peaks:", np.where((valid[1:-1] > valid[:-2]) & (valid[1:-1] > valid[2:]))[0] + 1)
