# A priority-queue task scheduler built on a hand-written binary heap.
class Heap:
    def __init__(self):
        self.items = []
    def __len__(self):
        return len(self.items)
    def push(self, item):
        a = self.items
        a.append(item)
        i = len(a) - 1
        while i > 0:
            parent = (i - 1) // 2
            if a[i] < a[parent]:
                a[i], a[parent] = a[parent], a[i]
                i = parent
            else:
                break
    def pop(self):
        a = self.items
        if not a:
            raise IndexError("pop from empty heap")
        top = a[0]
        last = a.pop()
        if a:
            a[0] = last
            i = 0
            while True:
                l, r, smallest = 2 * i + 1, 2 * i + 2, i
                if l < len(a) and a[l] < a[smallest]:
                    smallest = l
                if r < len(a) and a[r] < a[smallest]:
                    smallest = r
                if smallest == i:
                    break
                a[i], a[smallest] = a[smallest], a[i]
                i = smallest
        return top
class Task:
    seq = 0
    def __init__(self, name, priority, duration, deps=()):
        self.name, self.priority, self.duration, self.deps = name, priority, duration, set(deps)
        Task.seq += 1
        self.order = Task.seq
    def __lt__(self, other):
        return (self.priority, self.order) < (other.priority, other.order)
    def __repr__(self):
        return f"{self.name}(p{self.priority})"
def schedule(tasks, workers=2):
    pending = {t.name: t for t in tasks}
    done, ready, clock, log = set(), Heap(), 0, []
    running = []
    def release():
        for name in sorted(pending):
            t = pending[name]
            if t.deps <= done:
                ready.push(t)
                del pending[name]
    release()
    while ready or running or pending:
        while ready and len(running) < workers:
            t = ready.pop()
            running.append((clock + t.duration, t.order, t))
            log.append(f"t={clock:>2} start {t.name}")
        if not running:
            raise RuntimeError(f"deadlock: {sorted(pending)}")
        running.sort()
        finish, _, t = running.pop(0)
        clock = finish
        done.add(t.name)
        log.append(f"t={clock:>2} done  {t.name}")
        release()
    return clock, log
h = Heap()
for v in [5, 3, 8, 1, 9, 2, 7, 1]:
    h.push(v)
print([h.pop() for _ in range(len(h))])
try:
    h.pop()
except IndexError as e:
    print("IndexError", e)
tasks = [Task("fetch", 1, 3), Task("parse", 2, 2, ["fetch"]), Task("lint", 5, 1), Task("compile", 1, 4, ["parse"]),
         Task("test", 2, 3, ["compile", "lint"]), Task("docs", 9, 2), Task("package", 3, 1, ["test", "docs"])]
end, log = schedule(tasks)
print("\n".join(log))
print("makespan", end)
end1, _ = schedule([Task(t.name, t.priority, t.duration, t.deps) for t in tasks], workers=1)
print("single worker makespan", end1, "sum of durations", sum(t.duration for t in tasks))
try:
    schedule([Task("a", 1, 1, ["b"]), Task("b", 1, 1, ["a"])])
except RuntimeError as e:
    print("RuntimeError", e)
