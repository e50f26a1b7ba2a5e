import numpy as np
vocab = np.array(['a', 'and', 'cat', 'dog', 'down', 'end', 'sat', 'the'])
print(np.searchsorted(vocab, ["cow", "the"]), np.searchsorted(vocab, ["zzz", "b", "sat"], side="right"), np.searchsorted(vocab, "dot"))
print(np.isin(vocab, ["cat", "dog", "bee", "zebra"]), np.isin(["sat", "sax", "a"], vocab))
print(np.lexsort((np.array(["q", "p", "q"]), ["m", "n", "aa"])), np.array_equal(vocab[:2], ["a", "and"]), np.array_equal(["x"], ["y"]))
print(np.in1d(["cat", "cap"], vocab) if hasattr(np, "in1d") and False else np.isin(["cat", "cap", "zz"], vocab))
