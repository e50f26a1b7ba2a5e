# Inline list element reads/writes (literal and int-variable indices) and their fallbacks.
class MyList(list):
    def __getitem__(self, i):
        return ("mine", list.__getitem__(self, i))

    def __setitem__(self, i, v):
        list.__setitem__(self, i, v * 10)


class Seq:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError(i)
        return i * i

    def __setitem__(self, i, v):
        print("Seq set", i, v)


def reads(xs, n):
    out = []
    out.append(xs[0])
    out.append(xs[2])
    for i in range(n):
        out.append(xs[i])
    j = n - 4
    out.append(xs[j])
    return out


def writes(xs, n):
    xs[0] = "a"
    for i in range(n):
        xs[i] = i * 2
    k = 1 - n
    xs[k] = "neg"
    return xs


def aug(xs):
    xs[0] += 1
    xs[1] *= 2.5
    xs[2] -= 3
    i = 1
    xs[i] += 0.25
    xs[3] += 2 ** 52
    xs[3] += 2 ** 52
    return xs


print(reads([10, 20, 30, 40], 3))
print(reads((1, 2, 3, 4), 4))
print(reads("abcdef", 2))
print(reads({0: "z", 2: "t", 1: "o", -1: "m", -2: "q"}, 2))
print(reads(MyList([5, 6, 7, 8]), 2))
print(reads(Seq(), 3))
print(reads(range(10, 20), 3))
print(writes([None] * 5, 3))
print(writes({}, 2))
print(writes(MyList([0, 0, 0, 0]), 2))
writes(Seq(), 1)
print(aug([1, 2, 3.5, 2 ** 52]))
print(aug([1.5, 2, 3, 0]))
d = {0: 1, 1: 2, 2: 3, 3: 4}
print(aug(d))

for bad in ([1, 2], (), None, 5, {1: 2}):
    try:
        print(reads(bad, 3))
    except Exception as e:
        print(type(e).__name__, e)

for bad in ([1, 2], (1, 2, 3), None, "abc", 3.5):
    try:
        print(writes(bad, 3))
    except Exception as e:
        print(type(e).__name__, e)

try:
    aug([1, "x", 3, 4])
except TypeError as e:
    print("TypeError", e)
try:
    aug([1])
except IndexError as e:
    print("IndexError", e)


def holes(n):
    xs = [None] * n
    xs[n - 1] = 0
    return xs[0], xs[n - 1], xs[-1]


print(holes(3))


def mutate_in_value():
    xs = [1, 2, 3]
    xs[2] = xs.pop()
    return xs


try:
    mutate_in_value()
except IndexError as e:
    print("IndexError", e)

nested = [[1.5, 2.5], [3.5, 4.5]]
for i in range(2):
    for j in range(2):
        nested[i][j] = nested[j][i] * 2
print(nested)
