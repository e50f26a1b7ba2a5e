import random
from collections import defaultdict, Counter

CORPUS = """the quick brown fox jumps over the lazy dog . the dog sleeps all day .
a fox is quick and the dog is lazy . the brown dog jumps over a quick fox .
every day the fox runs and the dog sleeps . a lazy day for a lazy dog ."""


class MarkovChain:
    def __init__(self, order=1):
        self.order = order
        self.table = defaultdict(Counter)

    def train(self, words):
        for i in range(len(words) - self.order):
            key = tuple(words[i:i + self.order])
            self.table[key][words[i + self.order]] += 1

    def next_word(self, rng, key):
        options = self.table.get(key)
        if not options:
            return None
        words = sorted(options)
        weights = [options[w] for w in words]
        return rng.choices(words, weights=weights, k=1)[0]

    def generate(self, rng, length=12):
        keys = sorted(self.table)
        key = rng.choice(keys)
        out = list(key)
        for _ in range(length):
            w = self.next_word(rng, key)
            if w is None:
                break
            out.append(w)
            key = tuple(out[-self.order:])
        return " ".join(out)

    def __repr__(self):
        return f"MarkovChain(order={self.order!r}, states={len(self.table)})"


words = CORPUS.split()
print(len(words), "words,", len(set(words)), "distinct")
for order in (1, 2):
    chain = MarkovChain(order)
    chain.train(words)
    print(chain)
    rng = random.Random(42 + order)
    for i in range(3):
        print(f"  [{i}] {chain.generate(rng)}")

top = Counter(words).most_common(5)
print("top:", top)
random.seed(7)
print(random.randint(1, 100), random.random(), random.uniform(1, 2))
print(random.sample(range(20), 5), random.choice("abcdef"))
deck = list(range(10))
random.shuffle(deck)
print(deck)
print(round(random.gauss(0, 1), 6), round(random.expovariate(2.0), 6))
print(random.getrandbits(40), random.randrange(0, 100, 7))
state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
b = [random.random() for _ in range(3)]
print(a == b, a[0])
trans = {k: dict(v) for k, v in list(MarkovChain(1).table.items())}
print(trans)
bigram = Counter(zip(words, words[1:]))
for (w1, w2), n in sorted(bigram.items(), key=lambda kv: (-kv[1], kv[0]))[:4]:
    print(f"{w1:>6} -> {w2:<6} x{n}")
