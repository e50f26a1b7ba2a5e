# __index__, __int__, __float__, __round__, __trunc__, __abs__ conversions.
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
lst = list(range(10))
print(lst[Idx(3)], lst[Idx(-1)], lst[Idx(2):Idx(5)], "hello"[Idx(1)], bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print(range(Idx(4)), [0] * Idx(3), "ab" * Idx(2), int(Idx(7)))
print(list(range(Idx(1), Idx(10), Idx(3))), [1, 2, 3, 4][Idx(1):Idx(-1)], divmod(7, 2))
class Num:
    def __int__(self):
        return 42
    def __float__(self):
        return 2.5
    def __round__(self, nd=None):
        return f"rounded({nd})"
    def __trunc__(self):
        return 7
n = Num()
print(int(n), float(n), round(n), round(n, 2))
try:
    [1, 2][n]
except TypeError as e:
    print("TypeError", e)
class OnlyFloat:
    def __float__(self):
        return 1.25
print(float(OnlyFloat()))
try:
    int(OnlyFloat())
except TypeError as e:
    print("TypeError", e)
class BadInt:
    def __int__(self):
        return "no"
try:
    int(BadInt())
except TypeError as e:
    print("TypeError", e)
class BadFloat:
    def __float__(self):
        return 1
try:
    float(BadFloat())
except TypeError as e:
    print("TypeError", e)
class IntSub(int):
    pass
print(int(IntSub(5)), type(int(IntSub(5))).__name__, [1, 2, 3][IntSub(1)], float(IntSub(2)))
class Abs:
    def __abs__(self):
        return "absolute"
print(abs(Abs()))
