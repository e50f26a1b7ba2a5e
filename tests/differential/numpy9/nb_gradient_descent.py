# Linear and logistic regression fitted with batch gradient descent.
import numpy as np

rng = np.random.default_rng(1)
n = 80
X = np.column_stack([np.ones(n), rng.uniform(-2, 2, size=n), rng.uniform(0, 5, size=n)])
true_w = np.array([1.0, -2.0, 0.5])
y = X @ true_w + rng.normal(0, 0.3, size=n)

w = np.zeros(3)
lr = 0.05
for epoch in range(500):
    grad = X.T @ (X @ w - y) / n
    w -= lr * grad
    if epoch % 100 == 0:
        loss = np.mean((X @ w - y) ** 2) / 2
        print(f"epoch {epoch:3d} loss {loss:.6f}")
print("gd weights:", np.round(w, 4))
w_exact = np.linalg.solve(X.T @ X, X.T @ y)
print("normal eq:", np.round(w_exact, 4))
print("close:", np.allclose(w, w_exact, atol=1e-3))


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


labels = (X[:, 1] + 0.5 * X[:, 2] > 1.0).astype(float)
print("positives:", int(labels.sum()), "of", n)
theta = np.zeros(3)
for it in range(2000):
    p = sigmoid(X @ theta)
    theta -= 0.5 * X.T @ (p - labels) / n
p = sigmoid(X @ theta)
pred = (p >= 0.5).astype(int)
acc = np.mean(pred == labels)
print("theta:", np.round(theta, 3))
print("accuracy:", acc)
eps = 1e-12
ll = -np.mean(labels * np.log(p + eps) + (1 - labels) * np.log(1 - p + eps))
print(f"log loss: {ll:.5f}")
tp = np.sum((pred == 1) & (labels == 1))
fp = np.sum((pred == 1) & (labels == 0))
fn = np.sum((pred == 0) & (labels == 1))
print(f"precision={tp / (tp + fp):.4f} recall={tp / (tp + fn):.4f}")
print("first probs:", np.round(p[:5], 4))
