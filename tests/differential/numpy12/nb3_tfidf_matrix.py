# Bag-of-words counts from Python tokens into a count matrix, tf-idf weights, cosine similarity, nearest documents.
import numpy as np

docs = [
    "the cat sat on the mat",
    "the dog sat on the log",
    "cats and dogs are friends",
    "the mat was red and the log was brown",
    "a dog and a cat",
]
vocab = sorted({w for d in docs for w in d.split()})
index = {w: i for i, w in enumerate(vocab)}
counts = np.zeros((len(docs), len(vocab)))
for r, d in enumerate(docs):
    for w in d.split():
        counts[r, index[w]] += 1
print(len(vocab), counts.sum(axis=1), counts.sum())
df = (counts > 0).sum(axis=0)
idf = np.log((1 + len(docs)) / (1 + df)) + 1
tf = counts / counts.sum(axis=1, keepdims=True)
tfidf = tf * idf
tfidf /= np.linalg.norm(tfidf, axis=1, keepdims=True)
np.set_printoptions(precision=4, suppress=True, linewidth=120)
print(np.round(idf, 4))
sim = tfidf @ tfidf.T
print(sim)
np.fill_diagonal(sim, -1)
best = sim.argmax(axis=1)
for i, j in enumerate(best):
    print(f"doc {i} nearest {j} sim {sim[i, j]:.4f}")
top_terms = np.argsort(-tfidf, axis=1, kind="stable")[:, :2]
for i in range(len(docs)):
    print(i, [vocab[t] for t in top_terms[i]])
common = np.flatnonzero(df == df.max())
print("most common:", [vocab[c] for c in common], df.max())
print("singletons:", int((df == 1).sum()))
bigram = np.outer(counts[0], counts[1])
print(bigram.shape, bigram.sum(), np.count_nonzero(bigram))
j = (np.minimum(counts[:, None, :], counts[None, :, :]).sum(-1) / np.maximum(counts[:, None, :], counts[None, :, :]).sum(-1))
print(np.round(j, 3))
print(np.triu(np.round(j, 2), 1))
i, k = np.unravel_index(np.argmax(np.triu(j, 1)), j.shape)
print("most similar pair:", i, k)
