import itertools
from functools import lru_cache


def n_queens(n):
    sols = []
    cols = [0] * n

    def place(r, used, d1, d2):
        if r == n:
            sols.append(cols[:])
            return
        for c in range(n):
            if c in used or (r - c) in d1 or (r + c) in d2:
                continue
            cols[r] = c
            place(r + 1, used | {c}, d1 | {r - c}, d2 | {r + c})

    place(0, frozenset(), frozenset(), frozenset())
    return sols


sols = n_queens(6)
print(len(sols), sols[0])
for r in sols[0]:
    print("".join("Q" if c == r else "." for c in range(6)))
print([len(n_queens(k)) for k in range(1, 8)])

GRID = [
    "53..7....", "6..195...", ".98....6.", "8...6...3", "4..8.3..1", "7...2...6", ".6....28.", "...419..5", "....8..79",
]


def solve(board):
    for i in range(81):
        if board[i] == 0:
            r, c = divmod(i, 9)
            used = {board[r * 9 + k] for k in range(9)} | {board[k * 9 + c] for k in range(9)}
            br, bc = r // 3 * 3, c // 3 * 3
            used |= {board[(br + a) * 9 + bc + b] for a in range(3) for b in range(3)}
            for v in range(1, 10):
                if v not in used:
                    board[i] = v
                    if solve(board):
                        return True
            board[i] = 0
            return False
    return True


board = [0 if ch == "." else int(ch) for row in GRID for ch in row]
print(solve(board))
for r in range(0, 81, 27):
    print(board[r:r + 9])


@lru_cache(maxsize=None)
def edit_distance(a, b):
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))


for x, y in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("intention", "execution")]:
    print(x, y, edit_distance(x, y))


def hanoi(n, src="A", dst="C", via="B", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves


print(len(hanoi(10)), hanoi(3))


def subsets_sum(nums, target):
    return [c for r in range(len(nums) + 1) for c in itertools.combinations(nums, r) if sum(c) == target]


print(subsets_sum([3, 34, 4, 12, 5, 2], 9))


def permutations_unique(s):
    if len(s) <= 1:
        return {s}
    return {ch + p for i, ch in enumerate(s) for p in permutations_unique(s[:i] + s[i + 1:])}


print(sorted(permutations_unique("aab")), len(permutations_unique("abcd")))


def collatz_len(n, cache={1: 1}):
    if n not in cache:
        cache[n] = 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)
    return cache[n]


best = max(range(1, 10000), key=collatz_len)
print(best, collatz_len(best))


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print([ackermann(2, k) for k in range(5)], ackermann(3, 3))


def deep(n):
    return n if n == 0 else deep(n - 1)


try:
    deep(100000)
except RecursionError as e:
    print("RecursionError:", str(e)[:40])
