# Discrete Bayes filter on a circular hallway: predict with np.roll / convolve, update with likelihoods.
import numpy as np

hallway = np.array([1, 1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0])
n = len(hallway)
belief = np.full(n, 1.0 / n)
kernel = np.array([0.1, 0.8, 0.1])


def predict(belief, move, kernel):
    shifted = np.roll(belief, move)
    out = np.zeros_like(shifted)
    half = len(kernel) // 2
    for i, w in enumerate(kernel):
        out += w * np.roll(shifted, i - half)
    return out


def predict_conv(belief, move, kernel):
    shifted = np.roll(belief, move)
    padded = np.concatenate([shifted[-1:], shifted, shifted[:1]])
    return np.convolve(padded, kernel[::-1], mode="valid")


def update(belief, z, p_hit=0.75):
    like = np.where(hallway == z, p_hit, 1 - p_hit)
    post = like * belief
    return post / post.sum()


readings = [1, 1, 0, 0, 0, 1, 0, 0, 0, 1, 1, 0]
np.set_printoptions(precision=4, linewidth=100)
for step, z in enumerate(readings):
    b1 = predict(belief, 1, kernel)
    b2 = predict_conv(belief, 1, kernel)
    assert np.allclose(b1, b2)
    belief = update(b1, z)
    top = np.argsort(-belief, kind="stable")[:3]
    print(f"step {step:2d} z={z} argmax={belief.argmax():2d} p={belief.max():.4f} top3={top.tolist()}")
print(belief)
print("entropy: %.5f" % -(belief * np.log(belief)).sum())
print("cumulative:", np.round(np.cumsum(belief), 3))
print("mass >= 0.05:", np.nonzero(belief >= 0.05)[0])
print("sum:", belief.sum())
ent = []
b = np.full(n, 1.0 / n)
for z in readings * 2:
    b = update(predict(b, 1, kernel), z, 0.6)
    ent.append(-(b * np.log(b)).sum())
ent = np.array(ent)
print(np.round(ent, 3))
print("diff sign:", np.sign(np.diff(ent)).astype(int))
print("min entropy at", ent.argmin(), "value", round(ent.min(), 5))
big = np.roll(np.arange(12).reshape(3, 4), 1, axis=1)
print(big)
print(np.roll(np.arange(12).reshape(3, 4), -5))
print(np.roll(np.arange(12).reshape(3, 4), (1, 2), axis=(0, 1)))
print(np.convolve([1, 2, 3], [0, 1, 0.5]))
print(np.convolve([1, 2, 3, 4, 5], [1, 1, 1], "same"))
print(np.convolve(np.arange(6), np.ones(3) / 3, mode="valid"))
