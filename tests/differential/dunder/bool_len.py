# __bool__ and __len__ drive truthiness.
class WithBool:
    def __init__(self, b):
        self.b = b
    def __bool__(self):
        print("  __bool__ called")
        return self.b
class WithLen:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print("  __len__ called")
        return self.n
class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
class Neither:
    pass
print(bool(WithBool(True)), bool(WithBool(False)))
print(bool(WithLen(3)), bool(WithLen(0)), len(WithLen(7)))
print(bool(Both()), len(Both()), bool(Neither()))
if WithLen(0):
    print("not printed")
else:
    print("empty is falsy")
print(not WithBool(False), WithBool(True) and "and-result", WithLen(0) or "or-result")
x = WithBool(False)
print("ternary:", "yes" if x else "no")
while WithLen(0):
    pass
print([v for v in [WithLen(1), WithLen(0)] if v].__len__())
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError", e)
class NegLen:
    def __len__(self):
        return -1
try:
    len(NegLen())
except ValueError as e:
    print("ValueError", e)
try:
    bool(NegLen())
except ValueError as e:
    print("ValueError", e)
class FloatLen:
    def __len__(self):
        return 2.0
try:
    len(FloatLen())
except TypeError as e:
    print("TypeError", e)
class BigLen:
    def __len__(self):
        return True
print(len(BigLen()))
print(any([WithLen(0), WithBool(True)]), all([WithLen(2), WithBool(False)]))
