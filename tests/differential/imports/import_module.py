# import of a local module: attributes, shared state, aliases.
print("before import")
import _helper
print("after import")
import _helper as h
print(h is _helper, _helper.__name__, _helper.__doc__)
print(_helper.GREETING, _helper.greet(), _helper.greet("pyjs"))
print(_helper.bump(), _helper.bump(5), h.counter, _helper.counter)
_helper.counter = 100
print(h.counter, h.bump())
s = _helper.Shape("box")
print(s.describe(), type(s).__name__, isinstance(s, h.Shape), type(s).__module__)
class Square(_helper.Shape):
    sides = 4
print(Square("sq").describe(), Square.__mro__[1].__name__)
try:
    _helper.fail()
except _helper.HelperError as e:
    print(type(e).__name__, e, type(e).__module__)
try:
    _helper.missing_attribute
except AttributeError as e:
    print("AttributeError", e)
_helper.new_attr = "set from importer"
print(h.new_attr, hasattr(_helper, "new_attr"), type(_helper).__name__)
print(sorted(n for n in dir(_helper) if not n.startswith("__")))
