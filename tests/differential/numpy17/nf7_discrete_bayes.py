# Discrete Bayes filter on a circular corridor: predict with a kernel, update with likelihoods.
import numpy as np

hallway = np.array([1, 1, 0, 0, 0, 0, 0, 0, 1, 0])
prior = np.ones(10) / 10


def likelihood(hall, z, z_prob):
    scale = z_prob / (1.0 - z_prob)
    lk = np.ones(len(hall))
    lk[hall == z] *= scale
    return lk


def update(lk, prior):
    post = prior * lk
    return post / np.sum(post)


def predict(pdf, offset, kernel):
    n = len(pdf)
    width = len(kernel)
    out = np.zeros(n)
    half = width // 2
    for i in range(n):
        for k in range(width):
            idx = (i + (half - k) - offset) % n
            out[i] += pdf[idx] * kernel[k]
    return out


kernel = np.array([0.1, 0.8, 0.1])
belief = prior.copy()
measurements = [1, 0, 1, 0, 0, 1, 1, 0]
np.set_printoptions(precision=5)
for step, z in enumerate(measurements):
    belief = predict(belief, 1, kernel)
    belief = update(likelihood(hallway, z, 0.75), belief)
    print(step, z, belief, np.argmax(belief), round(float(belief.max()), 6))

rolled = np.roll(belief, 1)
conv = np.convolve(np.concatenate([belief[-1:], belief, belief[:1]]), kernel[::-1], mode="valid")
print(np.allclose(predict(belief, 0, kernel), conv))
print(repr(rolled))
ent = -np.sum(belief * np.log(belief))
print("entropy", round(float(ent), 10))
print("cum", np.cumsum(belief))
print("top3", np.argsort(belief)[::-1][:3], np.sort(belief)[-3:])
np.set_printoptions(precision=8)
post = np.ones(10) / 10
for z in [1, 1, 0]:
    post = update(likelihood(hallway, z, 0.9), post)
print(repr(post))
print(post.sum(), np.isclose(post.sum(), 1.0))
var = np.sum(post * (np.arange(10) - np.sum(post * np.arange(10))) ** 2)
print(repr(var))
