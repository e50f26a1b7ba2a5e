"""heapq and bisect for a task queue and grade bands."""
import heapq
import bisect
from dataclasses import dataclass, field


@dataclass(order=True)
class Task:
    priority: int
    seq: int
    name: str = field(compare=False)


queue = []
counter = 0
for prio, name in [(3, "write report"), (1, "fix prod"), (2, "review PR"), (1, "call client"), (5, "lunch")]:
    heapq.heappush(queue, Task(prio, counter, name))
    counter += 1
print(queue[0], len(queue))
while queue:
    t = heapq.heappop(queue)
    print(f"{t.priority} {t.name}")

nums = [15, 3, 9, 27, 1, 8, 22, 6]
heapq.heapify(nums)
print(nums, nums[0])
print(heapq.heappushpop(nums, 0), heapq.heapreplace(nums, 100), nums)
print(heapq.nlargest(3, nums), heapq.nsmallest(2, nums), heapq.nlargest(2, ["bb", "a", "ccc"], key=len))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [5])), list(heapq.merge(["c", "a"], ["b"], key=str.upper, reverse=False)))
print(list(heapq.merge([9, 4, 1], [8, 2], reverse=True)))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)

max_heap = []
for v in [5, 1, 8, 3]:
    heapq.heappush(max_heap, -v)
print([-heapq.heappop(max_heap) for _ in range(len(max_heap))])
pairs = [(2, "b"), (1, "z"), (2, "a")]
heapq.heapify(pairs)
print([heapq.heappop(pairs) for _ in range(3)])

breakpoints = [60, 70, 80, 90]
grades = "FDCBA"
scores = [33, 99, 77, 70, 89, 90, 100, 60, 59]
print([grades[bisect.bisect(breakpoints, s)] for s in scores])
print([bisect.bisect_left(breakpoints, s) for s in (60, 65, 90)], [bisect.bisect_right(breakpoints, s) for s in (60, 65, 90)])
sorted_list = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(sorted_list, x)
print(sorted_list)
bisect.insort_left(sorted_list, 5)
bisect.insort_right(sorted_list, 5, lo=0, hi=len(sorted_list))
print(sorted_list, bisect.bisect_left(sorted_list, 5), bisect.bisect_right(sorted_list, 5))
people = [("ann", 31), ("bob", 25), ("cy", 40)]
people.sort(key=lambda p: p[1])
ages = [p[1] for p in people]
print(people[bisect.bisect_left(ages, 30)], bisect.bisect(people, 30, key=lambda p: p[1]))
bisect.insort(people, ("dee", 33), key=lambda p: p[1])
print(people)


def find_ge(a, x):
    i = bisect.bisect_left(a, x)
    if i != len(a):
        return a[i]
    raise ValueError(f"no item >= {x}")


print(find_ge([1, 3, 5], 4), find_ge([1, 3, 5], 5))
try:
    find_ge([1, 3, 5], 6)
except ValueError as e:
    print("ValueError:", e)
try:
    bisect.bisect([1, 2], 1, lo=-1)
except ValueError as e:
    print("ValueError:", e)
events = [(10, "a"), (5, "b"), (7, "c"), (5, "a")]
print(heapq.nsmallest(3, events), sorted(events)[:3] == heapq.nsmallest(3, events))
print(heapq.nlargest(10, [3, 1, 2]), heapq.nsmallest(0, [1]), heapq.nlargest(1, []))
