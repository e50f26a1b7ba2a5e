# from-imports: names, aliases, star imports and rebinding semantics.
from _helper import greet, GREETING as G, bump
from _helper import counter
print(greet("from-import"), G)
print(bump(), bump(), "copied counter stays", counter)
import _helper
print("module counter", _helper.counter)
counter = 50
print(_helper.counter, counter)
from _helper import *
print("after star import counter:", counter, Shape("s").describe())
try:
    print(_private)
except NameError as e:
    print("NameError", e)
try:
    print(HelperError)
except NameError as e:
    print("NameError (not in __all__)", e)
try:
    from _helper import does_not_exist
except ImportError as e:
    print("ImportError", e.name, type(e).__name__)
from _helper import Shape as S, HelperError as HE
print(S is Shape, HE.__name__)
def local_scope():
    from _helper import greet as local_greet
    return local_greet("local")
print(local_scope())
try:
    local_greet
except NameError as e:
    print("NameError", e)
