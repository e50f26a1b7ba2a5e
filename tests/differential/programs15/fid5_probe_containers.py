from collections import OrderedDict, defaultdict, Counter, deque, ChainMap
import heapq

recs = [(i % 4, chr(97 + i)) for i in range(20)]
print(sorted(recs, key=lambda r: r[0]))
print(sorted(recs, key=lambda r: r[0], reverse=True))
lst = list(recs)
lst.sort(key=lambda r: -r[0])
print(lst == sorted(recs, key=lambda r: r[0], reverse=True), lst[:6])
words = "b A a B c C b a".split()
print(sorted(words, key=str.lower), sorted(words, key=str.lower, reverse=True), sorted(words))
print(sorted([3, 1, 2], reverse=True), sorted("hello"), sorted({3: 1, 1: 2}), sorted([[2], [1, 5], [1]]))
print(sorted([1.0, 1, True, 0.5]), sorted([-0.0, 0, 0.0]), sorted([(1, "b"), (1, "a"), (0, "z")]))
h = []
for t in [(2, "x"), (1, "b"), (1, "a"), (2, "a"), (1, "a")]:
    heapq.heappush(h, t)
print([heapq.heappop(h) for _ in range(len(h))])
print({1: "a", 2: "b"} == {2: "b", 1: "a"}, OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1})
od = OrderedDict.fromkeys("abcde", 0)
od.move_to_end("b")
od.move_to_end("d", last=False)
print(od, list(od), od.popitem(), od.popitem(last=False), od)
od2 = OrderedDict([("x", 1)])
od2 |= {"y": 2}
print(od2, repr(OrderedDict()), list(reversed(od2)), od2.copy() == od2)
try:
    od.move_to_end("zz")
except KeyError as e:
    print("KeyError:", e)
dd = defaultdict(list)
dd["a"].append(1)
dd["b"]
print(dd, repr(defaultdict(int)), dict(dd), dd.default_factory, defaultdict(None, {1: 2}))
dd2 = defaultdict(lambda: "?", x=1)
print(dd2["y"], sorted(dd2.items()), repr(dd2)[:30])
try:
    defaultdict(None)["k"]
except KeyError as e:
    print("KeyError:", e)
c1, c2 = Counter("abracadabra"), Counter("alakazam")
print(c1, c2)
print(c1 + c2, c1 - c2, c1 & c2, c1 | c2)
print(c1.most_common(3), c2.most_common(), Counter("bbaacc").most_common(2), Counter().most_common(1))
print(+Counter(a=2, b=-1, c=0), -Counter(a=2, b=-1), c1.total(), sorted(c1.elements())[:6])
c3 = Counter(a=3)
c3.subtract({"a": 5, "z": 1})
c3.update(["q", "q"])
print(c3, c3["missing"], "missing" in c3, Counter({"x": 1}) == Counter({"x": 1, "y": 0}))
d = deque(range(5), maxlen=4)
d.appendleft(-1)
d.rotate(2)
print(d, d.maxlen, d.count(2), list(reversed(d)), d[1], deque("ab") + deque("c"))
d.extend([7, 8])
print(d, d.index(7), d.pop(), d.popleft(), d)
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
cm["c"] = 4
print(cm, cm["a"], cm["b"], len(cm), sorted(cm), cm.maps[0], cm.new_child({"z": 0}).maps[0], cm.parents)
s = {3, 1, 2}
fs = frozenset([2, 3, 4])
print(s | fs, fs | s, s & fs, s ^ fs, s - fs, fs - s, s <= {1, 2, 3, 4}, fs < fs, s.isdisjoint({9}), type(fs | s).__name__)
print({1, 2} == frozenset({1, 2}), hash(frozenset()) == hash(frozenset([])), {frozenset({1}): "x"}[frozenset([1])])
nested = {"k": [1, {2: (3, {4})}], (1, 2): None, None: -0.0, 1.5: "x", False: frozenset()}
print(nested, repr(nested) == str(nested))
print({True: "a", 1: "b", 1.0: "c"}, {0: "z", False: "f", 0.0: "g"}, len({1, 1.0, True}), {-0.0, 0})
