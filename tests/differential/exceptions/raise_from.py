# Exception chaining: raise ... from, __cause__, __context__, __suppress_context__.
class ConfigError(Exception):
    pass
def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad config {text!r}") from e
try:
    load("x1")
except ConfigError as e:
    print(e, "| cause:", type(e.__cause__).__name__, e.__cause__, "| suppress:", e.__suppress_context__)
    print("context is cause:", e.__context__ is e.__cause__)
def hide():
    try:
        {}["k"]
    except KeyError:
        raise ValueError("clean") from None
try:
    hide()
except ValueError as e:
    print(e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
def implicit():
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("during handling")
try:
    implicit()
except RuntimeError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
try:
    raise TypeError("outer") from KeyError("explicit cause")
except TypeError as e:
    print(e, repr(e.__cause__), e.__context__)
try:
    raise ValueError("with class cause") from IndexError
except ValueError as e:
    print(repr(e.__cause__))
try:
    raise ValueError("x") from 5
except TypeError as e:
    print("TypeError", e)
def chain3():
    try:
        try:
            raise KeyError("first")
        except KeyError as a:
            raise ValueError("second") from a
    except ValueError as b:
        raise RuntimeError("third") from b
try:
    chain3()
except RuntimeError as e:
    links = []
    cur = e
    while cur is not None:
        links.append(f"{type(cur).__name__}({cur})")
        cur = cur.__cause__
    print(" <- ".join(links))
e = ValueError("manual")
e.__cause__ = KeyError("set by hand")
print(e.__cause__, e.__suppress_context__)
