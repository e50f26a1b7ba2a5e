# Round-robin task scheduler: method calls on a few long-lived objects, dict lookups by
# string name, list queues, and `or` on possibly-None results.
class Task:
    def __init__(self, name, prio):
        self.name = name
        self.prio = prio
        self.count = 0
        self.queue = []

    def run(self, msg):
        self.count += 1
        if msg is not None:
            self.queue.append(msg)
        if len(self.queue) > 4:
            return self.queue.pop(0)
        return None


class Scheduler:
    def __init__(self):
        self.tasks = {}

    def add(self, task):
        self.tasks[task.name] = task

    def loop(self, n):
        names = sorted(self.tasks)
        msg = 0
        for i in range(n):
            task = self.tasks[names[i % len(names)]]
            r = task.run(msg if i % 3 else None)
            msg = (msg + (r or 1)) % 1000
        return msg, sum(t.count for t in self.tasks.values())


s = Scheduler()
for k in range(10):
    s.add(Task("t%d" % k, k))
print(s.loop(1500000))
