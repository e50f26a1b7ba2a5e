# A single-server queue with gamma service times, simulated with a Generator and with RandomState.
import numpy as np

def simulate(draw_arrival, draw_service, n):
    inter = draw_arrival(n)
    service = draw_service(n)
    arrive = np.cumsum(inter)
    start = np.zeros(n)
    finish = np.zeros(n)
    for i in range(n):
        start[i] = arrive[i] if i == 0 else max(arrive[i], finish[i - 1])
        finish[i] = start[i] + service[i]
    wait = start - arrive
    return wait, finish[-1]

rng = np.random.default_rng(55)
wait, end = simulate(lambda n: rng.exponential(1.0, n), lambda n: rng.gamma(2.0, 0.4, n), 400)
print("generator: mean wait %.5f, max wait %.5f, end %.4f" % (wait.mean(), wait.max(), end))
print("share waiting more than 1: %.4f" % np.mean(wait > 1.0))

rs = np.random.RandomState(55)
wait2, end2 = simulate(lambda n: rs.exponential(1.0, n), lambda n: rs.gamma(2.0, 0.4, n), 400)
print("randomstate: mean wait %.5f, max wait %.5f, end %.4f" % (wait2.mean(), wait2.max(), end2))

print("service time distributions with the same mean")
for name, draw in [("exponential", lambda: rng.exponential(0.8, 2000)),
                   ("gamma k=4", lambda: rng.gamma(4.0, 0.2, 2000)),
                   ("triangular", lambda: rng.triangular(0.2, 0.8, 1.4, 2000)),
                   ("uniform", lambda: rng.uniform(0.3, 1.3, 2000))]:
    s = draw()
    print("%-12s mean %.4f sd %.4f" % (name, s.mean(), s.std()))

print("utilisation sweep")
for lam in (0.5, 0.8, 0.95):
    w, _ = simulate(lambda n: rng.exponential(1 / lam, n), lambda n: rng.gamma(2.0, 0.5, n), 300)
    print("lambda %.2f: mean wait %.4f" % (lam, w.mean()))

print("batch arrivals with geometric sizes")
sizes = rng.geometric(0.4, 10)
print(sizes, sizes.sum())
print("poisson counts per minute:", rng.poisson(2.5, 10))
