# Jacobi relaxation on a 2-D plate with fixed edges until convergence.
import numpy as np

n = 9
T = np.zeros((n, n))
T[0, :] = 100.0
T[:, 0] = 50.0
T[-1, :] = 0.0
T[:, -1] = 25.0
T[0, 0] = 75.0
iters = 0
while True:
    new = T.copy()
    new[1:-1, 1:-1] = 0.25 * (T[:-2, 1:-1] + T[2:, 1:-1] + T[1:-1, :-2] + T[1:-1, 2:])
    change = np.max(np.abs(new - T))
    T = new
    iters += 1
    if change < 1e-4 or iters >= 500:
        break
print("iterations:", iters, "last change %.3e" % change)
np.set_printoptions(precision=1, suppress=True, linewidth=100)
print(T)
print("center: %.6f" % T[n // 2, n // 2])
print("row means:", T.mean(axis=1))
print("hottest interior:", np.unravel_index(np.argmax(T[1:-1, 1:-1]), (n - 2, n - 2)))
grad_y, grad_x = np.gradient(T)
print("max gradient %.5f %.5f" % (np.abs(grad_x).max(), np.abs(grad_y).max()))
iso = (T > 40) & (T < 60)
print("isotherm 40-60 cells:", iso.sum())
print(np.where(iso, 1, 0)[1:-1, 1:-1])
sym = np.allclose(T, T.T)
print("symmetric:", sym)
flux = T[1, 1:-1] - T[0, 1:-1]
print("top flux:", flux)
print("total heat %.4f" % T[1:-1, 1:-1].sum())
coarse = T[::2, ::2]
print(coarse.shape)
print(coarse)
