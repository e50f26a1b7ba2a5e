# np.linalg.inv / solve / det errors and special values around the blocked LU's 32-row
# threshold: singular matrices (LinAlgError text), nan and inf entries, shape errors.
import numpy as np


def try_(name, f):
    try:
        r = f()
        print(name, "ok", r.shape, bool(np.all(np.isnan(r))), bool(np.any(np.isnan(r))))
    except np.linalg.LinAlgError as e:
        print(name, "LinAlgError:", e)
    except ValueError as e:
        print(name, "ValueError:", e)


for n in [31, 32, 33, 40]:
    z = np.zeros((n, n))
    try_(f"inv zeros {n}", lambda: np.linalg.inv(z))
    try_(f"solve zeros {n}", lambda: np.linalg.solve(z, np.ones(n)))
    r = np.ones((n, n))
    try_(f"inv ones {n}", lambda: np.linalg.inv(r))
    dup = np.eye(n)
    dup[:, 3] = 0.0
    try_(f"inv zero column {n}", lambda: np.linalg.inv(dup))
    try_(f"solve zero column {n}", lambda: np.linalg.solve(dup, np.arange(n, dtype=float)))
    print("det zero column", float(np.linalg.det(dup)))

try_("solve nan rhs", lambda: np.linalg.solve(np.eye(40) * 2.0, np.full(40, np.nan)))
x = np.linalg.solve(np.eye(40) * 2.0, np.where(np.arange(40) == 4, np.inf, 1.0))
print("inf rhs", x[3:6])
try_("solve shape", lambda: np.linalg.solve(np.eye(40), np.ones(39)))
try_("solve shape 2", lambda: np.linalg.solve(np.eye(40), np.ones((39, 2))))
try_("inv not square", lambda: np.linalg.inv(np.ones((40, 41))))
try_("inv 1-d", lambda: np.linalg.inv(np.ones(40)))
