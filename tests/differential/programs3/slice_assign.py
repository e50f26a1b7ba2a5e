a = list(range(10))
a[2:5] = ["x", "y"]
print(a)
a[:0] = [-1, -2]
print(a)
a[len(a):] = [100]
print(a)
a[::2] = range(len(a[::2]))
print(a)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
del a[1::3]
print(a)
a[1:3] = "ab"
print(a)
del a[-2:]
print(a)
a[5:2] = [7, 7]
print(a)
b = [1, 2, 3, 4, 5]
b[::-1] = b[:]
print(b)
b[-100:100] = [0]
print(b)
c = list("abcdef")
print(c[-3:-1], c[::-3], c[4:1:-1], c[10:], c[-10:2], c[slice(1, None, 2)])
s = slice(1, 8, 3)
print(s, s.start, s.stop, s.step, s.indices(5), slice(None).indices(3), slice(-1, None, -1).indices(4))
ba = bytearray(b"hello world")
ba[0:5] = b"HELLO"
ba[-1] = ord("D")
del ba[5]
print(ba, bytes(ba[::2]), ba.upper(), list(ba[:3]))
m = [[0] * 3 for _ in range(3)]
m[1][1:] = [5, 6]
m[0][:] = [9, 9, 9]
print(m)
t = (1, 2, 3, 4)
print(t[1:3], t[::-1], t[:100], "hello"[1:-1:2])
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    "abc"[1] = "x"
except TypeError as e:
    print("TypeError:", e)
try:
    a[100]
except IndexError as e:
    print("IndexError:", e)
try:
    del a[100]
except IndexError as e:
    print("IndexError:", e)
x = [1, 2, 3]
x[1:2] = []
x += [4]
x *= 2
x.insert(-1, "i")
x.insert(100, "end")
print(x, x.index(4), x.index(4, 3), x.count(1))
try:
    x.index(99)
except ValueError as e:
    print("ValueError:", e)
x.remove(1)
print(x, x.pop(), x.pop(0), x)
try:
    x.remove("zz")
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
