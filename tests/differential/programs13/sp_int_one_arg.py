# int(x) with one argument: str digits, ints, bools, floats, big ints, objects, errors.
n = 3**200
print(sum(int(c) for c in str(n)), sum(int(c) for c in str(-n) if c != "-"))
print([int(s) for s in ["7", "0", "-3", " 42 ", "+5", "1_000", "007", "\t12\n", "٣", "𝟗", "١٢"]])
print(int("9" * 30), int("-" + "1" * 20), int(str(2**53 + 1)))
print(int(True), int(False), int(3.9), int(-2.5), int(1e20), int(2**70), int(-(2**53)))
print(int(0), int(-0.0), repr(int(-0.0)), type(int(7.0)).__name__)


class MyInt(int):
    pass


class WithInt:
    def __int__(self):
        return 11


class WithIndex:
    def __index__(self):
        return 12


class WithTrunc:
    def __trunc__(self):
        return 13


m = MyInt(5)
print(int(m), type(int(m)).__name__, int(WithInt()), int(WithIndex()))
try:
    print(int(WithTrunc()))
except TypeError as exc:
    print("TypeError", exc)
for bad in ["", "x7", "1.5", "٣x", "--1", "_1", None, [1], 1j]:
    try:
        print(int(bad))
    except (ValueError, TypeError) as exc:
        print(type(exc).__name__, exc)
try:
    int(float("inf"))
except OverflowError as exc:
    print("OverflowError", exc)
try:
    int(float("nan"))
except ValueError as exc:
    print("ValueError", exc)
print(int(b"42") if False else int(bytearray(b"17")) if False else "bytes skipped")


def parse_all(items):
    total = 0
    for s in items:
        try:
            total += int(s)
        except ValueError:
            total -= 1
    return total


print(parse_all(["1", "2", "x", "30", "", "4" * 25]))


def where():
    return int("oops")


try:
    where()
except ValueError as exc:
    import traceback

    print([fr.line for fr in traceback.extract_tb(exc.__traceback__)], exc)
