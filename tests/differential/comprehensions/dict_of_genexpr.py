# dict(g) of a generator expression (items collected into a list first): order, duplicate
# keys, 1 == 1.0 == True keys, bad items, keyword forms and a shadowed builtin.
print(dict((k, k * k) for k in range(6)))
print(dict((w[0], w) for w in "apple avocado banana blueberry cherry".split()))
print(dict((x, str(x)) for x in [1, 1.0, True, 2, 2.0]))
print(dict(((i, j), i * j) for i in range(3) for j in range(2) if i != j))
print(dict([k, v] for k, v in zip("abc", range(3))))
print(dict(p for p in ["xy", "zw"]))
print(dict((k, v) for k, v in {}.items()))
for bad in ([1, 2], [(1, 2, 3)], [(1, 2), "abc"], [(1, 2), None]):
    try:
        print(dict(x for x in bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    dict(([], 1) for _ in range(1))
except TypeError as e:
    print("TypeError", e)


def noisy(n):
    for i in range(n):
        print("yield", i)
        yield i


print(dict((i, -i) for i in noisy(3)))
print(dict(((k, k) for k in "ab"), c=3))


def shadow():
    dict = list
    return dict((i, i) for i in range(2))


print(shadow())


class D(dict):
    pass


print(D((i, i + 1) for i in range(3)))
