# np.eye/np.identity and np.linalg.inv/solve results are fresh temporaries (a dead one may take
# an operator's result, an owned variable bound to one pools it when rebound): values must be
# unaffected, including when the array is kept elsewhere, aliased, or viewed. (inv/solve's
# last digits are not NumPy's: 9 significant digits printed.)
import numpy as np


def make(n, seed):
    i = np.arange(n).reshape(n, 1)
    j = np.arange(n).reshape(1, n)
    m = np.sin(0.3 * i * (seed + 1) + 0.1 * j * j) + np.cos(0.05 * (i + 2 * j))
    return m + n * np.eye(n)


def run(n, reps):
    kept = []
    total = 0.0
    inv = None
    for r in range(reps):
        a = make(n, r)
        inv = np.linalg.inv(a)
        err = float(np.max(np.abs(inv @ a - np.eye(n))))
        x = np.linalg.solve(a, np.arange(n, dtype=float) - n / 2)
        res = float(np.linalg.norm(a @ x - (np.arange(n, dtype=float) - n / 2)))
        total += float(np.sum(inv))
        kept.append(inv if r % 2 == 0 else x)
        print(n, r, err < 1e-9, res < 1e-8, f"{float(inv[0, 0]):.9e}", f"{float(x[-1]):.9e}")
    print("total", f"{total:.9e}", [f"{float(k.sum()):.9e}" for k in kept])


run(40, 3)
run(8, 3)

# An eye kept, then used in arithmetic; identity scaled; eye of other dtypes/shapes.
e = np.eye(5)
f = 2.0 * e + np.eye(5)
print(e.sum(), f.sum(), (np.identity(4) * 3).sum(), np.eye(3, 4, 1) - 1, np.eye(3, dtype=int) * 7)
z = np.eye(300) * 0.5 + np.eye(300)
w = np.eye(300)
v = w * 4.0
print(float(z.sum()), float(w.sum()), float(v.sum()))

# inv's result aliased, then the variable rebound.
a = np.arange(1.0, 1 + 64 * 64).reshape(64, 64) % 7 + 64 * np.eye(64)
keep = None
for r in range(3):
    b = np.linalg.inv(a + r)
    if r == 1:
        keep = b
    c = b @ a
    print(r, f"{float(c.trace()):.9e}", f"{float(b[3, 5]):.9e}")
print(f"{float(keep.sum()):.9e}", f"{float(keep[0, 1]):.9e}")
s = np.linalg.solve(a, np.ones(64))
t = s * 2
print(f"{float(s.sum()):.9e}", f"{float(t.sum()):.9e}")


# Functions whose every return is a fresh array (multi-statement bodies: the caller's owned
# variable owns the result), and ones that return a kept array, a view, or None on a path.
CACHE = {}


def scaled(n, k):
    m = np.eye(n) * k
    if k > 2:
        return m + 1.0
    return m - 1.0


def cached(n):
    if n not in CACHE:
        CACHE[n] = np.eye(n) * 3.0
    return CACHE[n]


def maybe(n, flag):
    m = np.ones((n, n)) * 2.0
    if flag:
        return m * 0.5
    for _ in range(1):
        m = m + 1.0
    return m[::-1] + 0.0


acc = 0.0
for r in range(6):
    u = scaled(200, r)
    v = cached(200)
    w = maybe(200, r % 2 == 0)
    u = u + v
    acc += float(u.sum()) + float(w.sum())
print(acc, float(CACHE[200].sum()), float(cached(200).sum()))
