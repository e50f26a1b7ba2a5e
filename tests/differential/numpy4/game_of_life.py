# Conway's game of life on an integer grid with np.roll neighbours, plus pattern statistics.
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
        print("".join("#" if v else "." for v in row))

show(grid)
population = [int(grid.sum())]
for gen in range(8):
    grid = step(grid)
    population.append(int(grid.sum()))
print()
show(grid)
print(population)
print(grid.dtype, grid.sum(axis=0), grid.sum(axis=1))
ys, xs = np.nonzero(grid)
print("bbox", ys.min(), ys.max(), xs.min(), xs.max())
print("centre of mass", ys.mean(), xs.mean())
n = sum(np.roll(np.roll(grid, dy, axis=0), dx, axis=1) for dy in (-1, 0, 1) for dx in (-1, 0, 1) if (dy, dx) != (0, 0))
print(n)
print(np.bincount(n.ravel()))
rng = np.random.default_rng(3)
soup = (rng.random((12, 12)) < 0.35).astype(int)
print(soup.sum())
hist = []
for gen in range(20):
    soup = step(soup)
    hist.append(int(soup.sum()))
print(hist)
print(np.array(hist).max(), np.argmax(hist), np.mean(hist))
print(repr(soup[:3]))
