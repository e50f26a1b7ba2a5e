# Failing imports are ImportError / ModuleNotFoundError and can be caught.
try:
    import nonexistent_mod
except ImportError as e:
    print(e)
    print(type(e).__name__, e.name, isinstance(e, ModuleNotFoundError))
try:
    import nonexistent_pkg.sub.mod
except ModuleNotFoundError as e:
    print(e)
try:
    from nonexistent_mod import thing
except ImportError as e:
    print(e)
try:
    import _helper_does_not_exist as alias
except ImportError as e:
    print(e)
def optional_feature():
    try:
        import fancy_optional_dependency
    except ImportError:
        return "fallback implementation"
    return "fancy"
print(optional_feature())
try:
    import _helper
    from _helper import greet
    print("real helper imported:", greet("again"))
except ImportError as e:
    print("unexpected", e)
try:
    __import__("also_missing")
except ImportError as e:
    print("__import__:", e)
mod = __import__("_helper")
print(mod.GREETING)
