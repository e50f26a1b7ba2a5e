"""Expected itertools results from CPython: python3 gen_itertools.py > data/itertools.json

Each case is [function, args, kwargs, n, result]: the first n items (all when n is None) of
function(*args, **kwargs), or the exception it raised. groupby results are (key, list(group)).
"""
import itertools
import operator
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from pyval import call, dump, enc, lt4, mod2, neg  # noqa: E402

cases = []


def add(name, *args, n=None, **kw):
    def run():
        it = getattr(itertools, name)(*args, **kw)
        if name == "groupby":
            return [(k, list(g)) for k, g in it]
        return list(itertools.islice(it, n))
    cases.append([name, [enc(a) for a in args], {k: enc(v) for k, v in kw.items()}, n, call(run)])


add("count", n=5)
add("count", 10, n=3)
add("count", 2.5, 0.5, n=4)
add("count", 0, -3, n=4)
add("count", 2**53 - 2, n=4)
add("count", step=2, n=3)
add("cycle", "abc", n=8)
add("cycle", [], n=3)
add("repeat", "x", 3)
add("repeat", 7, n=4)
add("repeat", 1, -2)
add("accumulate", [1, 2, 3, 4, 5])
add("accumulate", [1, 2, 3, 4, 5], operator.mul)
add("accumulate", [3, 1, 4, 1, 5], max)
add("accumulate", [1, 2, 3], initial=100)
add("accumulate", [], initial=None)
add("accumulate", ["a", "b", "c"])
add("chain", "abc", [1, 2], (), [None])
add("chain")
add("compress", "ABCDEF", [1, 0, 1, 0, 1, 1])
add("compress", "ABC", [1])
add("dropwhile", neg, [0, 0, 1, 0, 2])
add("takewhile", neg, [0, 0, 1, 0, 2])
add("filterfalse", None, [0, 1, "", "x", None, [], [0]])
add("filterfalse", neg, [0, 1, 0, 2])
add("starmap", pow, [(2, 5), (3, 2), (10, 3)])
add("pairwise", "abcde")
add("pairwise", "a")
add("islice", "ABCDEFG", 2)
add("islice", "ABCDEFG", 2, 4)
add("islice", "ABCDEFG", 2, None)
add("islice", "ABCDEFG", 0, None, 2)
add("islice", "ABCDEFG", 1, 100, 3)
add("islice", "ABC", -1)
add("islice", "ABC", 0, 2, 0)
add("islice", "ABC", 1.5)
add("zip_longest", "ABCD", "xy")
add("zip_longest", "ABCD", "xy", [1], fillvalue="-")
add("zip_longest")
add("groupby", "AAAABBBCCDAABBB")
add("groupby", [1, 3, 5, 2, 4, 7], key=mod2)
add("groupby", [])
add("product", "ab", [0, 1, 2])
add("product", [0, 1], repeat=3)
add("product", "ab", [])
add("product")
add("product", "a", repeat=-1)
add("permutations", [0, 1, 2, 3], 2)
add("permutations", "abc")
add("permutations", "abc", 0)
add("permutations", "abc", 4)
add("permutations", [])
add("permutations", "ab", -1)
add("combinations", "ABCD", 2)
add("combinations", [0, 1, 2, 3, 4], 3)
add("combinations", "AB", 0)
add("combinations", "AB", 3)
add("combinations", "AB", -1)
add("combinations_with_replacement", "ABC", 2)
add("combinations_with_replacement", "", 2)
add("combinations_with_replacement", "", 0)
add("combinations_with_replacement", [1, 2], 3)

# Shared-iterator consumption: how many items each tool pulls.
consumption = []


def consume(label, make):
    it = iter(range(20))
    first = list(make(it))
    consumption.append([label, enc(first), enc(list(it))])


consume("islice", lambda it: itertools.islice(it, 3))
consume("islice_step", lambda it: itertools.islice(it, 1, 7, 2))
consume("takewhile", lambda it: itertools.takewhile(lt4, it))
consume("pairwise3", lambda it: itertools.islice(itertools.pairwise(it), 3))
consume("zip_longest", lambda it: itertools.islice(itertools.zip_longest(it, "ab"), 3))
consume("compress", lambda it: itertools.compress(it, [1, 0, 1]))

dump({"cases": cases, "consumption": consumption})
