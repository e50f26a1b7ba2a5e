"""Top-level helper module named like a JS method."""
import sys
loaded_as = __name__
def valueOf():
    return 7
length = 3
print("importing", __name__, "main is", sys.modules["__main__"].__name__)
