# String indexing and slicing with steps and negative indices.
s = "0123456789"
for sl in [(None, None, None), (2, 5, None), (-3, None, None), (None, -3, None), (None, None, 2),
           (1, None, 3), (None, None, -1), (8, 2, -2), (-1, -5, -1), (5, 5, None), (7, 3, None),
           (-100, 100, None), (100, None, -1), (None, 100, -3), (3, -3, 2), (-2, 1, -3)]:
    print(sl, repr(s[slice(*sl)]))
print(s[0], s[-1], s[9], s[-10], s[True])
for i in [10, -11, 100]:
    try:
        print(s[i])
    except IndexError as e:
        print("IndexError", e)
for bad in ["1", 1.5, None]:
    try:
        print(s[bad])
    except TypeError as e:
        print("TypeError", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError", e)
try:
    s[0] = "x"
except TypeError as e:
    print("TypeError", e)
try:
    del s[0]
except TypeError as e:
    print("TypeError", e)
print(s[1:8][::2][1:], s[::-1][::-1] == s, s[2 ** 70:], s[-(2 ** 70):3])
print(s[slice(2, 8, 3)], slice(2, 8, 3).indices(10), slice(None, None, -1).indices(5), slice(-3, None).indices(10))
word = "racecar"
print(word == word[::-1], "palindrome"[::-1], "abcdef"[1::2], "abcdef"[-2::-2])
