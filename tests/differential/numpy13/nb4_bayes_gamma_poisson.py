# Gamma-Poisson conjugate updates for call-centre arrivals, with posterior sampling.
import numpy as np

rs = np.random.RandomState(404)
true_rates = np.array([3.0, 7.5, 12.0])
hours = 24
arrivals = rs.poisson(true_rates[:, None], size=(3, hours))
print(arrivals[:, :8])
print("totals:", arrivals.sum(axis=1))

alpha0, beta0 = 2.0, 0.5
alpha = alpha0 + arrivals.sum(axis=1)
beta = beta0 + hours
print("posterior alpha:", alpha, "beta:", beta)
print("posterior means:", np.round(alpha / beta, 5))

draws = rs.gamma(alpha[:, None], 1.0 / beta, size=(3, 2000))
print("draw shape:", draws.shape)
print(np.round(draws[:, :3], 5))
lo, hi = np.percentile(draws, [5, 95], axis=1)
for i in range(3):
    print("queue %d: 90%% interval [%.4f, %.4f]" % (i, lo[i], hi[i]))

print("posterior predictive for the next hour")
pred = rs.poisson(draws[:, :10])
print(pred)

print("probability queue 2 is busier than queue 1: %.4f" % np.mean(draws[2] > draws[1]))

print("negative binomial is the marginal")
nb = rs.negative_binomial(alpha[0], beta / (beta + 1.0), size=10)
print(nb)

print("sequential updating hour by hour")
a, b = alpha0, beta0
means = []
for h in range(6):
    a += arrivals[1, h]
    b += 1
    means.append(a / b)
print(np.round(means, 4))
