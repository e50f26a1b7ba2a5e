# Discrete Bayes filter: a dog in a hallway with doors, noisy sensor, imperfect motion.
import numpy as np

hallway = np.array([1, 1, 0, 0, 0, 0, 0, 0, 1, 0])
belief = np.full(10, 0.1)


def normalize(p):
    return p / np.sum(p)


def update(likelihood, prior):
    return normalize(likelihood * prior)


def lh_hallway(hall, z, z_prob):
    scale = z_prob / (1.0 - z_prob)
    lh = np.ones(len(hall))
    lh[hall == z] *= scale
    return lh


def predict(pdf, offset, kernel):
    n = len(pdf)
    width = len(kernel)
    prior = np.zeros(n)
    for i in range(n):
        for k in range(width):
            index = (i + (width // 2) - k - offset) % n
            prior[i] += pdf[index] * kernel[k]
    return prior


kernel = np.array([0.1, 0.8, 0.1])
readings = [1, 1, 0, 0, 0, 1, 0]
np.set_printoptions(precision=3)
for step, z in enumerate(readings):
    if step > 0:
        belief = predict(belief, 1, kernel)
    belief = update(lh_hallway(hallway, z, 0.75), belief)
    print(f"step {step} z={z} argmax={np.argmax(belief)} max={belief.max():.4f}")
    print(belief)

print("sum:", belief.sum())
print("sorted positions:", np.argsort(belief)[::-1][:3])
print("rolled:", np.roll(belief, 2))
print("via convolve:", np.convolve(np.array([0.0, 1.0, 0.0, 0.0]), kernel, mode="same"))
print(repr(belief.round(2)))
np.set_printoptions(precision=8)
print(belief[:3])
