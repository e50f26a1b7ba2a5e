# Notebook: moving averages of a noisy seeded series with convolve and cumsum, EMA, weighted windows, crossovers.
import numpy as np

rng = np.random.default_rng(11)
t = np.arange(120)
price = 100 + np.cumsum(rng.normal(0.1, 1.0, size=t.size))
print(price[:6], price[-3:], price.min(), price.max())


def sma_conv(x, w):
    return np.convolve(x, np.ones(w) / w, mode="valid")


def sma_cumsum(x, w):
    c = np.cumsum(np.insert(x, 0, 0.0))
    return (c[w:] - c[:-w]) / w


for w in [3, 5, 10]:
    a = sma_conv(price, w)
    b = sma_cumsum(price, w)
    print(w, a.shape, a[:3], b[:3], np.abs(a - b).max() < 1e-9, a[-1])
print(np.convolve(price[:8], np.ones(3) / 3, mode="same"))
print(np.convolve(price[:8], np.ones(3) / 3, mode="full"))
print(np.convolve([1, 2, 3], [0, 1, 0.5]), np.convolve([1, 2, 3], [1, 1], "same"), np.correlate([1, 2, 3], [0, 1, 0.5], "full"))
alpha = 2 / (10 + 1)
ema = np.empty_like(price)
ema[0] = price[0]
for i in range(1, len(price)):
    ema[i] = alpha * price[i] + (1 - alpha) * ema[i - 1]
print(ema[:4], ema[-4:])
weights = np.arange(1, 6, dtype=float)
wma = np.convolve(price, weights[::-1] / weights.sum(), mode="valid")
print(wma[:4], wma.shape)
fast = sma_cumsum(price, 5)[5:]
slow = sma_cumsum(price, 10)
signal = np.sign(fast - slow)
cross = np.flatnonzero(np.diff(signal) != 0) + 1
print(signal[:15], cross, len(cross))
resid = price[9:] - slow
print(resid.std(), np.abs(resid).argmax(), np.round(resid[:5], 10))
roll_max = np.maximum.accumulate(price)
drawdown = (price - roll_max) / roll_max
print(drawdown.min(), drawdown.argmin(), roll_max[-1], np.round(drawdown[::20], 8))
win = np.lib.stride_tricks.sliding_window_view(price, 7)
print(win.shape, win.mean(axis=1)[:3], win.std(axis=1)[:3], np.median(win, axis=1)[:3], win.max(axis=1)[-3:])
returns = np.diff(np.log(price))
print(returns[:5], returns.mean(), returns.std(ddof=1), np.sqrt(252) * returns.std(ddof=1))
vol = np.sqrt(sma_cumsum(returns**2, 20))
print(vol[:4], vol.argmax(), vol.max())
k = np.array([0.25, 0.5, 0.25])
smooth = price.copy()
for _ in range(3):
    smooth[1:-1] = np.convolve(smooth, k, mode="valid")
print(smooth[:5], smooth[-5:])
z = (price - sma_conv(np.pad(price, (2, 2), mode="edge"), 5)) / price.std()
print(z[:6], np.flatnonzero(np.abs(z) > 0.05)[:8])
