import traceback


def risky(n):
    if n % 3 == 0:
        raise ValueError(f"bad {n}")
    if n % 3 == 1:
        raise TypeError(f"wrong {n}")
    return n


errors = []
for i in range(6):
    try:
        risky(i)
    except (ValueError, TypeError) as e:
        errors.append(e)
eg = ExceptionGroup("several", errors)
print(eg, len(eg.exceptions), eg.message)
try:
    raise eg
except* ValueError as g:
    print("values:", [str(e) for e in g.exceptions])
except* TypeError as g:
    print("types:", [str(e) for e in g.exceptions])
m, rest = eg.split(ValueError)
print(m.exceptions, rest.exceptions)
print(eg.subgroup(lambda e: "4" in str(e)))
e = ValueError("with note")
e.add_note("first note")
e.add_note("second")
print(e.__notes__)
try:
    raise e
except ValueError as err:
    print(repr(err), err.__notes__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("inner")
except KeyError as k:
    print(repr(k), type(k.__context__).__name__, k.__suppress_context__, k.__cause__)
try:
    raise ValueError("x") from None
except ValueError as v:
    print(v.__suppress_context__, v.__cause__, v.__context__)
print(traceback.format_exception_only(ValueError, ValueError("only")))
try:
    int("zz")
except Exception as ex:
    print("".join(traceback.format_exception_only(type(ex), ex)).strip())


class MyErr(Exception):
    def __str__(self):
        return "custom str"


print(str(MyErr()), repr(MyErr(1, 2)), MyErr("a").args, str(KeyError("k")), str(KeyError()), repr(OSError(2, "nf")))
print(isinstance(ExceptionGroup("g", [ValueError()]), Exception), issubclass(BaseExceptionGroup, BaseException))
raise ExceptionGroup("final", [ValueError(1), KeyError(2)])
