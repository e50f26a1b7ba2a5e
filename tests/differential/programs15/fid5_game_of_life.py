"""Conway's game of life on a bounded torus and on an unbounded set, with pattern detection."""

from collections import Counter


class Board:
    def __init__(self, rows, cols, alive=()):
        self.rows, self.cols = rows, cols
        self.cells = [[False] * cols for _ in range(rows)]
        for r, c in alive:
            self.cells[r % rows][c % cols] = True

    @classmethod
    def parse(cls, text):
        lines = [ln for ln in text.strip("\n").splitlines()]
        alive = [(r, c) for r, ln in enumerate(lines) for c, ch in enumerate(ln) if ch in "#O*"]
        return cls(len(lines), max(map(len, lines)), alive)

    def neighbours(self, r, c):
        return sum(self.cells[(r + dr) % self.rows][(c + dc) % self.cols]
                   for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc)

    def step(self):
        nxt = Board(self.rows, self.cols)
        for r in range(self.rows):
            for c in range(self.cols):
                n = self.neighbours(r, c)
                nxt.cells[r][c] = n == 3 or (self.cells[r][c] and n == 2)
        return nxt

    def population(self):
        return sum(map(sum, self.cells))

    def key(self):
        return tuple(tuple(row) for row in self.cells)

    def __eq__(self, other):
        return isinstance(other, Board) and self.key() == other.key()

    def __hash__(self):
        return hash(self.key())

    def __str__(self):
        return "\n".join("".join("#" if x else "." for x in row) for row in self.cells)


def life_set(cells):
    counts = Counter((r + dr, c + dc) for r, c in cells for dr in (-1, 0, 1) for dc in (-1, 0, 1)
                     if dr or dc)
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in cells)}


def bbox(cells):
    rs = [r for r, _ in cells]
    cs = [c for _, c in cells]
    return (min(rs), min(cs), max(rs), max(cs))


def normalize(cells):
    r0, c0, _, _ = bbox(cells)
    return frozenset((r - r0, c - c0) for r, c in cells)


glider = Board.parse("""
.#.....
..#....
###....
.......
.......
.......
""")
print(glider, glider.population(), sep="\n")
seen = {glider: 0}
b = glider
for gen in range(1, 40):
    b = b.step()
    if b in seen:
        print(f"cycle: generation {gen} repeats generation {seen[b]}")
        break
    seen[b] = gen
    if gen in (1, 4):
        print(f"gen {gen}:\n{b}")

blinker = Board.parse("...\n###\n...")
print(blinker.step(), blinker.step().step() == blinker, sep="\n")

cells = {(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)}
shapes = []
for i in range(9):
    shapes.append(normalize(cells))
    cells = life_set(cells)
print(bbox(cells), len(set(shapes)), shapes[0] == shapes[4], sorted(shapes[2]))

r_pent = {(0, 1), (0, 2), (1, 0), (1, 1), (2, 1)}
pops = []
for i in range(60):
    pops.append(len(r_pent))
    r_pent = life_set(r_pent)
print(pops)
print(max(pops), pops.index(max(pops)), sum(pops) / len(pops), bbox(r_pent))
hist = Counter(pops)
print(hist.most_common(4))
