import re

records = [("ann", 31, ["py", "go"]), ("bob", 25, []), ("cid", 40, ["rust", "c", "py"])]
for name, age, (first, *rest) in [(n, a, langs or ["none"]) for n, a, langs in records]:
    print(f"{name}: {age} first={first} rest={rest}")
head, *middle, tail = range(7)
print(head, middle, tail)
(a, b), c, *_ = [(1, 2), 3, 4, 5]
print(a, b, c, _)
first, second = "xy"
x, y = y, x = 1, 2
print(first, second, x, y)
nums = [4, 8, 15, 16, 23, 42]
print(*nums, sep=", ")
print([*nums[:2], *"ab", *{"k": 1}], {*nums[:3], *[4, 99]}, {**{"a": 1}, "b": 2, **{"a": 3}})
merged = {"a": 1, "b": 2} | {"b": 20, "c": 30}
merged |= {"d": 4}
print(merged, {"x": 1} | dict(y=2))
evens, odds = set(range(0, 10, 2)), set(range(1, 10, 2))
primes = {2, 3, 5, 7}
print(evens & primes, odds - primes, evens ^ primes, (evens | odds) >= primes, primes.isdisjoint({4, 6}), primes <= odds)
fs = frozenset("hello")
print(sorted(fs), fs & set("world"), len(fs), {fs: 1}[frozenset("olhe")], frozenset() == set())
s = set()
s.update([3, 1], (2,))
s.discard(9)
s -= {1}
s |= {7}
print(sorted(s), s.pop() in {2, 3, 7}, len(s))
text = "order 17 shipped, order 23 pending, order 99 lost"
if (m := re.search(r"order (\d+) pending", text)) is not None:
    print("pending order", m.group(1))
data = iter([5, 3, 0, 7, 2])
total = 0
while (v := next(data, None)) is not None and v != 0:
    total += v
print("sum before zero", total, list(data))
values = [3, 14, 15, 92, 65]
print([(v, sq) for v in values if (sq := v * v) > 200], sq)
print([y := 5, y ** 2], y)
buf = []
print(any((hit := w).startswith("q") for w in ["apple", "quince", "queen"]), hit)
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)], [x for row in matrix for x in row if x % 2], dict(zip("abc", range(3))))
pairs = {k: v for k, v in zip("abcd", range(4)) if v % 2 == 0}
inverted = {v: k for k, v in pairs.items()}
print(pairs, inverted, {n % 3 for n in range(10)}, sorted({len(w) for w in "a bb ccc dd".split()}))
def stats(*values, precision=2, **labels):
    lo, *_, hi = sorted(values)
    return {"lo": lo, "hi": hi, "mean": round(sum(values) / len(values), precision), **labels}
print(stats(3, 1, 4, 1, 5, unit="cm"), stats(*range(10), precision=0, **{"tag": "r"}))
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
