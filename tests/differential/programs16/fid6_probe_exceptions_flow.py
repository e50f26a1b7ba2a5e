# Exception flow corners: add_note, groups and except*, context/cause/suppress, finally overriding,
# return in finally, generator close/GeneratorExit, StopIteration in generators, suppressing __exit__.
import traceback


def show(e):
    print(f"{type(e).__name__}: {e} | cause={e.__cause__!r} ctx={e.__context__!r} "
          f"suppress={e.__suppress_context__} notes={getattr(e, '__notes__', None)}")


try:
    try:
        raise KeyError("k")
    except KeyError as e:
        e.add_note("first note")
        e.add_note("second note")
        raise
except KeyError as e:
    show(e)
    print("".join(traceback.format_exception_only(type(e), e)), end="")
try:
    ValueError().add_note(42)
except TypeError as e:
    print("TypeError:", e)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("while handling")
except ValueError as e:
    show(e)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("explicit") from z
except ValueError as e:
    show(e)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("hidden") from None
except ValueError as e:
    show(e)
e = RuntimeError("x")
e.__cause__ = KeyError("manual")
print(e.__suppress_context__, repr(e.__cause__))
try:
    raise ValueError("bad") from 3
except TypeError as err:
    print("TypeError:", err)


def finally_replaces():
    try:
        raise KeyError("original")
    finally:
        raise OSError("from finally")


try:
    finally_replaces()
except OSError as e:
    show(e)


def return_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"


def return_override():
    try:
        return "try"
    finally:
        return "finally"


def break_in_finally():
    out = []
    for i in range(3):
        try:
            out.append(i)
            raise RuntimeError(i)
        finally:
            break
    return out


print(return_swallows(), return_override(), break_in_finally())


def continue_in_finally():
    n = 0
    for i in range(4):
        try:
            if i % 2:
                raise ValueError(i)
            n += 10
        finally:
            n += 1
            continue
    return n


print(continue_in_finally())

eg = ExceptionGroup("batch", [ValueError("v1"), TypeError("t1"), ExceptionGroup("inner", [ValueError("v2"), KeyError("k")])])
print(repr(eg), eg.message, len(eg.exceptions), str(eg))
match_v, rest = eg.split(ValueError)
print(repr(match_v), repr(rest))
print(repr(eg.subgroup(lambda x: isinstance(x, (KeyError, TypeError)))), eg.subgroup(OSError))
try:
    try:
        raise eg
    except* ValueError as g:
        print("caught ValueErrors:", [str(x) for x in g.exceptions], type(g).__name__)
    except* TypeError as g:
        print("caught TypeErrors:", repr(g))
except ExceptionGroup as left:
    print("leftover:", repr(left))
try:
    raise ExceptionGroup("only", [OSError("o")])
except* OSError as g:
    print("got", repr(g), g.exceptions[0].__traceback__ is not None)
try:
    try:
        raise ValueError("naked")
    except* ValueError as g:
        print("naked wrapped:", repr(g))
except Exception as e:
    print("unexpected", e)
for bad in [lambda: ExceptionGroup("x", []), lambda: ExceptionGroup("x", [1]), lambda: ExceptionGroup(1, [ValueError()])]:
    try:
        bad()
    except (TypeError, ValueError) as err:
        print(type(err).__name__, err)
beg = BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError()])
print(type(beg).__name__, type(BaseExceptionGroup("b", [ValueError()])).__name__, beg.derive([ValueError("d")]))


def gen():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("  GeneratorExit caught")
        raise
    finally:
        print("  gen finally")


g = gen()
print(next(g))
g.close()
g.close()
print(list(g))


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def leaky():
    yield 1
    raise StopIteration("inner")


try:
    list(leaky())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))


def ret_gen():
    yield 1
    return "done"


it = ret_gen()
next(it)
try:
    next(it)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)


def thrower():
    try:
        yield 1
    except ValueError as e:
        yield f"handled {e}"
    yield "after"


t = thrower()
next(t)
print(t.throw(ValueError("boom")), next(t))
try:
    t.throw(KeyError("x"))
except KeyError as e:
    print("propagated", repr(e))


class Suppress:
    def __init__(self, *types):
        self.types = types

    def __enter__(self):
        print("  enter", [t.__name__ for t in self.types])
        return self

    def __exit__(self, et, ev, tb):
        print("  exit", et.__name__ if et else None, ev)
        return et is not None and issubclass(et, self.types)


with Suppress(KeyError):
    with Suppress(ValueError):
        {}["missing"]
    print("not reached")
print("after nested with")
with Suppress(ZeroDivisionError) as s1, Suppress(IndexError):
    [][0]
print("after multi with")
try:
    with Suppress(KeyError):
        raise TypeError("passes through")
except TypeError as e:
    print("TypeError:", e)
