import numpy as np
belief = np.ones(10) / 10
hallway = np.array([1, 1, 0, 0, 0, 0, 0, 0, 1, 0])
def update(likelihood, prior):
    posterior = likelihood * prior
    return posterior / posterior.sum()
def predict(pdf, offset, kernel):
    n = len(pdf)
    out = np.zeros(n)
    width = len(kernel)
    for i in range(n):
        for k in range(width):
            index = (i + (width // 2) - k - offset) % n
            out[i] += pdf[index] * kernel[k]
    return out
def lh_hallway(hall, z, z_prob):
    scale = z_prob / (1.0 - z_prob)
    likelihood = np.ones(len(hall))
    likelihood[hall == z] *= scale
    return likelihood
for z in [1, 0, 0, 1]:
    belief = update(lh_hallway(hallway, z, 0.75), belief)
    belief = predict(belief, 1, [0.1, 0.8, 0.1])
print(belief)
print(np.argmax(belief), belief.max(), round(belief.sum(), 12))
