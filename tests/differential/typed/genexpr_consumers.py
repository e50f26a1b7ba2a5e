import itertools
def g(n):
    for i in range(n):
        yield i
print(sum(x * x for x in g(10)))
print(sum(x / 2 for x in range(5)))
print(sum(x for x in [1.0, 2.0]))
print(sum(x for x in []))
print(sum(x for x in [10**20, 10**20]))
print(any(x > 3 for x in g(10)), all(x < 3 for x in g(10)), any(x for x in []), all(x for x in []))
it = g(10)
print(any(x > 3 for x in it), next(it))
print(list(x + 1 for x in range(3)), sorted(-x for x in range(4)), tuple(str(x) for x in range(3)))
print(",".join(str(x) for x in range(5)), "-".join(c.upper() for c in "abc" if c != "b"))
it2 = iter([1])
try:
    print(list(next(it2) for _ in range(3)))
except RuntimeError as e:
    print("RT", e)
it3 = iter([1])
try:
    print(sum(next(it3) for _ in range(3)))
except RuntimeError as e:
    print("RT", e)
try:
    print(sum(x for x in ["a", "b"]))
except TypeError as e:
    print("TE", e)
def side():
    for i in range(5):
        print("gen", i)
        yield i
print(any(x == 1 for x in side()))
def shadow():
    sum = lambda it: "shadowed"
    return sum(x for x in range(3))
print(shadow())
print(max(x % 5 for x in range(12)), min((x, -x) for x in range(3)))
class J:
    def join(self, it):
        return type(it).__name__
print(J().join(x for x in range(2)))
print(sorted((x for x in range(5)), reverse=True))
def bad():
    return list(1 // x for x in range(-2, 2))
try:
    bad()
except ZeroDivisionError as e:
    print("ZD", e)
print(dict((k, v) for k, v in zip("ab", range(2))))
print(set(x % 3 for x in range(10)))
def boom(xs):
    return sum(10 // x for x in xs)
print(boom([1, 2]))
