from collections import Counter, deque, ChainMap, defaultdict, OrderedDict, namedtuple
import itertools

words = "the cat and the hat and the bat sat on the mat".split()
c = Counter(words)
print(c)
print(c.most_common(2), c["dog"], len(c), sum(c.values()), c.total())
c2 = Counter("the cat".split())
print(c - c2, c + c2, c & c2, c | Counter(the=9))
c.subtract(["the", "the"])
print(c["the"], list(c.elements())[:5])
print(Counter("mississippi").most_common(), sorted(Counter("banana").items()))
c3 = Counter(a=3, b=-1)
print(+c3, -c3, dict(c3))

d = deque(range(5), maxlen=7)
d.append(5)
d.appendleft(-1)
d.append(6)
print(d, d.maxlen, d[0], d[-1])
d.rotate(2)
print(d)
d.rotate(-3)
print(d, d.popleft(), d.pop(), d.count(3), d.index(3))
d.extendleft([10, 20])
print(d, list(reversed(d)), 20 in d)
d.clear()
print(d, len(d), bool(d))
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)

defaults = {"color": "red", "size": "M", "debug": False}
env = {"size": "L"}
cli = {"debug": True}
cm = ChainMap(cli, env, defaults)
print(cm["color"], cm["size"], cm["debug"], len(cm), sorted(cm))
cm2 = cm.new_child({"color": "blue"})
print(cm2["color"], cm2.parents["color"], cm2.maps[0])
cm2["extra"] = 1
print(cm2.maps[0], "extra" in cm, dict(cm2) == {**defaults, **env, **cli, "color": "blue", "extra": 1})

tree = lambda: defaultdict(tree)
t = tree()
t["a"]["b"]["c"] = 1
t["a"]["x"] = 2
import json
print(json.dumps(t, sort_keys=True))
groups = defaultdict(set)
for w in words:
    groups[len(w)].add(w)
print({k: sorted(v) for k, v in sorted(groups.items())})
dd = defaultdict(int, {"z": 5})
dd["a"] += 1
print(dd, dd.default_factory, repr(defaultdict(list)))

P = namedtuple("P", ["x", "y"], defaults=[0])
print(P(1), P(1, 2)._fields, P._field_defaults, P(3, 4) == (3, 4), P._make([5, 6]))
p = P(x=1, y=2)
x, y = p
print(x + y, p.x * p.y, p[1], p._asdict(), f"{p}")
for key, grp in itertools.groupby(sorted(words, key=len), key=len):
    print(key, list(grp))
print(list(itertools.islice(itertools.cycle("ab"), 5)), list(itertools.repeat(7, 3)))
print(list(itertools.zip_longest("abc", [1], fillvalue="-")), list(itertools.chain.from_iterable([[1], [2, 3]])))
print(list(itertools.combinations("abcd", 2))[:4], len(list(itertools.permutations(range(4), 3))))
print(list(itertools.product("ab", repeat=2)), list(itertools.compress("abcdef", [1, 0, 1, 0, 1])))
print(list(itertools.takewhile(lambda v: v < 3, [1, 2, 3, 1])), list(itertools.dropwhile(lambda v: v < 3, [1, 2, 3, 1])))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.filterfalse(None, [0, 1, "", "a"])))
print(list(itertools.combinations_with_replacement("ab", 2)), list(itertools.islice(itertools.count(5, -2), 4)))
od = OrderedDict(b=1, a=2)
print(od, od.popitem(), OrderedDict(a=1) == OrderedDict(a=1))
