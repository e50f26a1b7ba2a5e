# np.complex128 scalars, Python complex values, tolist and conversions.
import numpy as np

z = np.complex128(1 + 2j)
print(repr(z), z, z.real, z.imag, repr(z.real))
print(type(z).__name__, isinstance(z, complex), isinstance(z, np.complexfloating))
a = np.array([1 + 2j, -3.5 + 0.25j])
print(repr(a[0]), a[1], a.tolist(), type(a.tolist()[0]).__name__)
print(a[0] * a[1], a[0] + 1, abs(a[0]))
print(a.sum(), a.mean(), a.prod(), np.sum(a), np.mean(a))
print(np.cumsum(a), a.cumsum())
print(complex(a[1]), a[1].conjugate())
try:
    float(1 + 2j)
except TypeError as e:
    print("TypeError:", e)
print(np.complex128(3), repr(np.complex128(-1j)), np.complex128("1+1j"))
print(a.astype(complex), a.dtype == complex, a.dtype == np.complex128, str(a.dtype))
print(a.real.astype(int), np.abs(a).dtype)
print(1 + 2j, complex(1, -0.0), (1 + 2j) * (3 - 1j), abs(3 + 4j))
