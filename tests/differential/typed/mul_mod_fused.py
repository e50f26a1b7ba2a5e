# (a * b + c) % k and (a * b + c) & mask: linear congruential generators and modular hashes,
# whose products pass 2**53, with ints, negatives, BigInts, floats, bools and user classes.
class LCG:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return self.state

    def next32(self):
        self.state = (self.state * 6364136223 + 1442695040) & 0xFFFFFFFF
        return self.state


g = LCG(42)
print([g.next() for _ in range(5)], [g.next32() for _ in range(5)])

h = 0
for ch in "hello world" * 3:
    h = (h * 1000003 + ord(ch)) % 4294967291
print(h)

a, b, c = 987654321987, 123456789123, 55
print((a * b + c) % 1000000007, (a * b - c) % 1000000007, (a * b) % 1000000007)
print((-a * b + c) % 97, (a * -b - c) % 4294967296, (-a * -b) % 3)
print((a * b + c) & 0xFFFF, (a * b - c) & 1, (-a * b) & 0xFFFFFFFF)
big = 2 ** 70 + 12345
print((big * b + c) % 1000003, (a * big - c) % 65537, (big * big) & 255)
x, y = 7.5, 3
print((x * y + c) % 1000, (x * y - 1) % 7, (x * y) & 255 if False else (y * 4 + 1) & 255)
t = True
print((t * 5 + 1) % 4, (t * t) % 2)
s = "ab%d"
print((s * 2) % (3, 4) if False else (3 * 4 + 5) % 6)


class N:
    def __init__(self, v):
        self.v = v

    def __mul__(self, o):
        return N(self.v * o)

    def __add__(self, o):
        return N(self.v + o)

    def __sub__(self, o):
        return N(self.v - o)

    def __mod__(self, k):
        return "N(%d mod %d)" % (self.v, k)

    def __and__(self, k):
        return "N(%d & %d)" % (self.v, k)


n = N(10)
print((n * 3 + 4) % 7, (n * 3 - 4) & 15, (n * 2) % 5)
try:
    print((None * 3 + 1) % 5)
except TypeError as e:
    print("TypeError:", e)
try:
    print(([1] * 3 + c) % 5)
except TypeError as e:
    print("TypeError:", e)
print(sum((i * 2654435761 + 1) % 4294967296 for i in range(1000)))
print((0 * -5 + 0) % 7, (-3 * 5 + 15) % 1, (123456789 * 987654321 + 1) % 4294967296)
