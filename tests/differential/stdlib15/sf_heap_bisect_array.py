import heapq
import bisect
import array
from collections import namedtuple

nums = [5, 1, 8, 3, 9, 2, 7, 4, 6, 0]
h = nums[:]
heapq.heapify(h)
print(h, [heapq.heappop(h) for _ in range(3)], h)
heapq.heappush(h, -1)
print(h, heapq.heappushpop(h, 10), heapq.heapreplace(h, 4), h)
print(heapq.nlargest(3, nums), heapq.nsmallest(3, nums), heapq.nlargest(0, nums), heapq.nsmallest(20, nums))
words = ["pear", "fig", "banana", "kiwi", "apple", "date"]
print(heapq.nlargest(2, words, key=len), heapq.nsmallest(3, words, key=lambda w: (len(w), w)), heapq.nlargest(1, []))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 3, 9])), list(heapq.merge(["b", "d"], ["a", "c"], key=str.upper)), list(heapq.merge([7, 4, 1], [8, 2], reverse=True)))
Task = namedtuple("Task", "prio name")
pq = []
for t in [Task(3, "write"), Task(1, "plan"), Task(2, "code"), Task(1, "coffee")]:
    heapq.heappush(pq, t)
while pq:
    print(heapq.heappop(pq))
mh = [(-v, k) for k, v in {"a": 3, "b": 9, "c": 1}.items()]
heapq.heapify(mh)
print(heapq.heappop(mh))
h2 = []
heapq.heappush(h2, (1, {"x": 1}))
try:
    heapq.heappush(h2, (1, {"y": 2}))
except TypeError as e:
    print("TypeError:", e)
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)

grades = [60, 70, 80, 90]
for score in [55, 60, 65, 90, 99]:
    print(score, "FDCBA"[bisect.bisect(grades, score)], bisect.bisect_left(grades, score), bisect.bisect_right(grades, score))
a = [1, 3, 3, 5]
bisect.insort(a, 3)
bisect.insort_left(a, 0)
bisect.insort_right(a, 6)
print(a, bisect.bisect_left(a, 3, 2), bisect.bisect_left(a, 3, lo=0, hi=2))
recs = [("alice", 30), ("bob", 25), ("carol", 35)]
recs.sort(key=lambda r: r[1])
print(bisect.bisect_left(recs, 30, key=lambda r: r[1]), bisect.bisect_right(recs, 30, key=lambda r: r[1]))
bisect.insort(recs, ("dave", 28), key=lambda r: r[1])
bisect.insort_left(recs, ("eve", 35), key=lambda r: r[1])
print(recs)
try:
    bisect.bisect([1], 1, lo=-1)
except ValueError as e:
    print("ValueError:", e)

for tc in "bBhHiIlLqQfd":
    arr = array.array(tc, [1, 2, 3])
    print(tc, arr.itemsize, arr, arr.tolist(), arr.typecode, len(arr.tobytes()))
ua = array.array("u", "hello")
print(ua, ua.tounicode(), ua[1])
a = array.array("i", range(5))
a.append(10)
a.extend([20, 30])
a.insert(0, -1)
print(a, a.pop(), a.index(10), a.count(2), a[2:5], a[::-1], sum(a), max(a))
a.remove(-1)
a.reverse()
print(a, a.buffer_info()[1], repr(array.array("d")), array.array("d", [1.5, 2.25]))
b = array.array("H")
b.frombytes(b"\x01\x00\x02\x00")
print(b, b.tobytes(), bytes(b), array.array("b", b"\xff\x01"))
b.byteswap()
print(b)
c = array.array("f", [0.1, 0.5])
print(c, c[0], array.array("q", [2 ** 40]) * 2, array.array("i", [1]) + array.array("i", [2]))
a[0] = 99
a[1:3] = array.array("i", [7, 7, 7])
print(a, 7 in a, array.array("i", [1, 2]) == array.array("i", [1, 2]), array.array("i", [1]) < array.array("i", [2]))
a.fromlist([5, 6])
print(a.tolist(), array.typecodes)
for bad in [lambda: array.array("b", [200]), lambda: array.array("z"), lambda: array.array("i", [1.5]), lambda: array.array("B", [-1]), lambda: a.index(12345), lambda: array.array("i", "ab")]:
    try:
        bad()
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
