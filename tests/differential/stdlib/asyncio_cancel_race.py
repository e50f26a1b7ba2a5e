# Task.cancel() on a task whose sleep already expired in the same loop iteration (its wake-up
# is queued, the coroutine has not resumed yet): the wake-up delivers CancelledError, as
# CPython's Task._must_cancel does. The loop is stalled with a blocking call so that both
# timers come due together.
import asyncio
import time


async def worker(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "woke normally")
        await asyncio.sleep(0)
        print(name, "still running")
    except asyncio.CancelledError:
        print(name, "got CancelledError")
        raise
    finally:
        print(name, "cleanup")


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(worker("w1", 0.05))
    await asyncio.sleep(0)
    loop.call_later(0.01, time.sleep, 0.12)  # stall the loop past both deadlines
    await asyncio.sleep(0.02)
    print("main woke; cancel ->", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("t cancelled:", t.cancelled())

    # A task whose wake-up is not queued yet is woken from its wait.
    t2 = asyncio.create_task(worker("w2", 10))
    await asyncio.sleep(0)
    print("cancel w2 ->", t2.cancel())
    try:
        await t2
    except asyncio.CancelledError:
        print("t2 cancelled:", t2.cancelled())

    # Cancelling a finished task does nothing.
    t3 = asyncio.create_task(worker("w3", 0))
    await asyncio.sleep(0.01)
    print("cancel w3 ->", t3.cancel(), t3.result())


asyncio.run(main())
