# generator.send(): priming, running averages, coroutine-style protocols.
def averager():
    total, count, avg = 0, 0, None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
avg = averager()
print(next(avg))
for v in [10, 20, 60, 5]:
    print(avg.send(v))
def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    return received
e = echo()
print(e.send(None), e.send("a"), e.send("b"))
try:
    e.send(None)
except StopIteration as stop:
    print("returned", stop.value)
fresh = averager()
try:
    fresh.send(5)
except TypeError as err:
    print("TypeError", err)
done = echo()
next(done)
try:
    done.send(None)
except StopIteration:
    pass
try:
    done.send(1)
except StopIteration as s:
    print("send to finished generator -> StopIteration", s.value)
def accumulate():
    total = 0
    while True:
        cmd = yield total
        if cmd == "reset":
            total = 0
        elif isinstance(cmd, int):
            total += cmd
acc = accumulate()
next(acc)
print([acc.send(x) for x in [1, 2, "reset", 5, 5, None]])
def two_way():
    a = yield "first"
    b = yield f"got {a}"
    yield f"then {b}"
t = two_way()
print(t.send(None), t.send("A"), t.send("B"), next(t, "end"))
