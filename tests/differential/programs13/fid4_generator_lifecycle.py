# Generators managing resources: close(), throw(), GeneratorExit, finally ordering.
log = []
def reader(name):
    log.append(f"open {name}")
    try:
        for i in range(3):
            try:
                yield f"{name}:{i}"
            except ValueError as e:
                log.append(f"recovered {e}")
                yield "after-error"
    except GeneratorExit:
        log.append(f"closing {name}")
        raise
    finally:
        log.append(f"release {name}")

g = reader("a")
print(next(g), g.throw(ValueError("bad")), next(g))
g.close()
print(log)
log.clear()
g2 = reader("b")
print(next(g2))
try:
    g2.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(log, next(g2, "exhausted"))
log.clear()
g3 = reader("c")
g3.close()
print(log, list(g3))

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

def returns():
    yield 1
    return "value"
r = returns()
next(r)
try:
    next(r)
except StopIteration as e:
    print("StopIteration", e.value, e.args)

def running():
    yield gen_ref.gi_running
gen_ref = running()
print(next(gen_ref), gen_ref.gi_running)
try:
    gen_ref.send(1)
except StopIteration:
    print("stopped")
def fresh():
    x = yield
    print("got", x)
    yield x * 2
f = fresh()
try:
    f.send(5)
except TypeError as e:
    print("TypeError:", e)
print(f.send(None), f.send(21))
def thrower():
    try:
        yield
    finally:
        print("finally in thrower")
t = thrower()
next(t)
try:
    t.throw(ValueError)
except ValueError as e:
    print("ValueError raised:", repr(e))
try:
    t.throw(ValueError("again"))
except ValueError as e:
    print("after exhausted:", e)
def pipeline():
    total = 0
    try:
        while True:
            v = yield total
            total += v
    finally:
        print("pipeline total", total)
p = pipeline()
next(p)
for v in [5, 10]:
    p.send(v)
p.close()
def gen_in_with():
    class CM:
        def __enter__(self):
            print("enter")
        def __exit__(self, *a):
            print("exit", a[0].__name__ if a[0] else None)
    with CM():
        yield "inside"
w = gen_in_with()
print(next(w))
w.close()
print(type(w).__name__, w.__name__, w.__qualname__)
