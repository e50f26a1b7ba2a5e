# Student grade report: string formatting, statistics, sorting with keys, random with a seed.
import random
import statistics
import math
from string import ascii_uppercase

random.seed(2024)
NAMES = ["Ava", "Ben", "Chloé", "Dmitri", "Eve", "Farah", "Gus", "Hiro"]
SUBJECTS = ("math", "physics", "history", "art")

scores = {n: {s: random.randint(40, 100) for s in SUBJECTS} for n in NAMES}
scores["Gus"]["art"] = None
print(scores["Ava"], random.random())


def letter(avg):
    for cutoff, grade in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if avg >= cutoff:
            return grade
    return "F"


rows = []
for name, subj in scores.items():
    vals = [v for v in subj.values() if v is not None]
    avg = sum(vals) / len(vals)
    rows.append((name, avg, letter(avg), max(subj, key=lambda s: subj[s] or 0)))

rows.sort(key=lambda r: (-r[1], r[0]))
header = f"{'#':>2} {'Name':<8}|{'Avg':>7} |{'Gr':^4}| best"
print(header)
print("-" * len(header))
for rank, (name, avg, g, best) in enumerate(rows, start=1):
    print(f"{rank:>2} {name:<8}|{avg:7.2f} |{g:^4}| {best}")
print("=" * len(header))

for subj in SUBJECTS:
    vals = [scores[n][subj] for n in NAMES if scores[n][subj] is not None]
    print("%-8s mean=%6.2f median=%5.1f stdev=%5.2f min=%3d max=%3d" % (
        subj, statistics.mean(vals), statistics.median(vals), statistics.stdev(vals), min(vals), max(vals)))

all_vals = [v for n in NAMES for v in scores[n].values() if v is not None]
print(f"overall {statistics.mean(all_vals):.3f} {statistics.pstdev(all_vals):.3f} mode={statistics.mode([r[2] for r in rows])}")
print(f"{len(all_vals)} scores, {sum(v >= 90 for v in all_vals)} excellent ({sum(v >= 90 for v in all_vals) / len(all_vals):.1%})")
hist = {g: sum(1 for r in rows if r[2] == g) for g in "ABCDF"}
for g, n in hist.items():
    print(f"{g} {'#' * n:<8} {n}")

random.seed(7)
deck = [r + s for s in "♠♥" for r in ["A", "K", "Q", "J", "10"]]
random.shuffle(deck)
print(deck)
print(random.choice(NAMES), random.sample(range(100), 5), random.uniform(1, 2))
print([random.randrange(0, 50, 5) for _ in range(6)])
print(random.choices("abc", weights=[5, 1, 1], k=8))
print(round(random.gauss(0, 1), 6), round(random.triangular(0, 10, 3), 6))
teams = {}
pool = NAMES[:]
random.shuffle(pool)
for i, name in enumerate(pool):
    teams.setdefault(ascii_uppercase[i % 3], []).append(name)
print(teams)
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.isclose(sum([0.1] * 10), 1.0))
print(f"{math.pi:.5f} {math.e:10.3e} {1234567.891:,.1f} {0.000123:g} {123456789:g} {-42:+05d} {255:#x} {255:08b}")
print(round(2.5), round(3.5), round(-0.5), round(2.675, 2), divmod(-7, 3), -7 // 2, -7 % 3)
print(str(10 / 4), 1e16, 1e-5, 123456789012345678.0, 0.1 + 0.2, 2 ** 0.5, float("1e300") * 1e10)
