"""heapq with tuples and keys (merge, nlargest/nsmallest), bisect with key=, array module methods, struct with native alignment '@'."""
import array
import bisect
import heapq
import struct
from collections import namedtuple

Task = namedtuple("Task", "prio name")
h = []
for t in [(3, "write"), (1, "plan"), (4, "test"), (1, "coffee"), (2, "code")]:
    heapq.heappush(h, t)
print(h, heapq.heappop(h), heapq.heappushpop(h, (0, "urgent")), heapq.heapreplace(h, (5, "ship")), h)
print([heapq.heappop(h) for _ in range(len(h))])
data = [5, 1, 8, 3, 9, 2, 7]
heapq.heapify(data)
print(data, heapq.nlargest(3, [5, 1, 8, 3, 9]), heapq.nsmallest(2, ["pear", "fig", "apple"], key=len), heapq.nlargest(2, [Task(2, "b"), Task(9, "a")], key=lambda t: t.prio))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge(["a", "cc"], ["bbb"], key=len)), list(heapq.merge([7, 4, 1], [8, 2], reverse=True)))
print(heapq.nsmallest(10, [3, 1, 2]), heapq.nlargest(0, [1, 2]), heapq.nlargest(1, []), heapq.nsmallest(1, [4, 2, 2], key=lambda v: -v))
maxh = []
for v in [5, 3, 9]:
    heapq.heappush(maxh, -v)
print([-heapq.heappop(maxh) for _ in range(3)])
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError", e)

scores = [("ann", 55), ("bob", 67), ("cid", 67), ("dee", 90)]
keys = [s for _, s in scores]
print(bisect.bisect_left(keys, 67), bisect.bisect_right(keys, 67), bisect.bisect(keys, 100), bisect.bisect_left(keys, 0))
print(bisect.bisect_left(scores, 67, key=lambda p: p[1]), bisect.bisect_right(scores, 67, key=lambda p: p[1]), bisect.bisect(scores, 60, lo=1, hi=3, key=lambda p: p[1]))
bisect.insort(scores, ("eve", 70), key=lambda p: p[1])
bisect.insort_left(scores, ("fay", 67), key=lambda p: p[1])
print(scores)
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
xs = [1.0, 2.5, 2.5, 4.0]
bisect.insort_right(xs, 2.5)
bisect.insort(xs, 0)
print(xs)
try:
    bisect.bisect([1, 2], 1, lo=-1)
except ValueError as e:
    print("ValueError", e)

a = array.array("i", [3, 1, 4, 1, 5])
a.append(9)
a.extend([2, 6])
a.insert(0, 7)
print(a, a.typecode, a.itemsize, len(a), a[2], a[-1], a[1:4], a.count(1), a.index(4), 4 in a)
a.remove(1)
print(a.pop(), a.pop(0), a, a.tolist(), a.tobytes()[:8], sum(a), max(a))
a.reverse()
print(a, a.buffer_info()[1], a * 2, a + array.array("i", [0]), a == array.array("i", a.tolist()), a < array.array("i", [9]))
b = array.array("d", [1.5, -2.25])
b.frombytes(struct.pack("<2d", 3.0, 4.5))
print(b, b.tobytes().hex()[:16], array.array("u", "héllo"), array.array("u", "ab").tounicode(), array.array("b", b"\x01\xff"), array.array("B", b"\x01\xff"))
c = array.array("h", range(5))
c[1:3] = array.array("h", [10, 20, 30])
del c[0]
c.byteswap()
print(c, array.array("L", [1, 2]).itemsize >= 4, array.typecodes, array.array("f", [0.1])[0], array.array("q", [-(2 ** 63)]))
c.fromlist([7, 8])
print(c, list(reversed(c)), sorted(c), repr(array.array("d")), repr(array.array("u")))
for bad in [lambda: array.array("z"), lambda: array.array("b", [300]), lambda: array.array("i", [1.5]), lambda: array.array("i").pop(), lambda: array.array("i", [1]).index(5), lambda: array.array("B", [-1])]:
    try:
        bad()
    except (ValueError, OverflowError, TypeError, IndexError) as e:
        print(type(e).__name__, e)

print(struct.calcsize("@bi"), struct.calcsize("=bi"), struct.calcsize("@hq"), struct.calcsize("@cdh"), struct.calcsize("@i0q"), struct.calcsize("<i0q"), struct.calcsize("@3sP"), struct.calcsize("@?l"))
packed = struct.pack("@bid", 1, 2, 3.5)
print(len(packed), packed.hex(), struct.unpack("@bid", packed), struct.pack("=bid", 1, 2, 3.5).hex(), struct.pack("@h0i", 1).hex())
Rec = namedtuple("Rec", "id flag score")
raw = struct.pack("<H?f", 513, True, 1.5)
print(Rec._make(struct.unpack("<H?f", raw)), struct.pack(">I", 1).hex(), struct.pack("!h", -2).hex(), struct.pack("<e", 1.5).hex(), struct.unpack("<e", b"\x00\x3c"))
s = struct.Struct("<3sxH")
print(s.size, s.format, s.pack(b"abc", 7), s.unpack(b"xyz\x00\x01\x02"), list(s.iter_unpack(b"abc\x00\x01\x00def\x00\x02\x00")))
buf = bytearray(10)
struct.pack_into("<hh", buf, 2, -1, 258)
print(buf.hex(), struct.unpack_from("<h", buf, 4), struct.pack("5p", b"hi").hex(), struct.pack("@n", -5) == struct.pack("@q", -5), struct.pack("<Q", 2 ** 64 - 1).hex())
for bad in [lambda: struct.pack("<h", 70000), lambda: struct.pack("<I", -1), lambda: struct.unpack("<i", b"\x00"), lambda: struct.pack("<z", 1), lambda: struct.pack("<ii", 1), lambda: struct.pack("<n", 1)]:
    try:
        bad()
    except struct.error as e:
        print("struct.error", e)
