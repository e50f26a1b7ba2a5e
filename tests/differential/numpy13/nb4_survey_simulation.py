# Survey answers simulated with multinomial/hypergeometric draws and summarised as tables.
import numpy as np

rs = np.random.RandomState(1001)
options = ["strongly agree", "agree", "neutral", "disagree", "strongly disagree"]
probs = np.array([[0.30, 0.35, 0.15, 0.15, 0.05],
                  [0.10, 0.25, 0.30, 0.25, 0.10],
                  [0.05, 0.10, 0.20, 0.35, 0.30]])
sizes = np.array([120, 200, 80])
table = np.vstack([rs.multinomial(n, p) for n, p in zip(sizes, probs)])
print(table)
print("row totals:", table.sum(axis=1), "column totals:", table.sum(axis=0))
shares = table / table.sum(axis=1, keepdims=True)
print(np.round(shares * 100, 2))

print("chi-square statistic for independence")
expected = np.outer(table.sum(axis=1), table.sum(axis=0)) / table.sum()
chi2 = ((table - expected) ** 2 / expected).sum()
print(np.round(expected, 3))
print("chi2 = %.4f with %d degrees of freedom" % (chi2, (table.shape[0] - 1) * (table.shape[1] - 1)))

print("permutation null distribution")
labels = np.repeat(np.arange(3), sizes)
answers = np.concatenate([np.repeat(np.arange(5), row) for row in table])
null = []
for _ in range(200):
    perm = rs.permutation(answers)
    t = np.zeros((3, 5))
    np.add.at(t, (labels, perm), 1)
    null.append(((t - expected) ** 2 / expected).sum())
null = np.array(null)
print("p-value: %.3f" % np.mean(null >= chi2))

print("quality check: defective forms in batches of 15")
defects = rs.hypergeometric(12, 388, 15, size=12)
print(defects, defects.mean())
big_batches = rs.hypergeometric(12, 388, 150, size=6)
print(big_batches)

print("top answer per group")
for g in range(3):
    print(g, options[int(np.argmax(table[g]))])
