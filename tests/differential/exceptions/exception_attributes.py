# args, str() and repr() of exceptions with 0, 1 and many arguments.
for args in [(), ("msg",), (42,), ("a", "b"), (None,), ([1, 2],), ("",), (("t",),)]:
    e = Exception(*args)
    print(repr(args), "|", str(e), "|", repr(e), "|", e.args)
k = KeyError("key")
print(str(k), repr(k), str(KeyError()), str(KeyError("a", "b")), str(KeyError(1)))
print(str(IndexError("i")), str(StopIteration(5)), StopIteration(5).value, StopIteration().value)
se = SystemExit(3)
print(se.code, SystemExit().code, SystemExit("msg").code, SystemExit(1, 2).code)
u = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(u, u.start, u.end, u.reason)
o = OSError(2, "No such file")
print(o, o.errno, o.strerror, o.args)
n = NameError("name 'x' is not defined")
print(n, n.args)
a = AttributeError("custom attribute message")
print(a, repr(a))
try:
    [].x
except AttributeError as e:
    print(e.args, e.name, type(e.obj).__name__)
try:
    undefined_thing
except NameError as e:
    print(e.args, e.name)
try:
    import no_such_module_for_test
except ImportError as e:
    print(type(e).__name__, e, e.name)
e = ValueError("x")
e.extra = "attached attribute"
print(e.extra, e.__class__.__name__, e.__traceback__ is None)
try:
    raise e
except ValueError as caught:
    print(caught is e, caught.extra, caught.__traceback__ is not None)
print(ZeroDivisionError("custom zde"), ArithmeticError().args, BaseException("b").args)
