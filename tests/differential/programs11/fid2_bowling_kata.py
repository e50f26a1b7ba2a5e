class BowlingError(ValueError):
    pass


class Game:
    def __init__(self):
        self.rolls = []

    def roll(self, pins):
        if not 0 <= pins <= 10:
            raise BowlingError(f"invalid roll {pins}")
        self.rolls.append(pins)
        return self

    def frames(self):
        i = 0
        for frame in range(10):
            if i >= len(self.rolls):
                return
            if self.rolls[i] == 10:
                yield frame + 1, "X", self.rolls[i:i + 3]
                i += 1
            elif i + 1 < len(self.rolls) and self.rolls[i] + self.rolls[i + 1] == 10:
                yield frame + 1, "/", self.rolls[i:i + 3]
                i += 2
            else:
                if i + 1 < len(self.rolls) and self.rolls[i] + self.rolls[i + 1] > 10:
                    raise BowlingError(f"frame {frame + 1} has {self.rolls[i] + self.rolls[i + 1]} pins")
                yield frame + 1, "", self.rolls[i:i + 2]
                i += 2

    def score(self):
        total = 0
        running = []
        for n, kind, pins in self.frames():
            total += sum(pins) if kind else sum(pins)
            running.append(total)
        return total, running

    def card(self):
        marks = []
        for n, kind, pins in self.frames():
            if kind == "X":
                marks.append("X")
            elif kind == "/":
                marks.append(f"{pins[0] or '-'}/")
            else:
                marks.append("".join(str(p) if p else "-" for p in pins))
        return "|".join(f"{m:^3}" for m in marks)


games = {
    "perfect": [10] * 12,
    "gutter": [0] * 20,
    "all spares": [5, 5] * 10 + [5],
    "mixed": [10, 7, 3, 9, 0, 10, 0, 8, 8, 2, 0, 6, 10, 10, 10, 8, 1],
    "dutch": [10, 9, 1] * 5 + [10],
}
for name, rolls in games.items():
    g = Game()
    for r in rolls:
        g.roll(r)
    total, running = g.score()
    print(f"{name:<10} {total:>3} {running}")
    print(f"{'':<10} {g.card()}")
for bad in ([11], [7, 5], [-1]):
    g = Game()
    try:
        for r in bad:
            g.roll(r)
        g.score()
    except BowlingError as e:
        print(f"{bad}: {type(e).__name__}: {e} | is ValueError: {isinstance(e, ValueError)}")
