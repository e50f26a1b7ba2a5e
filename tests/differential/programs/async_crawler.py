# A simulated async crawler: asyncio.gather, tasks, queues, timeouts, async generators/comprehensions.
import asyncio
import random

random.seed(3)
PAGES = {
    "/": ["/a", "/b", "/c"],
    "/a": ["/a/1", "/b"],
    "/b": ["/", "/b/1", "/missing"],
    "/c": [],
    "/a/1": ["/c"],
    "/b/1": ["/a/1"],
}


class FetchError(Exception):
    pass


async def fetch(url, log):
    await asyncio.sleep(0.001 * random.randint(1, 3))
    log.append(url)
    if url not in PAGES:
        raise FetchError(f"404 {url}")
    return PAGES[url]


async def crawl(start, workers=3):
    seen = {start}
    queue = asyncio.Queue()
    await queue.put(start)
    log, errors = [], []

    async def worker(wid):
        while True:
            url = await queue.get()
            try:
                for link in await fetch(url, log):
                    if link not in seen:
                        seen.add(link)
                        await queue.put(link)
            except FetchError as e:
                errors.append(str(e))
            finally:
                queue.task_done()

    tasks = [asyncio.create_task(worker(i)) for i in range(workers)]
    await queue.join()
    for t in tasks:
        t.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    return sorted(seen), errors, len(log)


async def ticker(n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i * i


async def slow(x):
    await asyncio.sleep(0.05)
    return x


async def compute(name, n):
    total = 0
    for i in range(n):
        total += i
        await asyncio.sleep(0)
    return f"{name}:{total}"


async def main():
    seen, errors, fetched = await crawl("/")
    print(seen)
    print(errors, fetched)
    results = await asyncio.gather(compute("a", 10), compute("b", 100), compute("c", 5))
    print(results)
    squares = []
    async for v in ticker(5, 0.001):
        squares.append(v)
    print(squares)
    try:
        await asyncio.wait_for(slow(1), timeout=0.001)
    except asyncio.TimeoutError:
        print("timed out")
    outcome = await asyncio.gather(fetch("/c", []), fetch("/nope", []), return_exceptions=True)
    print([type(o).__name__ for o in outcome], outcome[1])
    try:
        await asyncio.gather(fetch("/zzz", []))
    except FetchError as e:
        print("gather raised:", e)
    t = asyncio.create_task(compute("bg", 3))
    print(t.done())
    print(await t, t.done(), t.result())
    evens = [v async for v in ticker(6, 0) if v % 2 == 0]
    print(evens)
    lookup = {v: await slow(v * 10) for v in range(3)}
    print(lookup)


asyncio.run(main())
print("done")
