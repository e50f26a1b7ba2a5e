import inspect
import functools
from dataclasses import dataclass

def f(a, b: int, c=3, *args, d, e: str = "x", **kw) -> bool:
    """Doc for f.

    More lines.
    """
    return True
async def af(x): pass
def gen(): yield 1
class C:
    """Class C."""
    attr = 1
    def __init__(self, x, y=2):
        self.x = x
    def method(self, z, /, w, *, k=None): pass
    @classmethod
    def cm(cls, q): pass
    @staticmethod
    def sm(r=[]): pass
    @property
    def prop(self): return 1

sig = inspect.signature(f)
print(sig, sig.return_annotation, list(sig.parameters))
for name, p in sig.parameters.items():
    print(name, p.kind, p.kind.name, p.default is inspect.Parameter.empty, p.annotation, str(p))
print(inspect.signature(C), inspect.signature(C.method), inspect.signature(C(1).method), inspect.signature(C.cm), inspect.signature(C.sm))
print(inspect.signature(lambda x, *, y=1: 0), inspect.signature(functools.partial(f, 1, d=4)))
b = sig.bind(1, 2, d=5, extra=1)
print(b.arguments, b.args, b.kwargs)
b.apply_defaults()
print(b.arguments)
try:
    sig.bind(1)
except TypeError as e:
    print("TypeError:", e)
print(inspect.getdoc(f), inspect.cleandoc("  a\n    b\n  c"), inspect.getdoc(C), sep="\n")
print(inspect.isfunction(f), inspect.ismethod(C(1).method), inspect.isclass(C), inspect.isgeneratorfunction(gen), inspect.iscoroutinefunction(af), inspect.isbuiltin(len), inspect.isroutine(len), inspect.ismodule(inspect))
print(inspect.isgenerator(gen()), inspect.isabstract(C), inspect.isdatadescriptor(C.prop) if hasattr(inspect, "isdatadescriptor") else "", inspect.getmro(bool))
print([n for n, _ in inspect.getmembers(C) if not n.startswith("_")], [n for n, _ in inspect.getmembers(C, inspect.isfunction)])
fs = inspect.getfullargspec(f)
print(fs.args, fs.varargs, fs.varkw, fs.defaults, fs.kwonlyargs, fs.kwonlydefaults, fs.annotations)
print(inspect.Parameter("p", inspect.Parameter.KEYWORD_ONLY, default=1), inspect.Signature([inspect.Parameter("a", inspect.Parameter.POSITIONAL_ONLY)]))
new = sig.replace(parameters=[p for n, p in sig.parameters.items() if n != "kw"], return_annotation=inspect.Signature.empty)
print(new)
@functools.wraps(f)
def wrapper(*a, **k):
    return f(*a, **k)
print(inspect.signature(wrapper), inspect.unwrap(wrapper) is f)
@dataclass
class D:
    x: int
    y: str = "a"
print(inspect.signature(D))
print(inspect.getattr_static(C, "attr"), inspect.Parameter.empty, inspect.Signature.empty)
try:
    inspect.signature(1)
except TypeError as e:
    print("TypeError:", e)

print(inspect.formatannotation(list[int]) if hasattr(inspect, "formatannotation") else "")
