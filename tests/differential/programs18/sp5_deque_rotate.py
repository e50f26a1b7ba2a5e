# deque.rotate by every offset (positive, negative, beyond the length, zero, big ints, bool,
# __index__ objects), on deques whose ring wrapped around, with maxlen, and mutation checks.
from collections import deque


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


for n in range(0, 7):
    for k in list(range(-9, 10)) + [2**40 + 1, -(2**50) - 3, True, False, Idx(2), Idx(-5)]:
        d = deque(range(n))
        d.rotate(k)
        ref = list(range(n))
        if n:
            kk = int(k) % n
            ref = ref[n - kk:] + ref[:n - kk]
        assert list(d) == ref, (n, k, list(d), ref)
print("offsets ok")

d = deque(maxlen=5)
for i in range(12):
    d.append(i)
    d.rotate(i % 3 - 1)
    d.appendleft(-i)
    print(list(d), d.maxlen)

d = deque()
for i in range(40):
    d.appendleft(i)
    if i % 4 == 0:
        d.popleft()
    d.rotate(7 if i % 2 else -3)
print(list(d))
d.rotate()
print(d[0], d[-1], len(d))

d = deque("abcdef")
it = iter(d)
next(it)
d.rotate(2)
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
d.rotate(0)
print("".join(d))
try:
    d.rotate(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    d.rotate("1")
except TypeError as e:
    print("TypeError:", e)
ring = deque(range(100))
s = 0
for i in range(3000):
    ring.rotate(37 if i % 2 else -61)
    s += ring[0] * (i % 7)
    ring.appendleft(ring.pop())
print(s, list(ring)[:8])
