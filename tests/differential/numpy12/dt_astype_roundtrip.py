# Round trips through small dtypes: quantize float data to uint8/int16 and back, errors measured.
import numpy as np

x = np.linspace(-1, 1, 11)
q8 = np.round((x + 1) * 127.5).astype(np.uint8)
back8 = q8.astype(np.float64) / 127.5 - 1
print(q8, back8, np.abs(back8 - x).max())
q16 = np.round(x * 32767).astype(np.int16)
back16 = q16 / 32767
print(q16, q16.dtype, np.abs(back16 - x).max() < 1e-4)
f32 = x.astype(np.float32)
print(f32, (f32.astype(np.float64) - x).max(), repr(f32[3]), f32[3] == x[3])
h = x.astype(np.float32).astype(np.int32)
print(h, h.dtype, x.astype(np.int8), x.astype(np.uint16))
codes = np.array([65, 66, 67, 255], dtype=np.uint8)
print(codes.astype(np.int32) - 64, codes.astype(np.int8), codes.view if False else codes.tolist())
