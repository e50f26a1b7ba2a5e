# Lexicographic comparison of lists and tuples.
pairs = [([1, 2, 3], [1, 2, 4]), ([1, 2], [1, 2, 0]), ([], []), ([2], [1, 9]), ([1, [2]], [1, [3]]),
         ((1, "a"), (1, "b")), (["a"], ["B"]), ([1.0], [1]), ([0, 0], [False, -0.0])]
for a, b in pairs:
    print(a, b, a == b, a != b, a < b, a <= b, a > b, a >= b)
print([1, 2] == (1, 2), (1, 2) != [1, 2], [] == (), [[]] == [()], list((1, 2)) == [1, 2])
for a, b in [([1, "a"], [1, 2]), ([1], (1,)), ([None], [None, 1]), ([None], [None])]:
    try:
        print(a < b)
    except TypeError as e:
        print("TypeError", e)
print([None] < [None, 1], [1, None] < [2, 0], (1, {}) < (2, {}))
nan = float("nan")
print([nan] == [nan], [nan] < [nan], [1, nan] < [1, 2], [nan, 1] < [nan, 2])
print(max([[1, 2], [1, 3], [0, 9]]), min([(3,), (2, 9), (2, 8, 1)]), sorted([[3], [1, 2], [1], [2, 0]]))
print([1, 2, 3] < [1, 2, 3, -1], "abc" < "abd", [1, 2] > [1, 1, 99])
print((1, 2, 3) == (1, 2, 3) == (1, 2, 3), 0 < len([1]) <= 1)
class Key:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f"K{self.v}"
print([Key(1), Key(2)] < [Key(1), Key(3)], [Key(1)] == [Key(1)], (Key(2),) > (Key(1), Key(9)))
print(sorted([[Key(2)], [Key(1), Key(5)], [Key(1)]]))
words = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(words, key=lambda t: (t[1], t[0])), min(words), max(words, key=lambda t: t[::-1]))
