# async for, async with, and async generators.
import asyncio
class Ticker:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(0)
        return self.i
class Session:
    async def __aenter__(self):
        print("session open")
        return self
    async def __aexit__(self, et, ev, tb):
        print("session closed", et.__name__ if et else None)
        return False
async def countdown(n):
    while n:
        yield n
        await asyncio.sleep(0)
        n -= 1
async def main():
    async for t in Ticker(3):
        print("tick", t)
    async with Session() as s:
        print("inside session", type(s).__name__)
    try:
        async with Session():
            raise RuntimeError("inside async with")
    except RuntimeError as e:
        print("caught", e)
    print([v async for v in countdown(4)])
    print([v * 2 async for v in Ticker(2) if v > 1])
    total = 0
    async for v in countdown(3):
        total += v
    print("total", total)
asyncio.run(main())
