# Word frequencies with Counter, defaultdict and regular expressions.
import re
from collections import Counter, defaultdict, OrderedDict

TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair, we had everything before us, we had nothing before us."""

STOP = {"it", "was", "the", "of", "we", "us"}


def words(text):
    return re.findall(r"[a-z']+", text.lower())


counts = Counter(words(TEXT))
print(counts.most_common(5))
print(len(counts), sum(counts.values()))
content = Counter({w: c for w, c in counts.items() if w not in STOP})
print(content.most_common(4))
print(content["times"], content["missing"])

by_len = defaultdict(list)
for w in sorted(content):
    by_len[len(w)].append(w)
for n in sorted(by_len, reverse=True)[:4]:
    print(f"{n:2d}: {', '.join(by_len[n])}")

first_letters = Counter(w[0] for w in words(TEXT))
print(sorted(first_letters.items(), key=lambda kv: (-kv[1], kv[0]))[:6])

a = Counter("mississippi")
b = Counter("missouri")
print(a)
print(a + b)
print(a - b)
print(a & b, a | b)
print(list(a.elements())[:6])
a.subtract({"s": 10})
print(a["s"], +a)
a.update("sss")
print(a.total() if hasattr(a, "total") else sum(a.values()))

lines = TEXT.splitlines()
index = defaultdict(set)
for no, line in enumerate(lines, 1):
    for w in words(line):
        index[w].add(no)
for w in ["age", "season", "hope", "us"]:
    print(w, sorted(index[w]))

od = OrderedDict()
for w in words(TEXT):
    if w not in STOP:
        od[w] = od.get(w, 0) + 1
od.move_to_end("times")
print(list(od.items())[:3], list(od)[-1])
od.popitem(last=False)
print(next(iter(od)))

sentences = [s.strip() for s in re.split(r"[,.]", TEXT) if s.strip()]
print(len(sentences), sentences[3])
longest = max(sentences, key=len)
print(f"longest ({len(longest)} chars): {longest!r}")
bigrams = Counter(zip(words(TEXT), words(TEXT)[1:]))
print(bigrams.most_common(3))
print("{:.1%} of words are stop words".format(sum(counts[w] for w in STOP) / sum(counts.values())))
