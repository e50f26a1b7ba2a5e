import numpy as np
theta = np.linspace(0, 1, 11)
prior = np.ones_like(theta) / len(theta)
print(theta, prior)
data = [1, 0, 1, 1, 0, 1, 1, 1]
post = prior.copy()
for d in data:
    like = theta if d == 1 else 1 - theta
    post = post * like
    post /= post.sum()
print(post)
print(repr(post))
print(theta[np.argmax(post)], (theta * post).sum(), np.sum(post[theta >= 0.5]))
cdf = np.cumsum(post)
print(cdf)
print(np.searchsorted(cdf, 0.5), np.searchsorted(cdf, [0.025, 0.975]), np.searchsorted(cdf, 0.5, side="right"))
belief = np.array([0.1, 0.2, 0.4, 0.2, 0.1])
kernel = np.array([0.1, 0.8, 0.1])
for step in range(3):
    belief = np.convolve(belief, kernel, mode="same")
    belief = np.roll(belief, 1)
    belief /= belief.sum()
    print(step, belief)
hall = np.array([1, 1, 0, 0, 0, 1, 0, 0, 0, 0])
pos = np.full(10, 0.1)
for z in [1, 0, 0]:
    lik = np.where(hall == z, 0.75, 0.25)
    pos = lik * pos
    pos = pos / np.sum(pos)
    pos = np.roll(pos, 1)
print(pos)
print(np.round(pos, 3), pos.argmax(), f"{pos.max():.5f}")
print(np.correlate(np.array([1.0, 2.0, 3.0]), np.array([0.0, 1.0, 0.5]), mode="full"))
print(np.correlate(np.array([1.0, 2.0, 3.0, 4.0]), np.array([1.0, -1.0])), np.convolve([1, 2, 3], [0, 1], mode="valid"))
print(np.convolve(np.array([1, 2, 3]), np.array([1, 1, 1])), np.convolve([1.0, 2.0], [1.0, 2.0, 3.0, 4.0], "same"))
