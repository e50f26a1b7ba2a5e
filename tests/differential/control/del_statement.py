# del on names, items, slices, attributes and multiple targets.
x = 1
del x
try:
    print(x)
except NameError as e:
    print("NameError", e)
lst = list(range(10))
del lst[0]
del lst[-1]
del lst[2:4]
del lst[::2]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)
class Obj:
    cls_attr = "c"
o = Obj()
o.a = 1
o.b = 2
del o.a
print(vars(o), hasattr(o, "a"))
try:
    del o.a
except AttributeError as e:
    print("AttributeError", e)
try:
    del o.cls_attr
except AttributeError as e:
    print("AttributeError", e)
del Obj.cls_attr
print(hasattr(Obj, "cls_attr"))
p, q, r = 1, 2, [3, 4]
del p, q, r[0]
print(r, "p" in globals(), "q" in globals())
nested = {"k": [1, {"inner": 2}]}
del nested["k"][1]["inner"]
print(nested)
a = b = [1, 2]
del a
print(b)
for i in range(3):
    pass
del i
print("i" in globals())
try:
    del undefined_name
except NameError as e:
    print("NameError", e)
def local_del():
    y = 5
    del y
    y = 6
    return y
print(local_del())
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print("TypeError", e)
(m, n) = [5, 6]
del (m, n)
print("m" in globals())
