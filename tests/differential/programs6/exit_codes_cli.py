import sys


class UsageError(Exception):
    exit_code = 2


def parse(argv):
    opts = {"count": 1, "name": "world", "shout": False}
    it = iter(argv)
    for arg in it:
        if arg in ("-n", "--count"):
            try:
                opts["count"] = int(next(it))
            except StopIteration:
                raise UsageError(f"{arg} needs a value") from None
            except ValueError as e:
                raise UsageError(f"bad count: {e}") from e
        elif arg == "--shout":
            opts["shout"] = True
        elif arg.startswith("-"):
            raise UsageError(f"unknown option {arg}")
        else:
            opts["name"] = arg
    return opts


def main(argv):
    try:
        opts = parse(argv)
    except UsageError as e:
        print(f"usage error: {e}", file=sys.stderr)
        return e.exit_code
    msg = f"hello, {opts['name']}!"
    if opts["shout"]:
        msg = msg.upper()
    for _ in range(opts["count"]):
        print(msg)
    return 0


for argv in (["bob"], ["-n", "2", "--shout", "ann"], ["-n"], ["-n", "x"], ["--bogus"]):
    print(argv, "->", main(argv))
try:
    sys.exit("fatal: with a message")
except SystemExit as e:
    print("SystemExit code:", repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print("SystemExit code:", repr(e.code), e.args)
try:
    raise SystemExit(3)
except SystemExit as e:
    print("SystemExit code:", e.code)
try:
    exit(4)
except SystemExit as e:
    print("exit() code:", e.code)
sys.stdout.write("flushing before exit\n")
try:
    sys.exit(main(["-n", "3", "done"]) + 5)
finally:
    print("finally before exit")
print("never printed")
