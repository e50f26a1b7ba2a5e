"""Sorting: keys, stability, cmp_to_key, and TypeErrors on mixed types."""
from functools import cmp_to_key
from operator import itemgetter, attrgetter

records = [
    {"name": "ann", "dept": "eng", "age": 31, "salary": 120},
    {"name": "bob", "dept": "ops", "age": 45, "salary": 95},
    {"name": "cid", "dept": "eng", "age": 28, "salary": 120},
    {"name": "dee", "dept": "hr", "age": 39, "salary": 70},
    {"name": "eve", "dept": "ops", "age": 22, "salary": 95},
]
print([r["name"] for r in sorted(records, key=itemgetter("dept", "age"))])
print([r["name"] for r in sorted(records, key=lambda r: (-r["salary"], r["name"]))])
by_salary = sorted(records, key=itemgetter("salary"), reverse=True)
print([(r["name"], r["salary"]) for r in by_salary])


def compare(a, b):
    if a["dept"] != b["dept"]:
        return -1 if a["dept"] < b["dept"] else 1
    return b["age"] - a["age"]


print([r["name"] for r in sorted(records, key=cmp_to_key(compare))])


class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
        self.text = text

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return f"v{self.text}"


vs = [Version(t) for t in ["1.10", "1.2", "1.2.1", "0.9", "2.0", "1.2.0"]]
print(sorted(vs), max(vs), min(vs))
print(sorted(vs, key=attrgetter("text")))

mixed_cases = [
    [3, "a", 1],
    [1.5, None, 2],
    [(1, 2), (1, "x")],
    [[1], (1,)],
    [{1}, {2}, {1, 2}],
    [1 + 2j, 3],
    [{"a": 1}, {"b": 2}],
]
for case in mixed_cases:
    try:
        print("sorted:", sorted(case))
    except TypeError as e:
        print("TypeError:", e)

for a, b in [(1, "1"), ([1], 1), (None, 0), ("a", b"a"), (3, 3.5j)]:
    try:
        print(a < b)
    except TypeError as e:
        print("TypeError:", e)
    try:
        print(a >= b)
    except TypeError as e:
        print("TypeError:", e)
print(1 == "1", [1] == (1,), None == 0, {1: 2} == {1: 2.0})

try:
    max([])
except ValueError as e:
    print("ValueError:", e)
print(max([], default="empty"), min([3, 1, 2], key=lambda x: -x), max("abc", "abd", key=len))
try:
    min(1)
except TypeError as e:
    print("TypeError:", e)

pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "y")]
pairs.sort(key=itemgetter(0))
print(pairs)
pairs.sort()
print(pairs, sorted(pairs, reverse=True)[:2])
words = "The quick brown Fox jumps over the lazy Dog".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
print(sorted({3: "c", 1: "a", 2: "b"}.items(), key=itemgetter(1), reverse=True))
nan = float("nan")
print(sorted([3, nan, 1]) is not None, sorted([True, 0, -1, 2.5, False]))
lst = [5, 2, 9]
print(lst.sort(), lst, sorted("hello"), sorted((3, 1, 2)), list(reversed(sorted([1, 3, 2]))))
