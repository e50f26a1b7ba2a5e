# globals()/locals() snapshots, private names in nested classes, builtins shadowed then deleted.
counter = 0
def bump():
    global counter
    counter += 1
    return sorted(k for k in locals())
print(bump(), "counter" in globals(), globals()["counter"], "missing" in globals())
def local_names(a, b=2):
    c = a + b
    return sorted(locals().items())
print(local_names(1))
class Outer:
    __tag = "outer"
    class Inner:
        __tag = "inner"
        def tag(self):
            return self.__tag
    def tag(self):
        return self.__tag, self._Outer__tag
    def __method(self):
        return "private"
    def call(self):
        return self.__method()
print(Outer().tag(), Outer.Inner().tag(), Outer().call(), sorted(k for k in vars(Outer) if "tag" in k))
print(hasattr(Outer, "__tag"), hasattr(Outer, "_Outer__tag"), hasattr(Outer.Inner, "_Inner__tag"))
def uses_max(xs):
    return max(xs)
print(uses_max([1, 3, 2]))
max = lambda xs: "shadowed"
print(uses_max([1, 3, 2]), "max" in globals())
del max
print(uses_max([1, 3, 2]), "max" in globals())
print(type(Outer.__dict__).__name__, type(Outer.__dict__["call"]).__name__, "call" in Outer.__dict__)
