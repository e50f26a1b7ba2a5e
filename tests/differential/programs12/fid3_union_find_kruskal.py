from typing import Generic, TypeVar, Hashable, Iterable
from collections import defaultdict

T = TypeVar("T", bound=Hashable)


class DisjointSet(Generic[T]):
    def __init__(self, items: Iterable[T] = ()):
        self.parent: dict[T, T] = {}
        self.rank: dict[T, int] = {}
        self.size: dict[T, int] = {}
        for x in items:
            self.add(x)

    def add(self, x: T) -> None:
        if x not in self.parent:
            self.parent[x] = x
            self.rank[x] = 0
            self.size[x] = 1

    def find(self, x: T) -> T:
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: T, b: T) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.size[ra] += self.size[rb]
        if self.rank[ra] == self.rank[rb]:
            self.rank[ra] += 1
        return True

    def groups(self):
        out = defaultdict(list)
        for x in self.parent:
            out[self.find(x)].append(x)
        return sorted((sorted(g, key=str) for g in out.values()), key=str)

    def __len__(self):
        return sum(1 for x in self.parent if self.parent[x] == x)

    def __contains__(self, x):
        return x in self.parent

    def __repr__(self):
        return f"{type(self).__name__}({self.groups()})"


cities = ["Oslo", "Bergen", "Trondheim", "Stavanger", "Tromso", "Bodo", "Alta"]
roads = [
    ("Oslo", "Bergen", 463), ("Oslo", "Trondheim", 494), ("Bergen", "Stavanger", 209),
    ("Trondheim", "Bodo", 708), ("Bodo", "Tromso", 560), ("Tromso", "Alta", 291),
    ("Oslo", "Stavanger", 552), ("Trondheim", "Bergen", 635), ("Bodo", "Alta", 825),
]
ds = DisjointSet(cities)
mst = []
for a, b, w in sorted(roads, key=lambda r: (r[2], r[0])):
    if ds.union(a, b):
        mst.append((a, b, w))
print(mst)
print(sum(w for *_, w in mst), len(ds), ds)

ds2 = DisjointSet[int](range(10))
for a, b in [(0, 1), (2, 3), (1, 3), (5, 6), (7, 7), (8, 9), (9, 5)]:
    print((a, b), ds2.union(a, b), end="; ")
print()
print(ds2.groups(), len(ds2), 4 in ds2, 42 in ds2, max(ds2.size[ds2.find(x)] for x in range(10)))
print(ds2.find(3) == ds2.find(0), ds2.find(4), ds2.find(6) == ds2.find(8))

# percolation on a small grid
grid = [
    "#.##.",
    "#..#.",
    "##.#.",
    "#..##",
    "#.###",
]
n = len(grid)
ps = DisjointSet[tuple]()
TOP, BOT = ("top",), ("bottom",)
ps.add(TOP)
ps.add(BOT)
for r in range(n):
    for c in range(n):
        if grid[r][c] == ".":
            ps.add((r, c))
            if r == 0:
                ps.union(TOP, (r, c))
            if r == n - 1:
                ps.union(BOT, (r, c))
            for dr, dc in ((-1, 0), (0, -1)):
                nb = (r + dr, c + dc)
                if nb in ps:
                    ps.union((r, c), nb)
print("percolates:", ps.find(TOP) == ps.find(BOT), len(ps))
print(sorted(len(g) for g in DisjointSet.groups(ps)))
print(DisjointSet.__mro__[1].__name__, type(ps).__name__, isinstance(ps, DisjointSet))
