# operator.itemgetter/attrgetter/methodcaller, bisect with key, insort, heapq nsmallest/nlargest
# with keys and ties, heapq.merge, heappushpop/heapreplace.
import bisect
import heapq
from operator import itemgetter, attrgetter, methodcaller
from collections import namedtuple

rows = [("b", 2, 9.5), ("a", 2, 1.0), ("c", 1, 3.3)]
print(sorted(rows, key=itemgetter(1, 0)), itemgetter(2)(rows[0]), itemgetter(slice(0, 2))(rows[1]))
Emp = namedtuple("Emp", "name dept")
P = namedtuple("P", "emp age")
people = [P(Emp("zed", "ops"), 40), P(Emp("amy", "dev"), 30), P(Emp("bo", "dev"), 25)]
print([p.emp.name for p in sorted(people, key=attrgetter("emp.dept", "age"))], attrgetter("emp.name", "age")(people[0]))
print(list(map(methodcaller("replace", "a", "@"), ["banana", "xyz"])), methodcaller("split", ",", 1)("a,b,c"))
grades = [60, 70, 80, 90]
print([("FDCBA"[bisect.bisect(grades, s)]) for s in [33, 60, 75, 99, 90]], bisect.bisect_left(grades, 70), bisect.bisect_right(grades, 70))
byage = sorted(people, key=lambda p: p.age)
print(bisect.bisect_left(byage, 30, key=lambda p: p.age), bisect.bisect(byage, 100, key=lambda p: p.age))
xs = [1, 3, 3, 5]
bisect.insort(xs, 3)
bisect.insort_left(xs, 0)
bisect.insort(xs, 4, lo=2)
print(xs)
data = [5, 1, 8, 3, 9, 2, 8, 1]
print(heapq.nsmallest(3, data), heapq.nlargest(3, data), heapq.nlargest(2, rows, key=itemgetter(2)), heapq.nsmallest(2, ["bb", "a", "cc", "d"], key=len))
h = []
for v in data:
    heapq.heappush(h, v)
print(h, heapq.heappop(h), heapq.heappushpop(h, 0), heapq.heapreplace(h, 7), h)
h2 = data[:]
heapq.heapify(h2)
print(h2, [heapq.heappop(h2) for _ in range(len(h2))])
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])), list(heapq.merge(["bb", "a"], ["ccc"], key=len)), list(heapq.merge([3, 1], [4, 2], reverse=True)))
pq = []
for prio, task in [(2, "write"), (1, "read"), (2, "alpha"), (1, "zip")]:
    heapq.heappush(pq, (prio, task))
print([heapq.heappop(pq) for _ in range(4)])
