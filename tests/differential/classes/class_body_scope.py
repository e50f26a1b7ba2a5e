# Class bodies run top to bottom and have their own scope.
print("before class")
class Settings:
    print("executing class body")
    base = 10
    doubled = base * 2
    names = [n for n in ("a", "b")]
    squares = {n: n * n for n in range(3)}
    if base > 5:
        big = True
    else:
        big = False
    for i in range(3):
        pass
    last_i = i
    del i
    def method(self):
        try:
            return base
        except NameError as e:
            return f"NameError {e}"
print("after class")
print(Settings.doubled, Settings.names, Settings.squares, Settings.big, Settings.last_i, hasattr(Settings, "i"))
print(Settings().method())
x = "module"
class Shadow:
    x = "class"
    y = x
    def get(self):
        return x
print(Shadow.y, Shadow().get())
class Outer:
    value = 1
    class Inner:
        value = 2
        def get(self):
            return self.value
    def make(self):
        return self.Inner()
print(Outer().make().get(), Outer.Inner.__name__, Outer.Inner.__qualname__)
def factory(n):
    class Local:
        size = n
        def get(self):
            return self.size * n
    return Local
A, B = factory(2), factory(3)
print(A().get(), B().get(), A is B, A.__name__, A.__qualname__)
class Computed:
    items = list(range(3))
    total = sum(items)
    pairs = [(v, v) for v in items]
print(Computed.total, Computed.pairs)
