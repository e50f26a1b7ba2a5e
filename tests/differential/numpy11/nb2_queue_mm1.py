# An M/M/1 queue: exponential arrivals and services, waiting times via the Lindley recursion.
import numpy as np

rng = np.random.default_rng(77)
lam, mu = 0.8, 1.0
n = 2000
inter = rng.exponential(1 / lam, n)
service = rng.exponential(1 / mu, n)
arrive = np.cumsum(inter)
wait = np.zeros(n)
for i in range(1, n):
    wait[i] = max(0.0, wait[i - 1] + service[i - 1] - inter[i])
depart = arrive + wait + service
print("first arrivals:", np.round(arrive[:5], 5))
print("first waits:", np.round(wait[:8], 5))
print("mean wait %.5f (theory %.5f)" % (wait.mean(), lam / (mu * (mu - lam))))
print("mean system time %.5f" % (wait + service).mean())
print("utilisation %.5f" % (service.sum() / depart[-1]))
print("P(wait=0) %.4f" % (wait == 0).mean())
print("wait percentiles:", np.round(np.percentile(wait, [50, 90, 99]), 4))
busy_start = np.flatnonzero(wait == 0)
print("busy periods:", busy_start.size, "longest:", np.diff(np.r_[busy_start, n]).max())
times = np.linspace(0, depart[-1], 6)[1:]
in_sys = [(arrive <= t).sum() - (depart <= t).sum() for t in times]
print("in system at checkpoints:", in_sys)
blocks = wait.reshape(20, 100).mean(axis=1)
print("batch means:", np.round(blocks[:5], 4), "se %.5f" % (blocks.std(ddof=1) / np.sqrt(20)))
hist, edges = np.histogram(wait, bins=[0, 0.001, 1, 2, 5, 10, 100])
print("wait histogram:", hist, edges)
print("max wait %.5f at customer %d" % (wait.max(), wait.argmax()))
lw = np.log1p(wait)
print("log1p wait mean %.6f" % lw.mean())
