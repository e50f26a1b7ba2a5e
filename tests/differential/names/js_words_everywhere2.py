var = 1; function = 2; new = 3; this = 4; delete = 5; typeof = 6; default = 7; arguments = 8
constructor = 9; prototype = 10; __proto__ = 11; toString = 12; length = 13; name = 14; undefined = 15; NaN = 16; Infinity=17; Object = 18; let = 19; const = 20; switch = 21; case = 22; instanceof = 23; void = 24; yield_ = 25; await_ = 26; static = 27; enum = 28; implements=29; package=30; interface=31; valueOf=32; hasOwnProperty=33; then=34; Symbol=35; Array=36; Math=37; JSON=38; console=39; window=40; globalThis=41; require=42; module=43; exports=44; process=45
print(var + function + new + this + delete + typeof + default + arguments, constructor, prototype, __proto__, toString, length, name, undefined, NaN, Infinity, Object, let, const, switch, case, instanceof, void)
print(static, enum, implements, package, interface, valueOf, hasOwnProperty, then, Symbol, Array, Math, JSON, console, window, globalThis, require, module, exports, process)
def f(this, new, arguments=0, *, default=1, constructor=2, **__proto__):
    return this, new, arguments, default, constructor, __proto__
print(f(1, 2, default=3, toString=4, valueOf=5, __proto__=6, then=7))
class C:
    constructor = "c"
    prototype = "p"
    def __init__(self):
        self.__proto__ = "pp"
        self.toString = lambda: "ts"
        self.length = 3
        self.then = "then-attr"
        self.hasOwnProperty = 1
    def valueOf(self): return "vo"
    def name(self): return "nm"
c = C()
print(c.constructor, c.prototype, c.__proto__, c.toString(), c.length, c.valueOf(), c.name(), c.then, c.hasOwnProperty)
print(sorted(vars(c)))
d = {"__proto__": 1, "constructor": 2, "toString": 3, "hasOwnProperty": 4, "length": 5, "then": 6}
print(d, d["__proto__"], "__proto__" in d, len(d), list(d), d.get("valueOf"))
s = {"__proto__", "constructor"}; print(sorted(s), "__proto__" in s)
import json; print(json.loads('{"__proto__": {"x": 1}, "constructor": null}'))
print(dict(__proto__=1, constructor=2))
def arguments_user(*args): 
    arguments = args
    return len(arguments)
print(arguments_user(1, 2, 3))
async def then(): return 1
print(then.__name__)
import asyncio
class Thenable:
    def then(self, a, b): return "bad"
async def m():
    return Thenable()
print(type(asyncio.run(m())).__name__)
