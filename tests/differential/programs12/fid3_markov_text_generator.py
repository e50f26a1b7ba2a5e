import random
import textwrap
from collections import defaultdict, Counter

CORPUS = """
the cat sat on the mat. the dog sat on the log. the cat saw the dog and the dog saw the cat.
a bird sang on the mat while the cat slept. the dog barked at the bird and the bird flew to the log.
on the log the bird sang again, and the cat and the dog listened in silence.
"""


def tokens(text):
    for raw in text.split():
        word = raw.strip(".,").lower()
        if word:
            yield word
        if raw.endswith("."):
            yield "<end>"


def build(order, toks):
    chain = defaultdict(Counter)
    window = ("<start>",) * order
    for t in toks:
        chain[window][t] += 1
        window = ("<start>",) * order if t == "<end>" else window[1:] + (t,)
    return chain


def generate(chain, order, rng, max_words=25):
    window = ("<start>",) * order
    words = []
    while len(words) < max_words:
        options = chain.get(window)
        if not options:
            break
        choices, weights = zip(*sorted(options.items()))
        w = rng.choices(choices, weights=weights)[0]
        if w == "<end>":
            break
        words.append(w)
        window = window[1:] + (w,)
    return " ".join(words).capitalize() + "."


toks = list(tokens(CORPUS))
print(len(toks), Counter(toks).most_common(6))
for order in (1, 2):
    chain = build(order, toks)
    print(f"order {order}: {len(chain)} states, richest {max(chain.items(), key=lambda kv: (len(kv[1]), kv[0]))[0]}")
    rng = random.Random(42 + order)
    para = " ".join(generate(chain, order, rng) for _ in range(4))
    print(textwrap.fill(para, width=60, initial_indent="  ", subsequent_indent="  "))

rng = random.Random(7)
words = sorted(set(toks) - {"<end>"})
print(rng.sample(words, 5), rng.choice(words), rng.random() < 0.5)
bag = [w for w in toks if w != "<end>"]
rng.shuffle(bag)
print(bag[:8])
counts = Counter(rng.choices(["heads", "tails"], weights=[0.7, 0.3], k=1000))
print(sorted(counts.items()), round(counts["heads"] / 1000, 3))
walk = [0]
for _ in range(30):
    walk.append(walk[-1] + rng.choice((-1, 1)))
print(walk, max(walk), min(walk))
print([round(rng.gauss(0, 1), 4) for _ in range(4)], rng.randint(1, 10**30), rng.randrange(-50, 50, 5))
bigrams = Counter(zip(toks, toks[1:]))
print([(" ".join(k), v) for k, v in bigrams.most_common(4)])
