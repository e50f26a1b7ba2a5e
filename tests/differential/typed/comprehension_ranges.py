def f(n):
    a = [i * i for i in range(n)]
    b = [i for i in range(10, 0, -3)]
    c = [(i, j) for i in range(4) for j in range(i, 5, 2) if (i + j) % 2]
    d = {i: i % 3 for i in range(2, n)}
    e = {i % 4 for i in range(n)}
    g = sum(x * 2 for x in range(n))
    h = [[r * c for c in range(3)] for r in range(3)]
    k = [y for y in range(n) if (z := y * 2) > 4]
    return a, b, c, d, e, g, h, k, z

print(f(7))
print(list(x for x in range(3, -3, -1)))
total = 0.5
print([total * i for i in range(3)])
s = "abc"
print([ch * i for i in range(3) for ch in s])
class C:
    vals = [i + 1 for i in range(3)]
print(C.vals)
def g(n):
    return [i for i in range(n)]
try:
    g(2.5)
except TypeError as ex:
    print("TypeError", ex)
try:
    print([i for i in range(1, 3.0)])
except TypeError as ex:
    print("TypeError", ex)
def gen():
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print("fin")
it = gen()
for x in it:
    print(x)
    break
print(next(it))
it.close()
for x in gen():
    if x == 2:
        break
print("after")
def outer():
    k = 3
    return [k * i for i in range(k)]
print(outer())
print(max((n % 7, n) for n in range(1, 50)))
print([i for i in range(True, 4)])
