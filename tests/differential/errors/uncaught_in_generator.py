# An exception escaping a generator while a for loop consumes it.
def readings(fail_after):
    for i in range(1, 100):
        if i > fail_after:
            raise IOError("sensor disconnected")
        yield i * 10
def safe_sum(gen):
    total = 0
    try:
        for r in gen:
            total += r
    except OSError as e:
        print("handled:", e, "partial total", total)
    return total
print(safe_sum(readings(3)))
print(issubclass(IOError, OSError), IOError is OSError)
total = 0
for r in readings(2):
    total += r
    print("reading", r, "total", total)
print("never reached")
