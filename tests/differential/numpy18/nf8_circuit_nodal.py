# Notebook: nodal analysis of a resistor network: conductance matrix, solve, currents, power, sweep, Thevenin equivalent.
import numpy as np

edges = [(0, 1, 100.0), (1, 2, 220.0), (2, 3, 330.0), (1, 3, 470.0), (3, 4, 1000.0), (2, 4, 680.0), (0, 4, 1500.0)]
n = 5
G = np.zeros((n, n))
for a, b, r in edges:
    g = 1.0 / r
    G[a, a] += g
    G[b, b] += g
    G[a, b] -= g
    G[b, a] -= g
print(G)
print(np.allclose(G, G.T), G.sum(axis=1), np.linalg.matrix_rank(G))
ground = 4
keep = [i for i in range(n) if i != ground]
Gr = G[np.ix_(keep, keep)]
I = np.zeros(n - 1)
I[0] = 0.01
V = np.linalg.solve(Gr, I)
print(V)
Vfull = np.insert(V, ground, 0.0)
print(Vfull)
cur = np.array([(Vfull[a] - Vfull[b]) / r for a, b, r in edges])
pw = np.array([(Vfull[a] - Vfull[b]) ** 2 / r for a, b, r in edges])
print(cur, pw, pw.sum(), Vfull[0] * 0.01)
print(np.isclose(pw.sum(), Vfull[0] * 0.01))
Rin = V[0] / 0.01
print("input resistance", Rin)
Z = np.linalg.inv(Gr)
print(Z, np.allclose(Z, Z.T), np.diag(Z))
print(np.round(np.linalg.cond(Gr), 9), np.linalg.det(Gr), np.linalg.eigvalsh(Gr))
L = np.linalg.cholesky(Gr)
yv = np.linalg.solve(L, I)
xv = np.linalg.solve(L.T, yv)
print(L, xv, np.abs(xv - V).max() < 1e-12)
sweep = np.linspace(0.0, 0.02, 5)
Vs = np.linalg.solve(Gr, np.outer(np.eye(n - 1)[0], sweep))
print(Vs, Vs[0] / np.where(sweep == 0, 1, sweep))
Vth = V[2]
Ieq = np.zeros(n - 1)
Ieq[2] = 1.0
Rth = np.linalg.solve(Gr, Ieq)[2]
print("Thevenin at node 3", Vth, Rth)
loads = np.array([10.0, 100.0, 1000.0, Rth])
Pload = Vth**2 * loads / (Rth + loads) ** 2
print(Pload, loads[np.argmax(Pload)])
Ginc = np.zeros((len(edges), n))
for k, (a, b, r) in enumerate(edges):
    Ginc[k, a] = 1
    Ginc[k, b] = -1
Rm = np.diag([r for _, _, r in edges])
G2 = Ginc.T @ np.linalg.inv(Rm) @ Ginc
print(np.allclose(G2, G), Ginc.sum(axis=0), np.abs(Ginc).sum(axis=0))
kcl = Ginc.T @ cur
print(np.round(kcl, 15), np.abs(kcl[1:4]).max() < 1e-15)
