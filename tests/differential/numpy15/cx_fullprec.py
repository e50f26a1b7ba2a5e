# Full-precision complex arithmetic: NumPy's multiply (FMA loop), divide, abs, exp, sqrt.
import numpy as np

a = np.array([1.1 + 2.3j, -0.7 + 0.9j, 3.3 - 1.7j, 1e-3 + 4j, -2.5 - 2.5j])
b = np.array([0.3 - 1.2j, 2.2 + 0.1j, -1.1 + 0.6j, 5 + 0j, 0.25j])
print((a * b).tolist())
print((a / b).tolist())
print(np.abs(a).tolist())
print(np.exp(a).tolist())
print(np.sqrt(a).tolist())
print((a ** 2).tolist(), (a ** 3).tolist())
print((a @ b), (a.reshape(5, 1) @ b.reshape(1, 5))[2].tolist())
print(repr(a[0] * b[0]), repr(a[1] / b[1]))
z = np.array([10.204595606925913 - 7.114170073695346j, 0.9492679829069316 - 3.675403174110192j, -1.3555412056396496 - 6.9239663006143655j])
print([np.abs(v) for v in z], [abs(v) for v in z], np.abs(z).tolist())
