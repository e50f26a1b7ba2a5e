"""concurrent.futures the way scripts use it: a pool mapping a function, submit/result, exceptions, callbacks."""
from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor, as_completed, wait, Future, ALL_COMPLETED, CancelledError
import concurrent.futures
import math

def is_prime(n):
    if n < 2:
        return False
    for d in range(2, math.isqrt(n) + 1):
        if n % d == 0:
            return False
    return True

def risky(x):
    if x == 3:
        raise ValueError(f"bad input {x}")
    return x * x

NUMS = [112272535095293, 112582705942171, 115280095190773, 1099726899285419, 17, 20]
with ThreadPoolExecutor(max_workers=4) as pool:
    print(list(zip(NUMS, pool.map(is_prime, NUMS))))
    futs = {pool.submit(risky, x): x for x in range(6)}
    ok, bad = {}, {}
    for f in as_completed(futs):
        x = futs[f]
        try:
            ok[x] = f.result()
        except ValueError as e:
            bad[x] = str(e)
    print(sorted(ok.items()), bad)
    f = pool.submit(pow, 2, 100)
    print(f.result(), f.done(), f.exception(), f.cancelled(), f.running())
    g = pool.submit(risky, 3)
    print(type(g.exception()).__name__, g.done())
    try:
        g.result()
    except ValueError as e:
        print("result raised", e)
    log = []
    h = pool.submit(sum, [1, 2, 3])
    h.add_done_callback(lambda fut: log.append(("done", fut.result())))
    done, not_done = wait([f, g, h], return_when=ALL_COMPLETED)
    print(len(done), len(not_done), log)
    try:
        list(pool.map(risky, range(5)))
    except ValueError as e:
        print("map raised", e)
    print(list(pool.map(lambda a, b: a + b, [1, 2, 3], [10, 20, 30])))
try:
    pool.submit(abs, -1)
except RuntimeError as e:
    print("RuntimeError:", e)
with ProcessPoolExecutor() as pp:
    print(sum(pp.map(risky, [0, 1, 2, 4])))
fut = Future()
print(fut.done(), fut.cancel(), fut.cancelled())
try:
    fut.result()
except CancelledError:
    print("CancelledError")
manual = Future()
manual.set_result("manual")
print(manual.result())
try:
    manual.set_result("again")
except concurrent.futures.InvalidStateError as e:
    print("InvalidStateError")
try:
    ThreadPoolExecutor(max_workers=0)
except ValueError as e:
    print("ValueError:", e)
