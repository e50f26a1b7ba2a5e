import gc
import queue
import weakref

q = queue.Queue()
for i in range(3):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), [q.get() for _ in range(3)], q.empty())
try:
    q.get_nowait()
except queue.Empty:
    print("Empty")
lq = queue.LifoQueue()
for x in "abc":
    lq.put(x)
print([lq.get() for _ in range(3)])
pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b")]:
    pq.put(item)
print([pq.get() for _ in range(3)])
bq = queue.Queue(maxsize=2)
bq.put(1)
bq.put(2)
print(bq.full())
try:
    bq.put_nowait(3)
except queue.Full:
    print("Full")
bq.get()
bq.task_done()
sq = queue.SimpleQueue()
sq.put("x")
print(sq.get(), sq.empty())

print(gc.collect(), gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.get_threshold())


class Node:
    def __init__(self, name):
        self.name = name


n = Node("n1")
r = weakref.ref(n)
print(r() is n, r().name)
d = weakref.WeakValueDictionary()
d["a"] = n
print(d["a"].name, "a" in d, len(d))
try:
    weakref.ref([1, 2])
except TypeError as e:
    print("TypeError:", e)
ws = weakref.WeakSet()
ws.add(n)
print(len(ws), n in ws)
