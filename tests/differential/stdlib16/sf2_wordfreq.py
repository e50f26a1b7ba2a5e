"""Text statistics: re tokenizing, Counter, string.punctuation, textwrap, unicodedata, difflib suggestions."""
import re
import string
import textwrap
import unicodedata
import difflib
from collections import Counter, defaultdict

TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair. We had everything before us; we had nothing before us —
we were all going direct to Heaven, we were all going direct the other way. Naïve café-goers
didn't know: "Résumé" or 'resume'? Mr. Lorry's 2nd letter (dated 1775) arrived at 10:30 p.m.
"""
words = re.findall(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", TEXT)
print(len(words), words[:8], words[-12:])
lower = [w.lower() for w in words]
freq = Counter(lower)
print(freq.most_common(8))
print(sorted(w for w, c in freq.items() if c == 1)[:15])
stripped = TEXT.translate(str.maketrans("", "", string.punctuation))
print(repr(stripped[:60]), len(stripped.split()))
def fold(w):
    return "".join(c for c in unicodedata.normalize("NFKD", w.lower()) if not unicodedata.combining(c))
print(sorted({fold(w) for w in words if fold(w) != w.lower()}))
lengths = defaultdict(list)
for w in set(lower):
    lengths[len(w)].append(w)
for n in sorted(lengths)[-4:]:
    print(n, sorted(lengths[n]))
sentences = [s.strip() for s in re.split(r"(?<=[.!?;])\s+(?=[A-Z\"'])", TEXT.replace("\n", " ")) if s.strip()]
print(len(sentences))
for s in sentences:
    print(textwrap.shorten(s, width=50, placeholder=" …"))
bigrams = Counter(zip(lower, lower[1:]))
print([" ".join(b) for b, _ in bigrams.most_common(5)])
print(re.findall(r"\b\d+(?::\d+)?(?:st|nd|rd|th)?\b", TEXT), re.findall(r"\b[A-Z][a-z]+\.", TEXT))
vocab = sorted(freq)
for typo in ["wisdon", "darkess", "belif", "incredulty", "hevan", "xyzzy"]:
    print(typo, "->", difflib.get_close_matches(typo, vocab, n=2, cutoff=0.7))
para = " ".join(words[:60])
print(textwrap.fill(para, width=44, initial_indent="    ", subsequent_indent="  "))
print(textwrap.indent(textwrap.dedent("""
        Summary:
          words  %d
          unique %d
    """ % (len(words), len(freq))).strip("\n"), "| "))
caps = [w for w in words if w[0].isupper()]
print(caps, string.capwords("the tale of two cities"), "the tale".title())
print(max(freq, key=lambda w: (len(w), w)), min(words, key=len), sum(map(len, words)) / len(words))
