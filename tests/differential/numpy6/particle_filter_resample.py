# Particle filter with seeded legacy RNG and systematic resampling via cumsum + searchsorted.
import numpy as np

np.random.seed(42)
N = 200
landmarks = np.array([[2.0, 3.0], [8.0, 1.0], [5.0, 9.0]])
particles = np.random.uniform(0, 10, size=(N, 2))
weights = np.ones(N) / N
true_pos = np.array([3.0, 4.0])
print("first particles:")
print(particles[:4])

def systematic_resample(weights):
    n = len(weights)
    positions = (np.random.random() + np.arange(n)) / n
    cumulative = np.cumsum(weights)
    cumulative[-1] = 1.0
    return np.searchsorted(cumulative, positions)

def neff(w):
    return 1.0 / np.sum(w ** 2)

for step in range(6):
    true_pos = true_pos + np.array([0.5, 0.3])
    particles += np.array([0.5, 0.3]) + np.random.randn(N, 2) * 0.2
    dists_true = np.linalg.norm(landmarks - true_pos, axis=1)
    z = dists_true + np.random.randn(3) * 0.1
    for i, lm in enumerate(landmarks):
        d = np.sqrt(((particles - lm) ** 2).sum(axis=1))
        weights *= np.exp(-((d - z[i]) ** 2) / (2 * 0.5 ** 2))
    weights += 1e-300
    weights /= weights.sum()
    est = np.average(particles, weights=weights, axis=0)
    ne = neff(weights)
    print(f"step {step}: est=({est[0]:.3f}, {est[1]:.3f}) true=({true_pos[0]:.2f}, {true_pos[1]:.2f}) neff={ne:.1f}")
    if ne < N / 2:
        idx = systematic_resample(weights)
        particles = particles[idx]
        weights = np.full(N, 1.0 / N)
        u, c = np.unique(idx, return_counts=True)
        print(f"  resampled: {len(u)} unique, most copies {c.max()} of particle {u[np.argmax(c)]}")

print("weights stats:", weights.min(), weights.max())
print("particle mean:", particles.mean(axis=0))
print("particle std:", particles.std(axis=0))
print("cov:")
print(np.cov(particles.T) if hasattr(np, "cov") else None)
