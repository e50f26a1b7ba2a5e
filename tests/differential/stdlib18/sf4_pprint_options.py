"""pprint: width, depth, compact, sort_dicts, indent, nested dataclasses and containers, PrettyPrinter."""
import pprint
from collections import OrderedDict, defaultdict, Counter, deque
from dataclasses import dataclass, field


@dataclass
class Address:
    street: str
    city: str
    zip_code: str = "00000"


@dataclass
class Person:
    name: str
    age: int
    emails: list = field(default_factory=list)
    address: Address = None
    tags: dict = field(default_factory=dict)


people = [
    Person("Ann Example", 34, ["ann@example.com", "ann.work@example.org"], Address("1 Long Street Name", "Springfield", "12345"), {"role": "admin", "team": "core"}),
    Person("Bob", 5),
]
pprint.pprint(people)
pprint.pprint(people, width=40)
pprint.pprint(people[1], width=20)
data = {"zeta": list(range(30)), "alpha": {"nested": {"deeper": {"deepest": [1, 2, {"x": "y"}]}}}, "mid": ("t", "u", "p", "l", "e") * 3, "s": {3, 1, 2}, "fs": frozenset({"b", "a"})}
pprint.pprint(data)
pprint.pprint(data, sort_dicts=False, width=60)
pprint.pprint(data, depth=2)
pprint.pprint(data, depth=1, width=30)
pprint.pprint(data["zeta"], compact=True, width=40)
pprint.pprint(data["zeta"], width=40, indent=4)
pprint.pprint([["a" * 10, "b" * 10], ["c" * 10] * 3], compact=True, width=30)
print(pprint.pformat({"k": "a long string " * 8}, width=50))
print(pprint.pformat(b"bytes " * 12, width=30))
print(pprint.pformat([bytearray(b"x" * 40)], width=30))
print(pprint.pformat(OrderedDict([("b", 1), ("a", [1, 2, 3] * 8)]), width=40))
print(pprint.pformat(defaultdict(list, {"k": list(range(25))}), width=40))
print(pprint.pformat(Counter("mississippi bananas"), width=40))
print(pprint.pformat(deque(range(30), maxlen=40), width=40))
print(pprint.pformat(list(range(5)), underscore_numbers=True), pprint.pformat(10 ** 12, underscore_numbers=True))
r = [1, 2]
r.append(r)
d = {"self": None}
d["self"] = d
import re
noid = lambda s: re.sub(r"id=\d+", "id=N", s)
print(noid(pprint.pformat(r)), noid(pprint.pformat(d)), pprint.isrecursive(r), pprint.isreadable(r), pprint.isreadable([1, "a"]))
print(noid(pprint.saferepr(r)), pprint.saferepr({"b": 1, "a": 2}))
pp = pprint.PrettyPrinter(indent=2, width=30, depth=3, compact=False, sort_dicts=True)
pp.pprint({"list": [[1, [2, [3, [4]]]]], "b": "x"})
print(pp.isreadable({"a": 1}), pp.pformat((1,)), pp.pformat(()), pp.pformat([]), pp.pformat({}))
pprint.pp({"b": 1, "a": 2})
pprint.pp({"b": 1, "a": {"d": 1, "c": 2}}, sort_dicts=True, width=10)
long_str = "word " * 30
pprint.pprint({"text": long_str.strip(), "n": 1}, width=50)
pprint.pprint(("single",))
pprint.pprint([{"id": i, "name": f"item{i}", "price": i * 1.25} for i in range(4)], width=60)
