# Exceptions raised inside except/finally blocks, and nested handlers.
def step(n):
    if n % 3 == 0:
        raise ValueError(f"bad {n}")
    return n * 2
results = []
for i in range(1, 8):
    try:
        results.append(step(i))
    except ValueError as e:
        results.append(str(e))
print(results)
try:
    try:
        raise KeyError("original")
    except KeyError as e:
        raise TypeError("raised in handler")
except TypeError as e:
    print(e, "| context:", repr(e.__context__))
try:
    try:
        raise KeyError("a")
    finally:
        print("finally still runs")
except KeyError as e:
    print("propagated", e)
def parse_all(items):
    out, errors = [], []
    for item in items:
        try:
            try:
                out.append(int(item))
            except ValueError:
                out.append(float(item))
        except ValueError:
            errors.append(item)
        except TypeError as e:
            errors.append(f"type:{e}")
    return out, errors
print(parse_all(["1", "2.5", "x", None, "7", "1e3"]))
def deep(n):
    if n == 0:
        raise LookupError("bottom")
    try:
        deep(n - 1)
    finally:
        print("unwinding", n)
try:
    deep(3)
except LookupError as e:
    print("caught", e)
def handler_returns():
    try:
        1 / 0
    except ZeroDivisionError:
        return "returned from handler"
    finally:
        print("finally before return completes")
print(handler_returns())
