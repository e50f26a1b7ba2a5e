# A generator that re-raises a thrown exception wrapped in another one; the traceback goes
# through gen.throw() and the generator frame.
def accumulator():
    total = 0
    while True:
        try:
            x = yield total
        except ValueError as e:
            raise RuntimeError(f"accumulator rejected input after {total}") from e
        total += x


acc = accumulator()
next(acc)
print(acc.send(5), acc.send(7))
acc.throw(ValueError("negative amount"))
