# Notebook: a 2-D spectrum centred with fftshift, and frequencies with fftfreq.
import numpy as np

img = np.zeros((8, 8))
img[2:6, 3:5] = 1.0
F = np.fft.fft2(img)
S = np.abs(np.fft.fftshift(F))
print(np.round(S, 6))
print(np.fft.fftshift(np.fft.fftfreq(8, d=0.25)))
print(np.round(np.fft.ifft2(F).real, 10) + 0)
print(np.fft.ifftshift(np.arange(9).reshape(3, 3)))
print(np.fft.fftshift(np.arange(10), axes=0))
