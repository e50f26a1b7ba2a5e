import threading

results = []
lock = threading.Lock()


def worker(n, scale=1):
    total = sum(i * scale for i in range(n))
    with lock:
        results.append((n, total))


threads = [threading.Thread(target=worker, args=(n,), kwargs={"scale": 2}) for n in (10, 100, 1000)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
print(lock.locked(), threading.active_count(), threading.current_thread().name)
print(threading.main_thread() is threading.current_thread(), threading.current_thread() is threading.main_thread())


class Counter(threading.Thread):
    def __init__(self, label, n):
        super().__init__(name=f"counter-{label}")
        self.n = n
        self.value = 0

    def run(self):
        for _ in range(self.n):
            self.value += 1


c = Counter("a", 500)
print(c.name, c.is_alive(), c.daemon)
c.start()
c.join()
print(c.value, c.is_alive())

ev = threading.Event()
print(ev.is_set(), ev.wait(0))
ev.set()
print(ev.wait(), ev.is_set())
ev.clear()
print(ev.is_set())

rl = threading.RLock()
with rl:
    with rl:
        print("reentrant ok")
sem = threading.BoundedSemaphore(2)
sem.acquire()
sem.acquire()
print(sem.acquire(blocking=False))
sem.release()
sem.release()
try:
    sem.release()
except ValueError as e:
    print("ValueError:", e)

l2 = threading.Lock()
print(l2.acquire(), l2.acquire(blocking=False), l2.acquire(timeout=0))
l2.release()
try:
    l2.release()
except RuntimeError as e:
    print("RuntimeError:", e)

out = []
t = threading.Thread(target=lambda: out.append(threading.current_thread().name), name="named")
t.start()
t.join()
print(out)
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.Thread(target=print).join()
except RuntimeError as e:
    print("RuntimeError:", e)
cond = threading.Condition()
with cond:
    cond.notify_all()
    print(cond.wait_for(lambda: True))
data = threading.local()
data.x = 5
print(data.x)
tm = threading.Timer(0.01, lambda: print("timer fired"))
tm.start()
tm.join()
tm2 = threading.Timer(0.01, lambda: print("never"))
tm2.cancel()
tm2.start()
