"""Recursive backtracking: N-queens, sudoku, subset sum, permutations, word search."""
import sys

sys.setrecursionlimit(5000)


def queens(n):
    cols, d1, d2, board, out = set(), set(), set(), [], []

    def place(r):
        if r == n:
            out.append(board[:])
            return
        for c in range(n):
            if c in cols or r - c in d1 or r + c in d2:
                continue
            cols.add(c); d1.add(r - c); d2.add(r + c); board.append(c)
            place(r + 1)
            cols.remove(c); d1.remove(r - c); d2.remove(r + c); board.pop()

    place(0)
    return out


for n in range(1, 9):
    print(n, len(queens(n)))
first = queens(6)[0]
for c in first:
    print(" ".join("Q" if i == c else "." for i in range(6)))

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
grid = [[int(ch) if ch != "." else 0 for ch in line] for line in PUZZLE.split()]
calls = 0


def ok(g, r, c, v):
    if v in g[r] or any(g[i][c] == v for i in range(9)):
        return False
    br, bc = 3 * (r // 3), 3 * (c // 3)
    return all(g[i][j] != v for i in range(br, br + 3) for j in range(bc, bc + 3))


def solve(g):
    global calls
    calls += 1
    for r in range(9):
        for c in range(9):
            if g[r][c] == 0:
                for v in range(1, 10):
                    if ok(g, r, c, v):
                        g[r][c] = v
                        if solve(g):
                            return True
                        g[r][c] = 0
                return False
    return True


print(solve(grid), calls)
for i, row in enumerate(grid):
    print(" ".join(str(v) for v in row[:3]), "|", " ".join(map(str, row[3:6])), "|", *row[6:])
    if i in (2, 5):
        print("-" * 21)


def subset_sums(nums, target):
    res = []

    def go(i, chosen, total):
        if total == target:
            res.append(tuple(chosen))
            return
        if i == len(nums) or total > target:
            return
        go(i + 1, chosen + [nums[i]], total + nums[i])
        go(i + 1, chosen, total)
    go(0, [], 0)
    return res


print(subset_sums([3, 34, 4, 12, 5, 2], 9), subset_sums([1, 2, 3], 7))


def perms(s):
    if len(s) <= 1:
        return [s]
    return sorted({c + p for i, c in enumerate(s) for p in perms(s[:i] + s[i + 1:])})


print(perms("abc"), len(perms("aabb")), perms("aabb")[:3])

BOARD = ["ABCE", "SFCS", "ADEE"]


def exists(word):
    R, C = len(BOARD), len(BOARD[0])

    def dfs(r, c, i, used):
        if i == len(word):
            return True
        if not (0 <= r < R and 0 <= c < C) or (r, c) in used or BOARD[r][c] != word[i]:
            return False
        used.add((r, c))
        found = any(dfs(r + dr, c + dc, i + 1, used) for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)))
        used.discard((r, c))
        return found
    return any(dfs(r, c, 0, set()) for r in range(R) for c in range(C))


print({w: exists(w) for w in ["ABCCED", "SEE", "ABCB", "ESCFDA"]})


def hanoi(n, a="A", b="B", c="C"):
    if n == 0:
        return []
    return hanoi(n - 1, a, c, b) + [(a, c)] + hanoi(n - 1, b, a, c)


print(len(hanoi(10)), hanoi(3))


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(3000))
try:
    depth(100000)
except RecursionError as e:
    print("RecursionError:", str(e)[:40])
