# len(), list.pop(), dict.get()/pop()/setdefault(), list.index()/insert(), tuple.index(): the
# argument checks (now made without the arguments object) and their errors.
xs = [3, 1, 4, 1, 5]
print(len(xs), len("héllo"), len((1, 2)), len({1: 2}), len(range(10)))
for args in [(), (xs, xs)]:
    try:
        len(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
print(xs.pop(), xs.pop(0), xs.pop(-1), xs)
for bad in [lambda: [].pop(), lambda: xs.pop(9), lambda: xs.pop(1, 2), lambda: xs.pop(i=1), lambda: xs.pop("a")]:
    try:
        print(bad())
    except (TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
d = {"a": 1}
print(d.get("a"), d.get("b"), d.get("b", 7), d.pop("a"), d.pop("zz", None), d.setdefault("k"), d.setdefault("k", 5), d)
for bad in [lambda: d.get(), lambda: d.get(1, 2, 3), lambda: d.get("a", default=1), lambda: d.pop(), lambda: d.pop("q"),
            lambda: d.setdefault(), lambda: d.setdefault(1, 2, 3)]:
    try:
        print(bad())
    except (TypeError, KeyError) as e:
        print(type(e).__name__ + ":", e)
ys = [5, 6, 7, 6]
print(ys.index(6), ys.index(6, 2), ys.index(6, 0, 2), (1, 2, 3, 2).index(2, 2))
ys.insert(1, 9)
ys.insert(-1, 8)
print(ys)
for bad in [lambda: ys.index(), lambda: ys.index(1, 2, 3, 4), lambda: ys.index(42), lambda: ys.insert(1),
            lambda: ys.insert(1, 2, 3), lambda: (1, 2).index(), lambda: (1, 2).index(5)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)


class Box:
    def __len__(self):
        return 3

    def pop(self):
        return "Box.pop"


stack = [Box(), Box()]
while stack:
    b = stack.pop()
    print(len(b), b.pop())
