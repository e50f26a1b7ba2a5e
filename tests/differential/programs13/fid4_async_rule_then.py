# A rules engine whose Rule objects have a then() method, passed through every asyncio path.
import asyncio
class Rule:
    def __init__(self, name): self.name = name
    def then(self, action): return f"{self.name} then {action}"
    def __repr__(self): return f"Rule({self.name})"
async def make_rule(n):
    await asyncio.sleep(0)
    return Rule(n)
async def agen():
    yield Rule("g1")
async def main():
    r = await make_rule("a")
    print(r, r.then("x"))
    fut = asyncio.get_running_loop().create_future()
    fut.set_result(Rule("fut"))
    print(await fut)
    t = asyncio.ensure_future(make_rule("task"))
    print(await t, t.result())
    print(await asyncio.wait_for(make_rule("wf"), 1))
    print([x async for x in agen()])
    async for x in agen():
        print("for", x)
    print(await asyncio.gather(*(make_rule(i) for i in range(2))))
    done, pending = await asyncio.wait([asyncio.create_task(make_rule("w"))])
    print([d.result() for d in done], pending)
    for coro in asyncio.as_completed([make_rule("ac")]):
        print(await coro)
    q = asyncio.Queue()
    await q.put(Rule("q"))
    print(await q.get())
    print(await asyncio.sleep(0, result=Rule("slept")))
    async def returns_coro():
        return make_rule("inner")
    c = await returns_coro()
    print(type(c).__name__, await c)
    return Rule("final")
print(asyncio.run(main()))
