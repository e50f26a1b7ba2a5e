import random
import math
import statistics
from collections import deque
import heapq

random.seed(12345)
print(random.random(), random.randint(1, 100), random.choice("abcdef"))
print(random.uniform(1, 2), random.randrange(0, 100, 5), random.sample(range(50), 5))
deck = list(range(10))
random.shuffle(deck)
print(deck)
print(random.choices(["a", "b", "c"], weights=[5, 1, 1], k=8))
print(round(random.gauss(0, 1), 6), round(random.normalvariate(10, 2), 6), round(random.expovariate(1.5), 6))
rng = random.Random(7)
print(rng.random(), rng.getrandbits(16), rng.triangular(0, 10, 3))


class Customer:
    __slots__ = ("id", "arrival", "service")

    def __init__(self, id, arrival, service):
        self.id = id
        self.arrival = arrival
        self.service = service

    def __lt__(self, other):
        return self.arrival < other.arrival


def simulate(n_customers, n_tellers, seed):
    rnd = random.Random(seed)
    t = 0.0
    customers = []
    for i in range(n_customers):
        t += rnd.expovariate(1.0)
        customers.append(Customer(i, t, rnd.uniform(0.5, 3.0)))
    free_at = [0.0] * n_tellers
    heapq.heapify(free_at)
    waits = []
    for c in customers:
        teller_free = heapq.heappop(free_at)
        start = max(teller_free, c.arrival)
        waits.append(start - c.arrival)
        heapq.heappush(free_at, start + c.service)
    return waits


for tellers in (1, 2, 3):
    w = simulate(200, tellers, 42)
    print(f"tellers={tellers} mean={statistics.mean(w):.4f} median={statistics.median(w):.4f} "
          f"max={max(w):.3f} stdev={statistics.stdev(w):.4f}")

data = [2, 4, 4, 4, 5, 5, 7, 9]
print(statistics.mean(data), statistics.pstdev(data), statistics.variance(data), statistics.mode(data))
print(statistics.median([1, 3, 5, 7]), statistics.median_low([1, 3, 5, 7]), statistics.fmean([1.5, 2.5]))

grid_w, grid_h = 20, 8
walkers = [(grid_w // 2, grid_h // 2)] * 3
visited = set()
r2 = random.Random(99)
for step in range(60):
    new = []
    for (x, y) in walkers:
        dx, dy = r2.choice([(0, 1), (1, 0), (0, -1), (-1, 0)])
        x = min(max(x + dx, 0), grid_w - 1)
        y = min(max(y + dy, 0), grid_h - 1)
        visited.add((x, y))
        new.append((x, y))
    walkers = new
for y in range(grid_h):
    print("".join("#" if (x, y) in visited else "." for x in range(grid_w)))
print(len(visited), walkers)

q = deque(maxlen=4)
for i in range(7):
    q.append(i)
q.appendleft(-1)
print(q, q[0], q[-1], len(q))
q.rotate(2)
print(q, q.popleft(), q.pop(), list(reversed(q)))

heap = []
for word in "the quick brown fox jumps over the lazy dog".split():
    heapq.heappush(heap, (len(word), word))
print([heapq.heappop(heap) for _ in range(4)])
print(heapq.nlargest(3, [5, 1, 8, 3, 9, 2]), heapq.nsmallest(2, ["b", "a", "c"], key=str.upper))
print(list(heapq.merge([1, 4, 7], [2, 5, 8])))

print(math.isclose(0.1 + 0.2, 0.3), math.floor(-2.5), math.ceil(2.1), math.trunc(-2.7))
print(math.gcd(48, 18), math.lcm(4, 6), math.factorial(20), math.comb(10, 3), math.perm(5, 2))
print(math.hypot(3, 4), math.log(100, 10), math.log2(1024), math.exp(1), math.degrees(math.pi))
print(math.sqrt(2), math.isqrt(99), math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]))
print(math.inf > 10 ** 100, math.isnan(math.nan), -math.inf, math.copysign(1, -0.0), math.fmod(7, -3), 7 % -3)
print(divmod(-7, 2), divmod(7.5, 2), pow(3, 4, 5), pow(2, -1), round(2.675, 2), round(0.5), round(1.5), round(-2.5))
print(math.sqrt(-1))
