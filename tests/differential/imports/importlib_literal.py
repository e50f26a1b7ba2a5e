# importlib.import_module / __import__ with literal names (plugin-style loading), __package__,
# and a guarded import of an optional module through importlib.
import importlib

print("main __package__:", __package__)

deep = importlib.import_module("_pkg.sub.deep")
print(deep.__name__, deep.deep_value(4))
top = __import__("_pkg.sub.deep")
print(top.__name__, top.VERSION, top.sub.deep is deep)

codecs_by_name = {}
for name, mod in [("json", importlib.import_module("json")), ("csv", importlib.import_module("csv"))]:
    codecs_by_name[name] = mod
print(sorted(codecs_by_name), codecs_by_name["json"].dumps([1, "x"]))

path_mod = importlib.import_module("os.path")
print(path_mod.basename("/tmp/data.txt"))

helper = __import__("_helper")
print(helper.greet("importlib"), helper is importlib.import_module("_helper"))


def load_optional(label):
    try:
        mod = importlib.import_module("some_optional_accelerator")
    except ModuleNotFoundError as e:
        return f"{label}: fallback ({e.name})"
    return f"{label}: {mod.__name__}"


print(load_optional("accel"))
try:
    __import__("missing.child")
except ImportError as e:
    print(type(e).__name__, e)
