# ndindex and ndenumerate to walk grids the way loop-heavy notebook code does.
import numpy as np

grid = np.arange(12).reshape(3, 4) * 0.5
print("ndenumerate")
total = 0.0
for (i, j), v in np.ndenumerate(grid):
    if (i + j) % 3 == 0:
        print(i, j, v)
        total += v
print("total", total)

print("ndindex over a shape")
for idx in np.ndindex(2, 3):
    print(idx, end=" ")
print()
print(list(np.ndindex((2, 2, 2)))[:5])
print(list(np.ndindex()))

print("neighbour sums with ndindex")
board = np.array([[0, 1, 0, 0], [1, 1, 0, 1], [0, 0, 1, 1]])
rows, cols = board.shape
counts = np.zeros_like(board)
for r, c in np.ndindex(board.shape):
    s = 0
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            if (dr or dc) and 0 <= r + dr < rows and 0 <= c + dc < cols:
                s += board[r + dr, c + dc]
    counts[r, c] = s
print(counts)

print("ndenumerate over 1-D and 3-D")
for i, v in np.ndenumerate(np.array([2.5, -1.0])):
    print(i, v, type(v).__name__)
cube = np.arange(8).reshape(2, 2, 2)
print([idx for idx, v in np.ndenumerate(cube) if v % 3 == 0])

print("flat iterator and nonzero coordinates")
print([int(v) for v in grid.flat][:6])
print(list(zip(*np.nonzero(board))))
print(np.argwhere(board == 1))
print("unravel and ravel multi-index")
print(np.unravel_index(7, (3, 4)), np.unravel_index([1, 11], (3, 4)))
print(np.ravel_multi_index(([0, 2], [1, 3]), (3, 4)))
