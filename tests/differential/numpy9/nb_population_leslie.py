# Leslie matrix population projection and its dominant eigenvalue.
import numpy as np

fert = np.array([0.0, 1.2, 1.1, 0.4])
surv = np.array([0.6, 0.8, 0.5])
L = np.zeros((4, 4))
L[0] = fert
L[np.arange(1, 4), np.arange(3)] = surv
print(L)
pop = np.array([100.0, 50.0, 30.0, 10.0])
hist = [pop]
for year in range(10):
    pop = L @ pop
    hist.append(pop)
H = np.array(hist)
print("population totals:", np.round(H.sum(axis=1), 2))
print("year 10 by age:", np.round(H[-1], 3))
growth = H.sum(axis=1)[1:] / H.sum(axis=1)[:-1]
print("growth rates:", np.round(growth, 5))
vals = np.linalg.eigvals(L)
lam = vals[np.argmax(np.abs(vals))].real
print(f"dominant eigenvalue: {lam:.6f}")
print("abs eigenvalues sorted:", np.round(np.sort(np.abs(vals))[::-1], 6))
w, v = np.linalg.eig(L)
j = np.argmax(np.abs(w))
stable = np.abs(v[:, j].real)
stable /= stable.sum()
print("stable age distribution:", np.round(stable, 5))
print("observed distribution:", np.round(H[-1] / H[-1].sum(), 5))
print("fraction per age over time (every 3 years):")
print(np.round(H[::3] / H[::3].sum(axis=1, keepdims=True), 3))
print("doubling time years:", round(np.log(2) / np.log(lam), 3))
print("integer census:", H[-1].astype(int), np.floor(H[-1]).astype(int).sum())
