# dir() of instances, classes, slotted classes, builtin values and modules.
class V:
    """doc"""
    def m(self):
        pass
class W(V):
    y = 1
print(dir(V(1) if False else V()))
print(dir(W))
print([n for n in dir(W()) if not n.startswith("__")])
print(dir([])[-3:], len(dir({})) == len(set(dir({}))), [n for n in dir(5) if not n.startswith("_")][:4])
class S:
    __slots__ = ("a",)
print([n for n in dir(S) if n in ("__dict__", "__weakref__", "a", "__slots__")])
import math
print([n for n in dir(math) if n.startswith("f")][:3])
