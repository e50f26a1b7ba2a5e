s = {1, 2, 3}
t = frozenset([3, 4])
print(s | t, s & t, s - t, s ^ t, t | s, s.issubset({1, 2, 3, 4}), s.isdisjoint({9}), s <= s, s < s, t.union([5]))
u = set(s)
u.symmetric_difference_update({3, 9})
u.intersection_update({1, 9, 7})
u.difference_update([1])
print(u, s.copy() == s, {frozenset({1}): "fs"}, sorted({3, 1, 2}), {1, 2} == frozenset({1, 2}), hash(frozenset()) == hash(frozenset()))
d = {"a": 1, "b": 2, "c": 3}
print(d.keys() & {"a", "z"}, d.keys() - {"a"}, d.items() | {("z", 0)}, list(d.values()), "a" in d.keys(), ("a", 1) in d.items())
print("{a}-{b}".format_map(d), (255).bit_count(), (10).to_bytes(2, "little"), float.fromhex("0x1.8p1"), (3.0).hex(), (0.5).as_integer_ratio())
print(bytes.fromhex("deadbeef"), b"\xde\xad".hex(), b"hello world".split(), b"abc".upper(), bytearray(b"ab") + b"c", b"a" in b"abc", list(b"hi"))
ba = bytearray(3)
ba[0] = 65
ba.extend(b"xy")
print(ba, len(ba), ba.decode("latin-1"), bytes(ba[:1]), b"%d-%s" % (5, b"x"), b"a,b".split(b","), b"  x ".strip())
print("½".isnumeric(), "½".isdecimal(), "3".isdecimal(), "Ⅻ".isnumeric(), "ABC".isascii(), "é".isascii(), "a b".istitle(), "A B".istitle())
print(list(zip([1, 2], "ab", strict=True)), list(map(pow, [2, 3], [3, 2])), list(iter([3, 2, 1].pop, 1)), list(reversed({"x": 1, "y": 2})))
try:
    list(zip([1], [], strict=True))
except ValueError as e:
    print("ValueError:", e)
sl = slice(1, 10, 3)
print(sl, sl.indices(5), list(range(20))[sl], "abcdefghij"[sl], slice(None).indices(3), range(10)[2:8:2], range(5)[-1])


class Idx:
    def __index__(self):
        return 2


print([10, 20, 30][Idx()], "abc"[Idx()], bin(Idx()), range(Idx()), pow(3, -1, 7), pow(-2, 3), divmod(-9, 4), divmod(9, -4.0))
print(round(12345, -2), round(12355, -1), round(-0.0), int.from_bytes(b"\xff\xfe", "big", signed=True), (-1).to_bytes(2, "big", signed=True))
print(hash((1, 2)) == hash((1, 2)), hash("") == 0, hash(0), hash(-1), hash(2 ** 61 - 1), hash(1.5), hash(None) == hash(None), hash(True))
lst = [5, 3, 8, 1]
lst.sort(key=lambda v: -v)
print(lst, sorted(lst, reverse=True), lst.index(8), lst.count(3), lst.copy(), lst * 0, [] or "empty", [0] and "nonempty")
lst.insert(100, 9)
lst.insert(-100, 0)
lst.remove(3)
del lst[1:3]
print(lst, lst.pop(0), lst, lst.reverse(), lst, lst.clear(), lst)
m = [[1, 2], [3, 4]]
m2 = m[:]
m2[0][0] = 99
m2[1] = [0]
print(m, m2, [row[:] for row in m], list(map(list, zip(*m))))
a = [1, 2, 3, 4, 5]
a[1:3] = ["x", "y", "z"]
a[::2] = [0, 0, 0]
print(a, a[-1:-4:-1], a[10:], a[:-10])
del a[::2]
print(a, max("apple", "pear", key=len), min([], default=None), max([1, 2], [1, 3]), sum(range(101)), sum([0.1] * 3, 1))
print(abs(-3.5), abs(-0), abs(3 + 4j), int(True), float(False), bool("False"), bool([]), str(None), repr(...), Ellipsis)
print(all(x > 0 for x in [1, 2]), any(x > 5 for x in [1, 2]), sorted("hello"), "".join(sorted("hello", reverse=True)), list(enumerate("ab", 5)))
print(isinstance(1, (str, int)), isinstance([], list), type([]) is list, type(type), type(1.0), type(None), type(print), type(len).__name__)
print(chr(97), ord("a"), chr(0x1F600), len("😀"), "😀".encode("utf-8"), "a😀b"[1], "a😀b"[::-1], str(b"x"), ascii("é"))
print(oct(-8), hex(0), bin(-5), format(-5, "b"), int("z", 36), int("-1010", 2), int(" 0x10 ", 16), 0b1010, 0o17, 0xFF, 1_000)
print(vars().get("nope"), globals().get("s") == s, callable(len), callable("x"), getattr(1, "real"), (1).imag, (2.5).real)
print(id(s) != id(t), dir([])[:3] if False else "skip", len(dir(s)) > 10, "append" in dir([]), isinstance(range(1), range))
print(list(filter(lambda x: x % 2, range(10))), list(map(str.upper, ["a"])), next(filter(None, [0, "", 5])), next(iter({})), 1)
