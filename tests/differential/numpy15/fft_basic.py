# np.fft on power-of-two and mixed-radix lengths (values rounded: last bits may differ).
import numpy as np

def show(x):
    print(np.round(x, 8) + 0)

x = np.array([1.0, 2.0, 0.0, -1.0, 3.0, 0.5, -2.0, 4.0])
show(np.fft.fft(x))
show(np.fft.ifft(np.fft.fft(x)))
show(np.fft.rfft(x))
show(np.fft.irfft(np.fft.rfft(x)))
for n in [1, 2, 3, 5, 6, 12, 15, 16, 30, 7, 11, 13]:
    y = np.cos(np.arange(n) * 0.7) + 0.3 * np.arange(n)
    show(np.fft.fft(y))
    show(np.fft.rfft(y))
    show(np.fft.irfft(np.fft.rfft(y), n))
print(np.fft.fftfreq(8), np.fft.fftfreq(7, d=0.5))
print(np.fft.rfftfreq(8), np.fft.rfftfreq(9, 0.1))
print(np.fft.fftshift(np.fft.fftfreq(6)), np.fft.ifftshift(np.fft.fftshift(np.arange(5))))
