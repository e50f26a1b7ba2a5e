# Every list method, with edge cases.
a = [3, 1, 2]
a.append(4)
a.extend([5, 6])
a.extend(range(7, 9))
a.extend("ab")
a.extend((x for x in [9]))
print(a)
a.insert(0, "first")
a.insert(100, "last")
a.insert(-1, "before-last")
a.insert(-100, "very-first")
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove("a")
print(a, a.index(5), a.index(2, 1), a.index(8, 0, 100), a.count(1), a.count("zzz"))
b = [1, 2, 1, 3, 1]
b.remove(1)
print(b, b.count(1), b.index(1), b.index(1, 2))
c = b.copy()
c.append(99)
print(b, c, c is not b)
c.reverse()
print(c)
c.clear()
print(c, len(c))
d = [5, 2, 9, 1]
print(d.sort(), d, d.sort(reverse=True), d)
print(d.append(0), d.extend([]), d.insert(0, 0), d.reverse(), d)
e = []
e += [1]
e += (2, 3)
e += "xy"
e *= 2
print(e)
for bad in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1, 2].remove(3), lambda: [1, 2].index(3),
            lambda: [1].index(1, 1), lambda: [].extend(5), lambda: [1].insert("0", 1), lambda: [1, "a"].sort(),
            lambda: [1].pop("x"), lambda: [].append()]:
    try:
        print(bad())
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
f = [1, 2, 3]
f.extend(f)
print(f)
f.append(f[:])
print(f, len(f))
g = list(range(10))
del g[::3]
print(g)
print(list(), list("ab"), list((1, 2)), list({3: 4}), list(range(3)), list({5}))
print([1, 2] + [3], [0] * 4, [[0] * 2] * 2, 3 in [1, 2, 3], [1] * 0)
