# `from collections import *` binds exactly collections.__all__ (and keeps an imported abc).
import abc
from collections import *
for obj in [ChainMap, Counter, OrderedDict, UserDict, UserList, UserString, defaultdict, deque, namedtuple]:
    print(obj.__name__)
print(abc.ABC.__name__, Counter("aab"), deque([1]), namedtuple("P", "x")(1))
for name in ["NamedTuple", "TypedDict", "KeysView"]:
    try:
        eval_result = {"NamedTuple": lambda: NamedTuple, "TypedDict": lambda: TypedDict, "KeysView": lambda: KeysView}[name]()
        print(name, "bound")
    except NameError as e:
        print("NameError:", e)
