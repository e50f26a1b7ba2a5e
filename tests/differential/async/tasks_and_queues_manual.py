# create_task and simple producer/consumer coordination with sleep(0).
import asyncio
async def producer(buffer, n):
    for i in range(n):
        buffer.append(i)
        print("produced", i)
        await asyncio.sleep(0)
    buffer.append(None)
async def consumer(buffer):
    got = []
    while True:
        if not buffer:
            await asyncio.sleep(0)
            continue
        item = buffer.pop(0)
        if item is None:
            break
        print("consumed", item)
        got.append(item)
    return got
async def main():
    buffer = []
    prod = asyncio.create_task(producer(buffer, 3))
    cons = asyncio.create_task(consumer(buffer))
    await prod
    result = await cons
    print("consumer result", result, prod.done(), cons.done(), cons.result())
asyncio.run(main())
