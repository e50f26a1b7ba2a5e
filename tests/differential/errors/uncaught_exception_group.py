# except* handlers that raise, leaving an uncaught exception group (printed with nested boxes).
def work(items):
    errors = []
    for x in items:
        try:
            if x < 0:
                raise ValueError(f"negative: {x}")
            if x == 0:
                raise ZeroDivisionError("zero")
            print("ok", 10 / x)
        except Exception as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("work failed", errors)
try:
    work([1, -2, 0, 4])
except* ZeroDivisionError as g:
    print("handled", [str(e) for e in g.exceptions])
except* ValueError as g:
    print("re-raising", len(g.exceptions))
    raise
