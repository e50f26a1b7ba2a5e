# async def / await / asyncio.run.
import asyncio
async def add(a, b):
    await asyncio.sleep(0)
    return a + b
async def main():
    print("main started")
    r = await add(1, 2)
    print("add ->", r)
    coro = add(10, 20)
    print(type(coro).__name__)
    print("awaited later ->", await coro)
    results = []
    for i in range(3):
        results.append(await add(i, i))
    print(results)
    return "main result"
print(asyncio.run(main()))
async def raises():
    await asyncio.sleep(0)
    raise ValueError("async failure")
async def catcher():
    try:
        await raises()
    except ValueError as e:
        print("caught in coroutine:", e)
    finally:
        print("finally in coroutine")
    return "recovered"
print(asyncio.run(catcher()))
try:
    asyncio.run(raises())
except ValueError as e:
    print("propagated out of asyncio.run:", e)
async def nested(depth):
    if depth == 0:
        return 0
    return 1 + await nested(depth - 1)
print(asyncio.run(nested(50)))
print(asyncio.iscoroutinefunction(add), asyncio.iscoroutinefunction(print))
