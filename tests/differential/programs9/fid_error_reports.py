"""Error handling in a batch job: custom hierarchy, traceback module, chaining, notes."""
import traceback
import sys


class JobError(Exception):
    code = 1

    def __init__(self, msg, *, job=None):
        super().__init__(msg)
        self.job = job

    def __str__(self):
        base = super().__str__()
        return f"[{self.job}] {base}" if self.job else base


class ConfigError(JobError):
    code = 2


class DataError(JobError, ValueError):
    code = 3


def load(job, data):
    if "rows" not in data:
        raise ConfigError("missing 'rows'", job=job)
    out = []
    for i, row in enumerate(data["rows"]):
        try:
            out.append(int(row))
        except ValueError as e:
            raise DataError(f"row {i} is not a number: {row!r}", job=job) from e
    return out


def process(job, data):
    rows = load(job, data)
    return sum(rows) / len(rows)


jobs = {
    "ok": {"rows": ["1", "2", "3"]},
    "empty": {"rows": []},
    "bad": {"rows": ["4", "x5"]},
    "nocfg": {},
}
for name, data in jobs.items():
    try:
        print(name, "->", process(name, data))
    except JobError as e:
        print(f"{name} -> {type(e).__name__}(code={e.code}): {e}")
        if e.__cause__:
            print("   cause:", repr(e.__cause__))
    except ZeroDivisionError as e:
        print(f"{name} -> ZeroDivisionError: {e}")

print(DataError.__mro__[1:3], isinstance(DataError("x"), ValueError))

try:
    process("bad", jobs["bad"])
except DataError as e:
    tb = traceback.extract_tb(e.__traceback__)
    print([(f.name, f.line) for f in tb])
    print("".join(traceback.format_exception_only(e)).strip())
    lines = traceback.format_exception(e)
    print(len(lines) > 3, lines[-1].strip())
    print(any("The above exception was the direct cause" in l for l in lines))

try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("while handling")
except RuntimeError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
    text = "".join(traceback.format_exception(e))
    print("During handling of the above exception" in text)

try:
    raise ValueError("with note")
except ValueError as e:
    e.add_note("extra context 1")
    e.add_note("extra context 2")
    print(e.__notes__)
    print(traceback.format_exception_only(e))

try:
    raise ExceptionGroup("many", [ValueError("a"), TypeError("b"), ValueError("c")])
except* ValueError as eg:
    print("values:", [str(x) for x in eg.exceptions])
except* TypeError as eg:
    print("types:", [str(x) for x in eg.exceptions])


def deep(n):
    if n == 0:
        raise RecursionError("bottom reached")
    return deep(n - 1)


try:
    deep(3)
except RecursionError as e:
    frames = traceback.extract_tb(e.__traceback__)
    print(len(frames), [f.name for f in frames], frames[-1].lineno - frames[1].lineno)

err = None
try:
    [][0]
except IndexError as e:
    err = e
print(type(err).__name__, err.args, str(err))
print(repr(JobError("m", job="j")), JobError("m", job="j").args, str(ConfigError("c")))
e = KeyError("quoted")
print(str(e), repr(e), str(KeyError()), str(OSError(2, "No such file")), OSError(2, "x").errno)
print(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"))
sys.exit(0)
