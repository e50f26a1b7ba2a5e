# Sorting: stability with keys, reverse keeps stability, multi-pass sorts, key functions
# returning tuples, sorting mixed int/float, sorted on dict items, min/max with key and default.
records = [("bob", 3, 7.5), ("amy", 1, 9.0), ("cal", 3, 6.0), ("dee", 2, 9.0), ("eve", 1, 7.5), ("fay", 2, 6.0)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[2], reverse=True))
print(sorted(records, key=lambda r: (-r[2], r[0])))
by_score = sorted(records, key=lambda r: r[0], reverse=True)
by_score.sort(key=lambda r: r[1])
print([r[0] for r in by_score])
print(sorted([3, 1.5, 2, -0.0, 0, True, 2.0]))
print(sorted({"b": 2, "a": 3, "c": 1}.items(), key=lambda kv: kv[1]))
print(sorted("Banana apple Cherry date".split(), key=str.lower), sorted("bBaA"), sorted("bBaA", key=str.casefold))
print(min(records, key=lambda r: r[2]), max(records, key=lambda r: r[2]), max([], default="none"))
print(max([1, 5, 5, 2], key=lambda v: v), max([(1, "a"), (1, "b")]), min("hello"), max(3, 9, 4))
words = ["aa", "b", "cc", "d", "eee", "f"]
words.sort(key=len, reverse=True)
print(words)
print(sorted([[2, 1], [1, 2], [1], [2]]), sorted([(1, None), (0, None)]))
try:
    sorted([(1, None), (1, 2)])
except TypeError as e:
    print(e)
print(list(reversed(sorted(range(5), key=lambda v: v % 2))))
