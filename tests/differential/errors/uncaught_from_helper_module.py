# An exception class defined in an imported module is reported as module.ClassName.
import _errhelper
print("calling into _errhelper")
try:
    _errhelper.explode(2)
except _errhelper.HelperFailure as e:
    print("caught once:", e)
print("calling again without a handler")
_errhelper.explode(3)
