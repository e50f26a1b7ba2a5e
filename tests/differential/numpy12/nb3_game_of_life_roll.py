# Conway's game of life on a torus with np.roll, plus a bounded variant with np.pad; pattern stats.
import numpy as np


def step_torus(g):
    n = sum(np.roll(np.roll(g, dy, 0), dx, 1) for dy in (-1, 0, 1) for dx in (-1, 0, 1) if (dy, dx) != (0, 0))
    return ((n == 3) | ((g == 1) & (n == 2))).astype(int)


def step_bounded(g):
    p = np.pad(g, 1)
    n = sum(p[1 + dy:p.shape[0] - 1 + dy, 1 + dx:p.shape[1] - 1 + dx] for dy in (-1, 0, 1) for dx in (-1, 0, 1) if dy or dx)
    return np.where((n == 3) | ((g == 1) & (n == 2)), 1, 0)


def show(g):
    for row in g:
        print("".join("#" if v else "." for v in row))


g = np.zeros((8, 8), dtype=int)
g[1, 2] = g[2, 3] = g[3, 1] = g[3, 2] = g[3, 3] = 1
show(g)
pop = [g.sum()]
for i in range(16):
    g = step_torus(g)
    pop.append(g.sum())
print()
show(g)
print("population:", pop)
ys, xs = np.nonzero(g)
print("glider cells:", list(zip(ys.tolist(), xs.tolist())))
print("centroid:", ys.mean(), xs.mean())
b = np.zeros((6, 6), dtype=int)
b[2, 1:4] = 1
seen = []
for i in range(4):
    seen.append(b.copy())
    b = step_bounded(b)
print(np.array_equal(seen[0], seen[2]), np.array_equal(seen[0], seen[1]))
print(seen[1])
rng = np.random.RandomState(1)
r = (rng.rand(20, 20) < 0.35).astype(int)
hist = []
for i in range(30):
    r = step_torus(r)
    hist.append(int(r.sum()))
print(hist)
print("row sums:", r.sum(axis=1))
print("col max run:", max(len(s) for s in "".join(map(str, r.max(axis=0))).split("0")))
print("density %.4f" % r.mean())
blk = r.reshape(4, 5, 4, 5).sum(axis=(1, 3))
print(blk)
print(np.argwhere(blk == blk.max()))
same_torus = step_torus(np.pad(np.ones((2, 2), dtype=int), 3))
print(same_torus.sum(), np.array_equal(same_torus, np.pad(np.ones((2, 2), dtype=int), 3)))
