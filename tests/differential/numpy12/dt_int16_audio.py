# int16 audio samples: scaling to float32, gain with clipping, peak level and quantization back.
import numpy as np

samples = np.array([0, 12000, 32767, -32768, -15000, 8000, 30000, -30000], dtype=np.int16)
print(samples, repr(samples), samples.dtype)
f = samples.astype(np.float32) / 32768.0
print(f, f.dtype)
gain = f * np.float32(1.5)
clipped = np.clip(gain, -1.0, 1.0)
print(clipped, clipped.dtype)
back = (clipped * 32767).astype(np.int16)
print(back, back.dtype)
print("peak", np.abs(samples.astype(np.int32)).max(), "rms", np.sqrt((f * f).mean()))
loud = samples * 2
print("wrapped x2:", loud, loud.dtype)
mixed = samples // 2 + np.int16(100)
print(mixed, mixed.dtype)
print(samples.sum(), samples.sum().dtype, samples.mean(), samples.min(), samples.max())
print(np.diff(samples.astype(np.int32)), (samples > 0).sum())
print(samples[::2], samples[samples < 0], samples[[0, 2, 4]])
