# np.str_ scalars from indexing: repr, str, f-strings, str methods, iteration and tolist.
import numpy as np

a = np.array(["apple", "kiwi", "fig"])
x = a[0]
print(repr(x), str(x), type(x).__name__, isinstance(x, str))
print(f"{x}|{x:>8}|{x!r}")
print(x.upper(), x + "s", len(x), x == "apple", x in {"apple": 1})
print(list(a))
print(a.tolist(), type(a.tolist()[0]).__name__)
for s in a:
    print(s, len(s))
print(a[-1], a[1:], repr(a[::2]))
print(a.item(1), repr(a[1:2].item()))
print(repr(np.str_("hi")), np.str_("hi") == "hi")
print({s: i for i, s in enumerate(a)})
print(sorted(a, key=len))
print(" / ".join(a))
print(max(a), min(a))
