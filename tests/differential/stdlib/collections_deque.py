# collections.deque: both ends, maxlen, rotate, indexing, comparisons, errors.
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.extend([5, 6])
d.extendleft([-1, -2])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate()
print(d)
d.rotate(0)
d.rotate(100)
print(d)
d.reverse()
print(d, list(reversed(d)))
print(d.count(1), d.index(5), d.index(1, 2), 3 in d, 42 in d)
d[0] = "first"
del d[1]
print(d)
d.insert(1, "ins")
d.insert(-1, "neg")
d.insert(100, "end")
print(d)
d.remove("ins")
print(d)
d.clear()
print(d, bool(d), len(d))

# maxlen
m = deque(maxlen=3)
for i in range(6):
    m.append(i)
    print(list(m), end=" ")
print()
print(m, m.maxlen)
m.appendleft(-1)
print(m)
m.extend(range(10, 15))
print(m)
m.extendleft("ab")
print(m)
print(deque("abcdef", 2), deque([], 0), deque(range(3), maxlen=None))
z = deque(maxlen=0)
z.append(1)
z.appendleft(2)
print(z)
print(deque(maxlen=5).maxlen, deque().maxlen)

# iteration, copy, comparisons, arithmetic
q = deque(range(5))
print([x * 2 for x in q], sum(q), max(q), sorted(q, reverse=True))
q2 = q.copy()
q2.append(99)
print(q, q2, q == q2, q != q2, q < q2, q2 > q, q <= q, q == deque(range(5)))
print(q == [0, 1, 2, 3, 4], deque([1, 2]) < deque([1, 3]), deque([2]) > deque([1, 9]))
print(q + q2, q * 2, 2 * deque("ab"), deque([1]) * 0)
q3 = deque([1, 2])
q3 += [3, 4]
q3 *= 2
print(q3)
q3 += q3
print(len(q3))
w = deque([1, 2, 3], maxlen=4)
print(w * 3, w + deque([9]))

a, b, c = deque("xyz")
print(a, b, c)
print(list(enumerate(deque("pq"))))
it = iter(deque([1, 2]))
print(next(it), next(it), next(it, "done"))

# recursive repr and subclass repr
r = deque()
r.append(r)
print(r)
class MyDeque(deque):
    pass
md = MyDeque([1, 2], maxlen=5)
print(md, type(md.copy()).__name__)

# errors
tests = [
    lambda: deque().pop(),
    lambda: deque().popleft(),
    lambda: deque([1])[1],
    lambda: deque([1])[-2],
    lambda: deque([1]).remove(2),
    lambda: deque([1]).index(2),
    lambda: deque([1], maxlen=1).insert(0, 0),
    lambda: deque(maxlen=-1),
    lambda: deque([1])["x"],
    lambda: deque([1])[0:1],
    lambda: deque() + [1],
    lambda: hash(deque()),
    lambda: deque(maxlen=1.5),
    lambda: deque([1]).rotate(1.5),
]
for t in tests:
    try:
        print(t())
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)

dd = deque([1, 2, 3])
try:
    for x in dd:
        dd.append(x)
except RuntimeError as e:
    print("RuntimeError", e)

try:
    deque([1]).maxlen = 3
except AttributeError as e:
    print("AttributeError", e)

# BFS on a grid with a deque
grid = ["..#.", ".##.", "....", "#..."]
start, goal = (0, 0), (3, 3)
dist = {start: 0}
queue = deque([start])
while queue:
    r, c = queue.popleft()
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < 4 and 0 <= nc < 4 and grid[nr][nc] == "." and (nr, nc) not in dist:
            dist[(nr, nc)] = dist[(r, c)] + 1
            queue.append((nr, nc))
print(dist[goal], len(dist))

# sliding window maximum
def window_max(xs, k):
    out, dq = [], deque()
    for i, x in enumerate(xs):
        while dq and xs[dq[-1]] <= x:
            dq.pop()
        dq.append(i)
        if dq[0] <= i - k:
            dq.popleft()
        if i >= k - 1:
            out.append(xs[dq[0]])
    return out
print(window_max([1, 3, -1, -3, 5, 3, 6, 7], 3))

# large queue stays fast
big = deque()
for i in range(100000):
    big.append(i)
total = 0
while big:
    total += big.popleft()
print(total)
