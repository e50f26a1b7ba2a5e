import numpy as np
data = np.array([[64.0, 580.0, 29.0], [66.0, 570.0, 33.0], [68.0, 590.0, 37.0], [69.0, 660.0, 46.0], [73.0, 600.0, 55.0]])
mu = data.mean(axis=0)
sd = data.std(axis=0, ddof=1)
z = (data - mu) / sd
print(mu, sd)
print(z)
cov = (z.T @ z) / (len(data) - 1)
print(cov)
print(np.round(cov, 4))
