import sched

clock = [0.0]

def now():
    return clock[0]

def sleep(dt):
    clock[0] += dt

s = sched.scheduler(now, sleep)

def job(name, *extra, **kw):
    print(f"t={now():.1f} {name}", extra, kw)

s.enter(2, 1, job, ("b",))
s.enter(1, 1, job, ("a",), {"k": 1})
e = s.enter(3, 1, job, ("cancelled",))
s.enterabs(2, 0, job, ("b-first", 99))
s.enter(5, 2, job, argument=("late",))
print(len(s.queue), s.empty())
print([ev.argument for ev in s.queue])
s.cancel(e)
print([(ev.time, ev.priority, ev.argument) for ev in s.queue])
s.run()
print(s.empty(), now())

def chain(n):
    print("chain", n, now())
    if n:
        s.enter(0.5, 1, chain, (n - 1,))

s.enter(0, 1, chain, (3,))
s.run()
s.enter(10, 1, job, ("nonblocking",))
print(s.run(blocking=False))
try:
    s.cancel(e)
except ValueError as err:
    print("ValueError", err)
ev = s.queue[0]
print(ev.time, ev.priority, ev.sequence > 0, ev.action is job, ev.kwargs)
