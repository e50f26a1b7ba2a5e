# What pyjs supports around object arrays: str arrays are not object arrays.
import numpy as np

a = np.array(["a", "bb"])
print(a.dtype != object, a.dtype.kind)
print(np.array([1, 2]).astype(str).dtype)
print(type(a[0]) is np.str_, isinstance(a[0], np.generic))
