# Uncaught ExceptionGroup with nested groups and a note: the box-drawing traceback.
def check(i):
    if i % 2:
        raise ValueError(f"odd value {i}")
    raise KeyError(i)

def run_all(n):
    errors = []
    for i in range(n):
        try:
            check(i)
        except Exception as e:
            errors.append(e)
    inner = ExceptionGroup("inner batch", errors[2:])
    eg = ExceptionGroup("all checks", errors[:2] + [inner])
    eg.add_note("3 workers failed")
    raise eg

print("running")
run_all(4)
