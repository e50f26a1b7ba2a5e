# An exception class defined in an imported module is reported as module.ClassName.
import _errhelper
print("calling into _errhelper")
try:
    _errhelper.explode(2)
except _errhelper.HelperFailure as e:
    print("caught once:", e)
    print("type name:", type(e).__name__, "module:", type(e).__module__)
    print("is Exception:", isinstance(e, Exception))
def wrapper(depth):
    print("wrapper depth", depth)
    return _errhelper.explode(depth)
for d in range(3):
    try:
        wrapper(d)
    except _errhelper.HelperFailure as e:
        print("handled:", e)
print("calling again without a handler")
wrapper(3)
print("never reached")
