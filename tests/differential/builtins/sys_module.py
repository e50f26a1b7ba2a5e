# The parts of sys that the core runtime must provide.
import sys
print(sys.argv, len(sys.argv), sys.argv[0].endswith(".py"))
print(sys.version_info[:2] == (3, 11), sys.version_info.major, sys.version_info >= (3, 8))
print(sys.maxsize == 2 ** 63 - 1, sys.getrecursionlimit())
print(sys.stdout is not None, sys.stderr is not None, sys.stdin is not None)
n = sys.stdout.write("written via sys.stdout.write\n")
print(n)
sys.stderr.write("this goes to stderr\n")
print(__name__, __name__ == "__main__")
try:
    sys.exit(0)
except SystemExit as e:
    print("SystemExit caught, code", e.code)
try:
    sys.exit("message")
except SystemExit as e:
    print("SystemExit caught, code", repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print("SystemExit caught, code", e.code)
print("module sys has exit:", hasattr(sys, "exit"), type(sys).__name__)
print("done")
