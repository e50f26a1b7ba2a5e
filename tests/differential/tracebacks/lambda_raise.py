f = lambda x: x / 0
print("before")
f(3)
