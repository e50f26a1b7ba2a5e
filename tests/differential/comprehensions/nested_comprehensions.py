# Nested comprehensions for matrices, flattening, and combinatorics.
def transpose(m):
    return [[row[i] for row in m] for i in range(len(m[0]))]
def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
print(transpose(A), matmul(A, B))
identity = [[1 if r == c else 0 for c in range(4)] for r in range(4)]
print(identity)
print([[cell for cell in row if cell] for row in identity])
triangle = [[1] * (i + 1) for i in range(5)]
for i in range(2, 5):
    for j in range(1, i):
        triangle[i][j] = triangle[i - 1][j - 1] + triangle[i - 1][j]
print(triangle)
print([x for row in triangle for x in row if x > 2])
combos = [(a, b, c) for a in "xy" for b in "12" for c in "!?" if not (a == "y" and c == "?")]
print(combos, len(combos))
subsets = [[v for bit, v in enumerate("abc") if mask >> bit & 1] for mask in range(8)]
print(subsets)
chess = ["".join("#" if (r + c) % 2 else "." for c in range(6)) for r in range(3)]
print("\n".join(chess))
words = ["level", "hello", "noon", "abc", "racecar"]
print({w: [c for c in w if c in "aeiou"] for w in words if w == w[::-1]})
print([[(r, c) for c in range(r)] for r in range(4)])
