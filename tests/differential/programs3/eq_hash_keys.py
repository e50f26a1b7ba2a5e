class Key:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        if isinstance(other, Key):
            return self.name == other.name
        if isinstance(other, str):
            return self.name == other
        return NotImplemented

    def __hash__(self):
        return hash(self.name)

    def __repr__(self):
        return f"Key({self.name!r})"


d = {"alpha": 1, "beta": 2}
print(d[Key("alpha")], Key("beta") in d, Key("gamma") in d)
d[Key("alpha")] = 10
print(d, len(d))
s = {Key("x"), "x", Key("y")}
print(len(s), "y" in s)
print([1, 2, Key("k")].index("k"), ["k", 2].count(Key("k")), Key("z") == "z", "z" == Key("z"), Key("a") != "b")


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


grid = {Point(0, 0): "origin", Point(1, 2): "p"}
print(grid[Point(1, 2)], Point(0, 0) in grid, {Point(1, 1), Point(1, 1), Point(2, 2)} == {Point(2, 2), Point(1, 1)})
print(grid.get(Point(5, 5), "none"), sorted(grid.values()))


class NoHash:
    def __eq__(self, other):
        return True


try:
    {NoHash(): 1}
except TypeError as e:
    print("TypeError:", e)
try:
    hash([1])
except TypeError as e:
    print("TypeError:", e)
try:
    {[]: 1}
except TypeError as e:
    print("TypeError:", e)
print(NoHash() == 5, NoHash.__hash__)


class Always:
    def __eq__(self, o):
        return True

    __hash__ = object.__hash__


a = Always()
print({a: 1}[a], a in [1, 2], [1, 2].index(a), (1, a) == (1, 99))


class Ver:
    def __init__(self, *parts):
        self.parts = parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __eq__(self, other):
        return self.parts == other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


vs = [Ver(1, 2), Ver(1, 0, 5), Ver(0, 9)]
print(sorted(vs), max(vs), min(vs), Ver(1) > Ver(0), Ver(0) < Ver(1), Ver(2) == Ver(2))
try:
    print(Ver(1) <= Ver(2))
except TypeError as e:
    print("TypeError:", e)
