import re
import string
from collections import Counter
import textwrap

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""

words = re.findall(r"[a-z']+", TEXT.lower())
print(len(words), "words")
freq = Counter(words)
for w, n in freq.most_common(5):
    print(f"{w!r:>10} {n:3d} {'#' * n}")

sentences = re.split(r"(?<=[.!?])\s+", TEXT)
print(len(sentences), "sentences")
clauses = [c.strip() for c in TEXT.replace("\n", " ").split(",")]
print(clauses[:3])
print(max(clauses, key=len))

caps = re.findall(r"\b[A-Z][a-z]+\b", TEXT)
print(caps)
print(re.sub(r"\b(\w)(\w*)\b", lambda m: m.group(1).upper() + m.group(2), "the season of light"))
print(re.sub(r"(\w+) of (\w+)", r"\2-\1", "age of wisdom, epoch of belief"))

print(textwrap.fill(TEXT.replace("\n", " "), width=40))
print(textwrap.shorten(TEXT, width=50, placeholder=" [...]"))
print(textwrap.indent("a\nb\n\nc", "> "))
print(textwrap.dedent("""
    def f():
        return 1
"""))
print(string.ascii_lowercase, string.digits, string.punctuation)
print(string.capwords("hello   wide world"))
table = str.maketrans("aeiou", "AEIOU", "t")
print("it was the time".translate(table))
vowels = sum(1 for ch in TEXT if ch in "aeiouAEIOU")
print(f"vowels: {vowels}, ratio {vowels / len(TEXT):.4f}")
letters = Counter(ch for ch in TEXT.lower() if ch in string.ascii_lowercase)
print(sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:6])
m = re.search(r"(?P<what>season) of (?P<which>\w+)", TEXT)
print(m.group("what"), m.group("which"), m.span(), m.groupdict())
for m in re.finditer(r"epoch of (\w+)", TEXT):
    print(m.start(), m.end(), m.group(0), m[1])
print(re.match(r"\d+", "abc"), bool(re.fullmatch(r"[a-z ,']+", "it was, it's")))
