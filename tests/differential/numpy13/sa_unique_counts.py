# np.unique over names: sorted values, return_index / return_inverse / return_counts.
import numpy as np

names = np.array(["bob", "alice", "carol", "bob", "alice", "bob", "dave"])
print(np.unique(names))
u, c = np.unique(names, return_counts=True)
print(repr(u), repr(c))
for name, n in zip(u, c):
    print(f"{name}: {n}")
u, i, inv = np.unique(names, return_index=True, return_inverse=True)
print(u, i, inv)
print(u[inv])
print(np.unique(["b", "a", "b"]))
g = np.array([["x", "y"], ["y", "z"]])
print(np.unique(g))
print(dict(zip(*np.unique(names, return_counts=True))))
