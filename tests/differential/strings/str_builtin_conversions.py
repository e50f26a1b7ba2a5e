# str() and repr() of builtin values, chr/ord, and str as a type.
values = [0, -5, 2 ** 70, 1.0, -0.5, 1e100, True, None, "s", [1, "a"], (1,), (), {"a": 1}, {1, 2}, set(),
          frozenset(), frozenset({3}), range(5), range(1, 10, 2), slice(1, None), [[]], {(): ()}, ..., NotImplemented,
          [None, True], {"nested": {"x": [1.5]}}]
for v in values:
    print(str(v), "|", repr(v), "|", type(v).__name__)
print(str(), str("x"), str(str), str(int), repr(str), repr(ValueError), str(print), repr(len))
print(str(Exception("msg")), repr(Exception("msg")), str(KeyError("k")), repr(KeyError("k")), str(ValueError()))
print(str(Exception("a", 2)), repr(Exception("a", 2)), repr(ValueError()), str(KeyError()))
print([chr(i) for i in range(65, 70)], [ord(c) for c in "AZaz09"], chr(32) == " ", chr(0) == "\x00")
print(isinstance("x", str), str.__name__, type("x") is str, str("already") is not None)
print(str(3), str(1 + 2j), str(object).startswith("<class"), str(type(None)))
class P:
    def __repr__(self):
        return "P()"
print(str(P()), repr(P()), [P(), P()], (P(),), {"k": P()}, f"{P()}", f"{P()!r}", "%s" % P())
class Both:
    def __str__(self):
        return "str-form"
    def __repr__(self):
        return "repr-form"
b = Both()
print(str(b), repr(b), [b], (b, b), {"k": b}, "%s|%r" % (b, b), f"{b}|{b!r}")
print(str(1.0), str(10 ** 16 * 1.0), str(-0.0), str(float("nan")), repr(1e-7), str(2 ** 0.5))
print(repr(None), repr(True), repr(...), repr(NotImplemented), repr(()), repr((1, 2)), repr([None]))
nested = {"list": [1, (2, 3)], "str": "it's", "set": {1}, "frozen": frozenset({2})}
print(str(nested) == repr(nested), nested)
