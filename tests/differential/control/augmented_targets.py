# Augmented assignment on names, attributes and subscripts; target evaluated once.
class Box:
    def __init__(self):
        self.v = 1
        self.items = [10, 20]
b = Box()
b.v += 5
b.v *= 2
b.v -= 1
b.v //= 2
b.v **= 2
b.v %= 7
print(b.v)
b.items[0] += 1
b.items[-1] -= 5
b.items += [30]
print(b.items)
calls = []
def key(k):
    calls.append(k)
    return k
def obj():
    calls.append("obj")
    return b
d = {"n": 1}
d[key("n")] += 10
obj().v += 100
print(d, b.v, calls)
grid = [[0] * 3 for _ in range(2)]
for r in range(2):
    for c in range(3):
        grid[r][c] += r * 3 + c
grid[1][2] *= 10
print(grid)
s = "ab"
s *= 3
s += "!"
print(s)
n = 10
n /= 4
print(n)
n = 7
n <<= 3
n |= 1
n ^= 0b1111
n >>= 1
n &= 0b11110
print(n)
counts = {}
for ch in "hello":
    counts[ch] = counts.get(ch, 0) + 1
counts["l"] -= 1
print(counts)
t = [[1], [2]]
t[0] += [9]
t[1] *= 2
print(t)
x = y = 5
x += 1
print(x, y)
class Counter:
    total = 0
Counter.total += 3
inst = Counter()
inst.total += 1
print(Counter.total, inst.total)
