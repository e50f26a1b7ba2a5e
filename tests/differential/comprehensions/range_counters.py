# Comprehensions over range(): counting loops (bounds evaluated outside, errors too), nested
# and dependent ranges, negative steps, walrus, class bodies, a shadowed range.
def f(n):
    xs = [i * i + 1 for i in range(n)]
    ys = [x * 0.5 for x in xs]
    g = (i * 3 for i in range(2, n, 2))
    n = 3
    print(list(g))
    print([(i, j) for i in range(4) for j in range(i, -1, -1) if (i + j) % 2])
    print({i: [j * i for j in range(i)] for i in range(5)})
    print(sorted({c * 2 for c in "abc"}), [c + c for c in "xyz" if c != "y"])
    print([k for k in range(10) if (last := k) > 5], last)
    big = [i * 2**60 for i in range(3)]
    print(big, sum(i * i * i * 10**10 for i in range(10**5, 10**5 + 3)))
    print([[a * b for b in range(a)] for a in range(4)])
    print([i for i in range(5, 0, -2)], [i for i in range(-3)])
    try:
        print([i for i in range(1.5)])
    except TypeError as e:
        print("TypeError", e)
    try:
        print(list(i for i in range("x")))
    except TypeError as e:
        print("TypeError", e)
    return xs, ys
class C:
    k = 3
    vals = [i * 2 for i in range(4)]
    pairs = [(i, j) for i in range(2) for j in range(2)]
print(f(6), C.vals, C.pairs)
range = lambda n: [10, 20]
print([i * 2 for i in range(3)])
