"""inspect signatures/binding, abc abstract classes, operator getters: a plugin registry."""
import inspect
import abc
import operator
from functools import partial

def handler(path: str, *args, method: str = "GET", retries: int = 3, **headers) -> dict:
    """Handle a request.

        Indented detail line.
    """
    return {}
def simple(a, b=2, /, c=3, *, d, e=5):
    pass
async def fetch(url, timeout=None):
    pass
def gen():
    yield 1
lam = lambda x, y=[1, 2]: x
for fn in [handler, simple, fetch, lam, partial(handler, "/x", method="POST"), partial(simple, 1, d=4)]:
    sig = inspect.signature(fn)
    print(getattr(fn, "__name__", "partial"), str(sig), sig.return_annotation is inspect.Signature.empty)
    for p in sig.parameters.values():
        print("   ", p.name, p.kind.name, p.kind.description if hasattr(p.kind, "description") else "", repr(p.default) if p.default is not p.empty else "-", p.annotation if p.annotation is not p.empty else "-", str(p))
sig = inspect.signature(handler)
b = sig.bind("/home", 1, 2, retries=5, accept="json")
print(b.arguments, b.args, b.kwargs)
b.apply_defaults()
print(b.arguments)
print(sig.bind_partial(method="PUT").arguments)
for bad in [lambda: sig.bind(), lambda: inspect.signature(simple).bind(1, 2, 3, 4), lambda: inspect.signature(simple).bind(1, c=2), lambda: inspect.signature(simple).bind(1, d=1, zz=2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
new = sig.replace(parameters=[inspect.Parameter("x", inspect.Parameter.POSITIONAL_ONLY, annotation=int)], return_annotation=str)
print(new, inspect.Parameter("y", inspect.Parameter.KEYWORD_ONLY, default=None), repr(inspect.Parameter("z", inspect.Parameter.VAR_POSITIONAL)))
try:
    inspect.Parameter("1bad", inspect.Parameter.POSITIONAL_OR_KEYWORD)
except ValueError as e:
    print("ValueError:", e)
class Widget:
    """A widget."""
    size = 3
    def __init__(self, name, *, color="red"):
        self.name = name
    def render(self, scale: float = 1.0) -> str:
        return self.name
    @classmethod
    def create(cls, n):
        return cls(n)
    @staticmethod
    def helper(x, y):
        return x
    @property
    def area(self):
        return 1
print(inspect.signature(Widget), inspect.signature(Widget.render), inspect.signature(Widget("w").render), inspect.signature(Widget.create), inspect.signature(Widget.helper))
print(inspect.getdoc(handler), repr(inspect.cleandoc("   a\n     b\n   c")), inspect.getdoc(Widget))
print([n for n, _ in inspect.getmembers(Widget, inspect.isfunction)], [n for n, _ in inspect.getmembers(Widget("q")) if not n.startswith("_")])
print(inspect.isfunction(handler), inspect.ismethod(Widget("a").render), inspect.isclass(Widget), inspect.iscoroutinefunction(fetch), inspect.isgeneratorfunction(gen), inspect.isgenerator(gen()))
print(inspect.isbuiltin(len), inspect.isroutine(len), inspect.ismodule(inspect), inspect.isabstract(Widget), inspect.getmro(bool)[-1].__name__ if hasattr(inspect, "getmro") else "")
print(inspect.unwrap(partial(handler)) if False else "", inspect.getattr_static(Widget, "area").__class__.__name__, inspect.Parameter.empty.__name__)
print(inspect.getfullargspec(handler))
print(inspect.getcallargs(simple, 1, d=2) if hasattr(inspect, "getcallargs") else "")

class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    @property
    @abc.abstractmethod
    def name(self): ...
    def describe(self):
        return f"{self.name}: {self.area():.2f}"
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    @property
    def name(self):
        return "square"
class Half(Shape):
    def area(self):
        return 0
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
print(Square(1.5).describe(), sorted(Shape.__abstractmethods__), Half.__abstractmethods__, inspect.isabstract(Half))
class Meta(metaclass=abc.ABCMeta):
    pass
@Meta.register
class Registered:
    pass
print(issubclass(Registered, Meta), isinstance(Registered(), Meta), Meta.register(int) is int, isinstance(3, Meta))
class Sized(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return True if hasattr(C, "__len__") else NotImplemented
print(isinstance([], Sized), isinstance(3, Sized), abc.get_cache_token() is not None)

records = [{"name": "ann", "dept": "eng", "pay": 120}, {"name": "bo", "dept": "ops", "pay": 90}, {"name": "cy", "dept": "eng", "pay": 100}]
print(sorted(records, key=operator.itemgetter("dept", "pay")), list(map(operator.itemgetter("name"), records)))
class Emp:
    def __init__(self, name, boss=None):
        self.name = name
        self.boss = boss
    def greet(self, greeting, punct="!"):
        return f"{greeting}, {self.name}{punct}"
e = Emp("dan", Emp("eve"))
print(operator.attrgetter("boss.name")(e), operator.attrgetter("name", "boss.name")(e), operator.methodcaller("greet", "Hi", punct="?")(e))
print(repr(operator.itemgetter(1, "a")), repr(operator.attrgetter("x.y")), repr(operator.methodcaller("m", 1, k=2)))
print(operator.add(1, 2), operator.concat([1], [2]), operator.contains("abc", "b"), operator.countOf([1, 1, 2], 1), operator.indexOf("abc", "c"))
print(operator.neg(3), operator.pos(-3), operator.inv(5), operator.invert(0), operator.not_(1), operator.truth([]), operator.is_(None, None), operator.is_not(1, None))
print(operator.floordiv(7, 2), operator.truediv(7, 2), operator.mod(-7, 3), operator.pow(2, 10), operator.lshift(1, 4), operator.xor(6, 3), operator.matmul if True else "")
lst = [1, 2, 3]
operator.setitem(lst, 0, 9)
operator.delitem(lst, 1)
print(lst, operator.getitem(lst, -1), operator.length_hint([1, 2]), operator.index(7), operator.iadd([1], [2]), operator.iconcat("a", "b"))
try:
    operator.index(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    operator.itemgetter()
except TypeError as e:
    print("TypeError:", e)
