import traceback
import sys


def inner():
    raise ValueError("bad value")


def outer():
    inner()


try:
    outer()
except ValueError:
    text = traceback.format_exc()
    lines = text.splitlines()
    print(lines[0])
    print(lines[-1])
    print(sum(1 for l in lines if l.strip().startswith("File")))

try:
    {}["missing"]
except KeyError as e:
    print(traceback.format_exception_only(type(e), e))
    print("".join(traceback.format_exception(e)).splitlines()[-1])
    info = sys.exc_info()
    print(info[0].__name__, info[1])

try:
    try:
        int("x")
    except ValueError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    out = traceback.format_exception(e)
    text = "".join(out)
    print("direct cause" in text, text.splitlines()[-1])
    tb = traceback.extract_tb(e.__traceback__)
    print(len(tb) >= 1, tb[-1].name)
print(traceback.format_exception_only(ValueError("x")))
