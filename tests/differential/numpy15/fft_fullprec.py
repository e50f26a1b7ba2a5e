# np.fft at full precision (pocketfft's exact pass structure and twiddles are not reproduced).
import numpy as np

for n in [8, 12, 5]:
    x = np.cos(np.arange(n) * 0.37) + 0.1 * np.arange(n)
    print(np.fft.fft(x).tolist())
