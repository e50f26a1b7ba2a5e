from operator import itemgetter, attrgetter, methodcaller
from functools import cmp_to_key


class Player:
    def __init__(self, name, team, wins, losses, rating):
        self.name, self.team, self.wins, self.losses, self.rating = name, team, wins, losses, rating

    @property
    def games(self):
        return self.wins + self.losses

    @property
    def pct(self):
        return self.wins / self.games if self.games else 0.0

    def __repr__(self):
        return f"{self.name}({self.team} {self.wins}-{self.losses} r{self.rating})"


roster = [
    Player("Zoe", "red", 10, 2, 1500.5), Player("adam", "blue", 7, 5, 1430),
    Player("Émile", "red", 10, 2, 1510), Player("bob", "green", 0, 0, 1200),
    Player("Chen", "blue", 9, 3, 1490), Player("dana", "green", 7, 5, 1430),
]
print(sorted(roster, key=attrgetter("rating"), reverse=True))
print(sorted(roster, key=lambda p: (-p.pct, p.name.lower())))
print(sorted(roster, key=attrgetter("team", "name")))
print([p.name for p in sorted(roster, key=methodcaller("__repr__"))])
print(sorted(p.name for p in roster), sorted((p.name for p in roster), key=str.casefold))
print(min(roster, key=attrgetter("rating")), max(roster, key=lambda p: (p.wins, -p.losses, p.name)))
print(max([], default="nobody"), min([3, 1, 2], key=lambda v: -v), max("apple", "fig", "banana", key=len))


def standings_cmp(a, b):
    if a.wins != b.wins:
        return b.wins - a.wins
    if a.rating != b.rating:
        return -1 if a.rating > b.rating else 1
    return (a.name > b.name) - (a.name < b.name)


for rank, p in enumerate(sorted(roster, key=cmp_to_key(standings_cmp)), 1):
    print(f"{rank:>2}. {p.name:<6} {p.team:<5} {p.wins:>2}-{p.losses:<2} {p.pct:6.1%} {p.rating:8.1f}")

rows = [("b", 2, 0.5), ("a", 2, 0.25), ("c", 1, 0.5), ("a", 1, 0.75)]
print(sorted(rows, key=itemgetter(1, 0)), sorted(rows, key=itemgetter(2), reverse=True))
rows.sort(key=itemgetter(0))
rows.sort(key=itemgetter(1), reverse=True)
print(rows)
mixed = ["10", "9", "2", "33", "1"]
print(sorted(mixed), sorted(mixed, key=int), sorted(mixed, key=lambda s: (len(s), s)))
data = {"pear": 3, "apple": 3, "fig": 10, "kiwi": 1}
print(sorted(data.items(), key=lambda kv: (-kv[1], kv[0])), sorted(data, key=data.get), list(reversed(sorted(data))))
try:
    sorted([3, "a", 1])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, 2], key=lambda v: None if v == 1 else v)
except TypeError as e:
    print("TypeError:", e)
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted([[2], [1, 5], [1]]), sorted({3, 1, 2}), sorted("hello", reverse=True))
print(sorted([0.1, -0.0, 0.0, -1, 1e-300, float("inf")]), sorted([True, 0, 2, False]))
nan = float("nan")
print(sorted([3, nan, 1]) is not None, len(sorted([nan, 2, 1])))
words = "The quick Brown fox Jumps over the lazy Dog".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True)[:3])
print(sorted(enumerate("cab"), key=itemgetter(1)), [i for i, _ in sorted(enumerate([30, 10, 20]), key=lambda t: t[1])])
