# Tuples of constants are one object per distinct display in a module (CPython makes them
# constants of the code object and merges equal ones), and stay immutable values.
def pair():
    return (1, 2)


def other_pair():
    return (1, 2)


def nested():
    return ("a", (1, 2), None, 2.5, -3, True)


def floats():
    return (1.0, 2)


def bools():
    return (True, 2)


def kinds(c):
    if c in ("x", "y"):
        return "xy"
    if c in (1, 2, 3):
        return "small"
    return "other"


class Eq:
    def __eq__(self, other):
        return other == "y"

    def __hash__(self):
        return 0


print(pair() is pair(), pair() is other_pair(), pair() == floats(), floats() == (1, 2))
print(nested(), nested() is nested(), nested()[1] is pair())
print(floats(), bools(), floats() is pair(), bools() is pair())
e = ()
print(e == tuple(), len(e), e)
class S(str):
    pass


for v in ["x", "y", "z", 1, 2.0, 3, True, 5, Eq(), None, S("x"), S("q"), 2**60, float("nan"), 1.5, -0.0]:
    print(repr(v) if not isinstance(v, Eq) else "Eq", kinds(v), v not in ("y", "z"), v not in (3, 0))
t = pair()
t += (3,)
print(t, pair(), (1, 2) + (3,), (1, 2) * 2, pair())
acc = []
for i in range(3):
    acc.append(("k", i))
    acc.append(("k", 0))
print(acc, acc[1] is acc[3], acc[0] is acc[1])
print(sorted([(2, "b"), (1, "a"), (2, "a")]), hash((1, 2)) == hash(pair()))
print({(1, 2): "v"}[pair()], (1, 2) in {pair()}, list(reversed((1, 2, 3))))
big = (2**70, -(2**70), 1e300, float("inf") if False else 1.5)
print(big, big is (2**70, -(2**70), 1e300, 1.5))
