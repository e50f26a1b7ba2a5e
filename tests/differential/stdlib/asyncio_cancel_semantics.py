import asyncio
async def worker():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("caught")
        await asyncio.sleep(0)
        return "recovered"

async def child():
    await asyncio.sleep(5)

async def waiter_on_task():
    t = asyncio.create_task(child())
    try:
        await t
    except asyncio.CancelledError:
        print("waiter cancelled; child cancelled?", t.cancelled())
        raise

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    print(t.cancel(), t.cancelling(), t.done())
    r = await t
    print(r, t.cancelled(), t.done())
    w = asyncio.create_task(waiter_on_task())
    await asyncio.sleep(0.01)
    w.cancel("why")
    try:
        await w
    except asyncio.CancelledError as e:
        print("w cancelled", e.args, w.cancelled())
    # cancel before start
    t2 = asyncio.create_task(worker())
    t2.cancel()
    try:
        await t2
    except asyncio.CancelledError:
        print("t2 cancelled before start", t2.cancelled())
    # uncaught cancel inside wait_for
    async def long():
        await asyncio.sleep(1)
    try:
        await asyncio.wait_for(long(), 0.01)
    except TimeoutError as e:
        print("TimeoutError", type(e))
asyncio.run(main())


# Workers blocked on a queue, cancelled after join(); gather collects CancelledError('').
async def main_queue():
    queue = asyncio.Queue()
    await queue.put(1)
    print("put")
    async def worker(wid):
        while True:
            url = await queue.get()
            print("got", url)
            queue.task_done()
    tasks = [asyncio.create_task(worker(i)) for i in range(2)]
    await queue.join()
    print("joined")
    for t in tasks:
        t.cancel()
    r = await asyncio.gather(*tasks, return_exceptions=True)
    print(r)
asyncio.run(main_queue())
print("done")
