# __getitem__/__setitem__/__delitem__ with ints and slices, __contains__, __iter__, __reversed__, __len__.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, key):
        if isinstance(key, tuple):
            x, y = key
            return self.cells.get((x, y), ".")
        if isinstance(key, slice):
            return f"slice({key.start}, {key.stop}, {key.step})"
        raise TypeError(f"bad key {key!r}")
    def __setitem__(self, key, value):
        print("  set", key, value)
        self.cells[key] = value
    def __delitem__(self, key):
        print("  del", key)
        del self.cells[key]
    def __len__(self):
        return len(self.cells)
    def __contains__(self, value):
        return value in self.cells.values()
    def __iter__(self):
        return iter(sorted(self.cells))
g = Grid(3, 3)
g[0, 0] = "X"
g[1, 2] = "O"
g[(2, 2)] = "X"
print(g[0, 0], g[1, 1], len(g), "O" in g, "Z" in g, list(g))
print(g[1:2], g[::3], g[:])
del g[0, 0]
print(len(g), list(g))
try:
    g["bad"]
except TypeError as e:
    print("TypeError", e)
try:
    del g[9, 9]
except KeyError as e:
    print("KeyError", e)
class Seq:
    def __init__(self, data):
        self.data = list(data)
    def __len__(self):
        return len(self.data)
    def __getitem__(self, i):
        return self.data[i]
    def __reversed__(self):
        return iter(["reversed!"])
s = Seq("abc")
print(list(s), "b" in s, "z" in s, list(reversed(s)), s[-1], s[0:2], sorted(s, reverse=True))
class NoReversed:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(reversed(NoReversed())), list(NoReversed()), 20 in NoReversed())
class SliceRecorder:
    def __getitem__(self, k):
        return k
sr = SliceRecorder()
print(sr[1:2], sr[::], sr[1:2:3], sr[..., 1], sr[:, None], sr["key"], sr[1, 2:3])
class ItemCounter:
    def __init__(self):
        self.d = {}
    def __missing__(self, k):
        return "never used without dict base"
    def __getitem__(self, k):
        return self.d.get(k, 0)
    def __setitem__(self, k, v):
        self.d[k] = v
ic = ItemCounter()
ic["a"] += 1
ic["a"] += 1
print(ic.d, ic["zzz"])
