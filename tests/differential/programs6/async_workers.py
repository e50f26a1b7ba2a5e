import asyncio
import random


class RateLimitError(Exception):
    pass


async def fetch(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RateLimitError(f"{name} throttled")
    return f"{name}:{int(delay * 1000)}ms"


async def worker(wid, queue, results):
    while True:
        job = await queue.get()
        if job is None:
            queue.task_done()
            break
        try:
            res = await fetch(*job)
            results.append((wid, res))
        except RateLimitError as e:
            results.append((wid, f"error {e}"))
        finally:
            queue.task_done()


async def main():
    rng = random.Random(5)
    queue = asyncio.Queue()
    jobs = [(f"job{i}", round(rng.uniform(0.001, 0.01), 3), i % 4 == 3) for i in range(8)]
    for j in jobs:
        await queue.put(j)
    results = []
    workers = [asyncio.create_task(worker(w, queue, results)) for w in range(3)]
    for _ in workers:
        await queue.put(None)
    await queue.join()
    await asyncio.gather(*workers)
    print(len(results), sorted(r for _, r in results))
    out = await asyncio.gather(fetch("a", 0.002), fetch("b", 0.001), fetch("c", 0.0, True), return_exceptions=True)
    print([repr(o) if isinstance(o, Exception) else o for o in out])
    try:
        await asyncio.wait_for(fetch("slow", 0.5), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out")
    t = asyncio.create_task(fetch("cancel-me", 1))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.cancelled())

    async def agen(n):
        for i in range(n):
            await asyncio.sleep(0)
            yield i * i
    print([v async for v in agen(5)])

    class Conn:
        async def __aenter__(self):
            print("open")
            return self

        async def __aexit__(self, *exc):
            print("close", exc[0].__name__ if exc[0] else None)
            return False
    async with Conn() as c:
        print("using", type(c).__name__)
    lock = asyncio.Lock()
    counter = 0

    async def bump():
        nonlocal counter
        async with lock:
            v = counter
            await asyncio.sleep(0)
            counter = v + 1
    await asyncio.gather(*(bump() for _ in range(10)))
    print("counter", counter)
    return "main done"


print(asyncio.run(main()))
