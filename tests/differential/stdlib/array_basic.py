from array import array
import array as arraymod

a = array("i", [1, 2, 3])
print(a, len(a), a[0], a[-1], a[1:], a.typecode, a.itemsize)
a.append(4)
a.extend([5, 6])
a.insert(0, 0)
print(a, a.tolist(), a.pop(), a.index(3), a.count(2), 3 in a)
a[0] = 10
a.reverse()
print(a, sum(a), max(a), list(a))
print(array("d", [1.5, 2.0]), array("f", [0.1]), array("b"), array("u", "hi"))
print(array("h", [1, -2]).tobytes(), array("B", b"\x01\x02"), array("i", [1]) + array("i", [2]), array("l", [7]) * 2)
b = array("H")
b.frombytes(b"\x01\x00\x02\x00")
print(b, b == array("H", [1, 2]))
for tc, v in [("b", 200), ("B", -1), ("h", 40000), ("i", 2**31), ("I", -1)]:
    try:
        array(tc, [v])
    except OverflowError as e:
        print(tc, "OverflowError:", e)
try:
    array("x")
except ValueError as e:
    print("ValueError:", e)
try:
    array("i", [1.5])
except TypeError as e:
    print("TypeError:", e)
print(arraymod.typecodes)
c = array("i", [3, 1, 2])
print(sorted(c), c.buffer_info()[1])
