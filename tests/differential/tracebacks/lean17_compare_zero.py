def ratio(a, b):
    if a < b:
        return b // a
    return a % b


print(ratio(3, 10), ratio(10, 3), ratio(7.5, 2))
print(ratio(0, 5))
