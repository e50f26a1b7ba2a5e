# A stochastic SIR epidemic with binomial transitions from default_rng, several runs.
import numpy as np

def run(seed, N=500, I0=5, beta=0.3, gamma=0.1, days=80):
    rng = np.random.default_rng(seed)
    S, I, R = N - I0, I0, 0
    hist = np.zeros((days + 1, 3), dtype=np.int64)
    hist[0] = S, I, R
    for d in range(1, days + 1):
        p_inf = 1 - np.exp(-beta * I / N)
        new_i = rng.binomial(S, p_inf)
        new_r = rng.binomial(I, gamma)
        S -= new_i
        I += new_i - new_r
        R += new_r
        hist[d] = S, I, R
    return hist

h = run(1)
print("day 0..5:\n", h[:6])
print("peak infected:", h[:, 1].max(), "on day", h[:, 1].argmax())
print("final:", h[-1], "conserved:", np.all(h.sum(axis=1) == 500))
print("attack rate %.3f" % (h[-1, 2] / 500))
runs = np.stack([run(s) for s in range(5)])
print("runs shape:", runs.shape)
peaks = runs[:, :, 1].max(axis=1)
print("peaks:", peaks, "peak days:", runs[:, :, 1].argmax(axis=1))
print("final recovered:", runs[:, -1, 2], "mean %.2f" % runs[:, -1, 2].mean())
mean_curve = runs[:, :, 1].mean(axis=0)
print("mean infected every 10 days:", np.round(mean_curve[::10], 2))
lo, hi = np.percentile(runs[:, :, 1], [10, 90], axis=0)[:, ::20]
print("band:", lo, hi)
new_cases = -np.diff(runs[:, :, 0], axis=1)
print("new cases first week run0:", new_cases[0, :7])
print("weekly totals run0:", new_cases[0, :77].reshape(11, 7).sum(axis=1))
print("dtype:", runs.dtype, new_cases.dtype, mean_curve.dtype)
