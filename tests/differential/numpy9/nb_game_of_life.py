# Conway's game of life on a torus with np.roll.
import numpy as np

grid = np.zeros((10, 10), dtype=int)
grid[1, 2] = grid[2, 3] = grid[3, 1] = grid[3, 2] = grid[3, 3] = 1  # glider
grid[6:9, 7] = 1  # blinker


def step(g):
    n = sum(np.roll(np.roll(g, dy, axis=0), dx, axis=1)
            for dy in (-1, 0, 1) for dx in (-1, 0, 1) if (dy, dx) != (0, 0))
    return ((n == 3) | ((g == 1) & (n == 2))).astype(int)


def show(g):
    for row in g:
        print("".join("#" if c else "." for c in row))


show(grid)
history = [grid.sum()]
for gen in range(1, 9):
    grid = step(grid)
    history.append(int(grid.sum()))
    if gen in (1, 4, 8):
        print(f"-- generation {gen}")
        show(grid)
print("population:", history)
ys, xs = np.nonzero(grid[:5, :6])
print("glider cells:", list(zip(ys.tolist(), xs.tolist())))
print("center of mass:", np.round(np.argwhere(grid).mean(axis=0), 3))
print(np.argwhere(grid[5:, 5:]))
neighbours = sum(np.roll(np.roll(grid, dy, 0), dx, 1) for dy in (-1, 0, 1) for dx in (-1, 0, 1)) - grid
print(neighbours)
