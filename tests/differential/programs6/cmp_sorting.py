from functools import cmp_to_key, total_ordering
import operator
from operator import attrgetter, itemgetter, methodcaller


@total_ordering
class Version:
    def __init__(self, text):
        self.text = text
        self.parts = tuple(int(p) if p.isdigit() else p for p in text.replace("-", ".").split("."))

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._key() < other._key()

    def _key(self):
        return tuple((0, p, "") if isinstance(p, int) else (1, 0, p) for p in self.parts)

    def __hash__(self):
        return hash(self.parts)

    def __repr__(self):
        return f"Version({self.text!r})"


versions = [Version(v) for v in ["1.10.0", "1.2.0", "1.2", "1.2.0-rc1", "0.9.9", "2.0", "1.10.0-alpha"]]
print(sorted(versions))
print(max(versions), min(versions), Version("1.2") <= Version("1.2.0"), Version("2.0") >= Version("1.9"))
print(Version("1.0") == "1.0", Version("1.0") != Version("1.0"))
try:
    Version("1") < "2"
except TypeError as e:
    print("TypeError:", e)


def by_length_then_reverse_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a < b) - (a > b)


words = "pear fig apple kiwi banana date plum cherry lime".split()
print(sorted(words, key=cmp_to_key(by_length_then_reverse_alpha)))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (w[-1], w)))
records = [
    {"name": "ann", "dept": "eng", "salary": 120},
    {"name": "bob", "dept": "ops", "salary": 95},
    {"name": "cy", "dept": "eng", "salary": 120},
    {"name": "dee", "dept": "ops", "salary": 130},
]
print([r["name"] for r in sorted(records, key=itemgetter("dept", "salary"))])
print([r["name"] for r in sorted(records, key=lambda r: (-r["salary"], r["name"]))])
pairs = [(3, "c"), (1, "a"), (2, "b"), (1, "z")]
print(sorted(pairs, key=itemgetter(1), reverse=True), sorted(pairs, key=itemgetter(0)))
print(list(map(methodcaller("upper"), ["a", "b"])), list(map(methodcaller("split", ","), ["1,2", "3"])))


class P:
    def __init__(self, name, age):
        self.name, self.age = name, age

    def __repr__(self):
        return f"P({self.name}, {self.age})"


people = [P("x", 30), P("y", 25), P("z", 30)]
print(sorted(people, key=attrgetter("age", "name")))
print(attrgetter("name")(people[0]), itemgetter(slice(1, 3))("abcdef"), itemgetter(0, -1)([1, 2, 3]))
stable = sorted(people, key=attrgetter("age"))
print(stable)
lst = [5, 3, 8, 1]
lst.sort(key=lambda v: -v)
print(lst)
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([P("a", 1), P("b", 2)])
except TypeError as e:
    print("TypeError:", e)
print(sorted([3, 1.5, True, 0, -2.5]), sorted({"b": 1, "a": 2}), sorted("hello"))
print(sorted([[2, 1], [1, 5, 0], [1, 5], []]), sorted([(1, "b"), (1, "a", 0), (0,)]))
print(operator.add(2, 3), operator.mul("ab", 3), operator.neg(5), operator.truediv(7, 2), operator.floordiv(-7, 2))
print(operator.contains([1, 2], 2), operator.getitem({"k": 9}, "k"), operator.not_(0), operator.is_(None, None))
print(operator.lt(1, 2), operator.index(7), operator.concat([1], [2]), operator.pow(2, 10), operator.xor(6, 3))
import heapq
print(heapq.nsmallest(3, words, key=len), heapq.nlargest(2, records, key=itemgetter("salary")))
