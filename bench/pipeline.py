# Generators: a lazy pipeline of generator functions and expressions.
def source(n):
    for i in range(n):
        yield i * 3 % 1001


def pairs(it):
    prev = None
    for x in it:
        if prev is not None:
            yield prev, x
        prev = x


def running(it):
    total = 0
    for a, b in it:
        total += a * b - b
        yield total


last = 0
count = 0
for v in running(pairs(x for x in source(600000) if x % 5 != 0)):
    last = v
    count += 1
print("pipeline", count, last, sum(y % 7 for y in source(200000)))
