# `from collections.abc import ...` binds the ABCs themselves.
from collections.abc import Mapping, Sequence, Iterable

class Pair(Sequence):
    def __init__(self, a, b):
        self.items = (a, b)
    def __getitem__(self, i):
        return self.items[i]
    def __len__(self):
        return 2

p = Pair(1, 2)
print(list(p), p.index(2), Mapping.__name__, Iterable.__name__, issubclass(Pair, Sequence))
