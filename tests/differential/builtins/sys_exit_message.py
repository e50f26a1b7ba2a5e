# sys.exit with a string: the message goes to stderr and the status is 1.
import sys
print("partial output", end="")
print(" then exit")
codes = []
for arg in [None, 0, 2, "text", True]:
    try:
        sys.exit(arg)
    except SystemExit as e:
        codes.append(e.code)
print("caught codes:", codes)
try:
    raise SystemExit("also a message")
except SystemExit as e:
    print("raise SystemExit works the same:", e.code, e.args)
def nested():
    try:
        sys.exit("fatal: configuration missing")
    finally:
        print("cleanup before the message is printed")
print("exiting now")
nested()
print("never printed")
