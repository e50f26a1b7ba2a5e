# Batch validation that raises ExceptionGroups and handles them with except*.
class ValidationError(Exception):
    pass
class MissingField(ValidationError):
    pass

def validate(record):
    errors = []
    if "id" not in record:
        errors.append(MissingField("id"))
    if not isinstance(record.get("qty", 0), int):
        errors.append(TypeError(f"qty must be int, got {type(record['qty']).__name__}"))
    if record.get("qty", 0) < 0 if isinstance(record.get("qty", 0), int) else False:
        errors.append(ValueError("qty negative"))
    if errors:
        raise ExceptionGroup(f"record {record.get('id', '?')}", errors)
    return True

records = [{"id": 1, "qty": 3}, {"qty": -1}, {"id": 3, "qty": "x"}, {"id": 4, "qty": -5}]
for rec in records:
    try:
        validate(rec)
        print("ok", rec)
    except* MissingField as eg:
        print("missing:", [str(e) for e in eg.exceptions], type(eg).__name__, eg.message)
    except* (TypeError, ValueError) as eg:
        print("bad values:", [f"{type(e).__name__}: {e}" for e in eg.exceptions])

eg = ExceptionGroup("batch", [ValueError("a"), TypeError("b"), ExceptionGroup("inner", [ValueError("c"), KeyError("d")])])
print(repr(eg))
print(str(eg), len(eg.exceptions))
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
sub = eg.subgroup(lambda e: isinstance(e, KeyError))
print(repr(sub), eg.subgroup(OSError))
print(repr(eg.derive([ValueError("z")])))
try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print("ValueError:", e)
try:
    ExceptionGroup("bad", [1])
except ValueError as e:
    print("ValueError:", e)
beg = BaseExceptionGroup("base", [KeyboardInterrupt()])
print(type(beg).__name__, type(BaseExceptionGroup("x", [ValueError()])).__name__)

def handler():
    try:
        raise ExceptionGroup("io", [OSError("disk"), ValueError("parse"), OSError("net")])
    except* OSError as g:
        print("os errors:", [str(e) for e in g.exceptions])
try:
    handler()
except ExceptionGroup as leftover:
    print("leftover:", repr(leftover))

try:
    try:
        raise ValueError("plain")
    except* ValueError as g:
        print("plain wrapped:", repr(g))
except Exception as e:
    print("unexpected", e)

try:
    try:
        raise ExceptionGroup("g", [TypeError("t")])
    except* TypeError:
        raise RuntimeError("handler failed")
except ExceptionGroup as e:
    print("raised in except*:", repr(e), repr(e.exceptions[0].__context__))
except RuntimeError as e:
    print("runtime", repr(e))

eg2 = ExceptionGroup("notes", [ValueError("v")])
eg2.add_note("group note")
print(eg2.__notes__, eg2.exceptions[0].__traceback__ is None)
results = []
for i in range(3):
    try:
        raise ExceptionGroup("loop", [ValueError(i), KeyError(i)])
    except* ValueError as g:
        results.append(("V", g.exceptions[0].args))
    except* KeyError as g:
        results.append(("K", g.exceptions[0].args))
print(results)
