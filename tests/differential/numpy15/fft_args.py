# n=, axis= and norm= of np.fft, fft2/ifft2 on 2-D arrays.
import numpy as np

def show(x):
    print(np.round(x, 8) + 0)

x = np.arange(6.0) ** 2
show(np.fft.fft(x, n=8))
show(np.fft.fft(x, n=4))
show(np.fft.fft(x, norm="ortho"))
show(np.fft.fft(x, norm="forward"))
show(np.fft.ifft(np.fft.fft(x, norm="ortho"), norm="ortho"))
show(np.fft.rfft(x, n=10))
show(np.fft.irfft(np.fft.rfft(x), n=6))
m = np.arange(12.0).reshape(3, 4) - 5
show(np.fft.fft(m))
show(np.fft.fft(m, axis=0))
show(np.fft.rfft(m, axis=0))
show(np.fft.fft2(m))
show(np.fft.ifft2(np.fft.fft2(m)))
show(np.fft.fftshift(m))
show(np.fft.fftshift(m, axes=1))
z = np.array([1 + 1j, 2 - 1j, 0.5j, -1.0])
show(np.fft.fft(z))
show(np.fft.ifft(z))
