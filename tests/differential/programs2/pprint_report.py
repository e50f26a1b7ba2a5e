import pprint
from collections import OrderedDict, defaultdict, Counter, deque
from dataclasses import dataclass

data = {
    "name": "experiment-42",
    "params": {"lr": 0.001, "layers": [64, 128, 256, 512], "dropout": 0.25, "activation": "relu"},
    "results": [{"epoch": i, "loss": round(1 / (i + 1), 4), "acc": round(0.5 + i * 0.05, 3)} for i in range(5)],
    "tags": ("baseline", "gpu", "long-run-with-a-very-long-descriptive-tag-name"),
    "empty": {},
    "set": {3, 1, 2},
    "nested": [[1, 2, [3, 4, [5, 6, [7, 8]]]]],
}
pprint.pprint(data)
pprint.pprint(data, width=120, compact=True)
pprint.pprint(data["results"], depth=1)
print(pprint.pformat(data["params"], indent=4, width=40))
pprint.pprint(data, sort_dicts=False, width=60)
pprint.pprint(list(range(40)))
pprint.pprint(list(range(40)), compact=True)
pprint.pprint("a long string " * 10)
pprint.pprint(OrderedDict([("b", 1), ("a", 2)]))
dd = defaultdict(list, {"k": [1, 2], "j": []})
pprint.pprint(dd)
pprint.pprint(Counter("mississippi"))
pprint.pprint(deque(range(30)))
print(pprint.saferepr({"self": [1, 2]}), pprint.isreadable([1, 2]))


@dataclass
class Cfg:
    name: str
    values: list


pprint.pprint(Cfg("x" * 30, list(range(25))))
pp = pprint.PrettyPrinter(width=30, indent=2)
pp.pprint({"alpha": [1, 2, 3], "beta": {"gamma": "delta" * 4}})
