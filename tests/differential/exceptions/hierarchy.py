# The builtin exception hierarchy and catching by base class.
def mro(cls):
    return " > ".join(c.__name__ for c in cls.__mro__)
for cls in [ZeroDivisionError, KeyError, IndexError, FileNotFoundError, UnicodeDecodeError, RecursionError,
            NotImplementedError, StopIteration, GeneratorExit, KeyboardInterrupt, SystemExit, ModuleNotFoundError,
            UnboundLocalError, OverflowError, TimeoutError, AssertionError, ExceptionGroup]:
    print(mro(cls))
def trigger(kind):
    if kind == "zero":
        return 1 / 0
    if kind == "key":
        return {}["k"]
    if kind == "index":
        return [][0]
    if kind == "attr":
        return None.x
    if kind == "type":
        return 1 + "a"
    if kind == "value":
        return int("x")
    if kind == "name":
        return undefined_name
    if kind == "overflow":
        return 2.0 ** 5000
for kind in ["zero", "key", "index", "attr", "type", "value", "name", "overflow"]:
    try:
        trigger(kind)
    except ArithmeticError as e:
        print(kind, "ArithmeticError branch:", type(e).__name__)
    except LookupError as e:
        print(kind, "LookupError branch:", type(e).__name__)
    except Exception as e:
        print(kind, "Exception branch:", type(e).__name__)
try:
    raise KeyError("x")
except Exception:
    print("KeyError is an Exception")
try:
    try:
        raise SystemExit(5)
    except Exception:
        print("not reached: SystemExit is not an Exception")
except BaseException as e:
    print("BaseException caught", type(e).__name__, e.code)
try:
    raise GeneratorExit
except Exception:
    print("wrong")
except BaseException as e:
    print("GeneratorExit is BaseException only:", type(e).__name__)
print(issubclass(ModuleNotFoundError, ImportError), issubclass(UnicodeError, ValueError), issubclass(BrokenPipeError, OSError))
