# Builtin type constructors called on various inputs.
print(list("abc"), list((1, 2)), list({"a": 1}), list(range(3)), list({5: 0}.items()), list())
print(tuple([1, 2]), tuple("ab"), tuple(), tuple(x for x in range(3)), tuple({1: 2}))
print(dict([(1, 2)]), dict(a=1), dict({"a": 1}, b=2), dict(zip("ab", "cd")), dict(), dict([("k", 1), ("k", 2)]))
print(sorted(set("hello")), set([1, 2, 2]), set(), set(range(4)), frozenset([1, 1]), frozenset())
print(bool(), bool(0), bool(1), bool("False"), bool([]), bool([[]]), bool(None), bool(0.0), bool(-1))
print(str(), str(123), str(1.0), str([1, "a"]), str(None), str(True), str(b"x"), str(str))
print(int(), int(3.99), int("-7"), int(True), int(" 42 "), int("0x1f", 16), int("z", 36))
print(float(), float(3), float("1e-3"), float(" inf "), float(True), float("-0"))
print(type(5), type("s"), type(None), type([]), type(type), type(int("1")))
copy = list([1, [2]])
print(copy, tuple(tuple([1])) == (1,), list(list("ab")), dict(dict(a=1)), set(frozenset([3])))
print(list(map(type, [1, 1.0, "1", [1], (1,), {1}, {1: 1}, None]))[:4])
print([t.__name__ for t in map(type, [1, 1.0, "1", [1], (1,), {1}, {1: 1}, None, True, range(1)])])
for ctor, arg in [(list, 5), (tuple, None), (dict, [1]), (set, 1.5), (frozenset, True), (int, []), (float, {})]:
    try:
        print(ctor(arg))
    except (TypeError, ValueError) as e:
        print(ctor.__name__, type(e).__name__, e)
print(isinstance(list, type), callable(list), list.__name__, dict.fromkeys([1]), int.__mro__[-1].__name__)
