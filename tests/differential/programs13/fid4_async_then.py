# An async job queue: objects with a `then` attribute returned from coroutines must stay objects.
import asyncio

class Promise:
    def __init__(self, value):
        self.value = value
        self.then = f"then:{value}"
    def __repr__(self):
        return f"Promise({self.value!r}, then={self.then!r})"

class Thenable:
    def then(self, resolve, reject=None):
        print("  Thenable.then called!")
        resolve("hijacked")
    def __repr__(self):
        return "Thenable()"

async def make(v):
    await asyncio.sleep(0)
    return Promise(v)

async def thenable():
    return Thenable()

async def step(name, delay, log):
    for i in range(2):
        await asyncio.sleep(delay)
        log.append(f"{name}{i}")
    return name.upper()

async def failing():
    await asyncio.sleep(0)
    raise ValueError("job failed")

async def main():
    p = await make(1)
    print(p, p.then)
    t = await thenable()
    print(t, type(t).__name__)
    res = await asyncio.gather(make(2), thenable(), make(3))
    print(res)
    log = []
    out = await asyncio.gather(step("a", 0.002, log), step("b", 0.001, log))
    print(out, sorted(log))
    results = await asyncio.gather(failing(), make(4), return_exceptions=True)
    print([type(r).__name__ for r in results], repr(results[0]))
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out")
    task = asyncio.create_task(make(5))
    print(task.done())
    val = await task
    print(task.done(), val, task.result())
    q = asyncio.Queue()
    for i in range(3):
        await q.put(Promise(i))
    got = []
    while not q.empty():
        got.append((await q.get()).then)
    print(got)
    async def agen():
        for i in range(3):
            yield Thenable() if i == 1 else i
    print([x async for x in agen()])
    class Ctx:
        async def __aenter__(self):
            print("  enter")
            return Promise("ctx")
        async def __aexit__(self, *exc):
            print("  exit", exc[0].__name__ if exc[0] else None)
            return True
    async with Ctx() as c:
        print(" ", c.then)
        raise KeyError("inside")
    print("after suppressed")
    return Thenable()

r = asyncio.run(main())
print(r)
coro = make(9)
print(type(coro).__name__)
print(asyncio.run(coro))
