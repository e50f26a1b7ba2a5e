"""asyncio in a script: gather, tasks, queues, timeouts, semaphores, as_completed, exceptions in tasks."""
import asyncio
import contextlib

async def fetch(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ConnectionError(f"{name} unreachable")
    return f"{name}:{int(delay * 1000)}ms"

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        await asyncio.sleep(0)
    await q.put(None)

async def consumer(q, results, name):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            await q.put(None)
            break
        results.append((name, item * item))
        q.task_done()

async def limited(sem, i, log):
    async with sem:
        log.append(f"start {i}")
        await asyncio.sleep(0.01 * (3 - i % 3))
        log.append(f"end {i}")
        return i

async def main():
    print(await asyncio.gather(fetch("a", 0.02), fetch("b", 0.01), fetch("c", 0)))
    res = await asyncio.gather(fetch("x", 0.01), fetch("y", 0, fail=True), return_exceptions=True)
    print([type(r).__name__ + ": " + str(r) if isinstance(r, Exception) else r for r in res])
    try:
        await asyncio.gather(fetch("p", 0), fetch("q", 0.005, fail=True))
    except ConnectionError as e:
        print("gather raised", e)
    t1 = asyncio.create_task(fetch("t1", 0.01), name="task-one")
    t2 = asyncio.create_task(fetch("t2", 0.005))
    print(t1.get_name(), t1.done())
    print(await t1, await t2, t1.done(), t1.result())
    try:
        await asyncio.wait_for(fetch("slow", 1.0), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out")
    q = asyncio.Queue(maxsize=3)
    results = []
    await asyncio.gather(producer(q, 8), consumer(q, results, "c1"), consumer(q, results, "c2"))
    print(sorted(v for _, v in results), len(results))
    sem = asyncio.Semaphore(2)
    log = []
    out = await asyncio.gather(*(limited(sem, i, log) for i in range(5)))
    print(out, sorted(log)[:4], len(log))
    order = []
    for fut in asyncio.as_completed([fetch("s3", 0.03), fetch("s1", 0.01), fetch("s2", 0.02)]):
        order.append(await fut)
    print(sorted(order), len(order))
    task = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled", task.cancelled())
    done, pending = await asyncio.wait([asyncio.create_task(fetch("w1", 0)), asyncio.create_task(fetch("w2", 0.05))],
                                       return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    for p in pending:
        p.cancel()
    ev = asyncio.Event()
    async def waiter():
        await ev.wait()
        return "event seen"
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    ev.set()
    print(await w, ev.is_set())
    lock = asyncio.Lock()
    counter = [0]
    async def incr():
        async with lock:
            v = counter[0]
            await asyncio.sleep(0)
            counter[0] = v + 1
    await asyncio.gather(*(incr() for _ in range(10)))
    print("counter", counter[0], lock.locked())
    async def agen(n):
        for i in range(n):
            await asyncio.sleep(0)
            yield i * 10
    print([v async for v in agen(4)])
    @contextlib.asynccontextmanager
    async def resource(name):
        print("open", name)
        try:
            yield name.upper()
        finally:
            print("close", name)
    async with resource("db") as r:
        print("using", r)
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, 99)
    print(await fut, asyncio.iscoroutinefunction(fetch), asyncio.iscoroutine(fetch("z", 0)) if False else True)
    return "main done"

print(asyncio.run(main()))
try:
    asyncio.run(fetch("top", 0, fail=True))
except ConnectionError as e:
    print("run raised", e)
