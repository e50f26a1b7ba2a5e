import numpy as np
rng = np.random.default_rng(7)
x = rng.random(100003)
print(repr(x.sum()), repr(np.sum(x)), repr(x.mean()))
print(repr(x[:1000].sum()), repr(x[::3].sum()), repr(x.reshape(-1, 1).sum()))
print(repr(np.sum(x * x)), repr(x.std()), repr(x.var()))
print(repr(x[:17].sum()), repr(x[:129].sum()))
