# PageRank by power iteration on a small link graph: column-stochastic matrices and convergence.
import numpy as np

links = {0: [1, 2], 1: [2], 2: [0], 3: [0, 2], 4: [3, 2, 1]}
n = 5
M = np.zeros((n, n))
for src, dsts in links.items():
    for d in dsts:
        M[d, src] = 1.0 / len(dsts)
print("link matrix:")
print(M)
print("column sums:", M.sum(axis=0))
d = 0.85
G = d * M + (1 - d) / n * np.ones((n, n))
print("google matrix:")
print(G)
r = np.full(n, 1.0 / n)
for it in range(100):
    r_new = G @ r
    delta = np.abs(r_new - r).sum()
    r = r_new
    if it < 5 or delta < 1e-10:
        print(f"iter {it:2d} delta={delta:.3e} r={np.array2string(r, precision=4)}")
    if delta < 1e-10:
        break
print("rank sum:", round(r.sum(), 12))
order = np.argsort(-r)
for pos, node in enumerate(order, 1):
    print(f"{pos}. node {node} score {r[node]:.6f}")
print("fixed point:", np.allclose(G @ r, r, atol=1e-9))
Mk = np.linalg.matrix_power(G, 50)
print("G^50 columns equal:", np.allclose(Mk, Mk[:, [0]]))
print(np.round(Mk[:, 0], 6))
A = (M > 0).astype(int)
print("adjacency:")
print(A)
print("in-degree:", A.sum(axis=1), "out-degree:", A.sum(axis=0))
paths2 = A @ A
print("2-step paths:")
print(paths2)
print("reachable in <=3:", ((A + A @ A + A @ A @ A) > 0).sum(axis=0))
