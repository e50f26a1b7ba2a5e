# Discrete Bayes filter on a circular hallway (predict with a kernel, update with likelihood).
import numpy as np

hallway = np.array([1, 1, 0, 0, 0, 0, 0, 0, 1, 0])
prior = np.ones(10) / 10

def update(likelihood, prior):
    post = likelihood * prior
    return post / post.sum()

def lh_hallway(hall, z, z_prob):
    scale = z_prob / (1.0 - z_prob)
    lh = np.ones(len(hall))
    lh[hall == z] *= scale
    return lh

def predict(pdf, offset, kernel):
    n = len(pdf)
    m = len(kernel)
    width = (m - 1) // 2
    out = np.zeros(n)
    for i in range(n):
        for k in range(m):
            index = (i + (width - k) - offset) % n
            out[i] += pdf[index] * kernel[k]
    return out

kernel = np.array([0.1, 0.8, 0.1])
measurements = [1, 0, 1, 0, 0, 1]
belief = prior.copy()
for step, z in enumerate(measurements):
    belief = predict(belief, 1, kernel)
    belief = update(lh_hallway(hallway, z, 0.75), belief)
    print(step, np.round(belief, 4), belief.argmax())

print(belief)
print(repr(belief))
print("sum", belief.sum(), "max", belief.max())
print("entropy", -np.sum(belief * np.log(belief)))
np.set_printoptions(precision=3)
print(np.roll(belief, 2))
print(np.convolve(belief, kernel, mode="same"))
print(np.convolve(belief, kernel, mode="valid"))
np.set_printoptions(precision=8)
ranks = np.argsort(belief)[::-1]
print(ranks[:3], belief[ranks[:3]])
cum = np.cumsum(np.sort(belief)[::-1])
print(cum)
print("90% mass in", np.searchsorted(cum, 0.9) + 1, "cells")
grid = np.outer(belief, belief)
print(grid.shape, np.round(grid.trace(), 6), np.allclose(grid, grid.T))
