# np.round and np.clip on float32 and small-int arrays keep their dtype.
import numpy as np

f = np.array([0.125, 1.5, 2.5, -0.555, 3.14159, 2.675], dtype=np.float32)
print(np.round(f), np.round(f, 2), np.round(f, 1).dtype, repr(np.round(f, 3)))
print(np.round(np.float32(2.675), 2), repr(np.round(np.float32(0.1), 1)), f.round(1))
print(np.clip(f, 0, 2), np.clip(f, 0.5, 2.5).dtype, f.clip(-0.5, 1))
i = np.array([-5, 0, 7, 200], dtype=np.int16)
print(np.round(i), np.clip(i, 0, 100), np.clip(i, 0, 100).dtype, i.clip(-1, 1))
u = np.array([10, 128, 250], dtype=np.uint8)
print(np.clip(u, 20, 200), np.clip(u, 20, 200).dtype, np.clip(u, 0.5, 100.5))
print(np.floor(f), np.ceil(f), np.trunc(f), np.abs(-f), np.sqrt(np.abs(f)), np.sqrt(np.abs(f)).dtype)
print(np.square(f), np.negative(f), np.sign(f), np.maximum(f, 1), np.minimum(f, np.float32(0.5)))
print(np.isnan(f).any(), np.isfinite(f).all(), np.abs(i), np.abs(i).dtype, np.square(np.array([300], dtype=np.int16)))
