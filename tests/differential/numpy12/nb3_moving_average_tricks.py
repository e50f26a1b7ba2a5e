# Moving averages: convolve(valid/same/full), the cumsum trick, exponential smoothing, and centered windows.
import numpy as np

rng = np.random.RandomState(9)
t = np.arange(60)
signal = np.sin(t / 6.0) * 3 + t * 0.05 + rng.normal(0, 0.4, t.size)
w = 5
ma_conv = np.convolve(signal, np.ones(w) / w, mode="valid")
cs = np.cumsum(np.insert(signal, 0, 0.0))
ma_cs = (cs[w:] - cs[:-w]) / w
print(ma_conv.shape, ma_cs.shape, np.allclose(ma_conv, ma_cs))
np.set_printoptions(precision=3, linewidth=90)
print(ma_conv[:10])
same = np.convolve(signal, np.ones(w) / w, mode="same")
full = np.convolve(signal, np.ones(w) / w, mode="full")
print(same.shape, full.shape, np.round(same[:3], 4), np.round(full[-3:], 4))
wts = np.array([1, 2, 3, 2, 1], dtype=float)
wma = np.convolve(signal, wts / wts.sum(), "valid")
print("weighted ma:", wma[:6])
alpha = 0.3
ema = np.empty_like(signal)
ema[0] = signal[0]
for i in range(1, len(signal)):
    ema[i] = alpha * signal[i] + (1 - alpha) * ema[i - 1]
print("ema tail:", ema[-5:])
resid = signal[w - 1:] - ma_conv
print("resid std %.5f mean %.5f" % (resid.std(), resid.mean()))
idx = np.arange(len(signal) - w + 1)[:, None] + np.arange(w)
windows = signal[idx]
print(windows.shape, np.allclose(windows.mean(axis=1), ma_conv))
print("rolling max:", np.round(windows.max(axis=1)[:8], 3))
print("rolling std:", np.round(windows.std(axis=1, ddof=1)[:8], 4))
med = np.median(windows, axis=1)
print("rolling median:", np.round(med[:8], 3))
crosses = np.flatnonzero(np.diff(np.sign(signal[w - 1:] - ma_conv)))
print("crossings:", crosses)
x = np.array([3.0, 1.0, 4.0, 1.0, 5.0, 9.0, 2.0, 6.0])
print(np.convolve(x, [1, -1], "valid"), np.diff(x))
print(np.diff(x, n=2), np.diff(x, prepend=0), np.diff(x, append=x[-1]))
print(np.cumsum(x)[w - 1:] - np.concatenate([[0], np.cumsum(x)[:-w]]))
print(np.correlate(x, [1, 0, -1], "valid"), np.correlate(x, [1, 2], "full"))
z = (signal - signal.mean()) / signal.std()
print("z>2:", np.flatnonzero(np.abs(z) > 2), "max|z| %.4f" % np.abs(z).max())
