# Notebook: convolution via FFT against np.convolve.
import numpy as np

a = np.array([1.0, 2.0, 3.0, 0.5, -1.0])
b = np.array([0.25, 0.5, 0.25])
n = len(a) + len(b) - 1
fa = np.fft.fft(a, n)
fb = np.fft.fft(b, n)
conv = np.fft.ifft(fa * fb).real
print(np.round(conv, 10) + 0)
print(np.convolve(a, b))
print(np.allclose(conv, np.convolve(a, b)))
r = np.fft.irfft(np.fft.rfft(a, n) * np.fft.rfft(b, n), n)
print(np.round(r, 10) + 0)
# circular autocorrelation through the power spectrum
x = np.sin(np.arange(16) * 2 * np.pi / 8)
ac = np.fft.ifft(np.abs(np.fft.fft(x)) ** 2).real / len(x)
print(np.round(ac, 8) + 0)
