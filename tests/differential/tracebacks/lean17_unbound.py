def total(n):
    for i in range(n):
        acc = i
    return acc


print(total(3))
print(total(0))
