import heapq
import bisect
from itertools import count


class Scheduler:
    def __init__(self):
        self.queue = []
        self.seq = count()
        self.time = 0
        self.log = []

    def at(self, when, name, prio=5):
        heapq.heappush(self.queue, (when, prio, next(self.seq), name))

    def run(self, until):
        while self.queue and self.queue[0][0] <= until:
            when, prio, seq, name = heapq.heappop(self.queue)
            self.time = when
            self.log.append(f"t={when:>3} p{prio} {name}")
            if name.startswith("repeat") and when + 7 <= until:
                self.at(when + 7, name, prio)


s = Scheduler()
for when, name, prio in [(5, "backup", 3), (1, "boot", 0), (5, "email", 1), (3, "repeat-tick", 9), (30, "late", 5)]:
    s.at(when, name, prio)
s.run(20)
print("\n".join(s.log))
print("pending", s.queue)

data = [15, 3, 22, 8, 41, 7, 19, 2, 33]
heap = list(data)
heapq.heapify(heap)
print(heap[0], heapq.nsmallest(3, data), heapq.nlargest(3, data), heapq.nlargest(2, data, key=lambda v: v % 10))
print(heapq.heappushpop(heap, 1), heapq.heapreplace(heap, 100), heap[0], len(heap))
print([heapq.heappop(heap) for _ in range(4)])
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0, 20])))
print(list(heapq.merge(["apple", "fig"], ["date", "kiwi"], key=len)))
print(list(heapq.merge([9, 5, 1], [8, 2], reverse=True)))

records = [("ann", 52), ("bob", 67), ("cid", 78), ("dee", 85), ("eve", 91)]
scores = [r[1] for r in records]
cuts = [60, 70, 80, 90]
grades = "FDCBA"
for name, sc in records + [("zed", 60), ("yan", 100)]:
    print(name, sc, grades[bisect.bisect(cuts, sc)], bisect.bisect_left(cuts, sc), bisect.bisect_right(cuts, sc))
print(bisect.bisect_left(records, 78, key=lambda r: r[1]), bisect.bisect(records, "cid", key=lambda r: r[0]))
bisect.insort(records, ("fay", 70), key=lambda r: r[1])
bisect.insort_left(scores, 67)
print(records, scores)


def top_k_frequent(words, k):
    freq = {}
    for w in words:
        freq[w] = freq.get(w, 0) + 1
    return [w for _, w in heapq.nsmallest(k, ((-c, w) for w, c in freq.items()))]


print(top_k_frequent("the cat and the dog and the bird".split(), 2))


def running_median(stream):
    lo, hi = [], []
    for x in stream:
        heapq.heappush(lo, -x)
        heapq.heappush(hi, -heapq.heappop(lo))
        if len(hi) > len(lo):
            heapq.heappush(lo, -heapq.heappop(hi))
        yield -lo[0] if len(lo) > len(hi) else (-lo[0] + hi[0]) / 2


print(list(running_median([5, 15, 1, 3, 8, 7, 9, 10, 20, 2])))
