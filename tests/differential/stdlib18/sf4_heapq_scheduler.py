"""heapq: a task scheduler - merge with key/reverse, nsmallest/nlargest with key, heapreplace/pushpop."""
import heapq
from dataclasses import dataclass, field
from itertools import count


@dataclass(order=True)
class Task:
    priority: int
    seq: int
    name: str = field(compare=False)


tie = count()
heap = []
for prio, name in [(3, "write docs"), (1, "fix bug"), (2, "review"), (1, "deploy"), (5, "refactor"), (2, "test")]:
    heapq.heappush(heap, Task(prio, next(tie), name))
print([t.name for t in heap])
print(heapq.heappop(heap).name, heapq.heappushpop(heap, Task(0, next(tie), "hotfix")).name, heapq.heapreplace(heap, Task(9, next(tie), "later")).name)
order = []
while heap:
    order.append(heapq.heappop(heap).name)
print(order)
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError", e)
try:
    heapq.heapreplace([], 1)
except IndexError as e:
    print("IndexError", e)
print(heapq.heappushpop([], 5))

logs_a = [(1, "a:start"), (4, "a:load"), (9, "a:done")]
logs_b = [(2, "b:start"), (3, "b:load"), (10, "b:done")]
logs_c = [(0, "c:boot"), (9, "c:tick")]
print(list(heapq.merge(logs_a, logs_b, logs_c)))
print(list(heapq.merge(["apple", "fig"], ["Banana", "cherry"], key=str.lower)))
print(list(heapq.merge([9, 5, 1], [8, 7, 2], reverse=True)), list(heapq.merge([], [1], [])), list(heapq.merge()))
print(list(heapq.merge([3, 1], [2], key=lambda x: -x)))
print(list(heapq.merge([1, 3, 5], [1, 2, 3], [1])))

people = [("ann", 31, 5.5), ("bob", 25, 6.1), ("cid", 31, 5.9), ("dee", 19, 5.2), ("eve", 44, 5.5)]
print(heapq.nsmallest(2, people, key=lambda p: p[1]), heapq.nlargest(2, people, key=lambda p: p[1]))
print(heapq.nlargest(3, people, key=lambda p: (p[1], p[2])), heapq.nsmallest(3, people, key=lambda p: p[2]))
print(heapq.nsmallest(10, [5, 2, 8]), heapq.nlargest(0, [1, 2]), heapq.nsmallest(1, [4, 2, 6]), heapq.nlargest(1, iter([4, 7, 6])))
print(heapq.nlargest(3, "hello world"), heapq.nsmallest(2, [2, 1, 1, 2], key=lambda x: x), heapq.nlargest(2, [1.5, 1, True, 2]))
nums = [5, 3, 8, 1, 9, 2, 7]
heapq.heapify(nums)
print(nums, nums[0])
big = list(range(20, 0, -1))
heapq.heapify(big)
print(big)
mx = [-x for x in [3, 1, 4, 1, 5, 9, 2, 6]]
heapq.heapify(mx)
print([-heapq.heappop(mx) for _ in range(3)])


def running_median(values):
    lo, hi, out = [], [], []
    for v in values:
        if lo and v > -lo[0]:
            heapq.heappush(hi, v)
        else:
            heapq.heappush(lo, -v)
        if len(lo) > len(hi) + 1:
            heapq.heappush(hi, -heapq.heappop(lo))
        elif len(hi) > len(lo):
            heapq.heappush(lo, -heapq.heappop(hi))
        out.append(-lo[0] if len(lo) > len(hi) else (-lo[0] + hi[0]) / 2)
    return out


print(running_median([5, 15, 1, 3, 8, 7, 9, 10, 20, 2]))


def dijkstra(graph, src):
    dist = {src: 0}
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float("inf")):
            continue
        for v, w in graph.get(u, []):
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                heapq.heappush(pq, (nd, v))
    return dict(sorted(dist.items()))


g = {"A": [("B", 4), ("C", 1)], "C": [("B", 2), ("D", 7)], "B": [("D", 1)], "D": [("E", 3)]}
print(dijkstra(g, "A"))
try:
    heapq.heappush([1, "a"], 2)
except TypeError as e:
    print("TypeError", e)
try:
    heapq.heapify((1, 2))
except TypeError as e:
    print("TypeError", e)
