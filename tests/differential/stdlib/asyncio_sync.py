# asyncio: Queue (producer/consumer, join), LifoQueue, PriorityQueue, Event, Lock, Semaphore, Condition.
import asyncio

async def producer(q, n, tag):
    for i in range(n):
        await q.put(f"{tag}{i}")
        print("put", f"{tag}{i}", "size", q.qsize())
        await asyncio.sleep(0)
    await q.put(None)

async def consumer(q, name):
    got = []
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            break
        print(name, "got", item)
        got.append(item)
    return got

async def queues():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.empty(), q.full(), q.qsize())
    results = await asyncio.gather(consumer(q, "c"), producer(q, 4, "p"))
    print(results, q.empty())
    q2 = asyncio.Queue()
    for i in range(3):
        q2.put_nowait(i)
    print(q2.get_nowait(), q2.qsize())
    try:
        asyncio.Queue().get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    full = asyncio.Queue(1)
    full.put_nowait("x")
    try:
        full.put_nowait("y")
    except asyncio.QueueFull:
        print("QueueFull")
    lq = asyncio.LifoQueue()
    pq = asyncio.PriorityQueue()
    for v in [3, 1, 2]:
        lq.put_nowait(v)
        pq.put_nowait((v, f"item{v}"))
    print([lq.get_nowait() for _ in range(3)], [pq.get_nowait() for _ in range(3)])
    # join waits for task_done
    jq = asyncio.Queue()
    async def worker():
        while True:
            item = await jq.get()
            await asyncio.sleep(0.01)
            print("processed", item)
            jq.task_done()
    w = asyncio.create_task(worker())
    for i in range(3):
        jq.put_nowait(i)
    await jq.join()
    print("joined", jq.empty())
    w.cancel()
    try:
        jq.task_done()
    except ValueError as e:
        print("ValueError:", e)

async def events():
    ev = asyncio.Event()
    async def waiter(i):
        print("waiter", i, "waiting")
        await ev.wait()
        print("waiter", i, "released")
        return i
    tasks = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0.01)
    print("setting", ev.is_set())
    ev.set()
    print(await asyncio.gather(*tasks), ev.is_set())
    ev.clear()
    print(ev.is_set(), await asyncio.wait_for(asyncio.shield(asyncio.sleep(0, "ok")), 1))

async def locks():
    lock = asyncio.Lock()
    shared = []
    async def critical(name):
        async with lock:
            shared.append(f"{name}-in")
            await asyncio.sleep(0.01)
            shared.append(f"{name}-out")
    await asyncio.gather(*(critical(n) for n in "abc"))
    print(shared, lock.locked())
    await lock.acquire()
    print(lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    sem = asyncio.Semaphore(2)
    active = []
    peak = [0]
    async def limited(i):
        async with sem:
            active.append(i)
            peak[0] = max(peak[0], len(active))
            await asyncio.sleep(0.01)
            active.remove(i)
        return i
    print(await asyncio.gather(*(limited(i) for i in range(5))), "peak", peak[0], sem.locked())
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print("ValueError:", e)
    cond = asyncio.Condition()
    items = []
    async def consume():
        async with cond:
            await cond.wait_for(lambda: len(items) >= 2)
            print("condition met", items)
    c = asyncio.create_task(consume())
    for x in ("a", "b"):
        await asyncio.sleep(0.01)
        async with cond:
            items.append(x)
            cond.notify_all()
    await c

async def main():
    await queues()
    await events()
    await locks()

asyncio.run(main())
