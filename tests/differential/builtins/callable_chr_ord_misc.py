# callable, chr, ord, abs, divmod, pow, round, bin/hex/oct, len on assorted values.
class WithCall:
    def __call__(self):
        return 1
class Without:
    pass
print([callable(v) for v in [len, print, lambda: 0, WithCall(), Without(), Without, 5, "s", int, None, str.upper]])
print([chr(i) for i in [65, 97, 48, 32, 0x263A, 0x1F600, 0x3B1]], [ord(c) for c in "Aa0 ☺😀α"])
print(abs(-5), abs(5.5), abs(-0.0), abs(True), abs(-2 ** 70), divmod(-7, 2), pow(3, 4), pow(3, 4, 5), round(7.5))
print(len("😀"), len([1, [2, 3]]), len({}), len(range(0, 100, 7)), len(b"ab"), len({1: 2, 3: 4}), len((1,)))
print(bin(10), hex(-255), oct(64), bin(0), hex(2 ** 64))
print(min("zebra"), max([3, 7, 5]), sorted("zebra"), list(reversed((1, 2, 3))), list(reversed(range(3))))
print(repr(repr("x")), ascii("é"), format(3.14159, ".3"), format(42), format("x", "^3"))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError", e)
try:
    reversed(x for x in [1])
except TypeError as e:
    print("TypeError", e)
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())))
try:
    len(x for x in [])
except TypeError as e:
    print("TypeError", e)
print(isinstance(len, type(print)), type(len).__name__, len.__name__, print.__name__)
