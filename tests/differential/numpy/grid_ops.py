import numpy as np
g = np.zeros((5, 5))
g[1:4, 1:4] = 1
g[2, 2] = 5
print(g)
print(g.sum(axis=0), g[1:-1, 1:-1].mean())
nb = g[:-2, 1:-1] + g[2:, 1:-1] + g[1:-1, :-2] + g[1:-1, 2:]
print(nb)
print(np.argwhere(g == 5), divmod(int(np.argmax(g)), 5))
