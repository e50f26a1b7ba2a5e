import pprint
import copy
import json
from collections import OrderedDict, ChainMap, Counter

teams = {
    "red": {"players": ["ann", "bob", "cyd"], "scores": [12, 7, 30], "meta": {"coach": "zed", "founded": 1999}},
    "blue": {"players": ["dee", "eve"], "scores": [25, 25], "meta": {"coach": "yul", "founded": 2004}},
    "green": {"players": [], "scores": [], "meta": {}},
}


def standings(data):
    rows = []
    for name, t in data.items():
        total = sum(t["scores"])
        avg = total / len(t["scores"]) if t["scores"] else 0.0
        rows.append((name, total, round(avg, 2), len(t["players"])))
    rows.sort(key=lambda r: (-r[1], r[0]))
    return rows


pprint.pprint(teams)
pprint.pprint(teams, width=40, depth=2)
pprint.pprint(standings(teams), width=30)
print(pprint.pformat(teams["red"], compact=True, width=50))
pprint.pprint(list(range(30)), compact=True, width=40)
pprint.pprint({"long": "x" * 90, "nums": tuple(range(12)), "nested": [[1, 2], {"a": {"b": {"c": None}}}]}, width=60)
pp = pprint.PrettyPrinter(indent=4, width=50, sort_dicts=False)
pp.pprint(OrderedDict(b=1, a=[{"k": v} for v in range(3)]))
print(pprint.isreadable(teams), pprint.isrecursive(teams), pprint.saferepr([1, {"b": 2, "a": (3,)}]))
snapshot = copy.deepcopy(teams)
teams["red"]["scores"].append(99)
shallow = copy.copy(teams)
shallow["blue"]["players"].append("fay")
print(snapshot["red"]["scores"], teams["red"]["scores"], teams["blue"]["players"] is shallow["blue"]["players"])
defaults = {"theme": "dark", "size": 10, "lang": "en"}
user = {"size": 14}
cfg = ChainMap(user, defaults)
print(cfg["size"], cfg["theme"], dict(cfg), len(cfg), cfg.maps[0] is user)
cfg2 = cfg.new_child({"lang": "fr"})
cfg2["extra"] = True
print(sorted(cfg2.items()), cfg2.parents["lang"], "extra" in cfg)
wins = Counter()
for name, t in teams.items():
    for s in t["scores"]:
        wins[name] += s >= 20
print(wins, wins.most_common(), json.dumps(standings(teams)))
pprint.pprint(wins)
pprint.pprint(set("pprint"))
pprint.pprint(frozenset({3, 1, 2}))
pprint.pprint([[1, 2, 3]] * 3, width=20)
