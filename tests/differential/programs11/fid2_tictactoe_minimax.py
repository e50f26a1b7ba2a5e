from functools import lru_cache
from itertools import cycle

LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]


def winner(board):
    for a, b, c in LINES:
        if board[a] != "." and board[a] == board[b] == board[c]:
            return board[a]
    return None


@lru_cache(maxsize=None)
def minimax(board, player):
    """Return (score, move) from X's perspective."""
    w = winner(board)
    if w == "X":
        return 1, None
    if w == "O":
        return -1, None
    if "." not in board:
        return 0, None
    best = None
    for i, cell in enumerate(board):
        if cell != ".":
            continue
        nxt = board[:i] + player + board[i + 1:]
        score, _ = minimax(nxt, "O" if player == "X" else "X")
        if best is None or (player == "X" and score > best[0]) or (player == "O" and score < best[0]):
            best = (score, i)
    return best


def show(board):
    return "\n".join(" ".join(board[r * 3:r * 3 + 3]) for r in range(3))


def play(opening):
    board = "." * 9
    moves = []
    for turn, player in zip(range(9), cycle("XO")):
        if turn < len(opening):
            move = opening[turn]
        else:
            _, move = minimax(board, player)
        board = board[:move] + player + board[move + 1:]
        moves.append(move)
        if (w := winner(board)) or "." not in board:
            break
    return board, moves, winner(board)


for opening in [(), (4,), (0, 1), (1, 0, 2), (0, 4, 8, 1)]:
    board, moves, w = play(opening)
    print(f"opening={opening!s:<14} moves={moves}")
    print(show(board))
    print("result:", w or "draw")
    print()

info = minimax.cache_info()
print(info.hits > 0, info.misses, info.maxsize, info.currsize == info.misses)
print(minimax("." * 9, "X"))
counts = {}
for b in ("XXX......", "OOO......", "XOXOXOOXO", "........."):
    counts[b] = winner(b)
print(counts)
