"""Reads a CSV-ish gradebook from stdin, validates rows, computes weighted grades and prints a report."""

import sys

WEIGHTS = {"hw": 0.3, "mid": 0.3, "final": 0.4}
LETTERS = [(93, "A"), (90, "A-"), (87, "B+"), (83, "B"), (80, "B-"), (77, "C+"), (70, "C"), (60, "D"), (0, "F")]


def letter(score):
    for cutoff, name in LETTERS:
        if score >= cutoff:
            return name
    raise ValueError(score)


def parse_row(lineno, line):
    parts = [p.strip() for p in line.split(",")]
    if len(parts) != 4:
        raise ValueError(f"line {lineno}: expected 4 fields, got {len(parts)}")
    name, *nums = parts
    try:
        hw, mid, final = (float(n) for n in nums)
    except ValueError as e:
        raise ValueError(f"line {lineno}: {e}") from None
    for label, v in zip(WEIGHTS, (hw, mid, final)):
        if not 0 <= v <= 100:
            raise ValueError(f"line {lineno}: {label} score {v:g} out of range")
    return name, {"hw": hw, "mid": mid, "final": final}


students, errors = {}, []
header = sys.stdin.readline().strip()
print("header:", header.split(","))
for lineno, line in enumerate(sys.stdin, 2):
    line = line.rstrip("\n")
    if not line.strip() or line.startswith("#"):
        continue
    try:
        name, scores = parse_row(lineno, line)
    except ValueError as e:
        errors.append(str(e))
        continue
    if name in students:
        errors.append(f"line {lineno}: duplicate student {name!r}")
        continue
    students[name] = scores

print(f"{'student':<12}{'hw':>7}{'mid':>7}{'final':>7}{'total':>8}  grade")
results = {}
for name, s in sorted(students.items()):
    total = sum(s[k] * w for k, w in WEIGHTS.items())
    results[name] = total
    print(f"{name:<12}{s['hw']:>7.1f}{s['mid']:>7.1f}{s['final']:>7.1f}{total:>8.2f}  {letter(total)}")
print("errors:")
for e in errors:
    print("  " + e)
if results:
    avg = sum(results.values()) / len(results)
    best = max(results, key=results.get)
    print(f"class average {avg:.3f}; best {best} ({results[best]:.2f}); "
          f"passing {sum(v >= 60 for v in results.values())}/{len(results)}")
    dist = {}
    for v in results.values():
        dist[letter(v)[0]] = dist.get(letter(v)[0], 0) + 1
    print(dict(sorted(dist.items())))
