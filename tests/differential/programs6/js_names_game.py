# Names that are reserved or special in JavaScript, used the way a Python script might.
class Object:
    prototype = "proto-attr"

    def __init__(self, constructor=None, **kwargs):
        self.constructor = constructor
        self.arguments = kwargs
        self.this = self

    def toString(self):
        return "Object.toString"

    def valueOf(self):
        return 42

    def hasOwnProperty(self, name):
        return name in self.__dict__


function = lambda var, let=1, const=2: var + let + const
new = Object(constructor="ctor", delete=True, typeof="t")
print(new.constructor, new.arguments, new.this is new, new.toString(), new.valueOf(), new.hasOwnProperty("this"))
print(Object.prototype, function(1), function(1, const=10), new.prototype)

undefined = None
NaN = "not a number"
Infinity = -1
null = []
print(undefined, NaN, Infinity, null, type(undefined).__name__)


def switch(case, default="none", *, instanceof=False, void=None):
    match case:
        case "yield":
            return "y"
        case "await" | "async":
            return "a"
        case _:
            return default if not instanceof else void


print(switch("yield"), switch("async"), switch("x"), switch("x", instanceof=True, void="v"))
enum, interface, package, private, protected, public, static, implements = range(8)
print(enum + interface + package + private + protected + public + static + implements)
eval_ = {"__proto__": 1, "constructor": 2, "toString": 3, "hasOwnProperty": 4, "valueOf": 5, "length": 6}
print(eval_, eval_["__proto__"], "__proto__" in eval_, len(eval_), sorted(eval_))
counts = {}
for word in "constructor __proto__ toString constructor length prototype __proto__".split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
s = set(["__proto__", "constructor"])
print(sorted(s), "__proto__" in s)


class Arguments:
    length = 3
    name = "cls-name"
    caller = "c"

    def call(self, *arguments):
        return len(arguments)

    def apply(self, this, args):
        return (this, args)

    def bind(self, x):
        return f"bound {x}"


a = Arguments()
print(a.length, a.name, a.caller, a.call(1, 2), a.apply("t", [1]), a.bind(5), Arguments.__name__)
with_ = 1
in_ = 2
var = [with_, in_]
for debugger in var:
    print("debugger", debugger)


def catch(finally_=None, throw=None):
    try:
        raise ValueError(throw)
    except ValueError as catch_:
        return f"caught {catch_} {finally_}"


print(catch("f", "t"))
super_ = "super"
print(f"{super_!r} {new.constructor=}")
globals()["instanceof"] = 7
print(instanceof, "instanceof" in globals())
