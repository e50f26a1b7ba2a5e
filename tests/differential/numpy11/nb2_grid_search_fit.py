# Grid search over two parameters of an exponential decay fit, with residual maps and argmin.
import numpy as np

t = np.linspace(0, 5, 26)
rng = np.random.default_rng(12)
y = 3.0 * np.exp(-0.7 * t) + 0.2 + rng.normal(0, 0.03, t.size)
amps = np.linspace(2.0, 4.0, 21)
rates = np.linspace(0.3, 1.1, 17)
A, R = np.meshgrid(amps, rates, indexing="ij")
pred = A[:, :, None] * np.exp(-R[:, :, None] * t[None, None, :]) + 0.2
sse = ((pred - y) ** 2).sum(axis=2)
print("sse grid:", sse.shape)
i, j = np.unravel_index(np.argmin(sse), sse.shape)
print("best amp %.3f rate %.3f sse %.6f" % (amps[i], rates[j], sse[i, j]))
with np.printoptions(precision=3, suppress=True, linewidth=120):
    print(sse[i - 2:i + 3, j - 2:j + 3])
print("row minima:", np.round(sse.min(axis=1)[::4], 5))
print("best rate per amp:", rates[sse.argmin(axis=1)][::4])
logy = np.log(np.clip(y - 0.2, 1e-9, None))
slope, icpt = np.polyfit(t, logy, 1)
print("log-linear fit: amp %.4f rate %.4f" % (np.exp(icpt), -slope))
p = np.array([2.5, 0.5])
for it in range(8):
    model = p[0] * np.exp(-p[1] * t) + 0.2
    r = y - model
    J = np.column_stack([np.exp(-p[1] * t), -p[0] * t * np.exp(-p[1] * t)])
    step = np.linalg.solve(J.T @ J, J.T @ r)
    p = p + step
    print(f"gn {it}: amp={p[0]:.6f} rate={p[1]:.6f} |r|={np.linalg.norm(r):.6f}")
resid = y - (p[0] * np.exp(-p[1] * t) + 0.2)
print("residual runs:", np.count_nonzero(np.diff(np.sign(resid))), "max |r| %.5f" % np.abs(resid).max())
cov = np.linalg.inv(J.T @ J) * (resid @ resid) / (t.size - 2)
print("param se:", np.round(np.sqrt(np.diag(cov)), 5))
levels = np.quantile(sse, [0.01, 0.05, 0.25])
print("cells under levels:", [(sse <= q).sum() for q in levels])
