from collections import Counter
from itertools import product


def step(live):
    counts = Counter((x + dx, y + dy) for x, y in live for dx, dy in product((-1, 0, 1), repeat=2) if dx or dy)
    return frozenset(cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live))


def render(live, w, h, ox=0, oy=0):
    return "\n".join("".join("#" if (x, y) in live else "." for x in range(ox, ox + w)) for y in range(oy, oy + h))


def bounds(live):
    xs = [x for x, _ in live]
    ys = [y for _, y in live]
    return min(xs), min(ys), max(xs), max(ys)


def parse(pattern):
    return frozenset((x, y) for y, row in enumerate(pattern.strip().splitlines()) for x, ch in enumerate(row) if ch == "#")


glider = parse("""
.#.
..#
###
""")
blinker = parse("###")
gen = glider
seen = {}
for i in range(9):
    if i % 4 == 0:
        print(f"gen {i}: {len(gen)} cells, bounds {bounds(gen)}")
        print(render(gen, 6, 6))
    gen = step(gen)
b = blinker
history = [b]
for _ in range(4):
    b = step(b)
    history.append(b)
print([sorted(h) for h in history[:3]], history[0] == history[2], history[1] == history[3])

r_pentomino = parse("""
.##
##.
.#.
""")
state = r_pentomino
pop = []
for g in range(60):
    pop.append(len(state))
    key = frozenset(state)
    if key in seen:
        print("cycle at", g)
        break
    seen[key] = g
    state = step(state)
print(pop[:20], max(pop), pop.index(max(pop)))
x0, y0, x1, y1 = bounds(state)
print("final bounds", (x0, y0, x1, y1), "area", (x1 - x0 + 1) * (y1 - y0 + 1))
block = parse("##\n##")
print(step(block) == block, len(step(frozenset())), step(parse("#")) == frozenset())
