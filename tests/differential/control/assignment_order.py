# The assigned value is evaluated before the target's object and subscript.
log = []
def k(name):
    log.append("key " + name)
    return name
def v(x):
    log.append("value " + str(x))
    return x
def obj():
    log.append("obj")
    return d
class Box:
    pass
d = {}
d[k("a")] = v(1)
obj()[k("b")] = v(2)
b = Box()
def box():
    log.append("box")
    return b
box().attr = v(3)
lst = [0, 0, 0]
def lst_():
    log.append("list")
    return lst
lst_()[v(0):v(2)] = [v(7)]
print(log, d, b.attr, lst)
