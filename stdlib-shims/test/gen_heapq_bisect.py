"""Expected heapq and bisect results from CPython: python3 gen_heapq_bisect.py > data/heapq_bisect.json

Each case is [module, function, args, kwargs, result, args after the call] (the functions
mutate their list argument).
"""
import bisect
import heapq
import random
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from pyval import call, dump, enc, mod7  # noqa: E402

rng = random.Random(99)
cases = []


def add(mod, name, *args, **kw):
    before = [enc(a) for a in args]
    result = call(getattr(mod, name), *args, **kw)
    cases.append([mod.__name__, name, before, {k: enc(v) for k, v in kw.items()}, result, [enc(a) for a in args]])


def nums(n, hi=50):
    return [rng.randint(0, hi) for _ in range(n)]


for n in [0, 1, 2, 5, 17, 100]:
    add(heapq, "heapify", nums(n))
    add(heapq, "heapify", [(rng.randint(0, 5), rng.choice("abc")) for _ in range(n)])
    add(heapq, "heapify", [rng.random() for _ in range(n)])
for _ in range(20):
    h = nums(rng.randint(0, 30))
    heapq.heapify(h)
    add(heapq, "heappush", list(h), rng.randint(-5, 60))
    add(heapq, "heappop", list(h))
    add(heapq, "heapreplace", list(h), rng.randint(-5, 60))
    add(heapq, "heappushpop", list(h), rng.randint(-5, 60))
add(heapq, "heappop", [])
add(heapq, "heapreplace", [], 1)
add(heapq, "heappush", (1, 2), 3)
add(heapq, "heappush", [1, "a"], 2)
for n in [0, 1, 2, 3, 5, 10, 40]:
    for data in [nums(30), nums(30, 5), [str(x) for x in nums(30)], [], [(x % 3, -x) for x in nums(20)]]:
        add(heapq, "nsmallest", n, data)
        add(heapq, "nlargest", n, data)
        add(heapq, "nsmallest", n, data, key=abs if data and isinstance(data[0], int) else None)
        add(heapq, "nlargest", n, tuple(data))
add(heapq, "nsmallest", 3, [-5, 3, -1, 8, 0, -9, 2], key=abs)
add(heapq, "nlargest", 3, [-5, 3, -1, 8, 0, -9, 2], key=abs)
add(heapq, "nlargest", 2, ["bb", "a", "ccc", "dd", "e"], key=len)
add(heapq, "nsmallest", -1, [3, 1, 2])
add(heapq, "nsmallest", 2, "hello")
streams = [sorted(nums(rng.randint(0, 10))) for _ in range(5)]
cases.append(["heapq", "merge", [enc(s) for s in streams], {}, enc(list(heapq.merge(*streams))), None])
rs = [sorted(s, reverse=True) for s in streams]
cases.append(["heapq", "merge", [enc(s) for s in rs], {"reverse": True}, enc(list(heapq.merge(*rs, reverse=True))), None])
ks = [sorted(s, key=mod7) for s in streams]
cases.append(["heapq", "merge", [enc(s) for s in ks], {"key": enc(mod7)}, enc(list(heapq.merge(*ks, key=mod7))), None])
cases.append(["heapq", "merge", [], {}, enc(list(heapq.merge())), None])

for _ in range(30):
    a = sorted(nums(rng.randint(0, 15), 20))
    x = rng.randint(-2, 22)
    for name in ["bisect_left", "bisect_right", "bisect", "insort_left", "insort_right", "insort"]:
        add(bisect, name, list(a), x)
        add(bisect, name, list(a), x, 1, max(1, len(a) - 1))
        add(bisect, name, list(a), x, hi=len(a) // 2)
add(bisect, "bisect_left", [1, 2, 2, 3], 2, -1)
add(bisect, "bisect_right", [(1, "a"), (2, "b"), (2, "c")], (2, "b"))
add(bisect, "insort", ["a", "c"], "b")
add(bisect, "bisect_left", [1, 2, 3], "x")
dump(cases)
