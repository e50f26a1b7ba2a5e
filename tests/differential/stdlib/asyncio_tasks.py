# asyncio: tasks, gather, wait_for, wait, as_completed, cancellation, futures and the loop.
import asyncio

async def job(name, delay, result=None, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f"{name} failed")
    print("finished", name)
    return result if result is not None else name.upper()

async def ticker(label, n):
    for i in range(n):
        print(label, i)
        await asyncio.sleep(0)
    return label

async def main():
    # timed sleeps finish in order of their deadlines
    results = await asyncio.gather(job("slow", 0.6), job("fast", 0.1), job("mid", 0.3))
    print(results)
    # sleep(0) interleaves in FIFO order
    print(await asyncio.gather(ticker("x", 3), ticker("y", 2)))
    # create_task and awaiting tasks
    t1 = asyncio.create_task(job("t1", 0.4, 1))
    t2 = asyncio.create_task(job("t2", 0.1, 2), name="second")
    print(t2.get_name(), t1.done())
    print(await t1 + await t2, t1.done(), t1.result(), t2.cancelled())
    # exceptions
    res = await asyncio.gather(job("ok", 0), job("bad", 0, fail=True), return_exceptions=True)
    print([type(r).__name__ if isinstance(r, BaseException) else r for r in res])
    try:
        await asyncio.gather(job("a", 0), job("b", 0, fail=True))
    except ValueError as e:
        print("gather raised:", e)
    t = asyncio.create_task(job("boom", 0, fail=True))
    try:
        await t
    except ValueError as e:
        print("task raised:", e, t.done(), type(t.exception()).__name__)
    # wait_for
    print(await asyncio.wait_for(job("quick", 0.01, 42), timeout=1))
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.02)
    except asyncio.TimeoutError:
        print("timed out", asyncio.TimeoutError is TimeoutError)
    print(await asyncio.wait_for(job("nolimit", 0), None))
    # cancellation of a task blocked in sleep
    async def forever():
        try:
            while True:
                await asyncio.sleep(0.01)
        except asyncio.CancelledError:
            print("forever got CancelledError")
            raise
        finally:
            print("forever cleanup")
    ft = asyncio.create_task(forever())
    await asyncio.sleep(0.035)
    print("cancel ->", ft.cancel())
    try:
        await ft
    except asyncio.CancelledError:
        print("awaiting cancelled task raised CancelledError", ft.cancelled(), ft.done())
    print(ft.cancel(), issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))
    # wait and as_completed
    tasks = [asyncio.create_task(job(f"w{i}", d)) for i, d in enumerate([1.2, 0.1, 0.6])]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(tasks)
    print(sorted(t.result() for t in done), len(pending))
    for coro in asyncio.as_completed([job("c1", 0.6), job("c2", 0.1), job("c3", 0.3)]):
        print("as_completed ->", await coro)
    # futures and the loop
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, "from call_later")
    loop.call_soon(print, "call_soon ran")
    print(fut.done(), await fut, fut.done(), fut.result())
    f2 = asyncio.Future()
    f2.add_done_callback(lambda f: print("callback saw", f.result()))
    f2.set_result(7)
    await asyncio.sleep(0)
    try:
        f2.set_result(8)
    except asyncio.InvalidStateError:
        print("InvalidStateError")
    try:
        asyncio.Future().result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    start = loop.time()
    await asyncio.sleep(0.02)
    print(loop.time() - start >= 0.015, await asyncio.sleep(0, result="slept"))
    print(asyncio.iscoroutinefunction(job), asyncio.iscoroutinefunction(print), asyncio.iscoroutine(main), isinstance(t1, asyncio.Task), isinstance(t1, asyncio.Future))
    return "main done"

print(asyncio.run(main()))
try:
    asyncio.run(5)
except ValueError as e:
    print("ValueError:", e)
print("after run")
