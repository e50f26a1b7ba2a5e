# Reliability analysis: Weibull lifetimes, empirical survival curves and hazard estimates.
import numpy as np

np.random.seed(17)
shape_k, scale_lam = 1.8, 1000.0
life = scale_lam * np.random.weibull(shape_k, 300)
print("first lifetimes:", np.round(life[:5], 3))
print("mean %.3f median %.3f" % (life.mean(), np.median(life)))

t = np.array([100.0, 250.0, 500.0, 1000.0, 1500.0, 2000.0])
emp = np.array([(life > ti).mean() for ti in t])
theory = np.exp(-(t / scale_lam) ** shape_k)
print("time  empirical  theoretical")
for ti, e, th in zip(t, emp, theory):
    print("%6.0f %9.4f %12.4f" % (ti, e, th))

print("Weibull plot regression estimates the shape")
srt = np.sort(life)
n = len(srt)
F = (np.arange(1, n + 1) - 0.3) / (n + 0.4)
xx = np.log(srt)
yy = np.log(-np.log(1 - F))
slope, intercept = np.polyfit(xx, yy, 1)
print("shape estimate %.4f, scale estimate %.3f" % (slope, np.exp(-intercept / slope)))

print("mixed fleet with broadcasting shapes")
shapes = np.array([0.8, 1.0, 3.0])
fleet = 500.0 * np.random.weibull(shapes, size=(4, 3))
print(np.round(fleet, 3))
print("column means:", np.round(fleet.mean(axis=0), 3))

print("exponential and gamma repair times")
repair = np.random.exponential(8.0, size=6)
overhaul = np.random.gamma(4.0, 6.0, size=6)
print(np.round(repair, 4))
print(np.round(overhaul, 4))
print("availability %.4f" % (life.mean() / (life.mean() + repair.mean())))

print("hazard rate per interval")
edges = np.array([0, 250, 500, 750, 1000, 1500, 3000])
deaths, _ = np.histogram(life, bins=edges)
at_risk = np.array([(life >= lo).sum() for lo in edges[:-1]])
print(deaths, at_risk)
print(np.round(deaths / at_risk / np.diff(edges) * 1000, 4))
