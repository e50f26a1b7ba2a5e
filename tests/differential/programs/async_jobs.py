import asyncio
import random


class JobFailed(Exception):
    pass


async def fetch(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise JobFailed(f"{name} failed after {delay}s")
    return f"{name}:{delay}"


async def worker(wid, queue, results):
    while True:
        item = await queue.get()
        if item is None:
            queue.task_done()
            break
        await asyncio.sleep(0.001 * item)
        results.append((wid, item, item * item))
        queue.task_done()


async def producer_consumer():
    q = asyncio.Queue()
    results = []
    workers = [asyncio.create_task(worker(i, q, results)) for i in range(3)]
    for item in range(1, 10):
        await q.put(item)
    for _ in workers:
        await q.put(None)
    await q.join()
    await asyncio.gather(*workers)
    return sorted(r[1:] for r in results)


async def main():
    r = await asyncio.gather(fetch("a", 0.01), fetch("b", 0.005), fetch("c", 0))
    print(r)
    res = await asyncio.gather(fetch("x", 0), fetch("y", 0, fail=True), return_exceptions=True)
    print([type(v).__name__ if isinstance(v, Exception) else v for v in res])
    try:
        await asyncio.wait_for(fetch("slow", 1), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out")
    print(await producer_consumer())
    t = asyncio.create_task(fetch("t", 0))
    print(t.done(), await t, t.done(), t.result())

    async def agen(n):
        for i in range(n):
            await asyncio.sleep(0)
            yield i * 3

    print([v async for v in agen(4)])
    async for v in agen(2):
        print("agen", v)
    lock = asyncio.Lock()
    counter = 0

    async def incr():
        nonlocal counter
        async with lock:
            c = counter
            await asyncio.sleep(0)
            counter = c + 1

    await asyncio.gather(*(incr() for _ in range(5)))
    print("counter", counter)
    await fetch("final", 0, fail=True)


asyncio.run(main())
