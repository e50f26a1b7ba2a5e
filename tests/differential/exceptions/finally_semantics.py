# finally runs on every exit path; return/break/continue in finally.
def trace(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "-> raised", type(e).__name__, e)
def f_return():
    try:
        return "from try"
    finally:
        print("  finally after return")
def f_exception():
    try:
        raise ValueError("boom")
    finally:
        print("  finally during exception")
def f_override_exception():
    try:
        raise ValueError("original")
    finally:
        raise KeyError("replacement")
def f_break_in_finally():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return f"loop ended at {i}"
def f_continue_in_finally():
    seen = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError("dropped")
            seen.append(i)
        finally:
            continue
    return seen
def f_return_value_evaluated_before_finally():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
def f_return_number_then_modify():
    n = 1
    try:
        return n
    finally:
        n = 100
def f_nested():
    try:
        try:
            return "inner"
        finally:
            print("  inner finally")
    finally:
        print("  outer finally")
trace("return", f_return)
trace("exception", f_exception)
trace("override", f_override_exception)
trace("break", f_break_in_finally)
trace("continue", f_continue_in_finally)
trace("mutate", f_return_value_evaluated_before_finally)
trace("rebind", f_return_number_then_modify)
trace("nested", f_nested)
def f_context():
    try:
        raise ValueError("original")
    finally:
        pass
try:
    try:
        raise ValueError("first")
    finally:
        print("cleanup")
except ValueError as e:
    print("caught after finally:", e)
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("  generator finally")
for v in gen():
    print("gen value", v)
