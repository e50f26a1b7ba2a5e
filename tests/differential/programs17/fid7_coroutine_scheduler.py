# Generator-based cooperative multitasking: a round-robin scheduler driving generator tasks with
# send/throw/close, sleeping, joining, cancellation (GeneratorExit + finally), return values via
# StopIteration.value, and yield from delegation with results.
from collections import deque


class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks


class Join:
    def __init__(self, name):
        self.name = name


class Cancelled(Exception):
    pass


class Scheduler:
    def __init__(self):
        self.ready = deque()
        self.sleeping = []
        self.waiting = {}
        self.results = {}
        self.tasks = {}
        self.tick = 0
        self.log = []

    def spawn(self, name, gen):
        self.tasks[name] = gen
        self.ready.append((name, None))

    def cancel(self, name):
        gen = self.tasks.get(name)
        if gen is None:
            return False
        try:
            gen.throw(Cancelled(f"{name} cancelled at tick {self.tick}"))
        except Cancelled as e:
            self.finish(name, f"<{e}>")
        except StopIteration as stop:
            self.finish(name, stop.value)
        else:
            self.log.append(f"{name} ignored cancel")
            return False
        self.ready = deque((n, v) for n, v in self.ready if n != name)
        self.sleeping = [(t, n) for t, n in self.sleeping if n != name]
        return True

    def finish(self, name, value):
        self.results[name] = value
        del self.tasks[name]
        for waiter in self.waiting.pop(name, []):
            self.ready.append((waiter, value))

    def run(self, max_ticks=50):
        while (self.ready or self.sleeping) and self.tick < max_ticks:
            self.tick += 1
            due = [n for t, n in self.sleeping if t <= self.tick]
            self.sleeping = [(t, n) for t, n in self.sleeping if t > self.tick]
            self.ready.extend((n, None) for n in sorted(due))
            if not self.ready:
                continue
            name, value = self.ready.popleft()
            gen = self.tasks[name]
            try:
                req = gen.send(value)
            except StopIteration as stop:
                self.log.append(f"t{self.tick} {name} -> {stop.value!r}")
                self.finish(name, stop.value)
                continue
            except Exception as e:
                self.log.append(f"t{self.tick} {name} crashed: {type(e).__name__}: {e}")
                self.finish(name, e)
                continue
            if isinstance(req, Sleep):
                self.sleeping.append((self.tick + req.ticks, name))
            elif isinstance(req, Join):
                if req.name in self.results:
                    self.ready.append((name, self.results[req.name]))
                else:
                    self.waiting.setdefault(req.name, []).append(name)
            else:
                self.log.append(f"t{self.tick} {name} yielded {req!r}")
                self.ready.append((name, None))


def counter(label, n, pause):
    total = 0
    try:
        for i in range(n):
            total += i
            yield Sleep(pause)
        return f"{label}:{total}"
    finally:
        print(f"  [{label} cleanup, total={total}]")


def child_work(x):
    yield Sleep(1)
    got = yield "checkpoint"
    return x * x


def parent():
    a = yield from child_work(3)
    b = yield from child_work(4)
    other = yield Join("c1")
    return (a, b, other)


def crasher():
    yield Sleep(2)
    raise ValueError("boom in crasher")


def stubborn():
    while True:
        try:
            yield Sleep(5)
        except Cancelled:
            yield "refusing"


def waiter():
    r = yield Join("crash")
    return f"saw {type(r).__name__}: {r}"


s = Scheduler()
s.spawn("c1", counter("c1", 3, 2))
s.spawn("c2", counter("c2", 10, 1))
s.spawn("p", parent())
s.spawn("crash", crasher())
s.spawn("w", waiter())
s.spawn("stub", stubborn())
s.run(8)
print("cancel c2:", s.cancel("c2"))
print("cancel stub:", s.cancel("stub"))
print("cancel missing:", s.cancel("nope"))
s.run(40)
print("\n".join(s.log))
print({k: (v if not isinstance(v, Exception) else repr(v)) for k, v in sorted(s.results.items())})
print(sorted(s.tasks), s.tick)
g = counter("solo", 2, 1)
print(type(next(g)).__name__)
g.close()
g.close()
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)


def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    except GeneratorExit:
        print("  echo closing with", received)
        raise


e = echo()
print(next(e), e.send("a"), e.send("b"), e.send(None))
e.close()


def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2


b = bad_close()
next(b)
try:
    b.close()
except RuntimeError as err:
    print("RuntimeError:", err)
