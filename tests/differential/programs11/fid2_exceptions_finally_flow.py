import traceback
import sys


class RetryError(Exception):
    def __init__(self, attempts, last):
        super().__init__(f"gave up after {attempts} attempts")
        self.attempts = attempts
        self.last = last


def flaky(plan):
    it = iter(plan)

    def call():
        outcome = next(it)
        if isinstance(outcome, BaseException):
            raise outcome
        return outcome

    return call


def retry(fn, attempts=3, log=None):
    last = None
    for i in range(1, attempts + 1):
        try:
            result = fn()
        except (ValueError, ConnectionError) as e:
            last = e
            log.append(f"attempt {i}: {type(e).__name__}: {e}")
            continue
        else:
            log.append(f"attempt {i}: ok")
            return result
        finally:
            log.append(f"attempt {i}: cleanup")
    raise RetryError(attempts, last) from last


log = []
print(retry(flaky([ValueError("bad"), 42]), log=log), log)
log = []
try:
    retry(flaky([ConnectionError("down")] * 3), log=log)
except RetryError as e:
    print(e, e.attempts, repr(e.last), type(e.__cause__).__name__, e.__suppress_context__)
print(log)
try:
    retry(flaky([KeyError("k")]), log=[])
except KeyError as e:
    print("KeyError passes through:", e)


def finally_return():
    try:
        return "try"
    finally:
        print("  finally runs before return")


def finally_overrides():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"


def break_in_finally():
    for i in range(3):
        try:
            if i == 1:
                raise RuntimeError("swallowed by break")
        finally:
            if i == 1:
                break
    return i


print(finally_return(), finally_overrides(), break_in_finally())


def nested():
    try:
        try:
            {}["missing"]
        except KeyError:
            raise ValueError("during handling")
    except ValueError as e:
        ctx = e.__context__
        return f"{e!r} context={ctx!r} cause={e.__cause__}"


print(nested())
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise TypeError("converted") from None
except TypeError as e:
    print(e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)

try:
    raise ValueError("with note")
except ValueError as e:
    e.add_note("first note")
    e.add_note("second note")
    print(e.__notes__, e.args)
try:
    int("x")
except ValueError:
    etype, evalue, tb = sys.exc_info()
    print(etype.__name__, evalue, tb is not None)
    text = traceback.format_exc()
    print(text.splitlines()[0], text.strip().splitlines()[-1])
print(sys.exc_info())
e = OSError(2, "No such file")
print(e.errno, e.strerror, str(e), repr(KeyError("k")), str(KeyError("k")), repr(StopIteration(5).value))
print(issubclass(FileNotFoundError, OSError), isinstance(ZeroDivisionError(), ArithmeticError), BaseException.__subclasses__ is not None)
print(traceback.format_exception_only(ValueError, ValueError("short")))
