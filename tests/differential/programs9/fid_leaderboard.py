"""A tournament leaderboard: stable multi-key sorts, bisect, heapq.merge, itemgetter."""
import bisect
import heapq
from operator import itemgetter, attrgetter, methodcaller
from collections import namedtuple
import random

Player = namedtuple("Player", "name team score time")

random.seed(11)
teams = ["red", "blue", "green"]
players = [Player(f"p{i:02d}", random.choice(teams), random.randint(50, 100), round(random.uniform(30, 90), 1))
           for i in range(14)]
players.append(Player("p99", "blue", players[0].score, players[0].time))

ranked = sorted(players, key=lambda p: (-p.score, p.time, p.name))
print(f"{'#':>2} {'name':<5} {'team':<6} {'score':>5} {'time':>6}")
prev, rank = None, 0
for i, p in enumerate(ranked, 1):
    if (p.score, p.time) != prev:
        rank = i
    prev = (p.score, p.time)
    print(f"{rank:>2} {p.name:<5} {p.team:<6} {p.score:>5} {p.time:>6.1f}")

by_team = sorted(players, key=attrgetter("team"))
by_team = sorted(by_team, key=attrgetter("score"), reverse=True)
print([(p.team, p.score) for p in by_team][:6])
print(sorted(players, key=itemgetter(1, 2))[:3])
print(sorted(["b10", "a2", "B1", "a10"], key=methodcaller("lower")), sorted([3, -1, 2], key=abs, reverse=True))

cutoffs = [60, 70, 80, 90]
grades = "FDCBA"
print({p.name: grades[bisect.bisect(cutoffs, p.score)] for p in ranked[:5]})
scores = sorted(p.score for p in players)
print(scores, bisect.bisect_left(scores, 75), bisect.bisect_right(scores, 75), bisect.bisect(scores, 1000))
bisect.insort(scores, 77)
bisect.insort_left(scores, 50)
print(scores[:5], len(scores), scores.index(77))
times = sorted(players, key=lambda p: p.time)
i = bisect.bisect_left(times, 60.0, key=lambda p: p.time)
print("under a minute:", [p.name for p in times[:i]])

team_lists = [sorted((p.score for p in players if p.team == t), reverse=True) for t in teams]
print(team_lists)
print(list(heapq.merge(*team_lists, reverse=True))[:8])
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0])), list(heapq.merge(["a", "cc"], ["bbb"], key=len)))
h = []
for p in players:
    heapq.heappush(h, (p.time, p.name))
print([heapq.heappop(h)[1] for _ in range(3)], len(h))
heapq.heapify(data := [5, 3, 8, 1, 9, 2])
print(data[0], heapq.heappushpop(data, 0), heapq.heapreplace(data, 7), sorted(data))
print(heapq.nlargest(3, players, key=attrgetter("score"))[0].score, heapq.nsmallest(2, [5, 1, 1, 3]))

totals = {}
for p in players:
    totals[p.team] = totals.get(p.team, 0) + p.score
for team, total in sorted(totals.items(), key=itemgetter(1), reverse=True):
    members = [p for p in players if p.team == team]
    print(f"{team:>6}: {total:4d} pts, {len(members)} players, best {max(members, key=attrgetter('score')).name}, avg {total / len(members):.2f}")
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted("hello", reverse=True), sorted({3: 1, 1: 2}))
print(sorted([[2, 1], [1, 2], [1]]), sorted([(1, None)] * 2), sorted([0.5, -1, 2, True, False]))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.casefold), sorted(words, key=lambda w: (w.lower(), w)))
words.sort(key=len)
print(words, min(words), max(words, key=lambda w: w[-1]))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
