# Tournament scheduler: round robin (circle method), itertools, standings with tie-breaks.
import itertools
from collections import defaultdict
from functools import cmp_to_key, reduce
import operator

teams = ["Ajax", "Benfica", "Celtic", "Dynamo", "Everton"]


def round_robin(names):
    names = list(names)
    if len(names) % 2:
        names.append(None)
    n = len(names)
    rounds = []
    for r in range(n - 1):
        pairs = []
        for i in range(n // 2):
            a, b = names[i], names[n - 1 - i]
            if a is not None and b is not None:
                pairs.append((a, b) if r % 2 == 0 else (b, a))
        rounds.append(pairs)
        names = [names[0]] + [names[-1]] + names[1:-1]
    return rounds


schedule = round_robin(teams)
for i, rnd in enumerate(schedule, 1):
    bye = set(teams) - set(itertools.chain.from_iterable(rnd))
    print(f"Round {i}: " + ", ".join(f"{h} v {a}" for h, a in rnd) + (f"  (bye: {bye.pop()})" if bye else ""))
all_pairs = {frozenset(p) for rnd in schedule for p in rnd}
print(len(all_pairs), len(list(itertools.combinations(teams, 2))), all_pairs == {frozenset(c) for c in itertools.combinations(teams, 2)})

scores = itertools.cycle([(2, 1), (0, 0), (1, 3), (4, 4), (1, 0), (0, 2), (3, 3)])
table = defaultdict(lambda: {"P": 0, "W": 0, "D": 0, "L": 0, "GF": 0, "GA": 0, "Pts": 0})
results = []
for rnd in schedule:
    for (h, a), (gh, ga) in zip(rnd, scores):
        results.append((h, a, gh, ga))
        for t, f, ag in ((h, gh, ga), (a, ga, gh)):
            row = table[t]
            row["P"] += 1
            row["GF"] += f
            row["GA"] += ag
            key = "W" if f > ag else "D" if f == ag else "L"
            row[key] += 1
            row["Pts"] += {"W": 3, "D": 1, "L": 0}[key]


def head_to_head(a, b):
    for h, aw, gh, ga in results:
        if {h, aw} == {a, b}:
            ga_, gb_ = (gh, ga) if h == a else (ga, gh)
            return (ga_ > gb_) - (ga_ < gb_)
    return 0


def compare(x, y):
    rx, ry = table[x], table[y]
    kx = (rx["Pts"], rx["GF"] - rx["GA"], rx["GF"])
    ky = (ry["Pts"], ry["GF"] - ry["GA"], ry["GF"])
    if kx != ky:
        return -1 if kx > ky else 1
    h = head_to_head(x, y)
    return -h if h else (x > y) - (x < y)


standings = sorted(table, key=cmp_to_key(compare))
print(f"{'#':>2} {'Team':<9}" + "".join(f"{k:>4}" for k in ("P", "W", "D", "L", "GF", "GA", "GD", "Pts")))
for pos, t in enumerate(standings, 1):
    r = table[t]
    print(f"{pos:>2} {t:<9}" + "".join(f"{r[k]:>4}" for k in ("P", "W", "D", "L", "GF", "GA"))
          + f"{r['GF'] - r['GA']:>+4}{r['Pts']:>4}")
goals = [gh + ga for *_, gh, ga in results]
print("goals:", goals, "total", sum(goals), "avg", sum(goals) / len(goals))
print("running:", list(itertools.accumulate(goals)), list(itertools.accumulate(goals, max)))
print("groups:", [(k, len(list(g))) for k, g in itertools.groupby(sorted(goals))])
print("product:", reduce(operator.mul, (g or 1 for g in goals)), list(itertools.islice(itertools.count(10, 5), 4)))
print(list(itertools.permutations("ABC", 2)), len(list(itertools.product(range(3), repeat=3))))
print(list(itertools.compress(teams, [1, 0, 1, 0, 1])), list(itertools.starmap(pow, [(2, 5), (3, 2)])))
print(list(itertools.zip_longest("ab", [1, 2, 3], fillvalue="-")), list(itertools.pairwise(range(5))))
print(list(itertools.takewhile(lambda g: g < 5, goals)), list(itertools.dropwhile(lambda g: g < 5, goals)))
print(list(itertools.filterfalse(None, [0, 1, "", "x", None])), list(itertools.combinations_with_replacement("xy", 2)))
a, b = itertools.tee(iter(teams), 2)
print(next(a), next(a), next(b), list(b)[-1], list(itertools.repeat("z", 3)))
