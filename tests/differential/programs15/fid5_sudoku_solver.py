"""Sudoku solver: constraint propagation + backtracking, with stats."""

PUZZLES = [
    "53..7....6..195....98....6.8...6...34..8.3..17...2...6.6....28....419..5....8..79",
    "..9748...7.........2.1.9.....7...24..64.1.59..98...3.....8.3.2.........6...2759..",
    "11.......................................................................................",
]


class Invalid(ValueError):
    pass


def parse(text):
    if len(text) != 81:
        raise Invalid(f"need 81 cells, got {len(text)}")
    grid = [[0 if ch == "." else int(ch) for ch in text[r * 9:(r + 1) * 9]] for r in range(9)]
    for r in range(9):
        row = [v for v in grid[r] if v]
        if len(row) != len(set(row)):
            raise Invalid(f"duplicate in row {r}")
    return grid


def candidates(grid, r, c):
    used = set(grid[r]) | {grid[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {grid[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [d for d in range(1, 10) if d not in used]


stats = {"calls": 0, "guesses": 0}


def solve(grid):
    stats["calls"] += 1
    best = None
    for r in range(9):
        for c in range(9):
            if grid[r][c] == 0:
                cands = candidates(grid, r, c)
                if not cands:
                    return False
                if best is None or len(cands) < len(best[2]):
                    best = (r, c, cands)
    if best is None:
        return True
    r, c, cands = best
    for d in cands:
        if len(cands) > 1:
            stats["guesses"] += 1
        grid[r][c] = d
        if solve(grid):
            return True
    grid[r][c] = 0
    return False


def show(grid):
    lines = []
    for r, row in enumerate(grid):
        if r and r % 3 == 0:
            lines.append("------+-------+------")
        chunks = [" ".join(str(v or ".") for v in row[i:i + 3]) for i in (0, 3, 6)]
        lines.append(" | ".join(chunks))
    return "\n".join(lines)


def valid(grid):
    units = [row for row in grid] + [list(col) for col in zip(*grid)]
    units += [[grid[r][c] for r in range(br, br + 3) for c in range(bc, bc + 3)]
              for br in (0, 3, 6) for bc in (0, 3, 6)]
    return all(sorted(u) == list(range(1, 10)) for u in units)


for text in PUZZLES:
    stats.update(calls=0, guesses=0)
    try:
        g = parse(text)
    except Invalid as e:
        print("invalid puzzle:", e, "|", type(e).__mro__[1].__name__)
        continue
    blanks = sum(row.count(0) for row in g)
    ok = solve(g)
    print(f"blanks={blanks} solved={ok} valid={valid(g)} {stats}")
    print(show(g))
    print("".join(map(str, (v for row in g for v in row)))[:27] + "...")

bad = "55" + "." * 79
try:
    parse(bad)
except Invalid as e:
    print(repr(e), e.args)
print(candidates(parse(PUZZLES[0]), 0, 2), candidates(parse(PUZZLES[0]), 4, 4))
