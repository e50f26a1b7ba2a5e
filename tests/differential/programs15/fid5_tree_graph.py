"""Linked list, binary search tree and weighted graph (BFS/DFS/Dijkstra) with dunder methods."""

import heapq
from collections import deque


class LinkedList:
    class _Node:
        def __init__(self, v, nxt=None):
            self.v, self.nxt = v, nxt

    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in reversed(list(items)):
            self.push(x)

    def push(self, v):
        self.head = self._Node(v, self.head)
        self.size += 1

    def __iter__(self):
        n = self.head
        while n:
            yield n.v
            n = n.nxt

    def __len__(self):
        return self.size

    def __getitem__(self, i):
        if i < 0:
            i += self.size
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError("linked list index out of range")

    def reverse(self):
        prev, n = None, self.head
        while n:
            n.nxt, prev, n = prev, n, n.nxt
        self.head = prev
        return self

    def __repr__(self):
        return " -> ".join(map(repr, self)) or "(empty)"

    def __add__(self, other):
        return LinkedList(list(self) + list(other))


class BST:
    def __init__(self):
        self.root = None
        self.n = 0

    def insert(self, key):
        def go(node):
            if node is None:
                self.n += 1
                return [key, None, None]
            if key < node[0]:
                node[1] = go(node[1])
            elif key > node[0]:
                node[2] = go(node[2])
            return node
        self.root = go(self.root)

    def __contains__(self, key):
        node = self.root
        while node:
            if key == node[0]:
                return True
            node = node[1] if key < node[0] else node[2]
        return False

    def __iter__(self):
        stack, node = [], self.root
        while stack or node:
            while node:
                stack.append(node)
                node = node[1]
            node = stack.pop()
            yield node[0]
            node = node[2]

    def height(self, node="root"):
        if node == "root":
            node = self.root
        if node is None:
            return 0
        return 1 + max(self.height(node[1]), self.height(node[2]))

    def __len__(self):
        return self.n


class Graph:
    def __init__(self):
        self.adj = {}

    def add(self, a, b, w=1):
        self.adj.setdefault(a, {})[b] = w
        self.adj.setdefault(b, {})[a] = w

    def __getitem__(self, node):
        return self.adj[node]

    def bfs(self, start):
        order, seen, q = [], {start}, deque([start])
        while q:
            n = q.popleft()
            order.append(n)
            for m in sorted(self.adj[n]):
                if m not in seen:
                    seen.add(m)
                    q.append(m)
        return order

    def dfs(self, start, seen=None):
        seen = [] if seen is None else seen
        seen.append(start)
        for m in sorted(self.adj[start]):
            if m not in seen:
                self.dfs(m, seen)
        return seen

    def dijkstra(self, src):
        dist, prev = {src: 0}, {}
        pq = [(0, src)]
        while pq:
            d, n = heapq.heappop(pq)
            if d > dist.get(n, float("inf")):
                continue
            for m, w in self.adj[n].items():
                nd = d + w
                if nd < dist.get(m, float("inf")):
                    dist[m], prev[m] = nd, n
                    heapq.heappush(pq, (nd, m))
        return dist, prev

    def path(self, src, dst):
        dist, prev = self.dijkstra(src)
        if dst not in dist:
            return None, float("inf")
        p = [dst]
        while p[-1] != src:
            p.append(prev[p[-1]])
        return p[::-1], dist[dst]


ll = LinkedList([3, 1, 4, 1, 5])
print(ll, len(ll), ll[0], ll[-1], list(ll))
print(ll.reverse(), (ll + LinkedList("ab")), LinkedList())
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)

t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 30, 65, 10]:
    t.insert(k)
print(list(t), len(t), t.height(), 65 in t, 66 in t)
words = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    words.insert(w)
print(list(words), words.height())

g = Graph()
for a, b, w in [("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10), ("C", "E", 3),
                ("E", "D", 4), ("D", "F", 11), ("G", "H", 1)]:
    g.add(a, b, w)
print(g.bfs("A"), g.dfs("A"), g.bfs("G"))
dist, prev = g.dijkstra("A")
print(dict(sorted(dist.items())), prev)
for dst in "DFGA":
    print(dst, *g.path("A", dst))
print(g["B"], sorted(g.adj, key=lambda n: (-len(g[n]), n)))
