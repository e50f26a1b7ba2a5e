print(int("  42 "), int("-0b101", 0), int("0o17", 0), int("0x_ff", 16), int("z", 36), int(3.99), int(-3.99), int(True))
for bad in ["", "4.5", "1_", "0x", "١٢"]:
    try:
        print(repr(bad), int(bad))
    except ValueError as e:
        print("ValueError:", e)
print(float("inf"), float("-Infinity"), float("nan") != float("nan"), float(" -1.5e3 "), float(10**20))
print(bool([]), bool([0]), bool(""), bool(" "), bool(0.0), bool(-0.0), bool(None), bool(range(0)), bool({0: 0}))
print(abs(-5), abs(-2.5), abs(3 + 4j), abs(False), round(7.5), round(-7.5), round(1234, -2), round(1250, -2), round(1350, -2))
print(min(3, 1, 2), max("apple", "pear", key=len), min([], default="empty"), max([1, 5, 3], key=lambda v: -v))
print(min((2, "b"), (1, "z"), (1, "a")), max({3: "a", 9: "b"}), min("bca"), max([[1, 2], [1, 3]]))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min()
except TypeError as e:
    print("TypeError:", e)
print(sum([1, 2, 3], 10), sum([0.1] * 3), sum([[1], [2]], []), sum(range(101)), sum([True, True, False]))
print(list(zip("abc", range(10))), list(zip()), list(zip([1, 2], [3, 4], [5, 6])), dict(zip("ab", "xy")))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(enumerate("xyz", start=-1)), list(map(pow, [2, 3], [3, 2])), list(filter(None, [0, 1, "", "a", None])))
print(any([]), all([]), any(x > 2 for x in [1, 3]), all(x for x in [1, 0]))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), pow(2, 10), pow(2, -2), pow(-8, 1 / 3).real > 0)
print(chr(65), ord("a"), hex(255), oct(-8), bin(10), hex(0), format(255, "#010b"), format(3.14159, ".2f"))
print(repr(None), str(None), repr(...), repr(NotImplemented), type(...).__name__, type(None).__name__)
print(isinstance(True, int), isinstance(1, (str, float)), issubclass(bool, int), issubclass(int, (str, object)))
print(callable(len), callable(1), callable(type), callable(lambda: 0), callable("s".upper))
print(len(range(0, 100, 7)), range(10)[::-2], range(5)[-1], 7 in range(0, 10, 7), range(3) == range(0, 3, 1))
print(list(range(10, 0, -3)), range(1, 10, 2).index(5), range(0, 20, 5).count(10), reversed(range(3)).__class__.__name__)
r = range(2**60, 2**60 + 10, 3)
print(r, len(r), r[1], r[-1], 2**60 + 3 in r, list(r)[:2], range(-2**55, 2**55, 2**54)[3])
print(slice(3), slice(1, 2, 3), iter([1]).__class__.__name__, type(iter(range(1))).__name__, type(iter("é")).__name__)
print(hash(0) == hash(0.0) == hash(False), hash("") == 0, hash((1, 2)) == hash((1, 2)), hash(-1), hash(2**61 - 1), hash(2**61))
print(id(None) == id(None), (lambda: 1).__name__, vars(type("T", (), {"a": 1}))["a"], dir([]) [-3:])
print(getattr(5, "real"), getattr([], "nope", "dflt"), hasattr("s", "upper"), setattr, delattr.__name__)
print(format(1234567, ","), format(0.5, "%"), format("x", "*^5"), format(True), format(None), format(12, "c"))
print(bytes(3), bytes([65, 66]), bytes("hé", "utf-8"), bytearray(2), bytes.fromhex("de ad"), b"ab".hex(), b"a" * 3)
print(list(b"AB"), b"abc"[1], b"abc"[1:], b"x" in b"xyz", 120 in b"xyz", b"A,B".split(b","), b" x ".strip())
print(complex(1, 2) * 1j, (1 + 2j).conjugate(), complex("3-4j"), abs(3 - 4j), (1j) ** 2, 2 + 0j == 2)
print(object().__class__.__name__, type(type).__name__, type(int).__name__, int.__name__, str.__mro__)
print(sorted(vars(__builtins__)) == sorted(dir(__builtins__)) if False else "skip", __name__, __doc__)
print(type(iter(lambda: 1, 1)).__name__, next(iter([]), "no more"), next(iter([7])), list(iter([3, 2, 1].pop, 1)))
