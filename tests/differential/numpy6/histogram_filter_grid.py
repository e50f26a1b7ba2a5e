# Histogram (discrete Bayes) filter over a 2-D grid with shifted-sum convolution.
import numpy as np

np.set_printoptions(precision=3, suppress=True)

world = np.array([
    [1, 0, 0, 1, 0, 0],
    [0, 1, 0, 0, 1, 0],
    [0, 0, 1, 0, 0, 1],
    [1, 0, 0, 0, 1, 0],
    [0, 1, 1, 0, 0, 0],
])
rows, cols = world.shape
belief = np.full(world.shape, 1.0 / world.size)
print("world:")
print(world)
print("prior:")
print(belief)

def sense(belief, z, p_hit=0.7, p_miss=0.2):
    likelihood = np.where(world == z, p_hit, p_miss)
    post = belief * likelihood
    return post / post.sum()

def move(belief, dr, dc):
    kernel = {(0, 0): 0.1, (dr, dc): 0.8, (2 * dr, 2 * dc): 0.1}
    out = np.zeros_like(belief)
    for (r, c), w in kernel.items():
        out += w * np.roll(np.roll(belief, r, axis=0), c, axis=1)
    return out

def blur(belief):
    out = 0.6 * belief
    out += 0.1 * np.roll(belief, 1, axis=0)
    out += 0.1 * np.roll(belief, -1, axis=0)
    out += 0.1 * np.roll(belief, 1, axis=1)
    out += 0.1 * np.roll(belief, -1, axis=1)
    return out

readings = [1, 0, 1, 1, 0]
moves = [(0, 1), (1, 0), (0, 1), (1, 1), (0, -1)]
for i, (z, (dr, dc)) in enumerate(zip(readings, moves)):
    belief = sense(belief, z)
    belief = move(belief, dr, dc)
    if i % 2 == 1:
        belief = blur(belief)
    r, c = np.unravel_index(np.argmax(belief), belief.shape)
    print(f"after step {i}: sum={belief.sum():.6f} best=({r}, {c}) p={belief[r, c]:.4f}")

print("posterior:")
print(belief)
print("row marginals:", belief.sum(axis=1))
print("col marginals:", belief.sum(axis=0))
print("argmax per row:", np.argmax(belief, axis=1))
print("max per col:", belief.max(axis=0))
top = np.argsort(belief.ravel())[::-1][:4]
print("top cells:", [divmod(int(t), cols) for t in top])
print("entropy:", -np.sum(belief * np.log(belief)))
print(repr(belief[1:3, ::2]))
