# pass, Ellipsis bodies, docstring-only bodies and empty constructs.
def nothing():
    pass
def stub():
    ...
def doc_only():
    """Just a docstring."""
class Empty:
    pass
class EllipsisClass:
    ...
print(nothing(), stub(), doc_only(), Empty.__name__, EllipsisClass.__name__)
for _ in range(3):
    pass
while False:
    pass
if True:
    pass
else:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
print(..., Ellipsis, ... is Ellipsis, type(...).__name__, repr(...), str(Ellipsis), bool(...))
x = [1, ..., 3]
print(x, x[1] is ..., x.count(...))
def placeholder(a, b=...):
    return "b omitted" if b is ... else f"b={b}"
print(placeholder(1), placeholder(1, 2), placeholder(1, None))
if 0:
    never_defined_function()
print("unreached code does not execute")
def returns_implicitly(flag):
    if flag:
        return "explicit"
print(returns_implicitly(True), returns_implicitly(False))
def bare_return():
    return
print(bare_return())
