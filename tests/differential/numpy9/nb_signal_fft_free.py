# Signal processing without FFT: autocorrelation with np.correlate, peak picking, zero crossings.
import numpy as np

t = np.arange(0, 2, 0.01)
sig = np.sin(2 * np.pi * 3 * t) + 0.5 * np.sin(2 * np.pi * 7 * t)
np.random.seed(4)
noisy = sig + np.random.normal(0, 0.2, t.size)
print("samples:", t.size, "rms:", np.round(np.sqrt(np.mean(noisy**2)), 5))
x = noisy - noisy.mean()
ac = np.correlate(x, x, mode="full")[x.size - 1:]
ac /= ac[0]
print("autocorr first:", np.round(ac[:5], 4))
lag = np.argmax(ac[10:60]) + 10
print("dominant period lag:", lag, "->", round(1 / (lag * 0.01), 3), "Hz")
zc = np.flatnonzero(np.diff(np.sign(sig)) != 0)
print("zero crossings:", zc.size, zc[:8])
peaks = np.flatnonzero((sig[1:-1] > sig[:-2]) & (sig[1:-1] > sig[2:])) + 1
print("peaks:", peaks[:6], np.round(sig[peaks[:6]], 4))
print("valid corr:", np.round(np.correlate(np.array([1.0, 2.0, 3.0]), np.array([0.0, 1.0, 0.5]), mode="valid"), 4))
print("same corr:", np.correlate(np.array([1.0, 2.0, 3.0, 4.0]), np.array([1.0, -1.0]), mode="same"))
env = np.maximum.accumulate(np.abs(noisy))
print("envelope tail:", np.round(env[-3:], 4))
clipped = np.clip(noisy, -1.2, 1.2)
print("clipped count:", np.sum(clipped != noisy))
q = np.round(sig * 4) / 4
print("quantized levels:", np.unique(q))
energy = np.add.reduceat(noisy**2, np.arange(0, t.size, 50))
print("block energy:", np.round(energy, 3))
d = np.diff(sig) / 0.01
print("max slope:", np.round(d.max(), 4), "at", t[np.argmax(d)])
print("sign changes in derivative:", np.count_nonzero(np.diff(np.sign(d))))
print("trapz area |sig|:", np.round(np.trapezoid(np.abs(sig), t), 5))
