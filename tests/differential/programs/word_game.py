import random
from collections import Counter
import string

WORDS = """apple brave crane delta eagle flame grape heart ivory joker knife lemon mango
noble ocean piano queen river stone tiger ultra vivid whale xenon yacht zebra crate trace
react caret cater""".split()


def score(guess, answer):
    result = ["_"] * len(guess)
    remaining = Counter()
    for i, (g, a) in enumerate(zip(guess, answer)):
        if g == a:
            result[i] = "G"
        else:
            remaining[a] += 1
    for i, g in enumerate(guess):
        if result[i] == "_" and remaining[g] > 0:
            result[i] = "Y"
            remaining[g] -= 1
    return "".join(result)


def consistent(word, guess, pattern):
    return score(guess, word) == pattern


def solve(answer, words, first="crane"):
    cands = list(words)
    guess = first
    history = []
    for turn in range(1, 7):
        pat = score(guess, answer)
        history.append((guess, pat))
        if pat == "GGGGG":
            return turn, history
        cands = [w for w in cands if consistent(w, guess, pat)]
        if not cands:
            raise LookupError(f"no candidates left after {guess}")
        letter_freq = Counter(c for w in cands for c in set(w))
        guess = max(cands, key=lambda w: (sum(letter_freq[c] for c in set(w)), w))
    return None, history


for ans in ["react", "zebra", "apple", "caret"]:
    turns, hist = solve(ans, WORDS)
    print(ans, turns, " ".join(f"{g}:{p}" for g, p in hist))

anagrams = {}
for w in WORDS:
    anagrams.setdefault("".join(sorted(w)), []).append(w)
print({k: v for k, v in anagrams.items() if len(v) > 1})

letters = Counter("".join(WORDS))
print(letters.most_common(5), sum(letters.values()), len(letters))
print(sorted(set(string.ascii_lowercase) - set(letters)))
vowels = set("aeiou")
print(sorted(WORDS, key=lambda w: (-sum(c in vowels for c in w), w))[:5])
print(max(WORDS, key=len), min(WORDS), sorted(WORDS, reverse=True)[:3])

rng = random.Random(2024)
board = [[rng.choice(string.ascii_uppercase) for _ in range(5)] for _ in range(4)]
for row in board:
    print(" ".join(row))


def find_word(board, word):
    h, w = len(board), len(board[0])

    def dfs(r, c, i, seen):
        if i == len(word):
            return True
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                nr, nc = r + dr, c + dc
                if (dr or dc) and 0 <= nr < h and 0 <= nc < w and (nr, nc) not in seen and board[nr][nc] == word[i]:
                    if dfs(nr, nc, i + 1, seen | {(nr, nc)}):
                        return True
        return False

    return any(board[r][c] == word[0] and dfs(r, c, 1, {(r, c)}) for r in range(h) for c in range(w))


print([w for w in ["AB", "QZ", board[0][0] + board[1][1], board[2][3] + board[3][4]] if find_word(board, w)])
caesar = lambda s, k: s.translate(str.maketrans(string.ascii_lowercase, string.ascii_lowercase[k:] + string.ascii_lowercase[:k]))
enc = caesar("hello world", 3)
print(enc, caesar(enc, -3 % 26))
print(solve("xenon", ["crane", "stone"]))
