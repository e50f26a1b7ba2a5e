# ifft(fft(x)) and irfft(rfft(x)) give x back to rounding, on many lengths.
import numpy as np

ok = []
for n in range(1, 40):
    x = np.sin(np.arange(n) * 1.3) + np.arange(n) % 3
    a = np.allclose(np.fft.ifft(np.fft.fft(x)).real, x, atol=1e-12)
    b = np.allclose(np.fft.irfft(np.fft.rfft(x), n), x, atol=1e-12)
    c = np.allclose(np.fft.fft(x)[0], x.sum())
    ok.append(a and b and c)
print(all(ok), len(ok))
z = np.exp(2j * np.pi * np.arange(16) * 3 / 16)
print(np.round(np.abs(np.fft.fft(z)), 10) + 0)
