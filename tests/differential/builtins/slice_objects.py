# slice objects: attributes, indices(), use with sequences, equality.
s = slice(1, 10, 2)
print(s, repr(s), s.start, s.stop, s.step, type(s).__name__)
print(slice(5), slice(None), slice(None, None, -1), slice("a", "b"), slice(1.5, None))
data = list(range(20))
print(data[s], data[slice(3)], data[slice(-3, None)], data[slice(None, None, -5)], "abcdef"[slice(1, 4)])
for sl in [slice(None), slice(2, 100), slice(-5, -1), slice(None, None, -1), slice(10, 0, -3), slice(-100, 100, 7)]:
    print(sl, sl.indices(10), list(range(*sl.indices(10))) == list(range(10))[sl])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 2, None), slice(1, 2) != slice(1, 3), slice(1, 2) < slice(1, 3))
try:
    slice(0, 1, 0).indices(5)
except ValueError as e:
    print("ValueError", e)
try:
    hash(slice(1, 2))
except TypeError as e:
    print("TypeError", e)
try:
    slice()
except TypeError as e:
    print("TypeError", e)
class Rec:
    def __getitem__(self, item):
        return item
r = Rec()
print(r[1:2] == slice(1, 2), r[::2] == slice(None, None, 2), r[1:2, ::3])
lst = list("abcdefgh")
lst[slice(0, 2)] = ["X"]
del lst[slice(None, None, 3)]
print(lst)
evens = slice(None, None, 2)
print("0123456789"[evens], (0, 1, 2, 3)[evens], range(10)[evens])
