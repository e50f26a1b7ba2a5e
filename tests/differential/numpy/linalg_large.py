# inv / solve / det of matrices large enough for the blocked LU (32 rows and up), printed
# at NumPy's default 8 digits, and residual checks.
import numpy as np


def make(n, seed):
    i = np.arange(n).reshape(n, 1)
    j = np.arange(n).reshape(1, n)
    return np.sin(0.37 * i * (seed + 1) + 0.11 * j * j) + np.cos(0.05 * (i + 2 * j)) + 0.5 * n * np.eye(n)


for n in [31, 32, 33, 47, 64, 100, 130]:
    a = make(n, n % 7)
    inv = np.linalg.inv(a)
    print(n, inv[:3, :3])
    print(np.round(inv[n - 2 :, n - 3 :], 8))
    rhs = np.arange(n, dtype=float) - n / 2
    x = np.linalg.solve(a, rhs)
    print(x[:4], float(np.linalg.norm(a @ x - rhs)) < 1e-9)
    b = np.stack([rhs, np.ones(n), np.arange(n) % 3 - 1.0], axis=1)
    xs = np.linalg.solve(a, b)
    print(xs[-2:], float(np.max(np.abs(a @ xs - b))) < 1e-9)
    print(float(np.max(np.abs(inv @ a - np.eye(n)))) < 1e-12)
    sign, logdet = np.linalg.slogdet(a)
    print(f"{float(sign):.1f} {float(logdet):.8f} {float(np.linalg.det(a / n)):.8e}")

# A matrix with a permutation that needs pivoting everywhere (zero diagonal).
n = 40
p = np.eye(n)[::-1] * (np.arange(n) + 1.0)
print(np.linalg.inv(p)[0, -1], np.linalg.inv(p)[-1, 0], np.linalg.solve(p, np.ones(n))[:3])

# Exactly singular large matrices.
try:
    np.linalg.inv(np.zeros((40, 40)))
except np.linalg.LinAlgError as e:
    print("LinAlgError:", e)
try:
    np.linalg.solve(np.ones((36, 36)), np.ones(36))
except np.linalg.LinAlgError as e:
    print("LinAlgError:", e)
print(np.linalg.det(np.zeros((33, 33))))
