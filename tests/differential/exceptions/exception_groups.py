# ExceptionGroup, except*, and add_note (Python 3.11).
eg = ExceptionGroup("batch failed", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
print(eg, repr(eg.message), len(eg.exceptions), [type(e).__name__ for e in eg.exceptions])
print(isinstance(eg, Exception), type(eg).__name__, eg.args[0])
try:
    raise eg
except* ValueError as group:
    print("ValueErrors:", [str(e) for e in group.exceptions], type(group).__name__)
except* TypeError as group:
    print("TypeErrors:", [str(e) for e in group.exceptions])
try:
    try:
        raise ExceptionGroup("mixed", [KeyError("k"), ValueError("v")])
    except* ValueError:
        print("handled the ValueError part")
except ExceptionGroup as rest:
    print("unhandled rest:", rest.message, [repr(e) for e in rest.exceptions])
try:
    raise ValueError("plain")
except* ValueError as g:
    print("plain exception wrapped:", type(g).__name__, [str(e) for e in g.exceptions])
match_v, rest = eg.split(ValueError)
print(match_v.exceptions, rest.exceptions)
sub = eg.subgroup(lambda e: str(e).endswith("1"))
print([str(e) for e in sub.exceptions])
nested = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b")])])
print(nested, [type(e).__name__ for e in nested.exceptions])
try:
    raise nested
except* TypeError as g:
    print("found nested TypeError:", repr(g.exceptions[0]))
except* ValueError as g:
    print("found ValueError:", g.exceptions)
try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print("ValueError", e)
try:
    ExceptionGroup("bad", [1])
except ValueError as e:
    print("ValueError", e)
err = ValueError("with notes")
err.add_note("first note")
err.add_note("second note")
print(err, err.__notes__)
beg = BaseExceptionGroup("base", [KeyboardInterrupt()])
print(type(beg).__name__, type(BaseExceptionGroup("x", [ValueError()])).__name__)
