# Logistic regression by gradient descent.
import numpy as np

rng = np.random.default_rng(5)
n = 40
X = rng.normal(size=(n, 2))
true_w = np.array([2.0, -1.0])
logits = X @ true_w + 0.5
y = (logits + rng.normal(0, 0.5, n) > 0).astype(float)
print(y.sum(), y[:10])

def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))

Xb = np.hstack([X, np.ones((n, 1))])
w = np.zeros(3)
lr = 0.5
for it in range(200):
    p = sigmoid(Xb @ w)
    grad = Xb.T @ (p - y) / n
    w -= lr * grad
    if it % 50 == 0:
        loss = -np.mean(y * np.log(p + 1e-12) + (1 - y) * np.log(1 - p + 1e-12))
        print(it, loss, w)
print(w)
pred = (sigmoid(Xb @ w) > 0.5).astype(int)
acc = (pred == y).mean()
print("accuracy", acc)
tp = np.sum((pred == 1) & (y == 1))
fp = np.sum((pred == 1) & (y == 0))
fn = np.sum((pred == 0) & (y == 1))
tn = np.sum((pred == 0) & (y == 0))
print(np.array([[tn, fp], [fn, tp]]))
print("precision", tp / (tp + fp), "recall", tp / (tp + fn))
thr = np.linspace(0, 1, 6)
scores = sigmoid(Xb @ w)
tpr = [(scores[y == 1] >= t).mean() for t in thr]
fpr = [(scores[y == 0] >= t).mean() for t in thr]
print(np.array(tpr), np.array(fpr))
print(np.log1p(np.exp(-np.abs(Xb @ w)))[:4])
print(np.logaddexp(0, Xb[:3] @ w), np.expm1(1e-10), np.log1p(1e-10))
print(np.tanh(np.array([-2.0, 0.0, 0.5])), np.arctanh(0.5), np.sinh(1.0), np.cosh(1.0))
sm = np.exp(Xb[:4]) / np.exp(Xb[:4]).sum(axis=1, keepdims=True)
print(sm, sm.sum(axis=1))
