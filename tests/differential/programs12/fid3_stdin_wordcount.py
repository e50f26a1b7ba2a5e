import sys
import re
from collections import Counter

lines = sys.stdin.readlines()
print(len(lines), repr(lines[0]), repr(lines[-1]))
words = Counter()
longest = ""
for n, line in enumerate(lines, 1):
    for w in re.findall(r"[a-z']+", line.lower()):
        words[w] += 1
        if len(w) > len(longest):
            longest = w
    if line.rstrip("\n").endswith("?"):
        print(f"question on line {n}: {line.strip()}")
print(words.most_common(5))
print(longest, sum(words.values()), len(words))
width = max(len(w) for w, _ in words.most_common(8))
for w, c in words.most_common(8):
    print(f"{w:>{width}} {'#' * c} {c}")
for line in lines:
    print(line.rstrip().title().center(40, ".")[:40])
