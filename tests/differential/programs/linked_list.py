# A singly linked list class implementing the sequence protocols.
class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, next=None):
        self.value, self.next = value, next
class LinkedList:
    def __init__(self, iterable=()):
        self.head = None
        self.size = 0
        for v in reversed(list(iterable)):
            self.push_front(v)
    def push_front(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def append(self, v):
        node = Node(v)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next:
                cur = cur.next
            cur.next = node
        self.size += 1
    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.value
            cur = cur.next
    def __len__(self):
        return self.size
    def __getitem__(self, i):
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError("LinkedList index out of range")
        for j, v in enumerate(self):
            if j == i:
                return v
    def __contains__(self, v):
        return any(x == v for x in self)
    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"
    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)
    def __add__(self, other):
        return LinkedList(list(self) + list(other))
    def remove(self, v):
        prev, cur = None, self.head
        while cur:
            if cur.value == v:
                if prev:
                    prev.next = cur.next
                else:
                    self.head = cur.next
                self.size -= 1
                return
            prev, cur = cur, cur.next
        raise ValueError(f"{v!r} not in list")
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
ll = LinkedList([3, 1, 4])
ll.append(1)
ll.push_front(0)
print(ll, len(ll), ll[0], ll[-1], ll[2], 4 in ll, 9 in ll, bool(ll), bool(LinkedList()))
ll.remove(1)
print(ll, len(ll))
try:
    ll.remove(42)
except ValueError as e:
    print("ValueError", e)
try:
    ll[10]
except IndexError as e:
    print("IndexError", e)
ll.reverse()
print(ll, list(ll), sorted(ll), sum(ll), max(ll))
print(ll + LinkedList("ab"), ll == LinkedList([1, 4, 3, 0]), ll == [1, 4, 3, 0])
big = LinkedList(range(500))
big.reverse()
print(big[0], big[-1], len(big), sum(big))
a, b, *rest = LinkedList("xyzw")
print(a, b, rest)
