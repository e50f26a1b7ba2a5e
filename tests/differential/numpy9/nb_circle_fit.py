# Algebraic least-squares circle fit and a weighted line fit.
import numpy as np

rng = np.random.default_rng(10)
theta = np.sort(rng.uniform(0, 2 * np.pi, 25))
cx, cy, r = 3.0, -1.0, 2.5
px = cx + r * np.cos(theta) + rng.normal(0, 0.05, 25)
py = cy + r * np.sin(theta) + rng.normal(0, 0.05, 25)
A = np.column_stack([2 * px, 2 * py, np.ones_like(px)])
b = px**2 + py**2
(sx, sy, c), res, rank, sv = np.linalg.lstsq(A, b, rcond=None)
radius = np.sqrt(c + sx**2 + sy**2)
print(f"center=({sx:.4f}, {sy:.4f}) radius={radius:.4f} rank={rank}")
resid = np.hypot(px - sx, py - sy) - radius
print("radial residual rms:", np.round(np.sqrt(np.mean(resid**2)), 5))
print("worst point:", np.argmax(np.abs(resid)), np.round(resid.max(), 5), np.round(resid.min(), 5))

x = np.arange(10, dtype=float)
y = 2.0 * x + 1.0 + np.array([0.1, -0.2, 0.05, 0.3, -0.1, 0.0, 0.2, -0.3, 0.1, 5.0])
w = np.ones(10)
w[-1] = 0.01
Aw = np.column_stack([x, np.ones(10)]) * np.sqrt(w)[:, None]
bw = y * np.sqrt(w)
coef_w = np.linalg.lstsq(Aw, bw, rcond=None)[0]
coef = np.polyfit(x, y, 1)
coef_pw = np.polyfit(x, y, 1, w=np.sqrt(w))
print("unweighted:", np.round(coef, 4))
print("weighted lstsq:", np.round(coef_w, 4))
print("weighted polyfit:", np.round(coef_pw, 4))
print("pinv solution:", np.round(np.linalg.pinv(np.column_stack([x, np.ones(10)])) @ y, 4))
Q, R = np.linalg.qr(np.column_stack([x, np.ones(10)]))
print("qr shapes:", Q.shape, R.shape)
print("qr solution:", np.round(np.linalg.solve(R, Q.T @ y), 4))
print("R upper triangular:", np.allclose(R, np.triu(R)))
