"""Word statistics over a text: re, Counter, textwrap, sorting by frequency."""
import re
import textwrap
from collections import Counter, defaultdict
import string

TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope, it was
the winter of despair, we had everything before us, we had nothing before us, we were all going
direct to Heaven, we were all going direct the other way -- in short, the period was so far like
the present period, that some of its noisiest authorities insisted on its being received, for
good or for evil, in the superlative degree of comparison only. Dr. Manette's 1775 e-mail cost £3.50!"""

words = re.findall(r"[a-z]+(?:'[a-z]+)?", TEXT.lower())
counts = Counter(words)
print(len(words), len(counts), counts.most_common(8))
print([w for w, c in counts.items() if c == 1][:10])
print(sorted(counts, key=lambda w: (-counts[w], w))[:12])
print(f"{'word':<10}{'count':>6}{'share':>8}")
for w, c in counts.most_common(5):
    print(f"{w:<10}{c:>6}{c / len(words):>8.2%}")

by_len = defaultdict(set)
for w in words:
    by_len[len(w)].add(w)
print({k: sorted(v)[:3] for k, v in sorted(by_len.items()) if k >= 9})
print(max(words, key=len), min(set(words), key=lambda w: (len(w), w)))

sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", TEXT) if s.strip()]
print(len(sentences), [len(s.split()) for s in sentences])
print(re.findall(r"\d+(?:\.\d+)?", TEXT), re.search(r"£(\d+)\.(\d+)", TEXT).groups())
print(re.sub(r"\b(\w)(\w*)\b", lambda m: m.group(1).upper() + m.group(2), "the age of wisdom"))
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world foo bar"), re.subn("was", "is", TEXT)[1])
print([m.span() for m in re.finditer(r"epoch", TEXT)], re.match(r"It (\w+)", TEXT).group(0, 1))
print(re.split(r"[,;]\s*", "a, b;c,  d"), re.split(r"(-)", "x-y-z"), re.fullmatch(r"\w+", "abc_1") is not None)
pat = re.compile(r"(?P<first>\w+)@(?P<host>[\w.]+)", re.I)
m = pat.search("Contact: Alice@Example.COM today")
print(m.group("first"), m["host"], m.groupdict(), m.start(), m.end(), pat.pattern, bool(pat.flags & re.I))
print(re.escape("a.b*c?"), re.findall(r"(\w)(\d)", "a1 b2 c"), re.sub(r"\s+", " ", "  many   spaces\there "))

stripped = TEXT.translate(str.maketrans("", "", string.punctuation))
print(stripped[:60])
print(string.ascii_lowercase[:5], string.digits, string.capwords("hello   there world"))
para = " ".join(TEXT.split())
print(textwrap.fill(para[:300], width=50))
print(textwrap.shorten(para, width=60, placeholder=" [...]"))
print(textwrap.indent("line one\nline two\n\nline four", "> "))
print(textwrap.dedent("""
    indented
      more
    back
"""))
for line in textwrap.wrap("supercalifragilisticexpialidocious is a long word indeed", width=12):
    print(f"|{line:<12}|")
letters = Counter(c for c in TEXT.lower() if c.isalpha())
print("".join(c for c, _ in letters.most_common(10)), sum(letters.values()))
vowels = sum(letters[v] for v in "aeiou")
print(f"vowel ratio {vowels / sum(letters.values()):.3f}")
