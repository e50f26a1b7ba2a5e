# Mutation during iteration and sorting: RuntimeError / ValueError texts, key functions raising, stability.
d = {1: "a", 2: "b", 3: "c"}
for attempt in ("add", "del", "same"):
    try:
        for k in d:
            if attempt == "add":
                d[k + 10] = "x"
            elif attempt == "del":
                del d[k]
            else:
                d[k] = "changed"
        print(attempt, "ok", d)
    except RuntimeError as e:
        print(attempt, "RuntimeError:", e)
    d = {1: "a", 2: "b", 3: "c"}
try:
    for k, v in d.items():
        d.pop(k)
except RuntimeError as e:
    print("items:", e)
try:
    for v in d.values():
        d.clear()
except RuntimeError as e:
    print("values:", e)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x * 100)
except RuntimeError as e:
    print("set:", e)
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print("set discard:", e)
d = {1: 1}
try:
    for k in d:
        d[k] = 2
        d.pop(k); d[k] = 3
except RuntimeError as e:
    print('pop+reinsert:', e)
print(d)
from collections import deque, OrderedDict
dq = deque([1, 2, 3])
try:
    for x in dq:
        dq.append(x)
except RuntimeError as e:
    print("deque:", e)
od = OrderedDict(a=1, b=2)
try:
    for k in od:
        od.move_to_end(k)
except RuntimeError as e:
    print("OrderedDict:", e)
xs = [3, 1, 2]
try:
    xs.sort(key=lambda v: xs.append(v) or v)
except ValueError as e:
    print("sort:", e, xs)
xs = [3, 1, 2]
try:
    xs.sort(key=lambda v: xs.clear() or v)
except ValueError as e:
    print("sort clear:", e, xs)
def bad_key(v):
    if v == 2:
        raise KeyError(v)
    return -v
ys = [5, 4, 2, 1]
try:
    ys.sort(key=bad_key)
except KeyError as e:
    print("key raised", e, ys)
ys = [5, 4, 3, 1]
def bad_cmp_key(v):
    return {5: 1, 4: "a"}.get(v, 0)
try:
    ys.sort(key=bad_cmp_key)
except TypeError as e:
    print("TypeError:", e, ys)
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([(1, 2), (1, "x")])
except TypeError as e:
    print("TypeError:", e)
recs = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1)]
print(sorted(recs, key=lambda r: r[1]), sorted(recs, key=lambda r: r[1], reverse=True))
print(sorted(recs, key=lambda r: r[0], reverse=True))
recs2 = sorted(recs, key=lambda r: r[0])
recs2.sort(key=lambda r: r[1])
print(recs2)
xs = [1, 2, 3, 4, 5, 6]
for x in xs:
    if x % 2 == 0:
        xs.remove(x)
print(xs)
xs = [1, 2, 3]
n = 0
for x in xs:
    if n < 3:
        xs.append(x * 10)
    n += 1
print(xs, n)
class Loud:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print("lt", self.v, o.v)
        return self.v < o.v
    def __repr__(self): return f"L{self.v}"
print(sorted([Loud(2), Loud(1)]))
print(max([Loud(1), Loud(3), Loud(2)]))
try:
    [].sort(cmp=None)
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, 2], None)
except TypeError as e:
    print("TypeError:", e)
print(sorted("bca", key=None), sorted({3: 1, 1: 2}), sorted((2, 1), reverse=1))
