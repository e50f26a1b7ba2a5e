# Exception chaining text: implicit context, explicit cause, `from None`, nested handlers,
# notes, and what traceback.format_exception prints for each.
import traceback


def fmt(e):
    text = "".join(traceback.format_exception(e))
    return text.replace(__file__, "fid_exception_chaining.py")


def parse(s):
    try:
        return int(s)
    except ValueError:
        raise KeyError("bad key " + s)


def parse_cause(s):
    try:
        return int(s)
    except ValueError as exc:
        raise RuntimeError("cannot parse") from exc


def parse_quiet(s):
    try:
        return int(s)
    except ValueError:
        raise LookupError("quiet") from None


for fn in (parse, parse_cause, parse_quiet):
    try:
        fn("x1")
    except Exception as e:
        print(fmt(e))
        print(type(e.__context__).__name__, type(e.__cause__).__name__, e.__suppress_context__)

try:
    try:
        {}["k"]
    except KeyError as inner:
        inner.add_note("while looking up k")
        raise
except KeyError as e:
    print(fmt(e))

try:
    try:
        1 / 0
    finally:
        print("finally ran")
except ZeroDivisionError as e:
    print(repr(e), e.__context__)

try:
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise TypeError("second")
        except TypeError:
            raise OSError("third")
except OSError as e:
    print(fmt(e))
