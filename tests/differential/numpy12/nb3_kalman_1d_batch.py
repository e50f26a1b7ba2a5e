# 1-D Kalman filter and RTS smoother on a random-walk level, vectorised over several sensor noise settings.
import numpy as np

rng = np.random.RandomState(19)
T = 50
level = np.cumsum(rng.normal(0, 0.3, T)) + 10
obs = level + rng.normal(0, 1.0, T)
obs[[7, 23, 24]] = np.nan


def kalman(z, q, r, x0=0.0, p0=100.0):
    n = z.size
    xf = np.zeros(n)
    pf = np.zeros(n)
    xp = np.zeros(n)
    pp = np.zeros(n)
    x, p = x0, p0
    for k in range(n):
        x_pred, p_pred = x, p + q
        xp[k], pp[k] = x_pred, p_pred
        if np.isnan(z[k]):
            x, p = x_pred, p_pred
        else:
            K = p_pred / (p_pred + r)
            x = x_pred + K * (z[k] - x_pred)
            p = (1 - K) * p_pred
        xf[k], pf[k] = x, p
    xs = xf.copy()
    ps = pf.copy()
    for k in range(n - 2, -1, -1):
        c = pf[k] / pp[k + 1]
        xs[k] = xf[k] + c * (xs[k + 1] - xp[k + 1])
        ps[k] = pf[k] + c**2 * (ps[k + 1] - pp[k + 1])
    return xf, pf, xs, ps


xf, pf, xs, ps = kalman(obs, 0.09, 1.0)
np.set_printoptions(precision=4, suppress=True)
print("filtered:", xf[:8])
print("smoothed:", xs[:8])
print("P filt tail:", pf[-3:], "P smooth head:", ps[:3])
print("rmse raw %.4f filt %.4f smooth %.4f" % (
    np.sqrt(np.nanmean((obs - level) ** 2)), np.sqrt(np.mean((xf - level) ** 2)), np.sqrt(np.mean((xs - level) ** 2))))
print("gap estimates:", xf[[7, 23, 24]], xs[[7, 23, 24]])
print("steady-state gain %.6f" % (pf[-1] / 1.0))
for q in [0.01, 0.09, 1.0]:
    f, pfq, s, _ = kalman(obs, q, 1.0)
    print(f"q={q:<5} rmse_f={np.sqrt(np.mean((f - level) ** 2)):.4f} rmse_s={np.sqrt(np.mean((s - level) ** 2)):.4f} p_end={pfq[-1]:.5f}")
innov = obs[1:] - xf[:-1]
ok = ~np.isnan(innov)
print("innovation mean %.4f std %.4f n=%d" % (innov[ok].mean(), innov[ok].std(), ok.sum()))
band_lo = xs - 1.96 * np.sqrt(ps)
band_hi = xs + 1.96 * np.sqrt(ps)
print("coverage %.3f" % np.mean((level >= band_lo) & (level <= band_hi)))
print(np.round(np.column_stack([level, obs, xs])[20:26], 3))
