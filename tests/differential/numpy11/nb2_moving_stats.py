# Rolling statistics of a noisy signal: convolution, cumsum windows, peaks, crossings.
import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

np.random.seed(3)
t = np.linspace(0, 4 * np.pi, 60)
sig = np.sin(t) + 0.3 * np.random.randn(60)
print("signal head:", np.round(sig[:6], 5))
k = 5
ma_conv = np.convolve(sig, np.ones(k) / k, mode="valid")
c = np.cumsum(np.insert(sig, 0, 0.0))
ma_cum = (c[k:] - c[:-k]) / k
print("lengths:", len(ma_conv), len(ma_cum), "agree:", np.allclose(ma_conv, ma_cum))
print("moving avg:", np.round(ma_conv[::8], 4))
win = sliding_window_view(sig, k)
print("window shape:", win.shape)
print("rolling max:", np.round(win.max(axis=1)[::8], 4))
print("rolling min:", np.round(win.min(axis=1)[::8], 4))
print("rolling median:", np.round(np.median(win, axis=1)[::8], 4))
alpha = 0.3
ewm = np.empty_like(sig)
ewm[0] = sig[0]
for i in range(1, len(sig)):
    ewm[i] = alpha * sig[i] + (1 - alpha) * ewm[i - 1]
print("ewm tail:", np.round(ewm[-5:], 6))
d = np.diff(np.sign(np.diff(ma_conv)))
peaks = np.flatnonzero(d < 0) + 1
troughs = np.flatnonzero(d > 0) + 1
print("peaks:", peaks, "troughs:", troughs)
cross = np.flatnonzero(np.diff(np.signbit(ma_conv)))
print("zero crossings:", cross)
same = np.convolve(sig, [0.25, 0.5, 0.25], mode="same")
full = np.convolve(sig, [0.25, 0.5, 0.25])
print(same.shape, full.shape, np.round(same[:3], 5), np.round(full[-3:], 5))
z = (sig - sig.mean()) / sig.std()
print("|z| > 1.8:", np.flatnonzero(np.abs(z) > 1.8))
print("energy %.8f" % np.sum(sig ** 2))
print("autocorr lag1 %.6f" % np.corrcoef(sig[:-1], sig[1:])[0, 1])
