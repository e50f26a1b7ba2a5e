# sum, min and max with keys, defaults and errors.
print(sum([1, 2, 3]), sum([], 10), sum([0.1] * 3), sum([1, 2], start=100), sum(range(1, 101)), sum([True, True]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([0.5, 1, True]), sum([10 ** 20, 1.5]))
for bad in [lambda: sum(["a", "b"], ""), lambda: sum([1, "a"]), lambda: sum(5), lambda: sum([[1]])]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
print(min(3, 1, 2), max(3, 1, 2), min([4, 2, 8]), max("hello"), min("b", "a", "c"), max([1, 2.5, 2]))
print(min([], default="empty"), max([], default=None), min([5], default=0), max((), default=-1))
words = ["banana", "fig", "apple", "kiwi"]
print(min(words, key=len), max(words, key=len), max(words, key=lambda w: w[-1]), min(*words, key=len))
print(max([1, 3, 3, 2], key=lambda v: v), max([(1, "a"), (1, "b")], key=lambda t: t[0]), min([(2, "x"), (2, "y")], key=lambda t: t[0]))
print(max(1, True), max(True, 1), min(0, False, 0.0), max([0, -0.0]), max({3: "a", 7: "b"}))
for bad in [lambda: min([]), lambda: max(), lambda: max(1), lambda: min(1, "a"), lambda: max([], key=len),
            lambda: min(1, 2, default=0), lambda: max([1], nonsense=1)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
nan = float("nan")
print(max(nan, 1), max(1, nan), min([nan, 2, 1]), min([2, nan, 1]))
print(max(range(10), key=lambda v: (v % 3, -v)), min(range(10), key=lambda v: abs(v - 4.4)))
