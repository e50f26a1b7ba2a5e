# Exception construction (the class-call fast path), int()/float() parse errors in hot loops,
# tuple()/list() of tuples.
class ParseError(Exception):
    pass


class Detailed(ValueError):
    def __init__(self, code):
        super().__init__("detailed", code)
        self.code = code


class Meta(type):
    pass


class WithMeta(Exception, metaclass=Meta):
    pass


print(repr(ParseError()), repr(ParseError("a")), repr(ParseError("a", 2, 3, 4, 5)), ParseError("x", 1).args)
print(repr(Detailed(7)), Detailed(7).code, repr(WithMeta("m")), str(KeyError("k")), repr(KeyError("k")))
try:
    ParseError(bad=1)
except TypeError as e:
    print("TypeError", e)
counts = {"int": 0, "float": 0, "parse": 0, "key": 0}
toks = ["12", "x7", "", "-3", "4.5", " 8 ", "1_0", "_1", "0x10", "１２"]
d = {i: i for i in range(0, 50, 5)}
for i in range(3000):
    tok = toks[i % len(toks)]
    try:
        if not tok:
            raise ParseError("empty")
        counts["int"] += int(tok)
    except ValueError as e:
        counts["float"] += 1
        if i < len(toks):
            print("ValueError", e)
        try:
            float(tok)
        except ValueError as e2:
            if i < len(toks):
                print("float:", e2)
    except ParseError:
        counts["parse"] += 1
    try:
        counts["key"] += d[i % 50]
    except KeyError as k:
        if i < 3:
            print("KeyError", k, k.args)
print(counts)
t = (1, 2, 3)
print(tuple(t) is t, tuple([1, 2]), tuple(), list(t), tuple(x for x in t), list((4, 5)))


class T(tuple):
    pass


u = T((1, 2))
print(type(tuple(u)).__name__, tuple(u) is u, list(u))
