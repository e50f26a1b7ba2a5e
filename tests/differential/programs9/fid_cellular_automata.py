"""Elementary cellular automata and Conway's Life with bit tricks and string rendering."""


def rule_table(rule):
    return {tuple(int(b) for b in f"{i:03b}"): (rule >> i) & 1 for i in range(8)}


def step(cells, table):
    n = len(cells)
    return [table[(cells[(i - 1) % n], cells[i], cells[(i + 1) % n])] for i in range(n)]


def run(rule, width=31, gens=12):
    cells = [0] * width
    cells[width // 2] = 1
    table = rule_table(rule)
    history = []
    for _ in range(gens):
        history.append("".join("█" if c else "·" for c in cells))
        cells = step(cells, table)
    return history


for rule in (30, 90, 110):
    print(f"rule {rule} = {rule:08b}")
    for line in run(rule):
        print(" ", line)

row = 1
bits = []
for _ in range(16):
    bits.append(row)
    row = (row << 1) ^ row
print([bin(b).count("1") for b in bits])
print(f"{bits[-1]:b}".replace("0", " ").replace("1", "*"))


class Life:
    def __init__(self, pattern):
        self.live = {(x, y) for y, line in enumerate(pattern.strip("\n").splitlines())
                     for x, ch in enumerate(line) if ch == "#"}
        self.generation = 0

    def neighbours(self, cell):
        x, y = cell
        return [(x + dx, y + dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1) if dx or dy]

    def step(self):
        counts = {}
        for c in self.live:
            for n in self.neighbours(c):
                counts[n] = counts.get(n, 0) + 1
        self.live = {c for c, k in counts.items() if k == 3 or (k == 2 and c in self.live)}
        self.generation += 1
        return self

    def bbox(self):
        xs = [x for x, _ in self.live]
        ys = [y for _, y in self.live]
        return (min(xs), min(ys), max(xs), max(ys)) if self.live else None

    def __str__(self):
        if not self.live:
            return "(empty)"
        x0, y0, x1, y1 = self.bbox()
        return "\n".join("".join("#" if (x, y) in self.live else "." for x in range(x0, x1 + 1))
                         for y in range(y0, y1 + 1))

    def __len__(self):
        return len(self.live)


glider = Life("""
.#.
..#
###
""")
for _ in range(4):
    glider.step()
print(glider.generation, len(glider), glider.bbox())
print(glider)
blinker = Life("###")
print(blinker.step())
print(blinker.step(), blinker.generation)
rpent = Life("""
.##
##.
.#.
""")
sizes = [len(rpent.step()) for _ in range(60)]
print(sizes[:10], max(sizes), sizes[-1], rpent.bbox())
print(str(Life("...")), Life("#").step().bbox())
