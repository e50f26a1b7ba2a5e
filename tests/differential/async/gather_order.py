# asyncio.gather runs tasks concurrently; sleep(0) yields to the event loop.
import asyncio
log = []
async def worker(name, steps):
    for i in range(steps):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
    return f"{name} done after {steps}"
async def main():
    results = await asyncio.gather(worker("a", 3), worker("b", 1), worker("c", 2))
    print(results)
    print(log)
    empty = await asyncio.gather()
    print(empty)
asyncio.run(main())
async def value(v):
    await asyncio.sleep(0)
    return v * 10
async def failing():
    await asyncio.sleep(0)
    raise KeyError("bad task")
async def main2():
    print(await asyncio.gather(*(value(i) for i in range(5))))
    res = await asyncio.gather(value(1), failing(), value(2), return_exceptions=True)
    print([type(r).__name__ if isinstance(r, Exception) else r for r in res])
    try:
        await asyncio.gather(value(1), failing())
    except KeyError as e:
        print("gather raised", repr(e))
asyncio.run(main2())
