# Custom exception classes: str/repr with several args, attributes, __str__ override, hierarchy
# matching order, exception groups with except*, args mutation, raise in __init__ of subclass.
class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, what, code=404):
        super().__init__(what, code)
        self.what = what
        self.code = code

    def __str__(self):
        return f"{self.what} not found ({self.code})"


class Plain(AppError):
    pass


for exc in [NotFound("page"), Plain(), Plain("one"), Plain("a", 2), AppError(None), KeyError("k"), KeyError("a", "b"), OSError(2, "No such file")]:
    print(repr(exc), "|", str(exc), "|", exc.args)
try:
    raise NotFound("user", code=410)
except AppError as e:
    print(type(e).__name__, e, e.code, isinstance(e, Exception), NotFound.__mro__[1].__name__)
try:
    raise Plain
except (ValueError, Plain) as e:
    print("tuple match", repr(e))
e = ValueError("x")
e.args = ("changed", 1)
print(e, repr(e))
print(issubclass(NotFound, AppError), issubclass(KeyError, LookupError), issubclass(bool, int), BaseException.__subclasses__ is not None)
try:
    raise ExceptionGroup("batch", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
except* ValueError as g:
    print("values:", [str(x) for x in g.exceptions])
except* TypeError as g:
    print("types:", repr(g.exceptions[0]))
eg = ExceptionGroup("outer", [KeyError("a"), ExceptionGroup("inner", [ValueError(1)])])
print(repr(eg), str(eg), len(eg.exceptions))
match_v, rest = eg.split(ValueError)
print(repr(match_v), repr(rest))
print(eg.subgroup(lambda x: isinstance(x, KeyError)))
try:
    try:
        raise AppError("low")
    except AppError as err:
        raise NotFound("wrapped") from err
except NotFound as e:
    print(e, "<-", repr(e.__cause__))
print(StopIteration(5).value, SystemExit(3).code, KeyboardInterrupt.__mro__[1].__name__, repr(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")))
