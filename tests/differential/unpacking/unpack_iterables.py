# Unpacking works with any iterable: dicts, sets of small ints, generators, strings, ranges, custom iterators.
a, b = {"first": 1, "second": 2}
print(a, b)
k1, k2 = {"x": 1, "y": 2}.values()
print(k1, k2)
(ka, va), (kb, vb) = {"p": 1, "q": 2}.items()
print(ka, va, kb, vb)
s1, s2, s3 = {1, 2, 3}
print(s1, s2, s3)
g1, g2 = (n * 10 for n in range(2))
print(g1, g2)
r1, *rr = range(1, 5)
print(r1, rr)
c1, c2, c3 = "🐍ab"
print(c1, c2, c3)
class Three:
    def __iter__(self):
        yield "one"
        yield "two"
        yield "three"
t1, t2, t3 = Three()
print(t1, t2, t3)
*front, back = Three()
print(front, back)
class Indexable:
    def __getitem__(self, i):
        if i < 2:
            return i * 100
        raise IndexError
i1, i2 = Indexable()
print(i1, i2)
line = "k=v"
name, _, value = line.partition("=")
print(name, value)
it = iter([1, 2, 3, 4])
x, y = next(it), next(it)
rest = list(it)
print(x, y, rest)
