# Elementary cellular automata (rules 30/90/110) with bit tricks, and 2-D majority voting.
import numpy as np


def step(cells, rule):
    bits = np.array([(rule >> i) & 1 for i in range(8)], dtype=np.uint8)
    left = np.roll(cells, 1)
    right = np.roll(cells, -1)
    idx = (left << 2) | (cells << 1) | right
    return bits[idx]


w = 31
for rule in [30, 90, 110]:
    c = np.zeros(w, dtype=np.uint8)
    c[w // 2] = 1
    rows = [c]
    for _ in range(15):
        c = step(c, rule)
        rows.append(c)
    grid = np.array(rows)
    print("rule", rule, grid.sum(), grid.sum(axis=1))
    for r in grid[:8]:
        print("".join(np.where(r == 1, "#", ".")))
    print(np.packbits(grid[-1]), grid.dtype, np.unpackbits(np.packbits(grid[-1]))[:w].sum())
rng = np.random.default_rng(4)
g = (rng.random((10, 10)) < 0.5).astype(int)
print(g)
for it in range(4):
    nb = sum(np.roll(np.roll(g, dy, 0), dx, 1) for dy in (-1, 0, 1) for dx in (-1, 0, 1))
    g = (nb >= 5).astype(int)
    print(it, g.sum(), g.sum(axis=0))
print(g)
labels = g * (np.arange(100).reshape(10, 10) + 1)
print(np.unique(labels[labels > 0]).size, np.count_nonzero(np.diff(g, axis=1)))
print(np.bitwise_xor.reduce(np.arange(1, 9)), np.bitwise_or.accumulate(np.array([1, 2, 4, 8])), np.binary_repr(30, width=8))
