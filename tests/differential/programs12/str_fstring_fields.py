# f-string fields and str() of values inferred as small ints or strs (range counters, len(),
# ord(), `%`/`//` results, str methods), next to the general path (floats, bools, big ints,
# instances with __format__/__str__, str subclasses), and a module rebinding `str` itself.
def lines(n):
    out = []
    for i in range(-3, n):
        w = "ab" * (i % 3)
        out.append(f"{i} {i % 7} {i // 2} {len(w)} {w} {w.upper()}|{ord('é')}{i * 3}")
        out.append(str(i) + str(i % 5) + str(len(w)) + str(w) + str(w.title()))
    return out


print(lines(4))
big = 2**53 - 1
print(f"{big} {-big} {2**70} {1.0} {True} {None}", str(big), str(-big), str(2**70))
print(str(1.5), str(False), str(2.0), f"{3.25}")


class S(str):
    def __format__(self, spec):
        return "S<" + format(str(self), spec) + ">"

    def __str__(self):
        return "S:" + str.__str__(self)


s = S("x")
t = "plain"
print(f"{s}", str(s), f"{t}", str(t), f"{t!r}", f"{t:>7}", f"{len(t):03d}")


class F:
    def __format__(self, spec):
        return "F" + spec

    def __str__(self):
        return "F.str"


print(f"{F()}", f"{F():x}", str(F()))


def counters():
    res = []
    for k in range(3):
        n = len("abc") + k
        res.append(f"[{n}]" + str(n) + f"{ord('a') + k}")
    return res


print(counters())
for i in range(2):
    print(f"{i}{i}", str(i))


def rebound():
    str = lambda x: "<" + repr(x) + ">"
    return [str(i) for i in range(3)]


print(rebound())
String = "shadow"
print(f"{len(String)}", str(len(String)), String)
