import asyncio
from dataclasses import dataclass, field


@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)
    cost: float = field(compare=False)
    fail: bool = field(default=False, compare=False)


log = []


async def worker(wid, queue, results, sem):
    while True:
        job = await queue.get()
        try:
            async with sem:
                log.append(f"start {job.name}")
                await asyncio.sleep(job.cost)
                if job.fail:
                    raise RuntimeError(f"{job.name} crashed")
                results[job.name] = round(job.cost * 100)
                log.append(f"done {job.name}")
        except RuntimeError as e:
            results[job.name] = f"error: {e}"
        finally:
            queue.task_done()


async def with_timeout(coro, t):
    try:
        return await asyncio.wait_for(coro, timeout=t)
    except asyncio.TimeoutError:
        return "timed out"


async def compute(x, delay):
    await asyncio.sleep(delay)
    return x * x


async def ticker(n, out):
    for i in range(n):
        out.append(f"tick {i}")
        await asyncio.sleep(0)


async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i * 10


async def main():
    queue = asyncio.PriorityQueue()
    jobs = [Job(3, "backup", 0.03), Job(1, "email", 0.01), Job(2, "report", 0.02, fail=True), Job(1, "sms", 0.005), Job(5, "cleanup", 0.001)]
    for j in jobs:
        queue.put_nowait(j)
    results = {}
    sem = asyncio.Semaphore(2)
    workers = [asyncio.create_task(worker(i, queue, results, sem)) for i in range(2)]
    await queue.join()
    for w in workers:
        w.cancel()
    gathered = await asyncio.gather(*workers, return_exceptions=True)
    print(sorted(results.items()))
    print([type(g).__name__ for g in gathered])
    print(await asyncio.gather(compute(2, 0.01), compute(3, 0.0), compute(4, 0.005)))
    print(await with_timeout(compute(5, 0.001), 1), await with_timeout(compute(6, 1), 0.01))
    out = []
    await asyncio.gather(ticker(3, out), ticker(2, out))
    print(out)
    print([x async for x in agen(4)], [x async for x in agen(6) if x % 20 == 0])
    t = asyncio.create_task(compute(7, 0))
    print(t.done(), await t, t.done(), t.result())

    async def boom():
        await asyncio.sleep(0)
        raise ValueError("bad input")

    res = await asyncio.gather(boom(), compute(8, 0), return_exceptions=True)
    print([repr(r) for r in res])
    try:
        await asyncio.gather(boom(), compute(9, 0))
    except ValueError as e:
        print("gather raised", e)
    done, pending = await asyncio.wait([asyncio.create_task(compute(i, i * 0.001)) for i in range(3)])
    print(sorted(t.result() for t in done), len(pending))
    return "main done"


print(asyncio.run(main()))
print(sorted(log)[:4], len(log))
