# A templating engine whose data uses JS-reserved and Object.prototype names everywhere.
constructor = "ctor-var"
toString = lambda: "custom toString"
valueOf = 42
hasOwnProperty = "hop"
length = 3
prototype = {"proto": True}
caller = "caller"
arguments = ["a", "b"]
let, static, enum, implements, package = 1, 2, 3, 4, 5
await_ = "await"
then = "then-var"
undefined = "py-undefined"
null = None
NaN = "not nan"
Infinity = -1
print(constructor, toString(), valueOf, hasOwnProperty, length, prototype, caller, arguments)
print(let + static + enum + implements + package, then, undefined, null, NaN, Infinity)

def render(template, **context):
    out = template
    for key in sorted(context):
        out = out.replace("{" + key + "}", str(context[key]))
    return out, sorted(context)

print(render("{constructor}/{__proto__}/{toString}/{valueOf}/{length}",
             constructor="C", __proto__="P", toString="T", valueOf="V", length="L", name="N",
             prototype="proto", caller="c", arguments="args", eval="e", hasOwnProperty="h"))

def params(constructor, __proto__=None, *, toString="ts", then=None, **rest):
    return constructor, __proto__, toString, then, rest
print(params(1, 2, toString=3, then=4, valueOf=5, isPrototypeOf=6))
print(params(constructor="c", __proto__="p"))

data = {"__proto__": 1, "constructor": 2, "toString": 3, "hasOwnProperty": 4, "length": 5,
        "valueOf": 6, "__defineGetter__": 7, "prototype": 8, "name": 9}
print(data, len(data), "__proto__" in data, data.get("constructor"), data.get("isPrototypeOf", "absent"))
print(sorted(data.keys())[:4], list(data.values())[-1])
counts = {}
for w in "constructor toString __proto__ constructor length valueOf __proto__ __proto__".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, max(counts, key=counts.get))
empty = {}
print("toString" in empty, "__proto__" in empty, empty.get("valueOf"), len(empty))
s = {"constructor", "__proto__", "toString"}
print(sorted(s), "valueOf" in s)

class Record:
    constructor = "class-attr"
    def __init__(self):
        self.__proto__ = "inst-proto"
        self.length = 10
        self.name = "rec"
        self.prototype = None
        self.then = lambda: "then-method"
        self.toString = "not callable"
        self.valueOf = 3
    def hasOwnProperty(self, k):
        return f"hop({k})"
    def call(self, *a):
        return a
    def apply(self, x):
        return x * 2
    def bind(self):
        return "bound"
r = Record()
print(r.constructor, r.__proto__, r.length, r.name, r.prototype, r.then(), r.toString, r.valueOf + 1)
print(r.hasOwnProperty("x"), r.call(1, 2), r.apply(4), r.bind(), sorted(vars(r)))
print(getattr(r, "__proto__"), hasattr(r, "isPrototypeOf"), hasattr(Record, "constructor"))
class constructor_:
    pass
class toString_cls:
    name = "tsc"
print(constructor_.__name__, toString_cls.name, type(r).__name__)

def eval_(x): return f"eval_ {x}"
def arguments_user(*arguments):
    return len(arguments), arguments
print(eval_(1), arguments_user(1, 2, 3))
def yield_like(static=1, let=2, enum=3, await_=4, interface=5, private=6, protected=7, public=8):
    return static + let + enum + await_ + interface + private + protected + public
print(yield_like(), yield_like(interface=10, public=0))
import collections
Pt = collections.namedtuple("Pt", ["constructor", "length", "name"])
p = Pt(1, 2, 3)
print(p, p.constructor, p.length, p.name, p._asdict())
for name in ["__proto__", "constructor", "prototype", "toString"]:
    globals()[name + "_g"] = name.upper()
print(__proto___g, constructor_g, prototype_g, toString_g)
obj = type("Dyn", (), {"constructor": 1, "__proto__x": 2, "valueOf": 3})()
print(obj.constructor, obj.valueOf, sorted(k for k in type(obj).__dict__ if not k.startswith("__") or k == "__proto__x"))
