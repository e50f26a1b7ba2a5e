# np.fft results' dtypes and shapes; ints, bools and lists as input.
import numpy as np

print(np.fft.fft([1, 2, 3, 4]))
print(np.fft.fft(np.array([True, False, True, False])))
print(np.fft.rfft(np.arange(5)).dtype, np.fft.rfft(np.arange(5)).shape, np.fft.irfft(np.ones(3)).dtype)
print(np.fft.irfft(np.ones(3)), np.round(np.fft.irfft(np.ones(3), n=5), 12) + 0)
print(np.fft.fftfreq(5).dtype, np.fft.fftfreq(4, 0.1))
print(np.fft.fft(np.ones((2, 3)), axis=0))
print(np.fft.ifft([4, 0, 0, 0]))
