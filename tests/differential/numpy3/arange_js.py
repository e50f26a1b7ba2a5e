# np.arange in JS (creation.rs's arithmetic): int and float lengths, values from the first two, errors.
import numpy as np
print(np.arange(5), np.arange(2, 9, 3), np.arange(10, 0, -3), np.arange(0), np.arange(-3))
print(np.arange(0.0, 1.0, 0.1), np.arange(1, 2, 0.3), np.arange(5.5), np.arange(3, dtype=float))
print(np.arange(0.1, 0.45, 0.05).tolist(), np.arange(1e16, 1e16 + 10, 3).tolist())
print(np.arange(True, 5), np.arange(-1.5, 1.5, 0.25).dtype)
print(np.arange(3, 10, 2, dtype=float), np.arange(0.5, 4, dtype=int), np.arange(10.0, 0, -1.5))
for args in [(0, 5, 0), (0.0, 5, 0), (0, float("nan"))]:
    try:
        print(np.arange(*args))
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
