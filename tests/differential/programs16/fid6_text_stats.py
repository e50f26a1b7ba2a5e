# Text statistics report: word frequencies, n-grams, sentence lengths, aligned tables.
from collections import Counter, defaultdict
import string
import textwrap

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair. We had everything
before us; we had nothing before us! Were we all going direct to Heaven? We
were all going direct the other way -- in short, the period was so far like the
present period..."""

table = str.maketrans("", "", string.punctuation)
words = [w.lower() for w in TEXT.translate(table).split()]
freq = Counter(words)
print(f"{len(words)} words, {len(freq)} distinct, {sum(map(len, words)) / len(words):.3f} avg len")
print("top:", freq.most_common(6))
width = max(len(w) for w, _ in freq.most_common(10))
for w, n in freq.most_common(10):
    bar = "#" * n
    print(f"  {w:<{width}} {n:>3} {n / len(words):6.2%} {bar}")

def ngrams(seq, n):
    return zip(*(seq[i:] for i in range(n)))

bigrams = Counter(ngrams(words, 2))
trigrams = Counter(" ".join(g) for g in ngrams(words, 3))
print("bigrams:", bigrams.most_common(4))
print("trigrams:", [t for t, c in trigrams.items() if c > 1])
letters = Counter(c for c in TEXT.lower() if c.isalpha())
print("letters:", "".join(c for c, _ in letters.most_common(12)))
print("vowel share: {:.4f}".format(sum(letters[v] for v in "aeiou") / sum(letters.values())))

sentences = []
cur = []
for tok in TEXT.replace("\n", " ").split(" "):
    if not tok:
        continue
    cur.append(tok)
    if tok[-1] in ".!?" and not tok.endswith(".."):
        sentences.append(cur)
        cur = []
if cur:
    sentences.append(cur)
print(f"{len(sentences)} sentences; lengths {[len(s) for s in sentences]}")
by_len = defaultdict(list)
for w in sorted(set(words)):
    by_len[len(w)].append(w)
for k in sorted(by_len):
    print(f"{k:2d}: " + textwrap.shorten(", ".join(by_len[k]), width=60, placeholder=" [...]"))
print(textwrap.fill(" ".join(words[:40]), width=50, initial_indent="> ", subsequent_indent="  "))
print(textwrap.dedent("""\
    a
      b
    c"""))
print(textwrap.indent("x\n\ny\n", "| "), end="")
rows = [("word", "count", "ratio")] + [(w, str(c), f"{c / freq['it']:.2f}") for w, c in freq.most_common(5)]
widths = [max(len(r[i]) for r in rows) for i in range(3)]
for i, r in enumerate(rows):
    print(" | ".join(cell.ljust(w) if j == 0 else cell.rjust(w) for j, (cell, w) in enumerate(zip(r, widths))))
    if i == 0:
        print("-+-".join("-" * w for w in widths))
print(freq["missing"], freq.total(), (freq - Counter(it=10)).most_common(2))
print(sorted((freq & Counter(was=3, of=100)).items()), +Counter(a=-1, b=2))
