import numpy as np
rng = np.random.default_rng(1)
x = rng.normal(size=57)
xi = rng.integers(0, 20, 33)
for b in ["auto", "fd", "doane", "scott", "rice", "sturges", "sqrt"]:
    print(b, np.histogram(x, bins=b)[0], np.histogram_bin_edges(xi, bins=b))
    print(np.histogram(x, bins=b, range=(-1, 1.5)))
print(np.histogram(np.ones(5), bins="auto"), np.histogram(np.array([]), bins="fd"))
try:
    np.histogram(x, bins="nope")
except ValueError as e:
    print(e)
try:
    np.histogram(x, bins="auto", weights=x)
except TypeError as e:
    print(e)
