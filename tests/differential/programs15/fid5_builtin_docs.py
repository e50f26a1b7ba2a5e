# Docstrings of builtin types and functions, a builtin function's __module__, a function's __globals__.
print(object.__doc__)
print(len.__doc__)
print(int.__doc__.splitlines()[0])
print(str.upper.__doc__)
print(len.__module__, abs.__module__)


def f():
    pass


print(f.__globals__ is globals(), f.__globals__['__name__'])
