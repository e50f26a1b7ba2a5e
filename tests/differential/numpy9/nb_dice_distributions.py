# Exact dice distributions via np.add.outer and convolution, checked against simulation.
import numpy as np

die = np.full(6, 1 / 6)
two = np.convolve(die, die)
print("2d6 probabilities:", np.round(two, 4))
print("sum:", two.sum(), "mode total:", two.argmax() + 2)
table = np.add.outer(np.arange(1, 7), np.arange(1, 7))
print(table)
counts = np.bincount(table.ravel())[2:]
print("counts:", counts, counts.sum())
print("matches:", np.allclose(counts / 36, two))
three = np.convolve(two, die)
print("3d6 P(10 or 11):", round(three[10 - 3] + three[11 - 3], 6))
cdf = np.cumsum(three)
print("3d6 median total:", np.searchsorted(cdf, 0.5) + 3)
print("P(total >= 15):", round(1 - cdf[15 - 3 - 1], 6))
mean = np.sum(np.arange(3, 19) * three)
var = np.sum((np.arange(3, 19) - mean) ** 2 * three)
print(f"mean {mean:.4f} var {var:.4f}")
rng = np.random.default_rng(6)
rolls = rng.integers(1, 7, size=(20000, 3)).sum(axis=1)
emp = np.bincount(rolls, minlength=19)[3:] / rolls.size
print("max abs error:", np.round(np.abs(emp - three).max(), 4))
print("chi-square-ish:", np.round(np.sum((emp - three) ** 2 / three) * rolls.size, 3))
adv = np.maximum.outer(np.arange(1, 21), np.arange(1, 21))
p_adv = np.bincount(adv.ravel(), minlength=21)[1:] / 400
print("advantage d20 P(>=15):", p_adv[14:].sum(), "mean:", np.sum(np.arange(1, 21) * p_adv))
dis = np.minimum.outer(np.arange(1, 21), np.arange(1, 21))
print("disadvantage mean:", np.bincount(dis.ravel())[1:] @ np.arange(1, 21) / 400)
print(np.subtract.outer(np.arange(3), np.arange(4)))
print(np.multiply.outer([1, 2], [3, 4, 5]))
