# Notebook: Leslie population matrix: projection, dominant eigenvalue by eig and power iteration, stable age structure, sensitivity.
import numpy as np

fert = np.array([0.0, 1.2, 1.8, 0.9, 0.2])
surv = np.array([0.6, 0.75, 0.7, 0.4])
L = np.zeros((5, 5))
L[0] = fert
L[np.arange(1, 5), np.arange(4)] = surv
print(L)
n0 = np.array([100.0, 50.0, 30.0, 20.0, 5.0])
pops = [n0]
for t in range(15):
    pops.append(L @ pops[-1])
P = np.array(pops)
print(P[:4])
print(P[-1], P.sum(axis=1)[-5:], P.sum(axis=1)[1:] / P.sum(axis=1)[:-1])
vals, vecs = np.linalg.eig(L)
k = np.argmax(np.abs(vals))
lam = vals[k].real
w = np.abs(vecs[:, k].real)
w = w / w.sum()
print("lambda", lam, "stable structure", w)
order = np.argsort(-np.abs(vals))
print(np.round(np.abs(vals[order]), 10))
x = np.ones(5)
for i in range(200):
    x = L @ x
    x = x / x.sum()
lam_pi = (L @ x).sum() / x.sum()
print("power", round(lam_pi, 12), x, np.abs(x - w).max() < 1e-9)
valsT, vecsT = np.linalg.eig(L.T)
kv = np.argmax(np.abs(valsT))
v = np.abs(vecsT[:, kv].real)
v = v / v[0]
print("reproductive value", v)
S = np.outer(v, w) / (v @ w)
E = S * L / lam
print(np.round(S, 8))
print(np.round(E, 8), E.sum())
R0 = fert[0] + np.sum(fert[1:] * np.cumprod(surv))
print("R0", R0, np.cumprod(np.concatenate([[1.0], surv])))
gen_time = np.log(R0) / np.log(lam)
print("generation time", gen_time)
Lh = L.copy()
Lh[0] *= 0.8
lam_h = np.max(np.abs(np.linalg.eigvals(Lh)))
print("harvest", lam_h, lam - lam_h)
Lm = np.linalg.matrix_power(L, 10)
print(Lm @ n0, np.allclose(Lm @ n0, P[10]))
growth = np.log(P.sum(axis=1))
print(np.polyfit(np.arange(16)[5:], growth[5:], 1), np.log(lam))
print(P.argmax(axis=1), (P / P.sum(axis=1, keepdims=True))[-1])
