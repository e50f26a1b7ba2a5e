# A script that (unwisely) reuses builtin names as variables, then recovers them.
import builtins
list = [3, 1, 2]
print(list, type(list).__name__)
sorted_copy = sorted(list)
del list
print(list("abc"), sorted_copy)
def len(x):
    return -1
print(len([1, 2]), builtins.len([1, 2]))
del len
print(len([1, 2]))
str = "shadow"
print(str, builtins.str(5), repr(5))
del str
print(str(5))
def f(max=3, min=1, sum=None, id=7, type="t", input="i", print_=print):
    print_(max, min, sum, id, type, input)
    return builtins.max(max, min)
print(f(), f(max=10, min=20))
def outer():
    print = lambda *a: builtins.print("custom:", *a)
    print("hello")
    def inner():
        print("from inner")
    inner()
outer()
print("plain again")
class Thing:
    def list(self):
        return "method list"
    def dict(self):
        return list(range(2))
    def print(self):
        return "method print"
    def type(self):
        return type(self).__name__
t = Thing()
print(t.list(), t.dict(), t.print(), t.type())
for map in [1, 2]:
    pass
print(map)
del map
print(builtins.list(map(str, [1, 2])))
try:
    abs = 5
    abs(3)
except TypeError as e:
    print("TypeError:", e)
finally:
    del abs
print(abs(-3))
True_ = True
None_ = None
print(True_, None_, hasattr(builtins, "print"))
object = "not object"
class Derived:
    pass
print(Derived.__mro__[-1], object)
del object
print(object, isinstance(Derived(), object))
