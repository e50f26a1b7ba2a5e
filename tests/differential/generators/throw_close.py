# generator.throw() and generator.close(), GeneratorExit, finally blocks.
def resilient():
    n = 0
    while True:
        try:
            yield n
            n += 1
        except ValueError as e:
            print("handled", e)
            n = -100
r = resilient()
print(next(r), next(r), r.throw(ValueError("boom")), next(r))
def fragile():
    yield 1
    yield 2
f = fragile()
next(f)
try:
    f.throw(KeyError("k"))
except KeyError as e:
    print("propagated KeyError", e)
print(next(f, "dead after throw"))
def closable():
    try:
        yield "a"
        yield "b"
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
    finally:
        print("finally runs")
c = closable()
print(next(c))
print(c.close())
print(c.close(), next(c, "closed"))
unstarted = closable()
unstarted.close()
print("closing an unstarted generator runs nothing")
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
b = bad_close()
next(b)
try:
    b.close()
except RuntimeError as e:
    print("RuntimeError", e)
def returns_on_throw():
    try:
        yield 1
    except ValueError:
        return "recovered"
g = returns_on_throw()
next(g)
try:
    g.throw(ValueError)
except StopIteration as e:
    print("StopIteration value", e.value)
def throw_type_only():
    try:
        yield
    except Exception as e:
        yield type(e).__name__ + ":" + str(e)
t = throw_type_only()
next(t)
print(t.throw(IndexError))
print("ok")
def cleanup_order():
    for i in range(3):
        try:
            yield i
        finally:
            print("finally", i)
for v in cleanup_order():
    if v == 1:
        break
print("after break")
