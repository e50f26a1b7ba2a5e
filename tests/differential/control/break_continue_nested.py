# break/continue in nested loops, with flags and early exits.
for i in range(4):
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2:
            continue
        print((i, j), end=" ")
print()
found = None
for i in range(1, 10):
    for j in range(1, 10):
        if i * j == 42:
            found = (i, j)
            break
    if found:
        break
print("found", found)
matrix = [[1, 2, 0], [4, 0, 6], [7, 8, 9]]
zero_rows = []
for r, row in enumerate(matrix):
    for v in row:
        if v == 0:
            zero_rows.append(r)
            break
print(zero_rows)
total = 0
i = 0
while i < 20:
    i += 1
    if i % 2 == 0:
        continue
    if i > 15:
        break
    total += i
print(total, i)
words = ["alpha", "", "beta", "STOP", "gamma"]
for w in words:
    if not w:
        print("skip empty")
        continue
    if w == "STOP":
        print("stopping")
        break
    print("word", w)
result = []
for a in "abc":
    for b in "xyz":
        if b == "y":
            continue
        for c in "12":
            if a == "b" and c == "2":
                break
            result.append(a + b + c)
print(result)
countdown = 5
while countdown:
    countdown -= 1
    if countdown == 2:
        continue
    print("tick", countdown)
