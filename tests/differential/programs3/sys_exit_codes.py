import sys


def check(values):
    total = 0
    for v in values:
        if v < 0:
            print("negative value", v, file=sys.stderr)
            sys.exit(3)
        total += v
    return total


print("sum", check([1, 2, 3]))
try:
    sys.exit("custom message")
except SystemExit as e:
    print("caught SystemExit with code", repr(e.code), e.args)
try:
    sys.exit()
except SystemExit as e:
    print("bare exit code", e.code)
try:
    raise SystemExit(0)
except SystemExit as e:
    print("zero", e.code)
print("stdout before exit", flush=True)
check([5, -1, 2])
print("unreachable")
