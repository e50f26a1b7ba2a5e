# PageRank by power iteration on a small link graph, compared with the eigenvector.
import numpy as np

links = {0: [1, 2], 1: [2], 2: [0], 3: [0, 2], 4: [3, 2, 0], 5: []}
n = 6
M = np.zeros((n, n))
for src, dsts in links.items():
    if dsts:
        M[dsts, src] = 1.0 / len(dsts)
    else:
        M[:, src] = 1.0 / n
print("column sums:", M.sum(axis=0))
d = 0.85
G = d * M + (1 - d) / n * np.ones((n, n))
r = np.full(n, 1.0 / n)
for it in range(100):
    r_new = G @ r
    delta = np.abs(r_new - r).sum()
    r = r_new
    if delta < 1e-12:
        print("converged after", it + 1, "iterations")
        break
print("pagerank:", np.round(r, 6))
print("sum:", round(r.sum(), 12))
order = np.argsort(-r)
print("ranking:", order)
for pos, node in enumerate(order, 1):
    print(f"  #{pos} node {node} score {r[node]:.5f} in-links {int((M[node] > 0).sum())}")
Gk = np.linalg.matrix_power(G, 200)
pr = Gk[:, 0] / Gk[:, 0].sum()
print("G^200 column agrees:", np.allclose(pr, r, atol=1e-9))
print("columns identical:", np.allclose(Gk, Gk[:, [0]]), "G r = r:", np.allclose(G @ r, r))
A = (M > 0).astype(int)
print("adjacency (dst x src):\n", A)
print("out-degree:", A.sum(axis=0), "in-degree:", A.sum(axis=1))
two_step = np.linalg.matrix_power(A, 2)
print("two-step paths:\n", two_step)
print("reachable in <=2:", ((A + two_step) > 0).sum(axis=0))
