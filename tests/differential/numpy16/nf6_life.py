# Game of life with np.roll and neighbor sums.
import numpy as np

grid = np.zeros((8, 8), dtype=int)
grid[1, 2] = grid[2, 3] = grid[3, 1] = grid[3, 2] = grid[3, 3] = 1
grid[6, 5:8] = 1

def step(g):
    n = sum(np.roll(np.roll(g, i, 0), j, 1) for i in (-1, 0, 1) for j in (-1, 0, 1) if (i, j) != (0, 0))
    return ((n == 3) | ((g == 1) & (n == 2))).astype(int)

def show(g):
    for row in g:
        print("".join("#" if v else "." for v in row))

show(grid)
for gen in range(4):
    grid = step(grid)
    print("gen", gen + 1, "alive", grid.sum())
show(grid)
print(grid)
print(np.argwhere(grid))
# bounded version with padding
g2 = np.zeros((6, 6), dtype=np.uint8)
g2[2, 1:4] = 1
for _ in range(3):
    p = np.pad(g2, 1)
    n = (p[:-2, :-2] + p[:-2, 1:-1] + p[:-2, 2:] + p[1:-1, :-2] + p[1:-1, 2:] + p[2:, :-2] + p[2:, 1:-1] + p[2:, 2:])
    g2 = ((n == 3) | ((g2 == 1) & (n == 2))).astype(np.uint8)
    print(g2)
print(g2.dtype, n.dtype, n.max())
# cellular automaton rule 30
width = 31
cells = np.zeros(width, dtype=np.int8)
cells[width // 2] = 1
rule = np.array([(30 >> i) & 1 for i in range(8)], dtype=np.int8)
for _ in range(12):
    print("".join("X" if c else " " for c in cells).rstrip())
    idx = 4 * np.roll(cells, 1) + 2 * cells + np.roll(cells, -1)
    cells = rule[idx]
print(cells, idx.dtype)
