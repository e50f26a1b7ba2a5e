"""Text statistics: string + textwrap + unicodedata + collections + re."""
import re
import string
import textwrap
import unicodedata
from collections import Counter

TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair. Café naïve résumé — “quoted” text… and ﬁnal ligatures!"""

words = re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", TEXT.lower())
print(len(words), len(set(words)))
freq = Counter(words)
for w, n in freq.most_common(8):
    print(f"{w:<10}{n:>3} {'▇' * n}")
print(sorted(w for w in freq if freq[w] == 1)[:10])
lengths = Counter(len(w) for w in words)
print(sorted(lengths.items()))
def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
print(strip_accents("Café naïve résumé ﬁnal"))
print(unicodedata.normalize("NFKC", "ﬁnal ½ ①"), [unicodedata.category(c) for c in "a1 ,—“…"])
table = str.maketrans("", "", string.punctuation + "“”…—")
print(TEXT.splitlines()[-1].translate(table))
sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", TEXT.replace("\n", " ")) if s.strip()]
print(len(sentences), [len(s.split()) for s in sentences])
print(textwrap.fill(" ".join(TEXT.split()), width=50, initial_indent="    ", subsequent_indent="  "))
print(textwrap.shorten(TEXT, 60, placeholder=" [cut]"))
print(textwrap.indent(textwrap.dedent("""\
    Summary:
      words: %d
      unique: %d
    """) % (len(words), len(set(words))), "| "))
title = string.capwords("the tale of two cities")
print(title, title.center(30, "*"), title.swapcase(), f"{title!r:>30}")
print(string.Template("${n} words, top=$top").substitute(n=len(words), top=freq.most_common(1)[0][0]))
vowels = Counter(c for c in strip_accents(TEXT.lower()) if c in "aeiou")
print(sorted(vowels.items()), sum(vowels.values()))
caps = re.findall(r"\b[A-Z][a-z]+\b", TEXT)
print(caps)
print([(m.group(), m.start()) for m in re.finditer(r"\bepoch\b|\bage\b", TEXT)][:4])
print(re.sub(r"\b(\w)(\w*)\b", lambda m: m[1].upper() + m[2], "hello big world"), TEXT.count("it was"), TEXT.casefold().count("it was"))
print(ascii("naïve “x”"), "Straße".upper(), "ǅ".lower(), "ß".casefold(), "İ".lower().encode())
width = max(len(w) for w in freq)
for w in sorted(freq, key=lambda w: (-freq[w], w))[:5]:
    print(w.ljust(width, "."), str(freq[w]).rjust(3, "0"), format(freq[w] / len(words), ".2%"))
