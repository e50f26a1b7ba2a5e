# Numerical integration with np.trapezoid, cumulative areas and uneven spacing.
import numpy as np

x = np.linspace(0.0, np.pi, 9)
y = np.sin(x)
area = np.trapezoid(y, x)
print("sin on [0, pi]: %.10f" % area)
print("with dx:", np.trapezoid(y, dx=x[1] - x[0]))
print("unit spacing:", np.trapezoid([1.0, 2.0, 3.0, 4.0]))
print("integers:", np.trapezoid([1, 4, 9, 16]))

print("uneven sample times")
t = np.array([0.0, 0.5, 1.5, 2.0, 4.0, 5.0])
speed = np.array([0.0, 2.0, 3.5, 3.0, 1.0, 0.0])
print("distance:", np.trapezoid(speed, t))
seg = 0.5 * (speed[1:] + speed[:-1]) * np.diff(t)
print("segments:", seg)
print("cumulative:", np.concatenate([[0.0], np.cumsum(seg)]))

print("2-D along each axis")
xs = np.linspace(0, 1, 5)
ys = np.linspace(0, 2, 3)
Z = np.outer(ys, xs ** 2)
print(Z)
print(np.trapezoid(Z, xs, axis=1))
print(np.trapezoid(Z, ys, axis=0))
print(np.trapezoid(np.trapezoid(Z, xs, axis=1), ys))
print(np.trapezoid(Z, axis=-1))

print("convergence with more points")
for n in (3, 5, 9, 17, 33):
    xx = np.linspace(0, 1, n)
    approx = np.trapezoid(np.exp(xx), xx)
    print(n, "%.12f" % approx, "%.3e" % abs(approx - (np.e - 1)))

print("probability mass of a density")
grid = np.linspace(-4, 4, 81)
pdf = np.exp(-grid ** 2 / 2) / np.sqrt(2 * np.pi)
print(round(float(np.trapezoid(pdf, grid)), 10))
inside = np.abs(grid) <= 1
print(round(float(np.trapezoid(pdf[inside], grid[inside])), 10))
