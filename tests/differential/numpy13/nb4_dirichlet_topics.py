# A tiny topic model simulation: Dirichlet topic mixtures and multinomial word counts.
import numpy as np

np.random.seed(77)
n_topics, vocab, n_docs = 3, 6, 5
words = ["ball", "goal", "vote", "law", "gene", "cell"]
topic_word = np.random.dirichlet(np.full(vocab, 0.5), size=n_topics)
print("topic-word rows sum to one:", np.allclose(topic_word.sum(axis=1), 1.0))
print(np.round(topic_word, 4))

doc_topic = np.random.dirichlet([1.0, 1.0, 1.0], size=n_docs)
print("document mixtures")
print(np.round(doc_topic, 4))

word_probs = doc_topic @ topic_word
print("word distributions per document")
print(np.round(word_probs, 4))

lengths = np.random.poisson(40, size=n_docs)
print("document lengths:", lengths)
counts = np.zeros((n_docs, vocab), dtype=int)
for d in range(n_docs):
    counts[d] = np.random.multinomial(lengths[d], word_probs[d])
print(counts)
print("totals match lengths:", np.array_equal(counts.sum(axis=1), lengths))

print("top word per document")
for d in range(n_docs):
    top = np.argsort(counts[d])[::-1][:2]
    print(d, [words[i] for i in top], counts[d, top])

print("dominant topic per document:", doc_topic.argmax(axis=1))

print("a RandomState instance with its own stream")
rs = np.random.RandomState(9)
mix = rs.dirichlet([0.2, 0.2, 5.0], size=2)
print(np.round(mix, 6))
print("alpha must be positive")
for bad in ([0.0, 1.0], [1.0, -1.0]):
    try:
        rs.dirichlet(bad)
    except ValueError as e:
        print("ValueError:", e)
