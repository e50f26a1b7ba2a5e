# Python names that are reserved or special in JavaScript.
function = "fn"
var = 1
let = 2
const = 3
new = 4
delete = 5
typeof = 6
instanceof = 7
this = "self-ish"
switch = [1, 2]
case = {"k": "v"}
default = None
void = 0.5
undefined = "not undefined"
NaN = "nan?"
Infinity = -1
arguments = (1, 2)
eval_ = "e"
prototype = "proto"
constructor = "ctor"
__proto__ = "dunder proto"
toString = "ts"
valueOf = "vo"
hasOwnProperty = "hop"
print(function, var, let, const, new, delete, typeof, instanceof, this, switch, case, default, void)
print(undefined, NaN, Infinity, arguments, eval_, prototype, constructor, __proto__, toString, valueOf, hasOwnProperty)


class Obj:
    constructor = "class attr"
    prototype = 12

    def __init__(self):
        self.toString = "mine"
        self.valueOf = 42
        self.length = -1
        self.name = "obj"
        self.call = "c"
        self.apply = "a"
        self.bind = "b"
        self.__proto__x = 1

    def delete(self, key):
        return f"delete {key}"

    def new(self):
        return Obj()

    def typeof(self):
        return "typeof-method"

    def hasOwnProperty(self, x):
        return "hop:" + str(x)


o = Obj()
print(o.constructor, o.prototype, o.toString, o.valueOf, o.length, o.name, o.call, o.apply, o.bind)
print(o.delete("k"), type(o.new()).__name__, o.typeof(), o.hasOwnProperty(3), o._Obj__proto__x)
print(sorted(k for k in vars(o)))
d = {"constructor": 1, "__proto__": 2, "toString": 3, "hasOwnProperty": 4, "length": 5, "prototype": 6}
print(d, d["__proto__"], "constructor" in d, len(d), list(d))
print({}.get("constructor"), "toString" in {}, "__proto__" in {}, {}.get("__proto__", "absent"))
counts = {}
for w in "constructor valueOf constructor length __proto__ __proto__ __proto__".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
s = set(["constructor", "__proto__"])
print("constructor" in s, "valueOf" in s, sorted(s))


def f(var, let=1, *arguments, **kwargs):
    return var, let, arguments, kwargs


print(f(1, 2, 3, this=4, new=5))
print(f(var=9), f(*"ab"), f(1, **{"function": 0}))
lambda_ = lambda this, arguments: (this, arguments)
print(lambda_(1, 2), lambda_(arguments=3, this=4))
for await_ in range(2):
    yield_ = await_ * 2
print(await_, yield_)
enum = ["e"]
interface = package = private = protected = public = static = "strict"
implements = super_ = 0
print(enum, interface, package, private, protected, public, static, implements, super_)
Object = "py Object"
Array = [1]
Math = "math"
JSON = "json"
String = str
Number = int
Symbol = "sym"
Map = dict
Set = set
Promise = None
Error = ValueError
print(Object, Array, Math, JSON, String(5), Number("7"), Symbol, Map(a=1), Set([1]), Promise)
try:
    raise Error("via Error alias")
except ValueError as e:
    print("caught", e)
