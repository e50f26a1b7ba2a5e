"""Generators: send, throw, close, yield from delegation and return values."""


def accumulator():
    total = 0
    count = 0
    try:
        while True:
            try:
                value = yield total
            except ValueError as e:
                print(f"  acc: ignoring bad value ({e})")
                continue
            if value is None:
                break
            total += value
            count += 1
    finally:
        print(f"  acc: closing after {count} values")
    return total / count if count else 0.0


acc = accumulator()
print(next(acc))
print(acc.send(10), acc.send(5))
print(acc.throw(ValueError("negative")))
print(acc.send(6))
try:
    acc.send(None)
except StopIteration as stop:
    print("average:", stop.value)
try:
    next(acc)
except StopIteration as stop:
    print("exhausted, value:", stop.value)


def delegator():
    result = yield from accumulator()
    print("  delegator got", result)
    yield f"done:{result}"


d = delegator()
next(d)
d.send(4)
d.send(8)
print(d.throw(ValueError("oops")))
print(d.send(None))
print(list(d))


def worker():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("  worker: GeneratorExit")
        raise
    finally:
        print("  worker: finally")


w = worker()
print(next(w))
w.close()
w.close()
print("closed twice ok")
try:
    next(w)
except StopIteration:
    print("StopIteration after close")


def stubborn():
    try:
        yield "a"
    except GeneratorExit:
        yield "b"


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def thrower():
    yield 1
    yield 2


t = thrower()
next(t)
try:
    t.throw(KeyError("k"))
except KeyError as e:
    print("propagated:", repr(e))
print(list(t))

g = (x * x for x in range(3))
print(next(g), list(g), list(g))


def gen_with_return():
    yield 1
    return "ret"


def wrapper():
    r = yield from gen_with_return()
    yield r


print(list(wrapper()))


def bad_gen():
    yield 1
    raise StopIteration("inner")


try:
    list(bad_gen())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

fresh = thrower()
try:
    fresh.send(5)
except TypeError as e:
    print("TypeError:", e)
print(type(fresh).__name__, fresh.__name__, fresh.__qualname__)
