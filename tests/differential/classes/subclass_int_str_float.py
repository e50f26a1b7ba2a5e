# Subclasses of int, str and float: values, inherited methods, operators, overrides.
class Port(int):
    def describe(self):
        return f"port {int(self)}"
class Tag(str):
    def __new__(cls, value):
        return super().__new__(cls, value.lower())
    def wrap(self):
        return f"<{self}>"
class Meters(float):
    def __str__(self):
        return f"{float(self):.1f} m"
p = Port(8080)
print(p, repr(p), p + 1, type(p + 1).__name__, p.describe(), p.bit_length(), hex(p), p // 7, -p, abs(Port(-3)))
print(p == 8080, p < 9000, hash(p) == hash(8080), isinstance(p, int), bool(Port(0)), f"{p:>6}|{p:x}")
print(sorted([Port(3), Port(1), 2]), max(Port(5), 4), [10, 20, 30][Port(1)], {p: "x"}[8080] if False else "skip")
t = Tag("HeLLo")
print(t, repr(t), t.wrap(), t.upper(), len(t), t[1:], t * 2, "el" in t, t.split("l"), type(t.upper()).__name__)
print(t == "hello", t + "!", f"[{t:>7}]", t.startswith("he"), isinstance(t, str), ",".join([t, "x"]))
m = Meters(2.5)
print(m, repr(m), m * 2, type(m * 2).__name__, float(m), int(m), round(m), f"{m:.2f}", m > 2)
class Even(int):
    def __new__(cls, n):
        if n % 2:
            raise ValueError(f"{n} is odd")
        return super().__new__(cls, n)
print(Even(4), type(Even(4)).__name__)
try:
    Even(3)
except ValueError as e:
    print("ValueError", e)
