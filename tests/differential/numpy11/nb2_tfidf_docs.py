# Term counts, tf-idf weights and cosine similarity of a few short documents.
import numpy as np

docs = ["the cat sat on the mat", "the dog sat on the log", "cats and dogs",
        "the cat chased the dog", "a log on the mat"]
tokens = [d.split() for d in docs]
vocab = sorted({w for t in tokens for w in t})
index = {w: i for i, w in enumerate(vocab)}
print(len(vocab), vocab[:6])
tf = np.zeros((len(docs), len(vocab)), dtype=np.int64)
for i, t in enumerate(tokens):
    for w in t:
        tf[i, index[w]] += 1
print(tf)
df = (tf > 0).sum(axis=0)
print("df:", df)
idf = np.log(len(docs) / df) + 1.0
print("idf:", np.round(idf, 5))
tfidf = tf * idf
norms = np.linalg.norm(tfidf, axis=1, keepdims=True)
unit = tfidf / norms
sim = unit @ unit.T
np.set_printoptions(precision=4, suppress=True)
print(sim)
np.fill_diagonal(sim, -1)
best = sim.argmax(axis=1)
for i, j in enumerate(best):
    print(f"doc {i} most like doc {j} ({sim[i, j]:.4f})")
top = np.argsort(-tfidf, axis=1, kind="stable")[:, :2]
print([[vocab[k] for k in row] for row in top])
print("doc lengths:", tf.sum(axis=1), "most common word:", vocab[tf.sum(axis=0).argmax()])
print("words in every doc with 'the':", [vocab[k] for k in np.flatnonzero(tf[tf[:, index["the"]] > 0].all(axis=0))])
co = (tf > 0).astype(int).T @ (tf > 0).astype(int)
i, j = np.unravel_index(np.argmax(np.triu(co, 1)), co.shape)
print("most co-occurring pair:", vocab[i], vocab[j], co[i, j])
