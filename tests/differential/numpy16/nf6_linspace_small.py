import numpy as np
print(np.linspace(0, 1, 4, dtype=np.float32), np.linspace(0, 1, 7, dtype=np.float32).dtype)
print(np.linspace(-3, 300, 6, dtype=np.uint8), np.linspace(0, 10, 4, dtype=np.int8))
print(np.linspace(0, 2, 5, dtype=np.float32, retstep=True), np.linspace(1, 0, 3, endpoint=False, dtype=np.int16))
print(repr(np.linspace(0.1, 0.9, 3, dtype=np.float32)))
