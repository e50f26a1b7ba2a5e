"""Deep recursion, RecursionError handling and sys.getrecursionlimit."""
import sys


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(900))
print(sys.getrecursionlimit())


def runaway(n):
    return runaway(n + 1) + 1


try:
    runaway(0)
except RecursionError as e:
    print("RecursionError:", e)
    print(isinstance(e, RuntimeError), type(e).__mro__[1].__name__)


class Node:
    def __init__(self, value, child=None):
        self.value = value
        self.child = child

    def __repr__(self):
        return f"Node({self.value}, {self.child!r})"


chain = None
for i in range(5):
    chain = Node(i, chain)
print(chain)

loop = Node("a")
loop.child = Node("b", loop)
try:
    repr(loop)
except RecursionError as e:
    print("repr RecursionError:", str(e)[:40])

lst = [1, 2]
lst.append(lst)
d = {"self": None}
d["self"] = d
print(lst, d)


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print([ackermann(2, n) for n in range(5)], ackermann(3, 3))


def count_paths(grid, r=0, c=0, memo=None):
    if memo is None:
        memo = {}
    if (r, c) in memo:
        return memo[(r, c)]
    rows, cols = len(grid), len(grid[0])
    if r >= rows or c >= cols or grid[r][c] == "#":
        return 0
    if (r, c) == (rows - 1, cols - 1):
        return 1
    memo[(r, c)] = count_paths(grid, r + 1, c, memo) + count_paths(grid, r, c + 1, memo)
    return memo[(r, c)]


grid = ["....", ".#..", "...#", "#..."]
print(count_paths(grid))


def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x


nested = [1, [2, [3, [4, [5, [6]]]]], 7]
print(list(flatten(nested)))

deep = []
cur = deep
for _ in range(200):
    nxt = []
    cur.append(nxt)
    cur = nxt
print(len(str(deep)), str(deep)[:10])


def mutual_even(n):
    return True if n == 0 else mutual_odd(n - 1)


def mutual_odd(n):
    return False if n == 0 else mutual_even(n - 1)


print(mutual_even(500), mutual_odd(333))
try:
    mutual_even(10 ** 6)
except RecursionError:
    print("too deep for mutual recursion")
print(depth(100) == 100)
