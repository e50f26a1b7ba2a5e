# Conway's Game of Life on a small wrapping grid, with a glider and a blinker.
W, H = 12, 8
def make(cells):
    grid = [[0] * W for _ in range(H)]
    for r, c in cells:
        grid[r][c] = 1
    return grid
def neighbours(grid, r, c):
    return sum(grid[(r + dr) % H][(c + dc) % W] for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc)
def step(grid):
    new = []
    for r in range(H):
        row = []
        for c in range(W):
            n = neighbours(grid, r, c)
            row.append(1 if n == 3 or (n == 2 and grid[r][c]) else 0)
        new.append(row)
    return new
def show(grid, gen):
    print(f"generation {gen}, alive {sum(map(sum, grid))}")
    for row in grid:
        print("".join("#" if v else "." for v in row))
glider = [(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)]
blinker = [(5, 8), (5, 9), (5, 10)]
grid = make(glider + blinker)
for gen in range(5):
    show(grid, gen)
    grid = step(grid)
seen = {}
grid = make(glider)
for gen in range(100):
    key = tuple(tuple(r) for r in grid)
    if key in seen:
        print("glider state repeats: generation", gen, "matches", seen[key])
        break
    seen[key] = gen
    grid = step(grid)
block = make([(1, 1), (1, 2), (2, 1), (2, 2)])
print("block is still life:", step(block) == block)
empty = make([])
print("empty stays empty:", step(empty) == empty)
r_pentomino = make([(3, 5), (3, 6), (4, 4), (4, 5), (5, 5)])
counts = []
for _ in range(30):
    counts.append(sum(map(sum, r_pentomino)))
    r_pentomino = step(r_pentomino)
print(counts)
