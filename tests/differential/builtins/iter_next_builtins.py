# iter() and next(), including defaults and the two-argument sentinel form.
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
s = iter("ab")
print(list(s), list(s))
d = iter({"x": 1, "y": 2})
print(next(d), list(d))
r = iter(range(3))
print(next(r), list(r))
values = [5, 4, 3, 0, 9]
pos = [0]
def reader():
    v = values[pos[0]]
    pos[0] += 1
    return v
print(list(iter(reader, 0)), pos)
lines = iter(["a", "b", "", "c"])
print(list(iter(lines.__next__, "")))
try:
    iter(5, 0)
except TypeError as e:
    print("TypeError", e)
print(next(iter([]), "empty default"), next((x for x in "z"), None))
try:
    next("abc")
except TypeError as e:
    print("TypeError", e)
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
c = Countdown(3)
print(next(c), list(c), next(c, "exhausted"))
a = [1, 2, 3]
i1, i2 = iter(a), iter(a)
print(next(i1), next(i1), next(i2))
