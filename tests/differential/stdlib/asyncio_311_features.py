import asyncio

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        await asyncio.sleep(0)
    await q.put(None)

async def consumer(q, name):
    total = 0
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            break
        total += item
        q.task_done()
    return name, total

async def slow(x):
    await asyncio.sleep(0.01 * x)
    return x * x

async def fails():
    await asyncio.sleep(0)
    raise ValueError("boom")

async def main():
    q = asyncio.Queue(maxsize=3)
    res = await asyncio.gather(producer(q, 10), consumer(q, "c1"))
    print(res)
    r = await asyncio.gather(*(slow(i) for i in range(5)))
    print(r)
    r2 = await asyncio.gather(fails(), slow(1), return_exceptions=True)
    print(r2)
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("timeout", type(e).__name__)
    t = asyncio.create_task(slow(2))
    done, pending = await asyncio.wait([t], timeout=1)
    print(len(done), len(pending), t.result())
    async with asyncio.timeout(1):
        print(await slow(1))
    sem = asyncio.Semaphore(2)
    async def guarded(i):
        async with sem:
            await asyncio.sleep(0.001)
            return i
    print(await asyncio.gather(*[guarded(i) for i in range(6)]))
    ev = asyncio.Event()
    async def waiter():
        await ev.wait()
        return "woke"
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    ev.set()
    print(await w)
    async def agen(n):
        for i in range(n):
            yield i
            await asyncio.sleep(0)
    print([x async for x in agen(4)])
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(slow(1))
        t2 = tg.create_task(slow(2))
    print(t1.result(), t2.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fails())
            tg.create_task(slow(3))
    except* ValueError as eg:
        print("eg", eg.exceptions)
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, 42)
    print(await fut)

asyncio.run(main())
