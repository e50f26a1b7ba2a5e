# Logistic regression fitted by Newton's method (IRLS), with a confusion matrix.
import numpy as np

rng = np.random.default_rng(21)
n = 120
X = np.column_stack([np.ones(n), rng.normal(0, 1, n), rng.normal(0, 2, n)])
true_w = np.array([-0.5, 1.8, -0.9])
p = 1 / (1 + np.exp(-X @ true_w))
y = (rng.random(n) < p).astype(float)
print("positives:", int(y.sum()), "of", n)

def sigmoid(t):
    return 1 / (1 + np.exp(-t))

w = np.zeros(3)
for it in range(25):
    mu = sigmoid(X @ w)
    grad = X.T @ (y - mu)
    W = mu * (1 - mu)
    H = X.T @ (X * W[:, None])
    step = np.linalg.solve(H, grad)
    w = w + step
    ll = np.sum(y * np.log(mu + 1e-300) + (1 - y) * np.log(1 - mu + 1e-300))
    if it < 4 or np.linalg.norm(step) < 1e-10:
        print(f"iter {it}: ll={ll:.6f} |step|={np.linalg.norm(step):.3e}")
    if np.linalg.norm(step) < 1e-10:
        break
print("weights:", np.round(w, 6))
se = np.sqrt(np.diag(np.linalg.inv(H)))
print("std errors:", np.round(se, 5))
prob = sigmoid(X @ w)
pred = (prob >= 0.5).astype(int)
yi = y.astype(int)
cm = np.zeros((2, 2), dtype=int)
np.add.at(cm, (yi, pred), 1)
print("confusion:\n", cm)
tp, fp, fn, tn = cm[1, 1], cm[0, 1], cm[1, 0], cm[0, 0]
print("accuracy %.4f precision %.4f recall %.4f" % ((tp + tn) / n, tp / (tp + fp), tp / (tp + fn)))
order = np.argsort(-prob)
tpr = np.cumsum(yi[order]) / yi.sum()
fpr = np.cumsum(1 - yi[order]) / (n - yi.sum())
auc = np.trapezoid(np.r_[0, tpr], np.r_[0, fpr])
print("AUC %.6f" % auc)
print("calibration:", np.round([prob[(prob >= a) & (prob < a + 0.25)].mean() if ((prob >= a) & (prob < a + 0.25)).any() else 0.0 for a in (0, 0.25, 0.5, 0.75)], 4))
print("top 5 probs:", np.round(prob[order[:5]], 6), yi[order[:5]])
