"""threading as scripts use it: workers that are started and joined, locks around shared state, events with timeouts."""
import threading
import queue
import time

results = {}
lock = threading.Lock()
rlock = threading.RLock()

def work(name, n):
    total = sum(i * i for i in range(n))
    with lock:
        results[name] = total

threads = [threading.Thread(target=work, args=(f"w{i}", 10 * i)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()))
print([t.is_alive() for t in threads], threads[0].name, threading.current_thread().name, threading.main_thread() is threading.current_thread())
named = threading.Thread(target=work, name="custom", kwargs={"name": "kw", "n": 5}, daemon=True)
print(named.name, named.daemon, named.is_alive(), named.ident is None)
named.start()
named.join(timeout=1.0)
print(results["kw"], named.is_alive(), named.ident is not None)

class Counter(threading.Thread):
    def __init__(self, limit):
        super().__init__()
        self.limit = limit
        self.count = 0
    def run(self):
        for _ in range(self.limit):
            with rlock:
                with rlock:
                    self.count += 1
c = Counter(1000)
c.start()
c.join()
print(c.count, isinstance(c, threading.Thread))

print(lock.locked(), lock.acquire(), lock.locked(), lock.acquire(blocking=False), lock.acquire(timeout=0.01))
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
ev = threading.Event()
print(ev.is_set(), ev.wait(timeout=0.01))
ev.set()
print(ev.wait(), ev.is_set())
ev.clear()
sem = threading.BoundedSemaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False))
sem.release()
sem.release()
try:
    sem.release()
except ValueError as e:
    print("ValueError:", e)

q = queue.Queue()
out = []
def producer():
    for i in range(5):
        q.put(i)
    q.put(None)
def consumer():
    while (item := q.get()) is not None:
        out.append(item * 10)
p = threading.Thread(target=producer)
cons = threading.Thread(target=consumer)
p.start(); cons.start()
p.join(); cons.join()
print(out)
fired = []
t = threading.Timer(0.01, fired.append, args=["timer"])
t.start()
t.join()
print(fired)
tl = threading.local()
tl.value = 42
print(tl.value, threading.active_count() >= 1, len(threading.enumerate()) >= 1, type(threading.get_ident()).__name__)
cond = threading.Condition()
with cond:
    cond.notify_all()
    print("waited", cond.wait(timeout=0.01))
start = time.perf_counter()
for i in range(3):
    threading.Thread(target=time.sleep, args=(0.001,)).start()
print("elapsed ok", time.perf_counter() - start < 5)
