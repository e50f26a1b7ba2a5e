# 2-D heat diffusion on a plate with fixed boundaries: slicing stencils, convergence, printing.
import numpy as np

nx, ny = 8, 6
T = np.zeros((ny, nx))
T[0, :] = 100.0
T[-1, :] = 0.0
T[:, 0] = 50.0
T[:, -1] = 75.0
print("initial:")
print(T)
alpha = 0.2
history = []
for step in range(300):
    inner = T[1:-1, 1:-1]
    lap = T[:-2, 1:-1] + T[2:, 1:-1] + T[1:-1, :-2] + T[1:-1, 2:] - 4 * inner
    change = alpha * lap
    T[1:-1, 1:-1] += change
    m = np.abs(change).max()
    history.append(m)
    if m < 1e-6:
        print("converged at step", step)
        break
np.set_printoptions(precision=3, suppress=True, linewidth=100)
print("steady state:")
print(T)
np.set_printoptions(precision=8, suppress=False, linewidth=75)
print("max change first steps:", np.array(history[:4]))
print("center temperature:", T[ny // 2, nx // 2])
print("row means:", T.mean(axis=1))
print("hottest interior cell:", np.unravel_index(np.argmax(T[1:-1, 1:-1]), (ny - 2, nx - 2)))
hot = T > 60
print("cells above 60:", hot.sum(), "per column:", hot.sum(axis=0))
levels = np.digitize(T, [25, 50, 75])
print(levels)
gy, gx = np.gradient(T) if hasattr(np, "gradient") else (np.diff(T, axis=0), np.diff(T, axis=1))
print("gradient shapes:", gy.shape, gx.shape)
print("profile along middle row:", np.round(T[ny // 2], 2))
print("symmetric?", np.allclose(T, T[:, ::-1]))
flux = (T[1, 1:-1] - T[0, 1:-1]).sum()
print(f"top flux {flux:.4f}")
