# Chess move generator for a few pieces on a small board, with algebraic notation.
FILES = "abcdefgh"


def sq(name):
    return FILES.index(name[0]), int(name[1]) - 1


def name(x, y):
    return f"{FILES[x]}{y + 1}"


class Piece:
    symbol = "?"
    directions = ()
    slides = False

    def __init__(self, color, pos):
        self.color = color
        self.pos = sq(pos)

    def __repr__(self):
        return f"{type(self).__name__}({self.color!r}, {name(*self.pos)!r})"

    def __str__(self):
        return self.symbol.upper() if self.color == "w" else self.symbol

    def moves(self, board):
        x, y = self.pos
        for dx, dy in self.directions:
            nx, ny = x + dx, y + dy
            while 0 <= nx < 8 and 0 <= ny < 8:
                other = board.get((nx, ny))
                if other is None:
                    yield (nx, ny), None
                elif other.color != self.color:
                    yield (nx, ny), other
                    break
                else:
                    break
                if not self.slides:
                    break
                nx, ny = nx + dx, ny + dy


class Rook(Piece):
    symbol = "r"
    directions = ((1, 0), (-1, 0), (0, 1), (0, -1))
    slides = True


class Bishop(Piece):
    symbol = "b"
    directions = ((1, 1), (1, -1), (-1, 1), (-1, -1))
    slides = True


class Queen(Piece):
    symbol = "q"
    directions = Rook.directions + Bishop.directions
    slides = True


class Knight(Piece):
    symbol = "n"
    directions = tuple((a, b) for a in (-2, -1, 1, 2) for b in (-2, -1, 1, 2) if abs(a) != abs(b))


class King(Piece):
    symbol = "k"
    directions = Queen.directions


class Pawn(Piece):
    symbol = "p"

    def moves(self, board):
        x, y = self.pos
        step = 1 if self.color == "w" else -1
        start = 1 if self.color == "w" else 6
        if board.get((x, y + step)) is None:
            yield (x, y + step), None
            if y == start and board.get((x, y + 2 * step)) is None:
                yield (x, y + 2 * step), None
        for dx in (-1, 1):
            t = board.get((x + dx, y + step))
            if t is not None and t.color != self.color:
                yield (x + dx, y + step), t


pieces = [Rook("w", "a1"), King("w", "e1"), Queen("w", "d4"), Knight("w", "g1"), Pawn("w", "e2"),
          Pawn("w", "c6"), Bishop("b", "c8"), Knight("b", "b8"), King("b", "e8"), Pawn("b", "d7"),
          Rook("b", "d8"), Pawn("b", "f3")]
board = {p.pos: p for p in pieces}
for y in range(7, -1, -1):
    print(y + 1, " ".join(str(board[(x, y)]) if (x, y) in board else "." for x in range(8)))
print("  " + " ".join(FILES))
total = {"w": 0, "b": 0}
for p in sorted(pieces, key=lambda p: (p.color, p.symbol, p.pos)):
    ms = list(p.moves(board))
    total[p.color] += len(ms)
    text = [(p.symbol.upper() if p.symbol != "p" else "") + ("x" if cap else "") + name(*to)
            for to, cap in ms]
    caps = [repr(c) for _, c in ms if c]
    print(f"{p!r:22} {len(ms):2} {' '.join(text)}" + (f"  captures {caps}" if caps else ""))
print(total)


def attacked_by(color, target):
    return sorted(name(*p.pos) for p in pieces if p.color == color
                  for to, _ in p.moves(board) if to == target)


for t in ["e8", "e1", "d7", "f3"]:
    print(t, "attacked by white:", attacked_by("w", sq(t)), "black:", attacked_by("b", sq(t)))
print(Knight.directions)
print(Queen.__mro__[1:], Piece.slides, Queen.slides, vars(Rook).get("slides"))
