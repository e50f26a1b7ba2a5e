# Elementary cellular automata (rules 30 and 90) and a Life glider, with np.roll neighbourhoods.
import numpy as np

def run_rule(rule, width=31, steps=15):
    bits = np.array([(rule >> i) & 1 for i in range(8)], dtype=np.int64)
    row = np.zeros(width, dtype=np.int64)
    row[width // 2] = 1
    rows = [row]
    for _ in range(steps):
        idx = 4 * np.roll(row, 1) + 2 * row + np.roll(row, -1)
        row = bits[idx]
        rows.append(row)
    return np.array(rows)

for rule in (30, 90):
    g = run_rule(rule)
    print(f"rule {rule}: live per step {g.sum(axis=1).tolist()}")
    for r in g[:8]:
        print("".join("#" if v else "." for v in r))
    print("center column:", g[:, 15])
g30 = run_rule(30, 63, 40)
print("rule 30 density %.6f" % g30.mean(), g30.shape)
life = np.zeros((8, 8), dtype=int)
life[1, 2] = life[2, 3] = life[3, 1] = life[3, 2] = life[3, 3] = 1
def step(b):
    n = sum(np.roll(np.roll(b, dy, 0), dx, 1) for dy in (-1, 0, 1) for dx in (-1, 0, 1) if (dy, dx) != (0, 0))
    return ((n == 3) | ((b == 1) & (n == 2))).astype(int)
for t in range(4):
    life = step(life)
print(life)
print("alive:", life.sum(), "cells:", np.argwhere(life).tolist())
for t in range(28):
    life = step(life)
print("after 32 steps alive:", life.sum(), np.argwhere(life)[0])
nbr = sum(np.roll(np.roll(life, dy, 0), dx, 1) for dy in (-1, 0, 1) for dx in (-1, 0, 1)) - life
print(nbr)
