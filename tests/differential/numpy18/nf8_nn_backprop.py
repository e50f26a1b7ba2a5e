# Notebook: a two-layer tanh network, forward/backward pass with matmul, gradient check, a few SGD epochs on XOR-like data.
import numpy as np

rng = np.random.default_rng(0)
X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
y = np.array([[0.0], [1.0], [1.0], [0.0]])
W1 = rng.normal(scale=0.5, size=(2, 4))
b1 = np.zeros(4)
W2 = rng.normal(scale=0.5, size=(4, 1))
b2 = np.zeros(1)
print(W1, W2)


def forward(X, W1, b1, W2, b2):
    z1 = X @ W1 + b1
    h = np.tanh(z1)
    z2 = h @ W2 + b2
    out = 1 / (1 + np.exp(-z2))
    return z1, h, z2, out


def loss_fn(out, y):
    return float(np.mean((out - y) ** 2))


z1, h, z2, out = forward(X, W1, b1, W2, b2)
print(z1, h, out.ravel(), loss_fn(out, y))
d_out = 2 * (out - y) / len(X)
d_z2 = d_out * out * (1 - out)
dW2 = h.T @ d_z2
db2 = d_z2.sum(axis=0)
d_h = d_z2 @ W2.T
d_z1 = d_h * (1 - h**2)
dW1 = X.T @ d_z1
db1 = d_z1.sum(axis=0)
print(dW1, db1, dW2.ravel(), db2)
eps = 1e-6
num = np.zeros_like(W1)
for i in range(W1.shape[0]):
    for j in range(W1.shape[1]):
        Wp = W1.copy()
        Wp[i, j] += eps
        Wm = W1.copy()
        Wm[i, j] -= eps
        num[i, j] = (loss_fn(forward(X, Wp, b1, W2, b2)[3], y) - loss_fn(forward(X, Wm, b1, W2, b2)[3], y)) / (2 * eps)
print(np.abs(num - dW1).max() < 1e-8, np.round(num, 8))
lr = 2.0
for epoch in range(2001):
    z1, h, z2, out = forward(X, W1, b1, W2, b2)
    d_out = 2 * (out - y) / len(X)
    d_z2 = d_out * out * (1 - out)
    d_z1 = (d_z2 @ W2.T) * (1 - h**2)
    W2 -= lr * (h.T @ d_z2)
    b2 -= lr * d_z2.sum(axis=0)
    W1 -= lr * (X.T @ d_z1)
    b1 -= lr * d_z1.sum(axis=0)
    if epoch % 500 == 0:
        print("epoch %4d loss %.12f" % (epoch, loss_fn(out, y)), np.round(out.ravel(), 6))
print(np.round(W1, 6), np.round(b1, 6), np.round(W2.ravel(), 6), np.round(b2, 6))
final = forward(X, W1, b1, W2, b2)[3]
print((final > 0.5).astype(int).ravel(), np.round(final.ravel(), 8))
batch = rng.normal(size=(6, 2))
print(np.round(forward(batch, W1, b1, W2, b2)[3].ravel(), 8))
print(np.tanh(np.array([-20.0, -1.0, 0.0, 0.5, 20.0])), 1 - np.tanh(np.array([0.5, 2.0])) ** 2)
