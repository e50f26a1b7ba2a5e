# An exception escaping a generator while a for loop consumes it.
def readings():
    yield 10
    yield 20
    raise IOError("sensor disconnected")
total = 0
for r in readings():
    total += r
    print("reading", r, "total", total)
print("never reached")
