import heapq
import bisect
import operator
import string
from operator import itemgetter, attrgetter

h = []
for x in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, x)
print(h, heapq.heappop(h), h, heapq.nsmallest(2, [5, 1, 8, 3]), heapq.nlargest(2, [5, 1, 8, 3]))
tasks = [(3, "c"), (1, "a"), (2, "b")]
heapq.heapify(tasks)
print([heapq.heappop(tasks) for _ in range(3)])
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), heapq.nlargest(2, ["aa", "b", "cccc"], key=len))
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 5))
bisect.insort(a, 3)
bisect.insort_left(a, 4)
print(a, bisect.bisect_left([(1, "x"), (3, "y")], (2,)), bisect.bisect([1, 2, 3], 2, key=lambda v: v))
people = [("bob", 30), ("alice", 25), ("carol", 35)]
print(sorted(people, key=itemgetter(1)), itemgetter(0, 1)(people[0]), repr(itemgetter(1)))


class P:
    def __init__(self, name):
        self.name = name


print(attrgetter("name")(P("zed")), operator.add(1, 2), operator.mul("ab", 3), operator.neg(5), operator.not_(0))
print(operator.methodcaller("upper")("abc"), operator.contains([1, 2], 2), operator.itemgetter(slice(1, 3))("hello"))
print(string.ascii_lowercase, string.digits, string.punctuation)
print(string.capwords("hello   wORLD foo"), string.Template("$who likes ${what}").substitute(who="tim", what="pie"))
t = string.Template("$a and $b")
print(t.safe_substitute(a=1), t.substitute({"a": 1, "b": 2}))
try:
    t.substitute(a=1)
except KeyError as e:
    print("KeyError", e)
