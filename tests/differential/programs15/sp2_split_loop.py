# `for w in s.split()` steps through the pieces without building the list; the last step
# (past the end) and strings that end in whitespace, start with it, or hold only it.
texts = [
    "",
    " ",
    "   \t\n ",
    "one",
    " one",
    "one ",
    "  one  two\tthree\nfour  ",
    "a b c d e f",
    "x\u3000y\xa0z\x1cw\x85v\u2028u",
    "caf\xe9 na\xefve \U0001f600 smile\U0001f600 ",
]
for t in texts:
    got = []
    for w in t.split():
        got.append(w)
    print(repr(t), got, got == t.split())

# A long text: counts, as a word-frequency loop.
words = ["ka", "ro", "mi", "Te", "su"] * 2000
text = " ".join(words) + "  \n"
counts = {}
n = 0
for w in text.split():
    key = w.lower()
    counts[key] = counts.get(key, 0) + 1
    n += 1
print(n, sorted(counts.items()))
# The loop variable after the loop, and a break in the middle.
last = None
for w in "alpha beta gamma ".split():
    last = w
print(last)
for w in "alpha beta gamma".split():
    if w.startswith("b"):
        break
print(w)


class S(str):
    def split(self, *a):
        print("S.split")
        return ["custom", "pieces"]


for w in S("not used").split():
    print(w)
