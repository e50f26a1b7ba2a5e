# Notebook: low-pass filtering a noisy-looking signal in the frequency domain.
import numpy as np

n = 64
t = np.arange(n)
clean = np.sin(2 * np.pi * t / 32)
noise = 0.3 * np.sin(2 * np.pi * t * 13 / 64) + 0.2 * np.cos(2 * np.pi * t * 21 / 64)
x = clean + noise
X = np.fft.rfft(x)
f = np.fft.rfftfreq(n)
X[f > 0.1] = 0
y = np.fft.irfft(X, n)
print(np.round(y[:10], 8) + 0)
print(np.allclose(y, clean), f"{np.max(np.abs(y - clean)):.2e}" if not np.allclose(y, clean, atol=1e-12) else "clean recovered")
print(np.round(np.abs(np.fft.rfft(noise))[10:24], 6))
