# Power iteration and deflation for the leading eigenpairs of a symmetric matrix.
import numpy as np

rng = np.random.default_rng(3)
B = rng.normal(size=(5, 5))
S = B @ B.T + np.diag([5.0, 4.0, 3.0, 2.0, 1.0])
exact = np.linalg.eigvalsh(S)[::-1]
print("exact eigenvalues:", np.round(exact, 8))

def power(M, iters=500, tol=1e-13):
    v = np.ones(M.shape[0]) / np.sqrt(M.shape[0])
    lam = 0.0
    for k in range(iters):
        w = M @ v
        v_new = w / np.linalg.norm(w)
        lam_new = v_new @ M @ v_new
        if abs(lam_new - lam) < tol:
            return lam_new, v_new, k
        v, lam = v_new, lam_new
    return lam, v, iters

M = S.copy()
found = []
for j in range(3):
    lam, v, k = power(M)
    if v[np.argmax(np.abs(v))] < 0:
        v = -v
    found.append(lam)
    print(f"eig {j}: {lam:.8f} after {k} iterations, residual {np.linalg.norm(S @ v - lam * v) < 1e-5}")
    M = M - lam * np.outer(v, v)
print("match:", np.allclose(found, exact[:3], rtol=1e-8))
x = rng.normal(size=5)
rq = x @ S @ x / (x @ x)
print("rayleigh quotient within bounds:", exact[-1] <= rq <= exact[0])
inv_it = np.linalg.solve(S - 0.9 * np.eye(5), np.ones(5))
print("inverse iteration step norm %.6f" % np.linalg.norm(inv_it))
w, V = np.linalg.eigh(S)
print("eigh ascending:", np.all(np.diff(w) > 0))
print("trace %.8f sum %.8f" % (np.trace(S), w.sum()))
ratio = exact[1] / exact[0]
print("convergence ratio %.6f" % ratio, "digits per step %.4f" % -np.log10(ratio))
P = np.abs(B) / np.abs(B).sum(axis=0)
v = np.full(5, 0.2)
for _ in range(200):
    v = P @ v
print("column-stochastic fixed point:", np.round(v / v.sum(), 8))
