# Circular statistics on von Mises wind directions.
import numpy as np

np.random.seed(11)
mu = np.deg2rad(45.0)
kappas = [0.5, 2.0, 8.0]
for k in kappas:
    theta = np.random.vonmises(mu, k, 400)
    C, S = np.cos(theta).mean(), np.sin(theta).mean()
    R = np.hypot(C, S)
    mean_dir = np.rad2deg(np.arctan2(S, C))
    print("kappa %4.1f: mean direction %7.3f deg, resultant length %.4f" % (k, mean_dir, R))

print("draws wrap into [-pi, pi]")
th = np.random.vonmises(3.0, 1.0, 10)
print(np.round(th, 6))
print(bool(np.all(np.abs(th) <= np.pi)))

print("tiny kappa is uniform on the circle")
print(np.round(np.random.vonmises(0.0, 1e-9, 4), 6))
print("array mu and kappa")
print(np.round(np.random.vonmises([0.0, np.pi / 2, -np.pi / 2], [1.0, 5.0, 50.0]), 6))

print("wind rose with 8 sectors")
theta = np.random.vonmises(np.deg2rad(200.0), 1.5, 800)
deg = np.mod(np.rad2deg(theta), 360.0)
sector = np.floor_divide(deg + 22.5, 45.0).astype(int) % 8
names = ["N", "NE", "E", "SE", "S", "SW", "W", "NW"]
counts = np.bincount(sector, minlength=8)
for nm, c in zip(names, counts):
    print("%-2s %4d %s" % (nm, c, "*" * (c // 20)))

print("Generator version")
rng = np.random.default_rng(4)
print(np.round(rng.vonmises(1.0, 4.0, size=5), 6))
try:
    np.random.vonmises(0.0, -1.0)
except ValueError as e:
    print("ValueError:", e)
