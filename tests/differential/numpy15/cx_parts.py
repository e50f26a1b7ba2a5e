# real/imag views, conj, abs, angle, predicates.
import numpy as np

z = np.array([3 + 4j, -1 + 0j, 0 - 2j, 1.5 + 0.5j])
print(z.real, z.imag)
print(np.real(z), np.imag(z))
print(np.abs(z), abs(z))
print(np.angle(z))
print(np.angle(z, deg=True))
print(np.conj(z), z.conj(), z.conjugate(), np.conjugate(z))
print(np.iscomplex(z), np.isreal(z), np.iscomplexobj(z), np.isrealobj(z))
print(np.iscomplexobj(np.arange(3)), np.isrealobj(np.arange(3.0)), np.iscomplex(np.arange(3)))
w = z.copy()
w.real[0] = 10
w.imag[1] = -7
print(w)
w.real = 0
print(w)
w.imag = np.arange(4)
print(w)
r = np.array([1.0, -2.0])
print(np.real(r), np.imag(r), np.angle(r), np.angle(-1.0))
