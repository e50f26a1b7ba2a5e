import inspect


def greet(name: str, greeting: str = "hello", *args, loud: bool = False, **kw) -> str:
    """Greet someone."""
    s = f"{greeting}, {name}"
    return s.upper() if loud else s


class Animal:
    """An animal."""
    legs = 4

    def __init__(self, name):
        self.name = name

    def speak(self, sound="..."):
        return f"{self.name}: {sound}"

    @staticmethod
    def kingdom():
        return "animalia"

    @classmethod
    def make(cls, n):
        return cls(n)

    @property
    def upper(self):
        return self.name.upper()


sig = inspect.signature(greet)
print(sig)
for name, p in sig.parameters.items():
    print(name, p.kind, p.default is inspect.Parameter.empty, p.annotation)
print(sig.return_annotation)
print(inspect.signature(Animal.speak), inspect.signature(Animal("x").speak))
print(inspect.signature(lambda a, b=2: None))
print(inspect.isfunction(greet), inspect.isclass(Animal), inspect.ismethod(Animal("x").speak), inspect.isfunction(Animal.speak))
print(inspect.isgeneratorfunction(greet), inspect.isbuiltin(len), inspect.isroutine(len), inspect.ismodule(inspect))
print(inspect.getdoc(greet), inspect.getdoc(Animal))
members = [n for n, _ in inspect.getmembers(Animal) if not n.startswith("_")]
print(members)
print([n for n, _ in inspect.getmembers(Animal, inspect.isfunction)])
bound = sig.bind("ann", loud=True)
print(bound.arguments)
bound.apply_defaults()
print(bound.arguments, bound.args, bound.kwargs)
try:
    sig.bind()
except TypeError as e:
    print("TypeError:", e)


def gen():
    yield 1


print(inspect.isgeneratorfunction(gen), inspect.isgenerator(gen()))
print(inspect.getmro(bool))
print(inspect.Parameter("x", inspect.Parameter.KEYWORD_ONLY, default=3))
