class Node:
    def __init__(self, name, length=0):
        self.name = name
        self.length = length
        self.constructor = "ctor"
        self.prototype = None
        self.toString = lambda: "custom"
        self.call = 1
        self.apply = 2
        self.bind = 3

    def valueOf(self):
        return 42

    def hasOwnProperty(self, k):
        return k in vars(self)


n = Node("root", 3)
print(n.name, n.length, n.constructor, n.prototype, n.toString(), n.call + n.apply + n.bind)
print(n.valueOf(), n.hasOwnProperty("name"), n.hasOwnProperty("zzz"), sorted(vars(n))[:4])

var = 1
let = 2
const = 3
function = lambda x: x * 2
new = "new"
delete = [1, 2]
typeof = type
this = "this"
arguments = (1, 2)
undefined = None
null = 0
instanceof = isinstance
switch = {"case": 1}
default = "dflt"
void = ...
yield_ = 5
static = True
enum = "E"
await_ = 7
export = import_ = "mod"
NaN = float("nan")
Infinity = 10
Object = dict
Array = list
print(var + let + const, function(4), new, delete, typeof(this).__name__, arguments, undefined, null)
print(instanceof(1, int), switch["case"], default, void, yield_, static, enum, await_, export, import_)
print(NaN != NaN, Infinity, Object(a=1), Array("ab"))


def f(arguments, this=None, *, new=False, **kwargs):
    return arguments, this, new, kwargs


print(f(1), f(2, this="t", new=True, delete=1, var=2))
d = {"__proto__": 1, "constructor": 2, "toString": 3, "hasOwnProperty": 4, "valueOf": 5, "length": 6}
print(d, d["__proto__"], len(d), "constructor" in d, "prototype" in d)
print(sorted(d), d.get("__defineGetter__"), list(d.values()))
s = {"__proto__", "constructor"}
print(sorted(s), "__proto__" in s)


class Weird:
    __proto__ = "class proto"
    length = 99
    name = "Weird!"
    caller = "c"
    size = property(lambda self: 7)


w = Weird()
print(Weird.__proto__, w.length, Weird.name, Weird.__name__, w.caller, w.size)
setattr(w, "__proto__", 5)
print(getattr(w, "__proto__"), hasattr(w, "constructor"), getattr(w, "missing", "dflt"))
for catch in range(2):
    for finally_ in range(1):
        print(catch, finally_, end="; ")
print()
try:
    print(Node.nothing)
except AttributeError as e:
    print(e)
import collections
Counter = collections.Counter("constructor")
print(Counter.most_common(3))
print(globals()["var"], "let" in globals(), type(globals()).__name__)
