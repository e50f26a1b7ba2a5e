from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor, as_completed, wait, Future
import concurrent.futures


def square(x):
    return x * x


def fail(x):
    raise ValueError(f"bad {x}")


with ThreadPoolExecutor(max_workers=4) as ex:
    print(list(ex.map(square, range(8))))
    futs = {ex.submit(square, n): n for n in (3, 1, 2)}
    print(sorted((futs[f], f.result()) for f in as_completed(futs)))
    bad = ex.submit(fail, 7)
    print(type(bad.exception()).__name__, str(bad.exception()), bad.done())
    try:
        bad.result()
    except ValueError as e:
        print("ValueError:", e)
    done, not_done = wait(list(futs))
    print(len(done), len(not_done))
    seen = []
    f = ex.submit(lambda a, b=0: a + b, 2, b=5)
    f.add_done_callback(lambda fut: seen.append(fut.result()))
    print(f.result(), f.cancel(), f.cancelled(), f.running())
print(seen)

with ProcessPoolExecutor() as pex:
    print(sum(pex.map(square, [1, 2, 3], chunksize=2)))
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print("RuntimeError:", e)
fut = Future()
print(fut.done(), fut.cancel(), fut.cancelled())
try:
    fut.result()
except concurrent.futures.CancelledError:
    print("CancelledError")
f2 = Future()
f2.set_result(42)
print(f2.result())
try:
    f2.set_result(1)
except concurrent.futures.InvalidStateError:
    print("InvalidStateError")
