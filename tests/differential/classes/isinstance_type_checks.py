# isinstance/issubclass with tuples, type(x).__name__, and builtin type relationships.
values = [1, 1.5, True, "s", None, [1], (1,), {1: 2}, {1}, frozenset(), range(1), 2 ** 70, b"x", len, object()]
for v in values:
    print(type(v).__name__, isinstance(v, int), isinstance(v, (list, tuple)), isinstance(v, (float, (str, dict))), isinstance(v, object))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, (str, object)), issubclass(KeyError, LookupError))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(StopIteration, Exception), issubclass(KeyboardInterrupt, Exception))
print(isinstance(None, type(None)), type(None).__name__, isinstance(int, type), isinstance(type, object), isinstance(object, type))
for bad in [lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: isinstance(1, (int, 1)), lambda: issubclass(int, [int])]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
print(isinstance(1, (str, (float, (int,)))), isinstance("x", ()), type(1) == int, type(True) == int, type(True) is bool)
class A: pass
class B(A): pass
print(type(B()).__name__, type(B()) is A, isinstance(B(), A), B().__class__.__name__, type(B).__name__)
print(int.__name__, list.__name__, type(print).__name__, NotImplemented.__class__.__name__, type(...).__name__)
print([t.__name__ for t in (int, float, str, bool, list, tuple, dict, set, frozenset, type, object, range, slice)])
print(isinstance(3, float), isinstance(3.0, int), isinstance(3, complex))
class Meta(type):
    pass
class WithMeta(metaclass=Meta):
    pass
print(isinstance(WithMeta, Meta), isinstance(WithMeta, type), type(WithMeta).__name__, issubclass(Meta, type))
print(isinstance(WithMeta(), WithMeta), isinstance(WithMeta(), Meta), issubclass(WithMeta, object))
def kind(v):
    if isinstance(v, bool):
        return "bool"
    if isinstance(v, (int, float)):
        return "number"
    if isinstance(v, (str, bytes)):
        return "text"
    if isinstance(v, (list, tuple, set, frozenset, dict)):
        return "container"
    return "other"
print([kind(v) for v in [True, 1, 2.5, "s", b"b", [], (), {1}, {}, None, kind]])
