def smaller(a, b):
    return a if a < b else b


print(smaller(2, 3.5), smaller("pear", "apple"))
print(smaller("x", 1))
