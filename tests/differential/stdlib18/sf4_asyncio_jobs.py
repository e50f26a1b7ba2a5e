"""asyncio job runner: TaskGroup, timeout(), wait_for, gather(return_exceptions), Queue workers, Semaphore, Event, cancellation, as_completed."""
import asyncio

log = []


async def fetch(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f"{name} failed")
    log.append(name)
    return name.upper()


async def main():
    print(await asyncio.gather(fetch("a", 0.15), fetch("b", 0.05), fetch("c", 0.1)), log)
    res = await asyncio.gather(fetch("d", 0.05), fetch("e", 0.1, fail=True), return_exceptions=True)
    print([type(r).__name__ if isinstance(r, Exception) else r for r in res], str(res[1]))
    try:
        await asyncio.gather(fetch("f", 0.05, fail=True), fetch("g", 0.1))
    except ValueError as e:
        print("gather raised", e)
    await asyncio.sleep(0.15)

    try:
        async with asyncio.TaskGroup() as tg:
            t1 = tg.create_task(fetch("h", 0.05))
            t2 = tg.create_task(fetch("i", 0.1, fail=True))
            t3 = tg.create_task(fetch("j", 2))
    except* ValueError as eg:
        print("TaskGroup errors:", [str(e) for e in eg.exceptions], t1.result(), t3.cancelled())
    async with asyncio.TaskGroup() as tg:
        ts = [tg.create_task(fetch(f"k{n}", 0.05 * (3 - n))) for n in range(3)]
    print([t.result() for t in ts])

    try:
        async with asyncio.timeout(0.1):
            await asyncio.sleep(2)
    except TimeoutError:
        print("timeout() expired")
    try:
        await asyncio.wait_for(fetch("slow", 2), timeout=0.05)
    except asyncio.TimeoutError as e:
        print("wait_for timed out", type(e).__name__, isinstance(e, TimeoutError))
    print(await asyncio.wait_for(fetch("quick", 0.001), timeout=1))

    q = asyncio.Queue(maxsize=2)
    results = []

    async def producer():
        for i in range(5):
            await q.put(i)
        for _ in range(2):
            await q.put(None)

    async def worker(wid):
        while True:
            item = await q.get()
            q.task_done()
            if item is None:
                return wid
            await asyncio.sleep(0.001 * item)
            results.append((wid, item * item))

    done = await asyncio.gather(producer(), worker("w1"), worker("w2"))
    print(done, sorted(r[1] for r in results), q.empty(), q.qsize())
    sem = asyncio.Semaphore(2)
    active = [0]
    peak = [0]

    async def limited(i):
        async with sem:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
            await asyncio.sleep(0.005)
            active[0] -= 1
            return i

    print(await asyncio.gather(*(limited(i) for i in range(6))), peak[0], sem.locked())
    ev = asyncio.Event()

    async def waiter():
        await ev.wait()
        return "released"

    wt = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    print(wt.done(), ev.is_set())
    ev.set()
    print(await wt, wt.done())

    async def stubborn():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            log.append("cleanup")
            raise

    st = asyncio.create_task(stubborn(), name="stubborn-task")
    await asyncio.sleep(0)
    st.cancel("stop now")
    try:
        await st
    except asyncio.CancelledError as e:
        print("cancelled:", e.args, st.cancelled(), st.get_name(), log[-1])
    order = []
    for coro in asyncio.as_completed([fetch("x3", 0.15), fetch("x1", 0.05), fetch("x2", 0.1)]):
        order.append(await coro)
    print(order)
    done, pending = await asyncio.wait([asyncio.create_task(fetch("p1", 0.05)), asyncio.create_task(fetch("p2", 2))], return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    for t in pending:
        t.cancel()
    lock = asyncio.Lock()
    async with lock:
        print("locked", lock.locked())
    print(lock.locked())
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, "future value")
    print(await fut)
    try:
        fut.set_result("again")
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)
    return "main done"


print(asyncio.run(main()))
try:
    asyncio.run(fetch("bad", 0, fail=True))
except ValueError as e:
    print("run raised", e)


async def extras():
    t = asyncio.timeout(None)
    print(repr(t), t.when(), t.expired())
    async with asyncio.timeout(5) as cm:
        cm.reschedule(None)
        await asyncio.sleep(0.01)
    print(cm.expired(), repr(cm))
    try:
        async with asyncio.timeout(0.05) as cm2:
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("expired", cm2.expired(), repr(e.__cause__), repr(cm2))
    tg = asyncio.TaskGroup()
    try:
        tg.create_task(asyncio.sleep(0))
    except RuntimeError as e:
        print("RuntimeError", e)
    async with tg:
        pass
    try:
        async with asyncio.TaskGroup() as g2:
            g2.create_task(fetch("z", 0.01))
            raise KeyError("body failed")
    except* KeyError as eg:
        print("body error in group:", eg.exceptions, str(eg))
    try:
        async with asyncio.TaskGroup() as g3:
            g3.create_task(fetch("y1", 0.01, fail=True))
            g3.create_task(fetch("y2", 0.5, fail=True))
            await asyncio.sleep(1)
    except ExceptionGroup as eg:
        print("parent interrupted:", [str(e) for e in eg.exceptions])


asyncio.run(extras())
