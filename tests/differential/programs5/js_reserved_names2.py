"""Python names that are JavaScript reserved words or special properties."""


def function(var, let=1, *arguments, **this):
    new = var + let
    delete = len(arguments)
    typeof = sorted(this)
    return new, delete, typeof


print(function(1, 2, 3, 4, void=5, instanceof=6))


class prototype:
    constructor = "ctor attr"
    __proto__ = "proto attr"

    def __init__(self, switch, case):
        self.switch = switch
        self.case = case
        self.default = None
        self.toString = lambda: "custom toString"
        self.valueOf = 42

    def enum(self):
        return [self.switch, self.case, self.default]

    def hasOwnProperty(self, name):
        return f"hasOwnProperty({name})"


p = prototype("s", "c")
print(p.enum(), p.constructor, p.__proto__, p.toString(), p.valueOf, p.hasOwnProperty("x"))
print(type(p).__name__, prototype.__name__, hasattr(p, "default"), getattr(p, "switch"))

undefined = "not undefined"
NaN = 7
Infinity = -1
null = None
print(undefined, NaN + 1, Infinity, null)

await_ = "a"
static, package, private, protected, public, interface, implements = range(7)
print(static + package + private + protected + public + interface + implements)
do, extends, super_, throw, catch, debugger, export = "do", "ext", "sup", "thr", "cat", "dbg", "exp"
print(do, extends, super_, throw, catch, debugger, export)

d = {"constructor": 1, "__proto__": 2, "toString": 3, "hasOwnProperty": 4, "length": 5, "prototype": 6}
print(d, d["__proto__"], d.get("constructor"), "valueOf" in d, len(d))
d2 = dict(constructor="c", valueOf="v")
print(sorted(d2.items()), {"__proto__": None}.keys())
s = {"constructor", "__proto__", "toString"}
print(sorted(s), "__proto__" in s, "valueOf" in s)


class Weird:
    def __init__(self):
        self.length = 3
        self.name = "weird"
        self.call = "call attr"
        self.apply = "apply attr"
        self.bind = "bind attr"
        self.caller = "caller attr"

    def __len__(self):
        return self.length


w = Weird()
print(len(w), w.name, w.call, w.apply, w.bind, w.caller, vars(w))


def eval_(expression):
    return f"eval {expression}"


print(eval_("x"))
for in_ in range(2):
    print("loop", in_)
yield_ = [x for x in "ab"]
print(yield_)
globals()["dynamic"] = 10
print(dynamic)
import_ = __name__
print(import_)
Object = {"keys": 1}
Array, String, Number, Math, JSON, Symbol, Map, Set, Promise = range(9)
print(Object, Array + String + Number + Math + JSON + Symbol + Map + Set + Promise)
console = "console var"
window = document = "dom"
print(console, window, document)
