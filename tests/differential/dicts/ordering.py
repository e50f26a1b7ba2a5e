# Insertion order: updates keep position, deletion and re-insertion moves to end.
d = {}
for k in ["z", "a", "m", "b"]:
    d[k] = len(d)
print(d, list(d))
d["a"] = 100
print(d)
del d["z"]
d["z"] = -1
print(d)
d.update({"m": 0, "new": 1})
print(d)
print(d.popitem(), d.popitem(), d)
d.setdefault("a", 5)
d.setdefault("q", 5)
print(d)
n = {3: "c", 1: "a", 2: "b", 10: "j", -5: "neg"}
print(n, list(n.keys()), sorted(n), sorted(n.items()), sorted(n.items(), key=lambda kv: kv[1], reverse=True))
merged = {**{"x": 1, "y": 2}, **{"y": 20, "w": 0}, "x": 10}
print(merged)
print(dict.fromkeys("hello"), list(dict.fromkeys([3, 1, 3, 2, 1])))
counts = {}
for w in "b a c b a b".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts, key=lambda w: (-counts[w], w)))
first = next(iter(d))
last = next(reversed(d))
print(first, last)
