import sys
from functools import lru_cache


def hanoi(n, src="A", via="B", dst="C", moves=None):
    moves = [] if moves is None else moves
    if n:
        hanoi(n - 1, src, dst, via, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, src, dst, moves)
    return moves


def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    out = []
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            out.append([x] + rest)
    return out


def flatten(obj):
    if isinstance(obj, (list, tuple)):
        for x in obj:
            yield from flatten(x)
    else:
        yield obj


@lru_cache(maxsize=None)
def partitions(n, largest=None):
    largest = n if largest is None else largest
    if n == 0:
        return 1
    return sum(partitions(n - k, k) for k in range(1, min(n, largest) + 1))


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


def nested_repr(d):
    if d == 0:
        return []
    return [nested_repr(d - 1)]


print(len(hanoi(10)), hanoi(3))
print(permutations([1, 2, 3]), len(permutations(list("abcde"))))
print(list(flatten([1, [2, (3, [4, [5]])], "ab", []])))
print([partitions(n) for n in range(1, 16)], partitions(100))
print(ackermann(2, 3), ackermann(3, 3))
print(depth(900))
print(nested_repr(6), str(nested_repr(3)).count("["))
lst = [1, 2]
lst.append(lst)
d = {"self": None}
d["self"] = d
print(lst, d)
try:
    depth(100000)
except RecursionError as e:
    print("RecursionError:", e)
print("limit", sys.getrecursionlimit())


def mutual_even(n):
    return True if n == 0 else mutual_odd(n - 1)


def mutual_odd(n):
    return False if n == 0 else mutual_even(n - 1)


print(mutual_even(500), mutual_odd(301))
