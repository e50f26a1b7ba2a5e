# Notebook: multinomial logistic (softmax) regression by gradient descent on a seeded 3-class toy dataset.
import numpy as np

rng = np.random.default_rng(5)
centers = np.array([[0.0, 0.0], [3.0, 1.0], [1.0, 3.5]])
n_per = 30
X = np.concatenate([c + rng.normal(scale=0.8, size=(n_per, 2)) for c in centers])
y = np.repeat(np.arange(3), n_per)
print(X.shape, y.shape, X[:3], X.mean(axis=0), X.std(axis=0))
Xb = np.hstack([np.ones((len(X), 1)), (X - X.mean(axis=0)) / X.std(axis=0)])
Y = np.eye(3)[y]
print(Y[::29])


def softmax(z):
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


W = np.zeros((3, 3))
lr = 0.5
for it in range(301):
    P = softmax(Xb @ W)
    loss = -np.mean(np.sum(Y * np.log(P + 1e-12), axis=1))
    grad = Xb.T @ (P - Y) / len(Xb)
    W -= lr * grad
    if it % 60 == 0:
        acc = np.mean(P.argmax(axis=1) == y)
        print("iter %3d loss %.10f acc %.4f |grad| %.3e" % (it, loss, acc, np.linalg.norm(grad)))
print(np.round(W, 8))
P = softmax(Xb @ W)
pred = P.argmax(axis=1)
conf = np.zeros((3, 3), dtype=int)
np.add.at(conf, (y, pred), 1)
print(conf, conf.trace() / conf.sum())
print(np.round(P[[0, 30, 60, 89]], 6), P.sum(axis=1)[:4])
grid = np.array([[0.0, 0.0], [3.0, 1.0], [1.0, 3.5], [1.5, 1.5]])
gb = np.hstack([np.ones((4, 1)), (grid - X.mean(axis=0)) / X.std(axis=0)])
print(np.round(softmax(gb @ W), 6), softmax(gb @ W).argmax(axis=1))
precision = np.diag(conf) / conf.sum(axis=0)
recall = np.diag(conf) / conf.sum(axis=1)
f1 = 2 * precision * recall / (precision + recall)
print(precision, recall, f1, f1.mean())
margins = np.sort(P, axis=1)[:, -1] - np.sort(P, axis=1)[:, -2]
print(np.round(np.percentile(margins, [0, 25, 50, 75, 100]), 6), np.argsort(margins)[:5])
entropy = -(P * np.log(P)).sum(axis=1)
print(entropy.max(), entropy.argmax(), np.round(entropy[:6], 8))
