import sys


def log(*args):
    print("[log]", *args, file=sys.stderr)


log("starting")
print("normal output 1")
sys.stderr.write("direct stderr write\n")
sys.stdout.write("direct stdout write\n")
print("a", "b", sep="-", end="!\n")
print("no newline", end="")
print()
print(*[1, 2, 3], sep="")
print("flush", flush=True)
print(file=sys.stdout)
n = sys.stdout.write("count me\n")
print("wrote", n)
log("about to exit with code 2")
errors = ["missing field", "bad value"]
if errors:
    print(f"{len(errors)} errors", file=sys.stderr)
    sys.exit(2)
print("not reached")
