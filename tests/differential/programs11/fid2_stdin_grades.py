import sys
from statistics import mean, median
from collections import defaultdict

header = sys.stdin.readline().strip()
print("header:", header.split(","))
scores = defaultdict(list)
bad = 0
for lineno, line in enumerate(sys.stdin, start=2):
    line = line.rstrip("\n")
    if not line or line.startswith("#"):
        continue
    parts = [p.strip() for p in line.split(",")]
    if len(parts) != 3:
        print(f"line {lineno}: expected 3 fields, got {len(parts)}")
        bad += 1
        continue
    name, subject, score = parts
    try:
        scores[name].append((subject, float(score)))
    except ValueError:
        print(f"line {lineno}: bad score {score!r}")
        bad += 1

print(f"{len(scores)} students, {bad} bad lines, argv={sys.argv[1:]}")
width = max(map(len, scores))
for name in sorted(scores, key=lambda n: (-mean(s for _, s in scores[n]), n)):
    vals = [s for _, s in scores[name]]
    best = max(scores[name], key=lambda t: t[1])
    print(f"{name:<{width}} n={len(vals)} mean={mean(vals):6.2f} median={median(vals):g} best={best[0]}")

all_scores = sorted(s for v in scores.values() for _, s in v)
print("overall", round(mean(all_scores), 3), all_scores[:3], all_scores[-3:])
print("eof read:", repr(sys.stdin.read()), repr(sys.stdin.readline()))
