# CPython's TypeError messages for bad calls.
def two(a, b):
    pass
def defaults(a, b=1, c=2):
    pass
def kw(*, k):
    pass
def kw2(a, *, k, j):
    pass
class C:
    def m(self, x):
        pass
    def __init__(self, v):
        pass
five, text, nothing, empty = 5, "s", None, []
calls = [
    lambda: two(), lambda: two(1), lambda: two(1, 2, 3), lambda: two(1, b=2, a=3), lambda: two(1, c=3),
    lambda: defaults(), lambda: defaults(1, 2, 3, 4), lambda: kw(), lambda: kw(1), lambda: kw2(1),
    lambda: kw2(), lambda: C(1).m(), lambda: C(1).m(1, 2), lambda: C(), lambda: C(1, 2), lambda: C(1).m(y=1),
    lambda: len(), lambda: len(1, 2), lambda: len(5), lambda: abs("x"), lambda: five(), lambda: text(),
    lambda: nothing(), lambda: empty(1), lambda: two(*[1], **{"a": 2}), lambda: defaults(1, d=4, e=5),
    lambda: isinstance(1), lambda: int("1", 2, 3), lambda: print(sepx=1), lambda: sorted([1], 2),
]
for call in calls:
    try:
        call()
        print("no error")
    except TypeError as e:
        print(e)
