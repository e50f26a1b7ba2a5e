# float32 ML-style code: weights, a linear layer, ReLU, mean squared error, SGD steps.
import numpy as np

X = np.array([[0.5, 1.0], [1.5, -0.5], [2.0, 0.25], [-1.0, 0.75]], dtype=np.float32)
y = np.array([1.0, 0.5, 2.0, -0.5], dtype=np.float32)
w = np.array([0.1, -0.2], dtype=np.float32)
b = np.float32(0.05)
lr = np.float32(0.1)
print(X.dtype, y.dtype, w.dtype, type(b).__name__)
for step in range(5):
    pred = X[:, 0] * w[0] + X[:, 1] * w[1] + b
    err = pred - y
    loss = (err * err).mean()
    gw0 = (err * X[:, 0]).mean() * 2
    gw1 = (err * X[:, 1]).mean() * 2
    gb = err.mean() * 2
    w = w - lr * np.array([gw0, gw1], dtype=np.float32)
    b = b - lr * gb
    print(step, loss, repr(loss), w, b, pred.dtype)
h = np.maximum(X[:, 0] * w[0] + b, 0)
print("relu", h, h.dtype)
print(repr(w), w.tolist())
print(f"final loss {float(loss):.6f}", f"{loss}", str(loss))
