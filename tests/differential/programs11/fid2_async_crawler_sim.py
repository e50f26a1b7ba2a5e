import asyncio

PAGES = {
    "/": ["/about", "/blog", "/shop"],
    "/about": ["/", "/team"],
    "/blog": ["/blog/1", "/blog/2", "/about"],
    "/blog/1": ["/blog"],
    "/blog/2": ["/blog", "/missing"],
    "/shop": ["/shop/cart"],
    "/shop/cart": [],
    "/team": ["/about"],
}


class NotFound(Exception):
    pass


async def fetch(path, log):
    await asyncio.sleep(0)
    log.append(f"fetch {path}")
    if path not in PAGES:
        raise NotFound(path)
    return PAGES[path]


async def worker(name, queue, seen, log, results):
    while True:
        path = await queue.get()
        try:
            links = await fetch(path, log)
            results[path] = len(links)
            for link in links:
                if link not in seen:
                    seen.add(link)
                    queue.put_nowait(link)
        except NotFound as e:
            results[path] = f"404 {e}"
        finally:
            queue.task_done()


async def crawl(start, n_workers=3):
    queue = asyncio.Queue()
    seen = {start}
    log, results = [], {}
    queue.put_nowait(start)
    workers = [asyncio.create_task(worker(f"w{i}", queue, seen, log, results)) for i in range(n_workers)]
    await queue.join()
    for w in workers:
        w.cancel()
    outcomes = await asyncio.gather(*workers, return_exceptions=True)
    return results, log, [type(o).__name__ for o in outcomes]


results, log, outcomes = asyncio.run(crawl("/"))
for path in sorted(results):
    print(f"{path:<12} {results[path]}")
print(len(log), outcomes)


async def compute(x, delay):
    for _ in range(delay):
        await asyncio.sleep(0)
    if x == 3:
        raise ValueError(f"bad {x}")
    return x * x


async def main():
    ok = await asyncio.gather(*(compute(i, 3 - i % 3) for i in range(3)))
    mixed = await asyncio.gather(compute(2, 1), compute(3, 1), return_exceptions=True)
    print(ok, [repr(m) for m in mixed])
    try:
        await asyncio.wait_for(compute(3, 2), timeout=5)
    except ValueError as e:
        print("wait_for raised", e)
    t = asyncio.create_task(compute(5, 2))
    print(t.done())
    await t
    print(t.done(), t.result())
    async def agen(n):
        for i in range(n):
            await asyncio.sleep(0)
            yield i * 10
    print([v async for v in agen(4)])
    lock = asyncio.Lock()
    order = []
    async def critical(tag):
        async with lock:
            order.append(f"{tag}+")
            await asyncio.sleep(0)
            order.append(f"{tag}-")
    await asyncio.gather(critical("a"), critical("b"))
    print(order)


asyncio.run(main())
