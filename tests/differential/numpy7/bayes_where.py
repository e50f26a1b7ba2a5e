# np.where with scalar and array branches, int/bool dtypes, and a Bayes-filter step.
import numpy as np

hall = np.array([1.0, 0.0, 0.0, 1.0, 0.0, 1.0, 1.0, 0.0])
for z in [0.0, 1.0, 0.5]:
    lik = np.where(hall == z, 0.75, 0.2)
    print(z, lik, lik.dtype)
print(np.where(hall > 0, hall * 2, -hall))
print(np.where(hall > 0, 1, 0), np.where(hall > 0, 1, 0).dtype)
print(np.where(hall > 0, True, False), np.where(hall > 0, True, False).dtype)
print(np.where(hall > 0, np.arange(8), 2.5))
print(np.where(hall > 0, 7, np.arange(8)), np.where(hall > 0, 7, np.arange(8)).dtype)
print(np.where(hall, hall, np.nan))
print(np.where(np.arange(8) % 3, 1.5, -0.0))
print(np.where(hall[::2] > 0, 1.0, 2.0), np.where(hall[::-1] == 1.0, hall[::-1], 9.0))
print(np.where([True, False, True], [1, 2, 3], [4, 5, 6]))
m = np.arange(6).reshape(2, 3)
print(np.where(m > 2, m, 0))
print(np.where(m % 2 == 0, m, np.array([10, 20, 30])))
print(np.where(True, 1.0, 2.0), np.where(np.array([False]), 1, 2))
print(np.where(hall))

belief = np.ones(8) / 8
state = 5
for step in range(6):
    belief = np.roll(belief, 1 + step % 2)
    padded = np.concatenate((belief[-1:], belief, belief[:1]))
    belief = np.convolve(padded, np.array([0.1, 0.8, 0.1]), mode="valid")[:8]
    state = (state * 69069 + 1) % 4294967296
    z = hall[(state >> 8) % 8]
    post = belief * np.where(hall == z, 0.75, 0.2)
    belief = post / np.sum(post)
    print(step, int(np.argmax(belief)), f"{float(np.max(belief)):.12f}", belief.round(6))
