# Exact CPython error messages for list operations.
lst = [10, 20, 30]
ops = [
    lambda: lst[3], lambda: lst[-4], lambda: lst["1"], lambda: lst[1.0], lambda: lst[None],
    lambda: lst.__setitem__(5, 0), lambda: lst.__delitem__(-9), lambda: [].pop(), lambda: lst.pop(10),
    lambda: lst.remove(99), lambda: lst.index(99), lambda: lst.index(10, 1), lambda: lst + (1,),
    lambda: lst * 1.5, lambda: lst * "a", lambda: [1] < 1, lambda: lst.sort(key=1), lambda: lst.count(),
    lambda: list(5), lambda: list(1, 2), lambda: hash(lst), lambda: {lst: 1}, lambda: lst.nosuch,
]
for op in ops:
    try:
        print(op())
    except Exception as e:
        print(type(e).__name__, e)
try:
    lst[5] = 1
except IndexError as e:
    print("IndexError", e)
try:
    del lst[5]
except IndexError as e:
    print("IndexError", e)
print(lst)
