# Tuple packing/unpacking idioms: swaps, rotations, multiple returns.
a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = "xyz"
x, y, z = z, x, y
print(x, y, z)
def min_max(items):
    return min(items), max(items)
lo, hi = min_max([4, 1, 9, 7])
print(lo, hi, min_max("hello"))
def divide(a, b):
    q, r = divmod(a, b)
    return q, r, a / b
q, r, exact = divide(17, 5)
print(q, r, exact)
result = divide(9, 3)
print(result, type(result).__name__, len(result))
arr = [1, 2, 3, 4, 5]
arr[0], arr[-1] = arr[-1], arr[0]
print(arr)
i = 0
arr[i], i = 99, 2
print(arr, i)
fa, fb = 0, 1
for _ in range(20):
    fa, fb = fb, fa + fb
print(fa)
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(1071, 462), gcd(2 ** 40, 6 ** 20))
rows = [(1, "a"), (2, "b"), (3, "c")]
nums, letters = zip(*rows)
print(nums, letters)
t = 1,
u = ()
print(t, u, len(t), len(u))
packed = 1, "two", 3.0
one, two, three = packed
print(packed, one, two, three)
