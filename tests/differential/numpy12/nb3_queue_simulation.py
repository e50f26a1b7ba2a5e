# Single-server queue with exponential arrivals/service from RandomState: waits via a recursion, Little's law.
import numpy as np

rng = np.random.RandomState(2)
n = 500
lam, mu = 0.8, 1.0
inter = rng.exponential(1 / lam, n)
service = rng.exponential(1 / mu, n)
arrive = np.cumsum(inter)
start = np.empty(n)
finish = np.empty(n)
start[0] = arrive[0]
finish[0] = start[0] + service[0]
for i in range(1, n):
    start[i] = max(arrive[i], finish[i - 1])
    finish[i] = start[i] + service[i]
wait = start - arrive
sojourn = finish - arrive
print("mean wait %.4f theory %.4f" % (wait.mean(), lam / (mu * (mu - lam))))
print("mean sojourn %.4f theory %.4f" % (sojourn.mean(), 1 / (mu - lam)))
print("utilization %.4f" % (service.sum() / finish[-1]))
print("P(wait=0) %.4f" % (wait == 0).mean())
print("wait percentiles:", np.round(np.percentile(wait, [50, 90, 99]), 4))
events = np.concatenate([arrive, finish])
delta = np.concatenate([np.ones(n), -np.ones(n)])
order = np.argsort(events, kind="stable")
in_sys = np.cumsum(delta[order])
dur = np.diff(events[order])
L = (in_sys[:-1] * dur).sum() / (events.max() - events.min())
print("L %.4f lambda*W %.4f" % (L, n / (arrive[-1]) * sojourn.mean()))
print("max in system:", int(in_sys.max()))
occ = np.bincount(in_sys[:-1].astype(int), weights=dur)
print("occupancy time share:", np.round(occ / occ.sum(), 4)[:6])
busy = wait > 0
runs = np.diff(np.concatenate([[0], busy.astype(int), [0]]))
starts, ends = np.flatnonzero(runs == 1), np.flatnonzero(runs == -1)
print("longest waiting streak:", (ends - starts).max(), "streaks:", starts.size)
hourly = np.histogram(arrive, bins=np.arange(0, arrive[-1] + 60, 60))[0]
print("arrivals per 60 time units:", hourly)
print("cv of service %.4f" % (service.std() / service.mean()))
print(np.round(wait[:10], 4))
