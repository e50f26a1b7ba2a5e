# Re-entrancy, generators in classes, recursion, and local state isolation.
def self_ref():
    yield next(me)
me = self_ref()
try:
    next(me)
except ValueError as e:
    print("ValueError", e)
class Tree:
    def __init__(self, value, *children):
        self.value, self.children = value, children
    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child
    def depth_first(self, depth=0):
        yield depth, self.value
        for child in self.children:
            yield from child.depth_first(depth + 1)
t = Tree(1, Tree(2, Tree(4)), Tree(3, Tree(5), Tree(6)))
print(list(t), max(t), [f"{'  ' * d}{v}" for d, v in t.depth_first()])
def counter():
    count = 0
    while True:
        count += 1
        yield count
a, b = counter(), counter()
print(next(a), next(a), next(b), next(a), next(b))
def gen_with_default(items=[]):
    items.append(len(items))
    yield list(items)
print(next(gen_with_default()), next(gen_with_default()))
def permutations(seq):
    if len(seq) <= 1:
        yield list(seq)
        return
    for i in range(len(seq)):
        for rest in permutations(seq[:i] + seq[i + 1:]):
            yield [seq[i]] + rest
print(["".join(p) for p in permutations("abc")], len(list(permutations([1, 2, 3, 4]))))
def unpacked():
    yield 1, 2
    yield 3, 4
for x, y in unpacked():
    print(x + y)
print(dict(unpacked()), list(zip(*unpacked())))
g = (i for i in range(3))
print(list(zip(g, g)))
def gen_exc():
    yield 1
    raise ValueError("inside generator")
try:
    for v in gen_exc():
        print("value", v)
except ValueError as e:
    print("ValueError", e)
