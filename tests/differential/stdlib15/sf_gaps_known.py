"""Stdlib behaviours pyjs does not reproduce (see tests/known-failures.txt); each line prints one."""
import functools
import inspect
import operator
import unicodedata

class Circle:
    @functools.cached_property
    def area(self):
        return 3.0
print(type(Circle.__dict__["area"]).__name__)
print(operator.length_hint(iter(range(5))), operator.length_hint(iter([1, 2, 3])))
print(inspect.currentframe() is not None)
print(inspect.signature(print))
print(unicodedata.bidirectional("a"), unicodedata.name("\u0663"))
