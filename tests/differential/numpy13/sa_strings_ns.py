# np.strings (the NumPy 2 namespace): the same functions as np.char.
import numpy as np

codes = np.array(["ab-01", "cd-22", "EF-3"])
print(repr(np.strings.upper(codes)), repr(np.strings.lower(codes)))
print(np.strings.str_len(codes))
print(np.strings.startswith(codes, "ab"), np.strings.find(codes, "-"))
print(repr(np.strings.replace(codes, "-", "_")))
print(repr(np.strings.zfill(np.array(["5", "50"]), 3)))
print(repr(np.strings.add(codes, "!")))
print(repr(np.strings.ljust(codes, 7, ".")))
