# List comprehensions: filters, nesting, expressions, and equivalents.
print([x * x for x in range(10)])
print([x for x in range(30) if x % 3 == 0 if x % 2])
print([(x, y) for x in range(3) for y in range(3) if x != y])
print([[r * 3 + c for c in range(3)] for r in range(3)])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i in range(3) for row in matrix][:4], [[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2 == 0])
print([x if x > 0 else 0 for x in [-2, -1, 0, 1, 2]])
print([len(w) for w in "the quick brown fox".split()])
print([c.upper() for c in "abc" if c != "b"], [str(i) * i for i in range(4)])
print([(i, j, k) for i in range(1, 20) for j in range(i, 20) for k in range(j, 20) if i * i + j * j == k * k])
print([f(2) for f in [lambda x: x + 1, lambda x: x * 10]])
words = ["apple", "Banana", "cherry", "date"]
print([w for w in words if w[0].isupper()], [w[::-1] for w in words], [i for i, w in enumerate(words) if "a" in w])
print([x for x in []], [[] for _ in range(2)], [None] * 2)
print([y for x in [[1, [2]], [3]] for y in x])
nested = [[[i + j + k for k in range(2)] for j in range(2)] for i in range(2)]
print(nested)
print(sum([x for x in range(101)]), max([abs(v) for v in [-7, 3]]))
flat = []
for row in matrix:
    for v in row:
        if v > 4:
            flat.append(v * 2)
print(flat == [v * 2 for row in matrix for v in row if v > 4])
