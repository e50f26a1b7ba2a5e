from _starpkg import *
import _starpkg, _starpkg.circle as sc
import _counter
from _counter import counter, bump
print(Circle(1), Square(2), area_sum(Circle(1), Square(2)))
print(_starpkg.VERSION, sc.Circle is Circle, _starpkg.__name__, sc.__name__)
bump(); bump()
print(counter, _counter.counter)
try:
    from _starpkg import nothing
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
print(sorted(k for k in dir(_starpkg) if not k.startswith("__")))
print("_hidden" in dir(_starpkg.square))
