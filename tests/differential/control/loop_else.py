# for/else and while/else: else runs only when the loop was not broken.
def find(items, target):
    for i, v in enumerate(items):
        if v == target:
            print("found", target, "at", i)
            break
    else:
        print(target, "not found")
find([1, 2, 3], 2)
find([1, 2, 3], 9)
find([], 1)
n = 0
while n < 3:
    n += 1
else:
    print("while finished normally, n =", n)
n = 0
while True:
    n += 1
    if n == 5:
        break
else:
    print("never printed")
print("broke at", n)
for p in range(2, 30):
    for d in range(2, p):
        if p % d == 0:
            break
    else:
        print(p, end=" ")
print()
for x in range(3):
    continue
else:
    print("else after continue-only loop, x =", x)
def first_negative(rows):
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if v < 0:
                break
        else:
            continue
        return (r, c)
    return None
print(first_negative([[1, 2], [3, -4], [-5]]), first_negative([[1], [2]]))
k = 10
while k > 0:
    k -= 3
    if k == 4:
        continue
    print("k", k)
else:
    print("while-else with continue, k =", k)
