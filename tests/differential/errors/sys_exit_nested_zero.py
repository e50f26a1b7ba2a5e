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
level(3)
print("never reached")
