# User classes as dict keys and set members: a Vec with __add__/__mul__/__eq__/__hash__,
# a read-only property, and __lt__ for sorting; a visited set over a walk on a lattice.
class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __eq__(self, o):
        return isinstance(o, Vec) and self.x == o.x and self.y == o.y

    def __hash__(self):
        return hash((self.x, self.y))

    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


DIRS = [Vec(1, 0), Vec(0, 1), Vec(-1, 0), Vec(0, -1)]


def walk(n):
    pos = Vec(0, 0)
    seen = {pos}
    visits = {}
    state = 7
    for _ in range(n):
        state = (state * 69069 + 1) % 4294967296
        pos = pos + DIRS[(state >> 16) % 4]
        seen.add(pos)
        visits[pos] = visits.get(pos, 0) + 1
    return seen, visits


def main():
    seen, visits = walk(200000)
    far = max(seen, key=lambda v: v.norm1)
    top = sorted(visits.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    scaled = {v * 2 for v in seen}
    hits = sum(1 for v in seen if v * 2 in scaled and Vec(v.x, v.y) in visits)
    print(len(seen), far, far.norm1, top, len(scaled), hits)


main()
