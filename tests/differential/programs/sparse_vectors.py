# Sparse vectors and a tiny search engine: dict-based vectors, cosine similarity, TF-IDF ranking.
import math
from collections import Counter


class SparseVector:
    def __init__(self, data=None, **kw):
        self.data = {k: v for k, v in dict(data or {}, **kw).items() if v}

    @classmethod
    def from_text(cls, text):
        return cls(Counter(text.lower().split()))

    def __repr__(self):
        inner = ", ".join(f"{k}={v:g}" if isinstance(v, float) else f"{k}={v}" for k, v in sorted(self.data.items()))
        return f"SV({inner})"

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        return self.data.get(key, 0)

    def __add__(self, other):
        keys = sorted(self.data.keys() | other.data.keys())
        return SparseVector({k: self[k] + other[k] for k in keys})

    def __mul__(self, other):
        if isinstance(other, SparseVector):
            small, big = sorted((self, other), key=len)
            return sum(v * big[k] for k, v in small.data.items())
        return SparseVector({k: v * other for k, v in self.data.items()})

    __rmul__ = __mul__

    def __abs__(self):
        return math.sqrt(self * self)

    def __bool__(self):
        return bool(self.data)

    def __eq__(self, other):
        return isinstance(other, SparseVector) and self.data == other.data

    def cosine(self, other):
        if not self or not other:
            return 0.0
        return self * other / (abs(self) * abs(other))


docs = {
    "d1": "the quick brown fox jumps over the lazy dog",
    "d2": "the lazy dog sleeps all day",
    "d3": "a quick brown dog outpaces a quick red fox",
    "d4": "cats and dogs are not foxes",
}
vecs = {k: SparseVector.from_text(v) for k, v in docs.items()}
print(vecs["d2"])
print(len(vecs["d1"]), vecs["d1"]["the"], vecs["d1"]["cat"])
print(vecs["d2"] + SparseVector(day=-1, night=2))
print(2 * SparseVector(a=1, b=0.5), SparseVector(a=1.5) * 2)
print(abs(SparseVector(x=3, y=4)), bool(SparseVector(z=0)), SparseVector(a=1) == SparseVector({"a": 1}))
names = sorted(docs)
print("     " + "".join(f"{n:>7}" for n in names))
for a in names:
    print(f"{a:<5}" + "".join(f"{vecs[a].cosine(vecs[b]):7.3f}" for b in names))
df = Counter(w for v in vecs.values() for w in v.data)
N = len(docs)
idf = {w: math.log(N / c) for w, c in df.items()}
print(sorted(idf.items(), key=lambda kv: (kv[1], kv[0]))[:4])


def search(query, top=3):
    q = SparseVector.from_text(query)
    scores = []
    for name, v in vecs.items():
        s = sum(q[w] * v[w] * idf.get(w, 0) ** 2 for w in q.data)
        if s > 0:
            scores.append((round(s, 4), name))
    return sorted(scores, key=lambda t: (-t[0], t[1]))[:top]


for q in ["quick fox", "lazy dog", "cats", "unicorn", "the the the"]:
    print(f"{q!r:<14} -> {search(q)}")
centroid = sum((vecs[n] for n in names), SparseVector())
print(sorted(centroid.data.items(), key=lambda kv: -kv[1])[:3])
print(max(names, key=lambda n: vecs[n].cosine(centroid)))
