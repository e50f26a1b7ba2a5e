# pprint of nested structures wider than the width, sort_dicts, depth; copy/deepcopy of nested and
# recursive structures and of objects with __copy__/__deepcopy__.
import copy
import pprint

data = {"name": "inventory", "items": [{"id": i, "tags": ["t" * i, "x"], "dims": (i, i * 2.5)} for i in range(4)],
        "meta": {"zeta": 1, "alpha": [1, 2, 3] * 8, "nested": {"deep": {"deeper": {"deepest": "value"}}}}}
pprint.pprint(data)
pprint.pprint(data, width=50, sort_dicts=False, depth=2)
print(pprint.pformat(list(range(30)), width=40, compact=True))
print(pprint.pformat({"b": 1, "a": 2}), pprint.pformat("x" * 10), pprint.pformat([("a", 1)] * 2, indent=2))
orig = [[1, 2], {"k": [3]}]
shallow = copy.copy(orig)
deep = copy.deepcopy(orig)
orig[0].append(99)
orig[1]["k"].append(4)
print(shallow, deep, shallow[0] is orig[0], deep[0] is orig[0])
rec = [1]
rec.append(rec)
rc = copy.deepcopy(rec)
print(rc[1] is rc, rc[1] is rec)


class Conf:
    def __init__(self, vals):
        self.vals = vals
        self.copies = 0

    def __copy__(self):
        c = Conf(self.vals)
        c.copies = self.copies + 1
        return c

    def __deepcopy__(self, memo):
        c = Conf(copy.deepcopy(self.vals, memo))
        c.copies = 100
        return c


c = Conf([1])
c2 = copy.copy(c)
c3 = copy.deepcopy(c)
print(c2.copies, c2.vals is c.vals, c3.copies, c3.vals is c.vals, c3.vals)


class Plain:
    def __init__(self):
        self.items = [1]


p = Plain()
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
p.items.append(2)
print(p2.items, p3.items, type(p3).__name__, copy.copy((1, [2])) is not None, copy.deepcopy((1, 2)) == (1, 2))
