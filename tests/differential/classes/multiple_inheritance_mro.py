# Multiple inheritance, C3 linearization and cooperative super().
class A:
    def who(self):
        return ["A"]
    def hello(self):
        return "A.hello"
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
    def hello(self):
        return "C.hello"
class D(B, C):
    def who(self):
        return ["D"] + super().who()
print([k.__name__ for k in D.__mro__])
print(D().who(), D().hello(), B().who(), C().who())
class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class M(K1, K2, K3): pass
print([k.__name__ for k in M.__mro__])
try:
    class Bad(X, K1):
        pass
except TypeError as e:
    print("TypeError", e)
class Loggable:
    def __init__(self, **kw):
        self.log = ["Loggable"]
        super().__init__(**kw)
class Named:
    def __init__(self, name="?", **kw):
        self.name = name
        super().__init__(**kw)
class Sized:
    def __init__(self, size=0, **kw):
        self.size = size
        super().__init__(**kw)
class Widget(Loggable, Named, Sized):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append("Widget")
w = Widget(name="btn", size=3)
print(w.name, w.size, w.log, [k.__name__ for k in Widget.__mro__])
class Left:
    attr = "left"
class Right:
    attr = "right"
    only_right = "R"
class Both(Left, Right):
    pass
print(Both.attr, Both().only_right, Both.__bases__ == (Left, Right))
print(isinstance(D(), C), issubclass(D, (int, C)), issubclass(M, Z), D.__mro__[-1] is object)
