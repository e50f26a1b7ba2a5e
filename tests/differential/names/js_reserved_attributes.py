# JS-special names used as instance attributes, class attributes and methods.
class Thing:
    constructor = "class attr constructor"
    prototype = "class attr prototype"
    length = 0
    name = "class name attr"
    def __init__(self):
        self.__proto__ = "instance __proto__"
        self.toString = "instance toString"
        self.valueOf = 5
        self.hasOwnProperty = False
        self.new = "new attr"
        self.this = "this attr"
        self.delete = "delete attr"
        self.arguments = [1, 2]
        self.call = "call attr"
        self.apply = "apply attr"
        self.bind = "bind attr"
        self.caller = "caller attr"
        self.then = "then attr"
    def typeof(self):
        return "method typeof"
    def default(self, var=1):
        return var * 2
    def isPrototypeOf(self):
        return "method isPrototypeOf"
t = Thing()
print(t.constructor, t.prototype, t.length, t.name)
print(t.__proto__, t.toString, t.valueOf, t.hasOwnProperty, t.new, t.this, t.delete, t.arguments)
print(t.call, t.apply, t.bind, t.caller, t.then, t.typeof(), t.default(), t.default(var=5), t.isPrototypeOf())
t.length += 3
t.name = "instance name"
t.constructor = "instance constructor"
print(t.length, Thing.length, t.name, Thing.name, t.constructor, Thing.constructor)
print(sorted(vars(t)))
del t.constructor
print(t.constructor)
print(getattr(t, "__proto__"), hasattr(t, "toString"), hasattr(Thing, "toString"))
setattr(t, "class", "via setattr")
setattr(t, "import", "keyword attr")
print(getattr(t, "class"), getattr(t, "import"), vars(t)["class"])
class Empty:
    pass
e = Empty()
print(hasattr(e, "constructor"), hasattr(e, "__proto__"), hasattr(e, "toString"), hasattr(e, "length"), hasattr(e, "name"))
try:
    e.constructor
except AttributeError as ex:
    print("AttributeError", ex)
try:
    e.toString
except AttributeError as ex:
    print("AttributeError", ex)
def f():
    pass
print(f.__name__, hasattr(f, "length"), hasattr(f, "call"), hasattr(f, "prototype"))
f.length = 10
f.prototype = "proto"
print(f.length, f.prototype)
