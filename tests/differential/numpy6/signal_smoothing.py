# Sensor signal smoothing: moving averages, convolve/correlate, diff, interp, histogram.
import numpy as np

t = np.linspace(0, 2 * np.pi, 25)
clean = np.sin(t)
np.random.seed(11)
noisy = clean + np.random.normal(0, 0.15, t.size)
print("t[:5] =", t[:5])
print("noisy:", noisy.round(3))
w = np.ones(5) / 5
ma_valid = np.convolve(noisy, w, mode="valid")
ma_same = np.convolve(noisy, w, mode="same")
ma_full = np.convolve(noisy, w)
print("lengths:", len(ma_valid), len(ma_same), len(ma_full))
print("valid:", ma_valid.round(4))
print("same :", ma_same[:6])
cs = np.cumsum(np.insert(noisy, 0, 0.0)) if hasattr(np, "insert") else np.cumsum(np.concatenate([[0.0], noisy]))
ma_cs = (cs[5:] - cs[:-5]) / 5
print("cumsum MA matches:", np.allclose(ma_cs, ma_valid))
print("max |err| raw %.4f smooth %.4f" % (np.abs(noisy - clean).max(), np.abs(ma_same[2:-2] - clean[2:-2]).max()))
kernel = np.array([1.0, 2.0, 1.0]) / 4
print("correlate valid:", np.correlate(noisy[:8], kernel, mode="valid"))
print("correlate same :", np.correlate(noisy[:8], kernel, mode="same"))
print("correlate full :", np.correlate([1, 2, 3], [0, 1, 0.5], mode="full"))
d1 = np.diff(noisy)
d2 = np.diff(noisy, n=2)
print("diff shapes", d1.shape, d2.shape)
print("sign changes:", np.nonzero(np.diff(np.sign(clean[1:-1])))[0])
print("peaks:", np.nonzero((noisy[1:-1] > noisy[:-2]) & (noisy[1:-1] > noisy[2:]))[0] + 1)
xs = np.array([0.5, 1.0, 2.2, 3.14, 6.0, 7.0, -1.0])
print("interp:", np.interp(xs, t, clean))
print("interp lr:", np.interp(xs, t, clean, left=-9, right=9))
counts, edges = np.histogram(noisy, bins=6)
print(counts, edges.round(3))
counts2, edges2 = np.histogram(noisy, bins=4, range=(-1.5, 1.5))
print(counts2, edges2)
counts3, _ = np.histogram(noisy, bins=[-2, -0.5, 0, 0.5, 2])
print(counts3, counts3.sum())
dens, _ = np.histogram(noisy, bins=5, density=True)
print(dens.round(5))
ema = np.zeros_like(noisy)
ema[0] = noisy[0]
alpha = 0.3
for i in range(1, len(noisy)):
    ema[i] = alpha * noisy[i] + (1 - alpha) * ema[i - 1]
print("ema tail:", ema[-5:])
print("rms:", np.sqrt(np.mean((ema - clean) ** 2)))
print("roll:", np.roll(noisy[:6].round(2), 2), np.roll(noisy[:6].round(2), -1))
