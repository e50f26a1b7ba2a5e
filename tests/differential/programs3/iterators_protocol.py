import itertools


class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        return CountdownIter(self.start)


class CountdownIter:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


c = Countdown(3)
print(list(c), list(c), sum(c), max(c), sorted(c), 2 in c, 7 in c)
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)


class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10


print(list(Seq()), 20 in Seq(), list(zip(Seq(), "ab")), list(enumerate(Seq())))
a, b, *rest = Countdown(5)
print(a, b, rest)
print(list(itertools.islice(itertools.count(10, 5), 4)), list(itertools.chain([1], (2, 3), "ab")))
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([3, 1, 4], max, initial=2)))
print([(k, list(g)) for k, g in itertools.groupby("aabbbcd")], list(itertools.compress("abcd", [1, 0, 1, 0])))
print(list(itertools.takewhile(lambda v: v < 3, [1, 2, 5, 1])), list(itertools.dropwhile(lambda v: v < 3, [1, 2, 5, 1])))
print(list(itertools.product("ab", repeat=2)), list(itertools.combinations_with_replacement("ab", 2)))
print(list(itertools.zip_longest("abc", [1], fillvalue="-")), list(itertools.starmap(divmod, [(7, 2), (9, 4)])))
print(list(itertools.pairwise([1, 2, 3, 4])), list(itertools.repeat("x", 3)), list(itertools.filterfalse(None, [0, 1, 0])))
t1, t2 = itertools.tee(iter([1, 2, 3]))
print(list(t1), list(t2), list(itertools.cycle("ab"))[:0] if False else list(itertools.islice(itertools.cycle("ab"), 5)))
gen = (x * x for x in range(5))
print(3 in gen, list(gen))
m = map(str.upper, ["a", "b"])
print(list(m), list(m))
r = reversed([1, 2, 3])
print(next(r), list(r))
d = {"a": 1, "b": 2}
di = iter(d.items())
print(next(di), list(di))
print(list(iter(Countdown(3).__iter__())), iter(c) is not iter(c), iter(it) is it)
