# Data structures: trie with autocomplete, union-find with components, segment tree range queries.
class TrieNode:
    __slots__ = ("children", "count", "end")

    def __init__(self):
        self.children = {}
        self.count = 0
        self.end = False


class Trie:
    def __init__(self, words=()):
        self.root = TrieNode()
        self.size = 0
        for w in words:
            self.insert(w)

    def insert(self, word):
        node = self.root
        for ch in word:
            node = node.children.setdefault(ch, TrieNode())
            node.count += 1
        if not node.end:
            self.size += 1
        node.end = True

    def __contains__(self, word):
        node = self._find(word)
        return node is not None and node.end

    def __len__(self):
        return self.size

    def _find(self, prefix):
        node = self.root
        for ch in prefix:
            node = node.children.get(ch)
            if node is None:
                return None
        return node

    def complete(self, prefix):
        node = self._find(prefix)
        if node is None:
            return []
        out = []
        stack = [(node, prefix)]
        while stack:
            n, p = stack.pop()
            if n.end:
                out.append(p)
            for ch in sorted(n.children, reverse=True):
                stack.append((n.children[ch], p + ch))
        return out

    def prefix_count(self, prefix):
        node = self._find(prefix)
        return node.count if node else 0


t = Trie("car cart carbon care cat dog dot do door card".split())
print(len(t), "car" in t, "ca" in t, "door" in t, "doors" in t)
for p in ["car", "ca", "do", "x", ""]:
    print(f"{p!r:6} {t.prefix_count(p):2} {t.complete(p)}")
try:
    t.root.extra = 1
except AttributeError as e:
    print("AttributeError:", e)


class UnionFind:
    def __init__(self, items):
        self.parent = {x: x for x in items}
        self.rank = dict.fromkeys(items, 0)

    def find(self, x):
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        if self.rank[ra] == self.rank[rb]:
            self.rank[ra] += 1
        return True

    def groups(self):
        out = {}
        for x in self.parent:
            out.setdefault(self.find(x), []).append(x)
        return sorted(sorted(g) for g in out.values())


uf = UnionFind(range(10))
for a, b in [(1, 2), (3, 4), (2, 3), (5, 6), (1, 4), (7, 7), (8, 9), (0, 9)]:
    print((a, b), uf.union(a, b), end="; ")
print()
print(uf.groups(), max(uf.rank.values()))
edges = sorted([(4, "a", "b"), (2, "b", "c"), (5, "a", "c"), (1, "c", "d"), (3, "b", "d"), (6, "d", "e")])
mst = UnionFind("abcde")
chosen = [(w, u, v) for w, u, v in edges if mst.union(u, v)]
print("MST:", chosen, "weight", sum(w for w, *_ in chosen))


class SegTree:
    def __init__(self, data, op=min, ident=float("inf")):
        self.n = 1
        while self.n < len(data):
            self.n *= 2
        self.op, self.ident = op, ident
        self.tree = [ident] * (2 * self.n)
        self.tree[self.n:self.n + len(data)] = data
        for i in range(self.n - 1, 0, -1):
            self.tree[i] = op(self.tree[2 * i], self.tree[2 * i + 1])

    def update(self, i, v):
        i += self.n
        self.tree[i] = v
        while i > 1:
            i //= 2
            self.tree[i] = self.op(self.tree[2 * i], self.tree[2 * i + 1])

    def query(self, lo, hi):
        res = self.ident
        lo += self.n
        hi += self.n
        while lo < hi:
            if lo & 1:
                res = self.op(res, self.tree[lo])
                lo += 1
            if hi & 1:
                hi -= 1
                res = self.op(res, self.tree[hi])
            lo >>= 1
            hi >>= 1
        return res


data = [5, 2, 8, 6, 1, 9, 3, 7]
mn = SegTree(data)
sm = SegTree(data, op=lambda a, b: a + b, ident=0)
print([mn.query(i, j) for i, j in [(0, 8), (2, 4), (5, 8), (3, 3)]], [sm.query(0, k) for k in range(9)])
mn.update(4, 10)
sm.update(4, 10)
print(mn.query(0, 8), mn.query(3, 6), sm.query(3, 6), mn.tree[1:4], sm.tree[:4])
fl = SegTree([0.1, 0.2, 0.3, 0.4], op=lambda a, b: a + b, ident=0.0)
print(fl.query(0, 4), fl.query(1, 3), fl.tree)
