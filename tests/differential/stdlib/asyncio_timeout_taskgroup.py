import asyncio

log = []

async def sleeper(name, d, fail=None):
    try:
        await asyncio.sleep(d)
        if fail:
            raise fail
        log.append(f"{name} done")
        return name
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise
    finally:
        log.append(f"{name} finally")

async def background():
    try:
        await asyncio.sleep(100)
    finally:
        print("background cleanup")

async def main():
    bg = asyncio.create_task(background())
    # timeout that does not expire
    async with asyncio.timeout(1) as cm:
        r = await sleeper("a", 0.001)
    print(r, cm.expired(), repr(cm).startswith("<Timeout [finished]"))
    # timeout that expires
    try:
        async with asyncio.timeout(0.01) as cm:
            await sleeper("b", 1)
    except TimeoutError as e:
        print("timed out", type(e).__name__, cm.expired(), repr(cm))
    # None timeout and reschedule
    async with asyncio.timeout(None) as cm:
        print(cm.when(), repr(cm))
        cm.reschedule(asyncio.get_running_loop().time() + 0.01)
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("inner sees CancelledError")
            raise
    print("unreachable?")

async def main2():
    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        print("second timeout", cm.expired())
    # nested timeouts: inner expires first
    try:
        async with asyncio.timeout(1):
            try:
                async with asyncio.timeout(0.01):
                    await asyncio.sleep(1)
            except TimeoutError:
                print("inner timeout caught")
            await asyncio.sleep(0)
            print("outer continues")
    except TimeoutError:
        print("outer timeout?!")
    # timeout_at
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.005):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout_at fired")
    cm = asyncio.timeout(5)
    try:
        cm.reschedule(1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    # TaskGroup ok
    async with asyncio.TaskGroup() as tg:
        ts = [tg.create_task(sleeper(f"t{i}", 0.001 * i)) for i in range(3)]
        print(repr(tg))
    print([t.result() for t in ts], repr(tg))
    # TaskGroup failing
    log.clear()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper("x", 0, ValueError("x failed")))
            tg.create_task(sleeper("y", 0.0, KeyError("y")))
            tg.create_task(sleeper("z", 1))
            await asyncio.sleep(1)
            print("not reached")
    except* ValueError as eg:
        print("ValueError group", eg.exceptions, eg.message)
    except* KeyError as eg:
        print("KeyError group", eg.exceptions)
    print(sorted(log))
    try:
        c = sleeper("late", 0); tg.create_task(c)
    except RuntimeError as e:
        c.close()
        print("RuntimeError:", e)
    # error in body
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper("w", 1))
            raise ZeroDivisionError("body")
    except ExceptionGroup as eg:
        print("body group", repr(eg), eg.__cause__, eg.__suppress_context__)
    # task cancelled while in TaskGroup
    async def in_group():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper("g1", 1))
            tg.create_task(sleeper("g2", 1))
    t = asyncio.create_task(in_group())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("group task cancelled", t.cancelled())
    # uncancel / cancelling counts
    t = asyncio.create_task(sleeper("c", 1))
    await asyncio.sleep(0)
    t.cancel(); t.cancel()
    print(t.cancelling())
    print(t.uncancel(), t.uncancel(), t.uncancel())
    try:
        await t
    except asyncio.CancelledError:
        print("c cancelled")
    # gather cancel propagates to children
    log.clear()
    g = asyncio.gather(sleeper("g_a", 1), sleeper("g_b", 1))
    await asyncio.sleep(0)
    print(g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled", g.cancelled())
    print(sorted(log))
    # shield-free wait_for cancel of inner
    log.clear()
    async def outer():
        await asyncio.wait_for(sleeper("inner", 1), 5)
    ot = asyncio.create_task(outer())
    await asyncio.sleep(0.01)
    ot.cancel()
    try:
        await ot
    except asyncio.CancelledError:
        print("outer cancelled")
    await asyncio.sleep(0)
    print(sorted(log))
    bg = asyncio.create_task(background())
    await asyncio.sleep(0)

try:
    asyncio.run(main())
except TimeoutError:
    print("main timed out")
asyncio.run(main2())
print("end")
