import asyncio


class RateLimiter:
    def __init__(self, n):
        self.sem = asyncio.Semaphore(n)
        self.active = 0
        self.peak = 0

    async def __aenter__(self):
        await self.sem.acquire()
        self.active += 1
        self.peak = max(self.peak, self.active)
        return self

    async def __aexit__(self, *exc):
        self.active -= 1
        self.sem.release()
        return False


async def fetch(url, limiter, delay):
    async with limiter:
        print(f"fetch {url}")
        await asyncio.sleep(delay)
        if "bad" in url:
            raise ConnectionError(f"failed {url}")
        return len(url)


async def ticker(n):
    for i in range(n):
        yield i
        await asyncio.sleep(0)


async def stage(inq, outq, fn, name):
    while True:
        item = await inq.get()
        if item is None:
            await outq.put(None)
            print(f"{name} done")
            return
        await outq.put(fn(item))


async def main():
    limiter = RateLimiter(2)
    urls = ["a.com", "bad.org", "c.net", "dd.io", "e.co"]
    results = await asyncio.gather(*(fetch(u, limiter, 0.001 * (i % 3)) for i, u in enumerate(urls)),
                                   return_exceptions=True)
    for u, r in zip(urls, results):
        print(f"{u:<8} {r!r}")
    print("peak concurrency", limiter.peak)

    values = [v async for v in ticker(5)]
    print(values, [v * v async for v in ticker(3) if v])

    q1, q2, q3 = asyncio.Queue(), asyncio.Queue(), asyncio.Queue()
    workers = [asyncio.create_task(stage(q1, q2, lambda x: x + 1, "inc")),
               asyncio.create_task(stage(q2, q3, lambda x: x * 10, "mul"))]
    for i in range(4):
        await q1.put(i)
    await q1.put(None)
    out = []
    while (item := await q3.get()) is not None:
        out.append(item)
    await asyncio.gather(*workers)
    print(out)

    lock = asyncio.Lock()
    shared = []

    async def writer(tag):
        async with lock:
            shared.append(tag + "1")
            await asyncio.sleep(0)
            shared.append(tag + "2")

    await asyncio.gather(writer("a"), writer("b"), writer("c"))
    print(shared)

    ev = asyncio.Event()

    async def waiter(i):
        await ev.wait()
        return i

    tasks = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print("set event", [t.done() for t in tasks])
    ev.set()
    print(await asyncio.gather(*tasks))
    done, pending = await asyncio.wait([asyncio.create_task(asyncio.sleep(0.001, "x"))])
    print(len(done), len(pending), [t.result() for t in done])


asyncio.run(main())
