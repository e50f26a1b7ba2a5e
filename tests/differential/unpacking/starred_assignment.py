# Starred assignment targets.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
a, *middle, z = range(6)
print(a, middle, z)
a, *middle, z = (1, 2)
print(a, middle, z)
*everything, = {"k1": 1, "k2": 2}
print(everything)
head, *tail = "x"
print(head, tail, type(tail).__name__)
a, b, *c = (i * i for i in range(5))
print(a, b, c)
[x, *ys] = (10, 20, 30)
print(x, ys)
(p, *q), r = [1, 2, 3], 4
print(p, q, r)
for k, *vals in [("a", 1, 2), ("b",), ("c", 3)]:
    print(k, vals)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError", e)
try:
    a, b, *c = 5
except TypeError as e:
    print("TypeError", e)
line = "2024-01-15 ERROR disk full on /dev/sda1"
date, level, *words = line.split()
print(date, level, " ".join(words))
*_, final = range(100)
print(final)
