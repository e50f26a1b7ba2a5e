# Operator dunders of builtin containers called explicitly, also through the class and on subclasses.
tests = [
    lambda: [1].__add__([2]), lambda: (1,).__add__((2,)), lambda: [1].__mul__(3), lambda: [1, 2].__rmul__(2), lambda: (0,).__mul__(-1),
    lambda: {1: 2}.__or__({3: 4}), lambda: {1: 2}.__or__([1]), lambda: {1: 2}.__ror__({1: 5, 9: 9}), lambda: {1}.__or__({2}),
    lambda: {1, 2}.__and__(frozenset({2})), lambda: {1, 2}.__sub__({1}), lambda: {1}.__xor__({2}), lambda: {1}.__rsub__({1, 2}),
    lambda: frozenset({1}).__or__({2}), lambda: {1}.__or__([1]), lambda: [1].__eq__([1]), lambda: [1].__eq__((1,)), lambda: (1, 2).__lt__((1, 3)),
    lambda: [1].__lt__((1,)), lambda: {1: 2}.__eq__({1: 2}), lambda: {1: 2}.__lt__({}), lambda: {1}.__le__({1, 2}), lambda: {1}.__gt__(frozenset()),
    lambda: [1].__ne__([2]), lambda: list.__add__([1], [2]), lambda: tuple.__mul__((1, 2), 2), lambda: set.__or__({1}, {2}), lambda: dict.__or__({}, {1: 1}),
    lambda: [1].__add__((1,)), lambda: (1,).__add__([1]), lambda: [1].__mul__("a"), lambda: [1].__mul__(2.0), lambda: list.__add__((1,), [2]),
]
for i, t in enumerate(tests):
    try:
        print(i, repr(t()))
    except TypeError as e:
        print(i, "TypeError:", e)
a = [1, 2]
r = a.__iadd__("xy")
print(r is a, a, a.__imul__(2) is a, a, a.__imul__(0), a)
s = {1, 2}
print(s.__ior__({3}) is s, s, s.__iand__({2, 3, 4}), s.__isub__({9}), s.__ixor__({5}), s, s.__ior__([1]))
d = {"a": 1}
print(d.__ior__([("b", 2)]) is d, d, d.__ior__({"a": 0}), d)


class MyList(list):
    def __add__(self, other):
        return MyList(list.__add__(self, other) + ["!"])


class MySet(set):
    pass


class MyDict(dict):
    def __or__(self, other):
        return "custom or"


ml = MyList([1])
print(ml + [2], type(ml + [2]).__name__, [0] + ml, type([0] + ml).__name__, ml * 2, type(ml * 2).__name__)
ms = MySet({1})
print(ms | {2}, type(ms | {2}).__name__, {0} | ms, ms & {1}, ms - {1}, ms ^ {3}, ms == {1}, ms <= {1, 2}, ms.__or__({5}))
md = MyDict(a=1)
print(md | {"b": 2}, {"z": 0} | md, dict.__or__(md, {"c": 3}))
ms |= {7}
print(sorted(ms), type(ms).__name__)
ml2 = MyList([1])
ml2 += [5]
print(ml2, type(ml2).__name__)
print([1, 2] == MyList([1, 2]), MyList([1]) < [2], sorted([MySet({1}), {1, 2}], key=len), {1: 2} == MyDict({1: 2}))
print(list.__eq__([1], MyList([1])), set.__eq__(ms, set(ms)), tuple.__lt__((1,), (2,)), list.__lt__([], [0]), dict.__eq__({}, MyDict()))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), [*map(list.__len__, [[1], [], [1, 2]])], list(map(set.__or__, [{1}], [{2}])))
from functools import reduce
import operator
print(reduce(list.__add__, [[1], [2], [3]]), reduce(set.__or__, [{1}, {2}, {1, 3}]), reduce(operator.or_, [{1: 1}, {2: 2}]), reduce(tuple.__add__, [(1,), (2,)]))
