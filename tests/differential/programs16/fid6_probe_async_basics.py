# asyncio basics as scripts use them: gather order, tasks, async generators and comprehensions,
# async with/for, exceptions in tasks, timeouts with wait_for, and sleep(0) interleaving.
import asyncio

trace = []


async def worker(name, steps, delay=0):
    for i in range(steps):
        trace.append(f"{name}{i}")
        await asyncio.sleep(delay)
    return f"{name} done after {steps}"


async def ticker(n):
    for i in range(n):
        yield i
        await asyncio.sleep(0)


class Session:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        trace.append(f"enter {self.name}")
        return self

    async def __aexit__(self, et, ev, tb):
        trace.append(f"exit {self.name} {et.__name__ if et else None}")
        return et is ValueError


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        await asyncio.sleep(0)
        return self.n


async def failing(n):
    await asyncio.sleep(0)
    raise KeyError(f"task {n} failed")


async def slow():
    await asyncio.sleep(10)
    return "slow"


async def main():
    results = await asyncio.gather(worker("a", 3), worker("b", 2), worker("c", 1))
    print(results)
    print(trace)
    trace.clear()
    t1 = asyncio.create_task(worker("x", 2))
    t2 = asyncio.create_task(worker("y", 2))
    print(t1.done(), await t2, await t1, t1.done(), t1.result())
    print(trace)
    print([i async for i in ticker(4)], [i * i async for i in ticker(5) if i % 2])
    print([v async for v in Countdown(3)])
    async with Session("s1") as s:
        trace.append(f"inside {s.name}")
    async with Session("s2"):
        raise ValueError("suppressed")
    try:
        async with Session("s3"):
            raise KeyError("escapes")
    except KeyError as e:
        print("KeyError escaped:", e)
    print(trace[-6:])
    res = await asyncio.gather(failing(1), worker("z", 1), return_exceptions=True)
    print([repr(r) for r in res])
    try:
        await asyncio.gather(worker("w", 1), failing(2))
    except KeyError as e:
        print("gather raised:", repr(e))
    try:
        await asyncio.wait_for(slow(), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out", asyncio.TimeoutError is TimeoutError)
    task = asyncio.create_task(slow())
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled:", task.cancelled(), task.done())
    q = asyncio.Queue()
    for i in range(3):
        q.put_nowait(i * 10)
    got = []
    while not q.empty():
        got.append(await q.get())
    print(got, q.qsize())
    return "main result"


print(asyncio.run(main()))
print(asyncio.iscoroutinefunction(main), asyncio.iscoroutine(main()) if False else "-", type(ticker(1)).__name__)
