"""inspect signatures/binding of a plugin API, warnings filters and formatting, traceback.TracebackException formatting."""
import inspect
import traceback
import warnings


def handler(event, /, payload=None, *extra, retries: int = 3, timeout: float = 1.5, **opts) -> bool:
    """Handle one event.

    Longer description here.
    """
    return True


class Plugin:
    """A plugin."""

    def __init__(self, name: str, *, enabled=True):
        self.name = name

    def run(self, data, limit=10):
        return data[:limit]

    @classmethod
    def create(cls, spec):
        return cls(spec)

    @staticmethod
    def helper(x, y=2):
        return x + y

    @property
    def label(self):
        return self.name.title()


sig = inspect.signature(handler)
print(sig, sig.return_annotation, list(sig.parameters))
for p in sig.parameters.values():
    print(f"  {p.name:8} {p.kind.name:22} default={p.default!r:12} annotation={p.annotation!r}")
b = sig.bind("evt", {"k": 1}, "x1", "x2", retries=5, color="red")
print(b.arguments, b.args, b.kwargs)
b2 = sig.bind_partial("evt")
b2.apply_defaults()
print(b2.arguments)
for args, kwargs in [((), {}), (("e",), {"event": "again"}), (("e",), {"retries": 1, "retries2": 2}), (("a", "b"), {"payload": 1})]:
    try:
        sig.bind(*args, **kwargs)
        print("bound", args, kwargs)
    except TypeError as e:
        print("TypeError", e)
print(inspect.signature(Plugin), inspect.signature(Plugin.run), inspect.signature(Plugin("p").run), inspect.signature(Plugin.create), inspect.signature(Plugin.helper))
print(inspect.getdoc(handler), inspect.getdoc(Plugin), inspect.cleandoc("  a\n    b\n  c"))
print(inspect.isfunction(handler), inspect.ismethod(Plugin("p").run), inspect.isclass(Plugin), inspect.isgeneratorfunction(handler), inspect.iscoroutinefunction(handler))
print([n for n, _ in inspect.getmembers(Plugin, inspect.isfunction)], inspect.getmro(bool))
sig2 = sig.replace(parameters=[p.replace(default=inspect.Parameter.empty) if p.name == "timeout" else p for p in sig.parameters.values()], return_annotation=inspect.Signature.empty)
print(sig2)
print(str(inspect.Parameter("x", inspect.Parameter.KEYWORD_ONLY, default=None, annotation=int)))
try:
    inspect.Parameter("x", inspect.Parameter.POSITIONAL_ONLY, default=1).replace(name="1bad")
except ValueError as e:
    print("ValueError", e)

warnings.simplefilter("always")
with warnings.catch_warnings(record=True) as caught:
    warnings.warn("plain")
    warnings.warn("deprecated thing", DeprecationWarning)
    warnings.warn(UserWarning("instance warning"))
    warnings.warn("category runtime", RuntimeWarning, stacklevel=1)
print([(w.category.__name__, str(w.message)) for w in caught])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("ignore", DeprecationWarning)
    warnings.filterwarnings("error", message="fatal.*")
    warnings.warn("ignored", DeprecationWarning)
    warnings.warn("kept", FutureWarning)
    try:
        warnings.warn("fatal problem")
    except UserWarning as e:
        print("raised as error:", e)
print([(w.category.__name__, str(w.message)) for w in caught])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("once")
    for _ in range(3):
        warnings.warn("only once please")
print(len(caught))
print(warnings.formatwarning("msg text", UserWarning, "file.py", 12, "line of code").rstrip())
print(warnings.formatwarning("msg", DeprecationWarning, "f.py", 3, None).rstrip())


def level3():
    raise ValueError("deep failure")


def level2():
    try:
        level3()
    except ValueError as e:
        raise RuntimeError("wrapped") from e


try:
    level2()
except RuntimeError as e:
    te = traceback.TracebackException.from_exception(e)
    lines = list(te.format())
    print(len(lines) > 3, lines[-1].rstrip(), "".join(te.format_exception_only()).rstrip())
    print(te.exc_type.__name__, str(te), te.__cause__.exc_type.__name__, [f.name for f in te.stack], [f.name for f in te.__cause__.stack])
    print(traceback.format_exception_only(type(e), e), traceback.format_exception_only(e) if True else "")
    short = [l for l in traceback.format_exception(e) if not l.startswith("  File") and not l.startswith("    ")]
    print(short)
try:
    {}["key"]
except KeyError as e:
    print(repr(traceback.format_exc().splitlines()[-1]), traceback.format_exception_only(KeyError, KeyError("k")))
print(traceback.format_exception_only(SyntaxError, SyntaxError("bad", ("f.py", 3, 5, "x = = 1\n"))))
try:
    raise ExceptionGroup("batch", [ValueError("a"), TypeError("b")])
except ExceptionGroup as eg:
    print([l.rstrip() for l in traceback.format_exception_only(eg)])
    print(eg.exceptions, eg.split(ValueError)[0].exceptions, eg.subgroup(TypeError).exceptions)
