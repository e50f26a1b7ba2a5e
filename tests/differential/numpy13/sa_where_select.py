# np.where with str choices, np.select with str choice lists, and mixing str with numbers.
import numpy as np

x = np.array([3, -1, 0, 7, -5])
print(np.where(x > 0, "pos", "non-pos"))
print(repr(np.where(x > 0, "yes", "no")))
lab = np.array(["a", "b", "c", "d", "e"])
print(repr(np.where(x > 0, lab, "-")))
print(np.where(x == 0, "zero", lab))
conds = [x < 0, x == 0, x > 5]
print(repr(np.select(conds, ["neg", "zero", "big"], default="other")))
print(np.select([x < 0], ["negative"], default="ok"))
try:
    np.where(x > 0, "yes", 1)
except TypeError as e:
    print(type(e).__name__, e)
