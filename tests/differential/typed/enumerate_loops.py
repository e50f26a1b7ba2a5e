def gen(n):
    try:
        for i in range(n):
            yield i * 10
    finally:
        print("gen closed")

def f(xs):
    out = []
    for i, x in enumerate(xs):
        if i == 1:
            continue
        out.append((i, x, i * 2))
    else:
        out.append("else")
    return out

print(f([5, 6, 7]), f("ab"), f({"k": 1, "j": 2}), f(x for x in range(3)))
for i, x in enumerate(gen(5)):
    if i == 2:
        break
print("after break", i, x)
g = gen(5)
for i, x in enumerate(g):
    if i == 1:
        break
print(next(g))
g.close()
d = {}
for d["a"], d["b"] in enumerate("xy"):
    pass
print(d)
try:
    for i, x in enumerate(5):
        pass
except TypeError as e:
    print("TE", e)
try:
    for (a, b), c in enumerate("xy"):
        pass
except TypeError as e:
    print("TE", e)
for i, x in enumerate([]):
    print("never")
else:
    print("empty else")
def h(items):
    total = 0
    for i, (a, b) in enumerate(items):
        total += i * a - b
    return total
print(h([(1, 2), (3, 4)]))
lst = [1, 2, 3]
for i, x in enumerate(lst):
    if i < 2:
        lst.append(x)
print(lst)
