# In-place operators: __iadd__ and friends, and the fallback to the binary operator.
class Acc:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Acc({self.v})"
    def __iadd__(self, o):
        self.v += o
        return self
    def __isub__(self, o):
        self.v -= o
        return self
    def __imul__(self, o):
        return Acc(self.v * o)
    def __itruediv__(self, o): self.v /= o; return self
    def __ifloordiv__(self, o): self.v //= o; return self
    def __imod__(self, o): self.v %= o; return self
    def __ipow__(self, o): self.v **= o; return self
    def __iand__(self, o): self.v &= o; return self
    def __ior__(self, o): self.v |= o; return self
    def __ixor__(self, o): self.v ^= o; return self
    def __ilshift__(self, o): self.v <<= o; return self
    def __irshift__(self, o): self.v >>= o; return self
    def __imatmul__(self, o): self.v = [self.v, o]; return self
a = Acc(10)
alias = a
a += 5
print(a, alias, a is alias)
a -= 3
a *= 2
print(a, alias, a is alias)
b = Acc(100)
b //= 7
b %= 5
b **= 3
b <<= 2
b >>= 1
b |= 1
b &= 0xFF
b ^= 0b11
print(b)
b /= 4
print(b)
b @= "m"
print(b)
class BinaryOnly:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return BinaryOnly(self.v + o)
    def __repr__(self):
        return f"B({self.v})"
x = BinaryOnly(1)
y = x
x += 1
print(x, y, x is y)
class ReturnsNone:
    def __iadd__(self, o):
        self.got = o
r = ReturnsNone()
r += 5
print(r)
class NoIadd:
    def __iadd__(self, o):
        return NotImplemented
    def __add__(self, o):
        return "fell back to __add__"
n = NoIadd()
n += 1
print(n)
lst = [1]
ref = lst
lst += (2, 3)
print(lst, ref, lst is ref)
tup = (1,)
ref_t = tup
tup += (2,)
print(tup, ref_t, tup is ref_t)
s = "a"
s += "b"
print(s)
class Holder:
    def __init__(self):
        self.items = [0]
        self.count = 0
h = Holder()
h.count += 1
h.items[0] += 10
h.items += [5]
d = {"k": 1}
d["k"] *= 7
print(h.count, h.items, d)
try:
    z = None
    z += 1
except TypeError as e:
    print("TypeError", e)
