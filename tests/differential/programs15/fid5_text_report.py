"""Notebook-style text analysis: word frequencies, n-grams, readability, a histogram and wrapping."""

import textwrap
from collections import Counter
import string

TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair, we had everything before us, we had nothing before us,
we were all going direct to Heaven, we were all going direct the other way -- in short,
the period was so far like the present period, that some of its noisiest authorities
insisted on its being received, for good or for evil, in the superlative degree of
comparison only."""

STOP = {"the", "of", "it", "was", "we", "to", "in", "on", "or", "for", "its", "so", "that", "all", "us", "had"}


def words(text):
    table = str.maketrans("", "", string.punctuation.replace("-", ""))
    return [w for w in text.lower().translate(table).split() if w.strip("-")]


def syllables(word):
    vowels = "aeiouy"
    count, prev = 0, False
    for ch in word:
        v = ch in vowels
        if v and not prev:
            count += 1
        prev = v
    if word.endswith("e") and count > 1:
        count -= 1
    return max(count, 1)


ws = words(TEXT)
sentences = [s for s in TEXT.replace("\n", " ").split(".") if s.strip()]
print(len(ws), len(set(ws)), len(sentences), f"{len(set(ws)) / len(ws):.3f}")
freq = Counter(w for w in ws if w not in STOP)
print(freq.most_common(8))
bigrams = Counter(zip(ws, ws[1:]))
print([(" ".join(k), v) for k, v in bigrams.most_common(5)])
trigrams = Counter(" ".join(ws[i:i + 3]) for i in range(len(ws) - 2))
print(trigrams.most_common(3))
syl = sum(syllables(w) for w in ws)
fk = 206.835 - 1.015 * (len(ws) / len(sentences)) - 84.6 * (syl / len(ws))
print(f"syllables={syl} flesch={fk:.2f} avg_word={sum(map(len, ws)) / len(ws):.3f}")
lengths = Counter(len(w) for w in ws)
scale = max(lengths.values())
for n in sorted(lengths):
    bar = "#" * round(lengths[n] / scale * 30)
    print(f"{n:>2} | {bar:<30} | {lengths[n]:>3}")
print(textwrap.fill(" ".join(ws[:40]), width=50, initial_indent="> ", subsequent_indent="  "))
print(textwrap.shorten(TEXT, 60, placeholder=" [...]"))
print(textwrap.wrap("supercalifragilisticexpialidocious and more", 10))
print(textwrap.dedent("""
    indented
      more
    back
""").strip("\n").splitlines())
print(textwrap.indent("a\n\nb", "| "), "|", repr(textwrap.indent("a\n\nb", "+", lambda l: True)))
caps = [w for w in TEXT.split() if w[:1].isupper()]
print(caps, sorted(set(ch for ch in TEXT if not ch.isalnum() and not ch.isspace())))
longest = max(ws, key=lambda w: (len(w), w))
print(longest, syllables(longest), ws.index("season"), ws.count("it"), " ".join(reversed(ws[-5:])))
acr = "".join(w[0].upper() for w in "portable network graphics".split())
print(acr, "-".join(w.capitalize() for w in ws[:4]), f"{'|'.join(ws[:3]):^30}|")
