# Function objects: names, docstrings, defaults, custom attributes, identity.
def documented(a, b=2, *args, c, d=4, **kw):
    """Return a summary.

    More text here."""
    return a
print(documented.__name__, documented.__qualname__, documented.__module__)
print(documented.__doc__.splitlines()[0], documented.__defaults__, documented.__kwdefaults__)
def nodoc():
    pass
print(nodoc.__doc__, nodoc.__defaults__, nodoc.__kwdefaults__, nodoc())
class Outer:
    def method(self):
        def local():
            pass
        return local
    class Inner:
        def deep(self):
            pass
print(Outer.method.__qualname__, Outer().method().__qualname__, Outer.Inner.deep.__qualname__, Outer.Inner.__qualname__)
nodoc.custom = "attr"
nodoc.counter = 0
nodoc.counter += 1
print(nodoc.custom, nodoc.counter, hasattr(nodoc, "custom"), getattr(nodoc, "missing", "dflt"))
alias = nodoc
print(alias is nodoc, alias.__name__, alias == nodoc, callable(alias), callable(nodoc.custom))
documented.__name__ = "renamed"
print(documented.__name__, documented.__qualname__)
try:
    nodoc.missing
except AttributeError as e:
    print("AttributeError", e)
f = lambda: None
print(f.__name__, f.__qualname__, type(f).__name__, type(print).__name__, type(Outer().method).__name__)
def gen():
    yield 1
print(type(gen).__name__, type(gen()).__name__, gen.__name__)
print(repr(nodoc)[:20] == "<function nodoc at 0"[:20], str(documented).startswith("<function documented"))
