import asyncio


async def fetch(name, delay, fail=False):
    print(f"start {name}")
    await asyncio.sleep(delay)
    if fail:
        raise ConnectionError(f"{name} failed")
    print(f"done {name}")
    return name.upper()


async def producer(q, n):
    for i in range(n):
        await q.put(i)
        await asyncio.sleep(0)
    await q.put(None)


async def consumer(q, out):
    while (item := await q.get()) is not None:
        out.append(item * item)


async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i * 10


async def main():
    results = await asyncio.gather(fetch("a", 0.2), fetch("b", 0.1), fetch("c", 0))
    print(results)
    res = await asyncio.gather(fetch("ok", 0), fetch("bad", 0, True), return_exceptions=True)
    print([type(r).__name__ for r in res], str(res[1]))
    try:
        await fetch("boom", 0, fail=True)
    except ConnectionError as e:
        print("caught", e)
    q = asyncio.Queue()
    out = []
    await asyncio.gather(producer(q, 5), consumer(q, out))
    print(out)
    print([x async for x in agen(4)])
    t = asyncio.create_task(fetch("task", 0.01))
    await asyncio.sleep(0)
    print(await t, t.done(), t.result())
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out")
    lock = asyncio.Lock()
    counter = 0

    async def incr():
        nonlocal counter
        async with lock:
            v = counter
            await asyncio.sleep(0)
            counter = v + 1

    await asyncio.gather(*(incr() for _ in range(10)))
    print("counter", counter)
    return "main finished"


print(asyncio.run(main()))
