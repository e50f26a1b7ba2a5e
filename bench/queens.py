# Backtracking search: N-queens by extending partial boards, with sets, tuples,
# generator expressions fed to builtins, and itertools.permutations for a brute-force check.
from itertools import permutations


def solve(n):
    solutions = []

    def place(row, cols, diag1, diag2, board):
        if row == n:
            solutions.append(tuple(board))
            return
        for c in range(n):
            if c in cols or (row + c) in diag1 or (row - c) in diag2:
                continue
            cols.add(c)
            diag1.add(row + c)
            diag2.add(row - c)
            board.append(c)
            place(row + 1, cols, diag1, diag2, board)
            board.pop()
            cols.remove(c)
            diag1.remove(row + c)
            diag2.remove(row - c)

    place(0, set(), set(), set(), [])
    return solutions


def brute(n):
    count = 0
    for p in permutations(range(n)):
        if len(set(p[i] + i for i in range(n))) == n and len({p[i] - i for i in range(n)}) == n:
            count += 1
    return count


total = 0
for n in range(4, 11):
    sols = solve(n)
    total += len(sols)
    print(n, len(sols), sols[0] if sols else None, sum(sum(s) for s in sols) % 1000)
print("brute", brute(7), brute(8), brute(9), total)
