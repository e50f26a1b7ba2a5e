import asyncio

log = []


async def worker(name, delay, results):
    print(f"{name}: start")
    await asyncio.sleep(delay)
    results.append(name)
    print(f"{name}: done after {delay}")
    return name.upper()


async def producer(queue, n):
    for i in range(n):
        await queue.put(i)
        print(f"put {i}")
    await queue.put(None)


async def consumer(queue):
    total = 0
    while True:
        item = await queue.get()
        if item is None:
            break
        total += item * item
        print(f"got {item}")
    return total


async def failing():
    await asyncio.sleep(0)
    raise ValueError("boom in task")


async def main():
    results = []
    t1 = asyncio.create_task(worker("a", 0.1, results))
    t2 = asyncio.create_task(worker("b", 0.02, results))
    print("tasks created")
    coro = worker("c", 0, results)
    print("coroutine created, not started")
    r = await coro
    print("awaited c ->", r)
    print(await t1, await t2)
    print("order:", results)

    gathered = await asyncio.gather(worker("x", 0.01, results), worker("y", 0, results))
    print("gathered", gathered)

    q = asyncio.Queue()
    prod = asyncio.create_task(producer(q, 3))
    total = await consumer(q)
    await prod
    print("sum of squares", total)

    res = await asyncio.gather(failing(), worker("z", 0, results), return_exceptions=True)
    print([type(x).__name__ for x in res], str(res[0]))

    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out")

    t = asyncio.create_task(failing())
    try:
        await t
    except ValueError as e:
        print("task raised", e, t.done())


asyncio.run(main())
print("finished")
