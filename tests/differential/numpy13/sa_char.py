# np.char basics.
import numpy as np

a = np.array(["  Hello ", "world", "NumPy  "])
print(repr(np.char.upper(a)), repr(np.char.lower(a)))
print(repr(np.char.strip(a)), repr(np.char.lstrip(a)), repr(np.char.rstrip(a)))
print(repr(np.char.add(["a", "b"], ["c", "dd"])))
print(repr(np.char.multiply(np.array(["ab", "c"]), 3)))
print(repr(np.char.center(np.array(["ab", "c"]), 6, "*")), repr(np.char.ljust(np.array(["ab"]), 4)), repr(np.char.rjust(np.array(["ab"]), 4, "-")))
print(repr(np.char.zfill(np.array(["7", "42", "-3"]), 4)))
print(repr(np.char.replace(np.array(["a-b-c", "d-e"]), "-", "+")))
print(np.char.startswith(a, " "), np.char.endswith(np.array(["x.py", "y.txt"]), ".py"))
print(np.char.find(np.array(["banana", "apple"]), "an"), np.char.count(np.array(["banana", "apple"]), "a"))
print(np.char.str_len(a), np.char.capitalize(np.array(["abc", "dEF"])), np.char.title(np.array(["hello world"])))
print(np.char.isdigit(np.array(["12", "1a", ""])), np.char.isalpha(np.array(["ab", "a1"])))
print(np.char.strip(np.array(["xxaxx", "xbx"]), "x"))
