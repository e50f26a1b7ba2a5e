# Container method corners and their error texts: list/dict/set/tuple/deque operations, views,
# slice assignment, sort with mixed keys, copying and identity.
from collections import deque, OrderedDict, defaultdict, ChainMap, Counter
import copy

checks = [
    lambda: [1, 2].index(3), lambda: [1, 2].remove(3), lambda: [].pop(), lambda: [1].pop(5), lambda: (1, 2).index(9),
    lambda: {}.pop("k"), lambda: {}.popitem(), lambda: set().pop(), lambda: {1}.remove(2), lambda: frozenset([1]).add(2),
    lambda: [1, 2, 3].__setitem__(slice(0, 3, 2), [9]), lambda: [1][::0], lambda: "abc"[1:2:0], lambda: (1, 2)[5],
    lambda: [3, "a"].sort(), lambda: sorted([{1}, {2}, 3]), lambda: {"a": 1} + {"b": 2}, lambda: [1] * 2.0, lambda: [1] - [1],
    lambda: dict([(1, 2, 3)]), lambda: dict([1]), lambda: dict.fromkeys(5), lambda: {1: 2}.update([1]), lambda: list(5),
    lambda: deque([1], maxlen=-1), lambda: deque().popleft(), lambda: deque([1, 2]).index(7), lambda: deque([1])[3],
    lambda: OrderedDict().popitem(), lambda: OrderedDict(a=1).move_to_end("z"), lambda: ChainMap({}).pop("x"),
    lambda: tuple.__getitem__((1,), "x"), lambda: [].extend(3), lambda: [].insert("0", 1), lambda: {}.setdefault(),
    lambda: set([1]) < [1], lambda: {1} | [2], lambda: {"a": 1}.keys() | [1], lambda: {"a": 1}.values() == {"a": 1}.values(),
    lambda: hash([]), lambda: {[]: 1}, lambda: frozenset([[1]]), lambda: Counter("ab") + 5, lambda: defaultdict(5),
]
for i, check in enumerate(checks):
    try:
        r = check()
        print(f"{i:2} ok: {r!r}")
    except (ValueError, IndexError, KeyError, TypeError, AttributeError) as e:
        print(f"{i:2} {type(e).__name__}: {e}")

lst = list(range(10))
lst[2:5] = "ab"
lst[::3] = [0] * len(lst[::3])
lst[-2:] = []
print(lst, len(lst))
lst[1:1] = [[7, 8]]
del lst[::2]
print(lst)
a = [1, [2, 3], {"k": [4]}]
s, d = copy.copy(a), copy.deepcopy(a)
a[1].append(99)
a[2]["k"].append(5)
print(s, d, s[1] is a[1], d[1] is a[1])
dk = {"a": 1, "b": 2, "c": 3}
ks, items = dk.keys(), dk.items()
print(ks & {"a", "z"}, ks | {"z"}, ks - {"a"}, ks ^ {"a", "q"}, ("a", 1) in items, items & {("b", 2)}, ks.isdisjoint({"x"}), len(items))
dk["d"] = 4
print(list(ks), list(reversed(items)), dk.keys() == {"a", "b", "c", "d"}, dk.items() < {("a", 1), ("b", 2), ("c", 3), ("d", 4), ("e", 5)})
try:
    for k in dk:
        dk["new"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
sset = {1, 2, 3}
try:
    for x in sset:
        sset.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
dq = deque(range(6), maxlen=6)
dq.rotate(2)
dq.appendleft(-1)
dq.extend([10, 11])
print(dq, dq.maxlen, dq[0], dq[-1], list(reversed(dq)), dq.count(10), deque("abc") + deque("d"), deque([1, 2]) * 2)
dq.rotate(-3)
print(dq, len(dq), 11 in dq, dq.index(11), repr(deque()), deque([[1]], 1))
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
od.move_to_end("d", last=False)
print(list(od), od.popitem(), od.popitem(last=False), od == OrderedDict.fromkeys("ace"), od == dict.fromkeys("eca"))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
cm["c"] = 4
print(cm, cm["a"], cm["b"], len(cm), sorted(cm), cm.maps[0], cm.new_child({"z": 0})["z"], cm.parents)
dd = defaultdict(list)
dd["x"].append(1)
dd["y"]
print(dd, dict(dd), dd.default_factory, "z" in dd, dd.get("z"), len(dd))
t = (1, [2])
t[1].append(3)
try:
    t[1] += [4]
except TypeError as e:
    print("TypeError:", e, t)
print([[0] * 2] * 2 == [[0, 0], [0, 0]], [x for row in [[1, 2], [3]] for x in row], list(map(list, zip(*[[1, 2], [3, 4]]))))
big = list(range(5))
print(big[-100:100], big[3:1], big[::-2], big[-1:-4:-1], big[10:], big[:-10], big[1:-1:2], tuple(big)[::-1][:2])
