"""Expected random sequences from CPython: python3 gen_random.py > data/random.json

Each script seeds a fresh Random and lists calls [method, args, kwargs, result] in order;
the test replays them on random.mjs and compares every result.
"""
import random
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from pyval import call, dump, enc  # noqa: E402

SEEDS = [0, 1, 42, 12345, 2**40 + 7, -5, 10**30, 2**32, "", "hello", "a" * 200, "héllo wörld ✓ 🎲", 1.5, -2.25, 3.0]


def script(seed, ops):
    r = random.Random(seed)
    out = []
    for name, args, kw in ops:
        encoded = [enc(a) for a in args]
        result = call(getattr(r, name), *args, **kw)
        if name == "shuffle":
            result = enc(args[0])  # the list, shuffled in place
        out.append([name, encoded, {k: enc(v) for k, v in kw.items()}, result])
    return {"seed": enc(seed), "ops": out}


def ops_for(seed):
    # Long plain sequences for a few int and str seeds, every method for some of them.
    ops = [("random", (), {})] * (3000 if seed in (0, 42, 10**30, "hello") else 200)
    ops += [("getrandbits", (k,), {}) for k in [0, 1, 7, 31, 32, 33, 53, 54, 64, 100, 300] * 3]
    if seed not in (1, 42, -5, "hello", "héllo wörld ✓ 🎲", 1.5):
        return ops
    ops += [("randrange", (10,), {})] * 50 + [("randrange", (1, 7), {})] * 50
    ops += [("randrange", (0, 100, 7), {})] * 30 + [("randrange", (50, -50, -3), {})] * 30
    ops += [("randrange", (2**70,), {})] * 10 + [("randrange", (-2**60, 2**60, 3), {})] * 10
    ops += [("randrange", (2**52, 2**53 + 5), {})] * 10
    ops += [("randint", (1, 6), {})] * 100 + [("randint", (-10**20, 10**20), {})] * 10
    ops += [("choice", ([1, 2, 3, "x", (4, 5)],), {})] * 50 + [("choice", ("abcdef",), {})] * 20
    ops += [("shuffle", (list(range(n)),), {}) for n in [0, 1, 2, 10, 52]]
    ops += [("sample", (list(range(n)), k), {}) for n, k in [(10, 3), (10, 10), (30, 5), (100, 7), (1000, 20), (5, 0)]]
    ops += [("sample", ("abcdefg", 4), {})]
    ops += [("sample", (["a", "b", "c"], 5), {"counts": [3, 1, 2]})]
    ops += [("choices", ([1, 2, 3],), {"k": 20})]
    ops += [("choices", (["a", "b", "c"], [1, 5, 10]), {"k": 30})]
    ops += [("choices", (["a", "b", "c"],), {"cum_weights": [0.5, 0.75, 1.0], "k": 30})]
    ops += [("choices", ("xyz", [1.5, 0, 2]), {"k": 10})]
    ops += [("uniform", (1, 10), {})] * 20 + [("uniform", (-2.5, 2.5), {})] * 20
    ops += [("triangular", (), {})] * 10 + [("triangular", (0, 10, 8), {})] * 10 + [("triangular", (3, 3, 3), {})]
    ops += [("gauss", (), {})] * 101 + [("gauss", (10, 2), {})] * 20
    ops += [("normalvariate", (), {})] * 50 + [("normalvariate", (5, 0.5), {})] * 20
    ops += [("lognormvariate", (0, 1), {})] * 20
    ops += [("expovariate", (1.5,), {})] * 50
    ops += [("vonmisesvariate", (1.0, 4.0), {})] * 30 + [("vonmisesvariate", (0.5, 0), {})] * 5
    ops += [("gammavariate", (a, 2.0), {}) for a in [0.5, 1.0, 2.5, 9.0] * 10]
    ops += [("betavariate", (2.0, 5.0), {})] * 20 + [("betavariate", (0.5, 0.5), {})] * 20
    ops += [("paretovariate", (3.0,), {})] * 20
    ops += [("weibullvariate", (1.0, 1.5), {})] * 20
    ops += [("random", (), {})] * 100
    return ops


ERRORS = [
    ("randrange", (0,), {}), ("randrange", (5, 5), {}), ("randrange", (0, 10, 0), {}),
    ("randrange", (10, 0, 2), {}), ("randrange", (1.5,), {}), ("randrange", (10,), {"step": 2}),
    ("randint", (5, 1), {}), ("choice", ([],), {}), ("sample", ([1, 2], 3), {}), ("sample", ({1, 2}, 1), {}),
    ("choices", ([1, 2], [1]), {}), ("choices", ([1, 2], [0, 0]), {}), ("choices", ([1, 2], 3), {}),
    ("choices", ([1, 2], [1, 2]), {"cum_weights": [1, 2]}), ("getrandbits", (-1,), {}),
    ("gammavariate", (0, 1), {}), ("expovariate", (0,), {}), ("sample", ([1, 2], 1), {"counts": [1]}),
]

dump({"scripts": [script(s, ops_for(s)) for s in SEEDS] + [script(7, ERRORS)]})
