from functools import cmp_to_key
from operator import itemgetter, attrgetter, methodcaller

rows = [("bob", 3, 2.5), ("alice", 3, 1.0), ("carol", 1, 9.9), ("dave", 2, 2.5), ("eve", 3, 2.5)]
print(sorted(rows))
print(sorted(rows, key=itemgetter(1), reverse=True))
print(sorted(rows, key=itemgetter(2, 0)))
print(sorted(rows, key=lambda r: (-r[1], r[0])))
print(sorted(rows, key=lambda r: r[2], reverse=True))
print(max(rows, key=itemgetter(2)), min(rows, key=lambda r: r[0][-1]))
print(sorted([3, 1.5, True, 0, -2, 2.0]))
print(sorted(["b", "A", "c", "B"], key=str.lower), sorted(["b", "A", "c", "B"], key=str.lower, reverse=True))
print(sorted([[1, 2], [1], [0, 5, 6], []]), sorted([(1, "b"), (1, "a"), (0, "z")], reverse=True))
print(sorted({"x": 3, "y": 1, "z": 2}.items(), key=lambda kv: kv[1]))


def cmp(a, b):
    return (len(a) > len(b)) - (len(a) < len(b)) or (a > b) - (a < b)


print(sorted(["ccc", "a", "bb", "aa", "b"], key=cmp_to_key(cmp)))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([(1, 2), (1, "x")])
except TypeError as e:
    print("TypeError:", e)
try:
    [3, None].sort()
except TypeError as e:
    print("TypeError:", e)


class P:
    def __init__(self, name, age):
        self.name, self.age = name, age

    def __repr__(self):
        return f"P({self.name!r}, {self.age})"

    def initial(self):
        return self.name[0]


people = [P("Zed", 30), P("amy", 25), P("Bob", 30)]
print(sorted(people, key=attrgetter("age", "name")))
print(sorted(people, key=methodcaller("initial")))
people.sort(key=lambda p: p.age, reverse=True)
print(people)
nums = [5, 2, 8, 2, 9, 1]
nums.sort(reverse=True)
print(nums, sorted(nums, key=lambda n: n % 3), list(reversed(nums)))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(set(words), key=lambda w: (len(w), w)))
print(sorted(words, key=len, reverse=True)[:4])
print(sorted([0.5, float("inf"), -1, float("-inf")]))
print(sorted("bca"), sorted((3, 1, 2)), sorted({3: 1, 1: 2}), sorted(range(5), reverse=True))
