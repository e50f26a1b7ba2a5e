# Implicit exception chaining: __context__ of exceptions raised while handling another.
def parse(s):
    try:
        return int(s)
    except ValueError:
        return {}[s]
try:
    parse("abc")
except KeyError as e:
    print("context:", type(e.__context__).__name__, e.__context__, e.__suppress_context__)
def nested():
    try:
        raise TypeError("inner")
    except TypeError:
        try:
            raise ValueError("middle")
        except ValueError:
            [][1]
try:
    nested()
except IndexError as e:
    c = e
    while c is not None:
        print(type(c).__name__, c)
        c = c.__context__
try:
    try:
        raise KeyError("a")
    except KeyError as e:
        raise
except KeyError as e:
    print("bare raise keeps context:", e.__context__)
def gen():
    yield 1
    next(iter([]))
try:
    list(gen())
except RuntimeError as e:
    print(e, "| cause:", repr(e.__cause__), e.__cause__ is e.__context__)
async def agen():
    yield 1
    raise StopAsyncIteration
import asyncio
async def main():
    try:
        async for _ in agen():
            pass
    except RuntimeError as e:
        print(e)
    print([x async for x in agen()] if False else "skip")
asyncio.run(main())
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("replaced") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
