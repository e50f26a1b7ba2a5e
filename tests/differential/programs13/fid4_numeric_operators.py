# Mixed int/float/bool arithmetic across every operator, as a unit-conversion table would use.
import math

vals = [7, -7, 2.5, -2.5, 0.0, -0.0, True, False, 10**20, float("inf"), float("-inf")]

def safe(op, a, b):
    try:
        return repr(op(a, b))
    except Exception as e:
        return f"{type(e).__name__}: {e}"

ops = [
    ("+", lambda a, b: a + b),
    ("-", lambda a, b: a - b),
    ("*", lambda a, b: a * b),
    ("/", lambda a, b: a / b),
    ("//", lambda a, b: a // b),
    ("%", lambda a, b: a % b),
    ("divmod", lambda a, b: divmod(a, b)),
]

pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (7.5, 2), (-7.5, 2), (7, -2.5),
         (True, 3), (3, True), (5, False), (5.0, 0), (0, 0.0), (1e308, 1e-308),
         (float("inf"), 3), (-3, float("inf")), (3, float("-inf")), (float("inf"), float("inf")),
         (-0.0, 5), (0.0, -5), (10**20, 3.0), (2**70, -3), (-(2**70), 7)]
for a, b in pairs:
    row = [f"{name}={safe(f, a, b)}" for name, f in ops]
    print(repr(a), repr(b), " ".join(row))

print("--- powers")
for a, b in [(2, -1), (2, -3), (-2, -3), (0, -1), (0.0, -1), (-8, 1/3), (2, 0.5), (-1, 0.5),
             (10, 22), (10, -22), (2.0, 1024), (2, 1023.0), (-2.0, 1023), (1, 10**30),
             (-1, 10**30 + 1), (0, 0), (0.0, 0.0), (float("nan"), 0), (1, float("nan")),
             (True, -2), (7, True)]:
    print(repr(a), "**", repr(b), "=", safe(lambda x, y: x ** y, a, b))
print(pow(3, 200, 1000), pow(3, -1, 7), pow(-3, 3, 5), safe(lambda a, b: pow(2, -1, 4), 0, 0))
print(safe(lambda a, b: pow(2.0, 3, 5), 0, 0))
print(safe(lambda a, b: pow(2, 3.0, 5), 0, 0))

print("--- bools")
print(True + True, True * 3, -True, ~True, ~False, True / 2, True // 2, True ** 10)
print(True & 3, True | 2, True ^ True, type(True ^ True).__name__, type(True & 1).__name__)
print(sum([True, True, False, True]), max(True, 0), abs(-True), int(True), float(False))
print(True == 1, True is 1 if False else "skip", hash(True), hash(False), {1: "a", True: "b"})

print("--- shifts and bits")
for a, b in [(1, 70), (-1, 70), (-5, 1), (5, 100), (2**100, 98), (-(2**100), 99)]:
    print(a << b if b < 80 else "big", a >> b, (a >> b).bit_length())
print(safe(lambda a, b: 1 << -1, 0, 0), safe(lambda a, b: 1 >> -1, 0, 0))
print(safe(lambda a, b: 1.0 << 1, 0, 0), safe(lambda a, b: 3 & 1.0, 0, 0))
print((255).bit_count(), (-255).bit_count(), (0).bit_length(), (-1).bit_length())
print((1024).to_bytes(2, "big"), int.from_bytes(b"\xff\xfe", "little", signed=True))
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, (0.1 + 0.2).hex(), float.fromhex("0x1.8p1"))
print((2.5).as_integer_ratio(), (-0.75).as_integer_ratio(), (10).as_integer_ratio())
print((3.0).is_integer(), (3.5).is_integer(), (7).conjugate(), (2.5).real, (3).imag)
