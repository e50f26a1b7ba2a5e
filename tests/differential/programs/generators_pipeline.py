import itertools
from itertools import islice, count, cycle, chain, groupby, accumulate, product, permutations, combinations, zip_longest, takewhile, dropwhile, starmap, tee, repeat, compress, filterfalse, pairwise


def read_records(lines):
    for lineno, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        yield lineno, line.split(",")


def parse(records):
    for lineno, fields in records:
        try:
            name, qty, price = fields
            yield {"line": lineno, "name": name.strip(), "qty": int(qty), "price": float(price)}
        except ValueError as e:
            print(f"line {lineno}: skipped ({e})")


def running_total(rows):
    total = 0.0
    for row in rows:
        total += row["qty"] * row["price"]
        yield row["name"], round(total, 2)


DATA = """# name,qty,price
apple, 3, 0.5
banana, x, 0.25
cherry, 10, 0.1

durian, 1, 9.99, extra
elder, 2, 1.5
"""

for name, tot in running_total(parse(read_records(DATA.splitlines()))):
    print(name, tot)


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


print(list(islice(fib(), 15)))
print(list(takewhile(lambda x: x < 100, fib())))
print(list(islice(dropwhile(lambda x: x < 10, fib()), 3)))
print(list(islice(cycle("abc"), 7)), list(islice(count(5, 3), 4)))
print(list(chain([1, 2], (3,), "ab")), list(chain.from_iterable([[1], [2, 3]])))
for k, g in groupby(sorted("aabbbcdda")):
    print(k, len(list(g)), end="; ")
print()
print([(k, list(g)) for k, g in groupby([1, 1, 2, 3, 3, 3, 1], key=lambda x: x % 2)])
print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2, 3], initial=10)))
print(list(product("ab", [1, 2])), len(list(product(range(3), repeat=3))))
print(list(permutations([1, 2, 3], 2)))
print(list(combinations("abcd", 2)), list(itertools.combinations_with_replacement("ab", 2)))
print(list(zip_longest([1, 2, 3], "ab", fillvalue="-")))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(repeat("x", 3)))
print(list(compress("abcdef", [1, 0, 1, 0, 1, 1])), list(filterfalse(str.isdigit, "a1b2")))
print(list(pairwise([1, 4, 9, 16])))
t1, t2 = tee(iter([1, 2, 3]))
print(list(t1), list(t2))


def averager():
    total = 0
    n = 0
    avg = None
    while True:
        x = yield avg
        if x is None:
            break
        total += x
        n += 1
        avg = total / n
    return (n, avg)


g = averager()
next(g)
for v in [10, 20, 30, 45]:
    print("avg", g.send(v))
try:
    g.send(None)
except StopIteration as e:
    print("done", e.value)


def delegate():
    result = yield from averager()
    print("sub returned", result)
    yield "end"


d = delegate()
next(d)
d.send(4)
d.send(8)
print(d.send(None))


def closer():
    try:
        while True:
            yield 1
    finally:
        print("cleanup")


c = closer()
next(c)
c.close()
print(type(c).__name__)

def counter_gen():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught in gen", e)
        yield 99

cg = counter_gen()
print(next(cg), cg.throw(ValueError("boom")))
gen_exp = (x * x for x in range(5))
print(sum(gen_exp), sum(gen_exp))
squares = {x: x * x for x in range(5) if x % 2}
print(squares, {c for c in "hello"} == set("helo"))
matrix = [[i * j for j in range(1, 4)] for i in range(1, 4)]
print(matrix, [list(r) for r in zip(*matrix)])
print(list(map(lambda a, b: a + b, [1, 2], [10, 20, 30])), list(filter(None, [0, 1, "", "a", None])))
it = iter([1, 2])
print(next(it), next(it), next(it, "default"))
next(it)
