# collections.defaultdict: factories, __missing__, repr, copy, errors.
from collections import defaultdict

groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]:
    groups[word[0]].append(word)
print(groups)
print(dict(groups))
print(groups["z"], len(groups), "z" in groups, "y" in groups)
print(groups.default_factory)

counts = defaultdict(int)
for ch in "hello world":
    counts[ch] += 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])

nested = defaultdict(lambda: defaultdict(int))
nested["a"]["x"] += 1
nested["a"]["y"] += 2
nested["b"]["x"] += 3
print({k: dict(v) for k, v in nested.items()})

sets = defaultdict(set)
sets["k"].add(1)
sets["k"].add(2)
sets["k"].add(1)
print(sets)

# get() and `in` do not call the factory
d = defaultdict(list)
print(d.get("missing"), "missing" in d, len(d))
print(d.setdefault("s", [9]), d)

# None factory behaves like dict
nd = defaultdict(None, {"a": 1})
print(nd)
try:
    nd["b"]
except KeyError as e:
    print("KeyError", e)
print(repr(defaultdict()))

# construction from mappings, pairs and keywords
print(defaultdict(int, {"a": 1}, b=2))
print(defaultdict(str, [("x", "1"), ("y", "2")]))
print(defaultdict(list, a=[1]))

# copy
c = counts.copy()
c["new"] += 5
print(type(c).__name__, c.default_factory, c["new"], "new" in counts)
import copy
c2 = copy.copy(groups)
print(type(c2).__name__, c2 == groups, c2 is groups)

# factory can be changed
d2 = defaultdict(int)
d2["a"]
d2.default_factory = list
d2["b"]
print(d2)
d2.default_factory = None
try:
    d2["c"]
except KeyError as e:
    print("KeyError", repr(e))

# errors
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError:", e)
try:
    defaultdict("notcallable")
except TypeError as e:
    print("TypeError:", e)

# equality with dicts, isinstance
print(defaultdict(int, a=1) == {"a": 1}, isinstance(counts, dict))

# merging
m = defaultdict(int, a=1) | {"b": 2}
print(m, type(m).__name__)

# subclass with custom __missing__
class Fallback(defaultdict):
    def __missing__(self, key):
        return f"<{key}>"

fb = Fallback(None)
print(fb["q"], len(fb))

# graph adjacency
edges = [(1, 2), (1, 3), (2, 3), (3, 1), (4, 4)]
graph = defaultdict(list)
for a, b in edges:
    graph[a].append(b)
    graph[b]
for node in sorted(graph):
    print(node, "->", graph[node])
