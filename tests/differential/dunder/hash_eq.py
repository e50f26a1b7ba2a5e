# __hash__ and __eq__ interplay.
class OnlyEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, OnlyEq) and self.v == o.v
print(OnlyEq.__hash__ is None)
try:
    hash(OnlyEq(1))
except TypeError as e:
    print("TypeError", e)
class EqAndHash(OnlyEq):
    def __hash__(self):
        return hash(self.v)
print(hash(EqAndHash(5)) == hash(5), len({EqAndHash(1), EqAndHash(1), EqAndHash(2)}))
class InheritsHash(EqAndHash):
    pass
print(len({InheritsHash(3), InheritsHash(3)}))
class RedefinesEq(EqAndHash):
    def __eq__(self, o):
        return False
print(RedefinesEq.__hash__ is None)
class ExplicitUnhashable:
    __hash__ = None
try:
    {ExplicitUnhashable()}
except TypeError as e:
    print("TypeError", e)
class KeepHash:
    def __eq__(self, o):
        return True
    __hash__ = object.__hash__
k = KeepHash()
print({k: 1}[k], KeepHash() == k)
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100), hash(BigHash()))
class NegOne:
    def __hash__(self):
        return -1
print(hash(NegOne()))
class BoolHash:
    def __hash__(self):
        return True
print(hash(BoolHash()))
print(hash(1) == hash(1.0), hash(-1), hash(-2), hash(0.5), hash(-0.5), hash(2 ** 61 - 2), hash(-(2 ** 61 - 1)))
print(hash(()) == hash(tuple()), hash((1, 2.5, -3)), hash(((), (1,))))
