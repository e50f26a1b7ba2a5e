class Meta(type):
    def __iter__(cls):
        return iter(cls.items)
    def __len__(cls):
        return len(cls.items)
    def __repr__(cls):
        return f"<Meta {cls.__name__}>"
    def __setattr__(cls, k, v):
        print("set", k, v)
        super().__setattr__(k, v)
    def __contains__(cls, x):
        return x in cls.items

class Reg(metaclass=Meta):
    items = [1, 2, 3]

print(list(Reg), len(Reg), Reg, 2 in Reg, 5 in Reg)
Reg.z = 5
print(Reg.z, str(Reg), [Reg])
class Plain: pass
print(Plain, repr(Plain), str(Plain))
from enum import Enum, IntEnum
class C(IntEnum):
    A = 1
    B = 2
print(list(C), len(C), C.A in C, C.A + 1, reversed(list(C)) is not None, list(reversed(C)))
for m in C: print(m.name, m.value)
