import types

ns = types.SimpleNamespace(a=1, b="two")
print(ns)
ns.c = [3]
print(ns, ns.a, ns.c)
print(ns == types.SimpleNamespace(a=1, b="two", c=[3]))
print(types.SimpleNamespace())
print(repr(types.SimpleNamespace(x=1.5)))
del ns.a
print(vars(ns))


def f():
    pass


def g():
    yield 1


class C:
    def m(self):
        pass


print(isinstance(f, types.FunctionType), isinstance(len, types.FunctionType))
print(isinstance(lambda: 0, types.LambdaType))
print(isinstance(g(), types.GeneratorType), isinstance(f, types.GeneratorType))
print(isinstance(C().m, types.MethodType))
print(isinstance(len, types.BuiltinFunctionType))
print(isinstance(None, types.NoneType))
print(isinstance(types, types.ModuleType))

mp = types.MappingProxyType({"k": 1, "j": 2})
print(mp["k"], len(mp), "k" in mp, list(mp), mp.get("z", 0))
print(sorted(mp.items()))
try:
    mp["x"] = 1
except TypeError as e:
    print("TypeError")
