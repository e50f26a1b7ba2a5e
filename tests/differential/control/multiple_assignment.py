# Chained assignment, swaps and shared references.
a = b = c = 0
a += 1
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)
p, q = 1, 2
p, q = q, p
print(p, q)
a, b, c = c, a, b
print(a, b, c)
nums = [5, 6, 7]
nums[0], nums[2] = nums[2], nums[0]
print(nums)
i, j = 0, 1
nums[i], nums[j] = nums[j], nums[i]
print(nums)
first = second = "same"
second += "!"
print(first, second)
m = n = {"k": 1}
n["k"] = 2
print(m)
u, (v, w) = 1, (2, 3)
print(u, v, w)
fib = [0, 1]
for _ in range(10):
    a, b = fib[-2], fib[-1]
    fib.append(a + b)
print(fib)
row = col = 0
row, col = row + 1, row + 5
print(row, col)
one, = [1]
print(one)
[alpha, beta] = "ab"
print(alpha, beta)
key, value = "k=v".split("=")
print(key, value)
_, mid, _ = (1, 2, 3)
print(mid, _)
