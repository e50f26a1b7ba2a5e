"""Printing nested containers: reprs of lists, dicts, sets, tuples, strings, recursive structures."""
import collections
import pprint

data = {
    "name": "O'Brien",
    "quote": 'He said "hi"',
    "both": "it's \"x\"",
    "esc": "tab\there\nnewline\\back\x00nul\x7f\u200b",
    "uni": "héllo wörld ☃ 𝄞",
    "tuple1": (1,),
    "empty": ((), [], {}, set(), frozenset(), ""),
    "nested": [[1, [2, [3, [4]]]], {"a": {"b": {"c": None}}}],
    "floats": [1.0, -0.0, 1e100, 1.5e-10, float("inf")],
    "bools": [True, False, None],
    "bytes": [b"abc", b"\x00\xff", b"'", bytearray(b"xy")],
    3: "int key",
    (1, 2): "tuple key",
    None: "none key",
    2.5: "float key",
}
for k, v in data.items():
    print(repr(k), "=>", v)
print(data["empty"], str(data["tuple1"]), [data["name"], data["quote"], data["both"]])
print({1: {2: {3: [4, (5, {6})]}}})
print({"b": 1, "a": 2}, {frozenset({1}): frozenset()}, {1, 2, 3}, {(1, "a"), (1, "a")})
print([None, ..., NotImplemented, print, len, int, type(None)])

lst = [1, 2]
lst.append(lst)
print(lst, repr(lst))
d = {"self": None}
d["self"] = d
print(d)
a, b = [], []
a.append(b)
b.append(a)
print(a, [a, a])

dd = collections.defaultdict(list, {"x": [1]})
dd["y"].append(2)
print(dd, repr(dd), dict(dd))
print(collections.Counter("banana"), collections.deque([1, 2, 3], maxlen=5), collections.deque("ab"))
print(collections.OrderedDict([("z", 1), ("a", (2,))]), collections.OrderedDict())
Point = collections.namedtuple("Point", ["x", "y"])
print([Point(1, 2), Point(x=[3], y={"k": Point(0, 0)})])

print(str([1, "1", 1.0, "1.0"]), ["a\nb"], ("a\nb",), {"a\nb": "c\td"})
print(list(range(3)), range(1, 10, 2), repr(range(0)), slice(1, None, 2), [slice(3)])
print([[]] * 3, [[0] * 2 for _ in range(2)], [(i, chr(97 + i)) for i in range(3)])
print({i: i ** 2 for i in range(5)}, {x % 3 for x in range(10)}, tuple(x for x in "abc"))
print(dict.fromkeys("ab"), dict(zip("xyz", range(3))), list(zip(*[(1, 2), (3, 4)])))
print(sorted({"b": 2, "a": 1}.items()), list({"b": 2, "a": 1}.keys()), {"a": 1}.values(), {"a": 1}.items())
print(set(), frozenset({3}), {1} | {2}, {1, 2} & {2}, {1, 2} ^ {2, 3}, {1, 2} - {1}, {1} <= {1, 2})
print(complex(0, 1), [1 + 0j, -1j, complex(-0.0, -0.0)], (0.1 + 0.2j) * 3)
big = {"level1": {"level2": {"items": list(range(12)), "text": "x" * 30, "more": {"k%d" % i: i for i in range(4)}}}, "short": [1, 2]}
pprint.pprint(big)
pprint.pprint(big, width=40)
pprint.pprint([("a", 1)] * 6, compact=True, width=30)
print(pprint.pformat({"z": 1, "a": [1, 2], "m": {"q": 1, "b": 2}}))
pprint.pprint(list(range(30)))
print(ascii("héllo☃"), ascii(["ü"]), repr("\U0001f600"), str(b"\x80abc"), repr(bytearray(b"\n")))
