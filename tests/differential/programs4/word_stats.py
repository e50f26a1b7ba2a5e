import re
import string
from collections import Counter

TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair, we had everything before us, we had nothing before us."""

STOP = {"it", "was", "the", "of", "we", "us"}
words = re.findall(r"[a-z']+", TEXT.lower())
freq = Counter(w for w in words if w not in STOP)
print(len(words), len(set(words)), freq.most_common(5))
longest = max(words, key=len)
print(longest, len(longest), sorted(set(words), key=lambda w: (-len(w), w))[:5])
sentences = [s.strip() for s in re.split(r"[.!?]", TEXT) if s.strip()]
print(len(sentences), [len(s.split()) for s in sentences])
lines = TEXT.splitlines()
for i, line in enumerate(lines, 1):
    print(f"{i:>2}: {len(line):>3} chars, {len(line.split()):>2} words, ends with {line[-1]!r}")
letters = Counter(ch for ch in TEXT.lower() if ch in string.ascii_lowercase)
total = sum(letters.values())
for ch, n in letters.most_common(6):
    print(f"{ch} {n:>3} {n / total:6.2%} {'*' * (n // 5)}")
caps = re.findall(r"\b[A-Z][a-z]+\b", TEXT)
print(caps, TEXT.count("it was"), TEXT.lower().count("it was"))
bigrams = Counter(zip(words, words[1:]))
print(bigrams.most_common(3))
acronym = "".join(w[0].upper() for w in "portable network graphics".split())
print(acronym, " ".join(w.capitalize() for w in "the road less traveled".split()))
vowels = sum(TEXT.lower().count(v) for v in "aeiou")
print(vowels, round(vowels / total, 3))


def is_palindrome(s):
    cleaned = [c for c in s.lower() if c.isalnum()]
    return cleaned == cleaned[::-1]


for s in ["A man, a plan, a canal: Panama", "hello", "Was it a car or a cat I saw?", ""]:
    print(f"{s!r:35} {is_palindrome(s)}")


def caesar(s, k):
    def shift(c):
        if c.isalpha():
            base = ord("A") if c.isupper() else ord("a")
            return chr((ord(c) - base + k) % 26 + base)
        return c
    return "".join(map(shift, s))


enc = caesar("Hello, World!", 3)
print(enc, caesar(enc, -3))
anagrams = {}
for w in ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]:
    anagrams.setdefault("".join(sorted(w)), []).append(w)
print([g for g in anagrams.values() if len(g) > 1])
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world foo bar"), re.sub(r"\d", lambda m: str(int(m[0]) * 2), "a1b2c9"))
