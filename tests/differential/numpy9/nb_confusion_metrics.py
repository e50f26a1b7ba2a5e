# Confusion matrix and classification metrics for a 3-class problem.
import numpy as np

rng = np.random.default_rng(77)
y_true = rng.integers(0, 3, size=150)
noise = rng.random(150)
y_pred = np.where(noise < 0.75, y_true, rng.integers(0, 3, size=150))
k = 3
cm = np.zeros((k, k), dtype=np.int64)
for t, p in zip(y_true, y_pred):
    cm[t, p] += 1
print(cm)
cm2 = np.bincount(y_true * k + y_pred, minlength=k * k).reshape(k, k)
print("bincount version equal:", np.array_equal(cm, cm2))
tp = np.diag(cm)
precision = tp / cm.sum(axis=0)
recall = tp / cm.sum(axis=1)
f1 = 2 * precision * recall / (precision + recall)
print("precision:", np.round(precision, 4))
print("recall:   ", np.round(recall, 4))
print("f1:       ", np.round(f1, 4))
print(f"accuracy: {tp.sum() / cm.sum():.4f}, macro f1: {f1.mean():.4f}")
norm = cm / cm.sum(axis=1, keepdims=True)
print(np.round(norm, 3))
support = cm.sum(axis=1)
weighted = np.sum(f1 * support) / support.sum()
print(f"weighted f1: {weighted:.4f}")
print("support:", support, support.dtype)
header = "      " + "".join(f"p{j:<5}" for j in range(k))
print(header)
for i in range(k):
    print(f"t{i}  " + "".join(f"{v:<6}" for v in cm[i]))
errors = np.flatnonzero(y_true != y_pred)
print("num errors:", errors.size, "first:", errors[:6])
print("most confused pair:", np.unravel_index(np.argmax(cm - np.diag(np.diag(cm))), cm.shape))
