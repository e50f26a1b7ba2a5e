"""Linked list and binary search tree classes with iteration protocols and dunders."""
from typing import Any, Optional


class Node:
    __slots__ = ("value", "next")

    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, iterable=()):
        self.head: Optional[Node] = None
        self._len = 0
        for v in reversed(list(iterable)):
            self.push(v)

    def push(self, v):
        self.head = Node(v, self.head)
        self._len += 1

    def __iter__(self):
        n = self.head
        while n:
            yield n.value
            n = n.next

    def __len__(self):
        return self._len

    def __repr__(self):
        return "LinkedList([" + " -> ".join(map(repr, self)) + "])"

    def __getitem__(self, i):
        if i < 0:
            i += len(self)
        for k, v in enumerate(self):
            if k == i:
                return v
        raise IndexError("LinkedList index out of range")

    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
        return self

    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)


class BST:
    class _N:
        def __init__(self, k, v):
            self.k, self.v, self.l, self.r = k, v, None, None

    def __init__(self):
        self.root = None
        self.size = 0

    def __setitem__(self, k, v):
        def ins(n):
            if n is None:
                self.size += 1
                return BST._N(k, v)
            if k < n.k:
                n.l = ins(n.l)
            elif k > n.k:
                n.r = ins(n.r)
            else:
                n.v = v
            return n
        self.root = ins(self.root)

    def __getitem__(self, k):
        n = self.root
        while n:
            if k == n.k:
                return n.v
            n = n.l if k < n.k else n.r
        raise KeyError(k)

    def __contains__(self, k):
        try:
            self[k]
            return True
        except KeyError:
            return False

    def __iter__(self):
        def walk(n):
            if n:
                yield from walk(n.l)
                yield n.k
                yield from walk(n.r)
        return walk(self.root)

    def __reversed__(self):
        return iter(sorted(self, reverse=True))

    def height(self, n=Ellipsis):
        if n is Ellipsis:
            n = self.root
        return 0 if n is None else 1 + max(self.height(n.l), self.height(n.r))

    def items(self):
        return [(k, self[k]) for k in self]

    def __len__(self):
        return self.size

    def __bool__(self):
        return self.size > 0


ll = LinkedList([3, 1, 4, 1, 5])
print(ll, len(ll), ll[0], ll[-1], list(ll), sum(ll), max(ll), 4 in ll, 9 in ll)
print(ll.reverse(), ll == LinkedList([5, 1, 4, 1, 3]), ll != LinkedList())
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
print(sorted(ll), list(enumerate(ll))[:2], list(zip(ll, "abc")), LinkedList())
try:
    n = Node(1)
    n.other = 2
except AttributeError as e:
    print("AttributeError:", e)

t = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    t[w] = t[w] + 1 if w in t else 1
print(len(t), list(t), t.height(), bool(t), bool(BST()))
print(t.items())
print(list(reversed(t))[:3], "fox" in t, "cat" in t, t["the"])
try:
    t["cat"]
except KeyError as e:
    print("KeyError:", e)
it = iter(t)
print(next(it), next(it), list(it)[-1])
nums = BST()
for x in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    nums[x] = x * x
print(list(nums), nums.height(), [k for k in nums if k % 20 == 0], dict(nums.items())[45])
print(min(nums), max(nums), sorted(nums, key=lambda k: -nums[k])[:3], any(k > 75 for k in nums))
