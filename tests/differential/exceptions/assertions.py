# assert statements and AssertionError.
def check(v):
    assert v > 0, f"value must be positive, got {v}"
    return v
print(check(5))
try:
    check(-1)
except AssertionError as e:
    print("AssertionError", e, e.args)
try:
    assert False
except AssertionError as e:
    print("no message:", repr(e), e.args)
try:
    assert [], ["msg", "list"]
except AssertionError as e:
    print("non-string message:", e.args)
assert True, "never evaluated " + undefined_name_is_fine
assert 1 == 1.0
x = [1, 2, 3]
assert len(x) == 3 and x[0] == 1
try:
    assert (x[0] == 2), "first element"
except AssertionError as e:
    print("AssertionError", e)
try:
    assert x == [1, 2], None
except AssertionError as e:
    print("None message:", repr(e))
print(issubclass(AssertionError, Exception), "done")
