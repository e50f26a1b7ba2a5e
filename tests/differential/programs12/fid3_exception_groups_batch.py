class ValidationError(Exception):
    def __init__(self, field, msg):
        super().__init__(f"{field}: {msg}")
        self.field = field


class RemoteError(Exception):
    pass


def validate(rec):
    errs = []
    if not rec.get("name"):
        errs.append(ValidationError("name", "missing"))
    if not isinstance(rec.get("age"), int):
        errs.append(ValidationError("age", f"not an int: {rec.get('age')!r}"))
    elif rec["age"] < 0:
        errs.append(ValidationError("age", "negative"))
    if "@" not in rec.get("email", ""):
        errs.append(ValueError(f"bad email {rec.get('email', '')!r}"))
    if errs:
        raise ExceptionGroup(f"record {rec.get('id')}", errs)
    return rec


records = [
    {"id": 1, "name": "Ann", "age": 31, "email": "ann@x.org"},
    {"id": 2, "name": "", "age": "old", "email": "nope"},
    {"id": 3, "name": "Cy", "age": -4, "email": "cy@x.org"},
    {"id": 4, "name": "Di", "age": 22},
]
for rec in records:
    try:
        validate(rec)
        print("ok", rec["id"])
    except* ValidationError as eg:
        print("validation", rec["id"], [str(e) for e in eg.exceptions], eg.message)
    except* ValueError as eg:
        print("value", rec["id"], [str(e) for e in eg.exceptions])


def batch():
    problems = []
    for i, rec in enumerate(records):
        try:
            validate(rec)
        except ExceptionGroup as eg:
            eg.add_note(f"while checking index {i}")
            problems.append(eg)
    if problems:
        raise ExceptionGroup("batch failed", problems)


try:
    batch()
except ExceptionGroup as eg:
    print(eg)
    print(len(eg.exceptions), [len(g.exceptions) for g in eg.exceptions], [g.__notes__ for g in eg.exceptions])
    match, rest = eg.split(ValidationError)
    print(repr(match.message), [type(e).__name__ for g in match.exceptions for e in g.exceptions])
    print(rest is not None and [str(e) for g in rest.exceptions for e in g.exceptions])
    sub = eg.subgroup(lambda e: isinstance(e, ValidationError) and e.field == "age")
    print([str(e) for g in sub.exceptions for e in g.exceptions])
    print(eg.subgroup(KeyError))

try:
    try:
        raise ExceptionGroup("net", [RemoteError("timeout"), RemoteError("reset"), KeyError("k")])
    except* RemoteError as eg:
        print("remote errors:", len(eg.exceptions), repr(eg.exceptions[0]))
except ExceptionGroup as leftover:
    print("leftover:", repr(leftover), leftover.exceptions)
except KeyError as k:
    print("key", k)

try:
    raise ExceptionGroup("one", [ZeroDivisionError("z")])
except* ZeroDivisionError:
    print("caught zero in group")

try:
    raise ZeroDivisionError("naked")
except* ZeroDivisionError as eg:
    print("naked wrapped:", type(eg).__name__, repr(eg.message), eg.exceptions)

eg = BaseExceptionGroup("mixed", [ValueError(1), KeyboardInterrupt()])
print(type(eg).__name__, isinstance(eg, Exception))
eg2 = BaseExceptionGroup("plain", [ValueError(1), TypeError(2)])
print(type(eg2).__name__, isinstance(eg2, Exception), eg2.derive([ValueError(9)]))
try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print("ValueError:", e)
try:
    ExceptionGroup("bad", [1])
except ValueError as e:
    print("ValueError:", e)
e = ValueError("base")
e.add_note("first note")
e.add_note("second")
print(e.__notes__, str(e))
print(repr(ExceptionGroup("nested", [ExceptionGroup("inner", [OSError(2, "No such file")])])))
