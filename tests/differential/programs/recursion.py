import sys
sys.setrecursionlimit(3000)


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(2500))


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print(ackermann(2, 3))


def flatten(x):
    if isinstance(x, (list, tuple)):
        for y in x:
            yield from flatten(y)
    else:
        yield x


nested = [1, [2, [3, [4, [5, (6, 7)]]]], 8]
print(list(flatten(nested)))


def perms(s):
    if len(s) <= 1:
        return [s]
    return [c + p for i, c in enumerate(s) for p in perms(s[:i] + s[i + 1:])]


print(perms("abc"), len(perms("abcde")))


def hanoi(n, a="A", b="B", c="C", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)
    return moves


print(len(hanoi(10)), hanoi(2))


def runaway(n):
    return runaway(n + 1)


try:
    runaway(0)
except RecursionError as e:
    print("RecursionError:", e)
print(sys.getrecursionlimit())
runaway(0)
