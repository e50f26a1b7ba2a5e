def f(a, b):
    return a * b
print(f(2, 3), end="|\n")
print(f(1))
