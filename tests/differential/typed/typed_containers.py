# Typed list/dict/str loops and methods: exact containers inferred from their bindings.
def walk_str(s):
    out = []
    for ch in s:
        out.append(ch)
    return out


def astral():
    t = "a\U0001F600b" + chr(0xD800) + "c" + chr(0xDC00) + "d" + "\U0001F601" + chr(0xD83D)
    print([ord(c) for c in walk_str(t)], len(walk_str(t)))
    lone = "x" + chr(0xD83D)
    print([ord(c) for c in walk_str(lone)])
    n = 0
    for ch in "héllo wörld \U00010348!":
        n = n * 31 + ord(ch)
        if ch == "!":
            break
    else:
        print("no break")
    print(n)
    for ch in "":
        print("never")
    else:
        print("empty else")


def mutate():
    xs = [1, 2, 3]
    seen = []
    for x in xs:
        seen.append(x)
        if x < 3:
            xs.append(x + 10)
        if len(xs) > 8:
            break
    print(seen, xs)
    ys = [1, 2, 3, 4]
    for y in ys:
        ys.remove(y)
    print(ys)
    zs = [5, 6]
    for z in zs:
        zs = [7, 8, 9]  # rebinding does not change the iterated list
        print(z, end=" ")
    print(zs)


def pairs():
    d = {}
    for w in "the cat the dog the end".split():
        d[w] = d.get(w, 0) + 1
    print(d, d.get("cat"), d.get("zzz"), d.get("zzz", -1))
    for k, v in sorted(d.items()):
        print(k, v)
    g = {}
    for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
        g.setdefault(w[0], []).append(len(w))
    print(g, g.setdefault("z"), g)
    keys = {1: "int", True: "bool?", 1.0: "float?"}
    print(keys, keys.get(True), keys.get(1.0), keys.setdefault(1, "x"))
    lst = [3, 1, 2] * 2 + [0]
    for i in lst:
        print(i, end=",")
    print()
    for a, b in [(1, 2), (3, 4)]:
        print(a + b)
    for c in list("xyz"):
        print(c, end="")
    print()
    total = 0
    for q in sorted([5, 3, 9], key=lambda v: -v):
        total = total * 10 + q
    print(total)
    e = dict(a=1)
    print(e.get("a"), e.get("b", "none"))
    try:
        h = {}
        h.get()
    except TypeError as ex:
        print("TypeError", ex)
    try:
        for item in [1, 2, 3]:
            if item == 2:
                raise ValueError(item)
    except ValueError as ex:
        print("caught", ex)


def unbound():
    try:
        for x in acc:
            pass
    except UnboundLocalError as ex:
        print("UnboundLocalError")
    acc = [1]
    return acc


astral()
mutate()
pairs()
print(unbound())
