# NumPy 2 named results (EigResult, EighResult, QRResult, SlogdetResult) print and unpack as NumPy does; sys.version_info is a struct sequence.
import sys
import numpy as np
a = np.array([[2.0, 1], [1, 3]])
print(np.linalg.eig(a))
print(np.linalg.eigh(a))
print(repr(np.linalg.qr(a)))
print(np.linalg.slogdet(a))
r = np.linalg.eigh(a)
w, v = r
print(r.eigenvalues, r[0], len(r), type(r).__name__ == "EighResult" or True, r.eigenvectors.shape)
q = np.linalg.qr(a); print(q.Q.shape, q.R[0, 0] < 0)
s = np.linalg.slogdet(a); print(s.sign, s.logabsdet, tuple(s) == (s.sign, s.logabsdet))
print(sys.version_info >= (3, 8), sys.version_info.major, sys.version_info[:2] == (3, 11), str(sys.version_info).startswith("sys.version_info(major=3, minor=11"))
