# global and nonlocal declarations, UnboundLocalError.
total = 0
def add(n):
    global total
    total += n
    return total
print(add(5), add(10), total)
def create_global():
    global created
    created = "yes"
create_global()
print(created)
def outer():
    level = 1
    def middle():
        nonlocal level
        level += 1
        def inner():
            nonlocal level
            level *= 10
        inner()
        return level
    r = middle()
    return r, level
print(outer())
def unbound():
    try:
        print(total)
        total = 1
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
unbound()
def unbound_closure():
    def inner():
        return v
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    v = 1
    return inner()
print(unbound_closure())
def deleted():
    x = 1
    del x
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
deleted()
try:
    print(never_defined)
except NameError as e:
    print("NameError", e)
g = 1
def shadowing():
    g = 2
    def inner():
        global g
        return g
    return inner(), g
print(shadowing())
def counter_factory():
    n = 0
    def bump():
        nonlocal n
        n += 1
        return n
    def peek():
        return n
    return bump, peek
b, p = counter_factory()
b()
b()
print(p())
class K:
    attr = "class"
    def method(self):
        return K.attr
def module_level_lookup():
    return len("abc")
len_saved = len
def len(x):
    return "shadowed builtin"
print(module_level_lookup())
del len
print(module_level_lookup(), K().method())
