def counter(label, n):
    try:
        for i in range(n):
            yield f"{label}{i}"
    finally:
        print(f"cleanup {label}")


for x in counter("a", 3):
    print(x)
g = counter("b", 5)
print(next(g), next(g))
g.close()
print("closed b")
g2 = counter("c", 5)
print(next(g2))
del g2
print("deleted c")


def echo():
    received = []
    try:
        while True:
            v = yield len(received)
            if v is None:
                break
            received.append(v)
    except GeneratorExit:
        print("GeneratorExit seen", received)
        raise
    finally:
        print("echo finally")
    return received


e = echo()
print(next(e), e.send("x"), e.send("y"))
e.close()
e2 = echo()
next(e2)
e2.send(1)
try:
    e2.send(None)
except StopIteration as s:
    print("StopIteration value", s.value)


def thrower():
    try:
        yield 1
        yield 2
    except ValueError as err:
        print("inside got", err)
        yield "recovered"


t = thrower()
print(next(t), t.throw(ValueError("boom")))
try:
    t.throw(KeyError("k2"))
except KeyError as k:
    print("propagated", k)


def gen_with_return():
    yield 1
    return "ret"


def delegator():
    r = yield from gen_with_return()
    print("delegated result", r)
    yield r


print(list(delegator()))
lazy = (print("side", i) or i for i in range(3))
print("created")
print(next(lazy))
print(list(lazy))
g3 = counter("last", 2)
print(next(g3))
print("end of program")
