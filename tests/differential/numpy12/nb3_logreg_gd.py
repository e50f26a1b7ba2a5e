# Logistic regression by batch gradient descent on synthetic two-class data (default_rng).
import numpy as np

rng = np.random.default_rng(11)
n = 200
X0 = rng.normal([-1.0, -0.5], [0.8, 0.6], size=(n // 2, 2))
X1 = rng.normal([1.2, 0.8], [0.7, 0.9], size=(n // 2, 2))
X = np.vstack([X0, X1])
y = np.concatenate([np.zeros(n // 2), np.ones(n // 2)])
perm = rng.permutation(n)
X, y = X[perm], y[perm]
mu, sd = X.mean(axis=0), X.std(axis=0)
Xs = (X - mu) / sd
Xb = np.hstack([np.ones((n, 1)), Xs])


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def loss(w):
    p = np.clip(sigmoid(Xb @ w), 1e-12, 1 - 1e-12)
    return -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))


w = np.zeros(3)
lr = 0.5
hist = []
for it in range(300):
    p = sigmoid(Xb @ w)
    grad = Xb.T @ (p - y) / n
    w -= lr * grad
    if it % 50 == 0:
        hist.append(loss(w))
        print(f"iter {it:3d} loss {hist[-1]:.6f} |grad| {np.linalg.norm(grad):.3e}")
print("weights:", np.round(w, 5))
pred = (sigmoid(Xb @ w) >= 0.5).astype(int)
acc = np.mean(pred == y)
tp = np.sum((pred == 1) & (y == 1))
fp = np.sum((pred == 1) & (y == 0))
fn = np.sum((pred == 0) & (y == 1))
tn = np.sum((pred == 0) & (y == 0))
print("accuracy:", acc)
print("confusion:\n", np.array([[tn, fp], [fn, tp]]))
prec = tp / (tp + fp)
rec = tp / (tp + fn)
print(f"precision={prec:.4f} recall={rec:.4f} f1={2 * prec * rec / (prec + rec):.4f}")
probs = sigmoid(Xb @ w)
order = np.argsort(-probs)
print("top5 probs:", np.round(probs[order[:5]], 4), y[order[:5]])
bins = np.linspace(0, 1, 6)
idx = np.digitize(probs, bins[1:-1])
print("bin counts:", np.bincount(idx, minlength=5))
frac = np.array([y[idx == b].mean() if np.any(idx == b) else np.nan for b in range(5)])
print("calibration:", np.round(frac, 3))
ranks = np.empty(n)
ranks[np.argsort(probs)] = np.arange(1, n + 1)
auc = (ranks[y == 1].sum() - (n // 2) * (n // 2 + 1) / 2) / ((n // 2) ** 2)
print("auc: %.5f" % auc)
print("loss decreasing:", bool(np.all(np.diff(hist) < 0)))
