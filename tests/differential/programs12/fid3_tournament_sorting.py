from collections import defaultdict
from operator import attrgetter, itemgetter
from functools import cmp_to_key
import itertools

RESULTS = """\
Lions 3-1 Tigers
Bears 2-2 Wolves
Tigers 0-0 Bears
Wolves 1-4 Lions
Lions 1-1 Bears
Tigers 2-1 Wolves
Bears 3-0 Lions
Wolves 2-2 Tigers
Eagles 1-0 Hawks
Hawks 2-2 Eagles
"""


class Row:
    __slots__ = ("team", "p", "w", "d", "l", "gf", "ga")

    def __init__(self, team):
        self.team = team
        self.p = self.w = self.d = self.l = self.gf = self.ga = 0

    @property
    def pts(self):
        return 3 * self.w + self.d

    @property
    def gd(self):
        return self.gf - self.ga

    def __repr__(self):
        return f"Row({self.team!r}, pts={self.pts})"


table = defaultdict(lambda: None)
rows = {}
for line in RESULTS.splitlines():
    home, score, away = line.rsplit(" ", 2)[0].split(" ")[0], line.split()[1], line.split()[2]
    hg, ag = map(int, score.split("-"))
    for t in (home, away):
        rows.setdefault(t, Row(t))
    h, a = rows[home], rows[away]
    h.p += 1
    a.p += 1
    h.gf += hg
    h.ga += ag
    a.gf += ag
    a.ga += hg
    if hg > ag:
        h.w += 1
        a.l += 1
    elif hg < ag:
        a.w += 1
        h.l += 1
    else:
        h.d += 1
        a.d += 1

ordered = sorted(rows.values(), key=lambda r: (-r.pts, -r.gd, -r.gf, r.team))
print(f"{'#':>2} {'Team':<8}{'P':>3}{'W':>3}{'D':>3}{'L':>3}{'GF':>4}{'GA':>4}{'GD':>5}{'Pts':>5}")
for i, r in enumerate(ordered, 1):
    print(f"{i:>2} {r.team:<8}{r.p:>3}{r.w:>3}{r.d:>3}{r.l:>3}{r.gf:>4}{r.ga:>4}{r.gd:>+5}{r.pts:>5}")

# stable multi-pass sorting
people = [("ann", "eng", 31), ("bob", "ops", 25), ("cy", "eng", 25), ("dee", "ops", 31), ("eve", "eng", 40), ("fay", "hr", 25)]
s1 = sorted(people, key=itemgetter(2))
s2 = sorted(s1, key=itemgetter(1))
print(s2)
print(sorted(people, key=itemgetter(1, 2), reverse=True))
print(sorted(people, key=lambda p: (p[1], -p[2])))


def cmp(a, b):
    if a[1] != b[1]:
        return -1 if a[1] < b[1] else 1
    return (b[2] > a[2]) - (b[2] < a[2])


print([p[0] for p in sorted(people, key=cmp_to_key(cmp))])
print(sorted(["b10", "a2", "a10", "B1", "b2"], key=lambda s: (s[0].lower(), int(s[1:]))))
print(sorted(["Banana", "apple", "cherry", "Apple"]), sorted(["Banana", "apple", "cherry", "Apple"], key=str.lower))
words = "one two three four five six seven".split()
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
lst = [5, 3, 8, 1]
lst.sort(reverse=True)
print(lst, sorted(rows, key=lambda t: rows[t].gf)[:3], sorted(rows.values(), key=attrgetter("gf", "team"))[:2])
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted([[3, 1], [2], [3]]), sorted("hello"), sorted({3: 1, 1: 2}))
print(sorted([0.5, -1, 3, True, False, 2.25]), sorted([3, 1, 2], key=lambda x: 0))
fixtures = list(itertools.combinations(sorted(rows), 2))
print(len(fixtures), fixtures[:4])
played = {tuple(sorted((l.split()[0], l.split()[2]))) for l in RESULTS.splitlines()}
print(sorted(set(fixtures) - played))
for group, members in itertools.groupby(ordered, key=attrgetter("pts")):
    print(group, [m.team for m in members])
print(max(rows.values(), key=attrgetter("gf")), min(rows.values(), key=lambda r: (r.ga, r.team)))
