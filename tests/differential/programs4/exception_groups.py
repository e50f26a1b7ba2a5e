class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field


def validate(record):
    errors = []
    if not record.get("name"):
        errors.append(ValidationError("name", "required"))
    age = record.get("age")
    if not isinstance(age, int):
        errors.append(TypeError(f"age must be int, not {type(age).__name__}"))
    elif age < 0:
        errors.append(ValidationError("age", "negative"))
    if "@" not in record.get("email", ""):
        errors.append(ValidationError("email", "invalid"))
    if errors:
        raise ExceptionGroup(f"record {record.get('id')} invalid", errors)
    return True


records = [
    {"id": 1, "name": "ann", "age": 30, "email": "a@x"},
    {"id": 2, "name": "", "age": -1, "email": "nope"},
    {"id": 3, "name": "cy", "age": "old", "email": "c@x"},
]
for r in records:
    try:
        print(r["id"], validate(r))
    except* ValidationError as eg:
        print(r["id"], "validation:", [str(e) for e in eg.exceptions], eg.message)
    except* TypeError as eg:
        print(r["id"], "types:", [str(e) for e in eg.exceptions])

try:
    validate(records[1])
except ExceptionGroup as eg:
    print(repr(eg.message), len(eg.exceptions), [e.field for e in eg.exceptions])
    sub = eg.subgroup(lambda e: getattr(e, "field", "") == "age")
    print(sub.exceptions, eg.split(ValidationError)[1])

eg = ExceptionGroup("outer", [ValueError("v1"), ExceptionGroup("inner", [KeyError("k"), ValueError("v2")])])
try:
    raise eg
except* ValueError as g:
    print("values:", g.exceptions)
except* KeyError as g:
    print("keys:", g.exceptions)

try:
    try:
        raise ExceptionGroup("many", [OSError("disk"), RuntimeError("cpu")])
    except* OSError:
        print("handled OSError")
except ExceptionGroup as rest:
    print("left over:", rest.exceptions, type(rest).__name__)

e = RuntimeError("failed to load")
e.add_note("while reading config.ini")
e.add_note("hint: check permissions")
print(e.__notes__, str(e))
bg = BaseExceptionGroup("b", [KeyboardInterrupt()])
print(type(bg).__name__, isinstance(ExceptionGroup("x", [ValueError()]), BaseExceptionGroup))
try:
    ExceptionGroup("empty", [])
except ValueError as err:
    print("ValueError:", err)
try:
    raise ExceptionGroup("final", [ValueError("a"), TypeError("b")])
except* ValueError:
    pass
