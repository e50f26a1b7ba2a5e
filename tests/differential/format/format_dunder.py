# format() builtin and the __format__ protocol.
class Temp:
    def __init__(self, deg):
        self.deg = deg
    def __format__(self, spec):
        unit = spec[-1:] if spec[-1:] in ("C", "F") else "C"
        num_spec = spec[:-1] if spec[-1:] in ("C", "F") else spec
        val = self.deg if unit == "C" else self.deg * 9 / 5 + 32
        return format(val, num_spec) + "°" + unit
t = Temp(21.5)
print(format(t, ""), format(t, ".1fF"), f"{t:>8.2fC}", "{:.0fF}".format(t))
class Plain:
    pass
p = Plain()
print(format(p, "") == str(p), f"{p}" == str(p))
try:
    format(p, "10")
except TypeError as e:
    print("TypeError", e)
class BadFormat:
    def __format__(self, spec):
        return 42
try:
    format(BadFormat())
except TypeError as e:
    print("TypeError", e)
class StrOnly:
    def __str__(self):
        return "strval"
print(format(StrOnly()), f"{StrOnly()}", "{}".format(StrOnly()))
class IntSub(int):
    pass
class StrSub(str):
    pass
print(format(IntSub(255), "x"), format(StrSub("ab"), ">4"), f"{IntSub(7):03}", f"{StrSub('q')!r}")
print(format(1234.5), format("x"), format([1, 2]), format((1,)), format({"a": 1}), format(None))
for v, spec in [([1], "5"), (None, "5"), ((), "x")]:
    try:
        print(format(v, spec))
    except TypeError as e:
        print("TypeError", e)
print(type(format(5)).__name__, format(-0.0), format(True), format(2 ** 64, ","))
