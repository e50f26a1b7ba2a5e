# Logistic regression by batch gradient descent on seeded data; confusion matrix and metrics.
import numpy as np

rng = np.random.default_rng(21)
n = 120
X0 = rng.normal([-1.0, -1.0], 0.9, size=(n // 2, 2))
X1 = rng.normal([1.2, 0.8], 0.9, size=(n // 2, 2))
X = np.vstack([X0, X1])
y = np.concatenate([np.zeros(n // 2), np.ones(n // 2)])
print("X shape", X.shape, "y mean", y.mean())
print(X[:3])
mu, sd = X.mean(axis=0), X.std(axis=0)
Xs = (X - mu) / sd
Xb = np.hstack([np.ones((n, 1)), Xs])
w = np.zeros(3)

def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))

lr = 0.5
for epoch in range(200):
    p = sigmoid(Xb @ w)
    grad = Xb.T @ (p - y) / n
    w -= lr * grad
    if epoch % 50 == 0 or epoch == 199:
        eps = 1e-12
        loss = -np.mean(y * np.log(p + eps) + (1 - y) * np.log(1 - p + eps))
        print(f"epoch {epoch:3d} loss={loss:.6f} |grad|={np.linalg.norm(grad):.2e}")
print("weights:", w.round(5))
prob = sigmoid(Xb @ w)
pred = (prob >= 0.5).astype(int)
tp = int(np.sum((pred == 1) & (y == 1)))
tn = int(np.sum((pred == 0) & (y == 0)))
fp = int(np.sum((pred == 1) & (y == 0)))
fn = int(np.sum((pred == 0) & (y == 1)))
cm = np.array([[tn, fp], [fn, tp]])
print("confusion:")
print(cm)
acc = (tp + tn) / n
prec = tp / (tp + fp)
rec = tp / (tp + fn)
print(f"accuracy={acc:.4f} precision={prec:.4f} recall={rec:.4f} f1={2 * prec * rec / (prec + rec):.4f}")
wrong = np.nonzero(pred != y)[0]
print("misclassified:", wrong)
print("their probs:", prob[wrong].round(3))
order = np.argsort(prob)
print("lowest probs:", prob[order[:3]].round(4), "highest:", prob[order[-3:]].round(4))
thresholds = np.linspace(0.1, 0.9, 5)
for t in thresholds:
    pr = prob >= t
    print(f"t={t:.1f} positives={pr.sum():3d} tpr={np.mean(pr[y == 1]):.3f} fpr={np.mean(pr[y == 0]):.3f}")
w_orig = np.concatenate([[w[0] - np.sum(w[1:] * mu / sd)], w[1:] / sd])
print("weights in original units:", w_orig.round(4))
