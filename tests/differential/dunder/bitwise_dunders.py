# Bitwise dunders on a small bit-set class.
class Bits:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Bits({self.v:#06b})"
    def __and__(self, o): return Bits(self.v & int(o))
    def __or__(self, o): return Bits(self.v | int(o))
    def __xor__(self, o): return Bits(self.v ^ int(o))
    def __lshift__(self, n): return Bits(self.v << n)
    def __rshift__(self, n): return Bits(self.v >> n)
    def __invert__(self): return Bits(~self.v & 0xF)
    def __rand__(self, o): return Bits(o & self.v)
    def __ror__(self, o): return Bits(o | self.v)
    def __int__(self): return self.v
    def __index__(self): return self.v
    def __eq__(self, o): return isinstance(o, Bits) and o.v == self.v
    def __hash__(self): return hash(self.v)
a, b = Bits(0b1100), Bits(0b1010)
print(a & b, a | b, a ^ b, a << 1, a >> 2, ~a, 0b0001 | a, 0b0100 & a)
print(bin(a), hex(b), oct(a), [10, 11, 12, 13][Bits(1)], "abcdef"[Bits(1):Bits(4)], list(range(Bits(3))))
print(int(a), a == Bits(12), a != b, {a: "x"}[Bits(12)])
try:
    print(1 ^ a)
except TypeError as e:
    print("TypeError", e)
x = Bits(1)
x |= 0b10
x <<= 2
print(x)
class SetLike:
    def __init__(self, items):
        self.items = frozenset(items)
    def __or__(self, o): return SetLike(self.items | o.items)
    def __and__(self, o): return SetLike(self.items & o.items)
    def __sub__(self, o): return SetLike(self.items - o.items)
    def __xor__(self, o): return SetLike(self.items ^ o.items)
    def __repr__(self): return f"SetLike{sorted(self.items)}"
p, q = SetLike([1, 2, 3]), SetLike([3, 4])
print(p | q, p & q, p - q, p ^ q)
