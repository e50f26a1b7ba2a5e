# warnings printed to stderr, then an uncaught exception from a nested class method.
import warnings


def old_api(x):
    warnings.warn("old_api is deprecated, use new_api", DeprecationWarning, stacklevel=2)
    return new_api(x)


def new_api(x):
    warnings.warn(f"value {x} is large", UserWarning)
    return Outer.Inner().divide(x)


class Outer:
    class Inner:
        def divide(self, x):
            return 100 // (x - 10)


warnings.simplefilter("always")
print(old_api(12))
print(new_api(20))
print(old_api(10))
