import numpy as np
vocab = np.array(['a', 'and', 'cat', 'dog', 'down', 'end', 'sat', 'the'])
print(np.intersect1d(vocab, ["dog", "emu", "a"]), np.setdiff1d(vocab, ["and", "fox"]), np.union1d(["b", "zz"], vocab[:3]))
print(np.setxor1d(["x", "yyyyy", "a"], vocab[:2]), repr(np.setdiff1d(["q", "longer"], ["q"])), repr(np.intersect1d(["ab"], ["ab", "abcdef"])))
print(repr(np.union1d(np.array(["b", "a"]), np.array(["c", "a", "zzzz"]))), np.intersect1d([3, 1, 2], [2, 3, 5]))
print(np.intersect1d(np.array([["p", "q"], ["r", "p"]]), ["p", "r", "s"]))
