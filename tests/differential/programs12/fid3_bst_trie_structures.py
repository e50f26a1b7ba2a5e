from __future__ import annotations
from dataclasses import dataclass, field
from typing import Generic, TypeVar, Iterator, Optional

K = TypeVar("K")
V = TypeVar("V")


@dataclass
class Node(Generic[K, V]):
    key: K
    value: V
    left: Optional[Node] = None
    right: Optional[Node] = None


class TreeMap(Generic[K, V]):
    def __init__(self, items=()):
        self.root: Optional[Node[K, V]] = None
        self.size = 0
        for k, v in items:
            self[k] = v

    def __setitem__(self, key, value):
        def ins(node):
            if node is None:
                self.size += 1
                return Node(key, value)
            if key < node.key:
                node.left = ins(node.left)
            elif key > node.key:
                node.right = ins(node.right)
            else:
                node.value = value
            return node
        self.root = ins(self.root)

    def __getitem__(self, key):
        n = self.root
        while n:
            if key == n.key:
                return n.value
            n = n.left if key < n.key else n.right
        raise KeyError(key)

    def __contains__(self, key):
        try:
            self[key]
            return True
        except KeyError:
            return False

    def __iter__(self) -> Iterator[K]:
        def walk(n):
            if n:
                yield from walk(n.left)
                yield n.key
                yield from walk(n.right)
        return walk(self.root)

    def __len__(self):
        return self.size

    def __reversed__(self):
        stack, n = [], self.root
        while stack or n:
            while n:
                stack.append(n)
                n = n.right
            n = stack.pop()
            yield n.key
            n = n.left

    def height(self, n="root"):
        n = self.root if n == "root" else n
        return 0 if n is None else 1 + max(self.height(n.left), self.height(n.right))

    def range(self, lo, hi):
        return [k for k in self if lo <= k < hi]

    def __repr__(self):
        return "TreeMap({" + ", ".join(f"{k!r}: {self[k]!r}" for k in self) + "})"


t = TreeMap([(k, len(k)) for k in "mango apple peach kiwi banana cherry fig lime date".split()])
print(t, len(t), t.height())
print(list(t), list(reversed(t)), t.range("c", "l"), "kiwi" in t, "plum" in t)
t["apple"] = 99
t["zucchini"] = 0
print(t["apple"], len(t), max(t), min(t), sorted(t, key=lambda k: (t[k], k))[:3])
try:
    t["nope"]
except KeyError as e:
    print("KeyError", e)
nums = TreeMap((n, n * n) for n in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65])
print(list(nums), nums.height(), sum(nums[k] for k in nums.range(30, 61)), dict(zip(nums, map(nums.__getitem__, nums))) == {k: k * k for k in nums})


@dataclass
class TrieNode:
    children: dict = field(default_factory=dict)
    count: int = 0
    terminal: bool = False


class Trie:
    def __init__(self, words=()):
        self.root = TrieNode()
        for w in words:
            self.add(w)

    def add(self, word):
        node = self.root
        for ch in word:
            node = node.children.setdefault(ch, TrieNode())
            node.count += 1
        node.terminal = True

    def _find(self, prefix):
        node = self.root
        for ch in prefix:
            node = node.children.get(ch)
            if node is None:
                return None
        return node

    def complete(self, prefix, limit=5):
        node = self._find(prefix)
        out = []

        def dfs(n, acc):
            if len(out) >= limit:
                return
            if n.terminal:
                out.append(acc)
            for ch in sorted(n.children):
                dfs(n.children[ch], acc + ch)

        if node:
            dfs(node, prefix)
        return out

    def count_prefix(self, prefix):
        node = self._find(prefix)
        return node.count if node else 0


words = "car card care careful carbon cart cat catalog dog dot dote doting zebra".split()
tr = Trie(words)
for p in ["car", "ca", "do", "dot", "x", ""]:
    print(repr(p), tr.complete(p), tr.count_prefix(p))
print(tr.complete("car", limit=2), len(tr.root.children), sorted(tr.root.children))
