# Notebook: the spectrum of a sum of sines, its peaks found from the FFT magnitudes.
import numpy as np

fs = 64.0
t = np.arange(128) / fs
signal = np.sin(2 * np.pi * 5 * t) + 0.5 * np.sin(2 * np.pi * 12 * t) + 0.25 * np.cos(2 * np.pi * 20 * t)
spec = np.fft.rfft(signal)
freqs = np.fft.rfftfreq(len(signal), d=1 / fs)
mag = np.abs(spec) / len(signal) * 2
print(freqs[:8])
peaks = np.argsort(mag)[-3:][::-1]
for k in peaks:
    print(f"{freqs[k]:5.1f} Hz  amplitude {mag[k]:.4f}  phase {np.angle(spec[k]):+.4f}")
print(np.round(mag[mag > 1e-6], 6))
power = np.abs(spec) ** 2
print(f"{power.sum():.6f}", f"{np.sum(signal ** 2) * len(signal) / 2:.6f}")
rec = np.fft.irfft(spec, n=len(signal))
print(np.allclose(rec, signal), f"{np.max(np.abs(rec - signal)):.1e}" if np.max(np.abs(rec - signal)) > 1e-12 else "exact to 1e-12")
