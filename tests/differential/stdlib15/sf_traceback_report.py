"""Error reporting: traceback formatting (file names stripped), exception chains, warnings, exit status."""
import io
import os
import sys
import traceback
import warnings

def parse(s):
    return int(s)
def load(items):
    return [parse(x) for x in items]
def strip(text):
    return "\n".join(line.replace(os.path.abspath(__file__), "<file>") for line in text.splitlines())

try:
    load(["1", "x"])
except ValueError as e:
    tb = traceback.extract_tb(e.__traceback__)
    print([(f.name, f.line) for f in tb])
    print(strip(traceback.format_exc()))
    print(traceback.format_exception_only(type(e), e))
try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("lookup failed")
except RuntimeError as e:
    text = strip("".join(traceback.format_exception(type(e), e, e.__traceback__)))
    print(text)
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    raise ValueError("outer") from None
except ValueError as e:
    print(e.__suppress_context__, strip("".join(traceback.format_exception(e))).splitlines()[-1])
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(f"[{code}] {msg}")
        self.code = code
try:
    raise AppError(42, "disk full")
except AppError as e:
    print(e, e.code, e.args, repr(e), traceback.format_exception_only(e)[0].strip())
eg = ExceptionGroup("many", [ValueError("a"), TypeError("b")])
try:
    raise eg
except* ValueError as g:
    print("caught VE", g.exceptions)
except* TypeError as g:
    print("caught TE", g.exceptions)
buf = io.StringIO()
traceback.print_exception(ZeroDivisionError("x"), file=buf)
print(repr(buf.getvalue()))
try:
    1 / 0
except ZeroDivisionError:
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(strip(buf.getvalue()))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("deprecated thing", DeprecationWarning)
    warnings.warn(UserWarning("obj warning"))
    print([(x.category.__name__, str(x.message)) for x in w])
def risky(n):
    if n > 2:
        raise OverflowError(f"n too big: {n}")
    return n
results = []
for n in range(5):
    try:
        results.append(risky(n))
    except OverflowError as e:
        results.append(str(e))
    else:
        results.append("ok")
    finally:
        results.append(".")
print(results)
print("exiting with error", flush=True)
sys.stderr.write("about to fail\n")
raise SystemExit("fatal: configuration invalid")
