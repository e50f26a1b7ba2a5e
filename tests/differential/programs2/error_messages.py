class Foo:
    def m(self, a):
        return a

    def kw(self, *, key):
        return key


f = Foo()
tests = [
    lambda: f.m(1, 2),
    lambda: f.m(),
    lambda: f.missing(),
    lambda: f.kw(1),
    lambda: f.kw(key=1, other=2),
    lambda: Foo.m(),
    lambda: len(1),
    lambda: int("x"),
    lambda: [1][5],
    lambda: {}["k"],
    lambda: None.foo,
    lambda: "a" + 1,
    lambda: 1 + "a",
    lambda: undefined_name,
    lambda: float("abc"),
    lambda: 1 / 0,
    lambda: 1 % 0,
    lambda: [].pop(),
    lambda: {}.popitem(),
    lambda: (1, 2).index(5),
    lambda: "abc".index("z"),
    lambda: int(None),
    lambda: sorted([1, "a"]),
    lambda: iter(5),
    lambda: next(iter([])),
    lambda: max([]),
    lambda: divmod(1, 0),
    lambda: "x" * "y",
    lambda: abs("s"),
    lambda: f(),
    lambda: Foo(1),
    lambda: dict(a=1)["b"],
    lambda: [1, 2, 3].remove(9),
    lambda: "{} {}".format(1),
    lambda: "%d" % "x",
    lambda: ord("ab"),
    lambda: chr(-1),
]


def helper(a, b, c=3, *, d):
    return a


tests += [
    lambda: helper(1),
    lambda: helper(1, 2, 3, 4),
    lambda: helper(1, 2, d=1, e=5),
    lambda: helper(1, 2, a=1, d=3),
]
for i, t in enumerate(tests):
    try:
        t()
        print(i, "no error")
    except Exception as e:
        print(i, type(e).__name__, e)
