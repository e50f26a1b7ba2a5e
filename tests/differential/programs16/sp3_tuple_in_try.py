# Tuples made inside try blocks: generator bodies, generator expressions consumed by max/min/
# sum/any/sorted, and Python try: blocks (the runtime's tuple allocation must not be inlined
# there); tuple identity, equality, hashing and ordering stay CPython's.


def pairs(n):
    for i in range(n):
        yield (i % 7, i)


def triples(n):
    try:
        for i in range(n):
            yield i, -i, (i, i)
    finally:
        print("triples closed")


def f(n):
    return (n * 37) % 101


print(max((f(n), n) for n in range(1, 20000)))
print(min((f(n), -n) for n in range(1, 20000)))
print(max((f(n), str(n)) for n in range(1, 300)))
print(max((float(f(n)), n) for n in range(1, 300)))
print(sum(len((n, n, n)) for n in range(1000)))
print(any((n, 1) == (500, 1) for n in range(1000)))
print(sorted(((n % 5, -n) for n in range(20)), reverse=True)[:4])
print(max(pairs(5000)), list(pairs(3)))
t = list(triples(4))
print(t, t[-1][2] == (3, 3), hash(t[1]) == hash((1, -1, (1, 1))))
acc = []
for i in range(3000):
    try:
        p = (i, i * i, "x")
        if i % 1000 == 999:
            raise ValueError(p)
        acc.append(p)
    except ValueError as e:
        acc.append(e.args[0])
print(len(acc), acc[999], acc[-1], acc[5] < acc[6], type(acc[0]).__name__)
d = {}
for i in range(100):
    try:
        d[(i % 10, i % 3)] = d.get((i % 10, i % 3), 0) + 1
    except KeyError:
        pass
print(sorted(d.items())[:5], len(d))
big = max(tuple(range(k)) for k in range(40))
print(len(big), big[-3:], type(big).__name__)
