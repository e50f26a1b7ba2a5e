# Backtracking sudoku solver with constraint propagation of candidates.
PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""
def parse(text):
    rows = [line for line in text.split() if line]
    return [[0 if ch == "." else int(ch) for ch in row] for row in rows]
def candidates(board, r, c):
    used = set(board[r]) | {board[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {board[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [d for d in range(1, 10) if d not in used]
stats = {"calls": 0}
def solve(board):
    stats["calls"] += 1
    best = None
    for r in range(9):
        for c in range(9):
            if board[r][c] == 0:
                cands = candidates(board, r, c)
                if not cands:
                    return False
                if best is None or len(cands) < len(best[2]):
                    best = (r, c, cands)
    if best is None:
        return True
    r, c, cands = best
    for d in cands:
        board[r][c] = d
        if solve(board):
            return True
    board[r][c] = 0
    return False
def show(board):
    for i, row in enumerate(board):
        if i and i % 3 == 0:
            print("------+-------+------")
        print(" | ".join(" ".join(str(v) if v else "." for v in row[k:k + 3]) for k in (0, 3, 6)))
def valid(board):
    groups = [row for row in board] + [list(col) for col in zip(*board)]
    groups += [[board[r][c] for r in range(br, br + 3) for c in range(bc, bc + 3)] for br in (0, 3, 6) for bc in (0, 3, 6)]
    return all(sorted(g) == list(range(1, 10)) for g in groups)
board = parse(PUZZLE)
show(board)
print("givens:", sum(v != 0 for row in board for v in row))
print("solved:", solve(board), "calls:", stats["calls"])
show(board)
print("valid:", valid(board))
bad = parse(PUZZLE)
bad[0][2] = 5
print("contradictory puzzle solvable:", solve(bad))
