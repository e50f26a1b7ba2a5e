from graphlib import TopologicalSorter, CycleError

# Build dependency order for a small project.
deps = {
    "app": {"lib", "utils", "config"},
    "lib": {"utils", "core"},
    "utils": {"core"},
    "config": set(),
    "core": set(),
    "tests": {"app", "lib"},
}
ts = TopologicalSorter(deps)
print(list(ts.static_order()))

ts = TopologicalSorter()
for node, preds in [(5, [11]), (11, [7, 3]), (8, [7, 3]), (2, [11]), (9, [11, 8]), (10, [11, 3])]:
    ts.add(node, *preds)
ts.prepare()
rounds = []
while ts.is_active():
    ready = ts.get_ready()
    rounds.append(sorted(ready))
    print("ready", ready)
    ts.done(*ready)
print(rounds)
print(bool(ts))

# Cycles
ts = TopologicalSorter({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}})
try:
    ts.prepare()
except CycleError as e:
    print("CycleError:", e)
    print(e.args[0])
    print(e.args[1])
    print(type(e).__mro__[1].__name__)

try:
    list(TopologicalSorter({1: {1}}).static_order())
except CycleError as e:
    print(repr(e))

# Errors
ts = TopologicalSorter({1: {2}})
try:
    ts.get_ready()
except ValueError as e:
    print("ValueError:", e)
ts.prepare()
try:
    ts.prepare()
except ValueError as e:
    print("ValueError:", e)
try:
    ts.add(3)
except ValueError as e:
    print("ValueError:", e)
try:
    ts.done(1)
except ValueError as e:
    print("ValueError:", e)
print(ts.get_ready())
ts.done(2)
try:
    ts.done(2)
except ValueError as e:
    print("ValueError:", e)
try:
    ts.done(99)
except ValueError as e:
    print("ValueError:", e)
print(ts.get_ready(), ts.is_active())
ts.done(1)
print(ts.is_active())

# Tuples as nodes, string graph
g = {("b", 1): [("a", 0)], ("c", 2): [("b", 1), ("a", 0)]}
print(tuple(TopologicalSorter(g).static_order()))
print(TopologicalSorter[str])
