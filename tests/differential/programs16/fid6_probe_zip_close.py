# Generators held by zip/map are closed when the zip is done with them (CPython drops the zip
# right after a for loop, closing the suspended generators, last first).
def gen(name, n=3):
    try:
        for i in range(n):
            yield i
    except GeneratorExit:
        print("  GeneratorExit in", name)
        raise
    finally:
        print("  closed", name)


for x, y in zip(gen("a", 2), gen("b")):
    print(x, y)
print("after loop 1")
for x, y, z in zip(gen("c"), gen("d"), gen("e")):
    if x == 1:
        break
print("after loop 2")
print(list(map(lambda a, b: a + b, gen("f", 1), gen("g"))))
print("after map")
print(list(zip([1, 2], gen("h"))))
print(dict(zip("xy", gen("i"))))
print(sum(a * b for a, b in zip(gen("j"), gen("k", 2))))
for i, v in enumerate(gen("l")):
    if i:
        break
print("after enumerate")
try:
    for p in zip(gen("m"), gen("n"), strict=True):
        print(p)
except ValueError as e:
    print("ValueError:", e)
print("end")
