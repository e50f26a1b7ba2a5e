# sys.exit(0) deep in the call stack ends the program successfully (no .status file).
import sys
def level(n):
    if n == 0:
        print("exiting from depth")
        sys.exit(0)
    try:
        level(n - 1)
    finally:
        print("unwinding", n)
def guarded():
    try:
        level(1)
    except SystemExit as e:
        print("intercepted exit", e.code)
        return "resumed"
print(guarded())
try:
    level(2)
except Exception:
    print("SystemExit is not caught by except Exception")
except BaseException as e:
    print("but BaseException catches", type(e).__name__, e.code)
finally:
    print("outer finally")
level(3)
print("never reached")
