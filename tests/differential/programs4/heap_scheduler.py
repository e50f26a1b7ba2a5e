import heapq
import itertools
from dataclasses import dataclass, field


@dataclass(order=True)
class Job:
    priority: int
    seq: int
    name: str = field(compare=False)
    duration: int = field(compare=False, default=1)

    def __repr__(self):
        return f"<{self.name} p={self.priority}>"


class Scheduler:
    def __init__(self):
        self.heap = []
        self.counter = itertools.count()
        self.cancelled = set()
        self.clock = 0
        self.log = []

    def submit(self, name, priority, duration=1):
        job = Job(priority, next(self.counter), name, duration)
        heapq.heappush(self.heap, job)
        return job

    def cancel(self, name):
        self.cancelled.add(name)

    def run(self, budget):
        while self.heap and budget > 0:
            job = heapq.heappop(self.heap)
            if job.name in self.cancelled:
                self.log.append(f"skip {job.name}")
                continue
            step = min(job.duration, budget)
            self.clock += step
            budget -= step
            if step < job.duration:
                job.duration -= step
                job.priority += 1
                heapq.heappush(self.heap, job)
                self.log.append(f"t={self.clock} preempt {job.name} ({job.duration} left)")
            else:
                self.log.append(f"t={self.clock} done {job.name}")
        return budget

    def __len__(self):
        return len(self.heap)


s = Scheduler()
for name, prio, dur in [("backup", 5, 3), ("email", 1, 1), ("build", 3, 4), ("deploy", 3, 2), ("lint", 2, 1)]:
    s.submit(name, prio, dur)
s.cancel("lint")
print(sorted(s.heap))
left = s.run(6)
print("left", left, "pending", len(s))
s.submit("hotfix", 0)
s.run(100)
print("\n".join(s.log))

nums = [9, 1, 8, 2, 7, 3, 6]
print(heapq.nsmallest(3, nums), heapq.nlargest(2, nums), heapq.nlargest(2, ["bb", "a", "ccc"], key=len))
h = nums[:]
heapq.heapify(h)
print(h, heapq.heappushpop(h, 0), heapq.heapreplace(h, 10), h)
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [5])))
print(list(heapq.merge(["apple", "fig"], ["kiwi", "banana"], key=len, reverse=False)))


def k_way_top(streams, k):
    heap = [(-s[0], i, 0) for i, s in enumerate(streams) if s]
    heapq.heapify(heap)
    out = []
    while heap and len(out) < k:
        v, i, j = heapq.heappop(heap)
        out.append(-v)
        if j + 1 < len(streams[i]):
            heapq.heappush(heap, (-streams[i][j + 1], i, j + 1))
    return out


print(k_way_top([[9, 5, 1], [8, 7], [10, 2]], 5))
pairs = list(itertools.pairwise("abcd"))
print(pairs, list(itertools.accumulate([3, 1, 4, 1, 5], max)), list(itertools.accumulate([1, 2, 3], initial=10)))
