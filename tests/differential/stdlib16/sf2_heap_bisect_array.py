"""heapq and bisect with keys (3.10+), array typecodes: a scheduler and a sensor buffer."""
import heapq
import bisect
import array
from operator import itemgetter, attrgetter

tasks = [(3, "write"), (1, "plan"), (4, "test"), (1, "coffee"), (5, "ship"), (2, "review")]
h = []
for t in tasks:
    heapq.heappush(h, t)
print(h, heapq.heappop(h), heapq.heappushpop(h, (0, "urgent")), heapq.heapreplace(h, (9, "later")), h)
print([heapq.heappop(h) for _ in range(len(h))])
nums = [5, 1, 8, 3, 9, 2, 7, 4, 6, 0, 8]
heapq.heapify(nums)
print(nums, heapq.nlargest(3, nums), heapq.nsmallest(4, nums), heapq.nlargest(0, nums), heapq.nsmallest(20, [3, 1]))
people = [{"n": "ann", "age": 31}, {"n": "bob", "age": 25}, {"n": "cy", "age": 31}, {"n": "di", "age": 40}]
print(heapq.nlargest(2, people, key=itemgetter("age")), heapq.nsmallest(2, people, key=lambda p: (p["age"], p["n"])))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])), list(heapq.merge(["bb", "a"], ["ccc"], key=len)))
print(list(heapq.merge([9, 5, 1], [8, 2], reverse=True)), list(heapq.merge()), heapq.nlargest(1, []))
h2 = [3, 1, 2]
heapq.heapify(h2)
heapq._heapify_max if False else None
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
try:
    heapq.heappush(h2, "x")
except TypeError as e:
    print("TypeError:", e)

grades = [60, 70, 80, 90]
print([("FDCBA"[bisect.bisect(grades, s)]) for s in [33, 60, 75, 99, 90]])
a = [1, 2, 2, 2, 3, 5]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 4), bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 9, hi=3))
bisect.insort(a, 4)
bisect.insort_left(a, 2)
bisect.insort_right(a, 0, 0, 1)
print(a)
recs = [("ann", 25), ("bob", 30), ("cy", 35)]
print(bisect.bisect_left(recs, 30, key=itemgetter(1)), bisect.bisect_right(recs, 30, key=itemgetter(1)))
bisect.insort(recs, ("dan", 30), key=itemgetter(1))
bisect.insort_left(recs, ("eve", 30), key=itemgetter(1))
print(recs)
try:
    bisect.bisect([1], 1, lo=-1)
except ValueError as e:
    print("ValueError:", e)

for code in "bBuhHiIlLqQfd":
    arr = array.array(code, [1, 2, 3] if code != "u" else "abc")
    print(code, arr.itemsize, arr.typecode, repr(arr), arr.tolist() if code != "u" else arr.tounicode(), len(arr.tobytes()))
print(array.typecodes)
ar = array.array("h", range(-3, 4))
ar.append(100)
ar.extend([7, 8])
ar.insert(0, -100)
print(ar, ar.count(7), ar.index(100), ar.pop(), ar.pop(0), ar[2:5], ar[::-2], sum(ar), max(ar))
ar.remove(0)
ar.reverse()
print(ar, ar.buffer_info()[1], ar.tobytes()[:4])
ar2 = array.array("h")
ar2.frombytes(ar.tobytes())
print(ar2 == ar, ar2 < array.array("h", [200]), ar + array.array("h", [1]), ar * 2 if len(ar) < 5 else len(ar * 2))
b = array.array("H", [1, 256, 65535])
b.byteswap()
print(b, bytes(b))
for code, val in [("b", 128), ("B", -1), ("h", 40000), ("H", 70000), ("i", 2**31), ("I", -1), ("q", 2**63), ("f", "x")]:
    try:
        array.array(code, [val])
    except (OverflowError, TypeError) as e:
        print(code, type(e).__name__ + ":", e)
try:
    array.array("z")
except ValueError as e:
    print("ValueError:", e)
try:
    array.array("i", [1]) + array.array("d", [1.0])
except TypeError as e:
    print("TypeError:", e)
f = array.array("f", [0.1, 1 / 3])
print(f, f[0], array.array("d", [0.1]) [0], f.tolist())
sensor = array.array("d")
for i in range(10):
    sensor.append(i * 0.5)
window = sensor[-4:]
print(window, sum(window) / len(window), array.array("i", b"\x01\x00\x00\x00\x02\x00\x00\x00"))
u = array.array("u", "héllo")
print(u, u.tounicode(), u[1], len(u))
u.fromunicode("!")
print(u)
ar3 = array.array("l", [5, 3, 9])
ar3[1] = 4
ar3[0:2] = array.array("l", [1, 1, 1])
del ar3[-1]
print(ar3, sorted(ar3), list(reversed(ar3)), 9 in ar3, ar3.fromlist([10, 11]) or ar3)
